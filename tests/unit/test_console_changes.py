"""Every command of the console publishes one Change naming exactly what it changed in the database.

The live-sharing stream and the window's partial refresh both trust the Change: a part or an id
left out would leave another laptop (or a panel) showing something other than what is stored, and
an id named for nothing would be sent and redrawn for nothing. So each command of the console is
applied to a realistic session, the database's rows are compared before and after (per table, by
key, updated_at stamps included), and the Change must name those rows' parts and ids, and no more.
"""

from __future__ import annotations

import inspect
import json
import sqlite3
from collections.abc import Callable
from dataclasses import replace
from functools import partial
from typing import Any

import pytest

from moderator_app.domain.changes import Change, Part
from moderator_app.domain.enums import InterventionKind, StakeholderGroup
from moderator_app.domain.rapporteur import Attendance
from moderator_app.domain.session import ParticipantDraft, draft_from
from moderator_app.domain.steering import Contingent
from moderator_app.domain.text import ValidationError
from moderator_app.importers.roster import parse_roster
from moderator_app.services.console import SessionConsole
from moderator_app.storage.database import open_database
from moderator_app.storage.errors import StorageError
from moderator_app.storage.repository import SessionRepository
from moderator_app.storage.sharing import write_items
from moderator_app.system.resources import regions
from tests.support import FakeClock

LEA = "7c1d2e5a-2017-4c1d-9e1f-100000000002"
MATTHEW = "7c1d2e5a-2017-4c1d-9e1f-100000000007"
WRAP_UP = "7c1d2e5a-2017-4c1d-9e1f-200000000005"

#: Each table's key: how one row is told from another across a command.
KEYS = {
    "sessions": ("id",),
    "participants": ("id",),
    "segments": ("id",),
    "interventions": ("id",),
    "queue_entries": ("id",),
    "notes": ("id",),
    "contingents": ("session_id", "stakeholder_group"),
    "report_sections": ("session_id", "template", "section"),
    "report_attendance": ("session_id",),
    "app_state": ("key",),
}
TABLE_PARTS = {
    "participants": Part.PARTICIPANTS,
    "segments": Part.SEGMENTS,
    "interventions": Part.INTERVENTIONS,
    "notes": Part.NOTES,
}
CHANNEL_PARTS = {"main": Part.QUEUE, "remote": Part.REMOTE_QUEUE}
#: The counts of commits and of changes: numbers about the writes, checked on their own.
COUNTERS = {"commit_seq", "change_seq"}

#: Every public name of the console that only reads (or subscribes); the rest are commands.
READS = {
    "attendance",
    "balance",
    "can_redo_queue",
    "can_undo_note",
    "can_undo_queue",
    "change_sequence",
    "next_allotted_seconds",
    "next_entry",
    "pending_suspend_gaps",
    "reading",
    "report",
    "report_sections",
    "search_notes",
    "session",
    "session_id",
    "snapshot",
    "subscribe",
    "suggestion",
    "suspend_gap",
    "suspend_gaps",
    "upcoming",
}


Rows = dict[str, dict[tuple[Any, ...], dict[str, Any]]]


def rows_of(repository: SessionRepository) -> Rows:
    found: Rows = {}
    for table, key in KEYS.items():
        cursor = repository.db.execute(f"SELECT * FROM {table}")
        columns = [column[0] for column in cursor.description]
        found[table] = {}
        for values in cursor.fetchall():
            row = dict(zip(columns, values, strict=True))
            found[table][tuple(row[k] for k in key)] = row
    return found


def _gaps(row: dict[str, Any] | None) -> dict[str, dict[str, Any]]:
    return {gap["id"]: gap for gap in json.loads(row["value"])} if row else {}


