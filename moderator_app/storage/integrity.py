"""Is the database file whole? A fast check before the app writes a byte, and moving a damaged file aside. No Qt.

What SQLite itself does with a bad file decides what has to be checked here (see docs/recovery.md
and tests/storage/test_integrity.py, which build each kind):

* a file cut short, or with flipped bytes, opens fine and fails later, mid-session, with
  "database disk image is malformed": the header's page count and ``PRAGMA quick_check`` find it;
* a -wal file whose header is not a valid WAL header is silently ignored by a reader and *deleted*
  by the first writer, so whatever it held would be lost without a word: refused here first;
* a valid -wal from another database is silently replayed over this one (its pages win): the
  database then reads as damaged (quick_check), or reads with another database's identity
  (``database_id`` in ``app_state`` differs from the main file's): both refused.

The check only reads: the main file as ``immutable`` (no -wal or -shm created) and, when a -wal
is there, through a read-only connection, which never checkpoints or deletes it.
"""

from __future__ import annotations

import os
import sqlite3
import struct
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from moderator_app.storage.atomic import fsync_folder
from moderator_app.storage.errors import CorruptDatabaseError

SQLITE_MAGIC = b"SQLite format 3\x00"
WAL_MAGICS = (0x377F0682, 0x377F0683)
WAL_HEADER_SIZE = 32
DATABASE_ID_KEY = "database_id"
SIDE_SUFFIXES = ("-wal", "-shm")
#: Tables the first migration creates: a database of ours has them all.
FIRST_MIGRATION = "0001_initial_schema"
CORE_TABLES = ("sessions", "participants", "segments", "interventions", "queue_entries", "app_state")


