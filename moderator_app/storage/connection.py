"""The app's database handle: sqlite-utils' ``Database`` shape over plain sqlite3, sqlite-utils loaded on demand.

Opening an already migrated database and running a session needs only a few statements (reads, and
inserts, upserts and updates of whole rows). Importing sqlite-utils costs more than the rest of the
storage layer together (it pulls in click, pluggy and dateutil; benchmarks/startup.py times the
start), so :class:`AppDatabase` does those few things itself, with the very statements sqlite-utils
4 issues for them, and hands everything else (migrations, table creation, anything with options) to
a real ``sqlite_utils.Database`` over the same connection, made the first time it is needed. Both
work on one connection and one transaction, so a change made through either is the same change.
"""

from __future__ import annotations

import datetime
import decimal
import json
import os
import sqlite3
import uuid
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from moderator_app.storage.commit_mark import CommitMarker

if TYPE_CHECKING:
    from sqlite_utils import Database
    from sqlite_utils.db import Table

#: Statements that begin or end a transaction themselves (sqlite-utils' _TRANSACTION_CONTROL_KEYWORDS).
_TRANSACTION_CONTROL = frozenset({"BEGIN", "COMMIT", "END", "ROLLBACK", "SAVEPOINT", "RELEASE"})


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
    """A Python value as sqlite-utils stores it (its ``jsonify_if_needed``): JSON for containers, ISO dates."""
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


class AppDatabase:
    """A ``sqlite_utils.Database`` look-alike: ``conn``, ``execute``, ``atomic``, ``table``… over sqlite3.

    Anything it does not do itself goes to :attr:`full`, a real sqlite-utils Database on the same
    connection (``db.table_names()``, ``db["t"].rows_where(…)``, migrations).
    """

    def __init__(self, path: str | Path) -> None:
        self.conn = sqlite3.connect(str(path))  # as Database(path) does: the default transaction handling
        self._full: Database | None = None
        #: Counts every commit and notes it beside the library (storage/commit_mark.py); set by open_database().
        self.commit_marker: CommitMarker | None = None
        self._pks: dict[str, list[str]] = {}
        self.execute("PRAGMA recursive_triggers=on;")  # as Database(recursive_triggers=True) does

    @property
    def full(self) -> Database:
        """sqlite-utils' own Database on this connection, imported and made on first use."""
        if self._full is None:
            from sqlite_utils import Database

            # Plugins are never run on the app's data (storage/database.py); the pragma is set already.
            full = Database(self.conn, execute_plugins=False, recursive_triggers=False)
            # sqlite-utils finds out whether SQLite has INSERT … ON CONFLICT by writing a scratch
            # table, once per connection. Made now, that probe may meet a full or read-only disk,
            # fail, and leave every later upsert on its old INSERT OR IGNORE + UPDATE path, which
            # silently stores nothing in a table with NOT NULL columns (report_sections). SQLite
            # has had it since 3.24.0: say so from the version instead of by writing.
            full._supports_on_conflict = sqlite3.sqlite_version_info >= (3, 24, 0)
            self._full = full
        return self._full

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") or name in ("_full", "_pks", "conn", "commit_marker"):
            raise AttributeError(name)
        return getattr(self.full, name)

    def __getitem__(self, table_name: str) -> AppTable:
        return self.table(table_name)

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

    def _commit(self) -> None:
        """COMMIT the open transaction, counted first when the library's commits are counted."""
        seq = self.commit_marker.count(self.conn) if self.commit_marker is not None else None
        self.conn.execute("COMMIT")
        if seq is not None and self.commit_marker is not None:
            self.commit_marker.committed(seq)

    def execute(self, sql: str, parameters: Sequence[Any] | dict[str, Any] | None = None) -> sqlite3.Cursor:
        """Run one statement; a write outside a transaction is committed at once (as sqlite-utils does)."""
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

    def executescript(self, sql: str) -> sqlite3.Cursor:
        return self.full.executescript(sql)

    def rollback(self) -> None:
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")

    @contextmanager
    def atomic(self) -> Iterator[AppDatabase]:
        """A transaction (a savepoint when one is open already), as sqlite-utils' ``Database.atomic``."""
        if self.conn.in_transaction:
            savepoint = f"sqlite_utils_{os.urandom(16).hex()}"
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

    def table(self, table_name: str, **kwargs: Any) -> AppTable:
        return AppTable(self, table_name, kwargs)

    def primary_keys(self, table_name: str) -> list[str] | None:
        """The table's primary key columns in declaration order (``rowid`` when it has none); None: no such table.

        Remembered per table: the app's schema changes only through migrations, which run before
        anything is written.
        """
        pks = self._pks.get(table_name)
        if pks is None:
            info = self.conn.execute(f"PRAGMA table_info({quote(table_name)})").fetchall()
            if not info:
                return None  # sqlite-utils creates a table on first insert: left to it
            pks = [row[1] for row in sorted((row for row in info if row[5]), key=lambda row: row[5])] or ["rowid"]
            self._pks[table_name] = pks
        return pks