def expected_ids(before: Rows, after: Rows) -> dict[Part, set[str]]:
    """The parts and ids a Change must name for the rows that differ (domain/changes.py's rules)."""
    expected: dict[Part, set[str]] = {}

    def name(part: Part, *ids: str) -> None:
        expected.setdefault(part, set()).update(ids)

    for table in KEYS:
        old, new = before[table], after[table]
        for found in old.keys() | new.keys():
            was, now = old.get(found), new.get(found)
            if was == now:
                continue
            if table == "sessions":
                assert was is not None and now is not None, "a command added or deleted a session"
                for column, part in (("queue_updated_at", Part.QUEUE), ("remote_queue_updated_at", Part.REMOTE_QUEUE)):
                    if was[column] != now[column]:
                        name(part)
                if {k: v for k, v in was.items() if "queue" not in k} != {
                    k: v for k, v in now.items() if "queue" not in k
                }:
                    name(Part.SESSION, found[0])
            elif table in TABLE_PARTS:
                name(TABLE_PARTS[table], found[0])
            elif table == "queue_entries":
                for row in (was, now):
                    if row is not None:
                        name(CHANNEL_PARTS[row["channel"]], found[0])
            elif table == "contingents":
                name(Part.CONTINGENTS, found[1])
            elif table == "report_sections":
                name(Part.REPORT, f"{found[1]}:{found[2]}")
            elif table == "report_attendance":
                name(Part.REPORT, "attendance")
            elif found[0].startswith("suspend_gaps:"):
                old_gaps, new_gaps = _gaps(was), _gaps(now)
                for gap_id in old_gaps.keys() | new_gaps.keys():
                    if old_gaps.get(gap_id) != new_gaps.get(gap_id):
                        name(Part.INTERVENTIONS, (new_gaps.get(gap_id) or old_gaps[gap_id])["intervention_id"])
            else:
                assert found[0] in COUNTERS, f"app_state {found[0]!r} changed"
    return expected


def command_names() -> set[str]:
    public = {name for name, _ in inspect.getmembers(SessionConsole) if not name.startswith("_")}
    return public - READS


def _remote_entry(console: SessionConsole, index: int = 0) -> str:
    return console.snapshot.remote_queue[index].id


