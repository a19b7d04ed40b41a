"""Report exports for the largest session: Markdown, HTML, PDF and DOCX, each end to end.

Each export is timed as the report window's worker runs it (moderator_app/ui/report/export.py):
the report is built from the database (the session, the rapporteur's edits, the drafts from 3,000
notes), then written atomically in the format (charts drawn for HTML, PDF and DOCX). Median and
max over --runs, with the file's size.

Usage: QT_QPA_PLATFORM=offscreen python benchmarks/reports.py [--runs 3]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.common import Figure, write_figures
from benchmarks.forum_data import write_largest_session
from benchmarks.live import timed_wall_cpu_ms
from moderator_app.reports.charts import ensure_app
from moderator_app.reports.templates import user_templates_dir
from moderator_app.services.reports import export_report, report_of
from moderator_app.storage.database import open_database
from moderator_app.storage.reports import ReportRepository
from moderator_app.storage.repository import SessionRepository
from moderator_app.system.paths import AppPaths
from tests.support import FakeClock

LIMITS_SECONDS = {"md": 0.3, "html": 0.3, "pdf": 2.0, "docx": 2.0}
NAMES = {"md": "Markdown", "html": "HTML", "pdf": "PDF", "docx": "DOCX"}


def run(runs: int, template: str) -> dict[str, tuple[list[float], list[float], int]]:
    ensure_app()
    results: dict[str, tuple[list[float], list[float], int]] = {}
    with tempfile.TemporaryDirectory() as folder:
        data_dir = Path(folder)
        session_id = write_largest_session(data_dir)
        paths = AppPaths(data_dir)
        db = open_database(paths.database)
        drafts = ReportRepository(db)
        clock = FakeClock()
        try:
            for fmt in LIMITS_SECONDS:
                target = data_dir / f"report.{fmt}"

                def export(fmt: str = fmt, target: Path = target) -> None:
                    snapshot = SessionRepository(db).load(session_id)
                    report = report_of(snapshot, drafts, template, user_templates_dir(data_dir), clock.now())
                    export_report(report, fmt, target)

                timings = [timed_wall_cpu_ms(export) for _ in range(runs)]
                results[fmt] = ([wall for wall, _ in timings], [cpu for _, cpu in timings], target.stat().st_size)
        finally:
            db.close()
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--template", default="igf-workshop")
    parser.add_argument("--json", type=Path, help="append the figures to this JSON file (for run_all.py)")
    args = parser.parse_args()
    figures = []
    for fmt, (samples, cpu, size) in run(args.runs, args.template).items():
        median_s = statistics.median(samples) / 1000
        cpu_s = statistics.median(cpu) / 1000
        print(
            f"{NAMES[fmt]:9s} median {median_s:6.2f} s   max {max(samples) / 1000:6.2f} s   CPU {cpu_s:6.2f} s"
            f"   {size / 1024:7.0f} KiB"
        )
        limit = LIMITS_SECONDS[fmt]
        figures.append(
            Figure(
                f"report export: {NAMES[fmt]}",
                median_s,
                "s",
                limit,
                f"< {limit:g} s",
                detail=f"CPU {cpu_s:.2f} s; {size / 1024:.0f} KiB",
            )
        )
    write_figures(args.json, figures)
    return 0


if __name__ == "__main__":
    sys.exit(main())
