"""The library's change stream: its own writes and its console's commands, numbered one by one, in order."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from moderator_app.domain.changes import ATTENDANCE_ID, Change, Part
from moderator_app.domain.rapporteur import Attendance
from moderator_app.domain.session import ParticipantDraft, Session, clean_session
from moderator_app.importers.proposal import parse_proposal
from moderator_app.importers.roster import parse_roster
from moderator_app.services.errors import ImportConflictError
from moderator_app.services.library import Library
from moderator_app.system.resources import regions


@pytest.fixture
def heard(library: Library) -> list[Change]:
    changes: list[Change] = []
    library.subscribe(changes.append)
    return changes


def numbers(changes: list[Change]) -> list[int]:
    return [change.sequence for change in changes]


def test_a_new_session_the_demo_and_an_imported_page_are_each_one_whole_change(library, heard):
    start = library.repository.change_sequence()
    demo = library.ensure_demo()
    library.ensure_demo()  # already there: nothing written, nothing told
    made = library.create_session(Session(id="new-one", title="A round table"), [])
    page = library.import_proposal(parse_proposal("A page's title\nSpeaker: Ana Lopez\n"), regions())
    assert [(c.session_id, c.whole) for c in heard] == [(demo, True), (made, True), (page, True)]
    assert numbers(heard) == [start + 1, start + 2, start + 3]
    assert library.repository.change_sequence() == start + 3


def test_details_and_attendance_written_by_the_library_name_exactly_what_changed(library, heard):
    session_id = library.ensure_demo()
    session = library.load(session_id).session
    library.save_session(clean_session(replace(session, title="Renamed")))
    library.save_attendance(session_id, Attendance(participants_onsite=40, women=18))
    assert heard[-2] == Change.of(heard[-2].sequence, session_id, {Part.SESSION: {session_id}})
    assert heard[-1] == Change.of(heard[-1].sequence, session_id, {Part.REPORT: {ATTENDANCE_ID}})
    assert heard[-1].sequence == heard[-2].sequence + 1
    assert library.attendance(session_id).participants_onsite == 40


def test_a_roster_import_names_the_people_it_wrote_and_a_second_one_changing_nothing_is_silent(library, heard):
    session_id = library.ensure_demo()
    before = {p.id for p in library.load(session_id).participants}
    roster = parse_roster(b"Name,Gender\nAna Perez,F\nCleo Marsh,\n")
    library.import_roster(session_id, roster, regions())
    added = {p.id for p in library.load(session_id).participants} - before
    assert len(added) == 2
    assert heard[-1].ids == {Part.PARTICIPANTS: frozenset(added)}
    told = len(heard)
    library.import_roster(session_id, roster, regions())  # both are there already: skipped
    assert len(heard) == told


def test_an_import_that_is_refused_takes_no_number_and_tells_nobody(library, heard, tmp_path):
    session_id = library.ensure_demo()
    exported = library.export_file(session_id, tmp_path / "demo.json")
    number = library.repository.change_sequence()
    told = len(heard)
    with pytest.raises(ImportConflictError):
        library.import_file(exported)
    assert library.repository.change_sequence() == number
    assert len(heard) == told
    imported, _ = library.import_file(exported, copy=True)
    assert heard[-1] == Change.everything(number + 1, imported.session.id)


def test_the_open_consoles_commands_reach_the_library_stream_and_an_older_consoles_do_not(library, heard):
    first = library.open_console(library.ensure_demo())
    first.add_participant(ParticipantDraft(name="Kofi Boateng"))
    assert heard[-1].session_id == first.session_id and heard[-1].touches(Part.PARTICIPANTS)
    second = library.open_console(first.session_id)
    told = len(heard)
    first.add_note("typed in a window that has moved on")
    assert len(heard) == told
    second.add_note("typed in the window being run")
    assert heard[-1].touches(Part.NOTES)
    assert numbers(heard) == sorted(set(numbers(heard)))  # one number each, in order


def test_a_restore_never_gives_a_number_twice_and_names_every_session_replaced(library, heard, tmp_path):
    demo = library.ensure_demo()
    backup = library.take_backup("test")
    assert backup is not None
    console = library.open_console(demo)
    for number in range(3):
        console.add_note(f"after the backup {number}")
    last = library.repository.change_sequence()
    told = len(heard)
    restored = library.restore(backup)
    assert restored.problem is None
    after = heard[told:]
    assert [c.session_id for c in after] == [s.id for s in library.list_sessions()]
    assert all(c.whole for c in after)
    assert numbers(after)[0] == last + 1
    assert library.repository.change_sequence() == last + len(after)
    # The console from before the restore is cut off from the stream: its connection is gone.
    assert json.dumps(numbers(heard)) == json.dumps(sorted(set(numbers(heard))))


def test_a_restore_at_rest_goes_on_from_the_numbers_the_replaced_database_gave(app_paths, clock):
    with Library.open(app_paths, clock) as library:
        demo = library.ensure_demo()
        backup = library.take_backup("test")
        assert backup is not None
        for number in range(3):
            library.create_session(Session(id=f"later-{number}", title="Made after the backup"), [])
        last = library.repository.change_sequence()
    restored, outcome = Library.open_restored(app_paths, clock, backup)
    with restored:
        assert outcome.last_change == last
        assert [s.id for s in restored.list_sessions()] == [demo]
        assert restored.repository.change_sequence() == last + 1  # the one session it holds, replaced
