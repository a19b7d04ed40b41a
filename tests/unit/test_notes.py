"""The console's notes: linking to what was being said, edits and relinks, undo, and full-text search."""

from __future__ import annotations

import pytest

from moderator_app.domain.notes import NoteTag, filter_notes, parse_tags
from moderator_app.domain.text import ValidationError
from moderator_app.services.console import SessionConsole
from moderator_app.system.resources import regions


def reopened(console: SessionConsole, clock) -> SessionConsole:
    return SessionConsole(console.repository, clock, console.session_id, regions=regions())


def test_a_note_with_nobody_speaking_is_linked_to_the_current_segment_only(console, clock):
    console.start_session()
    note = console.add_note("Room is filling up", ["question"])
    assert note.participant_id is None
    assert note.intervention_id is None
    assert note.segment_id == console.session.current_segment_id is not None
    assert note.created_at == clock.wall


def test_a_note_before_the_session_starts_is_not_linked_at_all(console):
    note = console.add_note("Check the microphones")
    assert (note.participant_id, note.intervention_id, note.segment_id) == (None, None, None)


def test_a_note_while_someone_speaks_is_linked_to_their_turn_and_is_committed(console, clock):
    turn = console.next_speaker()
    note = console.add_note("  Good point on  access \n", ["key_issue", "key_issue", "quote"])
    assert (note.participant_id, note.intervention_id, note.segment_id) == (
        turn.participant_id,
        turn.id,
        turn.segment_id,
    )
    assert note.text == "Good point on  access"
    assert note.tags == (NoteTag.KEY_ISSUE, NoteTag.QUOTE)
    assert reopened(console, clock).snapshot.notes == (note,)


def test_empty_notes_and_unknown_tags_are_refused_and_nothing_is_stored(console):
    with pytest.raises(ValidationError, match="Note is required"):
        console.add_note("   ")
    with pytest.raises(ValidationError, match="Tag 'urgent' is not known"):
        console.add_note("Text", ["urgent"])
    assert console.snapshot.notes == ()
    assert not console.can_undo_note


def test_relinking_to_a_turn_takes_its_speaker_and_unknown_links_are_refused(console):
    first = console.next_speaker()
    second = console.next_speaker()
    note = console.add_note("Said by the second speaker")
    relinked = console.update_note(note.id, intervention_id=first.id)
    assert (relinked.intervention_id, relinked.participant_id) == (first.id, first.participant_id)
    for bad in ({"participant_id": "nobody"}, {"segment_id": "no-segment"}, {"intervention_id": "no-turn"}):
        with pytest.raises(ValidationError, match="no longer in this session"):
            console.update_note(note.id, **bad)
    assert console.snapshot.notes == (relinked,)
    cleared = console.update_note(note.id, participant_id=None, intervention_id=None, segment_id=None)
    assert (cleared.participant_id, cleared.intervention_id, cleared.segment_id) == (None, None, None)
    explicit = console.update_note(note.id, intervention_id=second.id, participant_id=first.participant_id)
    assert explicit.participant_id == first.participant_id  # the caller's choice wins
    with pytest.raises(ValidationError, match="no longer there"):
        console.update_note("missing", text="x")


def test_undo_reverses_add_edit_and_delete_in_turn(console, clock):
    note = console.add_note("Original", ["question"])
    console.update_note(note.id, text="Edited", tags=["agreement"])
    console.delete_note(note.id)
    assert console.snapshot.notes == ()
    console.undo_note()
    assert [n.text for n in console.snapshot.notes] == ["Edited"]
    console.undo_note()
    assert console.snapshot.notes == (note,)
    assert reopened(console, clock).snapshot.notes == (note,)
    console.undo_note()
    assert console.snapshot.notes == ()
    assert not console.can_undo_note
    with pytest.raises(ValidationError, match="Nothing to undo"):
        console.undo_note()


def test_search_matches_word_prefixes_and_any_script(console):
    access = console.add_note("Meaningful connectivity needs community networks")
    arabic = console.add_note("الشمول الرقمي")
    accented = console.add_note("Régulation du spectre")
    assert console.search_notes("commun netw") == [access]
    assert console.search_notes("الرقمي") == [arabic]
    assert console.search_notes("regulation") == [accented]  # diacritics do not matter
    assert console.search_notes("") == [] and console.search_notes("   ") == []


@pytest.mark.parametrize(
    "query",
    ['"', '""', "*", "-", ":", "a:b", "NOT", "AND OR", "(", "text:foo", '"unclosed', "-x", "^", "NEAR(a b)", "'; DROP"],
)
def test_search_never_fails_on_query_syntax(console, query):
    console.add_note("A note with a:b and -x and NOT and (brackets)")
    assert isinstance(console.search_notes(query), list)


def test_search_stays_in_its_own_session_and_follows_edits(console):
    note = console.add_note("Spectrum policy")
    console.update_note(note.id, text="Satellite policy")
    assert console.search_notes("spectrum") == []
    assert [n.id for n in console.search_notes("satell")] == [note.id]
    console.delete_note(note.id)
    assert console.search_notes("satell") == []


def test_filter_notes_combines_filters_and_search_hits(console):
    first = console.next_speaker()
    a = console.add_note("One", ["key_issue"])
    console.next_speaker()
    b = console.add_note("Two", ["key_issue", "quote"])
    notes = console.snapshot.notes
    assert filter_notes(notes, participant_id=first.participant_id) == [a]
    assert filter_notes(notes, tag=NoteTag.QUOTE) == [b]
    assert filter_notes(notes, tag=NoteTag.KEY_ISSUE, ids={b.id}) == [b]
    assert filter_notes(notes, ids=set()) == []
    assert parse_tags(["quote", "key_issue"]) == (NoteTag.KEY_ISSUE, NoteTag.QUOTE)


def test_search_with_control_characters_finds_nothing_instead_of_failing(console):
    console.add_note("Trust first")
    assert console.search_notes("a\x00b") == []
    assert [n.text for n in console.search_notes("tru\x00")] in ([], ["Trust first"])