def _steps(console: SessionConsole, clock: FakeClock) -> list[tuple[str, Callable[[], object]]]:
    """A session as it goes: every command at least once, some in more than one situation."""
    c = console
    zed: dict[str, str] = {}

    def add_zed() -> None:
        zed["id"] = c.add_participant(ParticipantDraft(name="Zed Newcomer", affiliation="Somewhere")).id

    def first_note() -> None:
        zed["note"] = c.add_note("Before the start #key_issue").id

    def agenda_without_wrap_up() -> None:
        kept = [s for s in c.snapshot.segments if s.id != WRAP_UP]
        c.update_details(replace(c.session, title="Renamed"), kept)

    def renamed_segment() -> None:
        first, *rest = c.snapshot.segments
        c.update_agenda([replace(first, title="Welcome"), *rest])

    def report_edit() -> None:
        report = c.report("igf-workshop", None, clock.now())
        c.save_section_edit(report, report.sections[0].key, "The rapporteur's own words")

    def report_edit_merged() -> None:
        # Saved from a window that loaded the section before the edit above was stored: merged with it.
        report = c.report("igf-workshop", None, clock.now())
        key = report.sections[0].key
        based_on = report.sections[0].generated_text
        saved = c.save_section_edit(report, key, based_on + " Typed in another window.", based_on=based_on)
        assert "The rapporteur's own words" in saved and "Typed in another window." in saved

    def report_reset() -> None:
        c.reset_section_edit("igf-workshop", c.report("igf-workshop", None, clock.now()).sections[0].key)

    def shared_note() -> None:
        # What another laptop shared: the library hands the console the write and the ids it names.
        note = replace(c.snapshot.notes[-1], text="Typed on another laptop")
        incoming = replace(c.snapshot, notes=(*c.snapshot.notes[:-1], note))
        ids = {Part.NOTES: frozenset({note.id})}
        now = clock.now().wall
        write = partial(write_items, c.repository.db, incoming, ids, sections={}, attendance=Attendance(), now=now)
        assert c.apply_shared(write, ids, origin="shared") is not None

    def carried_remote() -> None:
        entry = c.snapshot.remote_queue[0]
        c.give_floor(entry.participant_id, entry.kind, from_entry_id=entry.id)

    roster = parse_roster(b"Name,Affiliation\nBrand New Person,Elsewhere\nLea Kaspar,A new affiliation\n")
    return [
        ("add_participant", add_zed),
        ("update_participant", lambda: c.update_participant(zed["id"], ParticipantDraft(name="Zed Newcomer"))),
        (
            "update_participant (as it is)",
            lambda: c.update_participant(zed["id"], ParticipantDraft(name="Zed Newcomer")),
        ),
        ("add_note", first_note),
        ("update_note", lambda: c.update_note(zed["note"], segment_id=WRAP_UP, participant_id=zed["id"])),
        ("enqueue", lambda: c.enqueue(zed["id"], InterventionKind.QUESTION)),
        ("move_entry", lambda: c.move_entry(c.snapshot.queue[-1].id, 0)),
        ("move_entry (same place)", lambda: c.move_entry(c.snapshot.queue[0].id, 0)),
        ("withdraw", lambda: c.withdraw(c.snapshot.queue[2].id)),
        ("undo_queue", c.undo_queue),
        ("redo_queue", c.redo_queue),
        ("update_details", agenda_without_wrap_up),
        ("remove_participant", lambda: c.remove_participant(zed["id"])),
        ("import_roster", lambda: c.import_roster(roster, duplicates="update")),
        ("update_session", lambda: c.update_session(replace(c.session, venue="Room 9"))),
        ("update_agenda", renamed_segment),
        ("set_balance_settings", lambda: c.set_balance_settings("everyone", ["gender"])),
        (
            "set_contingents",
            lambda: c.set_contingents(
                [Contingent(StakeholderGroup.CIVIL_SOCIETY, 600), Contingent(StakeholderGroup.GOVERNMENT, 600)]
            ),
        ),
        ("add_contingent_time", lambda: c.add_contingent_time(StakeholderGroup.GOVERNMENT, 60)),
        ("set_contingents (one dropped)", lambda: c.set_contingents(c.snapshot.contingents[:1])),
        ("start_session", c.start_session),
        ("next_speaker", c.next_speaker),
        ("toggle_timer (pause)", c.toggle_timer),
        ("toggle_timer (resume)", c.toggle_timer),
        ("adjust_time", lambda: c.adjust_time(30)),
        ("adjust_time (by nothing)", lambda: c.adjust_time(0)),
        ("set_allotted", lambda: c.set_allotted(240)),
        ("add_note (on the turn)", lambda: c.add_note("Capacity building #action")),
        ("watch_for_sleep (first look)", c.watch_for_sleep),
        ("watch_for_sleep", lambda: (clock.suspend(600), c.watch_for_sleep())),
        ("keep_suspend_gap", lambda: c.keep_suspend_gap(c.suspend_gaps()[0].id)),
        ("undo_suspend_decision", lambda: c.undo_suspend_decision(c.suspend_gaps()[0].id)),
        ("discount_suspend_gap", lambda: c.discount_suspend_gap(c.suspend_gaps()[0].id)),
        ("give_floor", lambda: c.give_floor(MATTHEW)),
        ("add_remote", lambda: c.add_remote(name="Remote One", platform="Zoom", text="A question")),
        ("add_remote (known)", lambda: c.add_remote(participant_id=c.snapshot.remote_queue[0].participant_id)),
        ("add_remote (another)", lambda: c.add_remote(name="Remote Two", text="Another question")),
        ("move_remote", lambda: c.move_remote(_remote_entry(c, 2), 0)),
        ("withdraw_remote", lambda: c.withdraw_remote(_remote_entry(c, 1))),
        ("interleave_remote", lambda: c.interleave_remote(_remote_entry(c, 1))),
        ("give_floor (remote request)", carried_remote),
        ("undo_queue (interleaved)", c.undo_queue),
        ("accept_suggestion", c.accept_suggestion),
        ("end_intervention", c.end_intervention),
        ("update_note (text)", lambda: c.update_note(c.snapshot.notes[-1].id, text="Edited")),
        ("apply_shared", shared_note),
        ("delete_note", lambda: c.delete_note(c.snapshot.notes[0].id)),
        ("undo_note", c.undo_note),
        ("next_segment", c.next_segment),
        ("save_attendance", lambda: c.save_attendance(Attendance(participants_onsite=40, women=12))),
        ("save_section_edit", report_edit),
        ("save_section_edit (merged with what is stored)", report_edit_merged),
        ("reset_section_edit", report_reset),
        ("reset_section_edit (nothing stored)", report_reset),
        ("end_session", c.end_session),
        ("reopen_session", c.reopen_session),
    ]


