"""The speakers' queue: order, priority turns, duplicates, withdraw, move, undo/redo."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from moderator_app.domain import queue as q
from moderator_app.domain.enums import InterventionKind
from moderator_app.domain.queue import QueueEntry, QueueHistory
from moderator_app.domain.text import ValidationError

ORDINARY = InterventionKind.INTERVENTION
POINT_OF_ORDER = InterventionKind.POINT_OF_ORDER
REPLY = InterventionKind.REPLY
ADDED = datetime(2017, 12, 21, 10, 0, tzinfo=UTC)


def entry(entry_id: str, participant_id: str | None = None, kind: InterventionKind = ORDINARY) -> QueueEntry:
    return QueueEntry(entry_id, participant_id or f"p-{entry_id}", kind, ADDED)


def build(*entries: QueueEntry) -> q.Queue:
    queue: q.Queue = ()
    for item in entries:
        queue = q.enqueue(queue, item)
    return queue


def ids(queue: q.Queue) -> list[str]:
    return [e.id for e in queue]


def test_ordinary_requests_are_queued_in_the_order_they_come():
    assert ids(build(entry("a"), entry("b"), entry("c"))) == ["a", "b", "c"]


def test_a_reply_goes_to_the_top_of_the_queue():
    queue = build(entry("a"), entry("b"), entry("r", kind=REPLY))
    assert ids(queue) == ["r", "a", "b"]


def test_a_point_of_order_goes_to_the_top_even_before_replies():
    queue = build(entry("a"), entry("r", kind=REPLY), entry("po", kind=POINT_OF_ORDER))
    assert ids(queue) == ["po", "r", "a"]


def test_priority_turns_of_the_same_kind_keep_first_come_first_served():
    queue = build(
        entry("a"),
        entry("r1", kind=REPLY),
        entry("po1", kind=POINT_OF_ORDER),
        entry("r2", kind=REPLY),
        entry("po2", kind=POINT_OF_ORDER),
        entry("b"),
    )
    assert ids(queue) == ["po1", "po2", "r1", "r2", "a", "b"]


def test_someone_already_waiting_is_not_queued_twice_and_told_their_position():
    queue = build(entry("a"), entry("b", "maria"))
    with pytest.raises(ValidationError, match="position 2") as caught:
        q.enqueue(queue, entry("c", "maria"), participant_name="María José")
    assert "María José" in str(caught.value)


def test_someone_waiting_can_still_raise_a_point_of_order_or_reply():
    queue = build(entry("a", "maria"))
    queue = q.enqueue(queue, entry("po", "maria", POINT_OF_ORDER))
    queue = q.enqueue(queue, entry("r", "maria", REPLY))
    assert ids(queue) == ["po", "r", "a"]


def test_withdrawing_removes_only_that_entry():
    queue = build(entry("a"), entry("b"), entry("c"))
    assert ids(q.withdraw(queue, "b")) == ["a", "c"]


def test_withdrawing_an_entry_that_is_gone_says_so():
    with pytest.raises(ValidationError, match="no longer in the queue"):
        q.withdraw(build(entry("a")), "zzz")


def test_moving_an_entry_puts_it_at_the_new_position():
    queue = build(entry("a"), entry("b"), entry("c"), entry("d"))
    assert ids(q.move(queue, "d", 1)) == ["a", "d", "b", "c"]
    assert ids(q.move(queue, "a", 2)) == ["b", "c", "a", "d"]


def test_moving_beyond_either_end_is_clamped():
    queue = build(entry("a"), entry("b"), entry("c"))
    assert ids(q.move(queue, "a", 99)) == ["b", "c", "a"]
    assert ids(q.move(queue, "c", -5)) == ["c", "a", "b"]


def test_removing_a_participant_drops_all_their_entries():
    queue = build(entry("a", "x"), entry("b", "y"), entry("po", "x", POINT_OF_ORDER))
    assert ids(q.remove_participant(queue, "x")) == ["b"]


def test_undo_and_redo_walk_back_and_forth_through_queue_states():
    history = QueueHistory()
    first = build(entry("a"))
    second = build(entry("a"), entry("b"))
    history = history.record(first)
    current = second
    current, history = history.undo_step(current)
    assert ids(current) == ["a"]
    current, history = history.redo_step(current)
    assert ids(current) == ["a", "b"]


def test_a_new_change_clears_redo():
    history = QueueHistory().record(())
    _, history = history.undo_step(build(entry("a")))
    assert history.redo
    history = history.record(())
    with pytest.raises(ValidationError, match="Nothing to redo"):
        history.redo_step(())


def test_undo_with_nothing_to_undo_says_so():
    with pytest.raises(ValidationError, match="Nothing to undo"):
        QueueHistory().undo_step(())


def test_history_keeps_at_most_its_limit_of_states():
    history = QueueHistory(limit=3)
    for index in range(5):
        history = history.record(build(entry(str(index))))
    assert [ids(state) for state in history.undo] == [["2"], ["3"], ["4"]]


def test_forgetting_an_entry_that_took_the_floor_removes_it_from_undo_and_redo():
    a, b = entry("a"), entry("b")
    history = QueueHistory(undo=((a, b),), redo=((b, a),))
    history = history.forget(entry_id="a")
    assert [ids(s) for s in history.undo] == [["b"]]
    assert [ids(s) for s in history.redo] == [["b"]]


def test_forgetting_a_removed_participant_removes_all_their_entries_from_history():
    history = QueueHistory(undo=((entry("a", "x"), entry("b", "y"), entry("c", "x", REPLY)),))
    history = history.forget(participant_id="x")
    assert [ids(s) for s in history.undo] == [["b"]]


def test_a_state_that_became_the_current_queue_is_not_an_undo_step():
    a = entry("a")
    # "a" was queued (before: empty), then took the floor: forget() leaves an empty state behind.
    history = QueueHistory().record(()).forget(entry_id=a.id)
    assert history.undo == ((),)
    assert not history.can_undo(())
    with pytest.raises(ValidationError, match="Nothing to undo"):
        history.undo_step(())
    # Behind it, a real change is still undone.
    b = entry("b")
    history = QueueHistory().record((b,)).record(()).forget(entry_id=a.id)
    assert history.can_undo(())
    restored, _rest = history.undo_step(())
    assert restored == (b,)
