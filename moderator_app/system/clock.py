"""The real clocks, behind one small interface that tests replace with a fake."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime, timedelta
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


class HostTimeClock:
    """A laptop's clock read on the sharing host's time (see :func:`on_host_time`)."""

    def __init__(self, base: Clock) -> None:
        self._base = base
        #: The host's time minus this laptop's, as the link last measured it (0 when not joined).
        self.offset_seconds = 0.0

    def now(self) -> Instant:
        instant = self._base.now()
        return Instant(instant.monotonic, instant.wall + timedelta(seconds=self.offset_seconds), instant.boot_id)


class _SleepAwareHostTimeClock(HostTimeClock):
    def __init__(self, base: Clock, sleeping: SleepAwareClock) -> None:
        super().__init__(base)
        self._sleeping = sleeping

    def sleep_reading(self) -> SleepReading:
        return self._sleeping.sleep_reading()


def on_host_time(base: Clock) -> HostTimeClock:
    """``base`` read on the time of the laptop that shares the session: its wall time moved by
    ``offset_seconds``, which the link sets when it has measured the offset to the host (0 before,
    and when this laptop shares or works alone).

    Laptops' clocks differ by seconds. A turn started on the host carries the host's instant; another
    laptop measures it from its own boot with wall time only, so its wall time must be the host's
    for the timer to read what the host's reads. The monotonic reading and the boot id stay this
    laptop's own: durations between its own instants are still immune to wall-clock changes.
    """
    if isinstance(base, SleepAwareClock):
        return _SleepAwareHostTimeClock(base, base)
    return HostTimeClock(base)
