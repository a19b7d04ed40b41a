"""A headless rapporteur whose library is checkpointed often: for kills at a chosen write to the main file.

Run as ``python -m tests.faults.checkpoint_driver DATA_DIR SEED`` from the checkout. It opens the
library as the app does (integrity check, writer lock, migrations, the demo session), then adds
notes for ever, printing ``{"ack": text}`` only after each note's transaction has committed.
SQLite's own automatic checkpoint runs every few pages (``wal_autocheckpoint``) instead of every
1,000, so that most writes to the main database file happen inside a checkpoint: the moments a
test kills it at (tests/faults/test_checkpoint_kills.py, through strace's fault injection).
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

from moderator_app.services.console import SessionConsole
from moderator_app.services.sessions import ensure_demo
from moderator_app.storage.database import open_database
from moderator_app.storage.repository import SessionRepository
from moderator_app.system.clock import SystemClock
from moderator_app.system.paths import AppPaths
from moderator_app.system.resources import regions
from moderator_app.system.writer_lock import WINDOW_ROLE, WriterLock

#: Pages in the -wal that start a checkpoint (SQLite's default is 1,000).
CHECKPOINT_PAGES = 6
#: Marks, formulas, right-to-left text: notes are stored as typed, whatever they hold.
SAMPLES = ("<b>bold?</b> ", "=SUM(A1:A9) ", "\u202eعربي\u202c ", "plain words ", "中文 ")


def main(argv: list[str]) -> int:
    data_dir, seed = Path(argv[0]), int(argv[1])
    limit = int(argv[2]) if len(argv) > 2 else 10**9
    paths = AppPaths.resolve(str(data_dir))
    lock = WriterLock(paths.data_dir, WINDOW_ROLE)
    lock.acquire(wait_seconds=10.0)
    db = open_database(paths.database, backup_dir=paths.backups)
    db.conn.execute(f"PRAGMA wal_autocheckpoint = {CHECKPOINT_PAGES}")
    repository = SessionRepository(db)
    clock = SystemClock()
    console = SessionConsole(repository, clock, ensure_demo(repository, clock), regions=regions())
    chooser = random.Random(seed)
    print(json.dumps({"ready": True}), flush=True)
    for number in range(limit):
        # Large enough that the database grows while a checkpoint copies it (a few notes a page).
        text = f"{seed}-{number} " + "".join(chooser.choice(SAMPLES) for _ in range(chooser.randint(20, 400)))
        print(json.dumps({"doing": text.strip()}), flush=True)
        note = console.add_note(text)
        print(json.dumps({"ack": note.text}), flush=True)  # as stored (the console tidies blanks)
    db.close()
    lock.release()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
