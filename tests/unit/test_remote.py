"""Remote participation through the console: the remote queue, the remote segment, interleaving,
and a remote request read out becoming the remote participant's timed question with a linked note."""

from __future__ import annotations

import json

import pytest

from moderator_app.cli import main as cli
from moderator_app.domain.balance import Dimension
from moderator_app.domain.enums import Attendance, InterventionKind
from moderator_app.domain.notes import NoteTag
from moderator_app.domain.text import ValidationError
from moderator_app.reports.build import build_stats
from moderator_app.services.console import SessionConsole
from moderator_app.storage.database import open_database
from moderator_app.storage.repository import SessionRepository
from moderator_app.system.resources import regions

LEA = "7c1d2e5a-2017-4c1d-9e1f-100000000002"
ALBERTO = "7c1d2e5a-2017-4c1d-9e1f-100000000003"
REMOTE_SEGMENT = "7c1d2e5a-2017-4c1d-9e1f-200000000004"  # "Remote participants' segment"


def to_remote_segment(console: SessionConsole) -> None:
    console.start_session()
    while console.session.current_segment_id != REMOTE_SEGMENT:
        console.next_segment()


def test_the_demo_has_a_remote_segment():
    from moderator_app.services.sessions import demo_snapshot

    flagged = [s.title for s in demo_snapshot().segments if s.remote_queue]
    assert flagged == ["Remote participants' segment"]


def test_a_new_name_adds_a_remote_participant_with_platform_and_text(console):
    before = len(console.snapshot.participants)
    entry = console.add_remote(
        name="  Amina   Diallo ",
        affiliation="Dakar Community WiFi",
        platform="Zoom chat",
        text="Who pays the spectrum fees?\nOur network could not.",
    )
    assert len(console.snapshot.participants) == before + 1
    amina = console.snapshot.participant(entry.participant_id)
    assert amina.name == "Amina Diallo"
    assert amina.affiliation == "Dakar Community WiFi"
    assert amina.attendance is Attendance.REMOTE
    assert console.snapshot.remote_queue == (entry,)
    assert entry.kind is InterventionKind.QUESTION
    assert (entry.platform, entry.text) == ("Zoom chat", "Who pays the spectrum fees?\nOur network could not.")
    assert entry.participant_id not in {e.participant_id for e in console.snapshot.queue}


def test_a_known_remote_name_in_any_case_is_the_same_person(console):
    first = console.add_remote(name="Remote Guest", platform="Zoom chat")
    before = len(console.snapshot.participants)
    entry = console.add_remote(name="REMOTE GUEST", platform="Slido", kind=InterventionKind.INTERVENTION)
    assert entry.participant_id == first.participant_id
    assert len(console.snapshot.participants) == before
    by_id = console.add_remote(participant_id=ALBERTO, platform="Email")
    assert by_id.participant_id == ALBERTO
    assert [e.participant_id for e in console.snapshot.remote_queue] == [
        first.participant_id,
        first.participant_id,
        ALBERTO,
    ]


def test_a_refused_request_adds_nobody_to_the_roster(console):
    before = console.snapshot.participants
    with pytest.raises(ValidationError):
        console.add_remote(name="Too Long", platform="P" * 101)
    with pytest.raises(ValidationError):
        console.add_remote(name="   ")
    assert console.snapshot.participants == before
    assert console.snapshot.remote_queue == ()


def test_withdraw_and_move_in_the_remote_queue(console):
    a = console.add_remote(name="Remote A")
    b = console.add_remote(name="Remote B")
    c = console.add_remote(name="Remote C")
    console.move_remote(c.id, 0)
    assert [e.id for e in console.snapshot.remote_queue] == [c.id, a.id, b.id]
    console.withdraw_remote(a.id)
    assert [e.id for e in console.snapshot.remote_queue] == [c.id, b.id]


def test_interleave_puts_the_first_remote_request_after_points_of_order(console):
    main_before = [e.id for e in console.snapshot.queue]
    order = console.enqueue(LEA, InterventionKind.POINT_OF_ORDER)
    first = console.add_remote(name="Remote A", platform="Zoom chat", text="A question")
    console.add_remote(name="Remote B")
    moved = console.interleave_remote()
    assert moved == first
    assert [e.id for e in console.snapshot.queue] == [order.id, first.id, *main_before]
    assert console.snapshot.queue[1].text == "A question"
    assert [e.id for e in console.snapshot.remote_queue] != [first.id]
    assert first.id not in {e.id for e in console.snapshot.remote_queue}
    assert console.next_entry() == console.snapshot.queue[0]  # the point of order still goes first


def test_interleave_with_an_empty_remote_queue_says_so(console):
    with pytest.raises(ValidationError, match="remote queue is empty"):
        console.interleave_remote()


def test_next_speaker_outside_a_remote_segment_takes_the_main_head(console):
    main_head = console.snapshot.queue[0]
    console.add_remote(name="Remote A")
    console.start_session()
    assert console.next_entry() == main_head
    assert console.next_speaker().participant_id == main_head.participant_id
    assert len(console.snapshot.remote_queue) == 1


