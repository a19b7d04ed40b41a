"""Restoring: a candidate is checked through before anything changes, and the swap leaves the old or the new database.

Each refused kind of candidate is built for real; the failures are injected at every step of the
swap (tests/faults/test_restore_kills.py does the same with real kill -9).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import NamedTuple

import pytest

from moderator_app.storage.backups import take_backup
from moderator_app.storage.database import open_database
from moderator_app.storage.errors import CorruptDatabaseError, StorageError
from moderator_app.storage.integrity import check_database
from moderator_app.storage.migrations import KNOWN_MIGRATIONS, MIGRATION_SET
from moderator_app.storage.recovery import restore
from moderator_app.storage.restore_swap import STEPS, RestoreRefused, candidate_problem, restore_atomically
from moderator_app.system.paths import AppPaths
from tests.storage.test_integrity import closed_database, flip_bytes

NOW = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)
OLD_NOTE, NEW_NOTE = "in the backup only", "in the live database only"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def tree_state(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` (the data folder and its backups) with its content."""
    return {str(p.relative_to(folder)): digest(p) for p in sorted(folder.rglob("*")) if p.is_file()}


def notes(path: Path) -> set[str]:
    conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        return {row[0] for row in conn.execute("SELECT text FROM notes")}
    finally:
        conn.close()


class Folder(NamedTuple):
    paths: AppPaths
    backup: Path


def add_note(database: Path, text: str) -> None:
    db = open_database(database)
    try:
        session_id = db.conn.execute("SELECT id FROM sessions LIMIT 1").fetchone()[0]
        db.conn.execute(
            "INSERT INTO notes (id, session_id, text, created_at, updated_at) VALUES (?, ?, ?, ?, ?)",
            [text, session_id, text, NOW.isoformat(), NOW.isoformat()],
        )
        db.conn.commit()
    finally:
        db.close()


@pytest.fixture
def folder(tmp_path: Path) -> Folder:
    """A data folder whose database has NEW_NOTE, and a backup (in backups/) that has OLD_NOTE instead."""
    paths = AppPaths(tmp_path / "data")
    closed_database(paths.database, people=3)
    add_note(paths.database, OLD_NOTE)
    db = open_database(paths.database)
    backup = take_backup(db, paths.backups, NOW - timedelta(hours=1), reason="timer")
    db.close()
    assert backup is not None
    db = open_database(paths.database)
    db.conn.execute("DELETE FROM notes WHERE text = ?", [OLD_NOTE])
    db.conn.commit()
    db.close()
    add_note(paths.database, NEW_NOTE)
    return Folder(paths, backup)


def a_copy(backup: Path, name: str) -> Path:
    target = backup.with_name(name)
    shutil.copyfile(backup, target)
    return target


# -- refused before anything changes -------------------------------------------------------------
def another_programs_file(folder: Folder) -> Path:
    """Another program's SQLite file that happens to have a ``sessions`` table (and more of ours)."""
    path = folder.backup.with_name("moderator-20261126T110500Z-timer.db")
    conn = sqlite3.connect(path)
    for table in ("sessions", "participants", "segments", "interventions", "queue_entries", "app_state"):
        conn.execute(f"CREATE TABLE {table} (id TEXT PRIMARY KEY, value TEXT)")
    conn.execute("INSERT INTO sessions VALUES ('s1', 'a yoga class')")
    conn.commit()
    conn.close()
    return path


def newer_by_migration(folder: Folder) -> Path:
    path = a_copy(folder.backup, "moderator-20261126T110600Z-timer.db")
    conn = sqlite3.connect(path)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES (?, ?, ?)",
        [MIGRATION_SET, "9999_from_the_future", "2030-01-01 00:00:00+00:00"],
    )
    conn.commit()
    conn.close()
    return path


def newer_by_user_version(folder: Folder) -> Path:
    path = a_copy(folder.backup, "moderator-20261126T110700Z-timer.db")
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {len(KNOWN_MIGRATIONS) + 1}")
    conn.commit()
    conn.close()
    return path


