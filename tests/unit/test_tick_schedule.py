"""The window ticks just after the next whole second of each running clock, not every 100 ms."""

from __future__ import annotations

import math
import random

from moderator_app.ui.window.tick_schedule import FLASH_TICK_MS, LEAD_MS, LONGEST_MS, MARGIN_MS, next_tick_ms


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


def test_showing_the_clock_a_little_ahead_halves_the_error_of_a_tick_held_up_by_other_work() -> None:
    """Ticks that wait up to 80 ms for the GUI thread: shown ahead, the digits are never more than 42 ms off."""
    rng = random.Random(9)
    now, shown, worst_early, worst_late = 0.0, 0, 0.0, 0.0
    while now < 600:
        ahead = now + LEAD_MS / 1000  # what the window shows at this tick
        if math.floor(ahead) > shown:
            # The new value appears at ``now``; the clock reaches it at floor(ahead).
            boundary = math.floor(ahead)
            worst_early = max(worst_early, boundary - now)
            worst_late = max(worst_late, now - boundary)
            shown = math.floor(ahead)
        late = rng.uniform(0, 0.080)  # other work holds the timer up
        now += next_tick_ms([ahead]) / 1000 + late
    assert LEAD_MS / 1000 - (MARGIN_MS + 1) / 1000 <= worst_early <= LEAD_MS / 1000
    assert worst_late <= 0.080 - LEAD_MS / 1000 + (MARGIN_MS + 1) / 1000
    assert max(worst_early, worst_late) < 0.080  # without the lead the worst would be the whole 80 ms
