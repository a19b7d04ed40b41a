"""Three-way merge of a text edited in two places at once, character by character.

Two rapporteurs write one report section from two laptops. Each saves the text their window shows,
written against the text it last loaded (the *base*); when the other's edit arrived meanwhile, the
stored text (*theirs*) is no longer the base, and saving *mine* as it is would drop theirs. The
merge keeps both: every edit each side made relative to the base is applied to it. Edits in
different places simply both apply; where both changed the same stretch, that stretch (widened to
the words it falls in) reads as theirs, then mine, so neither side's typing is lost (a stretch
both changed alike is kept once).

``map_position`` follows a place in a text (the cursor) to the same place in a new version of it,
so the window can show a merged text without moving the cursor away from the words around it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from unicodedata import east_asian_width


@dataclass(frozen=True, slots=True)
class _Edit:
    """One side's change to the base: ``base[start:end]`` became ``text`` (``start == end``: an insertion)."""

    start: int
    end: int
    text: str
    theirs: bool


#: The pieces a text is compared in, coarsest first: lines (with their line break), then words (a
#: word or a sign with the spaces after it, or spaces at the start). Each level's pieces are the whole text.
_LEVELS = (re.compile(r"[^\n]*\n|[^\n]+"), re.compile(r"\w+\s*|[^\w\s]\s*|\s+"))

#: Stretches of words up to this long (in characters, each side) that differ are compared again
#: letter by letter; longer ones are one change (a paragraph rewritten, a paste).
LETTERS_UP_TO = 400

Opcode = tuple[str, int, int, int, int]


def _opcodes(old: str, new: str) -> list[Opcode]:
    """difflib's opcodes from ``old`` to ``new``, in characters.

    What the two share at both ends is set aside first (a save follows a pause in typing, so most of
    a long section is the same at both ends). The rest is compared line by line, the lines that
    differ word by word, and the words that differ letter by letter: difflib's matching costs more
    than linear time in what it compares, and letter by letter over a long section takes seconds.
    """
    limit = min(len(old), len(new))
    head = 0
    while head < limit and old[head] == new[head]:
        head += 1
    tail = 0
    while tail < limit - head and old[len(old) - 1 - tail] == new[len(new) - 1 - tail]:
        tail += 1
    codes: list[Opcode] = []
    if head:
        codes.append(("equal", 0, head, 0, head))
    codes += _middle(old[head : len(old) - tail], new[head : len(new) - tail], head, head)
    if tail:
        codes.append(("equal", len(old) - tail, len(old), len(new) - tail, len(new)))
    return codes


def _middle(old: str, new: str, at_old: int, at_new: int, level: int = 0) -> list[Opcode]:
    """The opcodes of two texts, placed at ``at_old`` and ``at_new``: compared by the pieces of
    ``level``, and the stretches that differ again by the next level's, down to letters."""
    if not old or not new:
        if not old and not new:
            return []
        return [("insert" if new else "delete", at_old, at_old + len(old), at_new, at_new + len(new))]
    if level == len(_LEVELS):
        if max(len(old), len(new)) > LETTERS_UP_TO:
            return [("replace", at_old, at_old + len(old), at_new, at_new + len(new))]
        letters = SequenceMatcher(None, old, new, autojunk=False).get_opcodes()
        return [(tag, i1 + at_old, i2 + at_old, j1 + at_new, j2 + at_new) for tag, i1, i2, j1, j2 in letters]
    old_pieces, new_pieces = _LEVELS[level].findall(old), _LEVELS[level].findall(new)
    old_ends, new_ends = _ends(old_pieces), _ends(new_pieces)
    codes: list[Opcode] = []
    for tag, p1, p2, q1, q2 in SequenceMatcher(None, old_pieces, new_pieces, autojunk=False).get_opcodes():
        i1, i2, j1, j2 = old_ends[p1], old_ends[p2], new_ends[q1], new_ends[q2]
        if tag == "replace":
            codes += _middle(old[i1:i2], new[j1:j2], at_old + i1, at_new + j1, level + 1)
        else:
            codes.append((tag, at_old + i1, at_old + i2, at_new + j1, at_new + j2))
    return codes


def _ends(pieces: list[str]) -> list[int]:
    """Where each piece starts in the text, and where the last one ends."""
    ends = [0]
    for piece in pieces:
        ends.append(ends[-1] + len(piece))
    return ends


def _edits(base: str, new: str, *, theirs: bool) -> list[_Edit]:
    return [_Edit(i1, i2, new[j1:j2], theirs) for tag, i1, i2, j1, j2 in _opcodes(base, new) if tag != "equal"]


def _changes_inside(start: int, end: int, other_start: int, other_end: int) -> bool:
    """True when one of two changed stretches of the base changes it inside the other (not only at
    one of its ends); an insertion (``start == end``) at either end of the other goes beside it."""
    if start == end:
        return other_start < start < other_end
    if other_start == other_end:
        return start < other_start < end
    return start < other_end and other_start < end


