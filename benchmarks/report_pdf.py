"""Time of a PDF report export for a big session: 200 participants, 500 interventions, 3,000 notes.

Builds the session through the real console service (every action committed), then times the
export end to end as the window and the CLI run it: build the report from the database, draw the
charts, render the HTML template, lay out and write the PDF. Prints seconds per step and pages.

Usage: QT_QPA_PLATFORM=offscreen python benchmarks/report_pdf.py [--runs 3] [--template igf-workshop]
"""

from __future__ import annotations

import argparse
import os
import random
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from moderator_app.domain.enums import InterventionKind, StakeholderGroup
from moderator_app.domain.notes import NoteTag
from moderator_app.domain.session import ParticipantDraft
from moderator_app.reports.charts import charts_for, ensure_app
from moderator_app.reports.pdf import write_pdf
from moderator_app.reports.templates import user_templates_dir
from moderator_app.reports.text import render_html
from moderator_app.services.console import SessionConsole
from moderator_app.services.reports import report_of
from moderator_app.services.sessions import ensure_demo
from moderator_app.storage.database import open_database
from moderator_app.storage.reports import ReportRepository
from moderator_app.storage.repository import SessionRepository
from moderator_app.system.paths import AppPaths
from moderator_app.system.resources import regions
from tests.support import FakeClock

PARTICIPANTS = 200
INTERVENTIONS = 500
NOTES = 3000
NAMES = ["Participant", "ليلى حسن", "王小明", "José Muñoz"]


def build(console: SessionConsole, clock: FakeClock) -> None:
    """A forum-sized session: people in every group, turns of 20-200 s, six notes per turn."""
    rng = random.Random(2017)
    groups = [g.value for g in StakeholderGroup] + [None]
    genders = ["woman", "man", "non_binary", None]
    codes = sorted(regions())
    for n in range(PARTICIPANTS - len(console.snapshot.participants)):
        console.add_participant(
            ParticipantDraft(
                name=f"{NAMES[n % len(NAMES)]} {n:03d}",
                stakeholder_group=rng.choice(groups),
                gender=rng.choice(genders),
                country=rng.choice([*codes, ""]),
                roles=("speaker",) if n % 4 == 0 else ("participant",),
                attendance=rng.choice(["onsite", "onsite", "remote"]),
            )
        )
    everyone = [p.id for p in console.snapshot.participants]
    tags = [t.value for t in NoteTag]
    notes_per_turn = NOTES // INTERVENTIONS
    for n in range(INTERVENTIONS):
        kind = InterventionKind.QUESTION if n % 7 == 0 else InterventionKind.INTERVENTION
        console.give_floor(rng.choice(everyone), kind)
        for k in range(notes_per_turn):
            clock.advance(rng.uniform(3, 30))
            console.add_note(
                f"Point {n}.{k}: {NAMES[(n + k) % len(NAMES)]} on data flows, costs and who decides",
                [rng.choice(tags)] if k % 2 == 0 else [],
            )
    console.end_intervention()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--template", default="igf-workshop")
    args = parser.parse_args()
    ensure_app()
    with tempfile.TemporaryDirectory() as folder:
        paths = AppPaths(Path(folder))
        db = open_database(paths.database)
        repository = SessionRepository(db)
        drafts = ReportRepository(db)
        clock = FakeClock()
        session_id = ensure_demo(repository, clock)
        console = SessionConsole(repository, clock, session_id, regions=regions())
        started = time.perf_counter()
        build(console, clock)
        snapshot = console.snapshot
        print(
            f"session: {len(snapshot.participants)} participants, {len(snapshot.interventions)} interventions, "
            f"{len(snapshot.notes)} notes; "
            f"built in {time.perf_counter() - started:.1f} s"
        )
        steps: dict[str, list[float]] = {"report": [], "charts": [], "html": [], "pdf": [], "total": []}
        pages = 0
        target = Path(folder) / "report.pdf"
        for _ in range(args.runs):
            t0 = time.perf_counter()
            stored = repository.load(session_id)
            report = report_of(stored, drafts, args.template, user_templates_dir(paths.data_dir), clock.now())
            t1 = time.perf_counter()
            charts = charts_for(report)
            t2 = time.perf_counter()
            html = render_html(report, report.template, charts=charts)
            t3 = time.perf_counter()
            pages = write_pdf(report, html, target, charts)
            t4 = time.perf_counter()
            for name, seconds in zip(steps, (t1 - t0, t2 - t1, t3 - t2, t4 - t3, t4 - t0), strict=True):
                steps[name].append(seconds)
        size = target.stat().st_size
        counted = len(re.findall(rb"/Type\s*/Page\b", target.read_bytes()))
        db.close()
    for name, samples in steps.items():
        print(f"{name:7s} median {statistics.median(samples):6.2f} s   min {min(samples):6.2f} s")
    print(f"pdf: {pages} pages ({counted} page objects), {size / 1024:.0f} KiB, template {args.template}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
