"""The console service on the demo session: each moderator command changes, commits and reloads."""

from __future__ import annotations

import sqlite3

import pytest

from moderator_app.domain.enums import InterventionKind, InterventionState, Phase, Region
from moderator_app.domain.session import ParticipantDraft
from moderator_app.domain.text import ValidationError
from moderator_app.services.console import SessionConsole
from moderator_app.storage.database import open_database
from moderator_app.storage.repository import SessionRepository
from moderator_app.system.resources import regions

FIRST_SEGMENT = "7c1d2e5a-2017-4c1d-9e1f-200000000001"  # no default of its own: session default, 180 s
SECOND_SEGMENT = "7c1d2e5a-2017-4c1d-9e1f-200000000002"  # 300 s per speaker
LEA = "7c1d2e5a-2017-4c1d-9e1f-100000000002"
ALBERTO = "7c1d2e5a-2017-4c1d-9e1f-100000000003"
CHRIS = "7c1d2e5a-2017-4c1d-9e1f-100000000004"
MATTHEW = "7c1d2e5a-2017-4c1d-9e1f-100000000007"  # on the roster, not in the queue


def queued(console: SessionConsole) -> list[str]:
    return [entry.participant_id for entry in console.snapshot.queue]


def assert_persisted(console: SessionConsole, app_paths, clock) -> None:
    """A fresh connection and console on the same file see exactly what this console shows."""
    db = open_database(app_paths.database)
    try:
        reopened = SessionConsole(SessionRepository(db), clock, console.session_id, regions=regions())
        assert reopened.snapshot == console.snapshot
        assert reopened.reading(clock.now()) == console.reading(clock.now())
    finally:
        db.close()


def empty_the_queue(console: SessionConsole) -> None:
    for entry in console.snapshot.queue:
        console.withdraw(entry.id)


def test_next_speaker_takes_the_head_of_the_queue_and_starts_their_turn(console, clock):
    assert console.session.started is None
    head = console.snapshot.queue[0]
    turn = console.next_speaker()
    assert turn.participant_id == head.participant_id == LEA
    assert turn.kind is InterventionKind.OPENING_STATEMENT
    assert turn.state is InterventionState.RUNNING
    assert head.id not in [entry.id for entry in console.snapshot.queue]
    assert queued(console)[0] == ALBERTO
    # The session starts on its first segment with the first turn.
    assert console.session.started == clock.now()
    assert console.session.current_segment_id == FIRST_SEGMENT
    assert turn.segment_id == FIRST_SEGMENT
    assert turn.allotted_seconds == 180
    reading = console.reading()
    assert reading.speaker is not None and reading.speaker.name == "Lea Kaspar"
    assert reading.timer.phase is Phase.NORMAL


def test_speaking_time_comes_from_the_current_segment_default(console, clock):
    console.start_session()
    console.next_segment()
    assert console.session.current_segment_id == SECOND_SEGMENT
    turn = console.next_speaker()
    assert turn.allotted_seconds == 300
    assert turn.segment_id == SECOND_SEGMENT


def test_an_explicit_allotted_time_overrides_the_segment_default(console):
    turn = console.give_floor(MATTHEW, allotted_seconds=60)
    assert turn.allotted_seconds == 60


def test_giving_the_floor_ends_the_previous_turn(console, clock):
    first = console.next_speaker()
    clock.advance(95)
    second = console.next_speaker()
    by_id = {i.id: i for i in console.snapshot.interventions}
    assert by_id[first.id].state is InterventionState.ENDED
    assert by_id[first.id].speaking_seconds(clock.now()) == 95
    assert by_id[first.id].ended_at == clock.wall
    assert by_id[second.id].state is InterventionState.RUNNING
    assert console.snapshot.current_intervention == by_id[second.id]
    assert [i.is_open for i in console.snapshot.interventions] == [False, True]


