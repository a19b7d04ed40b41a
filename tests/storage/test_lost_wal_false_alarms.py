"""Ordinary ways of using a library must never be called "changes lost with a deleted -wal"."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from moderator_app.storage import integrity
from moderator_app.storage.database import open_database
from moderator_app.storage.errors import CorruptDatabaseError
from moderator_app.storage.integrity import check_database

NOW = datetime(2026, 12, 7, 12, 0, tzinfo=UTC)


def _library(path: Path, commits: int = 3):  # type: ignore[no-untyped-def]
    db = open_database(path)
    for number in range(commits):
        db.execute("INSERT INTO app_state (key, value) VALUES (?, 'x')", [f"key {number}"])
    return db


def test_a_commit_by_the_open_window_while_a_command_checks_is_not_a_loss(tmp_path, monkeypatch):
    """``moderator-app status`` (or sessions, report…) runs while the window is open and writing.

    The command's start-up check reads the library, then the mark. When the window commits in
    between (a note, a timer start: many times a minute in a live session), the mark is one ahead
    of what the check read: that is not a lost -wal, it is a newer commit.
    """
    path = tmp_path / "moderator.db"
    window = _library(path)
    real_scan = integrity.text_problems

    def scan_while_the_window_commits(conn: sqlite3.Connection) -> list[str]:
        window.execute("INSERT OR REPLACE INTO app_state (key, value) VALUES ('tick', 'during the check')")
        return real_scan(conn)

    monkeypatch.setattr(integrity, "text_problems", scan_while_the_window_commits)
    try:
        check_database(path)
    finally:
        window.close()


def test_a_commit_while_a_command_checks_a_library_with_an_empty_wal_is_not_a_loss(tmp_path, monkeypatch):
    """The same with the -wal just checkpointed (TRUNCATE, as a restore or a backup may leave it)."""
    path = tmp_path / "moderator.db"
    window = _library(path)
    window.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert path.with_name("moderator.db-wal").stat().st_size == 0
    real_scan = integrity.text_problems

    def scan_while_the_window_commits(conn: sqlite3.Connection) -> list[str]:
        window.execute("INSERT OR REPLACE INTO app_state (key, value) VALUES ('tick', 'during the check')")
        return real_scan(conn)

    monkeypatch.setattr(integrity, "text_problems", scan_while_the_window_commits)
    try:
        check_database(path)
    finally:
        window.close()


def test_the_message_for_one_lost_change_is_singular(tmp_path):
    path = tmp_path / "moderator.db"
    db = _library(path)
    db.close()
    mark = path.with_name("moderator.db-commit")
    text = mark.read_text(encoding="ascii").split("\n")
    text[3] = f"{int(text[3]) + 1:020d}"
    mark.write_text("\n".join(text[:4]) + "\n", encoding="ascii")  # one ahead, as a killed writer leaves it
    with pytest.raises(CorruptDatabaseError) as caught:
        check_database(path)
    assert caught.value.kind == "lost-changes"
    assert "its last saved change is missing" in caught.value.problem, caught.value.problem


_KILLED_WRITER = """
import os, sys
from pathlib import Path
from moderator_app.storage.database import open_database
db = open_database(Path(sys.argv[1]))
for number in range(5):
    db.execute("INSERT INTO app_state (key, value) VALUES (?, 'checkpointed')", [f"before {number}"])
db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
for number in range(5):
    db.execute("INSERT INTO app_state (key, value) VALUES (?, 'in the -wal only')", [f"after {number}"])
os._exit(0)  # as a kill: no close, no checkpoint; the -wal keeps the last five commits
"""


def test_keeping_the_database_after_a_damaged_wal_header_is_the_end_of_it(tmp_path):
    """A -wal whose header was damaged is refused as not belonging; the user keeps the database.

    Setting that -wal aside loses the commits it held, and the user chose so. The library must
    then open: not be refused a second time, now as "lost-changes", for the very loss just accepted.
    """
    import subprocess
    import sys

    from moderator_app.storage.recovery import keep_database

    root = Path(__file__).resolve().parents[2]
    path = tmp_path / "moderator.db"
    subprocess.run([sys.executable, "-c", _KILLED_WRITER, str(path)], cwd=root, check=True)
    wal = path.with_name("moderator.db-wal")
    header = bytearray(wal.read_bytes()[:32])
    header[20] ^= 0xFF  # a salt byte: the header's checksum no longer matches
    with open(wal, "r+b") as stream:
        stream.write(bytes(header))
    with pytest.raises(CorruptDatabaseError) as caught:
        check_database(path)
    assert caught.value.kind == "foreign-wal" and caught.value.database_whole
    moved = keep_database(path, NOW)
    assert moved is not None and moved.exists()
    check_database(path)  # the loss was accepted: no second refusal
    open_database(path).close()


def _library_with_a_backup(path: Path, backup: Path) -> None:
    """A library that was backed up, then changed further, then closed normally (no -wal left)."""
    db = _library(path)
    db.conn.execute("VACUUM INTO ?", [str(backup)])
    for number in range(4):
        db.execute("INSERT INTO app_state (key, value) VALUES (?, 'after the backup')", [f"later {number}"])
    db.close()
    assert not path.with_name("moderator.db-wal").exists()


def test_a_backup_copied_over_the_closed_library_by_hand_is_not_a_lost_wal(tmp_path):
    """``cp backups/… moderator.db`` (a file manager's "Replace") writes into the same file: same inode.

    The app was closed normally, so no -wal can have taken anything with it; the library is the
    backup the user put there, and must open as it is.
    """
    import shutil

    path = tmp_path / "moderator.db"
    backup = tmp_path / "backup.db"
    _library_with_a_backup(path, backup)
    inode = path.stat().st_ino
    shutil.copyfile(backup, path)
    assert path.stat().st_ino == inode, "the premise: copied into the same file"
    check_database(path)
    open_database(path).close()


def test_a_library_deleted_and_replaced_by_a_backup_by_hand_is_not_a_lost_wal(tmp_path):
    """Deleting moderator.db and copying a backup in: ext4 and tmpfs hand the freed inode to the copy."""
    import shutil

    path = tmp_path / "moderator.db"
    backup = tmp_path / "backup.db"
    _library_with_a_backup(path, backup)
    path.unlink()
    shutil.copyfile(backup, path)
    check_database(path)  # whether or not the inode came back, nothing was lost with a -wal
    open_database(path).close()


def test_the_mark_says_closed_only_when_the_last_connection_closed(tmp_path):
    """A command closing beside the open window leaves the mark open: the window may yet lose its -wal."""
    from moderator_app.storage.commit_mark import read_mark

    path = tmp_path / "moderator.db"
    window = _library(path)
    command = open_database(path)
    command.execute("INSERT INTO app_state (key, value) VALUES ('command', 'x')")
    command.close()
    mark = read_mark(path)
    assert mark is not None and not mark.closed
    window.execute("INSERT INTO app_state (key, value) VALUES ('window', 'y')")
    window.close()
    mark = read_mark(path)
    assert mark is not None and mark.closed and mark.seq == 5
    again = open_database(path)
    again.execute("INSERT INTO app_state (key, value) VALUES ('again', 'z')")
    mark = read_mark(path)
    assert mark is not None and not mark.closed and mark.seq == 6, "a commit opens the mark again"
    again.close()
