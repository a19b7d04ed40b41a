"""A search's words, made safe for SQLite's full-text index, and the piece of a note shown for a hit.

Pure text work, no I/O: the storage layer finds the notes and marks the matched words with two
marker characters; ``excerpt`` turns that into one line to show, with the matched words' places.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from moderator_app.domain.text import clean_line

#: Hits per page of a forum-wide search; "show more" asks for another page, up to MAX_HITS.
PAGE = 50
MAX_HITS = 1_000
#: How many characters of a note a hit shows at most (a 10,000-character note shows this piece).
EXCERPT_CHARS = 240
#: Left out of an excerpt: control characters other than line breaks and tabs (a terminal or a cell
#: must not interpret them), and the embedding, override and isolate controls (an excerpt is cut out
#: of a note, so one of them could lose its closing mark and reorder what follows; the note keeps them).
_HIDDEN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
LINE_BREAK = " ⏎ "


def search_words(query: str) -> list[str]:
    """The words of a query that can match something: each has at least one letter or digit.

    SQLite's tokenizer (unicode61) only indexes letters, digits and private-use characters, so a word
    of punctuation alone ("!!!", "--") would match nothing; it is dropped rather than searched.
    """
    return [word for word in clean_line(query).split() if any(_is_token_character(char) for char in word)]


def _is_token_character(char: str) -> bool:
    category = unicodedata.category(char)
    return category[0] in "LN" or category == "Co"


def fts_phrases(words: list[str]) -> str:
    """The words as FTS5 phrases, each the start of a word ("data" finds "database"), all required.

    Every word is quoted, so nothing a user types (AND, OR, NOT, NEAR, *, ^, :, parentheses, quotes)
    becomes an FTS5 operator: the same quoting as the Notes panel's search of one session.
    """
    return " ".join('"' + word.replace('"', '""') + '"*' for word in words)


@dataclass(frozen=True, slots=True)
class Excerpt:
    """One line of a note to show for a hit, and where the matched words are in it (start, end)."""

    text: str
    marks: tuple[tuple[int, int], ...] = ()


def unmark(marked: str, open_mark: str, close_mark: str, *, one_line: bool) -> Excerpt:
    """The text without its markers, with the places of the matched words; control and direction
    characters left out; with ``one_line``, line breaks shown as ⏎ (the table), else kept (a preview)."""
    text = marked.replace("\r\n", "\n")
    if one_line:
        text = text.replace("\n", LINE_BREAK).replace("\t", " ")
    text = _HIDDEN.sub("", text)
    plain: list[str] = []
    marks: list[tuple[int, int]] = []
    length = 0
    start: int | None = None
    for piece in re.split(f"({re.escape(open_mark)}|{re.escape(close_mark)})", text):
        if piece == open_mark:
            start = length
        elif piece == close_mark:
            if start is not None and length > start:
                marks.append((start, length))
            start = None
        elif piece:
            plain.append(piece)
            length += len(piece)
    return Excerpt("".join(plain), tuple(marks))


def excerpt(marked: str, open_mark: str, close_mark: str, width: int = EXCERPT_CHARS) -> Excerpt:
    """The line shown for a hit: the note on one line (see ``unmark``), cut to about ``width``
    characters around the first match, with "…" where text was left out. ``marked`` is the note
    with each match between ``open_mark`` and ``close_mark``.
    """
    whole = unmark(marked, open_mark, close_mark, one_line=True)
    text, marks = whole.text, whole.marks
    if len(text) <= width:
        return whole
    first = marks[0][0] if marks else 0
    begin = max(0, first - width // 4)
    if begin:
        space = text.find(" ", begin, first)  # start at a word, when one starts close by
        begin = space + 1 if 0 <= space < begin + 20 else begin
    end = min(len(text), begin + width)
    if end < len(text):
        space = text.rfind(" ", max(begin, end - 20), end)
        end = space if space > first else end
    prefix = "…" if begin else ""
    suffix = "…" if end < len(text) else ""
    shift = len(prefix) - begin
    kept = tuple(
        (max(mark_start, begin) + shift, min(mark_end, end) + shift)
        for mark_start, mark_end in marks
        if mark_end > begin and mark_start < end
    )
    return Excerpt(prefix + text[begin:end] + suffix, kept)
