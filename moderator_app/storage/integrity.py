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

from moderator_app.storage.commit_mark import Mark, file_identity, read_mark, stored_seq
from moderator_app.storage.errors import CorruptDatabaseError
from moderator_app.storage.migrations import KNOWN_MIGRATIONS, MIGRATION_SET
from moderator_app.storage.schema import (
    EXPECTED_INDEXES,
    EXPECTED_TABLES,
    EXPECTED_TRIGGERS,
    HASHED_TABLES,
    STAMPED_TABLES,
)
from moderator_app.system.atomic import fsync_folder

SQLITE_MAGIC = b"SQLite format 3\x00"
WAL_MAGICS = (0x377F0682, 0x377F0683)
WAL_HEADER_SIZE = 32
DATABASE_ID_KEY = "database_id"
SIDE_SUFFIXES = ("-wal", "-shm")
#: Tables the first migration creates: a database of ours has them all.
FIRST_MIGRATION = "0001_initial_schema"
#: The mark in the header (PRAGMA application_id) of a moderator-app library: "MdAp".
APPLICATION_ID = 0x4D644170
CORE_TABLES = ("sessions", "participants", "segments", "interventions", "queue_entries", "app_state")


def side_file(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


@dataclass(frozen=True, slots=True)
class _Reading:
    """What a read-only look at the database found."""

    problems: list[str]
    database_id: str | None
    #: The library's own count of its commits (storage/commit_mark.py).
    commit_seq: int = 0
    #: Whether the file holds any table (an SQLite file without one is nobody's yet).
    has_tables: bool = True


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
    """quick_check (unless ``check`` is false), whose file it is, and its schema and text; writes nothing."""
    query = "?mode=ro" if with_wal else "?mode=ro&immutable=1"
    try:
        conn = sqlite3.connect(path.resolve().as_uri() + query, uri=True)
    except sqlite3.Error as error:
        return _Reading([str(error)], None)
    try:
        problems = [row[0] for row in conn.execute("PRAGMA quick_check(5)")] if check else []
        if problems == ["ok"]:
            problems = []
        tables = {
            row[0]
            for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
        }
        database_id = None
        if "app_state" in tables:
            row = conn.execute("SELECT value FROM app_state WHERE key = ?", [DATABASE_ID_KEY]).fetchone()
            database_id = str(row[0]) if row else None
        commit_seq = stored_seq(conn) if "app_state" in tables else 0
        owner = _owner_problem(conn, tables)
        if owner:
            return _Reading([owner], database_id, has_tables=bool(tables))
        applied = _applied(conn, tables)
        missing = [name for name in CORE_TABLES if name not in tables]
        if FIRST_MIGRATION in applied and missing:
            # Only a file that says the first migration ran is missing its tables; a newer version's
            # file is for check_version() to refuse, in its own words.
            problems.append("tables are missing: " + ", ".join(missing))
        elif applied == set(KNOWN_MIGRATIONS):
            problems.extend(schema_problems(conn))
            if check and not problems:
                problems.extend(text_problems(conn))
        return _Reading(problems, database_id, commit_seq, has_tables=bool(tables))
    except sqlite3.Error as error:
        return _Reading([str(error)], None)
    finally:
        conn.close()


def _applied(conn: sqlite3.Connection, tables: set[str]) -> set[str]:
    """The names of this app's migrations the file says were applied (none if it has no such table)."""
    if "_sqlite_migrations" not in tables:
        return set()
    rows = conn.execute("SELECT name FROM _sqlite_migrations WHERE migration_set = ?", [MIGRATION_SET])
    return {str(row[0]) for row in rows}


def _owner_problem(conn: sqlite3.Connection, tables: set[str]) -> str:
    """ "not-ours" unless the file is positively one of moderator-app's (or holds no table at all)."""
    application_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
    if application_id == APPLICATION_ID:
        return ""
    if application_id != 0:
        return "not-ours"  # another program marked the file as its own
    if not tables:
        return ""  # an empty SQLite file: nothing in it to lose
    # Libraries made before the mark was set: this app's first migration is recorded in it.
    return "" if FIRST_MIGRATION in _applied(conn, tables) else "not-ours"


def schema_problems(conn: sqlite3.Connection) -> list[str]:
    """Tables, columns, indexes and triggers of a current library that are not there (storage/schema.py)."""
    found: dict[str, set[str]] = {"table": set(), "index": set(), "trigger": set()}
    for kind, name in conn.execute("SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"):
        found.setdefault(str(kind), set()).add(str(name))
    problems = []
    for table, columns in EXPECTED_TABLES.items():
        if table not in found["table"]:
            problems.append(f"the table {table} is missing")
            continue
        present = {str(row[0]) for row in conn.execute("SELECT name FROM pragma_table_info(?)", [table])}
        problems.extend(f"the column {table}.{column} is missing" for column in columns if column not in present)
    problems.extend(f"the index {name} is missing" for name in EXPECTED_INDEXES if name not in found["index"])
    problems.extend(f"the trigger {name} is missing" for name in EXPECTED_TRIGGERS if name not in found["trigger"])
    return problems


#: Tables whose text the app reads back: each is read whole once by the check (see text_problems).
#: app_state among them: every start reads it (the last session used) before any session, outside
#: the recovery path for unreadable rows.
_TEXT_TABLES = (*STAMPED_TABLES, *HASHED_TABLES)


#: Columns that hold a JSON list (storage/rows.py decodes them on every load).
_JSON_COLUMNS = {
    "sessions": ("tags", "organisers", "suggestion_priorities"),
    "participants": ("roles",),
    "notes": ("tags",),
}


def text_problems(conn: sqlite3.Connection) -> list[str]:
    """Text that is not valid UTF-8, which the app could not read back (SQLite keeps no checksum of rows).

    A flipped bit in a row passes quick_check; where it breaks a character, every later read of that
    row fails. The tables the app reads are read once here as the app reads them: Python's sqlite3
    decodes each text as it goes, the quickest way found to validate it (benchmarks/integrity.py).
    A flip that leaves valid text is not found by anything short of a checksum of every row, which
    SQLite does not keep.
    """
    problems = []
    for table in _TEXT_TABLES:
        # Notes are nearly all of a large library: their typed text is read, the rest of every other
        # table (the ids and times of a note are met, and turned into the recovery path, when read).
        columns = "text" if table == "notes" else "*"
        try:
            for _row in conn.execute(f"SELECT {columns} FROM {_quote(table)}"):
                pass
        except sqlite3.OperationalError as error:
            if "decode" not in str(error).lower():
                raise
            problems.append(f"text in the table {table} cannot be read ({str(error)[:120]})")
    for table, json_columns in _JSON_COLUMNS.items():
        for column in json_columns:
            # A list, not just any JSON: a number, null or an object is decoded with tuple() on load,
            # which fails outside every recovery path (json_type() is asked only of valid JSON).
            name = _quote(column)
            bad = conn.execute(
                f"SELECT count(*) FROM {_quote(table)} WHERE {name} IS NOT NULL AND {name} != '' "
                f"AND CASE WHEN json_valid({name}) THEN json_type({name}) != 'array' ELSE 1 END"
            ).fetchone()[0]
            if bad:
                problems.append(f"{bad} value(s) of {table}.{column} cannot be read (damaged lists)")
    return problems


def _quote(identifier: str) -> str:
    return '"' + identifier.replace('"', '""') + '"'


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
    # The mark is read before the library: it is written after each commit, so whatever it says was
    # committed before the library is read, and a commit by another process during the check (the
    # window, while a command checks) cannot leave it ahead of what was read.
    mark = read_mark(path)
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
        alone = _read(path, with_wal=False)
        _raise_for(path, alone.problems)
        _raise_if_changes_lost(path, alone, mark, wal_gone=not wal.exists())
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
    if combined.problems == ["not-ours"] and not main.has_tables:
        # A main file with no table yet and another program's data in its -wal: that program's file,
        # not a -wal that strayed over a library of ours (which would have tables of its own).
        _raise_for(path, combined.problems)
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
    _raise_if_changes_lost(path, combined, mark, wal_gone=False)


def _raise_if_changes_lost(path: Path, reading: _Reading, mark: Mark | None, *, wal_gone: bool) -> None:
    """Refuse, in plain words, a library that reads whole but lost its latest commits with its -wal.

    Two witnesses, either enough: the mark of the last commit (storage/commit_mark.py) is ahead of
    the library's own count; or, with no -wal there, the -shm left by a killed writer says the -wal
    held changes no checkpoint had copied into the main file.
    """
    missing = 0
    # The mark was written by a commit to this very file (same device and inode). A file that no longer
    # holds even its identity lost everything it had: a new library lives wholly in its -wal until the
    # first checkpoint.
    same_library = mark is not None and reading.database_id in (None, mark.database_id)
    # A mark noted as closed: the last close left everything in the main file, so a main file behind
    # it was replaced while closed (a backup copied over it by hand), not emptied by a lost -wal.
    if mark is not None and same_library and not mark.closed and mark.file_id == file_identity(path):
        missing = mark.seq - reading.commit_seq
    if missing > 0:
        raise CorruptDatabaseError(
            path,
            "lost-changes",
            (f"its last {missing} saved changes are missing" if missing > 1 else "its last saved change is missing")
            + f": the change log (its -wal file) that held {'them' if missing > 1 else 'it'} was deleted or "
            "replaced while the app was writing. The rest reads whole.",
            database_whole=True,
            commit_seq=reading.commit_seq,
        )
    pages = _pages_lost_with_wal(path) if wal_gone else 0
    if pages:
        raise CorruptDatabaseError(
            path,
            "lost-changes",
            f"its latest saved changes are missing: its change log (the -wal file) was deleted while the app "
            f"was writing, with {pages} page{'s' if pages > 1 else ''} of changes not yet copied into the "
            "database. The rest reads whole.",
            database_whole=True,
            commit_seq=reading.commit_seq,
        )


#: SQLite's wal-index (the -shm): two copies of a 48-byte header, then the checkpoint's progress.
_SHM_VERSION = 3007000


def _pages_lost_with_wal(path: Path) -> int:
    """Frames the -wal held beyond the last checkpoint, by a leftover -shm (0 when it says nothing sure).

    The -shm is in the machine's byte order. Its header's ``mxFrame`` is the last committed frame,
    ``nBackfill`` (offset 96) how far checkpoints have copied; only a header whose two copies agree
    and that SQLite marked as initialised is believed.
    """
    shm = side_file(path, "-shm")
    try:
        with open(shm, "rb") as stream:
            head = stream.read(136)
    except OSError:
        return 0
    if len(head) < 100 or head[:48] != head[48:96]:
        return 0
    version, _unused, _change, is_init, _big_endian, _page_size, max_frame = struct.unpack("=IIIBBHI", head[:20])
    backfilled = struct.unpack("=I", head[96:100])[0]
    if version != _SHM_VERSION or is_init != 1 or backfilled > max_frame:
        return 0
    return max_frame - backfilled


def _words(problems: list[str]) -> str:
    return "; ".join(problems[:3])


def _raise_for(path: Path, problems: list[str]) -> None:
    if not problems:
        return
    if problems == ["not-ours"]:
        raise CorruptDatabaseError(
            path,
            "not-ours",
            "it is an SQLite database, but not one of moderator-app's (another program's data, "
            "or a file whose structure this app never made).",
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


def ensure_database_id(conn: sqlite3.Connection) -> str:
    """Mark the file as moderator-app's and give it a random identity (once each).

    The mark (``PRAGMA application_id``) lets a later start, a restore or ``file`` tell a library
    from another program's SQLite file before writing a byte; the identity tells a -wal from
    another library apart.
    """
    if int(conn.execute("PRAGMA application_id").fetchone()[0]) != APPLICATION_ID:
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    row = conn.execute("SELECT value FROM app_state WHERE key = ?", [DATABASE_ID_KEY]).fetchone()
    if row is not None:
        return str(row[0])
    database_id = str(uuid.uuid4())
    with conn:
        conn.execute("INSERT INTO app_state (key, value) VALUES (?, ?)", [DATABASE_ID_KEY, database_id])
    return database_id


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


def set_shm_aside(path: Path, now: datetime) -> Path | None:
    """Move a leftover -shm (with no -wal) aside to ``<name>-shm.lost-<UTC stamp>``; None when there is none."""
    shm = side_file(path, "-shm")
    if not shm.exists():
        return None
    target = _free_name(shm.with_name(f"{shm.name}.lost-{now.strftime('%Y%m%dT%H%M%SZ')}"))
    os.rename(shm, target)
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
