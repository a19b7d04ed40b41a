"""A damaged database is found at open, before a byte is written: each kind of damage is built for real."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from moderator_app.domain.session import ParticipantDraft
from moderator_app.storage.backups import take_backup
from moderator_app.storage.database import open_database
from moderator_app.storage.errors import CorruptDatabaseError, StorageError
from moderator_app.storage.integrity import check_database, quarantine, verify_copy
from moderator_app.storage.recovery import newest_good_backup, restore, start_empty
from moderator_app.storage.repository import SessionRepository

NOW = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def folder_state(folder: Path) -> dict[str, str]:
    return {p.name: digest(p) for p in sorted(folder.iterdir()) if p.is_file()}


def closed_database(path: Path, people: int = 50) -> Path:
    """A real app database with some people and notes, closed cleanly (no -wal left)."""
    from moderator_app.services.console import SessionConsole
    from moderator_app.services.sessions import ensure_demo
    from moderator_app.system.resources import regions
    from tests.support import FakeClock

    db = open_database(path)
    repository = SessionRepository(db)
    clock = FakeClock()
    console = SessionConsole(repository, clock, ensure_demo(repository, clock), regions=regions())
    for number in range(people):
        console.add_participant(ParticipantDraft(name=f"Person {number}", stakeholder_group="civil_society"))
        console.add_note(f"Note {number} " + "x" * 200)
    db.close()
    return path


def database_with_open_wal(path: Path, people: int = 30) -> tuple[Path, bytes]:
    """A database whose last changes sit only in its -wal, as after a crash; returns (path, the wal's bytes)."""
    closed_database(path, people=5)
    db = open_database(path)
    db.conn.execute("PRAGMA wal_autocheckpoint = 0")
    repository = SessionRepository(db)
    from moderator_app.services.console import SessionConsole
    from moderator_app.system.resources import regions
    from tests.support import FakeClock

    session_id = repository.list_sessions()[0].id
    console = SessionConsole(repository, FakeClock(), session_id, regions=regions())
    for number in range(people):
        console.add_note(f"Only in the log {number}")
    wal = path.with_name(path.name + "-wal").read_bytes()
    assert len(wal) > 32
    # Leave the -wal as a crash would: copy the pair while the connection is still open.
    return path, wal


def flip_bytes(path: Path, offset: int, count: int = 64) -> None:
    data = bytearray(path.read_bytes())
    for index in range(offset, min(offset + count, len(data))):
        data[index] ^= 0xFF
    path.write_bytes(bytes(data))


def assert_refused_untouched(path: Path, kind: str) -> CorruptDatabaseError:
    before = folder_state(path.parent)
    with pytest.raises(CorruptDatabaseError) as caught:
        open_database(path)
    assert caught.value.kind == kind
    assert folder_state(path.parent) == before, "the check must not change, add or delete a file"
    assert "left untouched" in str(caught.value) and "moderator-app restore --newest" in str(caught.value)
    return caught.value


def test_a_whole_database_passes_and_opens(tmp_path):
    path = closed_database(tmp_path / "moderator.db")
    check_database(path)
    open_database(path).close()


def test_a_truncated_database_is_found_and_left_as_it_is(tmp_path):
    path = closed_database(tmp_path / "moderator.db")
    with open(path, "r+b") as stream:
        stream.truncate(path.stat().st_size // 2)
    error = assert_refused_untouched(path, "truncated")
    assert "cut short" in error.problem


def test_a_database_cut_inside_a_page_is_found(tmp_path):
    path = closed_database(tmp_path / "moderator.db")
    with open(path, "r+b") as stream:
        stream.truncate(path.stat().st_size - 100)
    assert_refused_untouched(path, "truncated")


def test_a_database_cut_to_its_first_bytes_is_found(tmp_path):
    path = closed_database(tmp_path / "moderator.db")
    with open(path, "r+b") as stream:
        stream.truncate(10)
    assert_refused_untouched(path, "truncated")


def test_flipped_bytes_inside_the_tables_are_found(tmp_path):
    path = closed_database(tmp_path / "moderator.db")
    page_size = 4096
    pages = path.stat().st_size // page_size
    for page in range(2, pages, 3):  # damage many pages, as a failing disk would
        flip_bytes(path, page * page_size + 8, 200)
    error = assert_refused_untouched(path, "damaged")
    assert "damaged" in error.problem


def test_flipped_bytes_in_the_header_are_found(tmp_path):
    path = closed_database(tmp_path / "moderator.db")
    flip_bytes(path, 0, 16)
    assert_refused_untouched(path, "not-a-database")


def test_a_file_that_is_not_a_database_is_refused(tmp_path):
    path = tmp_path / "moderator.db"
    path.write_text("Dear moderator, this is a letter, not a database.\n" * 200)
    error = assert_refused_untouched(path, "not-a-database")
    assert "not a moderator-app database" in error.problem


def test_another_programs_sqlite_file_is_refused_not_migrated(tmp_path):
    path = tmp_path / "moderator.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.execute("INSERT INTO recipes VALUES ('soup')")
    conn.commit()
    conn.close()
    assert_refused_untouched(path, "not-ours")


def test_a_crash_leftover_wal_is_whole_and_its_changes_are_kept(tmp_path):
    source, _wal = database_with_open_wal(tmp_path / "source" / "moderator.db")
    target = tmp_path / "crashed" / "moderator.db"
    target.parent.mkdir()
    shutil.copyfile(source, target)
    shutil.copyfile(source.with_name("moderator.db-wal"), target.with_name("moderator.db-wal"))
    check_database(target)
    db = open_database(target)
    texts = [row[0] for row in db.conn.execute("SELECT text FROM notes WHERE text LIKE 'Only in the log%'")]
    db.close()
    assert len(texts) == 30


def test_a_wal_from_another_database_is_refused_and_both_files_are_kept(tmp_path):
    """SQLite would replay it silently over this database: the check finds that it does not belong."""
    ours = closed_database(tmp_path / "ours" / "moderator.db", people=20)
    _theirs, wal = database_with_open_wal(tmp_path / "theirs" / "moderator.db", people=30)
    ours.with_name("moderator.db-wal").write_bytes(wal)
    error = assert_refused_untouched(ours, "foreign-wal")
    assert "moderator.db-wal" in error.problem
    assert ours.with_name("moderator.db-wal").read_bytes() == wal


def test_a_wal_that_is_not_a_wal_is_refused_before_sqlite_deletes_it(tmp_path):
    """A reader ignores such a file and the first writer deletes it: it is refused before that."""
    path = closed_database(tmp_path / "moderator.db")
    garbage = bytes(range(256)) * 40
    path.with_name("moderator.db-wal").write_bytes(garbage)
    error = assert_refused_untouched(path, "foreign-wal")
    assert "not an SQLite write-ahead log" in error.problem
    assert path.with_name("moderator.db-wal").read_bytes() == garbage


def test_a_wal_without_its_database_is_refused(tmp_path):
    _source, wal = database_with_open_wal(tmp_path / "source" / "moderator.db", people=3)
    path = tmp_path / "data" / "moderator.db"
    path.parent.mkdir()
    path.with_name("moderator.db-wal").write_bytes(wal)
    with pytest.raises(CorruptDatabaseError) as caught:
        open_database(path)
    assert caught.value.kind == "foreign-wal"
    assert not path.exists()


def test_an_empty_folder_still_starts_fresh(tmp_path):
    path = tmp_path / "new" / "moderator.db"
    check_database(path)
    open_database(path).close()


def test_moving_aside_keeps_every_file_byte_for_byte_and_never_overwrites(tmp_path):
    path = closed_database(tmp_path / "moderator.db")
    flip_bytes(path, 0, 16)
    path.with_name("moderator.db-wal").write_bytes(b"wal bytes")
    path.with_name("moderator.db-shm").write_bytes(b"shm bytes")
    before = {suffix: digest(path.with_name("moderator.db" + suffix)) for suffix in ("", "-wal", "-shm")}
    first = quarantine(path, NOW)
    assert first.name == "moderator.db.corrupt-20261126T120000Z"
    assert {suffix: digest(first.with_name(first.name + suffix)) for suffix in ("", "-wal", "-shm")} == before
    assert not path.exists() and not path.with_name("moderator.db-wal").exists()
    path.write_bytes(b"a second damaged file")
    second = quarantine(path, NOW)  # the same second: a new name, the first one kept
    assert second != first and first.exists() and second.read_bytes() == b"a second damaged file"


def test_the_newest_good_backup_skips_a_damaged_newer_one(tmp_path, app_paths, console, repository):
    older = take_backup(repository.db, app_paths.backups, NOW, reason="timer")
    console.add_note("after the first backup")
    newer = take_backup(repository.db, app_paths.backups, NOW.replace(hour=13), reason="timer")
    assert older and newer
    flip_bytes(newer, 4096 * 2, 4096 * 3)
    assert verify_copy(newer) is not None
    found = newest_good_backup(app_paths.backups)
    assert found is not None and found.path == older


def test_restoring_over_a_damaged_database_moves_it_aside_then_opens_the_backup(
    tmp_path, app_paths, console, repository
):
    console.add_note("kept in the backup")
    backup = take_backup(repository.db, app_paths.backups, NOW, reason="timer")
    assert backup
    repository.db.close()
    app_paths.database.with_name("moderator.db-wal").unlink(missing_ok=True)
    flip_bytes(app_paths.database, 0, 16)
    damaged = digest(app_paths.database)
    outcome = restore(app_paths.database, backup, app_paths.backups, NOW)
    assert outcome.moved_aside is not None and digest(outcome.moved_aside) == damaged
    db = open_database(app_paths.database)
    assert db.conn.execute("SELECT count(*) FROM notes WHERE text = 'kept in the backup'").fetchone()[0] == 1
    db.close()


def test_restoring_over_a_readable_database_backs_it_up_first(tmp_path, app_paths, console, repository):
    backup = take_backup(repository.db, app_paths.backups, NOW, reason="timer")
    assert backup
    console.add_note("written after the backup")
    repository.db.close()
    outcome = restore(app_paths.database, backup, app_paths.backups, NOW.replace(hour=14))
    assert outcome.moved_aside is None and outcome.before is not None
    conn = sqlite3.connect(outcome.before)
    assert conn.execute("SELECT count(*) FROM notes WHERE text = 'written after the backup'").fetchone()[0] == 1
    conn.close()


def test_a_damaged_backup_is_not_restored_and_nothing_changes(tmp_path, app_paths, console, repository):
    backup = take_backup(repository.db, app_paths.backups, NOW, reason="timer")
    assert backup
    repository.db.close()
    flip_bytes(backup, 0, 16)
    before = folder_state(app_paths.data_dir)
    with pytest.raises(StorageError, match="cannot be used"):
        restore(app_paths.database, backup, app_paths.backups, NOW)
    assert folder_state(app_paths.data_dir) == before


def test_starting_empty_keeps_the_damaged_file_aside(tmp_path):
    path = tmp_path / "moderator.db"
    path.write_bytes(b"not a database at all" * 100)
    moved = start_empty(path, NOW)
    assert moved is not None and moved.read_bytes() == b"not a database at all" * 100
    open_database(path).close()


def test_a_wal_that_reads_whole_but_carries_another_databases_identity_is_refused(tmp_path):
    """The case quick_check cannot see: same layout, so only the database's id tells them apart."""
    ours = closed_database(tmp_path / "ours" / "moderator.db", people=5)
    twin = tmp_path / "twin" / "moderator.db"
    twin.parent.mkdir()
    shutil.copyfile(ours, twin)
    conn = sqlite3.connect(twin)
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("UPDATE app_state SET value = 'another-database' WHERE key = 'database_id'")
    conn.commit()
    wal = twin.with_name("moderator.db-wal").read_bytes()  # read while the connection keeps it
    conn.close()
    ours.with_name("moderator.db-wal").write_bytes(wal)
    error = assert_refused_untouched(ours, "foreign-wal")
    assert "another moderator-app database" in error.problem


def test_a_database_whose_first_migration_ran_but_whose_tables_are_gone_is_damaged(tmp_path):
    path = closed_database(tmp_path / "moderator.db", people=2)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("DROP TABLE queue_entries")
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    error = assert_refused_untouched(path, "damaged")
    assert "queue_entries" in error.problem


def test_a_wal_torn_by_a_power_cut_can_be_set_aside_keeping_the_database(tmp_path):
    """A -wal whose header never reached the disk (zeros) held nothing committed: the database alone is whole."""
    from moderator_app.storage.recovery import keep_database

    path = closed_database(tmp_path / "moderator.db", people=3)
    torn = bytes(4096 * 3)
    path.with_name("moderator.db-wal").write_bytes(torn)
    with pytest.raises(CorruptDatabaseError) as caught:
        check_database(path)
    assert caught.value.kind == "foreign-wal" and caught.value.database_whole
    assert "restore --set-wal-aside" in str(caught.value)
    before = digest(path)
    moved = keep_database(path, NOW)
    assert moved is not None and moved.name == "moderator.db-wal.corrupt-20261126T120000Z"
    assert moved.read_bytes() == torn and digest(path) == before
    db = open_database(path)
    assert db.conn.execute("SELECT count(*) FROM notes").fetchone()[0] == 3
    db.close()


def test_a_foreign_wal_over_a_whole_database_offers_keeping_the_database(tmp_path):
    ours = closed_database(tmp_path / "ours" / "moderator.db", people=20)
    _theirs, wal = database_with_open_wal(tmp_path / "theirs" / "moderator.db", people=30)
    ours.with_name("moderator.db-wal").write_bytes(wal)
    with pytest.raises(CorruptDatabaseError) as caught:
        check_database(ours)
    assert caught.value.database_whole


def test_keeping_the_database_is_refused_when_the_database_itself_is_damaged(tmp_path):
    from moderator_app.storage.recovery import keep_database

    path = closed_database(tmp_path / "moderator.db")
    for page in range(2, path.stat().st_size // 4096, 3):
        flip_bytes(path, page * 4096 + 8, 200)
    path.with_name("moderator.db-wal").write_bytes(bytes(4096))
    with pytest.raises(CorruptDatabaseError) as caught:
        keep_database(path, NOW)
    assert not caught.value.database_whole
    assert path.with_name("moderator.db-wal").exists()


def test_a_main_file_cut_short_that_its_wal_does_not_make_up_for_is_still_refused(tmp_path):
    # Pages lost from the main file that the -wal does not hold: what SQLite reads is damaged.
    source, _wal = database_with_open_wal(tmp_path / "source" / "moderator.db", people=3)
    target = tmp_path / "crashed" / "moderator.db"
    target.parent.mkdir()
    shutil.copyfile(source, target)
    shutil.copyfile(source.with_name("moderator.db-wal"), target.with_name("moderator.db-wal"))
    with open(target, "r+b") as stream:
        stream.truncate(target.stat().st_size // 2 // 4096 * 4096)
    error = assert_refused_untouched(target, "truncated")
    assert "does not make up for it" in error.problem
