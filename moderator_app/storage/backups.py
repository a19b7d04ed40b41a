"""Automatic backups of the database: take (skipped when nothing changed), thin, list, restore.

Qt-free; the window, the CLI and the tests all use these functions. See docs/backups.md.

Change detection: a *content fingerprint*, not ``PRAGMA data_version`` (which only reports
changes made by other connections) nor ``total_changes`` (which lives and dies with one
connection, so the CLI and a restarted app would always back up again). The fingerprint is,
for every table with an ``updated_at`` column, its row count and the largest ``updated_at``
(every write of the app stamps ``updated_at``; a delete changes the count), plus a hash of the
few rows of the small tables without one (contingents, app state but its count of commits). It
is computed on the live database and on the newest backup in the folder (opened read-only): equal
means nothing changed and no backup is written. The check is far cheaper than a backup, so it can
run on every backup timer (benchmarks/backup.py times it).

Room on the disk: a backup is skipped (NoRoomForBackup) when, after it, the disk would have less
than max(2 × the live database, MIN_FREE_BYTES) free; the folder is thinned first to make room.
Leftovers of a killed backup (``*.db.partial`` and the ``*.db.partial-journal`` SQLite's VACUUM
INTO writes beside it) and of a killed restore (``moderator.db.restoring``) are removed by the next
backup attempt once they are stale (system/files.py).
"""

from __future__ import annotations

import hashlib
import re
import shutil
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from moderator_app.storage.commit_mark import STATE_KEY as COMMIT_COUNT_KEY
from moderator_app.storage.database import StorageError, backup_to
from moderator_app.storage.errors import write_failure
from moderator_app.storage.schema import HASHED_TABLES, STAMPED_TABLES
from moderator_app.system.files import glob_literal, remove_stale_partials

if TYPE_CHECKING:
    from moderator_app.storage.connection import AppDatabase

STAMP_FORMAT = "%Y%m%dT%H%M%SZ"
NAME_PATTERN = re.compile(r"^moderator-(\d{8}T\d{6}Z)-([a-z0-9-]+)\.db$")

#: The thinning rule's tiers (see thin()).
KEEP_ALL = timedelta(hours=1)
HOURLY_UNTIL = timedelta(days=1)
DAILY_UNTIL = timedelta(days=7)
WEEKLY_UNTIL = timedelta(days=365)
#: Kept whatever the hour or day while younger than DAILY_UNTIL: the only way to undo a restore.
KEPT_A_WEEK = frozenset({"before-restore"})
#: Kept as the newest of their own hour or day beside the automatic ones while younger than DAILY_UNTIL.
OWN_BUCKET = frozenset({"manual"})

#: The least free space a backup leaves on the disk (with twice the live database, whichever is
#: more): room for the session to go on writing (notes, the -wal between checkpoints) and for a
#: schema upgrade's before-migration copy and rewrite. See docs/backups.md.
MIN_FREE_BYTES = 64 * 1024 * 1024
#: What killed backups and restores leave behind (removed once stale, system/files.py): a backup's
#: VACUUM INTO target and its journal; a restore's copy of the backup (and, where the disk has no
#: hard links, its copy of a damaged database on the way to its ``.corrupt-`` name).
BACKUP_LEFTOVERS = ("*.db.partial", "*.db.partial-journal")
RESTORE_LEFTOVER_SUFFIX = ".restoring"


class _Usage(Protocol):
    @property
    def free(self) -> int: ...


#: shutil.disk_usage, or a test's stand-in for a nearly full disk.
DiskUsage = Callable[[Path], _Usage]


class NoRoomForBackup(StorageError):
    """A backup was skipped: it would have left too little free space for the live database."""

    def __init__(self, folder: Path, free: int, needed: int, margin: int) -> None:
        self.folder, self.free, self.needed, self.margin = folder, free, needed, margin
        super().__init__(
            f"The backup was skipped: the disk of {folder} has {megabytes(free)} MB free, and a backup "
            f"({megabytes(needed)} MB) must leave at least {megabytes(margin)} MB for the database itself. "
            "Free some space; the session itself is saved."
        )


