"""The console patches what a command wrote into its snapshot instead of reading whole parts back.

After every kind of live command the patched snapshot must equal a fresh load from the database:
otherwise the window would show something other than what is stored.
"""

from __future__ import annotations

from datetime import timedelta

from moderator_app.domain.balance import BalanceTracker, ReferenceSet
from moderator_app.domain.enums import InterventionKind
from moderator_app.domain.snapshot import merge_interventions
from moderator_app.services.console import SessionConsole
from tests.support import FakeClock

MATTHEW = "7c1d2e5a-2017-4c1d-9e1f-100000000007"  # on the demo roster, not in the queue


def assert_as_stored(console: SessionConsole) -> None:
    fresh = console.repository.load(console.session_id)
    # The balance the console keeps across live commands (only open and new turns counted again)
    # is the one a tracker built from scratch on the stored session gives.
    now = console.clock.now()
    for reference in ReferenceSet:
        rebuilt = BalanceTracker(fresh.participants, fresh.interventions, reference).at(now)
        assert console.balance(now, reference) == rebuilt, reference
    assert console.balance(now) == BalanceTracker(
        fresh.participants, fresh.interventions, ReferenceSet(fresh.session.balance_reference)
    ).at(now)
    assert console.snapshot == fresh
    # Field by field too, so a failure says which part drifted.
    for part in ("session", "participants", "segments", "interventions", "queue", "remote_queue", "notes"):
        assert getattr(console.snapshot, part) == getattr(fresh, part), part


def test_every_live_command_leaves_the_snapshot_equal_to_a_fresh_load(
    console: SessionConsole, clock: FakeClock
) -> None:
    steps = [
        ("start session", console.start_session),
        ("add to queue", lambda: console.enqueue(MATTHEW, InterventionKind.QUESTION)),
        ("reorder", lambda: console.move_entry(console.snapshot.queue[-1].id, 0)),
        ("next speaker", console.next_speaker),
        ("pause", console.toggle_timer),
        ("resume", console.toggle_timer),
        ("more time", lambda: console.adjust_time(30)),
        ("set allotted", lambda: console.set_allotted(240)),
        ("note", lambda: console.add_note("A point on data flows #action")),
        ("next speaker again", console.next_speaker),
        ("withdraw", lambda: console.withdraw(console.snapshot.queue[0].id)),
        ("undo queue", console.undo_queue),
        ("redo queue", console.redo_queue),
        ("floor from the roster", lambda: console.give_floor(MATTHEW)),
        ("end turn", console.end_intervention),
        ("next segment", console.next_segment),
        ("start from the queue", console.next_speaker),
        ("end session", console.end_session),
        ("reopen session", console.reopen_session),
    ]
    for name, step in steps:
        clock.advance(7.5)
        step()
        try:
            assert_as_stored(console)
        except AssertionError as error:
            raise AssertionError(f"after {name}: {error}") from error


def test_remote_requests_and_their_notes_are_patched_as_stored(console: SessionConsole, clock: FakeClock) -> None:
    console.start_session()
    clock.advance(3)
    entry = console.add_remote(name="Remote Person", text="What about <b>data</b> =1+1?", platform="Zoom")
    clock.advance(3)
    console.give_floor(entry.participant_id, from_entry_id=entry.id)  # the request becomes a linked note
    assert_as_stored(console)
    clock.advance(3)
    second = console.add_remote(name="Another Person", text="A question", platform="Zoom")
    console.interleave_remote(second.id)
    assert_as_stored(console)
    clock.advance(3)
    console.next_speaker()
    assert_as_stored(console)


def test_a_clock_set_back_still_keeps_notes_in_stored_order(console: SessionConsole, clock: FakeClock) -> None:
    console.start_session()
    clock.advance(60)
    console.add_note("Taken before the clock was set back")
    clock.wall -= timedelta(minutes=10)  # the wall clock is corrected backwards
    entry = console.add_remote(name="Remote Person", text="Late question", platform="Zoom")
    console.give_floor(entry.participant_id, from_entry_id=entry.id)
    assert_as_stored(console)


def test_merge_replaces_in_place_and_appends_new_turns(console: SessionConsole, clock: FakeClock) -> None:
    console.start_session()
    first = console.give_floor(MATTHEW)
    clock.advance(5)
    second = console.next_speaker()
    before = console.snapshot.interventions
    assert merge_interventions(before, []) is before
    ended_first = before[0]
    merged = merge_interventions(before, [second, ended_first])
    assert [i.id for i in merged] == [first.id, second.id]
    assert merged[1] is second


def test_the_balance_is_counted_again_only_for_open_and_new_turns(console: SessionConsole, clock: FakeClock) -> None:
    console.start_session()
    console.balance()
    tracker = console.balances.tracker
    console.next_speaker()
    clock.advance(40)
    console.balance()
    assert console.balances.tracker is not tracker
    kept = console.balances.tracker[1] if console.balances.tracker else None
    assert kept is not None and kept._by_id is tracker[1]._by_id  # the roster's part was not worked out again
    assert_as_stored(console)
