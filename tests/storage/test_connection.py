"""storage/connection.py: the app's own handle stores rows as the libraries written so far hold them,
keeps its transactions whole, and counts its commits; sqlite-utils is left to the migrations."""

from __future__ import annotations

import ast
import sqlite3
import subprocess
import sys
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlite_utils import Database

import moderator_app.storage.migrations as migrations_module
from moderator_app.storage.commit_mark import read_mark, stored_seq
from moderator_app.storage.connection import AppDatabase, MissingRowError
from moderator_app.storage.database import open_database
from moderator_app.storage.errors import write_transaction

SCHEMA = """
CREATE TABLE people (id TEXT PRIMARY KEY, name TEXT NOT NULL, tags TEXT NOT NULL DEFAULT '[]', born TEXT, n INTEGER);
CREATE TABLE log (what TEXT);
CREATE TRIGGER people_au AFTER UPDATE ON people BEGIN INSERT INTO log VALUES ('update ' || new.id); END;
CREATE TRIGGER people_ai AFTER INSERT ON people BEGIN INSERT INTO log VALUES ('insert ' || new.id); END;
"""

ROWS = [
    {"id": "a", "name": "Ana", "tags": ["x", "ñ"], "born": date(1990, 5, 1), "n": 1},
    {"id": "b", "name": "=1+1 <b>", "tags": {"k": [1, 2]}, "born": datetime(2017, 12, 21, 9, 30, tzinfo=UTC)},
    {"id": "c", "name": "\u202eRTL", "tags": (), "born": None, "n": 3},
]


def both(tmp_path):
    """The same schema in two files: one written through AppDatabase, one through sqlite-utils."""
    plain = AppDatabase(tmp_path / "plain.db")
    utils = Database(tmp_path / "utils.db", execute_plugins=False)
    for db in (plain, utils):
        db.conn.executescript(SCHEMA)
    return plain, utils


def dump(db) -> tuple[list[tuple], list[tuple]]:
    return (
        db.conn.execute("SELECT * FROM people ORDER BY rowid").fetchall(),
        db.conn.execute("SELECT * FROM log ORDER BY rowid").fetchall(),
    )


def test_rows_are_stored_as_sqlite_utils_stored_them_in_the_libraries_written_so_far(tmp_path):
    plain, utils = both(tmp_path)
    plain.insert("people", ROWS)
    plain.upsert("people", [{"id": "a", "name": "Ana María", "tags": []}], key="id")
    plain.upsert("people", [{"id": "d", "name": "New"}], key="id")
    plain.upsert("people", [{"id": "c", "name": "C2", "n": 9}, {"id": "e", "name": "E"}], key="id")
    plain.update("people", {"id": "b"}, {"name": "Bea", "n": 7})
    plain.insert("people", [{"id": "f", "name": "Fé"}])
    utils.table("people").insert_all(ROWS)
    utils.table("people").upsert({"id": "a", "name": "Ana María", "tags": []}, pk="id")
    utils.table("people").upsert({"id": "d", "name": "New"}, pk="id")
    utils.table("people").upsert_all([{"id": "c", "name": "C2", "n": 9}, {"id": "e", "name": "E"}], pk="id")
    utils.table("people").update("b", {"name": "Bea", "n": 7})
    utils.table("people").insert({"id": "f", "name": "Fé"})
    assert dump(plain) == dump(utils)
    assert dump(plain)[0][0] == ("a", "Ana María", "[]", "1990-05-01", 1)


def test_updating_a_missing_row_says_so_and_changes_nothing(tmp_path):
    plain, _utils = both(tmp_path)
    plain.insert("people", [{"id": "a", "name": "Ana"}])
    before = dump(plain)
    with pytest.raises(MissingRowError, match="people with id='nobody'"):
        plain.update("people", {"id": "nobody"}, {"name": "X"})
    with pytest.raises(MissingRowError):
        plain.update("people", {"id": "nobody"}, {})
    assert dump(plain) == before
    assert not plain.conn.in_transaction


def test_an_upsert_without_its_key_is_refused_before_anything_is_written(tmp_path):
    plain, _utils = both(tmp_path)
    with pytest.raises(ValueError, match="no value for its key id"):
        plain.upsert("people", [{"id": "a", "name": "Ana"}, {"name": "no id"}], key="id")
    assert dump(plain) == ([], [])


def test_a_failed_write_in_a_transaction_rolls_back_all_of_it(tmp_path):
    plain, _utils = both(tmp_path)
    with pytest.raises(sqlite3.IntegrityError):
        with write_transaction(plain):
            plain.insert("people", [{"id": "a", "name": "Ana"}])
            plain.insert("people", [{"id": "b", "name": None}])  # NOT NULL
    assert dump(plain) == ([], [])
    assert not plain.conn.in_transaction


def test_nested_transactions_use_savepoints_and_execute_commits_a_lone_write(tmp_path):
    plain, _utils = both(tmp_path)
    with plain.transaction():
        plain.insert("people", [{"id": "a", "name": "Ana"}])
        with pytest.raises(RuntimeError):
            with plain.transaction():
                plain.insert("people", [{"id": "b", "name": "Bo"}])
                raise RuntimeError("undo only the inner block")
    assert [row[0] for row in dump(plain)[0]] == ["a"]
    plain.execute("INSERT INTO log VALUES ('lone')")
    assert not plain.conn.in_transaction  # committed at once
    other = sqlite3.connect(tmp_path / "plain.db")
    assert ("lone",) in other.execute("SELECT what FROM log").fetchall()
    other.close()


