"""CPU used by the real app while a speaker's timer runs and nothing else happens.

Prepares a data folder with the largest session and a running intervention, starts
``python -m moderator_app --data-dir DIR`` as its own process (offscreen unless --platform says
otherwise), lets it settle, then reads the process's user + system CPU time from /proc/PID/stat
at the start and end of the measured span. The figure is the share of one core it used.

Usage: python benchmarks/cpu_idle.py [--seconds 20] [--settle 8] [--platform offscreen]
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.common import REPO_ROOT, Figure, cpu_seconds_of, write_figures
from benchmarks.forum_data import write_largest_session
from moderator_app.services.console import SessionConsole
from moderator_app.storage.database import open_database
from moderator_app.storage.repository import SessionRepository
from moderator_app.system.clock import SystemClock
from moderator_app.system.paths import AppPaths
from moderator_app.system.resources import regions

LIMIT_PERCENT = 2.0


def prepare(data_dir: Path) -> None:
    """The largest session, last opened, with someone speaking now (by the real clock)."""
    session_id = write_largest_session(data_dir)
    db = open_database(AppPaths(data_dir).database)
    try:
        console = SessionConsole(SessionRepository(db), SystemClock(), session_id, regions=regions())
        console.give_floor(console.snapshot.participants[7].id, allotted_seconds=3600)
    finally:
        db.close()


def measure(data_dir: Path, seconds: float, settle: float, platform: str) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": platform}
    command = [sys.executable, "-m", "moderator_app", "--data-dir", str(data_dir)]
    process = subprocess.Popen(command, cwd=REPO_ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        time.sleep(settle)
        if process.poll() is not None:
            raise RuntimeError(f"the app exited early ({process.returncode}): {process.stderr.read().decode()[-2000:]}")
        cpu_before, started = cpu_seconds_of(process.pid), time.monotonic()
        time.sleep(seconds)
        cpu_after, elapsed = cpu_seconds_of(process.pid), time.monotonic() - started
    finally:
        process.send_signal(signal.SIGTERM)  # closes the window normally (layout saved, a backup taken)
        try:
            process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            process.kill()
    return 100 * (cpu_after - cpu_before) / elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=20, help="measured span (default 20 s)")
    parser.add_argument("--settle", type=float, default=8, help="wait after starting the app (default 8 s)")
    parser.add_argument("--platform", default="offscreen", help="QT_QPA_PLATFORM for the app (default offscreen)")
    parser.add_argument("--json", type=Path, help="append the figures to this JSON file (for run_all.py)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        prepare(Path(folder))
        percent = measure(Path(folder), args.seconds, args.settle, args.platform)
    print(f"CPU while a timer runs and nothing else happens: {percent:.2f} % of one core over {args.seconds:g} s")
    write_figures(
        args.json,
        [
            Figure(
                "CPU while a timer runs, nothing else",
                percent,
                "% of a core",
                LIMIT_PERCENT,
                "< 2 %",
                detail=f"the real app process, {args.seconds:g} s, QT_QPA_PLATFORM={args.platform}",
            )
        ],
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