class AppTable:
    """``db.table(name)``: insert, upsert and update of plain rows done here; the rest by sqlite-utils."""

    def __init__(self, db: AppDatabase, name: str, options: dict[str, Any]) -> None:
        self.db = db
        self.name = name
        self.options = options

    @property
    def full(self) -> Table:
        return self.db.full.table(self.name, **self.options)

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") or name in ("db", "name", "options"):
            raise AttributeError(name)
        return getattr(self.full, name)

    def insert(self, record: dict[str, Any], **options: Any) -> AppTable | Table:
        return self.insert_all([record], **options)

    def insert_all(self, records: Iterable[dict[str, Any]], **options: Any) -> AppTable | Table:
        if options or self.options or self.db.primary_keys(self.name) is None:
            return self.full.insert_all(records, **options)
        rows = list(records)
        if rows and all(isinstance(row, dict) for row in rows):
            self._write(rows, None)
        elif rows:
            return self.full.insert_all(rows)
        return self

    def upsert(
        self, record: dict[str, Any], pk: str | tuple[str, ...] | list[str] | None = None, **options: Any
    ) -> AppTable | Table:
        return self.upsert_all([record], pk=pk, **options)

    def upsert_all(
        self, records: Iterable[dict[str, Any]], pk: str | tuple[str, ...] | list[str] | None = None, **options: Any
    ) -> AppTable | Table:
        rows = list(records)
        keys = [pk] if isinstance(pk, str) else list(pk or ())
        plain = bool(keys) and not options and not self.options and self.db.primary_keys(self.name) is not None
        if not plain or not all(isinstance(row, dict) and all(row.get(k) is not None for k in keys) for row in rows):
            return self.full.upsert_all(rows, pk=pk, **options)  # sqlite-utils says what is wrong
        if rows:
            self._write(rows, keys)
        return self

    def update(self, pk_values: Any, updates: dict[str, Any] | None = None, **options: Any) -> AppTable | Table:
        keys = list(pk_values) if isinstance(pk_values, list | tuple) else [pk_values]
        pks = self.db.primary_keys(self.name)
        if options or self.options or pks is None or len(keys) != len(pks):
            return self.full.update(pk_values, updates, **options)
        where = " and ".join(f"{quote(pk)} = ?" for pk in pks)
        if not updates:
            if self.db.execute(f"SELECT 1 FROM {quote(self.name)} WHERE {where}", keys).fetchone() is None:
                return self.full.update(pk_values, updates)  # raises sqlite-utils' NotFoundError
            return self
        sets = ", ".join(f"{quote(column)} = ?" for column in updates)
        with self.db.atomic():
            cursor = self.db.execute(
                f"update {quote(self.name)} set {sets} where {where}",
                [*(sql_value(value) for value in updates.values()), *keys],
            )
            if cursor.rowcount != 1:
                from sqlite_utils.db import NotFoundError  # what sqlite-utils raises for a missing row

                raise NotFoundError
        return self

    def _write(self, rows: list[dict[str, Any]], pk: list[str] | None) -> None:
        """INSERT (or, with ``pk``, INSERT … ON CONFLICT DO UPDATE) of every row, in one transaction.

        Columns are the rows' keys (a key a row lacks is stored as NULL), values stored as
        sqlite-utils stores them; the statement is the one sqlite-utils 4 writes for upserts.
        """
        columns = sorted({column for row in rows for column in row})
        sql = (
            f"INSERT INTO {quote(self.name)} ({', '.join(quote(c) for c in columns)}) "
            f"VALUES ({', '.join('?' for _ in columns)})"
        )
        if pk is not None:
            others = [column for column in columns if column not in pk]
            action = (
                "DO UPDATE SET " + ", ".join(f"{quote(c)} = excluded.{quote(c)}" for c in others)
                if others
                else "DO NOTHING"
            )
            sql += f" ON CONFLICT({', '.join(quote(k) for k in pk)}) {action}"
        values = [[sql_value(row.get(column)) for column in columns] for row in rows]
        with self.db.atomic():
            self.db.conn.executemany(sql, values)
