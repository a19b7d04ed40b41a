"""The fault suite's own checker catches what it exists to catch (no subprocess, no kill: fast)."""

from __future__ import annotations

from pathlib import Path

import pytest

from moderator_app.services.console import SessionConsole
from moderator_app.storage.repository import SessionRepository
from tests.faults.model import Model, Turn, _queue_plausible, verify_and_settle
from tests.support import FakeClock


def test_a_turns_true_speaking_time_is_bounded_by_when_each_command_was_called_and_acknowledged() -> None:
    turn = Turn([("run", 10.0, 10.1), ("pause", 12.0, 12.2), ("run", 15.0, 15.1)])
    low, high = turn.speaking_bounds(16.0)
    assert (low, high) == pytest.approx((1.9 + 0.9, 2.2 + 1.0))
    assert turn.state == "running"
    ended = Turn([("run", 0.0, 0.0), ("end", 5.0, 5.0)])
    assert ended.speaking_bounds(100.0) == (5.0, 5.0) and ended.state == "ended"


def test_a_queue_may_only_differ_from_the_acknowledged_one_by_the_command_in_doubt() -> None:
    before = ["a", "b", "c"]
    assert _queue_plausible(before, before, None)
    assert not _queue_plausible(before, ["a", "c"], None)
    assert _queue_plausible(before, ["a", "c"], {"action": "withdraw", "entry_id": "b"})
    assert not _queue_plausible(before, ["a", "b"], {"action": "withdraw", "entry_id": "b"})
    assert _queue_plausible(before, ["c", "a", "b"], {"action": "move", "entry_id": "c"})
    assert not _queue_plausible(before, ["c", "a"], {"action": "move", "entry_id": "c"})
    assert _queue_plausible(before, ["x", "a", "b", "c"], {"action": "enqueue"})
    assert not _queue_plausible(before, ["x", "y", "a", "b", "c"], {"action": "enqueue"})
    assert _queue_plausible(before, ["b", "c"], {"action": "next_speaker"})
    assert not _queue_plausible(before, ["c"], {"action": "next_speaker"})


def _model_of(console: SessionConsole) -> Model:
    """What a driver would have acknowledged so far: the console's committed state."""
    model = Model(started=True, session_id=console.session_id)
    model.notes = {note.id: note.text for note in console.snapshot.notes}
    model.queue = [entry.id for entry in console.snapshot.queue]
    model.remote = [entry.id for entry in console.snapshot.remote_queue]
    return model


def test_a_folder_missing_an_acknowledged_note_is_reported_as_a_lost_note(
    console: SessionConsole, repository: SessionRepository, tmp_path: Path
) -> None:
    kept = console.add_note("kept")
    lost = console.add_note("acknowledged, then lost")
    model = _model_of(console)
    repository.db.execute("DELETE FROM notes WHERE id = ?", [lost.id])  # what a lost commit would look like
    repository.db.conn.commit()

    verdict = verify_and_settle(model, tmp_path / "data", tmp_path / "check", None, killed_at=0.0)

    assert verdict.lost_notes == 1
    assert any(lost.id in problem for problem in verdict.problems)
    assert not any(kept.id in problem for problem in verdict.problems)


def test_a_note_being_written_when_the_kill_came_may_be_there_and_is_then_kept(
    console: SessionConsole, tmp_path: Path
) -> None:
    model = _model_of(console)
    console.add_note("typed as the power went")  # committed, but the ack never reached the test
    pending = {"call": 9, "action": "add_note", "t": 0.0, "text": "typed as the power went"}

    verdict = verify_and_settle(model, tmp_path / "data", tmp_path / "check", pending, killed_at=0.1)

    assert verdict.problems == []
    assert "typed as the power went" in model.notes.values()  # settled: the next start must keep it


def test_a_note_nobody_typed_or_an_unacknowledged_queue_change_is_reported(
    console: SessionConsole, repository: SessionRepository, tmp_path: Path
) -> None:
    model = _model_of(console)
    console.add_note("appeared from nowhere")
    console.withdraw(console.snapshot.queue[0].id)

    verdict = verify_and_settle(model, tmp_path / "data", tmp_path / "check", None, killed_at=0.0)

    assert any("nobody acknowledged" in problem for problem in verdict.problems)
    assert any("the queue is" in problem for problem in verdict.problems)


def test_a_running_turn_found_paused_is_reported_unless_a_pause_was_in_doubt(
    console: SessionConsole, clock: FakeClock, tmp_path: Path
) -> None:
    started = console.next_speaker()
    model = _model_of(console)
    model.turns[started.id] = Turn([("run", 0.0, 0.0)])
    model.interventions[started.id] = {
        "state": "running",
        "participant_id": started.participant_id,
        "started_at": started.started_at.isoformat(),
        "ended_at": None,
        "allotted_seconds": started.allotted_seconds,
        "pause_count": 0,
        "banked_speaking_seconds": 0.0,
    }
    clock.advance(3)
    console.toggle_timer()  # paused, but never acknowledged

    unexplained = verify_and_settle(model, tmp_path / "data", tmp_path / "check", None, killed_at=5.0)
    assert unexplained.lost_interventions == 1
    assert any("state is 'paused', not 'running'" in problem for problem in unexplained.problems)

    model.turns[started.id] = Turn([("run", 0.0, 0.0)])
    pending = {"call": 4, "action": "toggle_timer", "t": 4.0, "intervention_id": started.id, "to": "paused"}
    explained = verify_and_settle(model, tmp_path / "data", tmp_path / "check", pending, killed_at=5.0)
    assert explained.problems == []
    assert model.turns[started.id].state == "paused"
    assert model.turns[started.id].speaking_bounds(100.0) == (4.0, 5.0)  # paused between the call and the kill
