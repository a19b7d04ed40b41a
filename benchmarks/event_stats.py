"""Timing `stats --event` over a synthetic forum (benchmarks/forum_data.py).

Prints, in milliseconds (median and max over --runs):
  load       - storage.events.sessions_of_event: the event's sessions, rosters and turns
  compute    - domain.event_stats.event_stats over them
  in-process - both, as `stats --event` does before printing
  process    - `python -m moderator_app stats --event NAME --json` as a whole process (imports included),
               with its peak resident memory

Usage: .venv/bin/python benchmarks/event_stats.py [DATA_DIR] [--scale 1.0] [--runs 5]
Without DATA_DIR a forum of the given scale is generated in a temporary folder first.
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.forum_data import generate
from moderator_app.domain.event_stats import event_stats
from moderator_app.storage.database import open_database
from moderator_app.storage.events import sessions_of_event
from moderator_app.storage.repository import SessionRepository
from moderator_app.system.paths import AppPaths
from tests.support import FakeClock


def timed(action: Callable[[], object], runs: int) -> list[float]:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def report(label: str, samples: list[float], extra: str = "") -> None:
    print(f"{label:10s} median {statistics.median(samples):8.1f} ms   max {max(samples):8.1f} ms{extra}")


def run(data_dir: Path, event: str, runs: int) -> None:
    db = open_database(AppPaths(data_dir).database)
    clock = FakeClock()
    try:
        repository = SessionRepository(db)
        sessions = sessions_of_event(repository, event)
        people = sum(len(p) for _, p, _ in sessions)
        turns = sum(len(list(i)) for _, _, i in sessions)
        print(f"event {event!r}: {len(sessions)} sessions, {people:,} participants, {turns:,} interventions")
        report("load", timed(lambda: sessions_of_event(repository, event), runs))
        report("compute", timed(lambda: event_stats(sessions, clock.now()), runs))
        report("in-process", timed(lambda: event_stats(sessions_of_event(repository, event), clock.now()), runs))
    finally:
        db.close()
    command = [sys.executable, "-m", "moderator_app", "--data-dir", str(data_dir), "stats", "--event", event, "--json"]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL, env=env)
        samples.append((time.perf_counter() - start) * 1000)
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    report("process", samples, f"   peak RSS {peak:.0f} MiB")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data_dir", type=Path, nargs="?", help="a folder written by forum_data.py")
    parser.add_argument("--scale", type=float, default=1.0, help="when generating: fraction of the full forum")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--event", default="IGF 2017")
    args = parser.parse_args()
    print(
        f"machine: {platform.machine()} {platform.processor() or ''} {os.cpu_count()} CPUs,"
        f" Python {platform.python_version()}"
    )
    if args.data_dir is not None:
        run(args.data_dir, args.event, args.runs)
        return 0
    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        counts = generate(Path(folder), scale=args.scale, event=args.event)
        print(
            f"generated (scale {args.scale:g}): {counts['sessions']} sessions,"
            f" {counts['participants']:,} participants, {counts['interventions']:,} interventions,"
            f" {counts['notes']:,} notes in {time.perf_counter() - started:.1f} s"
        )
        run(Path(folder), args.event, args.runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
