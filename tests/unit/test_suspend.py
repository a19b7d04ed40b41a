"""Suspend gaps: a sleep during a running turn is found with injected clocks, and the moderator's answer sticks."""

from __future__ import annotations

from datetime import timedelta, timezone

import pytest

from moderator_app.domain import suspend
from moderator_app.domain.enums import InterventionState
from moderator_app.domain.suspend import GapDecision, SleepReading, sleep_between
from moderator_app.domain.text import ValidationError
from moderator_app.services.console import SessionConsole
from moderator_app.storage.repository import SessionRepository
from moderator_app.system.resources import regions
from tests.support import FakeClock
from tests.unit.test_timer import started

LEA = "7c1d2e5a-2017-4c1d-9e1f-100000000002"
ALBERTO = "7c1d2e5a-2017-4c1d-9e1f-100000000003"


# -- the pure rule -------------------------------------------------------------------------------
def test_sleep_is_the_growth_of_the_sleep_count_not_of_the_steady_clock() -> None:
    before = SleepReading(steady=100.0, asleep=5.0, boot_id="b")
    # 800 s passed on the steady clock, of which 725 s asleep: the process ran for the other 75 s.
    after = SleepReading(steady=900.0, asleep=730.0, boot_id="b")
    assert sleep_between(before, after) == 725.0


def test_a_short_sleep_or_a_busy_process_is_not_a_gap() -> None:
    before = SleepReading(100.0, 0.0, "b")
    assert sleep_between(before, SleepReading(200.0, 29.0, "b")) is None  # under the 30 s threshold
    assert sleep_between(before, SleepReading(500.0, 0.0, "b")) is None  # stalled, but never asleep


def test_without_a_sleep_count_a_leap_of_the_steady_clock_between_ticks_is_the_sign() -> None:
    before = SleepReading(100.0, None, "b")
    assert sleep_between(before, SleepReading(101.0, None, "b")) is None
    assert sleep_between(before, SleepReading(400.0, None, "b")) == 300.0


def test_a_reboot_between_readings_is_not_a_gap() -> None:
    assert sleep_between(SleepReading(100.0, 0.0, "b1"), SleepReading(5.0, 0.0, "b2")) is None


def test_discount_moves_the_sleep_from_speaking_to_paused_time_and_the_turn_runs_on(clock: FakeClock) -> None:
    turn = started(clock)
    clock.advance(60)
    clock.suspend(600)
    changed = suspend.discount(turn, 600, clock.now())
    assert changed.speaking_seconds(clock.now()) == pytest.approx(60)
    assert changed.paused_seconds(clock.now()) == 600
    assert changed.state is InterventionState.RUNNING
    clock.advance(10)
    assert changed.speaking_seconds(clock.now()) == pytest.approx(70)
    assert suspend.recount(changed, 600).speaking_seconds(clock.now()) == pytest.approx(670)


def test_discount_longer_than_the_speaking_time_is_refused(clock: FakeClock) -> None:
    turn = started(clock)
    clock.advance(20)
    with pytest.raises(ValidationError, match="longer than this turn's speaking time"):
        suspend.discount(turn, 600, clock.now())


# -- the console -------------------------------------------------------------------------------
def _speaking(console: SessionConsole) -> float:
    reading = console.reading()
    return reading.timer.speaking_seconds


def _asleep_mid_turn(console: SessionConsole, clock: FakeClock, seconds: float = 725) -> suspend.SuspendGap:
    console.give_floor(LEA)
    console.watch_for_sleep()
    clock.advance(40)
    assert console.watch_for_sleep() is None
    clock.suspend(seconds)
    gap = console.watch_for_sleep()
    assert gap is not None
    return gap


def test_a_sleep_during_a_running_turn_is_recorded_with_its_length(console: SessionConsole, clock: FakeClock) -> None:
    gap = _asleep_mid_turn(console, clock)
    assert gap.seconds == 725
    assert gap.decision is GapDecision.PENDING
    assert gap.intervention_id == console.snapshot.current_intervention.id
    assert console.pending_suspend_gaps() == [gap]
    assert _speaking(console) == pytest.approx(765)  # until the moderator decides, the sleep counts
    assert console.watch_for_sleep() is None  # found once, not on every tick after


