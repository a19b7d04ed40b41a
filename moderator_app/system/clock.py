"""The real clocks, behind one small interface that tests replace with a fake."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Protocol, runtime_checkable

from moderator_app.domain.clock import Instant
from moderator_app.domain.suspend import SleepReading


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


@runtime_checkable
class SleepAwareClock(Protocol):
    """A clock that can also say how long the machine has slept (to find suspend gaps)."""

    def sleep_reading(self) -> SleepReading: ...


def _asleep_source() -> Callable[[], float] | None:
    # CLOCK_BOOTTIME counts suspended time, CLOCK_MONOTONIC does not: their difference is the
    # time the machine has slept since boot. Other platforms cannot say (see domain/suspend.py).
    boottime = getattr(time, "CLOCK_BOOTTIME", None)
    monotonic = getattr(time, "CLOCK_MONOTONIC", None)
    if boottime is None or monotonic is None:
        return None
    try:
        time.clock_gettime(boottime)
    except OSError:
        return None
    return lambda: time.clock_gettime(boottime) - time.clock_gettime(monotonic)


class SystemClock:
    """A steady clock for durations (never changed by the wall clock), and local wall time for people."""

    def __init__(self) -> None:
        self._boot_id = _read_boot_id()
        self._steady = _monotonic_source()
        self._asleep = _asleep_source()

    def now(self) -> Instant:
        return Instant(self._steady(), datetime.now().astimezone(), self._boot_id)

    def sleep_reading(self) -> SleepReading:
        return SleepReading(self._steady(), self._asleep() if self._asleep else None, self._boot_id)