def test_giving_the_floor_is_all_or_nothing_when_the_write_fails(console, clock, app_paths):
    first = console.next_speaker()
    clock.advance(30)
    before = console.snapshot
    # Make the database refuse the new turn's row, after the previous turn's end has been written.
    console.repository.db.execute(
        "CREATE TEMP TRIGGER refuse_new_turn BEFORE INSERT ON interventions "
        "WHEN NEW.id NOT IN (SELECT id FROM interventions) "
        "BEGIN SELECT RAISE(ABORT, 'disk full'); END"
    )
    with pytest.raises(sqlite3.DatabaseError, match="disk full"):
        console.next_speaker()
    db = open_database(app_paths.database)
    try:
        stored = SessionRepository(db).load(console.session_id)
    finally:
        db.close()
    assert stored == before
    assert stored.current_intervention is not None and stored.current_intervention.id == first.id


def test_space_with_an_empty_queue_and_nobody_speaking_says_what_to_do(console):
    empty_the_queue(console)
    with pytest.raises(ValidationError, match="queue is empty"):
        console.toggle_timer()
    assert console.snapshot.interventions == ()
    assert console.session.started is None


def test_space_pauses_and_resumes_the_current_speaker(console, clock):
    console.toggle_timer()  # calls the next speaker
    clock.advance(10)
    assert console.toggle_timer().state is InterventionState.PAUSED
    clock.advance(50)
    assert console.toggle_timer().state is InterventionState.RUNNING
    clock.advance(5)
    assert console.reading().timer.speaking_seconds == 15


def test_adjusting_time_needs_someone_at_the_floor(console):
    with pytest.raises(ValidationError, match="Nobody has the floor"):
        console.adjust_time(30)
    with pytest.raises(ValidationError, match="Nobody has the floor"):
        console.end_intervention()


def test_plus_30_seconds_changes_the_speakers_allotted_time_and_is_saved(console, clock, app_paths):
    console.next_speaker()
    clock.advance(160)
    assert console.reading().timer.phase is Phase.WARNING
    console.adjust_time(30)
    reading = console.reading()
    assert reading.timer.allotted_seconds == 210
    assert reading.timer.speaking_seconds == 160
    assert reading.timer.phase is Phase.NORMAL
    assert_persisted(console, app_paths, clock)


def test_queue_undo_and_redo_round_trip(console, app_paths, clock):
    before = queued(console)
    console.enqueue(MATTHEW)
    assert queued(console) == [*before, MATTHEW]
    assert console.can_undo_queue
    console.undo_queue()
    assert queued(console) == before
    assert_persisted(console, app_paths, clock)
    assert console.can_redo_queue
    console.redo_queue()
    assert queued(console) == [*before, MATTHEW]
    assert_persisted(console, app_paths, clock)


def test_undo_never_brings_back_someone_who_already_took_the_floor(console):
    console.enqueue(MATTHEW)
    turn = console.next_speaker()
    assert turn.participant_id == LEA
    console.undo_queue()  # undoes adding Matthew
    assert MATTHEW not in queued(console)
    assert LEA not in queued(console)
    console.redo_queue()
    assert LEA not in queued(console)
    assert queued(console)[-1] == MATTHEW


def test_undo_after_withdraw_then_next_speaker_does_not_requeue_the_speaker(console):
    head = console.snapshot.queue[0]
    console.withdraw(console.snapshot.queue[1].id)  # Alberto withdraws
    console.next_speaker()  # Lea speaks
    console.undo_queue()  # Alberto is back, Lea is not
    assert head.participant_id not in queued(console)
    assert queued(console)[0] == ALBERTO


def test_enqueueing_someone_already_waiting_is_refused_naming_them_and_their_position(console):
    with pytest.raises(ValidationError, match="Alberto Hernandez is already in the queue at position 2"):
        console.enqueue(ALBERTO)


def test_moving_a_queue_entry_is_saved(console, app_paths, clock):
    last = console.snapshot.queue[-1]
    console.move_entry(last.id, 0)
    assert console.snapshot.queue[0].id == last.id
    assert_persisted(console, app_paths, clock)


def test_removing_a_participant_who_has_spoken_is_refused_and_nothing_changes(console, clock, app_paths):
    console.next_speaker()  # Lea speaks
    clock.advance(20)
    console.enqueue(LEA, InterventionKind.REPLY)
    before = console.snapshot
    with pytest.raises(ValidationError, match="Lea Kaspar has 1 recorded intervention"):
        console.remove_participant(LEA)
    assert console.snapshot == before
    assert_persisted(console, app_paths, clock)


