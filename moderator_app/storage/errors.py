"""The storage layer's errors, and plain words for what the disk said when a write failed. No Qt."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from moderator_app.system.atomic import disk_problem

if TYPE_CHECKING:
    from moderator_app.storage.connection import AppDatabase


# SQLite's primary result codes (the low byte of an extended code).
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_NOTADB = 26


class StorageError(Exception):
    """A problem with the database file that the user has to act on; the message says how."""


class CorruptDatabaseError(StorageError):
    """The database file (or the -wal beside it) is damaged or not ours; found before anything was written.

    ``kind`` is one of ``truncated``, ``damaged``, ``not-a-database``, ``not-ours``, ``foreign-wal``,
    ``lost-changes`` (reads whole, but its latest commits went with a deleted -wal);
    ``problem`` says in plain words what is wrong, without advice (the caller adds what to do).
    ``database_whole``: with ``foreign-wal``, the database file read alone is whole, so setting the
    -wal aside loses less than restoring a backup (e.g. a -wal torn by a power cut, whose content
    was never committed).
    """

    def __init__(
        self, path: Path, kind: str, problem: str, *, database_whole: bool = False, commit_seq: int | None = None
    ) -> None:
        self.path = path
        self.kind = kind
        self.problem = problem
        self.database_whole = database_whole
        #: With ``lost-changes``: the library's count of commits, to compare a backup's with.
        self.commit_seq = commit_seq
        if kind == "lost-changes":
            advice = (
                "Nothing was changed. Run 'moderator-app restore --keep-database' to go on with it as it is, or "
                "'moderator-app restore --newest' for the newest good backup, which may hold some of what is "
                "missing (see docs/recovery.md)."
            )
        elif database_whole:
            advice = (
                "Both files were left untouched. The database itself reads whole: run "
                "'moderator-app restore --set-wal-aside' to go on with it (the -wal is kept aside), or "
                "'moderator-app restore --newest' for the newest good backup (see docs/recovery.md)."
            )
        else:
            advice = (
                "It was left untouched. Run 'moderator-app restore --newest' to move it aside and restore "
                "the newest good backup (see docs/recovery.md)."
            )
        super().__init__(f"The database {path} cannot be used: {problem} {advice}")


def damaged_on_reading(db_path: Path, error: BaseException) -> CorruptDatabaseError | None:
    """The recovery path's error for what a read met in the rows (None when it is not the file's doing).

    The start-up check finds what SQLite and a scan of the text can find (storage/integrity.py);
    a row that is still wrong for the app (a value no version of it writes) is found when read.
    A lock or a full disk is not damage: those keep their own words.
    """
    if isinstance(error, sqlite3.Error):
        kind = _kind_of(error)
        text = str(error).lower()
        unreadable = "could not decode" in text or "no such table" in text or "no such column" in text
        if kind != "damaged" and not (kind is None and unreadable):
            return None
    elif not isinstance(error, ValueError):
        return None
    return CorruptDatabaseError(db_path, "damaged", f"some of its contents cannot be read ({str(error)[:200]}).")


class WriteFailedError(StorageError, sqlite3.OperationalError):
    """A change could not be written (disk full, read-only, I/O error…); it was rolled back, nothing else changed.

    ``kind`` is one of ``full``, ``read-only``, ``io``, ``busy``, ``damaged``. Also an
    ``sqlite3.OperationalError``, so that every place already prepared for one (an import, a report
    draft) shows these plain words instead.
    """

    def __init__(self, kind: str, message: str) -> None:
        self.kind = kind
        super().__init__(message)


def _kind_of(error: BaseException) -> str | None:
    """What an sqlite3 or OS error means for the user, or None when it is not the environment's doing."""
    if isinstance(error, OSError):
        return disk_problem(error)
    if not isinstance(error, sqlite3.OperationalError | sqlite3.DatabaseError) or isinstance(
        error, sqlite3.IntegrityError | sqlite3.ProgrammingError
    ):
        return None
    code = getattr(error, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    text = str(error).lower()
    if primary == SQLITE_FULL or "disk is full" in text:
        return "full"
    if primary == SQLITE_READONLY or "readonly database" in text or "read-only" in text:
        return "read-only"
    if primary in (SQLITE_IOERR, SQLITE_CANTOPEN) or "disk i/o error" in text:
        return "io"
    if primary in (SQLITE_BUSY, SQLITE_LOCKED) or "database is locked" in text:
        return "busy"
    if primary in (SQLITE_CORRUPT, SQLITE_NOTADB) or "malformed" in text:
        return "damaged"
    return None


#: What happened, by kind; "{what}" is e.g. "the last action was not saved".
_WORDS = {
    "full": "The disk is full: {what}. Free some space, then {retry}.",
    "read-only": (
        "The data folder cannot be written to (it is read-only): {what}. "
        "Make the folder writable again (or reconnect the drive), then {retry}."
    ),
    "io": (
        "The disk could not be written (input/output error): {what}. "
        "Check the disk or USB stick is still connected, then {retry}."
    ),
    "busy": "The database is busy (another program is writing to it): {what}. Wait a moment, then {retry}.",
    "damaged": (
        "The database file reads as damaged: {what}. Everything saved before is in the backups; "
        "restart the app to be offered the newest good one."
    ),
}


def write_failure(
    error: BaseException, *, what: str = "the last action was not saved", retry: str = "do it again"
) -> WriteFailedError | None:
    """The plain-words error for a failed write, or None when ``error`` is a bug rather than the disk's doing."""
    kind = _kind_of(error)
    if kind is None:
        return None
    return WriteFailedError(kind, _WORDS[kind].format(what=what, retry=retry))


def rollback_quietly(conn: sqlite3.Connection) -> None:
    """End a transaction that a failed write left open, so that the next command starts clean.

    After SQLITE_FULL or an I/O error SQLite may or may not have rolled back by itself.
    """
    try:
        if conn.in_transaction:
            conn.rollback()
    except sqlite3.Error:
        pass  # the transaction is already gone; nothing was committed either way


@contextmanager
def write_transaction(db: AppDatabase) -> Iterator[AppDatabase]:
    """``db.transaction()`` whose environment failures (disk full, read-only…) become a WriteFailedError.

    The transaction is rolled back either way, so nothing of the change is stored and the next
    write starts clean; a bug's error (a constraint, a typo in SQL) goes on unchanged.
    """
    try:
        with db.transaction():
            yield db
    except sqlite3.Error as error:
        rollback_quietly(db.conn)
        failure = write_failure(error)
        if failure is None:
            raise
        raise failure from error


class UnknownEventError(LookupError):
    """No session belongs to an event of that name."""

    def __init__(self, name: str) -> None:
        super().__init__(
            f"no sessions belong to an event called {name!r} (see 'stats --event' with a name listed by the app)"
        )
        self.name = name


class EmptySearchError(ValueError):
    """A query with no letter or digit: nothing to search for."""

    def __init__(self) -> None:
        super().__init__("type at least one word with a letter or a digit; punctuation alone is not searched")
