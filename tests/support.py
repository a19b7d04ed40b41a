"""Test helpers: a fake clock that tests move by hand, and small builders."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from moderator_app.domain.clock import Instant
from moderator_app.domain.suspend import SleepReading


class FakeClock:
    """A clock that only moves when told: advance both clocks, jump the wall clock, or reboot."""

    def __init__(self, wall: datetime | None = None, monotonic: float = 1000.0, boot_id: str = "boot-1") -> None:
        self.wall = wall or datetime(2017, 12, 21, 10, 0, tzinfo=UTC)
        self.monotonic = monotonic
        self.boot_id = boot_id

    def now(self) -> Instant:
        return Instant(self.monotonic, self.wall, self.boot_id)

    #: Seconds the fake machine has slept since its boot (what CLOCK_BOOTTIME - CLOCK_MONOTONIC tells).
    asleep: float = 0.0

    def sleep_reading(self) -> SleepReading:
        return SleepReading(self.monotonic, self.asleep, self.boot_id)

    def suspend(self, seconds: float) -> None:
        """The lid is closed: the steady and wall clocks move on, and so does the sleep count."""
        self.advance(seconds)
        self.asleep += seconds

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


#: Made-up details for the demo's speakers, for tests only: the built-in demo states only what the
#: public proposal states, and tests of balance and regions need groups, genders and countries.
TEST_DETAILS = {
    "7c1d2e5a-2017-4c1d-9e1f-100000000002": ("civil_society", "woman", "GB", "Global Partners Digital"),
    "7c1d2e5a-2017-4c1d-9e1f-100000000003": ("government", "man", "ES", ""),
    "7c1d2e5a-2017-4c1d-9e1f-100000000004": ("government", "man", "US", ""),
    "7c1d2e5a-2017-4c1d-9e1f-100000000005": (None, "man", "", ""),
    "7c1d2e5a-2017-4c1d-9e1f-100000000006": ("private_sector", "woman", "", "Microsoft"),
    "7c1d2e5a-2017-4c1d-9e1f-100000000007": ("civil_society", "man", "", "Global Partners Digital"),
    "7c1d2e5a-2017-4c1d-9e1f-100000000001": ("intergovernmental_organization", "woman", "", None),
    "7c1d2e5a-2017-4c1d-9e1f-100000000008": ("intergovernmental_organization", "woman", "", None),
}


def fill_in_test_details(console) -> None:  # type: ignore[no-untyped-def]
    """Give the demo's people groups, genders and countries, as a moderator would at the venue."""
    from dataclasses import replace

    from moderator_app.domain.session import draft_from

    for participant_id, (group, gender, country, affiliation) in TEST_DETAILS.items():
        participant = console.snapshot.participant(participant_id)
        draft = replace(draft_from(participant), stakeholder_group=group, gender=gender, country=country)
        if affiliation is not None:
            draft = replace(draft, affiliation=affiliation)
        console.update_participant(participant_id, draft)


def demo_console(data_dir, clock):  # type: ignore[no-untyped-def]
    """A real console on the built-in demo session in a new data folder, with the test details filled in.

    Returns (db, console); the caller closes db.
    """
    from moderator_app.services.console import SessionConsole
    from moderator_app.services.sessions import ensure_demo
    from moderator_app.storage.database import open_database
    from moderator_app.storage.repository import SessionRepository
    from moderator_app.system.paths import AppPaths
    from moderator_app.system.resources import regions

    paths = AppPaths(data_dir)
    db = open_database(paths.database, backup_dir=paths.backups)
    repository = SessionRepository(db)
    console = SessionConsole(repository, clock, ensure_demo(repository, clock), regions=regions())
    fill_in_test_details(console)
    return db, console


def require_tools(*names: str, package: str) -> None:
    """Fail, naming the Debian package to install, when a tool a test reads the app's output with is missing.

    A skip would let a regression the test guards pass unseen; the project's machines have these tools
    and .ci/run installs them when they are missing.
    """
    missing = [name for name in names if shutil.which(name) is None]
    assert not missing, f"{', '.join(missing)} not found: install the Debian package {package} (.ci/run does)"


def mount_small_tmpfs(folder: Path, size: str) -> None:
    """Mount a tmpfs of ``size`` ("64k") on ``folder``: a real, small file system to fill up.

    Skipped where only a true difference stops it (not Linux, or not root: only root may mount);
    on the project's machines (Debian, as root) a missing ``mount`` or a refused mount is a failure.
    """
    if sys.platform != "linux" or os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root on Linux")
    require_tools("mount", package="mount")
    made = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)], capture_output=True)
    assert made.returncode == 0, (
        f"cannot mount a tmpfs on {folder}: {made.stderr.decode(errors='replace').strip()} "
        "(as root on Linux this works; a container needs the right to mount, CAP_SYS_ADMIN)"
    )


def make_folder_full(folder: Path, monkeypatch: Any) -> None:
    """Every temporary file made in ``folder`` is /dev/full from then on: each write fails with ENOSPC,
    as on a full disk (Linux; a test that needs it skips elsewhere)."""
    import tempfile

    if not os.path.exists("/dev/full"):
        pytest.skip("needs /dev/full (Linux)")
    real_mkstemp = tempfile.mkstemp

    def mkstemp_on_a_full_disk(*args: Any, **kwargs: Any) -> tuple[int, str]:
        handle, name = real_mkstemp(*args, **kwargs)
        if Path(name).parent != folder:
            return handle, name
        os.close(handle)
        os.unlink(name)
        os.symlink("/dev/full", name)  # every write: ENOSPC from the kernel
        return os.open(name, os.O_WRONLY), name

    monkeypatch.setattr(tempfile, "mkstemp", mkstemp_on_a_full_disk)


def stored_report(db, session_id, template_name, user_templates_dir, now, **options):  # type: ignore[no-untyped-def]
    """The report of the session as stored in ``db``, as ``Library.report_for`` builds it."""
    from moderator_app.services.reports import report_of
    from moderator_app.storage.reports import ReportRepository
    from moderator_app.storage.repository import SessionRepository

    snapshot = SessionRepository(db).load(session_id)
    return report_of(snapshot, ReportRepository(db), template_name, user_templates_dir, now, **options)


def proposed_by_name(result):  # type: ignore[no-untyped-def]
    """The people a session-page import offers, by the name it read."""
    return {p.draft.name: p for p in result.participants}