def test_removing_a_participant_who_has_not_spoken_also_removes_them_from_the_queue(console, app_paths, clock):
    assert ALBERTO in queued(console)
    console.remove_participant(ALBERTO)
    assert console.snapshot.participant(ALBERTO) is None
    assert ALBERTO not in queued(console)
    assert_persisted(console, app_paths, clock)


def test_undo_never_brings_back_a_removed_participant(console):
    console.withdraw(console.snapshot.queue[0].id)  # Lea withdraws; Alberto still waiting
    console.remove_participant(ALBERTO)
    console.undo_queue()
    assert LEA in queued(console)
    assert ALBERTO not in queued(console)


def test_added_participant_gets_their_region_and_is_saved(console, app_paths, clock):
    added = console.add_participant(
        ParticipantDraft(name="Grace Githaiga", country="ke", stakeholder_group="civil_society")
    )
    assert added.region is Region.AFRICAN
    assert console.snapshot.participants[-1] == added
    assert_persisted(console, app_paths, clock)


def test_demo_participants_have_the_region_of_their_country(console):
    lea = console.snapshot.participant(LEA)
    assert lea is not None and lea.country == "GB"
    assert lea.region is Region.WEOG


def test_every_command_is_saved_before_it_returns(console, clock, app_paths):
    steps = [
        lambda: console.enqueue(MATTHEW, InterventionKind.QUESTION),
        lambda: console.enqueue(CHRIS, InterventionKind.POINT_OF_ORDER),
        console.next_speaker,
        lambda: clock.advance(40),
        console.toggle_timer,
        lambda: clock.advance(15),
        console.toggle_timer,
        lambda: console.adjust_time(-30),
        console.next_segment,
        console.next_speaker,
        console.toggle_timer,
        lambda: console.withdraw(console.snapshot.queue[0].id),
        console.undo_queue,
        console.redo_queue,
        lambda: console.move_entry(console.snapshot.queue[-1].id, 0),
        console.end_intervention,
        lambda: console.give_floor(MATTHEW, InterventionKind.ANSWER),
        lambda: clock.advance(200),
        console.end_session,
    ]
    for step in steps:
        step()
        assert_persisted(console, app_paths, clock)
    kinds = [i.kind for i in console.snapshot.interventions]
    assert kinds == [InterventionKind.POINT_OF_ORDER, InterventionKind.OPENING_STATEMENT, InterventionKind.ANSWER]


def test_next_segment_moves_the_agenda_and_restarts_the_segment_clock(console, clock, app_paths):
    console.next_speaker()
    clock.advance(240)
    segment = console.next_segment()
    assert segment.id == SECOND_SEGMENT
    assert console.session.segment_started == clock.now()
    clock.advance(60)
    progress = console.reading().progress
    assert progress.session_elapsed_seconds == 300
    assert progress.segment_elapsed_seconds == 60
    assert progress.segment_remaining_seconds == 30 * 60 - 60
    assert_persisted(console, app_paths, clock)


def test_next_segment_on_the_last_one_is_refused(console):
    for _ in range(5):
        console.next_segment()
    with pytest.raises(ValidationError, match="last segment"):
        console.next_segment()


def test_ending_the_session_ends_the_running_turn(console, clock, app_paths):
    turn = console.next_speaker()
    clock.advance(75)
    console.end_session()
    ended = {i.id: i for i in console.snapshot.interventions}[turn.id]
    assert ended.state is InterventionState.ENDED
    assert ended.speaking_seconds(clock.now()) == 75
    assert console.session.ended_at == clock.wall
    assert console.snapshot.current_intervention is None
    assert console.reading().timer.phase is Phase.IDLE
    assert_persisted(console, app_paths, clock)
    with pytest.raises(ValidationError, match="session has ended"):
        console.next_speaker()


def test_giving_the_floor_from_the_roster_to_someone_waiting_takes_them_off_the_queue(console):
    assert queued(console)[0] == LEA
    console.give_floor(LEA)
    assert LEA not in queued(console)
