"""The real clocks, behind one small interface that tests replace with a fake."""

from __future__ import annotations

import time
from datetime import datetime
from pathlib import Path
from typing import Protocol

from moderator_app.domain.clock import Instant


class Clock(Protocol):
    def now(self) -> Instant: ...


def _read_boot_id() -> str:
    # Linux names each boot; elsewhere the monotonic clock's reference is not
    # known to survive, so an id per process start keeps comparisons honest
    # (the timer then bridges restarts with wall time only).
    try:
        return Path("/proc/sys/kernel/random/boot_id").read_text().strip()
    except OSError:
        return f"process-{time.time_ns()}"


class SystemClock:
    """time.monotonic() for durations, local timezone-aware wall time for people."""

    def __init__(self) -> None:
        self._boot_id = _read_boot_id()

    def now(self) -> Instant:
        return Instant(time.monotonic(), datetime.now().astimezone(), self._boot_id)
