"""Test helpers: a fake clock that tests move by hand, and small builders."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from moderator_app.domain.clock import Instant


class FakeClock:
    """A clock that only moves when told: advance both clocks, jump the wall clock, or reboot."""

    def __init__(self, wall: datetime | None = None, monotonic: float = 1000.0, boot_id: str = "boot-1") -> None:
        self.wall = wall or datetime(2017, 12, 21, 10, 0, tzinfo=UTC)
        self.monotonic = monotonic
        self.boot_id = boot_id

    def now(self) -> Instant:
        return Instant(self.monotonic, self.wall, self.boot_id)

    def advance(self, seconds: float) -> None:
        """Real time passes: both clocks move together."""
        self.monotonic += seconds
        self.wall += timedelta(seconds=seconds)

    def jump_wall(self, seconds: float) -> None:
        """Someone (NTP, a time-zone change, a user) moves the wall clock; monotonic time does not move."""
        self.wall += timedelta(seconds=seconds)

    def reboot(self, *, downtime: float = 60.0, boot_id: str = "boot-2") -> None:
        """The machine restarts: the monotonic clock starts again near zero under a new boot id."""
        self.wall += timedelta(seconds=downtime)
        self.monotonic = 5.0
        self.boot_id = boot_id