def side_file(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


@dataclass(frozen=True, slots=True)
class _Reading:
    """What a read-only look at the database found."""

    problems: list[str]
    database_id: str | None


def _page_size(header: bytes) -> int | None:
    raw = struct.unpack(">H", header[16:18])[0]
    size = 65536 if raw == 1 else raw
    return size if size >= 512 and size & (size - 1) == 0 else None


def _wal_checksum(data: bytes, big_endian: bool) -> tuple[int, int]:
    s0 = s1 = 0
    words = struct.unpack((">" if big_endian else "<") + f"{len(data) // 4}I", data)
    for first, second in zip(words[::2], words[1::2], strict=True):
        s0 = (s0 + first + s1) & 0xFFFFFFFF
        s1 = (s1 + second + s0) & 0xFFFFFFFF
    return s0, s1


def _check_wal_header(path: Path, wal: Path, page_size: int) -> bool:
    """True when the -wal has frames to replay; raises when SQLite would ignore (and later delete) it."""
    size = wal.stat().st_size
    if size == 0:
        return False
    with open(wal, "rb") as stream:
        header = stream.read(WAL_HEADER_SIZE)
    problem = None
    if len(header) < WAL_HEADER_SIZE:
        problem = "is too short to be a write-ahead log"
    else:
        magic, version, wal_page_size, _sequence, _salt1, _salt2, sum0, sum1 = struct.unpack(">8I", header)
        if magic not in WAL_MAGICS or version != 3007000:
            problem = "is not an SQLite write-ahead log"
        elif _wal_checksum(header[:24], big_endian=magic == 0x377F0683) != (sum0, sum1):
            problem = "has a damaged header"
        elif wal_page_size != page_size:
            problem = f"was written for pages of {wal_page_size} bytes, but this database has {page_size}"
    if problem is not None:
        raise CorruptDatabaseError(
            path,
            "foreign-wal",
            f"the file {wal.name} beside it {problem}, so it does not belong to this database "
            "and whatever it holds would be lost.",
            database_whole=not _read(path, with_wal=False).problems,
        )
    return size > WAL_HEADER_SIZE


def _read(path: Path, *, with_wal: bool, check: bool = True) -> _Reading:
    """quick_check (unless ``check`` is false), the core tables and the database id, writing nothing."""
    query = "?mode=ro" if with_wal else "?mode=ro&immutable=1"
    try:
        conn = sqlite3.connect(path.resolve().as_uri() + query, uri=True)
    except sqlite3.Error as error:
        return _Reading([str(error)], None)
    try:
        problems = [row[0] for row in conn.execute("PRAGMA quick_check(5)")] if check else []
        if problems == ["ok"]:
            problems = []
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        database_id = None
        if "app_state" in tables:
            row = conn.execute("SELECT value FROM app_state WHERE key = ?", [DATABASE_ID_KEY]).fetchone()
            database_id = str(row[0]) if row else None
        if tables and not tables & set(CORE_TABLES):
            problems.append("not-ours")
        elif "_sqlite_migrations" in tables:
            missing = [name for name in CORE_TABLES if name not in tables]
            # Only a file that says the first migration ran is missing its tables; a newer version's
            # file is for check_version() to refuse, in its own words.
            first_ran = conn.execute(
                "SELECT count(*) FROM _sqlite_migrations WHERE name = ?", [FIRST_MIGRATION]
            ).fetchone()[0]
            if missing and first_ran:
                problems.append("tables are missing: " + ", ".join(missing))
        return _Reading(problems, database_id)
    except sqlite3.Error as error:
        return _Reading([str(error)], None)
    finally:
        conn.close()


def _header_problem(path: Path, size: int) -> tuple[str, str, int | None]:
    """(kind, problem, page size) from the file's first 100 bytes and its size; kind "" when all is well."""
    with open(path, "rb") as stream:
        header = stream.read(100)
    if not header.startswith(SQLITE_MAGIC[: len(header)]) or len(header) < len(SQLITE_MAGIC):
        if header.startswith(SQLITE_MAGIC[: len(header)]):
            return "truncated", "it was cut short: only its first bytes are there.", None
        return (
            "not-a-database",
            "it is not a moderator-app database (its first bytes are not those of an SQLite file).",
            None,
        )
    if len(header) < 100:
        return "truncated", "it was cut short: not even its header is whole.", None
    page_size = _page_size(header)
    if page_size is None:
        return "damaged", "its header is damaged (the page size makes no sense).", None
    change_counter, pages = struct.unpack(">II", header[24:32])
    valid_for = struct.unpack(">I", header[92:96])[0]
    if size % page_size:
        return "truncated", "it was cut short: its size is not a whole number of pages.", page_size
    if change_counter == valid_for and pages and size < pages * page_size:
        return (
            "truncated",
            f"it was cut short: it should hold {pages} pages but holds only {size // page_size}.",
            page_size,
        )
    return "", "", page_size


def check_database(path: Path) -> None:
    """Raise CorruptDatabaseError if the database at ``path`` (with its -wal) is not whole; writes nothing.

    A missing or empty file is fine (a new data folder). Takes well under a second for a
    forum-sized database and a few seconds for a very large one (benchmarks/integrity.py).
    """
    path = Path(path)
    wal = side_file(path, "-wal")
    if not path.exists() or path.stat().st_size == 0:
        if wal.exists() and wal.stat().st_size > 0:
            raise CorruptDatabaseError(
                path,
                "foreign-wal",
                f"the file {wal.name} is there but the database it belongs to is missing or empty.",
            )
        return
    kind, problem, page_size = _header_problem(path, path.stat().st_size)
    if page_size is None:
        raise CorruptDatabaseError(path, kind, problem)
    has_frames = wal.exists() and _check_wal_header(path, wal, page_size)
    if kind and not has_frames:
        raise CorruptDatabaseError(path, kind, problem)
    if not has_frames:
        _raise_for(path, _read(path, with_wal=False).problems)
        return
    # From here on the -wal has frames. A main file that looks cut short on its own (its header
    # announces more pages than it holds) is what a crash in the middle of a checkpoint leaves:
    # SQLite had copied the first pages, header included, from the -wal, which still holds them
    # all and which SQLite replays before it reads the main file. So only what SQLite reads, both
    # files together, may decide that the database is damaged.
    shm = side_file(path, "-shm")
    shm_was_there = shm.exists()
    combined = _read(path, with_wal=True)
    if not shm_was_there:
        # The read-only connection made it; no other process has the file open (it would have one),
        # so taking it away leaves the folder exactly as it was found.
        shm.unlink(missing_ok=True)
    # The main file alone is read through (quick_check) only when the two together are damaged,
    # to tell whether the -wal is to blame; otherwise only its id is read.
    if kind and combined.problems:
        raise CorruptDatabaseError(path, kind, f"{problem[:-1]}, and its -wal does not make up for it.")
    main = _read(path, with_wal=False, check=bool(combined.problems))
    if combined.problems and not main.problems:
        raise CorruptDatabaseError(
            path,
            "foreign-wal",
            f"the file {wal.name} beside it does not belong to it: with it, the database reads as damaged "
            f"({_words(combined.problems)}).",
            database_whole=True,
        )
    # After a crash in the middle of a checkpoint the main file alone may look damaged while the
    # two together are whole: what the app will read (both together) decides.
    _raise_for(path, combined.problems)
    if main.database_id and combined.database_id and main.database_id != combined.database_id:
        raise CorruptDatabaseError(
            path,
            "foreign-wal",
            f"the file {wal.name} beside it comes from another moderator-app database "
            "(with it, this database would read as that one).",
            database_whole=not _read(path, with_wal=False).problems,
        )


def _words(problems: list[str]) -> str:
    return "; ".join(problems[:3])


def _raise_for(path: Path, problems: list[str]) -> None:
    if not problems:
        return
    if problems == ["not-ours"]:
        raise CorruptDatabaseError(
            path, "not-ours", "it is an SQLite database, but not one of moderator-app's (none of its tables are there)."
        )
    raise CorruptDatabaseError(path, "damaged", f"its contents are damaged ({_words(problems)}).")


def verify_copy(path: Path) -> str | None:
    """What is wrong with a closed, self-contained copy (a backup), in plain words; None when it is whole."""
    try:
        size = path.stat().st_size
        if size == 0:
            return "the file is empty."
        kind, problem, _page_size = _header_problem(path, size)
    except OSError as error:
        return f"it cannot be read ({error.strerror or error})."
    if kind:
        return problem
    problems = _read(path, with_wal=False).problems
    if problems == ["not-ours"]:
        return "it is not a moderator-app database."
    return f"its contents are damaged ({_words(problems)})." if problems else None


def ensure_database_id(conn: sqlite3.Connection) -> None:
    """Give the database a random identity (once), so that a -wal from another database can be told apart."""
    row = conn.execute("SELECT value FROM app_state WHERE key = ?", [DATABASE_ID_KEY]).fetchone()
    if row is None:
        with conn:
            conn.execute("INSERT INTO app_state (key, value) VALUES (?, ?)", [DATABASE_ID_KEY, str(uuid.uuid4())])


def _free_name(base: Path) -> Path:
    """``base``, or ``base-2``, ``base-3``… : the first name under which no file is there yet."""
    target, counter = base, 1
    while any(side_file(target, suffix).exists() for suffix in ("", *SIDE_SUFFIXES)):
        counter += 1
        target = base.with_name(f"{base.name}-{counter}")
    return target


def set_wal_aside(path: Path, now: datetime) -> Path | None:
    """Move only the -wal (and -shm) aside, to ``<name>-wal.corrupt-<UTC stamp>``; the database stays.

    For a -wal that does not belong to a database that is whole on its own. Returns the new name of
    the -wal, or None when there was none.
    """
    wal = side_file(path, "-wal")
    if not wal.exists():
        return None
    target = _free_name(wal.with_name(f"{wal.name}.corrupt-{now.strftime('%Y%m%dT%H%M%SZ')}"))
    os.rename(wal, target)
    shm = side_file(path, "-shm")
    if shm.exists():
        os.rename(shm, target.with_name(target.name.replace("-wal.", "-shm.", 1)))
    fsync_folder(path.parent)
    return target


def quarantine(path: Path, now: datetime) -> Path:
    """Move the database and its -wal/-shm aside to ``<name>.corrupt-<UTC stamp>`` (never over an existing file).

    Returns the new path of the main file (its -wal and -shm keep their suffixes beside it). The main
    file moves first: if the app stops half-way, the -wal left behind is refused at the next start
    instead of being replayed over a fresh database.
    """
    target = _free_name(path.with_name(f"{path.name}.corrupt-{now.strftime('%Y%m%dT%H%M%SZ')}"))
    for suffix in ("", *SIDE_SUFFIXES):
        source = side_file(path, suffix)
        if source.exists():
            os.rename(source, side_file(target, suffix))
    fsync_folder(path.parent)
    return target