def test_next_speaker_in_the_remote_segment_takes_the_remote_head_but_points_of_order_first(console):
    remote = console.add_remote(name="Remote A", text="From the chat")
    to_remote_segment(console)
    order = console.enqueue(LEA, InterventionKind.POINT_OF_ORDER)
    assert console.next_entry() == order
    assert console.next_speaker().participant_id == LEA
    assert console.next_entry() == remote
    turn = console.next_speaker()
    assert turn.participant_id == remote.participant_id
    assert turn.segment_id == REMOTE_SEGMENT
    assert console.snapshot.remote_queue == ()
    # With the remote queue empty, N goes back to the main queue.
    assert console.next_entry() == console.snapshot.queue[0]


def test_reading_out_a_remote_question_times_it_and_links_its_text_as_a_note(console, clock):
    entry = console.add_remote(name="Amina Diallo", platform="Zoom chat", text="Who pays the spectrum fees?")
    turn = console.give_floor(entry.participant_id, entry.kind, from_entry_id=entry.id)
    assert turn.kind is InterventionKind.QUESTION
    assert turn.participant_id == entry.participant_id
    note = next(n for n in console.snapshot.notes if n.intervention_id == turn.id)
    assert "Who pays the spectrum fees?" in note.text and "Zoom chat" in note.text
    assert note.participant_id == entry.participant_id
    assert NoteTag.QUESTION in note.tags
    clock.advance(40)
    console.end_intervention()
    assert console.snapshot.interventions[-1].speaking_seconds(clock.now()) == 40


def test_a_remote_comment_is_an_intervention_and_its_note_is_not_tagged_question(console):
    entry = console.add_remote(name="Chen Jing", platform="Slido", text="+1", kind=InterventionKind.INTERVENTION)
    turn = console.give_floor(entry.participant_id, entry.kind, from_entry_id=entry.id)
    assert turn.kind is InterventionKind.INTERVENTION
    note = next(n for n in console.snapshot.notes if n.intervention_id == turn.id)
    assert NoteTag.QUESTION not in note.tags


def test_the_remote_question_counts_for_the_remote_participant_in_stats_and_report(console, clock, capsys):
    console.give_floor(LEA)
    clock.advance(60)
    entry = console.add_remote(name="Amina Diallo", platform="Zoom chat", text="Who pays the spectrum fees?")
    console.give_floor(entry.participant_id, entry.kind, from_entry_id=entry.id)
    clock.advance(40)
    console.end_intervention()
    balance = console.balance()
    assert balance.totals[entry.participant_id].seconds == pytest.approx(40)
    remote_row = balance.dimensions[Dimension.ATTENDANCE].row("remote")
    assert remote_row.seconds == pytest.approx(40)
    assert remote_row.interventions == 1
    stats = build_stats(console.snapshot, balance)
    assert stats.remote_interventions == 1
    assert stats.remote_questions == (("Amina Diallo", "Who pays the spectrum fees? (Zoom chat)"),)
    # The command line's stats read the same database and agree.
    assert cli.main(["stats", console.session_id, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    remote = next(row for row in data["dimensions"]["attendance"] if row["key"] == "remote")
    assert remote["seconds"] == 40 and remote["interventions"] == 1


def test_the_remote_queue_survives_a_new_console(console, clock, app_paths):
    first = console.add_remote(name="Remote A", platform="Webex Q&A", text="One")
    second = console.add_remote(name="Remote B", platform="YouTube comments", text="Two")
    console.interleave_remote(second.id)
    db = open_database(app_paths.database)
    try:
        reopened = SessionConsole(SessionRepository(db), clock, console.session_id, regions=regions())
        assert reopened.snapshot.remote_queue == (first,)
        assert second in reopened.snapshot.queue
        assert reopened.snapshot == console.snapshot
    finally:
        db.close()


def test_undo_after_bringing_a_remote_request_in_returns_it_to_the_remote_queue_and_redo_brings_it_back(console):
    entry = console.add_remote(name="Remote Person", platform="Zoom chat", text="A question")
    console.interleave_remote()
    assert entry.id in [e.id for e in console.snapshot.queue]
    console.undo_queue()
    assert entry.id not in [e.id for e in console.snapshot.queue]
    assert [e.id for e in console.snapshot.remote_queue] == [entry.id]
    assert console.snapshot.remote_queue[0].text == "A question"
    console.redo_queue()
    assert entry.id in [e.id for e in console.snapshot.queue]
    assert console.snapshot.remote_queue == ()
    fresh = console.repository.load(console.session_id)
    assert [e.id for e in fresh.queue] == [e.id for e in console.snapshot.queue]


def test_a_remote_request_brought_in_with_i_keeps_its_text_as_a_note_when_called(console):
    entry = console.add_remote(name="Fatima Zahra", platform="Zoom chat", text="How do small states fund CERTs?")
    console.interleave_remote()
    while console.snapshot.queue and console.snapshot.queue[0].id != entry.id:
        console.withdraw(console.snapshot.queue[0].id)
    turn = console.next_speaker()
    notes = [n for n in console.snapshot.notes if n.intervention_id == turn.id]
    assert [n.text for n in notes] == ["How do small states fund CERTs? (Zoom chat)"]


def test_a_remote_request_under_an_onsite_persons_name_is_counted_as_remote(console, clock):
    lea = next(p for p in console.snapshot.participants if p.name == "Lea Kaspar")
    entry = console.add_remote(name="lea kaspar", platform="Zoom chat", text="Joining from home")
    assert entry.participant_id != lea.id
    remote_person = console.snapshot.participant(entry.participant_id)
    assert remote_person.attendance.value == "remote"
    assert console.snapshot.participant(lea.id).attendance.value == "onsite"
