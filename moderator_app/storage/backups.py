"""Automatic backups of the database: take (skipped when nothing changed), thin, list, restore.

Qt-free; the window, the CLI and the tests all use these functions. See docs/backups.md.

Change detection: a *content fingerprint*, not ``PRAGMA data_version`` (which only reports
changes made by other connections) nor ``total_changes`` (which lives and dies with one
connection, so the CLI and a restarted app would always back up again). The fingerprint is,
for every table with an ``updated_at`` column, its row count and the largest ``updated_at``
(every write of the app stamps ``updated_at``; a delete changes the count), plus a hash of the
few rows of the small tables without one (contingents, app state). It is computed on the live
database and on the newest backup in the folder (opened read-only): equal means nothing
changed and no backup is written. A few milliseconds for a forum-sized session.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from moderator_app.storage.atomic import fsync_folder
from moderator_app.storage.commit_mark import mark_path
from moderator_app.storage.database import StorageError, backup_to
from moderator_app.storage.errors import write_failure
from moderator_app.storage.files import remove_stale_partials

if TYPE_CHECKING:
    from sqlite_utils import Database

STAMP_FORMAT = "%Y%m%dT%H%M%SZ"
NAME_PATTERN = re.compile(r"^moderator-(\d{8}T\d{6}Z)-([a-z0-9-]+)\.db$")
STAMPED_TABLES = (
    "sessions",
    "participants",
    "segments",
    "interventions",
    "queue_entries",
    "notes",
    "report_sections",
    "report_attendance",
)
HASHED_TABLES = ("contingents", "app_state")

#: The thinning rule's tiers (see thin()).
KEEP_ALL = timedelta(hours=2)
HOURLY_UNTIL = timedelta(days=2)
DAILY_UNTIL = timedelta(days=30)


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
            digest.update(repr(conn.execute(f"SELECT * FROM {table} ORDER BY 1, 2").fetchall()).encode())
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


def take_backup(db: Database, backups_dir: Path, now: datetime, *, reason: str) -> Path | None:
    """A consistent, fsynced snapshot (VACUUM INTO) named ``moderator-<UTC stamp>-<reason>.db``.

    Returns None, writing nothing, when the content fingerprint equals the newest backup's.
    Raises StorageError (with the OS's words) when the folder cannot be written.
    """
    current = fingerprint(db.conn)
    existing = backup_files(backups_dir)
    if existing and _backup_fingerprint(existing[-1][0]) == current:
        return None
    return _write_backup(db, backups_dir, now, reason)


def _write_backup(db: Database, backups_dir: Path, now: datetime, reason: str) -> Path:
    target = backups_dir / backup_name(now, reason)
    if backups_dir.is_dir():
        remove_stale_partials(backups_dir, "*.db.partial")  # left by a backup that was killed
    try:
        return backup_to(db, target)
    except (OSError, sqlite3.Error) as error:
        if backups_dir.is_dir():
            target.with_name(target.name + ".partial").unlink(missing_ok=True)
        plain = write_failure(
            error, what="the backup was not written (the session itself is saved)", retry="take the backup again"
        )
        if plain is not None:
            raise plain from error
        raise StorageError(f"Could not write a backup to {backups_dir}: {error}") from error


def thin(backups: Iterable[tuple[Path, datetime]], now: datetime) -> list[Path]:
    """Which backups to delete. Pure: decides from the timestamps alone.

    The rule, by a backup's age (``now - taken_at``):

    * younger than 2 hours (or dated in the future): every backup is kept;
    * 2 hours to 2 days: the newest backup of each clock hour (UTC) is kept;
    * 2 days to 30 days: the newest backup of each calendar day (UTC) is kept;
    * 30 days and older: the newest backup of each ISO week is kept;
    * the newest backup of all is never deleted, whatever its age.

    "Newest of each hour/day/week" is among the backups of that tier, so the rule is stable:
    running it twice deletes nothing more.
    """
    items = sorted(backups, key=lambda item: item[1])
    if not items:
        return []
    newest = items[-1][0]
    kept_buckets: set[tuple[str, object]] = set()
    delete: list[Path] = []
    for path, taken_at in reversed(items):  # newest first: the first one seen in a bucket is kept
        age = now - taken_at
        if age < KEEP_ALL:
            continue
        utc = taken_at.astimezone(UTC)
        if age < HOURLY_UNTIL:
            bucket: tuple[str, object] = ("hour", utc.replace(minute=0, second=0, microsecond=0))
        elif age < DAILY_UNTIL:
            bucket = ("day", utc.date())
        else:
            bucket = ("week", tuple(utc.isocalendar())[:2])
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


def restore_backup(db_path: Path, backup: Path, backups_dir: Path, now: datetime) -> Path:
    """Replace the database at ``db_path`` with ``backup``; returns the backup of the state before.

    The caller must have closed every connection of its own to ``db_path`` first (the window
    closes the console's; see docs/backups.md). Then, in order:

    1. the backup is checked (``PRAGMA quick_check`` on a read-only connection);
    2. the current database is backed up (reason ``before-restore``, always written) and
       checkpointed so that its main file holds everything, and that connection is closed;
    3. the backup is copied to a temporary file beside the database and fsynced;
    4. the -wal and -shm files left beside the database (empty after the checkpoint; never copied
       or moved) are removed, the temporary file is ``os.replace``d over the database, and the
       folder is fsynced.

    Any error before step 4's replace leaves the current database as it was (byte for byte) and
    raises StorageError; the temporary file is removed.
    """
    try:
        check = _open_read_only(backup)
        try:
            result = check.execute("PRAGMA quick_check").fetchone()[0]
        finally:
            check.close()
    except sqlite3.Error as error:
        raise StorageError(f"{backup.name} cannot be read as a database ({error}); nothing was changed.") from error
    if result != "ok":
        raise StorageError(f"{backup.name} is damaged ({result}); nothing was changed.")
    from sqlite_utils import Database

    live = Database(db_path, execute_plugins=False)
    try:
        before = _write_backup(live, backups_dir, now, "before-restore")
        live.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        live.close()
    install_backup(db_path, backup)
    return before


def install_backup(db_path: Path, backup: Path) -> None:
    """Put a copy of ``backup`` in place of the database, atomically: steps 3 and 4 of restore_backup().

    The caller has dealt with what was there (backed it up, or moved a damaged file aside).
    """
    temp = db_path.with_name(db_path.name + ".restoring")
    try:
        shutil.copyfile(backup, temp)
        with open(temp, "rb+") as handle:
            os.fsync(handle.fileno())
        for suffix in ("-wal", "-shm"):
            db_path.with_name(db_path.name + suffix).unlink(missing_ok=True)
        os.replace(temp, db_path)
        mark_path(db_path).unlink(missing_ok=True)  # it counted the commits of the file just replaced
        fsync_folder(db_path.parent)
    except OSError as error:
        raise StorageError(
            f"Could not restore {backup.name}: {error.strerror or error}. The database was left as it was."
        ) from error
    finally:
        temp.unlink(missing_ok=True)
