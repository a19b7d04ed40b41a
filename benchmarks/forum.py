"""A whole forum in one data folder: full-text search over its 100,000 notes, and opening each of its 300 sessions.

  search, one session  - SessionRepository.search_notes, the Notes panel's search (FTS5, quoted
                         prefix words, ranked), for a few queries in every session
  search, all sessions - the same words over every session's notes at once, as a forum-wide search
                         would run it: the first page of PAGE ranked hits, and (for comparison) every hit
                         ranked (the app has no forum-wide search; the Notes panel searches one session)
  open a session       - what File → Open does: SessionRepository.load + a new SessionConsole, the
                         window attached to it and refreshed, and Qt's painting; every session once

Usage: QT_QPA_PLATFORM=offscreen python benchmarks/forum.py [DATA_DIR] [--scale 1.0]
Without DATA_DIR a forum of the given scale is generated in a temporary folder first.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.common import Figure, percentile, write_figures
from benchmarks.forum_data import generate
from benchmarks.live import flush_paint, open_window, summary, timed_ms
from moderator_app.paths import AppPaths
from moderator_app.storage.database import open_database
from moderator_app.storage.repository import SessionRepository

SEARCH_MS = 50.0
OPEN_MS = 200.0
#: Common and rare words, several scripts, a prefix, two words.
PAGE = 50
QUERIES = ("data", "privacy rights", "infra", "José", "محمد", "王", "Иван", "प्रिया", "youth access")


def search_everywhere(repository: SessionRepository, query: str, limit: int = -1) -> list[str]:
    """The Notes panel's words over every session's notes (the text column), best first; ``limit`` -1: all."""
    quoted = " ".join('"' + word.replace('"', '""') + '"*' for word in query.split())
    rows = repository.db.execute(
        "SELECT notes.id FROM notes_fts JOIN notes ON notes.rowid = notes_fts.rowid "
        "WHERE notes_fts MATCH ? ORDER BY rank LIMIT ?",
        [f"text : ({quoted})", limit],
    ).fetchall()
    return [row[0] for row in rows]


def run_search(data_dir: Path) -> tuple[list[float], list[float], list[float], dict[str, int]]:
    db = open_database(AppPaths(data_dir).database)
    try:
        repository = SessionRepository(db)
        notes = db.execute("SELECT count(*) FROM notes").fetchone()[0]
        session_ids = [row[0] for row in db.execute("SELECT id FROM sessions ORDER BY id")]
        print(f"forum: {len(session_ids)} sessions, {notes:,} notes")
        everywhere, first_page, per_session, hits = [], [], [], {}
        for query in QUERIES:
            search_everywhere(repository, query)  # the first query of a word warms SQLite's page cache
            everywhere += [timed_ms(lambda query=query: search_everywhere(repository, query)) for _ in range(3)]
            first_page += [timed_ms(lambda q=query: search_everywhere(repository, q, PAGE)) for _ in range(3)]
            hits[query] = len(search_everywhere(repository, query))
            for session_id in session_ids:
                per_session.append(timed_ms(lambda s=session_id, q=query: repository.search_notes(s, q)))
    finally:
        db.close()
    return everywhere, first_page, per_session, hits


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


def report(data_dir: Path) -> list[Figure]:
    everywhere, first_page, per_session, hits = run_search(data_dir)
    print("hits over the forum: " + ", ".join(f"{query!r} {count:,}" for query, count in hits.items()))
    print(f"search, all sessions  {summary(everywhere)}  (every hit ranked)")
    print(f"search, all, 1st page {summary(first_page)}  (the best {PAGE})")
    print(f"search, one session   {summary(per_session)}")
    opened = run_open(data_dir)
    print(f"open a session        {summary(opened)}")
    return [
        Figure(
            f"full-text search, all 100,000 notes, best {PAGE} (median)",
            percentile(first_page, 0.5),
            "ms",
            SEARCH_MS,
            "< 50 ms",
            detail=f"p99 {percentile(first_page, 0.99):.0f} ms, max {max(first_page):.0f} ms; {len(QUERIES)} queries; "
            f"every hit ranked: p50 {percentile(everywhere, 0.5):.0f} ms, p99 {percentile(everywhere, 0.99):.0f} ms",
        ),
        Figure(
            "full-text search, one session of the forum (median)",
            percentile(per_session, 0.5),
            "ms",
            SEARCH_MS,
            "< 50 ms",
            detail=f"p99 {percentile(per_session, 0.99):.1f} ms, max {max(per_session):.0f} ms",
        ),
        Figure(
            "open any session of the forum (max of 300)",
            max(opened),
            "ms",
            OPEN_MS,
            "< 200 ms",
            detail=f"p50 {percentile(opened, 0.5):.0f} ms, p99 {percentile(opened, 0.99):.0f} ms",
        ),
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data_dir", type=Path, nargs="?", help="a folder written by forum_data.py")
    parser.add_argument("--scale", type=float, default=1.0, help="when generating: fraction of the full forum")
    parser.add_argument("--json", type=Path, help="append the figures to this JSON file (for run_all.py)")
    args = parser.parse_args()
    if args.data_dir is not None:
        write_figures(args.json, report(args.data_dir))
        return 0
    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        counts = generate(Path(folder), scale=args.scale)
        print(f"generated {counts} in {time.perf_counter() - started:.1f} s")
        write_figures(args.json, report(Path(folder)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
