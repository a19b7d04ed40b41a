"""A -wal deleted while the app writes, then a kill: the loss is seen, said plainly, and a way on offered."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from moderator_app.storage.commit_mark import mark_path, read_mark
from moderator_app.storage.database import open_database
from moderator_app.storage.errors import CorruptDatabaseError
from moderator_app.storage.integrity import check_database
from moderator_app.storage.recovery import keep_database

ROOT = Path(__file__).resolve().parents[2]
NOW = datetime(2026, 12, 7, 12, 0, tzinfo=UTC)

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="an open file cannot be deleted on Windows")


def _lose_the_wal(data_dir: Path, notes: int = 20) -> None:
    """Run a writer, delete its -wal half-way, let it commit more, then kill -9 it."""
    writer = subprocess.Popen(
        [sys.executable, "-m", "tests.storage.wal_deleted_driver", str(data_dir), str(notes)],
        cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert writer.stdout is not None and writer.stdin is not None
    try:
        assert writer.stdout.readline().strip() == "paused"
        (data_dir / "moderator.db-wal").unlink()  # a clean-up tool, a sync client, a tidy user
        writer.stdin.write("go on\n")
        writer.stdin.flush()
        assert writer.stdout.readline().strip() == "done"
    finally:
        writer.send_signal(signal.SIGKILL)
        writer.wait(timeout=30)


def _notes(path: Path, like: str) -> int:
    conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro&immutable=1", uri=True)
    try:
        return int(conn.execute("SELECT count(*) FROM notes WHERE text LIKE ?", [like]).fetchone()[0])
    finally:
        conn.close()


def _folder(data_dir: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(data_dir.iterdir()) if p.is_file()}


def test_a_wal_deleted_under_a_killed_writer_is_seen_and_said_plainly(tmp_path):
    data_dir = tmp_path / "data"
    _lose_the_wal(data_dir)
    database = data_dir / "moderator.db"
    assert not (data_dir / "moderator.db-wal").exists()
    assert _notes(database, "Before%") == 20, "what a checkpoint had copied into the main file is there"
    assert _notes(database, "After%") == 0, "the premise: what only the deleted -wal held is gone"
    before = _folder(data_dir)
    with pytest.raises(CorruptDatabaseError) as caught:
        open_database(database)
    error = caught.value
    assert error.kind == "lost-changes" and error.database_whole
    assert "its last 20 saved changes are missing" in error.problem and "deleted" in error.problem
    assert "restore --keep-database" in str(error) and "restore --newest" in str(error)
    assert _folder(data_dir) == before, "the check must not change a byte"


def test_the_leftover_shm_alone_shows_the_loss_when_the_mark_is_gone_too(tmp_path):
    data_dir = tmp_path / "data"
    _lose_the_wal(data_dir)
    mark_path(data_dir / "moderator.db").unlink()
    with pytest.raises(CorruptDatabaseError) as caught:
        check_database(data_dir / "moderator.db")
    assert caught.value.kind == "lost-changes" and "pages of changes" in caught.value.problem


def test_the_mark_alone_shows_the_loss_when_the_shm_was_deleted_too(tmp_path):
    data_dir = tmp_path / "data"
    _lose_the_wal(data_dir)
    (data_dir / "moderator.db-shm").unlink()
    with pytest.raises(CorruptDatabaseError) as caught:
        check_database(data_dir / "moderator.db")
    assert caught.value.kind == "lost-changes" and "saved changes are missing" in caught.value.problem


def test_keeping_the_database_accepts_the_loss_and_the_library_opens_and_counts_again(tmp_path):
    data_dir = tmp_path / "data"
    _lose_the_wal(data_dir)
    database = data_dir / "moderator.db"
    moved = keep_database(database, NOW)
    assert moved is not None and moved.name.startswith("moderator.db-shm.lost-") and moved.exists()
    check_database(database)
    db = open_database(database)
    db.execute("INSERT INTO app_state (key, value) VALUES ('after', 'keep')")
    db.close()
    mark = read_mark(database)
    assert mark is not None and mark.seq >= 1
    check_database(database)  # the new mark agrees with the library


def test_a_crash_without_a_deleted_wal_raises_no_alarm(tmp_path):
    data_dir = tmp_path / "data"
    writer = subprocess.Popen(
        [sys.executable, "-m", "tests.storage.wal_deleted_driver", str(data_dir), "15"],
        cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert writer.stdout is not None and writer.stdin is not None
    assert writer.stdout.readline().strip() == "paused"
    writer.stdin.write("go on\n")
    writer.stdin.flush()
    assert writer.stdout.readline().strip() == "done"
    writer.send_signal(signal.SIGKILL)
    writer.wait(timeout=30)
    check_database(data_dir / "moderator.db")
    db = open_database(data_dir / "moderator.db")
    assert db.execute("SELECT count(*) FROM notes WHERE text LIKE '%the -wal went%'").fetchone()[0] == 30
    db.close()


def test_a_copied_folder_or_a_copy_in_place_of_the_file_is_not_mistaken_for_a_loss(tmp_path):
    data_dir = tmp_path / "data"
    _lose_the_wal(data_dir)
    database = data_dir / "moderator.db"
    keep_database(database, NOW)
    copy = tmp_path / "elsewhere"
    shutil.copytree(data_dir, copy)  # another laptop: new files, the mark names the old one
    db = open_database(database)
    db.execute("INSERT INTO app_state (key, value) VALUES ('one', 'more')")
    db.close()
    check_database(copy / "moderator.db")
