"""Instants that pair a monotonic reading with wall time, and the seconds between two of them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True, slots=True)
class Instant:
    """One moment as seen by both clocks.

    ``monotonic`` never jumps when the wall clock is changed (NTP, time zone, a user
    setting the time) but only compares within one boot, which ``boot_id`` names.
    ``wall`` is timezone-aware and is what people read and what reports print.
    """

    monotonic: float
    wall: datetime
    boot_id: str

    def __post_init__(self) -> None:
        if self.wall.tzinfo is None:
            raise ValueError("Instant.wall must be timezone-aware")


def seconds_between(start: Instant, end: Instant) -> float:
    """Seconds elapsed from ``start`` to ``end``, never negative.

    Within one boot the monotonic clock is authoritative, so a wall-clock change
    between the two instants does not change the result. Across a reboot the
    monotonic clock restarts, and only wall time can bridge the gap.
    """
    if start.boot_id == end.boot_id and end.monotonic >= start.monotonic:
        return end.monotonic - start.monotonic
    return max(0.0, (end.wall - start.wall).total_seconds())
