"""Cleaning and checking free text typed by users or read from files."""

from __future__ import annotations

import unicodedata

#: Control characters that are never meaningful in a name or a title. Bidi
#: embedding marks are kept in text (they are legitimate in Arabic and Hebrew)
#: but stripped from file names we write (see ``safe_file_stem``).
_BIDI_CONTROLS = dict.fromkeys(
    [0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0x200E, 0x200F, 0x061C]
)


class ValidationError(ValueError):
    """Input that cannot be accepted; the message says what is wrong and what to do.

    The message is a plain-English template with ``{name}`` fields and the values that fill them,
    kept apart so the interface can translate the template and put the values back in
    (``str(error)`` is the English sentence).
    """

    def __init__(self, template: str, /, **params: object) -> None:
        self.template = template
        self.params = params
        super().__init__(template.format(**params) if params else template)


#: Embedding, override and isolate controls. A name or title never needs them (the window isolates
#: each name itself) and they can make text read as something else ("txt.exe" shown as "exe.txt").
#: The marks LRM, RLM and ALM stay: Arabic and Hebrew text uses them legitimately.
_DIRECTION_OVERRIDES = dict.fromkeys([0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069])


def isolate(text: str) -> str:
    """Wrap user text in first-strong isolates so it cannot reorder the sentence around it."""
    return "\u2068" + text + "\u2069"


def clean_line(text: str | None) -> str:
    """One line of text: NFC, whitespace collapsed, control and direction-override characters removed."""
    if text is None:
        return ""
    text = unicodedata.normalize("NFC", str(text)).translate(_DIRECTION_OVERRIDES)
    kept = [ch for ch in text if not (unicodedata.category(ch) == "Cc" and ch not in "\t\n\r")]
    return " ".join("".join(kept).split())


def clean_block(text: str | None) -> str:
    """Multi-line text: NFC, control characters other than newlines removed, ends trimmed."""
    if text is None:
        return ""
    text = unicodedata.normalize("NFC", str(text)).replace("\r\n", "\n").replace("\r", "\n")
    kept = [ch for ch in text if ch == "\n" or unicodedata.category(ch) != "Cc"]
    return "".join(kept).strip()


def require_length(label: str, value: str, maximum: int, *, required: bool = False) -> str:
    """Return ``value`` if it fits, else raise a ValidationError naming the field."""
    if required and not value:
        raise ValidationError("{label} is required: type at least one character.", label=label)
    if len(value) > maximum:
        raise ValidationError(
            "{label} is too long ({length:,} characters); shorten it to at most {maximum:,}.",
            label=label,
            length=len(value),
            maximum=maximum,
        )
    return value


def safe_file_stem(text: str, fallback: str = "session") -> str:
    """A file-name stem without bidi controls, path separators or reserved characters."""
    stripped = clean_line(text).translate(_BIDI_CONTROLS)
    allowed = "".join(ch if (ch.isalnum() or ch in " -_.") else "-" for ch in stripped).strip(" .-")
    return allowed[:80] or fallback
