"""The window ticks just after the next whole second of each running clock, not every 100 ms."""

from __future__ import annotations

import math

from moderator_app.ui.tick_schedule import FLASH_TICK_MS, LONGEST_MS, MARGIN_MS, next_tick_ms


def test_the_tick_waits_for_the_soonest_next_whole_second() -> None:
    assert next_tick_ms([3.4]) == 600 + MARGIN_MS
    assert next_tick_ms([3.4, 10.95]) == 50 + MARGIN_MS  # the session clock changes first
    assert next_tick_ms([7.0]) == LONGEST_MS  # just shown: the next change is a whole second away


def test_nothing_running_waits_at_most_a_second_and_a_flash_ticks_quickly() -> None:
    assert next_tick_ms([]) == LONGEST_MS
    assert next_tick_ms([], flashing=True) == FLASH_TICK_MS
    assert next_tick_ms([0.99999]) >= 1


def test_following_the_schedule_every_shown_second_appears_within_a_few_milliseconds() -> None:
    """Two clocks with different phases, ticking only when scheduled, for ten minutes."""
    turn_start, session_start = 0.0, -123.377  # the session began earlier, at a different phase
    now, ticks, worst = 0.0, 0, 0.0
    shown_turn, shown_session = math.floor(now - turn_start), math.floor(now - session_start)
    while now < 600:
        turn, session = now - turn_start, now - session_start
        # Whatever whole second a clock passed since the last tick, the tick shows it this late.
        for clock, shown in ((turn, shown_turn), (session, shown_session)):
            if math.floor(clock) > shown:
                worst = max(worst, clock - math.floor(clock))
        shown_turn, shown_session = math.floor(turn), math.floor(session)
        now += next_tick_ms([turn, session]) / 1000
        ticks += 1
    assert worst <= (MARGIN_MS + 1) / 1000  # far inside the 100 ms the timer may be off
    assert ticks <= 2 * 600 + 2  # two clocks, about two ticks a second (it was ten)
