"""What counting every commit costs (storage/commit_mark.py): a note saved with the count and its mark, and without.

The console saves notes into a real library (WAL, synchronous=FULL) in interleaved rounds, one with
the library's commit marker and one with it switched off, so both meet the same machine load.
Prints the median and p90 time of a note's save in each, and the difference.

Usage: python benchmarks/commit_mark.py [--rounds 10] [--notes 200]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from moderator_app.services.console import SessionConsole
from moderator_app.services.sessions import ensure_demo
from moderator_app.storage.database import open_database
from moderator_app.storage.repository import SessionRepository
from moderator_app.system.resources import regions
from tests.support import FakeClock


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--notes", type=int, default=200)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(Path(folder) / "moderator.db")
        repository = SessionRepository(db)
        clock = FakeClock()
        console = SessionConsole(repository, clock, ensure_demo(repository, clock), regions=regions())
        marker = db.commit_marker
        times: dict[bool, list[float]] = {True: [], False: []}
        for round_number in range(args.rounds):
            for counted in (round_number % 2 == 0, round_number % 2 == 1):
                db.commit_marker = marker if counted else None
                for number in range(args.notes):
                    started = time.perf_counter()
                    console.add_note(f"round {round_number} note {number}")
                    times[counted].append((time.perf_counter() - started) * 1000)
        db.commit_marker = marker
        db.close()
    for counted, label in ((True, "note saved, commits counted"), (False, "note saved, not counted")):
        values = sorted(times[counted])
        p90 = values[int(len(values) * 0.9)]
        print(f"{label:<30} median {statistics.median(values):6.3f} ms   p90 {p90:6.3f} ms   ({len(values)} saves)")
    difference = statistics.median(times[True]) - statistics.median(times[False])
    print(f"{'cost of counting (median)':<30} {difference:+6.3f} ms a commit")
    return 0


if __name__ == "__main__":
    sys.exit(main())
