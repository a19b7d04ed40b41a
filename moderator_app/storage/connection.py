"""The app's database handle: plain sqlite3, its transactions, and the few row writes storage needs.

Storage speaks SQL to SQLite itself. Beyond a statement it needs only three kinds of row write
(insert, insert-or-replace on a key, update by a key) and a transaction that nests, so this
module does those, with the table and the key named at each call, and nothing else: it is not
a general database library. sqlite-utils is used as it is, only by the migrations
(storage/migrations.py), which get a real ``sqlite_utils.Database`` on this connection; importing
it costs more than the rest of the storage layer together, and a start on a migrated database
never needs it.

Values are stored as sqlite-utils stores them (JSON for lists and dicts, ISO text for dates),
since every library written so far was written by it, and the rows read back must not change.

Every commit made here goes through :meth:`AppDatabase._commit`, which counts it for the
commit mark (storage/commit_mark.py) inside the transaction it ends.
"""

from __future__ import annotations

import datetime
import decimal
import json
import os
import sqlite3
import uuid
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from moderator_app.storage.commit_mark import CommitMarker

#: Statements that begin or end a transaction themselves: never committed behind the caller's back.
_TRANSACTION_CONTROL = frozenset({"BEGIN", "COMMIT", "END", "ROLLBACK", "SAVEPOINT", "RELEASE"})

Row = Mapping[str, Any]


class MissingRowError(LookupError):
    """An update named a row that is not there."""

    def __init__(self, table: str, key: Mapping[str, Any]) -> None:
        where = ", ".join(f"{column}={value!r}" for column, value in key.items())
        super().__init__(f"No row in {table} with {where}.")


def _first_keyword(sql: str) -> str:
    """The statement's first keyword, upper-cased, after blanks, comments, bare ``;`` and a BOM."""
    i, n = 0, len(sql)
    while i < n:
        if sql[i].isspace() or sql[i] in (";", "\ufeff"):
            i += 1
        elif sql.startswith("--", i):
            newline = sql.find("\n", i)
            if newline == -1:
                return ""
            i = newline + 1
        elif sql.startswith("/*", i):
            end = sql.find("*/", i + 2)
            if end == -1:
                return ""
            i = end + 2
        else:
            break
    j = i
    while j < n and (sql[j].isalpha() or sql[j] == "_"):
        j += 1
    return sql[i:j].upper()


def sql_value(value: object) -> object:
    """A Python value as it is stored: JSON for containers, ISO text for dates (as sqlite-utils stores them)."""
    if isinstance(value, decimal.Decimal):
        return float(value)
    if isinstance(value, dict | list | tuple):
        return json.dumps(value, default=repr, ensure_ascii=False)
    if isinstance(value, datetime.time | datetime.date | datetime.datetime):
        return value.isoformat()
    if isinstance(value, datetime.timedelta | uuid.UUID):
        return str(value)
    return value


def quote(identifier: str) -> str:
    return '"' + identifier.replace('"', '""') + '"'


def _keys(key: str | Sequence[str]) -> list[str]:
    return [key] if isinstance(key, str) else list(key)


