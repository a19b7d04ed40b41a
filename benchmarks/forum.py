"""A whole forum in one data folder: full-text search over its 100,000 notes, and opening each of its 300 sessions.

  search, one session  - SessionRepository.search_notes, the Notes panel's search (FTS5, quoted
                         prefix words, ranked), for a few queries in every session
  search, all sessions - storage/note_search.search_all_notes, what Notes → Search all sessions' notes
                         and `moderator-app search` run for their first page (50 notes with their
                         sessions, speakers, tags and marked excerpts): newest first (the default),
                         best match first, and newest first in the event (which here holds every session)
  open a session       - what File → Open does: SessionRepository.load + a new SessionConsole, the
                         window attached to it and refreshed, and Qt's painting; every session once

Usage: QT_QPA_PLATFORM=offscreen python benchmarks/forum.py [DATA_DIR] [--scale 1.0] [--search-only]
Without DATA_DIR a forum of the given scale is generated in a temporary folder first.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.common import Figure, percentile, write_figures
from benchmarks.forum_data import generate
from benchmarks.live import flush_paint, open_window, summary, timed_ms, timed_wall_cpu_ms
from moderator_app.storage.database import open_database
from moderator_app.storage.note_search import SearchOrder, search_all_notes
from moderator_app.storage.repository import SessionRepository
from moderator_app.system.paths import AppPaths

SEARCH_MS = 50.0
OPEN_MS = 200.0
#: Common and rare words, several scripts, a prefix, two words.
QUERIES = ("data", "privacy rights", "infra", "José", "محمد", "王", "Иван", "प्रिया", "youth access")
EVENT = "IGF 2017"
#: Each way of searching all sessions: (label, order, event).
WAYS = (
    ("newest first", SearchOrder.NEWEST, None),
    ("best match", SearchOrder.BEST, None),
    (f"newest, {EVENT}", SearchOrder.NEWEST, EVENT),
)
ROUNDS = 5


def run_search(
    data_dir: Path,
) -> tuple[dict[str, tuple[list[float], list[float]]], list[float], dict[str, tuple[int, int]]]:
    """Wall and CPU samples of the first page of each way of searching all sessions, the per-session
    searches, and each query's (matches, matches ranked for best match)."""
    db = open_database(AppPaths(data_dir).database)
    try:
        repository = SessionRepository(db)
        notes = db.execute("SELECT count(*) FROM notes").fetchone()[0]
        session_ids = [row[0] for row in db.execute("SELECT id FROM sessions ORDER BY id")]
        event = db.execute("SELECT count(*) FROM sessions WHERE event = ?", [EVENT]).fetchone()[0]
        print(f"forum: {len(session_ids)} sessions ({event} in {EVENT!r}), {notes:,} notes")
        everywhere: dict[str, tuple[list[float], list[float]]] = {label: ([], []) for label, _o, _e in WAYS}
        per_session, hits = [], {}
        for query in QUERIES:
            for label, order, scope in WAYS:
                search = partial(search_all_notes, repository, query, order=order, event=scope if event else None)
                search()  # the first search of a word warms SQLite's page cache
                for _ in range(ROUNDS):
                    wall, cpu = timed_wall_cpu_ms(search)
                    everywhere[label][0].append(wall)
                    everywhere[label][1].append(cpu)
            best = search_all_notes(repository, query, order=SearchOrder.BEST)
            hits[query] = (best.total, best.ranked)
            for session_id in session_ids:
                per_session.append(timed_ms(lambda s=session_id, q=query: repository.search_notes(s, q)))
    finally:
        db.close()
    return everywhere, per_session, hits


def run_open(data_dir: Path) -> list[float]:
    db = open_database(AppPaths(data_dir).database)
    session_ids = [row[0] for row in db.execute("SELECT id FROM sessions ORDER BY id")]
    db.close()
    live = open_window(data_dir, session_ids[0])
    samples = []
    for session_id in session_ids:
        samples.append(timed_ms(lambda s=session_id: (live.window.commands.open_console(s), flush_paint())))
    live.close()
    return samples


def search_figure(label: str, wall: list[float], cpu: list[float]) -> Figure:
    return Figure(
        f"full-text search, all 100,000 notes, {label}, first 50 (median)",
        percentile(wall, 0.5),
        "ms",
        SEARCH_MS,
        "< 50 ms",
        detail=f"p99 {percentile(wall, 0.99):.0f} ms, max {max(wall):.0f} ms; CPU p50 {percentile(cpu, 0.5):.1f},"
        f" p99 {percentile(cpu, 0.99):.1f} ms; {len(QUERIES)} queries × {ROUNDS} (storage/note_search.py)",
    )


def report(data_dir: Path, *, open_sessions: bool = True) -> list[Figure]:
    everywhere, per_session, hits = run_search(data_dir)
    matches = [
        f"{query!r} {total:,}" + (f" ({ranked:,})" if ranked < total else "") for query, (total, ranked) in hits.items()
    ]
    print("matches over the forum (ranked for best match): " + ", ".join(matches))
    for label, (wall, cpu) in everywhere.items():
        print(f"search all, {label:<17} wall {summary(wall)}")
        print(f"{'':29}CPU  {summary(cpu)}")
    print(f"search, one session            {summary(per_session)}")
    figures = [search_figure(label, *everywhere[label]) for label, _order, _event in WAYS[:2]]
    figures.append(
        Figure(
            "full-text search, one session of the forum (median)",
            percentile(per_session, 0.5),
            "ms",
            SEARCH_MS,
            "< 50 ms",
            detail=f"p99 {percentile(per_session, 0.99):.1f} ms, max {max(per_session):.0f} ms",
        )
    )
    if not open_sessions:
        return figures
    opened = run_open(data_dir)
    print(f"open a session                 {summary(opened)}")
    figures.append(
        Figure(
            "open any session of the forum (max of 300)",
            max(opened),
            "ms",
            OPEN_MS,
            "< 200 ms",
            detail=f"p50 {percentile(opened, 0.5):.0f} ms, p99 {percentile(opened, 0.99):.0f} ms",
        )
    )
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data_dir", type=Path, nargs="?", help="a folder written by forum_data.py")
    parser.add_argument("--scale", type=float, default=1.0, help="when generating: fraction of the full forum")
    parser.add_argument("--json", type=Path, help="append the figures to this JSON file (for run_all.py)")
    parser.add_argument("--search-only", action="store_true", help="time the searches, not opening the sessions")
    args = parser.parse_args()
    if args.data_dir is not None:
        write_figures(args.json, report(args.data_dir, open_sessions=not args.search_only))
        return 0
    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        counts = generate(Path(folder), scale=args.scale)
        print(f"generated {counts} in {time.perf_counter() - started:.1f} s")
        write_figures(args.json, report(Path(folder), open_sessions=not args.search_only))
    return 0


if __name__ == "__main__":
    sys.exit(main())
