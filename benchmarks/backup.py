"""Time of an automatic backup for a big session: 200 participants, 1,000 interventions, 3,000 notes.

Builds the session through the real console service (as benchmarks/report_pdf.py does, with twice
the interventions), then times what the window does on its 5-minute timer: the change check alone
(nothing changed, no file written), and a full backup (VACUUM INTO, fsync, rename) plus thinning.

Usage: QT_QPA_PLATFORM=offscreen python benchmarks/backup.py [--runs 5]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks import report_pdf
from moderator_app.services.console import SessionConsole
from moderator_app.services.sessions import ensure_demo
from moderator_app.storage.backups import take_backup, thin_folder
from moderator_app.storage.database import open_database
from moderator_app.storage.repository import SessionRepository
from moderator_app.system.paths import AppPaths
from moderator_app.system.resources import regions
from tests.support import FakeClock


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    report_pdf.INTERVENTIONS = 1000
    with tempfile.TemporaryDirectory() as folder:
        paths = AppPaths(Path(folder))
        db = open_database(paths.database)
        repository = SessionRepository(db)
        clock = FakeClock()
        console = SessionConsole(repository, clock, ensure_demo(repository, clock), regions=regions())
        report_pdf.build(console, clock)
        snapshot = console.snapshot
        print(
            f"session: {len(snapshot.participants)} participants, {len(snapshot.interventions)} interventions, "
            f"{len(snapshot.notes)} notes; database {paths.database.stat().st_size / 1024:.0f} KiB"
        )
        full, check = [], []
        for run in range(args.runs):
            console.add_note(f"change {run}")
            now = clock.now().wall + timedelta(minutes=5 * run)
            t0 = time.perf_counter()
            taken = take_backup(db, paths.backups, now, reason="timer")
            thin_folder(paths.backups, now)
            t1 = time.perf_counter()
            assert taken is not None
            assert take_backup(db, paths.backups, now, reason="timer") is None
            t2 = time.perf_counter()
            full.append(t1 - t0)
            check.append(t2 - t1)
        size = taken.stat().st_size
        db.close()
    print(f"backup + thin  median {statistics.median(full) * 1000:6.1f} ms   max {max(full) * 1000:6.1f} ms")
    print(f"unchanged check median {statistics.median(check) * 1000:6.1f} ms   max {max(check) * 1000:6.1f} ms")
    print(f"backup file {size / 1024:.0f} KiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
