"""Time of the start-up integrity check (storage/integrity.py) on a large database, with and without a -wal.

Builds a database through open_database() and the demo session, then grows it with copies of a
note (about 1 KB each) until it reaches --megabytes; times check_database() alone, a whole
open_database() (check included), and check_database() while a fifth of the notes' changes sit in the -wal
(as after a crash). The page cache is warm (the file was just written): a first start after a
reboot reads the file from disk once more, at the disk's speed.

Usage: QT_QPA_PLATFORM=offscreen python benchmarks/integrity.py [--megabytes 200] [--runs 3]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from moderator_app.domain.notes import Note
from moderator_app.services.sessions import ensure_demo
from moderator_app.storage.database import open_database
from moderator_app.storage.integrity import check_database
from moderator_app.storage.repository import SessionRepository
from tests.support import FakeClock


def grow(path: Path, megabytes: int) -> None:
    db = open_database(path)
    repository = SessionRepository(db)
    clock = FakeClock()
    session_id = ensure_demo(repository, clock)
    repository.save_note(
        Note(id="seed", session_id=session_id, created_at=clock.now().wall, text="Capacity building. " * 50),
        now=clock.now().wall,
    )
    columns = [row[1] for row in db.conn.execute("PRAGMA table_info(notes)")]
    others = ", ".join(c for c in columns if c != "id")
    copy = f"INSERT INTO notes (id, {others}) SELECT id || '-' || ?, {others} FROM notes"
    round_number = 0
    while path.stat().st_size < megabytes * 1024 * 1024:
        round_number += 1
        with db.conn:
            db.conn.execute(copy, [str(round_number)])
        db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()


def timed(function, runs: int) -> list[float]:  # type: ignore[no-untyped-def]
    times = []
    for _run in range(runs):
        started = time.perf_counter()
        function()
        times.append(time.perf_counter() - started)
    return times


def show(label: str, times: list[float]) -> None:
    print(f"{label:<46} median {statistics.median(times) * 1000:8.0f} ms   max {max(times) * 1000:8.0f} ms")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--megabytes", type=int, default=200)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "moderator.db"
        started = time.perf_counter()
        grow(path, args.megabytes)
        notes = open_database(path).execute("SELECT count(*) FROM notes").fetchone()[0]
        print(
            f"database: {path.stat().st_size / 1024 / 1024:.0f} MiB, {notes:,} notes "
            f"(built in {time.perf_counter() - started:.0f} s)"
        )
        show("check_database (no -wal)", timed(lambda: check_database(path), args.runs))
        show("open_database (check included)", timed(lambda: open_database(path).close(), args.runs))
        writer = open_database(path)
        writer.conn.execute("PRAGMA wal_autocheckpoint = 0")
        with writer.conn:
            writer.conn.execute("UPDATE notes SET text = text || '.' WHERE rowid % 5 = 0")
        wal = path.with_name(path.name + "-wal").stat().st_size
        label = f"check_database ({wal / 1024 / 1024:.0f} MiB in the -wal)"
        show(label, timed(lambda: check_database(path), args.runs))
        writer.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
