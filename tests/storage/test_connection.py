"""storage/connection.py: the plain-sqlite3 handle writes exactly what sqlite-utils would, and hands the rest over."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from datetime import UTC, date, datetime

import pytest
from sqlite_utils import Database
from sqlite_utils.db import NotFoundError

from moderator_app.storage.connection import AppDatabase
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
    handles = []
    for name, make in (("plain.db", AppDatabase), ("utils.db", lambda p: Database(p, execute_plugins=False))):
        db = make(tmp_path / name)
        db.conn.executescript(SCHEMA)
        handles.append(db)
    return handles


def dump(db) -> tuple[list[tuple], list[tuple]]:
    return (
        db.conn.execute("SELECT * FROM people ORDER BY rowid").fetchall(),
        db.conn.execute("SELECT * FROM log ORDER BY rowid").fetchall(),
    )


def test_inserts_upserts_and_updates_store_the_same_rows_and_fire_the_same_triggers(tmp_path):
    plain, utils = both(tmp_path)
    for db in (plain, utils):
        db.table("people").insert_all(ROWS)
        db.table("people").upsert({"id": "a", "name": "Ana María", "tags": []}, pk="id")
        db.table("people").upsert({"id": "d", "name": "New"}, pk="id")
        db.table("people").upsert_all([{"id": "c", "name": "C2", "n": 9}, {"id": "e", "name": "E"}], pk="id")
        db.table("people").update("b", {"name": "Bea", "n": 7})
        db.table("people").insert({"id": "f", "name": "Fé"})
    assert dump(plain) == dump(utils)
    assert dump(plain)[0][0] == ("a", "Ana María", "[]", "1990-05-01", 1)


def test_updating_a_missing_row_raises_not_found_and_changes_nothing(tmp_path):
    plain, _utils = both(tmp_path)
    plain.table("people").insert({"id": "a", "name": "Ana"})
    before = dump(plain)
    with pytest.raises(NotFoundError):
        plain.table("people").update("nobody", {"name": "X"})
    assert dump(plain) == before
    assert not plain.conn.in_transaction


def test_a_failed_write_in_a_transaction_rolls_back_all_of_it(tmp_path):
    plain, _utils = both(tmp_path)
    with pytest.raises(sqlite3.IntegrityError):
        with write_transaction(plain):
            plain.table("people").insert({"id": "a", "name": "Ana"})
            plain.table("people").insert({"id": "b", "name": None})  # NOT NULL
    assert dump(plain) == ([], [])
    assert not plain.conn.in_transaction


def test_nested_transactions_use_savepoints_and_execute_commits_a_lone_write(tmp_path):
    plain, _utils = both(tmp_path)
    with plain.atomic():
        plain.table("people").insert({"id": "a", "name": "Ana"})
        with pytest.raises(RuntimeError):
            with plain.atomic():
                plain.table("people").insert({"id": "b", "name": "Bo"})
                raise RuntimeError("undo only the inner block")
    assert [row[0] for row in dump(plain)[0]] == ["a"]
    plain.execute("INSERT INTO log VALUES ('lone')")
    assert not plain.conn.in_transaction  # committed at once, as sqlite-utils' execute() does
    other = sqlite3.connect(tmp_path / "plain.db")
    assert ("lone",) in other.execute("SELECT what FROM log").fetchall()
    other.close()


def test_what_it_does_not_do_itself_goes_to_sqlite_utils_on_the_same_connection(tmp_path):
    plain, _utils = both(tmp_path)
    plain.table("people").insert({"id": "a", "name": "Ana"})
    assert "people" in plain.table_names()
    assert [row["name"] for row in plain["people"].rows_where("id = ?", ["a"])] == ["Ana"]
    plain.table("brand_new").insert({"x": 1})  # sqlite-utils creates a table on first insert
    assert plain.execute("SELECT x FROM brand_new").fetchall() == [(1,)]
    assert plain.full.conn is plain.conn


def test_recursive_triggers_are_on_as_with_sqlite_utils(tmp_path):
    plain, utils = both(tmp_path)
    pragma = "PRAGMA recursive_triggers"
    assert plain.execute(pragma).fetchone() == utils.execute(pragma).fetchone() == (1,)


def test_an_upsert_on_a_compound_key_replaces_the_row(tmp_path):
    plain, utils = both(tmp_path)
    for db in (plain, utils):
        db.conn.execute("CREATE TABLE drafts (s TEXT, t TEXT, k TEXT, text TEXT NOT NULL, PRIMARY KEY (s, t, k))")
        for text in ("one", "two"):
            db.table("drafts").upsert({"s": "s1", "t": "igf", "k": "key", "text": text}, pk=("s", "t", "k"))
    rows = [db.conn.execute("SELECT * FROM drafts").fetchall() for db in (plain, utils)]
    assert rows[0] == rows[1] == [("s1", "igf", "key", "two")]


def test_an_upsert_refused_by_a_read_only_disk_does_not_spoil_the_next_ones(tmp_path):
    # sqlite-utils learns once per connection, by writing a scratch table, whether it may use
    # INSERT … ON CONFLICT; learnt on a read-only disk, its later upserts stored nothing in a
    # table with NOT NULL columns. The handle tells it from SQLite's version instead.
    plain, _utils = both(tmp_path)
    plain.conn.execute("CREATE TABLE drafts (s TEXT, k TEXT, text TEXT NOT NULL, PRIMARY KEY (s, k))")
    plain.conn.execute("PRAGMA query_only = 1")
    with pytest.raises(sqlite3.OperationalError):
        with write_transaction(plain):
            plain.table("drafts").upsert({"s": "s1", "k": "key", "text": "lost?"}, pk=("s", "k"))
    assert plain.full.supports_on_conflict
    plain.conn.execute("PRAGMA query_only = 0")
    plain.full["drafts"].upsert({"s": "s1", "k": "key", "text": "kept"}, pk=("s", "k"))
    assert plain.conn.execute("SELECT text FROM drafts").fetchall() == [("kept",)]


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