def test_no_question_when_nobody_was_speaking_or_the_turn_was_paused(console: SessionConsole, clock: FakeClock) -> None:
    console.watch_for_sleep()
    clock.suspend(900)
    assert console.watch_for_sleep() is None  # nobody had the floor
    console.give_floor(LEA)
    console.toggle_timer()  # paused
    console.watch_for_sleep()
    clock.suspend(900)
    assert console.watch_for_sleep() is None
    assert console.pending_suspend_gaps() == []


def test_dont_count_takes_the_sleep_off_the_turn_and_it_is_committed(
    console: SessionConsole, clock: FakeClock, repository: SessionRepository
) -> None:
    gap = _asleep_mid_turn(console, clock)
    decided = console.discount_suspend_gap(gap.id)
    assert decided.decision is GapDecision.REMOVED
    assert _speaking(console) == pytest.approx(40)
    clock.advance(5)
    assert _speaking(console) == pytest.approx(45)  # the turn runs on
    # What a restart finds: the same time, and nothing left to ask.
    again = SessionConsole(repository, clock, console.session_id, regions=regions())
    assert again.reading().timer.speaking_seconds == pytest.approx(45)
    assert again.snapshot.current_intervention.state is InterventionState.RUNNING
    assert again.pending_suspend_gaps() == []


def test_keep_it_leaves_the_time_and_is_not_asked_again_after_a_restart(
    console: SessionConsole, clock: FakeClock, repository: SessionRepository
) -> None:
    gap = _asleep_mid_turn(console, clock)
    console.keep_suspend_gap(gap.id)
    assert _speaking(console) == pytest.approx(765)
    again = SessionConsole(repository, clock, console.session_id, regions=regions())
    assert again.pending_suspend_gaps() == []
    assert [g.decision for g in again.suspend_gaps()] == [GapDecision.KEPT]


def test_an_undecided_gap_is_asked_again_after_a_restart(
    console: SessionConsole, clock: FakeClock, repository: SessionRepository
) -> None:
    gap = _asleep_mid_turn(console, clock)
    again = SessionConsole(repository, clock, console.session_id, regions=regions())
    assert again.pending_suspend_gaps() == [gap]


def test_undo_puts_the_time_back_and_asks_again(console: SessionConsole, clock: FakeClock) -> None:
    gap = _asleep_mid_turn(console, clock)
    console.discount_suspend_gap(gap.id)
    undone = console.undo_suspend_decision(gap.id)
    assert undone.decision is GapDecision.PENDING
    assert _speaking(console) == pytest.approx(765)
    assert console.pending_suspend_gaps() == [undone]


def test_a_decision_cannot_be_taken_twice(console: SessionConsole, clock: FakeClock) -> None:
    gap = _asleep_mid_turn(console, clock)
    console.discount_suspend_gap(gap.id)
    with pytest.raises(ValidationError, match="already been decided"):
        console.discount_suspend_gap(gap.id)
    assert _speaking(console) == pytest.approx(40)  # not taken off twice
    with pytest.raises(ValidationError, match="not recorded"):
        console.keep_suspend_gap("no-such-gap")


def test_the_decision_applies_to_the_sleepy_turn_even_after_the_next_speaker_started(
    console: SessionConsole, clock: FakeClock
) -> None:
    gap = _asleep_mid_turn(console, clock)
    clock.advance(20)
    console.give_floor(ALBERTO)  # the moderator carried on before answering
    console.discount_suspend_gap(gap.id)
    lea_turn = next(i for i in console.snapshot.interventions if i.id == gap.intervention_id)
    assert lea_turn.speaking_seconds_at_end == pytest.approx(60)
    assert lea_turn.banked_paused_seconds == pytest.approx(725)
    assert console.snapshot.current_intervention.participant_id == ALBERTO


def test_a_time_zone_change_during_a_turn_keeps_its_speaking_time(console: SessionConsole, clock: FakeClock) -> None:
    console.give_floor(LEA)
    clock.advance(90)
    clock.wall = clock.wall.astimezone(timezone(timedelta(hours=-5)))  # flew across the Atlantic, laptop open
    clock.jump_wall(-3600)  # and NTP corrected the clock by an hour
    assert _speaking(console) == pytest.approx(90)
    assert console.watch_for_sleep() is None
