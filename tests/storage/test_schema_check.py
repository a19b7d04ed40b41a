"""The start-up check knows a library positively, and finds a schema or text that damage took away."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from moderator_app.storage import schema
from moderator_app.storage.database import open_database
from moderator_app.storage.integrity import APPLICATION_ID, check_database, verify_copy
from tests.storage.test_integrity import assert_refused_untouched, closed_database, digest


def _schema_of(conn: sqlite3.Connection) -> tuple[dict[str, tuple[str, ...]], tuple[str, ...], tuple[str, ...]]:
    names = conn.execute("SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name")
    found: dict[str, list[str]] = {"table": [], "index": [], "trigger": []}
    for kind, name in names:
        found[kind].append(name)
    tables = {
        table: tuple(row[1] for row in conn.execute("SELECT * FROM pragma_table_info(?)", [table]))
        for table in found["table"]
    }
    return tables, tuple(found["index"]), tuple(found["trigger"])


def test_the_expected_schema_is_what_the_migrations_make(tmp_path):
    db = open_database(tmp_path / "moderator.db")
    tables, indexes, triggers = _schema_of(db.conn)
    db.close()
    assert tables == schema.EXPECTED_TABLES, f"EXPECTED_TABLES in storage/schema.py should be {tables!r}"
    assert indexes == schema.EXPECTED_INDEXES, f"EXPECTED_INDEXES should be {indexes!r}"
    assert triggers == schema.EXPECTED_TRIGGERS, f"EXPECTED_TRIGGERS should be {triggers!r}"


def test_a_new_library_carries_the_apps_mark_and_an_old_one_gets_it(tmp_path):
    path = closed_database(tmp_path / "moderator.db", people=2)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    conn.execute("PRAGMA application_id = 0")  # as made before the mark was written
    conn.close()
    check_database(path)  # known by its migrations
    open_database(path).close()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    conn.close()


def _foreign_file(path: Path, *, application_id: int = 0) -> Path:
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id = {application_id}")
    # Tables named like ours, but none of this app's migrations: another program's file.
    conn.execute("CREATE TABLE sessions (id TEXT PRIMARY KEY, title TEXT)")
    conn.execute("CREATE TABLE participants (id TEXT, name TEXT)")
    conn.execute("INSERT INTO sessions VALUES ('1', 'Their data')")
    conn.commit()
    conn.close()
    return path


def test_another_programs_file_with_a_sessions_table_is_refused_before_a_byte_is_written(tmp_path):
    path = _foreign_file(tmp_path / "moderator.db")
    before = digest(path)
    error = assert_refused_untouched(path, "not-ours")
    assert "not one of moderator-app's" in error.problem
    assert digest(path) == before
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete", "it must not be switched to WAL"
    conn.close()


def test_a_file_marked_by_another_program_is_refused_even_with_our_migrations(tmp_path):
    path = closed_database(tmp_path / "moderator.db", people=1)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA application_id = 1234")
    conn.close()
    assert_refused_untouched(path, "not-ours")


def test_another_programs_file_is_no_backup_to_restore(tmp_path):
    foreign = _foreign_file(tmp_path / "theirs.db")
    assert verify_copy(foreign) == "it is not a moderator-app database."
    ours = closed_database(tmp_path / "ours.db", people=1)
    assert verify_copy(ours) is None


@pytest.mark.parametrize(
    ("damage", "named"),
    [
        ("DROP TABLE contingents", "the table contingents is missing"),
        ("ALTER TABLE notes DROP COLUMN tags", "the column notes.tags is missing"),
        ("DROP INDEX notes_session", "the index notes_session is missing"),
        ("DROP TRIGGER notes_ai", "the trigger notes_ai is missing"),
        ("DROP TABLE notes_fts", "the table notes_fts is missing"),
    ],
)
def test_a_schema_that_lost_a_part_is_found_at_the_start_and_named(tmp_path, damage, named):
    path = closed_database(tmp_path / "moderator.db", people=3)
    conn = sqlite3.connect(path)
    conn.execute(damage)
    conn.commit()
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    error = assert_refused_untouched(path, "damaged")
    assert named in error.problem


def test_a_flipped_byte_that_breaks_a_notes_text_is_found_at_the_start(tmp_path):
    path = closed_database(tmp_path / "moderator.db", people=20)
    data = bytearray(path.read_bytes())
    at = data.find(b"Note 7 xxxx")
    assert at > 0
    data[at + 5] ^= 0x80  # "7" becomes a byte that is no UTF-8 character
    path.write_bytes(bytes(data))
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok", "SQLite itself sees nothing wrong"
    conn.close()
    error = assert_refused_untouched(path, "damaged")
    assert "text in the table notes cannot be read" in error.problem


def test_a_damaged_backup_copy_with_broken_text_is_not_offered(tmp_path):
    path = closed_database(tmp_path / "moderator.db", people=20)
    copy = tmp_path / "copy.db"
    shutil.copyfile(path, copy)
    data = bytearray(copy.read_bytes())
    at = data.find(b"Note 3 xxxx")
    data[at + 5] ^= 0x80
    copy.write_bytes(bytes(data))
    problem = verify_copy(copy)
    assert problem is not None and "cannot be read" in problem


def test_a_row_the_app_cannot_read_back_is_damage_not_a_traceback(tmp_path):
    from moderator_app.storage.errors import CorruptDatabaseError
    from moderator_app.storage.repository import SessionRepository

    path = closed_database(tmp_path / "moderator.db", people=2)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE participants SET roles = '[\"emperor\"]'")
    conn.commit()
    conn.close()
    db = open_database(path)
    repository = SessionRepository(db)
    session_id = repository.list_sessions()[0].id
    with pytest.raises(CorruptDatabaseError) as caught:
        repository.load(session_id)
    db.close()
    assert caught.value.kind == "damaged" and "'emperor' is not a valid Role" in caught.value.problem


def test_a_busy_or_full_disk_is_not_called_damage():
    from moderator_app.storage.errors import damaged_on_reading

    assert damaged_on_reading(Path("x.db"), sqlite3.OperationalError("database is locked")) is None
    assert damaged_on_reading(Path("x.db"), sqlite3.OperationalError("database or disk is full")) is None
    assert damaged_on_reading(Path("x.db"), sqlite3.ProgrammingError("Cannot operate on a closed database.")) is None
    assert damaged_on_reading(Path("x.db"), sqlite3.DatabaseError("database disk image is malformed")) is not None


def test_a_list_that_is_no_longer_json_is_found_at_the_start(tmp_path):
    path = closed_database(tmp_path / "moderator.db", people=2)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE sessions SET tags = '[\"unfinished'")
    conn.commit()
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    error = assert_refused_untouched(path, "damaged")
    assert "sessions.tags cannot be read" in error.problem