def damaged(folder: Folder) -> Path:
    path = a_copy(folder.backup, "moderator-20261126T110800Z-timer.db")
    size = path.stat().st_size
    for page in range(2, size // 4096, 3):
        flip_bytes(path, page * 4096 + 8, 200)
    return path


def truncated(folder: Folder) -> Path:
    path = a_copy(folder.backup, "moderator-20261126T110900Z-timer.db")
    with open(path, "r+b") as stream:
        stream.truncate(path.stat().st_size // 2)
    return path


def empty(folder: Folder) -> Path:
    path = folder.backup.with_name("moderator-20261126T111000Z-timer.db")
    path.write_bytes(b"")
    return path


def with_changes_in_its_wal(folder: Folder) -> Path:
    path = a_copy(folder.backup, "moderator-20261126T111100Z-timer.db")
    path.with_name(path.name + "-wal").write_bytes(b"\x37\x7f\x06\x82" + b"\0" * 4000)
    return path


def the_database_itself(folder: Folder) -> Path:
    return folder.paths.database


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (another_programs_file, "not a moderator-app library"),
        (newer_by_migration, "newer version of moderator-app"),
        (newer_by_user_version, "newer version of moderator-app"),
        (damaged, "damaged"),
        (truncated, "cut short"),
        (empty, "empty"),
        (with_changes_in_its_wal, "not in it yet"),
        (the_database_itself, "the database itself"),
    ],
)
def test_a_candidate_that_would_be_refused_is_refused_before_any_file_changes(folder, make, words):
    candidate = make(folder)
    before = tree_state(folder.paths.data_dir)
    with pytest.raises(StorageError) as caught:
        restore(folder.paths.database, candidate, folder.paths.backups, NOW)
    message = str(caught.value)
    assert words in message and "Nothing was changed" in message and candidate.name in message
    assert "\n" not in message
    assert tree_state(folder.paths.data_dir) == before  # not even a before-restore backup
    db = open_database(folder.paths.database)  # and the folder opens as it did
    db.close()
    assert NEW_NOTE in notes(folder.paths.database)


def test_a_backup_from_an_older_version_is_accepted_and_upgraded_on_open(folder):
    fixture = Path(__file__).resolve().parents[1] / "fixtures" / "schemas" / "schema-0001.db"
    old = a_copy(fixture, "unused")  # the fixture folder stays as it is
    candidate = shutil.move(old, folder.paths.backups / "moderator-20200101T000000Z-timer.db")
    assert candidate_problem(Path(candidate)) is None
    restore_atomically(folder.paths.database, Path(candidate), folder.paths.backups, NOW)
    db = open_database(folder.paths.database, backup_dir=folder.paths.backups)
    try:
        applied = {row[0] for row in db.conn.execute("SELECT name FROM _sqlite_migrations")}
        assert applied == set(KNOWN_MIGRATIONS)
    finally:
        db.close()


def test_a_restore_without_room_on_the_disk_is_refused_before_anything_changes(folder):
    class NearlyFull:
        free = 1024 * 1024

    before = tree_state(folder.paths.data_dir)
    with pytest.raises(RestoreRefused, match="not enough free space"):
        restore_atomically(
            folder.paths.database, folder.backup, folder.paths.backups, NOW, disk_usage=lambda _p: NearlyFull()
        )
    assert tree_state(folder.paths.data_dir) == before


def test_a_database_open_in_another_program_is_not_replaced(folder):
    other = sqlite3.connect(folder.paths.database)
    try:
        other.execute("SELECT count(*) FROM notes").fetchone()
        with pytest.raises(RestoreRefused, match="open in another program"):
            restore_atomically(folder.paths.database, folder.backup, folder.paths.backups, NOW)
        assert not list(folder.paths.backups.glob("*-before-restore.db"))
        assert NEW_NOTE in {row[0] for row in other.execute("SELECT text FROM notes")}
    finally:
        other.close()
    assert NEW_NOTE in notes(folder.paths.database)
    assert not list(folder.paths.data_dir.glob("*.restoring"))


# -- the swap ------------------------------------------------------------------------------------
def test_restoring_over_a_readable_database_backs_it_up_and_leaves_no_side_files(folder):
    outcome = restore_atomically(folder.paths.database, folder.backup, folder.paths.backups, NOW)
    assert notes(folder.paths.database) >= {OLD_NOTE} and NEW_NOTE not in notes(folder.paths.database)
    assert outcome.before is not None and NEW_NOTE in notes(outcome.before)
    assert sorted(p.name for p in folder.paths.data_dir.iterdir() if p.is_file()) == ["moderator.db"]
    check_database(folder.paths.database)


