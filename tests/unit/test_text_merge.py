"""The three-way merge of a report section typed on two laptops, and following the cursor through it."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from moderator_app.domain.text_merge import _opcodes, map_position, merge_text

BASE = "Key issues were raised. Capacity building came first."


@pytest.mark.parametrize(
    ("base", "mine", "theirs", "merged"),
    [
        # Edits in different places both apply.
        (BASE, "In short: " + BASE, BASE + " Then trust.", "In short: " + BASE + " Then trust."),
        (
            BASE,
            BASE.replace("raised", "named"),
            BASE.replace("first", "last"),
            "Key issues were named. Capacity building came last.",
        ),
        ("one two three", "one three", "one two three four", "one three four"),
        # Typed at the same place: theirs, then mine.
        ("a b", "a X b", "a Y b", "a Y X b"),
        ("Trust.", "Trust. Mine.", "Trust. Theirs.", "Trust. Theirs. Mine."),
        # Both replaced the same word: theirs, then mine, each whole (not their letters interleaved).
        ("the red car", "the blue car", "the green car", "the greenblue car"),
        ("We met. Trust matters.", "We met. Trust is key.", "We met. Trust mattered.", "We met. Trust matteredis key."),
        # Typed into one word at one place: each version of the word, whole.
        ("one bd two", "one bXd two", "one bYd two", "one bYdbXd two"),
        # Chinese has no spaces between words: only the characters typed at one place, theirs first.
        ("会议讨论了问题", "会议讨论了甲问题", "会议讨论了乙问题", "会议讨论了乙甲问题"),
        # One deleted a stretch the other typed into: what was typed is kept.
        ("keep this part here", "keep here", "keep this new part here", "keep this new part here"),
        # Both fixed one word differently, in different letters: both fixes apply.
        ("We recieve it.", "We receive it.", "We recieved it.", "We received it."),
        # The same edit on both sides is kept once.
        ("abc", "abXc", "abXc", "abXc"),
        # One side did nothing: the other's text, whatever it is.
        (BASE, BASE, "", ""),
        (BASE, "", BASE, ""),
        ("", "Mine.", "", "Mine."),
        ("", "Mine.", "Theirs.", "Theirs.Mine."),
        ("Léa spoke. 🎤", "Léa spoke first. 🎤", "Léa spoke. 🎤 Then Zoë.", "Léa spoke first. 🎤 Then Zoë."),
    ],
)
def test_merge_keeps_both_sides_edits(base: str, mine: str, theirs: str, merged: str) -> None:
    assert merge_text(base, mine, theirs) == merged


def test_an_insertion_at_either_end_of_a_replaced_stretch_goes_beside_it() -> None:
    assert merge_text("0123456789", "01ZZ456789", "0123456789!") == "01ZZ456789!"
    assert merge_text("0123456789", "01ZZ456789", "!0123456789") == "!01ZZ456789"
    # Typed right after the stretch the other replaced, not inside it: no doubled text.
    assert merge_text("aaa bbb ccc", "aaa BBB ccc", "aaa bbb, ccc") == "aaa BBB, ccc"


@pytest.mark.parametrize(
    ("old", "new", "position", "expected"),
    [
        ("abc", "abc", 2, 2),
        ("hello world", "Oh, hello world", 6, 10),  # typed before: follows the text it was in
        ("hello world", "hello world!", 6, 6),  # typed after: stays
        ("hello world", "hello, world", 5, 5),  # typed right at it: stays before what was typed
        ("hello world", "world", 8, 2),  # the text before it deleted: keeps its place in "world"
        ("hello brave world", "hello world", 9, 6),  # inside a deleted stretch: where it was
        ("abc", "", 2, 0),
        ("", "abc", 0, 0),
        ("abc", "abcdef", 3, 3),
        ("abc", "xyz", 5, 3),  # out of range: clamped
    ],
)
def test_map_position_keeps_a_place_beside_the_text_around_it(old: str, new: str, position: int, expected: int) -> None:
    assert map_position(old, new, position) == expected


# Few letters, so that the texts share a lot and the diffs are not trivial; and a few odd ones.
LETTERS = st.sampled_from("ab .\né🎤")
TEXTS = st.lists(LETTERS, max_size=24).map("".join)


def inserted(base: str, new: str) -> list[str]:
    return [new[j1:j2] for tag, _i1, _i2, j1, j2 in _opcodes(base, new) if tag in ("insert", "replace")]


@settings(max_examples=400, deadline=None)
@given(base=TEXTS, mine=TEXTS, theirs=TEXTS)
def test_merge_never_drops_what_either_side_typed(base: str, mine: str, theirs: str) -> None:
    merged = merge_text(base, mine, theirs)
    for typed in inserted(base, mine) + inserted(base, theirs):
        assert typed in merged


@settings(max_examples=200, deadline=None)
@given(base=TEXTS, other=TEXTS)
def test_merge_with_one_side_unchanged_is_the_other_side(base: str, other: str) -> None:
    assert merge_text(base, base, other) == other
    assert merge_text(base, other, base) == other
    assert merge_text(base, other, other) == other


@settings(max_examples=300, deadline=None)
@given(before=TEXTS, after=TEXTS, new_before=TEXTS, new_after=TEXTS)
def test_edits_on_either_side_of_an_untouched_line_both_apply(
    before: str, after: str, new_before: str, new_after: str
) -> None:
    # The line between them is one neither side touches, and unlike anything either typed.
    middle = "|Untouched line in the middle|"
    base = before + middle + after
    mine = new_before + middle + after
    theirs = before + middle + new_after
    assert merge_text(base, mine, theirs) == new_before + middle + new_after
    assert merge_text(base, theirs, mine) == new_before + middle + new_after


@settings(max_examples=300, deadline=None)
@given(
    before=TEXTS,
    typed=st.lists(st.sampled_from("XYZ"), min_size=1, max_size=8).map("".join),
    after=TEXTS,
    position=st.integers(min_value=0, max_value=60),
)
def test_map_position_follows_the_text_around_it_when_text_is_typed_elsewhere(
    before: str, typed: str, after: str, position: int
) -> None:
    # Letters the texts around do not have, so that where they were typed is not in doubt.
    old, new = before + after, before + typed + after
    shown = min(position, len(old))
    expected = shown if shown <= len(before) else shown + len(typed)
    assert map_position(old, new, position) == expected
    assert map_position(new, old, expected) == shown


@settings(max_examples=300, deadline=None)
@given(old=TEXTS, new=TEXTS)
def test_the_comparison_covers_both_texts_with_an_unchanged_stretch_between_changes(old: str, new: str) -> None:
    # The merge counts on it: one side's own changes never touch, so they never clash.
    at_old = at_new = 0
    before = "equal"
    for tag, i1, i2, j1, j2 in _opcodes(old, new):
        assert (i1, j1) == (at_old, at_new)
        if tag == "equal":
            assert i2 > i1 and old[i1:i2] == new[j1:j2]
        else:
            assert before == "equal"
        at_old, at_new, before = i2, j2, tag
    assert (at_old, at_new) == (len(old), len(new))
