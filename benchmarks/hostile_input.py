"""What the hostile-input checks cost: refusing oversized and deeply nested files, and importing a big real one.

Prints, in milliseconds (median of --runs):
- refusing a session file just over 50 MiB (sparse, so the disk is not filled): it must not be read;
- refusing JSON nested 200,000 deep;
- reading, checking and storing a big legitimate session file (200 participants, 1,000 interventions,
  3,000 notes, built through the real console as benchmarks/backup.py does), and its size;
- reading and checking a roster of 20,000 rows (the most a roster may have);
- reading a proposal whose "Session Format:" line is 1 MiB of separators (this once took seconds per
  few thousand characters: a regular expression that backtracked).

Usage: QT_QPA_PLATFORM=offscreen python benchmarks/hostile_input.py [--runs 5]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks import report_pdf
from moderator_app.importers.proposal import parse_proposal
from moderator_app.services.console import SessionConsole
from moderator_app.services.imports import read_roster
from moderator_app.services.sessions import ensure_demo, export_file, import_session_file
from moderator_app.storage.database import open_database
from moderator_app.storage.repository import SessionRepository
from moderator_app.storage.session_file import MAX_FILE_BYTES, SessionFileError, read_document
from moderator_app.system.paths import AppPaths
from moderator_app.system.resources import regions
from tests.support import FakeClock


def median_ms(action: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def refused(path: Path) -> None:
    try:
        read_document(path)
    except SessionFileError:
        return
    raise SystemExit(f"{path} was not refused")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        huge = folder / "huge.json"
        with huge.open("wb") as stream:
            stream.truncate(MAX_FILE_BYTES + 1)
        deep = folder / "deep.json"
        deep.write_text("[" * 200_000 + "]" * 200_000)
        print(f"refuse a file over 50 MiB       {median_ms(lambda: refused(huge), args.runs):8.2f} ms")
        print(f"refuse JSON nested 200,000 deep {median_ms(lambda: refused(deep), args.runs):8.2f} ms")

        report_pdf.INTERVENTIONS = 1000
        source = AppPaths(folder / "source")
        db = open_database(source.database)
        repository = SessionRepository(db)
        clock = FakeClock()
        console = SessionConsole(repository, clock, ensure_demo(repository, clock), regions=regions())
        report_pdf.build(console, clock)
        big = export_file(repository, console.session_id, folder / "big.json", clock)
        db.close()
        targets = iter(range(args.runs))

        def import_big() -> None:
            target = open_database(folder / f"target-{next(targets)}" / "moderator.db")
            try:
                import_session_file(SessionRepository(target), big, clock)
            finally:
                target.close()

        print(
            f"import a {big.stat().st_size / 1024 / 1024:.1f} MiB session file "
            f"{median_ms(import_big, args.runs):8.1f} ms (read, check, store)"
        )
        roster = folder / "roster.csv"
        rows = "".join(f"Person {n},Org {n},F,France,Civil society\n" for n in range(20_000))
        roster.write_text("Name,Organisation,Gender,Country,Stakeholder group\n" + rows, encoding="utf-8")
        print(
            f"read a 20,000-row roster ({roster.stat().st_size / 1024 / 1024:.1f} MiB) "
            f"{median_ms(lambda: read_roster(roster), args.runs):8.1f} ms"
        )
        proposal = "A title\nSession Format: " + ", (" * 350_000 + "x 90 min\n"
        took = median_ms(lambda: parse_proposal(proposal), args.runs)
        print(f"read a proposal with a 1 MiB format line {took:8.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
