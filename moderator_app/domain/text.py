"""Cleaning and checking free text typed by users or read from files."""

from __future__ import annotations

import re
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


#: What no text keeps: control characters (category Cc: U+0000–U+001F, U+007F–U+009F), lone
#: surrogates (a broken JSON escape, which SQLite's UTF-8 cannot store) and U+FFFE/U+FFFF (which
#: XML, so DOCX and ODT, refuses). One line keeps tab, CR and LF for a moment (they become spaces);
#: a block keeps LF; text the user lays out (report sections) keeps LF and tab. One regular
#: expression instead of asking each character its category: it halves the time of cleaning a line.
_UNUSABLE_IN_LINE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_UNUSABLE_IN_BLOCK = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_UNUSABLE_IN_TEXT = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def clean_line(text: str | None) -> str:
    """One line of text: NFC, whitespace collapsed, control and direction-override characters removed."""
    if text is None:
        return ""
    text = unicodedata.normalize("NFC", str(text)).translate(_DIRECTION_OVERRIDES)
    return " ".join(_UNUSABLE_IN_LINE.sub("", text).split())


def clean_block(text: str | None, *, keep_tabs: bool = False) -> str:
    """Multi-line text: NFC, control characters other than newlines (and tabs, if asked) removed, ends trimmed.

    ``keep_tabs`` is for text the user lays out themselves (a report section): a tab there is meant.
    """
    if text is None:
        return ""
    text = unicodedata.normalize("NFC", str(text)).replace("\r\n", "\n").replace("\r", "\n")
    return (_UNUSABLE_IN_TEXT if keep_tabs else _UNUSABLE_IN_BLOCK).sub("", text).strip()


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


#: Names Windows reserves for devices, whatever the extension ("CON.txt" is the console too).
_RESERVED_NAMES = frozenset(
    ["CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"]
    + [f"{device}{n}" for device in ("COM", "LPT") for n in [*"123456789", "\u00b9", "\u00b2", "\u00b3"]]
)
#: Punctuation that is safe in a file name on Windows, macOS and Linux; anything else becomes "-".
_FILE_NAME_PUNCTUATION = frozenset(" -_.,()&+'")
#: Most file systems allow 255 bytes for a name; the stem keeps room for a suffix and a ".partial" temp name.
MAX_FILE_STEM_BYTES = 150
MAX_FILE_STEM_CHARS = 80


def excerpt(value: object, limit: int = 60) -> str:
    """A value for an error message, cut short: a 10 MB string read from a file must not become a 10 MB message."""
    text = value if isinstance(value, str) else repr(value)
    return text if len(text) <= limit else text[:limit] + "…"


def safe_file_stem(text: str, fallback: str = "session") -> str:
    """A file-name stem made from a title, safe on every platform.

    Letters, digits and combining marks of any script stay; path separators, the characters
    Windows reserves (``<>:"/\\|?*``), control, bidi and other invisible format characters do not
    (each run of them becomes one "-"). No leading or trailing dots, spaces or dashes; a name
    Windows reserves (CON, NUL, COM1…) gets a "_"; at most 80 characters and 150 UTF-8 bytes,
    never cut inside a letter and its accents. ``fallback`` when nothing is left.
    """
    kept = []
    for ch in clean_line(text).translate(_BIDI_CONTROLS):
        category = unicodedata.category(ch)
        if category == "Cf":
            continue  # invisible (zero-width space, joiners): dropped rather than shown as "-"
        kept.append(ch if category[0] in "LMN" or ch in _FILE_NAME_PUNCTUATION else "-")
    stem = _tidy("".join(kept))
    stem = _tidy(_shorten(stem, MAX_FILE_STEM_CHARS, MAX_FILE_STEM_BYTES))
    if not stem:
        return fallback
    first, dot, rest = stem.partition(".")
    if first.rstrip(" ").upper() in _RESERVED_NAMES:
        stem = first.rstrip(" ") + "_" + dot + rest
    return stem


def safe_file_name(text: str, suffix: str, fallback: str = "session") -> str:
    """``safe_file_stem(text)`` plus a suffix such as ".pdf": the name every export proposes."""
    return safe_file_stem(text, fallback) + suffix


def _tidy(stem: str) -> str:
    while "--" in stem:
        stem = stem.replace("--", "-")
    stem = stem.strip(" .-")
    # A combining mark with no letter before it belongs to nothing.
    while stem and unicodedata.category(stem[0])[0] == "M":
        stem = stem[1:].strip(" .-")
    return stem


def _shorten(stem: str, max_chars: int, max_bytes: int) -> str:
    end = min(len(stem), max_chars)
    while end and len(stem[:end].encode("utf-8")) > max_bytes:
        end -= 1
    # Never separate a letter from its combining marks: cut before the letter instead.
    while 0 < end < len(stem) and unicodedata.category(stem[end])[0] == "M":
        end -= 1
    return stem[:end]
