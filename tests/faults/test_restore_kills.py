"""kill -9 inside a restore, at each of its steps: the folder then holds the old database or the restored one.

A subprocess (tests/faults/restore_driver.py) restores a backup over a readable or a damaged
database and SIGKILLs itself right after a chosen step of storage/restore_swap.py. Then: the
database is there (never a missing file, so the next start never makes a new, empty library); a
readable one opens with either all of the old data or the backup's; a damaged one is either still
refused as it was (the start-up dialog asks again) or replaced by the backup; and the restore done
again from that state completes, leaving no temporary file.

Every (state, step) pair runs in ``make test`` and ``make faults``: a dozen short processes.
"""

from __future__ import annotations

import hashlib
import shutil
import signal
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from moderator_app.storage.backups import take_backup
from moderator_app.storage.database import open_database
from moderator_app.storage.errors import CorruptDatabaseError
from moderator_app.storage.integrity import check_database
from moderator_app.storage.restore_swap import STEPS, restore_atomically
from moderator_app.system.paths import AppPaths
from tests.e2e.driver_process import REPO_ROOT, driver_env
from tests.storage.test_integrity import closed_database, flip_bytes

pytestmark = [
    pytest.mark.faults,
    pytest.mark.skipif(sys.platform == "win32", reason="kill -9 (SIGKILL) is POSIX"),
]

CASES = [(state, step) for state in ("readable", "damaged") for step in STEPS]
OLD_NOTE, NEW_NOTE = "only in the backup", "only in the live database"
NOW = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)


def notes(path: Path) -> set[str]:
    conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        return {row[0] for row in conn.execute("SELECT text FROM notes")}
    finally:
        conn.close()


def notes_of_main_file(path: Path) -> set[str]:
    conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro&immutable=1", uri=True)
    try:
        return {row[0] for row in conn.execute("SELECT text FROM notes")}
    finally:
        conn.close()


def write_note(db, text: str) -> None:  # type: ignore[no-untyped-def]
    session_id = db.conn.execute("SELECT id FROM sessions LIMIT 1").fetchone()[0]
    db.conn.execute(
        "INSERT INTO notes (id, session_id, text, created_at, updated_at) VALUES (?, ?, ?, ?, ?)",
        [text, session_id, text, NOW.isoformat(), NOW.isoformat()],
    )
    db.conn.commit()


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder: the database has NEW_NOTE (part of it only in its -wal), the backup has OLD_NOTE."""
    paths = AppPaths(tmp_path_factory.mktemp("template") / "data")
    closed_database(paths.database, people=3)
    db = open_database(paths.database)
    write_note(db, OLD_NOTE)
    assert take_backup(db, paths.backups, NOW, reason="timer") is not None
    db.conn.execute("DELETE FROM notes WHERE text = ?", [OLD_NOTE])
    db.conn.commit()
    db.close()
    return paths.data_dir


def kill_restore_at(data_dir: Path, backup: Path, step: str) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "tests.faults.restore_driver", str(data_dir), str(backup), step],
        cwd=REPO_ROOT,
        env=driver_env(data_dir),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == -signal.SIGKILL, result.stderr[-2000:]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize(("state", "step"), CASES)
def test_kill_9_at_a_restore_step_leaves_the_old_or_the_restored_database(template, tmp_path, state, step):
    paths = AppPaths(tmp_path / "data")
    shutil.copytree(template, paths.data_dir)
    [backup] = list(paths.backups.glob("moderator-*.db"))
    if state == "readable":
        # The latest note sits only in the -wal, as while the app runs: a restore must not lose it.
        db = open_database(paths.database)
        db.conn.execute("PRAGMA wal_autocheckpoint = 0")
        write_note(db, NEW_NOTE)
        for suffix in ("", "-wal"):  # the pair as a crash leaves it: copied while the connection is open
            shutil.copyfile(paths.database.with_name("moderator.db" + suffix), tmp_path / f"crashed{suffix}")
        db.close()
        for suffix in ("", "-wal"):
            shutil.copyfile(tmp_path / f"crashed{suffix}", paths.database.with_name("moderator.db" + suffix))
        assert NEW_NOTE not in notes_of_main_file(paths.database)
    else:
        flip_bytes(paths.database, 0, 16)
    damaged = digest(paths.database)

    kill_restore_at(paths.data_dir, backup, step)

    database = paths.database
    assert database.exists() and database.stat().st_size > 0, "a kill left no database"
    swapped = STEPS.index(step) >= STEPS.index("swapped")
    if swapped:
        check_database(database)
        assert OLD_NOTE in notes(database) and NEW_NOTE not in notes(database)
    elif state == "readable":
        check_database(database)
        assert NEW_NOTE in notes(database) and OLD_NOTE not in notes(database)
    else:
        with pytest.raises(CorruptDatabaseError):
            check_database(database)
        assert digest(database) == damaged
    if state == "readable" and STEPS.index(step) >= STEPS.index("kept"):
        [before] = list(paths.backups.glob("*-before-restore.db"))
        assert NEW_NOTE in notes(before)

    # What is left is a state the app takes on from: the restore done again completes.
    restore_atomically(database, backup, paths.backups, NOW)
    db = open_database(database, backup_dir=paths.backups)
    db.close()
    assert OLD_NOTE in notes(database)
    assert not list(paths.data_dir.glob("*.restoring"))
    if state == "damaged":
        kept = [p for p in paths.data_dir.glob("moderator.db.corrupt-*") if not p.name.endswith(("-wal", "-shm"))]
        assert damaged in {digest(p) for p in kept}
