"""open_database(): safe settings, migrations, refusing newer or foreign files without touching them, backups."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

import pytest

from moderator_app.storage.database import NewerDatabaseError, StorageError, backup_to, open_database
from moderator_app.storage.migrations import KNOWN_MIGRATIONS, MIGRATION_SET
from moderator_app.storage.repository import SessionRepository

APP_TABLES = {"sessions", "participants", "segments", "interventions", "queue_entries", "app_state"}


def folder_fingerprint(folder: Path) -> dict[str, str]:
    """Every file in the folder (the database and any -wal/-shm beside it) and a hash of its bytes."""
    return {
        path.name: hashlib.sha256(path.read_bytes()).hexdigest() for path in sorted(folder.iterdir()) if path.is_file()
    }


def pragma(db, name: str):
    return db.execute(f"PRAGMA {name}").fetchone()[0]


def test_new_database_uses_wal_full_sync_and_foreign_keys(tmp_path):
    db = open_database(tmp_path / "moderator.db")
    try:
        assert str(pragma(db, "journal_mode")).lower() == "wal"
        assert pragma(db, "synchronous") == 2  # FULL
        assert pragma(db, "foreign_keys") == 1
        assert pragma(db, "busy_timeout") >= 1000
    finally:
        db.close()


def test_new_database_has_every_migration_applied_and_recorded(tmp_path):
    db = open_database(tmp_path / "moderator.db")
    try:
        assert APP_TABLES <= set(db.table_names())
        recorded = [
            row[0]
            for row in db.execute(
                "SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY rowid", [MIGRATION_SET]
            )
        ]
        assert recorded == list(KNOWN_MIGRATIONS)
        assert "0001_initial_schema" in recorded
        assert pragma(db, "user_version") == len(KNOWN_MIGRATIONS)
    finally:
        db.close()


def test_foreign_keys_are_enforced_on_the_returned_connection(tmp_path):
    db = open_database(tmp_path / "moderator.db")
    try:
        with pytest.raises(sqlite3.IntegrityError):
            db.execute(
                "INSERT INTO participants (id, session_id, position, name) VALUES ('p', 'no-such-session', 0, 'X')"
            )
    finally:
        db.close()


def test_reopening_keeps_data_and_applies_nothing_twice(tmp_path):
    path = tmp_path / "moderator.db"
    db = open_database(path, backup_dir=tmp_path / "backups")
    SessionRepository(db).set_state("last_session_id", "abc")
    db.close()
    for _ in range(2):
        db = open_database(path, backup_dir=tmp_path / "backups")
        try:
            assert SessionRepository(db).get_state("last_session_id") == "abc"
            count = db.execute("SELECT COUNT(*) FROM _sqlite_migrations").fetchone()[0]
            assert count == len(KNOWN_MIGRATIONS)
            assert pragma(db, "synchronous") == 2
            assert pragma(db, "foreign_keys") == 1
        finally:
            db.close()
    # Nothing was pending, so no backup was taken.
    assert not (tmp_path / "backups").exists() or not any((tmp_path / "backups").iterdir())


def make_newer_database(path: Path) -> None:
    db = open_database(path)
    db.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES (?, ?, ?)",
        [MIGRATION_SET, "9999_future", "2030-01-01 00:00:00+00:00"],
    )
    db.conn.commit()
    db.close()


def test_database_from_a_newer_version_is_refused_with_advice(tmp_path):
    path = tmp_path / "data" / "moderator.db"
    make_newer_database(path)
    with pytest.raises(NewerDatabaseError) as caught:
        open_database(path, backup_dir=tmp_path / "data" / "backups")
    message = str(caught.value)
    assert "newer version" in message
    assert "9999_future" in message
    assert "Install the newer version" in message or "--data-dir" in message
    assert isinstance(caught.value, StorageError)


def test_database_from_a_newer_version_is_left_byte_for_byte_untouched(tmp_path):
    folder = tmp_path / "data"
    path = folder / "moderator.db"
    make_newer_database(path)
    before = folder_fingerprint(folder)
    assert "moderator.db" in before
    with pytest.raises(NewerDatabaseError):
        open_database(path, backup_dir=folder / "backups")
    assert folder_fingerprint(folder) == before
    assert not (folder / "backups").exists()


def test_database_with_a_higher_schema_version_is_refused(tmp_path):
    path = tmp_path / "moderator.db"
    db = open_database(path)
    db.execute(f"PRAGMA user_version = {len(KNOWN_MIGRATIONS) + 5}")
    db.close()
    with pytest.raises(NewerDatabaseError, match="newer version"):
        open_database(path)


@pytest.mark.parametrize(
    "content",
    [
        os.urandom(4096),
        b"These are my meeting notes, not a database.\n" * 50,
        b"SQLite format 3\x00" + b"\xff" * 200,
    ],
    ids=["random-bytes", "text-file", "damaged-header"],
)
def test_a_file_that_is_not_a_database_is_refused_and_left_untouched(tmp_path, content):
    folder = tmp_path / "data"
    folder.mkdir()
    path = folder / "moderator.db"
    path.write_bytes(content)
    before = folder_fingerprint(folder)
    with pytest.raises(StorageError) as caught:
        open_database(path, backup_dir=folder / "backups")
    assert str(path) in str(caught.value)
    assert "untouched" in str(caught.value) or "left as it is" in str(caught.value)
    assert folder_fingerprint(folder) == before


def test_a_data_folder_that_cannot_be_created_gives_advice(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with pytest.raises(StorageError, match="--data-dir"):
        open_database(blocker / "moderator.db")


def test_backup_is_a_complete_database_with_the_same_rows(tmp_path, clock):
    from moderator_app.services.sessions import ensure_demo

    db = open_database(tmp_path / "moderator.db")
    try:
        repository = SessionRepository(db)
        session_id = ensure_demo(repository, clock)
        target = backup_to(db, tmp_path / "backups" / "copy.db")
        assert target.exists()
        assert not list((tmp_path / "backups").glob("*.partial"))
        original = repository.load(session_id)
    finally:
        db.close()
    copy = sqlite3.connect(target)
    try:
        assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        for table in APP_TABLES | {"_sqlite_migrations"}:
            source = sqlite3.connect(tmp_path / "moderator.db")
            try:
                expected = source.execute(f"SELECT * FROM {table} ORDER BY rowid").fetchall()
            finally:
                source.close()
            assert copy.execute(f"SELECT * FROM {table} ORDER BY rowid").fetchall() == expected, table
    finally:
        copy.close()
    reopened = open_database(target)
    try:
        assert SessionRepository(reopened).load(session_id) == original
    finally:
        reopened.close()


def test_backup_replaces_an_older_backup_of_the_same_name(tmp_path):
    db = open_database(tmp_path / "moderator.db")
    try:
        target = tmp_path / "backups" / "copy.db"
        target.parent.mkdir()
        target.write_bytes(b"old")
        backup_to(db, target)
        assert target.read_bytes().startswith(b"SQLite format 3\x00")
    finally:
        db.close()


def test_pending_migrations_on_an_existing_database_are_preceded_by_a_backup(tmp_path, monkeypatch):
    from datetime import UTC, datetime

    from moderator_app.storage import database, migrations

    path = tmp_path / "moderator.db"
    open_database(path).close()

    # A newer app adds one migration: the existing file must be copied before it runs.
    newer = migrations.MigrationList(MIGRATION_SET)
    newer.steps.extend(migrations.migrations.steps)

    @newer(name="0009_test_addition")
    def _add(db):
        db.execute("CREATE TABLE test_addition (id INTEGER PRIMARY KEY)")

    monkeypatch.setattr(database, "migrations", newer)
    monkeypatch.setattr(database, "KNOWN_MIGRATIONS", (*KNOWN_MIGRATIONS, "0009_test_addition"))
    db = open_database(path, backup_dir=tmp_path / "backups", now=lambda: datetime(2017, 12, 21, 9, 30, tzinfo=UTC))
    try:
        assert "test_addition" in db.table_names()
    finally:
        db.close()
    backup = tmp_path / "backups" / "before-migration-20171221T093000Z.db"
    assert backup.exists()
    copy = sqlite3.connect(backup)
    try:
        names = [row[0] for row in copy.execute("SELECT name FROM _sqlite_migrations ORDER BY rowid")]
        assert names == list(KNOWN_MIGRATIONS)
        assert "test_addition" not in [row[0] for row in copy.execute("SELECT name FROM sqlite_master")]
    finally:
        copy.close()


def test_newer_database_left_by_a_crash_is_refused_and_its_wal_left_untouched(tmp_path):
    # Build a database whose newer-version marker is only in the -wal, as after a power cut.
    live = tmp_path / "live"
    open_database(live / "moderator.db").close()
    writer = sqlite3.connect(live / "moderator.db")
    writer.execute("PRAGMA wal_autocheckpoint = 0")
    writer.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES (?, ?, ?)",
        [MIGRATION_SET, "9999_future", "2030-01-01"],
    )
    writer.commit()
    crashed = tmp_path / "data"
    crashed.mkdir()
    for name in ("moderator.db", "moderator.db-wal", "moderator.db-shm"):
        (crashed / name).write_bytes((live / name).read_bytes())
    writer.close()
    before = folder_fingerprint(crashed)
    assert len(before) == 3
    with pytest.raises(NewerDatabaseError, match="9999_future"):
        open_database(crashed / "moderator.db", backup_dir=crashed / "backups")
    after = folder_fingerprint(crashed)
    # The data (main file and write-ahead log) is untouched. The -shm is SQLite's shared-memory
    # index of the log, which any reader may rebuild; it holds no data of its own.
    assert set(after) == set(before)
    assert after["moderator.db"] == before["moderator.db"]
    assert after["moderator.db-wal"] == before["moderator.db-wal"]