def test_every_command_names_exactly_the_rows_it_changed(
    console: SessionConsole, clock: FakeClock, repository: SessionRepository
) -> None:
    heard: list[Change] = []
    console.subscribe(heard.append)
    steps = _steps(console, clock)
    covered = {name.split(" ")[0] for name, _ in steps}
    assert command_names() - covered == set(), "a console command the completeness test does not apply"
    for name, step in steps:
        clock.advance(5)  # so that every stamp a command writes differs from the one before
        before, number = rows_of(repository), repository.change_sequence()
        heard.clear()
        step()
        expected = expected_ids(before, rows_of(repository))
        try:
            if not expected:
                assert heard == [] and repository.change_sequence() == number
                continue
            assert len(heard) == 1
            (change,) = heard
            assert (change.sequence, change.session_id, change.whole) == (number + 1, console.session_id, False)
            assert repository.change_sequence() == number + 1
            assert {part: set(ids) for part, ids in change.ids.items()} == expected
            assert console.snapshot == repository.load(console.session_id)
        except AssertionError as error:
            raise AssertionError(f"after {name}: {error}") from error


def test_a_refused_command_publishes_nothing_and_takes_no_number(
    console: SessionConsole, repository: SessionRepository
) -> None:
    console.add_note("A first note")
    heard: list[Change] = []
    console.subscribe(heard.append)
    before, number = rows_of(repository), repository.change_sequence()
    console.give_floor(LEA)
    with pytest.raises(ValidationError):
        console.remove_participant(LEA)  # she has spoken
    assert len(heard) == 1 and repository.change_sequence() == number + 1
    assert rows_of(repository)["participants"] == before["participants"]


def test_a_write_that_fails_publishes_nothing_and_takes_no_number(
    console: SessionConsole, repository: SessionRepository, monkeypatch: pytest.MonkeyPatch
) -> None:
    heard: list[Change] = []
    console.subscribe(heard.append)
    number = repository.change_sequence()
    repository.db.conn.execute("PRAGMA query_only = 1")
    with pytest.raises(StorageError):
        console.enqueue(MATTHEW)
    repository.db.conn.execute("PRAGMA query_only = 0")
    # A failure after the note's row was written, inside the same transaction: all of it is rolled back.
    written = repository.save_note

    def save_then_fail(*args: Any, **kwargs: Any) -> None:
        written(*args, **kwargs)
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(repository, "save_note", save_then_fail)
    with pytest.raises(StorageError):
        console.add_note("Never stored")
    monkeypatch.undo()
    assert heard == [] and repository.change_sequence() == number
    assert console.snapshot == repository.load(console.session_id)
    assert console.snapshot.notes == ()
    console.enqueue(MATTHEW)
    assert [change.sequence for change in heard] == [number + 1]


def test_numbers_grow_by_one_per_change_and_survive_reopening(
    console: SessionConsole, clock: FakeClock, app_paths: Any
) -> None:
    heard: list[Change] = []
    console.subscribe(heard.append)
    console.start_session()
    console.next_speaker()
    console.add_note("Noted")
    numbers = [change.sequence for change in heard]
    assert numbers == list(range(numbers[0], numbers[0] + 3))
    db = open_database(app_paths.database, backup_dir=app_paths.backups)
    try:
        reopened = SessionConsole(SessionRepository(db), clock, console.session_id, regions=regions())
        assert reopened.change_sequence() == numbers[-1]
        later: list[Change] = []
        reopened.subscribe(later.append)
        reopened.toggle_timer()
        assert [change.sequence for change in later] == [numbers[-1] + 1]
    finally:
        db.close()


def test_listeners_get_the_change_and_can_stop_listening(console: SessionConsole) -> None:
    heard: list[Change] = []
    stop = console.subscribe(heard.append)
    entry = console.enqueue(MATTHEW)
    stop()
    console.withdraw(entry.id)
    assert len(heard) == 1 and heard[0].touches(Part.QUEUE) and entry.id in heard[0].ids[Part.QUEUE]
    assert not heard[0].touches(Part.PARTICIPANTS, Part.NOTES)


def test_draft_from_is_what_update_participant_stores_unchanged(console: SessionConsole) -> None:
    # The scenario's "as it is" step relies on this: an edit that changes nothing is no change.
    lea = console.snapshot.participant(LEA)
    assert lea is not None
    heard: list[Change] = []
    console.subscribe(heard.append)
    console.update_participant(LEA, draft_from(lea))
    assert heard == []


def test_listeners_find_the_undo_step_of_the_change_they_hear(console: SessionConsole) -> None:
    # The window enables Undo from what the console says while it redraws for the change.
    seen: list[tuple[bool, bool]] = []
    console.subscribe(lambda _change: seen.append((console.can_undo_queue, console.can_undo_note)))
    console.enqueue(MATTHEW)
    console.add_note("Noted")
    console.undo_note()
    assert seen == [(True, False), (True, True), (True, False)]
