"""The note of the last committed change, kept beside the library, that makes a lost -wal visible.

With write-ahead logging a committed change lives in the -wal until a checkpoint copies it into the
main file. If something outside the app deletes the -wal while the app writes (a clean-up tool, a
sync client, a user tidying the folder) and the app is then killed, the changes since the last
checkpoint are gone, and the main file alone reads whole: nothing in it says that anything is
missing. So every commit of the library also counts itself (``commit_seq`` in ``app_state``, in
the same transaction), and once committed the count is written to ``<database>-commit`` beside it,
with the library's identity and the main file's (device and inode: a restored or copied file is
another file, and its mark is not compared). A start that finds the mark ahead of the library
knows changes were lost, and says so (storage/integrity.py).

Writing the mark costs one write (``pwrite``) of a few bytes to a file kept open, without fsync: a killed
process leaves it to the operating system, which keeps it. After a power cut the mark may lag
behind the library (never ahead of it, since it is written after the commit), and a lagging mark
raises no alarm.

A close that leaves every commit in the main file (a complete checkpoint, and no -wal left: no
other process has the library open) notes so in the mark (``closed``). A main file found behind
a closed mark was not left so by a lost -wal: it was replaced while nothing had it open (a backup
copied over it by hand, even into the same inode), and the start takes it as it is.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

MARK_SUFFIX = "-commit"
STATE_KEY = "commit_seq"
_HEADER = "moderator-app commit mark 1"
_WIDTH = 64
_OPEN, _CLOSED = "open  ", "closed"  # one width: a mark rewritten in place never keeps a tail of the old


def _write_at_start(fd: int, data: bytes) -> None:
    """``data`` written at the start of the file in one call: ``pwrite`` where there is one (Unix);
    Windows has none, and there the mark's descriptor is only ever used by one thread at a time."""
    pwrite = getattr(os, "pwrite", None)
    if pwrite is not None:
        pwrite(fd, data, 0)
    else:
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, data)


def _text(database_id: str, file_id: str, seq: int, state: str) -> bytes:
    return f"{_HEADER}\n{database_id:<{_WIDTH}}\n{file_id:<{_WIDTH}}\n{seq:020d}\n{state}\n".encode("ascii")


def mark_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + MARK_SUFFIX)


def file_identity(path: Path) -> str:
    """Device and inode: the same as long as the file is changed in place, new when it is replaced."""
    status = os.stat(path)
    return f"{status.st_dev}:{status.st_ino}"


@dataclass(frozen=True, slots=True)
class Mark:
    """What the mark file says: whose library, which file, how many commits."""

    database_id: str
    file_id: str
    seq: int
    #: The last close left every commit in the main file, and nothing has committed since.
    closed: bool = False


def read_mark(db_path: Path) -> Mark | None:
    """The mark beside ``db_path``, or None when there is none or it is not one (never an error)."""
    try:
        lines = mark_path(db_path).read_text(encoding="ascii").split("\n")
        if lines[0] != _HEADER:
            return None
        closed = len(lines) > 4 and lines[4].strip() == _CLOSED
        return Mark(lines[1].strip(), lines[2].strip(), int(lines[3]), closed)
    except (OSError, UnicodeDecodeError, IndexError, ValueError):
        return None


def stored_seq(conn: sqlite3.Connection) -> int:
    """The library's own count of commits (0 before the first counted one)."""
    row = conn.execute("SELECT value FROM app_state WHERE key = ?", [STATE_KEY]).fetchone()
    try:
        return int(row[0]) if row else 0
    except (TypeError, ValueError):
        return 0


def seq_of_copy(path: Path) -> int | None:
    """The count of commits a closed, self-contained copy (a backup) holds; None if it cannot be read."""
    try:
        conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro&immutable=1", uri=True)
    except sqlite3.Error:
        return None
    try:
        return stored_seq(conn)
    except sqlite3.Error:
        return None
    finally:
        conn.close()


class CommitMarker:
    """Counts each commit of the library inside its transaction and writes the mark once it is committed."""

    def __init__(self, db_path: Path, database_id: str) -> None:
        self.db_path = db_path
        self.database_id = database_id
        self._fd: int | None = None
        self._file_id = ""

    def count(self, conn: sqlite3.Connection) -> int:
        """Add one to the library's count, inside the open transaction; the new count."""
        row = conn.execute(
            "UPDATE app_state SET value = CAST(value AS INTEGER) + 1 WHERE key = ? RETURNING value", [STATE_KEY]
        ).fetchone()
        if row is None:
            conn.execute("INSERT INTO app_state (key, value) VALUES (?, 1)", [STATE_KEY])
            return 1
        return int(row[0])

    def committed(self, seq: int) -> None:
        """Write the mark for a committed count. A mark that cannot be written only makes a later loss
        harder to see; the change itself is committed, so the command must not fail for it."""
        try:
            if self._fd is None:
                self._fd = os.open(mark_path(self.db_path), os.O_WRONLY | os.O_CREAT, 0o644)
                self._file_id = file_identity(self.db_path)
            text = _text(self.database_id, self._file_id, seq, _OPEN)
            _write_at_start(self._fd, text)  # one write of a fixed length: never torn by a kill
        except OSError:
            pass

    def close(self, *, checkpointed: bool = False) -> None:
        """Let go of the mark; after the library's connection closed, ``checkpointed`` when that close
        copied every frame into the main file and removed the -wal."""
        fd, self._fd = self._fd, None
        if fd is not None:
            os.close(fd)
        if checkpointed:
            note_closed(self.db_path)


def note_closed(db_path: Path) -> None:
    """Mark the mark ``closed`` when no -wal is left beside the library (its last connection is gone)."""
    if db_path.with_name(db_path.name + "-wal").exists():
        return  # another process has the library open and may commit more: the mark stays open
    mark = read_mark(db_path)
    try:
        if mark is None or mark.closed or mark.file_id != file_identity(db_path):
            return
        fd = os.open(mark_path(db_path), os.O_WRONLY)
        try:
            _write_at_start(fd, _text(mark.database_id, mark.file_id, mark.seq, _CLOSED))
        finally:
            os.close(fd)
    except OSError:
        pass  # a mark left open only keeps the check as strict as before


def forget(db_path: Path) -> None:
    """Remove the mark (the user chose to go on with the library as it is); the next commit writes it anew."""
    mark_path(db_path).unlink(missing_ok=True)
