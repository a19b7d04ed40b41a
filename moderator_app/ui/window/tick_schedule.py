"""When the main window's next timer tick is due: just after the next change of a shown value.

Every clock the window shows counts whole seconds (the running turn's time and what is left of it,
the session clock, the segment clock), so between two whole seconds nothing on screen changes.
Ticking every 100 ms anyway kept a core busy for nothing while a timer ran and nothing else
happened (benchmarks/cpu_idle.py measures the CPU a running timer uses). The tick is now
scheduled for just after the next whole second of each clock that runs, so a digit changes
within a few milliseconds of the clock, not up to 100 ms later.

A tick can still be late: while the GUI thread finishes other work (a refresh, a big paint) the
timer waits. So the window shows the clocks as they will read ``LEAD_MS`` from now and ticks when
that reading crosses a whole second: a tick on time changes the digits ``LEAD_MS`` early, and one
held up by 80 ms of other work changes them 40 ms late instead of 80. Early or late, the digits stay
well within the 100 ms the timer may be off (``benchmarks/timer_truth.py`` measures both ways).
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from datetime import timedelta
from typing import TYPE_CHECKING

from moderator_app.domain.clock import Instant

if TYPE_CHECKING:
    from moderator_app.services.console import LiveReading

#: A tick lands this long after the second it waits for, so the floor of the reading has moved on.
MARGIN_MS = 2
#: The clocks are shown as they read this long from now (see the module's text).
LEAD_MS = 40
#: Never wait longer than this (a clock the schedule does not know of, a wall clock set forward).
LONGEST_MS = 1000
#: While the stage flashes (inverted colours on and off every quarter second), tick at this pace.
FLASH_TICK_MS = 50


def shown_instant(now: Instant) -> Instant:
    """The moment whose clocks the window shows at ``now``: ``LEAD_MS`` later (both clocks move alike)."""
    lead = LEAD_MS / 1000
    return Instant(now.monotonic + lead, now.wall + timedelta(seconds=lead), now.boot_id)


def ms_to_next_second(seconds: float) -> int:
    """Milliseconds until ``seconds`` (a running clock) reaches its next whole second, plus the margin."""
    return math.ceil(round((1.0 - seconds % 1.0) * 1000, 6)) + MARGIN_MS  # 3.4 s: 600 ms, not 601


def next_tick_ms(running_clocks: Iterable[float], *, flashing: bool = False) -> int:
    """The wait before the next tick: the soonest next whole second of the clocks that run now."""
    waits = [ms_to_next_second(seconds) for seconds in running_clocks]
    if flashing:
        waits.append(FLASH_TICK_MS)
    return max(1, min([LONGEST_MS, *waits]))


def tick_wait_ms(reading: LiveReading, *, turn_running: bool, session_running: bool, flashing: bool) -> int:
    """The wait before the next tick for what the window shows at ``reading``."""
    clocks = []
    if turn_running:
        clocks.append(reading.timer.speaking_seconds)
    if session_running:
        clocks.append(reading.progress.session_elapsed_seconds)
        if reading.progress.segment is not None:
            clocks.append(reading.progress.segment_elapsed_seconds)
    return next_tick_ms(clocks, flashing=flashing)