def megabytes(size: int) -> int:
    """Whole megabytes (MiB), rounded up, so that a small non-zero size never reads as 0."""
    return -(-size // 2**20)


@dataclass(frozen=True, slots=True)
class SessionInBackup:
    title: str
    interventions: int
    notes: int


@dataclass(frozen=True, slots=True)
class BackupInfo:
    path: Path
    taken_at: datetime
    reason: str
    size: int
    sessions: list[SessionInBackup] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class UnreadableBackup:
    path: Path
    reason: str


def backup_name(now: datetime, reason: str) -> str:
    return f"moderator-{now.astimezone(UTC).strftime(STAMP_FORMAT)}-{reason}.db"


def parse_backup_name(path: Path) -> tuple[datetime, str] | None:
    """(taken_at, reason) from a backup's file name, or None if it is not one of ours."""
    match = NAME_PATTERN.match(path.name)
    if match is None:
        return None
    return datetime.strptime(match.group(1), STAMP_FORMAT).replace(tzinfo=UTC), match.group(2)


def backup_files(backups_dir: Path) -> list[tuple[Path, datetime]]:
    """Our backups in the folder, oldest first (other files, e.g. before-migration copies, are left alone)."""
    if not backups_dir.is_dir():
        return []
    found = []
    for path in backups_dir.iterdir():
        parsed = parse_backup_name(path)
        if parsed is not None and path.is_file():
            found.append((path, parsed[0]))
    return sorted(found, key=lambda item: (item[1], item[0].name))


def fingerprint(conn: sqlite3.Connection) -> str:
    """The content fingerprint described in the module docstring."""
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    digest = hashlib.sha256()
    for table in STAMPED_TABLES:
        if table in tables:
            digest.update(repr(conn.execute(f"SELECT count(*), max(updated_at) FROM {table}").fetchone()).encode())
    for table in HASHED_TABLES:
        if table in tables:
            # The count of commits (storage/commit_mark.py) is not content: a commit that wrote the same
            # value again (the last session's id, at each start) must not make an unchanged library new.
            where = f" WHERE key != '{COMMIT_COUNT_KEY}'" if table == "app_state" else ""
            digest.update(repr(conn.execute(f"SELECT * FROM {table}{where} ORDER BY 1, 2").fetchall()).encode())
    return digest.hexdigest()


def _open_read_only(path: Path) -> sqlite3.Connection:
    """A backup is a closed, self-contained file: immutable read-only, no -wal or -shm created."""
    return sqlite3.connect(path.resolve().as_uri() + "?mode=ro&immutable=1", uri=True)


def _backup_fingerprint(path: Path) -> str | None:
    try:
        conn = _open_read_only(path)
        try:
            return fingerprint(conn)
        finally:
            conn.close()
    except sqlite3.Error:
        return None


def clean_leftovers(backups_dir: Path, db_path: Path | None = None, *, now: float | None = None) -> list[Path]:
    """Remove what killed backups (and a killed restore of ``db_path``) left behind, once stale; returns it."""
    removed: list[Path] = []
    if backups_dir.is_dir():
        for pattern in BACKUP_LEFTOVERS:
            removed += remove_stale_partials(backups_dir, pattern, now=now)
    if db_path is not None and db_path.parent.is_dir():
        name = glob_literal(db_path.name)
        for pattern in (name + RESTORE_LEFTOVER_SUFFIX, name + ".corrupt-*.partial"):
            removed += remove_stale_partials(db_path.parent, pattern, now=now)
    return removed


def _main_file(conn: sqlite3.Connection) -> Path | None:
    row = next((r for r in conn.execute("PRAGMA database_list") if r[1] == "main"), None)
    return Path(row[2]) if row is not None and row[2] else None


def room_problem(db: AppDatabase, backups_dir: Path, disk_usage: DiskUsage | None = None) -> NoRoomForBackup | None:
    """Whether a backup now would leave less than the margin free (the module docstring); None when it fits.

    ``disk_usage``: shutil.disk_usage unless given (looked up at each call, so a test can replace it).
    """
    page_size, pages, free_pages = (
        int(db.conn.execute(f"PRAGMA {name}").fetchone()[0]) for name in ("page_size", "page_count", "freelist_count")
    )
    live, copy = pages * page_size, (pages - free_pages) * page_size
    margin = max(2 * live, MIN_FREE_BYTES)
    folder = backups_dir if backups_dir.is_dir() else backups_dir.parent
    try:
        free = (disk_usage or shutil.disk_usage)(folder).free
    except OSError:
        return None  # cannot tell: the write itself reports a full disk, and leaves nothing half-written
    return NoRoomForBackup(folder, free, copy, margin) if free - copy < margin else None


def take_backup(
    db: AppDatabase,
    backups_dir: Path,
    now: datetime,
    *,
    reason: str,
    disk_usage: DiskUsage | None = None,
) -> Path | None:
    """A consistent, fsynced snapshot (VACUUM INTO) named ``moderator-<UTC stamp>-<reason>.db``.

    Returns None, writing nothing, when the content fingerprint equals the newest backup's.
    Raises NoRoomForBackup, writing nothing, when the disk is too full (after thinning the folder
    to make room), and StorageError (with the OS's words) when the folder cannot be written.
    Leftovers of killed backups are removed first.
    """
    clean_leftovers(backups_dir, _main_file(db.conn))
    current = fingerprint(db.conn)
    existing = backup_files(backups_dir)
    if existing and _backup_fingerprint(existing[-1][0]) == current:
        return None
    if room_problem(db, backups_dir, disk_usage) is not None:
        thin_folder(backups_dir, now)
        problem = room_problem(db, backups_dir, disk_usage)
        if problem is not None:
            raise problem
    return write_backup(db, backups_dir, now, reason)


def write_backup(db: AppDatabase, backups_dir: Path, now: datetime, reason: str) -> Path:
    """Write a backup whatever the fingerprint and the free space (the before-restore one)."""
    target = backups_dir / backup_name(now, reason)
    try:
        return backup_to(db, target)
    except (OSError, sqlite3.Error) as error:
        if backups_dir.is_dir():
            for suffix in (".partial", ".partial-journal"):
                target.with_name(target.name + suffix).unlink(missing_ok=True)
        plain = write_failure(
            error, what="the backup was not written (the session itself is saved)", retry="take the backup again"
        )
        if plain is not None:
            raise plain from error
        raise StorageError(f"Could not write a backup to {backups_dir}: {error}") from error


def thin(backups: Iterable[tuple[Path, datetime]], now: datetime) -> list[Path]:
    """Which backups to delete. Pure: decides from the timestamps (and the reasons in the names) alone.

    The rule, by a backup's age (``now - taken_at``):

    * younger than 1 hour (or dated in the future): every backup is kept;
    * 1 hour to 1 day: the newest backup of each clock hour (UTC) is kept;
    * 1 day to 7 days: the newest backup of each calendar day (UTC) is kept;
    * 7 days to 1 year: the newest backup of each ISO week is kept;
    * a year and older: the newest backup of each calendar month is kept;
    * the newest backup of all is never deleted, whatever its age;
    * younger than 7 days, a ``before-restore`` backup (the only undo of a restore) is always kept,
      and ``manual`` ones keep the newest of their own hour or day beside the automatic ones.

    "Newest of each hour/day/week/month" is among the backups of that tier, so the rule is stable:
    running it twice deletes nothing more.
    """
    items = sorted(backups, key=lambda item: item[1])
    if not items:
        return []
    newest = items[-1][0]
    kept_buckets: set[tuple[object, ...]] = set()
    delete: list[Path] = []
    for path, taken_at in reversed(items):  # newest first: the first one seen in a bucket is kept
        age = now - taken_at
        if age < KEEP_ALL:
            continue
        parsed = parse_backup_name(path)
        reason = parsed[1] if parsed else ""
        if age < DAILY_UNTIL and reason in KEPT_A_WEEK:
            continue
        utc = taken_at.astimezone(UTC)
        bucket: tuple[object, ...]
        if age < HOURLY_UNTIL:
            bucket = ("hour", utc.replace(minute=0, second=0, microsecond=0))
        elif age < DAILY_UNTIL:
            bucket = ("day", utc.date())
        elif age < WEEKLY_UNTIL:
            bucket = ("week", tuple(utc.isocalendar())[:2])
        else:
            bucket = ("month", utc.year, utc.month)
        if age < DAILY_UNTIL and reason in OWN_BUCKET:
            bucket = (*bucket, reason)
        if bucket in kept_buckets and path != newest:
            delete.append(path)
        else:
            kept_buckets.add(bucket)
    return sorted(delete)


def thin_folder(backups_dir: Path, now: datetime) -> list[Path]:
    """Apply thin() to the folder; returns what was deleted (a file that will not go is left)."""
    deleted = []
    for path in thin(backup_files(backups_dir), now):
        try:
            path.unlink()
            deleted.append(path)
        except OSError:
            continue
    return deleted


def summarize(path: Path) -> list[SessionInBackup]:
    """The sessions in a backup with their interventions and notes, read without writing a byte."""
    conn = _open_read_only(path)
    try:
        rows = conn.execute(
            "SELECT s.title,"
            " (SELECT count(*) FROM interventions i WHERE i.session_id = s.id),"
            " (SELECT count(*) FROM notes n WHERE n.session_id = s.id)"
            " FROM sessions s ORDER BY s.date DESC, s.title"
        ).fetchall()
    finally:
        conn.close()
    return [SessionInBackup(str(title), int(interventions), int(notes)) for title, interventions, notes in rows]


def list_backups(backups_dir: Path) -> tuple[list[BackupInfo], list[UnreadableBackup]]:
    """The backups newest first with their content, and the files that could not be read (with why)."""
    good: list[BackupInfo] = []
    bad: list[UnreadableBackup] = []
    for path, taken_at in reversed(backup_files(backups_dir)):
        parsed = parse_backup_name(path)
        reason = parsed[1] if parsed else ""
        try:
            sessions = summarize(path)
            size = path.stat().st_size
        except (sqlite3.Error, OSError) as error:
            bad.append(UnreadableBackup(path, str(error)))
            continue
        good.append(BackupInfo(path, taken_at, reason, size, sessions))
    return good, bad