def test_recursive_triggers_are_on_as_the_migrations_expect(tmp_path):
    plain, utils = both(tmp_path)
    pragma = "PRAGMA recursive_triggers"
    assert plain.execute(pragma).fetchone() == utils.execute(pragma).fetchone() == (1,)


def test_an_upsert_on_a_compound_key_replaces_the_row(tmp_path):
    plain, _utils = both(tmp_path)
    plain.conn.execute("CREATE TABLE drafts (s TEXT, t TEXT, k TEXT, text TEXT NOT NULL, PRIMARY KEY (s, t, k))")
    for text in ("one", "two"):
        plain.upsert("drafts", [{"s": "s1", "t": "igf", "k": "key", "text": text}], key=("s", "t", "k"))
    assert plain.conn.execute("SELECT * FROM drafts").fetchall() == [("s1", "igf", "key", "two")]


def test_an_upsert_refused_by_a_read_only_disk_does_not_spoil_the_next_ones(tmp_path):
    # sqlite-utils learns once per connection, by writing a scratch table, whether it may use
    # INSERT … ON CONFLICT, and learnt on a read-only disk its later upserts stored nothing in a
    # table with NOT NULL columns. The app's handle always writes the one statement.
    plain, _utils = both(tmp_path)
    plain.conn.execute("CREATE TABLE drafts (s TEXT, k TEXT, text TEXT NOT NULL, PRIMARY KEY (s, k))")
    plain.conn.execute("PRAGMA query_only = 1")
    with pytest.raises(sqlite3.OperationalError):
        with write_transaction(plain):
            plain.upsert("drafts", [{"s": "s1", "k": "key", "text": "lost?"}], key=("s", "k"))
    plain.conn.execute("PRAGMA query_only = 0")
    plain.upsert("drafts", [{"s": "s1", "k": "key", "text": "kept"}], key=("s", "k"))
    assert plain.conn.execute("SELECT text FROM drafts").fetchall() == [("kept",)]


def test_every_commit_of_the_library_is_counted_and_marked_but_not_a_rolled_back_one(tmp_path):
    path = tmp_path / "moderator.db"
    db = open_database(path)
    try:
        start = stored_seq(db.conn)
        db.upsert("app_state", [{"key": "a", "value": "1"}], key="key")  # its own transaction
        with db.transaction():
            db.upsert("app_state", [{"key": "b", "value": "2"}], key="key")
            with db.transaction():  # a savepoint: no commit of its own
                db.update("app_state", {"key": "b"}, {"value": "3"})
        db.execute("UPDATE app_state SET value = '4' WHERE key = 'a'")  # a lone write, committed at once
        with pytest.raises(RuntimeError), db.transaction():
            db.upsert("app_state", [{"key": "c", "value": "x"}], key="key")
            raise RuntimeError("rolled back: not a commit")
        assert stored_seq(db.conn) == start + 3
        mark = read_mark(path)
        assert mark is not None and mark.seq == start + 3
    finally:
        db.close()


def test_the_handle_is_not_sqlite_utils_and_says_what_it_cannot_do(tmp_path):
    plain, _utils = both(tmp_path)
    with pytest.raises(AttributeError):
        plain.rows_where  # noqa: B018 - nothing is forwarded to a library behind it
    with pytest.raises(sqlite3.OperationalError, match="no such table"):
        plain.insert("brand_new", [{"x": 1}])  # tables come from migrations, never from a first insert
    assert "people" in plain.table_names()


def test_opening_a_migrated_database_does_not_import_sqlite_utils(tmp_path):
    path = tmp_path / "moderator.db"
    open_database(path).close()  # creates and migrates: sqlite-utils' Migrations
    code = (
        "import sys\n"
        "from moderator_app.storage.database import open_database\n"
        "from moderator_app.storage.repository import SessionRepository\n"
        f"db = open_database({str(path)!r})\n"
        "repository = SessionRepository(db)\n"
        "repository.set_state('last_session_id', 'x')\n"
        "assert repository.get_state('last_session_id') == 'x'\n"
        "db.close()\n"
        "print(sorted(name for name in sys.modules if name.split('.')[0] == 'sqlite_utils'))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_the_migration_names_are_read_from_the_one_list_of_migrations():
    registered = [step.name for step in migrations_module.migrations.steps]
    assert list(migrations_module.KNOWN_MIGRATIONS) == registered
    assert registered == sorted(registered) and len(set(registered)) == len(registered)
    # KNOWN_MIGRATIONS is read when the module is; a migration appended below it would be missed.
    tree = ast.parse(Path(migrations_module.__file__).read_text(encoding="utf-8"))
    last = tree.body[-1]
    assert isinstance(last, ast.AnnAssign | ast.Assign) and "KNOWN_MIGRATIONS" in ast.unparse(last)


def test_a_migration_named_twice_is_refused():
    steps = migrations_module.MigrationList("test")
    steps(name="0001_a")(lambda db: None)
    with pytest.raises(ValueError, match="0001_a"):
        steps(name="0001_a")(lambda db: None)