def test_restoring_over_a_damaged_database_keeps_it_and_its_wal_byte_for_byte(folder):
    database = folder.paths.database
    flip_bytes(database, 0, 16)
    wal = database.with_name("moderator.db-wal")
    wal.write_bytes(b"not a log, but kept all the same" * 10)
    damaged_main, damaged_wal = digest(database), digest(wal)
    outcome = restore_atomically(database, folder.backup, folder.paths.backups, NOW)
    kept = outcome.moved_aside
    assert kept is not None and kept.name == "moderator.db.corrupt-20261126T120000Z"
    assert digest(kept) == damaged_main
    assert digest(kept.with_name(kept.name + "-wal")) == damaged_wal
    assert not wal.exists()
    assert OLD_NOTE in notes(database)


def test_restoring_into_a_folder_without_a_database(folder):
    folder.paths.database.unlink()
    outcome = restore_atomically(folder.paths.database, folder.backup, folder.paths.backups, NOW)
    assert outcome.before is None and outcome.moved_aside is None
    assert OLD_NOTE in notes(folder.paths.database)


class Stop(Exception):
    """Stands for the process stopping at a step (the real kill -9 is in tests/faults)."""


def stop_at(name: str):  # type: ignore[no-untyped-def]
    def step(reached: str) -> None:
        if reached == name:
            raise Stop(name)

    return step


@pytest.mark.parametrize("at", STEPS)
@pytest.mark.parametrize("state", ["readable", "damaged"])
def test_a_restore_stopped_at_any_step_leaves_the_old_or_the_restored_database(folder, at, state):
    database = folder.paths.database
    if state == "damaged":
        flip_bytes(database, 0, 16)
    with pytest.raises(Stop):
        restore_atomically(database, folder.backup, folder.paths.backups, NOW, step=stop_at(at))
    assert database.exists() and database.stat().st_size > 0  # never no database
    swapped = STEPS.index(at) >= STEPS.index("swapped")
    if swapped:
        check_database(database)
        assert OLD_NOTE in notes(database) and NEW_NOTE not in notes(database)
    elif state == "readable":
        check_database(database)
        assert NEW_NOTE in notes(database)
    else:
        with pytest.raises(CorruptDatabaseError):  # still refused, so the start-up dialog asks again
            check_database(database)
    # Whatever is left opens: the restored or the old database, never a new empty one.
    if swapped or state == "readable":
        db = open_database(database)
        db.close()
    assert not database.with_name("moderator.db-wal").exists() or not swapped
    assert not list(folder.paths.data_dir.glob("*.restoring"))


@pytest.mark.parametrize("failing", ["link", "rename", "replace"])
def test_a_failing_file_operation_leaves_the_damaged_database_where_it_was(folder, monkeypatch, failing):
    """Moving the damaged file aside by a rename left no database when the install then failed."""
    database = folder.paths.database
    flip_bytes(database, 0, 16)
    database.with_name("moderator.db-wal").write_bytes(b"whatever it holds is kept" * 10)
    damaged_main = digest(database)
    real = {"link": os.link, "rename": os.rename, "replace": os.replace}[failing]

    def refuse(source, target, *args, **kwargs):  # type: ignore[no-untyped-def]
        if Path(target) == database or (failing != "replace" and "corrupt" in Path(target).name):
            raise OSError(28, "No space left on device")
        return real(source, target, *args, **kwargs)

    monkeypatch.setattr(os, failing, refuse)
    try:
        restore_atomically(database, folder.backup, folder.paths.backups, NOW)
    except StorageError as error:
        assert "left as it was" in str(error)
        assert digest(database) == damaged_main
    else:
        assert failing == "link" and OLD_NOTE in notes(database)  # no hard links: a copy is kept instead
        [kept] = [p for p in folder.paths.data_dir.glob("moderator.db.corrupt-*") if not p.name.endswith("-wal")]
        assert digest(kept) == damaged_main
        assert kept.with_name(kept.name + "-wal").exists()
    assert not list(folder.paths.data_dir.glob("*.restoring"))
