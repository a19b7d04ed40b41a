"""The real clocks, behind one small interface that tests replace with a fake."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Protocol

from moderator_app.domain.clock import Instant


class Clock(Protocol):
    """Anything that can say what time it is now (the system, or a test's fake)."""

    def now(self) -> Instant: ...


def _read_boot_id() -> str:
    # Linux names each boot; elsewhere the monotonic clock's reference is not
    # known to survive, so an id per process start keeps comparisons honest
    # (the timer then bridges restarts with wall time only).
    try:
        return Path("/proc/sys/kernel/random/boot_id").read_text().strip()
    except OSError:
        return f"process-{time.time_ns()}"


def _monotonic_source() -> Callable[[], float]:
    # CLOCK_BOOTTIME (Linux) is monotonic and keeps counting while the laptop is suspended:
    # a lid closed over a coffee break must not shorten the session clock. Elsewhere
    # time.monotonic() is the best steady clock there is.
    boottime = getattr(time, "CLOCK_BOOTTIME", None)
    if boottime is not None:
        try:
            time.clock_gettime(boottime)
            return lambda: time.clock_gettime(boottime)
        except OSError:
            pass
    return time.monotonic


class SystemClock:
    """A steady clock for durations (never changed by the wall clock), and local wall time for people."""

    def __init__(self) -> None:
        self._boot_id = _read_boot_id()
        self._steady = _monotonic_source()

    def now(self) -> Instant:
        return Instant(self._steady(), datetime.now().astimezone(), self._boot_id)