def _clash(one: _Edit, other: _Edit) -> bool:
    """True when two edits (of the two sides) cannot both be applied as they are: one changes the
    base inside the other, or both insert at one place (which would come first is the merge's choice)."""
    if one.start == one.end == other.start == other.end:
        return True
    return _changes_inside(one.start, one.end, other.start, other.end)


def _applied(base: str, start: int, end: int, edits: list[_Edit]) -> str:
    """``base[start:end]`` with ``edits`` (one side's, inside that stretch, in order) applied."""
    pieces: list[str] = []
    at = start
    for edit in edits:
        pieces.append(base[at : edit.start])
        pieces.append(edit.text)
        at = edit.end
    pieces.append(base[at:end])
    return "".join(pieces)


#: How far a stretch both sides changed is widened to take in the rest of its words, at most (a
#: long run of letters with no space, a web address say, is cut there rather than repeated whole).
WORD_REACH = 24


@dataclass(slots=True)
class _Group:
    """A stretch of the base, ``base[start:end]``, and the edits in it that are merged together."""

    start: int
    end: int
    edits: list[_Edit]

    @property
    def both(self) -> bool:
        return len({edit.theirs for edit in self.edits}) == 2

    def meets(self, other: _Group) -> bool:
        """True when one of the two changes the base inside the other's stretch (not only at its ends)."""
        return _changes_inside(self.start, self.end, other.start, other.end)


def _in_word(character: str) -> bool:
    # Chinese and Japanese are written without spaces: each of their characters is a word here.
    return character.isalnum() and east_asian_width(character) not in ("W", "F")


def _word_ends(base: str, start: int, end: int) -> tuple[int, int]:
    """``base[start:end]`` widened to the ends of the words it begins and ends inside (up to WORD_REACH);
    an end already between two words stays."""

    def inside(at: int) -> bool:
        return 0 < at < len(base) and _in_word(base[at - 1]) and _in_word(base[at])

    low = start
    while inside(low) and start - low < WORD_REACH:
        low -= 1
    high = end
    while inside(high) and high - end < WORD_REACH:
        high += 1
    return low, high


def _by_place(edit: _Edit) -> tuple[int, int, bool]:
    # Theirs first where both start and end alike (two insertions at one place: theirs, then mine).
    return edit.start, edit.end, not edit.theirs


def _groups(base: str, edits: list[_Edit]) -> list[_Group]:
    """The edits in order, those that clash (directly or through one another) in one group.

    One side's own edits never clash (difflib keeps an unchanged character between them), so a
    group holds both sides or is one edit. A group of both sides is then widened to whole words,
    taking in any edit inside them: "red" changed to "blue" and to "green" reads "greenblue", not
    a mix of their letters, which the two character-level diffs would interleave.
    """
    clashing: list[_Group] = []
    for edit in sorted(edits, key=_by_place):
        last = clashing[-1] if clashing else None
        if last is not None and any(_clash(edit, other) for other in last.edits if other.theirs != edit.theirs):
            last.edits.append(edit)
            last.start, last.end = min(last.start, edit.start), max(last.end, edit.end)
        else:
            clashing.append(_Group(edit.start, edit.end, [edit]))
    for group in clashing:
        if group.both:
            group.start, group.end = _word_ends(base, group.start, group.end)
    groups: list[_Group] = []
    for group in sorted(clashing, key=lambda group: (group.start, group.end)):
        last = groups[-1] if groups else None
        if last is not None and (last.both or group.both) and last.meets(group):
            last.start, last.end = min(last.start, group.start), max(last.end, group.end)
            last.edits = sorted(last.edits + group.edits, key=_by_place)
        else:
            groups.append(group)
    return groups


def merge_text(base: str, mine: str, theirs: str) -> str:
    """``base`` with both ``mine``'s and ``theirs``'s edits of it applied (see the module's words)."""
    if mine == base or mine == theirs:
        return theirs
    if theirs == base:
        return mine
    edits = _edits(base, theirs, theirs=True) + _edits(base, mine, theirs=False)
    pieces: list[str] = []
    at = 0
    for group in _groups(base, edits):
        pieces.append(base[at : group.start])
        if group.both:
            theirs_version = _applied(base, group.start, group.end, [edit for edit in group.edits if edit.theirs])
            mine_version = _applied(base, group.start, group.end, [edit for edit in group.edits if not edit.theirs])
            pieces.append(theirs_version)
            if mine_version != theirs_version:
                pieces.append(mine_version)
        else:
            pieces.append(_applied(base, group.start, group.end, group.edits))
        at = group.end
    pieces.append(base[at:])
    return "".join(pieces)


def map_position(old: str, new: str, position: int) -> int:
    """Where ``position`` in ``old`` is in ``new``: after the same character it followed.

    Text inserted right at the position comes after it; inside a stretch that was replaced, the
    position keeps its distance from the stretch's start, up to the replacement's end.
    """
    position = max(0, min(position, len(old)))
    if old == new:
        return position
    for tag, i1, i2, j1, j2 in _opcodes(old, new):
        if position <= i1:
            return j1
        if position < i2:
            return j1 + (position - i1) if tag == "equal" else j1 + min(position - i1, j2 - j1)
    return len(new)
