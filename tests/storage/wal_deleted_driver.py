"""A writer whose -wal is deleted under it: notes, a pause for the test to delete the -wal, more notes, then a wait.

Run as ``python -m tests.storage.wal_deleted_driver DATA_DIR NOTES`` from the checkout. It opens
the library as the app does, adds NOTES notes, checkpoints them into the main file, prints
``paused`` and reads a line from stdin (the test deletes the -wal meanwhile), adds NOTES more,
prints ``done`` and waits to be killed. SQLite's checkpoints otherwise stay at their default
(every 1,000 pages), so what was committed after that sits only in the -wal.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from moderator_app.services.console import SessionConsole
from moderator_app.services.sessions import ensure_demo
from moderator_app.storage.database import open_database
from moderator_app.storage.repository import SessionRepository
from moderator_app.system.clock import SystemClock
from moderator_app.system.resources import regions


def main(argv: list[str]) -> int:
    data_dir, notes = Path(argv[0]), int(argv[1])
    db = open_database(data_dir / "moderator.db", backup_dir=data_dir / "backups")
    repository = SessionRepository(db)
    clock = SystemClock()
    console = SessionConsole(repository, clock, ensure_demo(repository, clock), regions=regions())
    for number in range(notes):
        console.add_note(f"Before the -wal went {number}")
    # As an automatic checkpoint would have by now in a library in use: the first notes are in the main file.
    db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    print("paused", flush=True)
    sys.stdin.readline()
    for number in range(notes):
        console.add_note(f"After the -wal went {number}")
    print("done", flush=True)
    time.sleep(600)  # killed long before
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