class AppDatabase:
    """One sqlite3 connection to the library: statements, nested transactions, row writes, counted commits."""

    def __init__(self, path: str | Path) -> None:
        self.conn = sqlite3.connect(str(path))
        #: Counts every commit and notes it beside the library (storage/commit_mark.py); set by open_database().
        self.commit_marker: CommitMarker | None = None
        # Triggers that write rows (the notes' search index) fire inside other triggers too.
        self.conn.execute("PRAGMA recursive_triggers=on;")

    def __enter__(self) -> AppDatabase:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<AppDatabase {self.conn}>"

    def close(self) -> None:
        marker = self.commit_marker
        wal = marker.db_path.with_name(marker.db_path.name + "-wal") if marker is not None else None
        wal_was_there = wal is not None and wal.exists()
        self.conn.close()
        if marker is not None and wal is not None:
            # SQLite deletes the -wal on close only when this was the last connection and its checkpoint
            # copied every frame into the main file: then the mark may say so (storage/commit_mark.py).
            # A -wal already gone before the close was deleted by someone else: nothing is sure then.
            marker.close(checkpointed=wal_was_there and not wal.exists())

    # -- statements and transactions -------------------------------------------
    def _commit(self) -> None:
        """COMMIT the open transaction, counted first when the library's commits are counted."""
        seq = self.commit_marker.count(self.conn) if self.commit_marker is not None else None
        self.conn.execute("COMMIT")
        if seq is not None and self.commit_marker is not None:
            self.commit_marker.committed(seq)

    def execute(self, sql: str, parameters: Sequence[Any] | Mapping[str, Any] | None = None) -> sqlite3.Cursor:
        """Run one statement; a write outside a transaction is committed (and counted) at once."""
        was_in_transaction = self.conn.in_transaction
        try:
            cursor = self.conn.execute(sql, parameters) if parameters is not None else self.conn.execute(sql)
        except Exception:
            if not was_in_transaction and self.conn.in_transaction:
                self.conn.execute("ROLLBACK")  # the failed statement's implicit transaction
            raise
        if (
            not was_in_transaction
            and self.conn.in_transaction
            and cursor.description is None
            and _first_keyword(sql) not in _TRANSACTION_CONTROL
        ):
            try:
                self._commit()
            except BaseException:
                self.rollback()
                raise
        return cursor

    def rollback(self) -> None:
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")

    @contextmanager
    def transaction(self) -> Iterator[AppDatabase]:
        """One transaction, committed (and counted) at the end; inside another, a savepoint of it.

        On any exception everything written in the block is undone and the exception goes on.
        """
        if self.conn.in_transaction:
            savepoint = f"nested_{os.urandom(16).hex()}"
            self.conn.execute(f"SAVEPOINT {savepoint};")
            try:
                yield self
            except BaseException:
                # A RAISE(ROLLBACK) trigger may have ended the whole transaction, savepoint and all.
                if self.conn.in_transaction:
                    self.conn.execute(f"ROLLBACK TO SAVEPOINT {savepoint};")
                    self.conn.execute(f"RELEASE SAVEPOINT {savepoint};")
                raise
            else:
                self.conn.execute(f"RELEASE SAVEPOINT {savepoint};")
        else:
            self.conn.execute("BEGIN")
            try:
                yield self
            except BaseException:
                self.rollback()
                raise
            else:
                try:
                    self._commit()
                except BaseException:
                    self.rollback()
                    raise

    # -- row writes --------------------------------------------------------------
    def insert(self, table: str, rows: Iterable[Row]) -> None:
        """INSERT every row, in one transaction; a column a row lacks is stored as NULL."""
        self._write(table, list(rows), None)

    def upsert(self, table: str, rows: Iterable[Row], key: str | Sequence[str]) -> None:
        """INSERT every row, or, where a row with the same ``key`` columns exists, UPDATE the columns given."""
        keys = _keys(key)
        listed = list(rows)
        for row in listed:
            missing = [k for k in keys if row.get(k) is None]
            if missing:
                raise ValueError(f"A row for {table} has no value for its key {', '.join(missing)}.")
        self._write(table, listed, keys)

    def update(self, table: str, key: Mapping[str, Any], values: Row) -> None:
        """Set ``values`` on the one row whose columns equal ``key``; MissingRowError when there is none."""
        where = " AND ".join(f"{quote(column)} = ?" for column in key)
        with self.transaction():
            if values:
                sets = ", ".join(f"{quote(column)} = ?" for column in values)
                cursor = self.execute(
                    f"UPDATE {quote(table)} SET {sets} WHERE {where}",
                    [*(sql_value(value) for value in values.values()), *key.values()],
                )
                found = cursor.rowcount > 0
            else:
                found = self.execute(f"SELECT 1 FROM {quote(table)} WHERE {where}", list(key.values())).fetchone()
            if not found:
                raise MissingRowError(table, key)

    def _write(self, table: str, rows: list[Row], keys: list[str] | None) -> None:
        if not rows:
            return
        columns = sorted({column for row in rows for column in row})
        sql = (
            f"INSERT INTO {quote(table)} ({', '.join(quote(c) for c in columns)}) "
            f"VALUES ({', '.join('?' for _ in columns)})"
        )
        if keys is not None:
            others = [column for column in columns if column not in keys]
            action = (
                "DO UPDATE SET " + ", ".join(f"{quote(c)} = excluded.{quote(c)}" for c in others)
                if others
                else "DO NOTHING"
            )
            sql += f" ON CONFLICT({', '.join(quote(k) for k in keys)}) {action}"
        values = [[sql_value(row.get(column)) for column in columns] for row in rows]
        with self.transaction():
            self.conn.executemany(sql, values)

    # -- reading the schema ------------------------------------------------------
    def table_names(self) -> list[str]:
        return [row[0] for row in self.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
