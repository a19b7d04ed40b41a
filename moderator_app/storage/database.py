"""open_database(): the one way to open the app's SQLite file safely."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from moderator_app.storage.commit_mark import CommitMarker
from moderator_app.storage.connection import AppDatabase
from moderator_app.storage.errors import CorruptDatabaseError, StorageError, write_failure
from moderator_app.storage.integrity import check_database, ensure_database_id
from moderator_app.storage.migrations import KNOWN_MIGRATIONS, MIGRATION_SET, MigrationList, migrations
from moderator_app.system.atomic import fsync_folder

BUSY_TIMEOUT_MS = 5000

__all__ = ["CorruptDatabaseError", "NewerDatabaseError", "StorageError", "open_database"]


class NewerDatabaseError(StorageError):
    """The file was written by a newer version of the app."""


def _read_applied(path: Path) -> tuple[list[str] | None, int]:
    """Applied migration names (None if no table) and user_version, read without writing a byte."""
    resolved = path.resolve()
    side_files = any(resolved.with_name(resolved.name + suffix).exists() for suffix in ("-wal", "-shm"))
    # A read-only connection to a WAL database still creates -wal and -shm files beside it.
    # After a clean close there are none and the main file holds everything, so read it as
    # immutable and leave the folder exactly as it was. Otherwise (a crash, or another
    # process has it open) committed changes may sit in the -wal, which only a normal
    # read-only connection sees.
    uri = resolved.as_uri() + ("?mode=ro" if side_files else "?mode=ro&immutable=1")
    try:
        conn = sqlite3.connect(uri, uri=True)
    except sqlite3.Error as error:
        raise StorageError(f"Cannot open {path}: {error}.") from error
    try:
        try:
            user_version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            rows = conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name = '_sqlite_migrations'"
            ).fetchall()
            if not rows:
                return None, user_version
            return [
                row[0]
                for row in conn.execute(
                    "SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY rowid",
                    [MIGRATION_SET],
                )
            ], user_version
        except sqlite3.DatabaseError as error:
            raise StorageError(
                f"{path} is not a moderator-app database or is damaged ({error}). "
                "It has been left untouched; move it aside or choose another data folder."
            ) from error
    finally:
        conn.close()


def check_version(path: Path) -> None:
    """Refuse a database that has migrations this version does not know, touching nothing."""
    if not path.exists() or path.stat().st_size == 0:
        return
    applied, user_version = _read_applied(path)
    unknown = [name for name in applied or [] if name not in KNOWN_MIGRATIONS]
    if user_version > len(KNOWN_MIGRATIONS) and not unknown:
        unknown = [f"schema version {user_version}"]
    if unknown:
        raise NewerDatabaseError(
            f"The database {path} was written by a newer version of moderator-app "
            f"(it has changes this version does not know: {', '.join(unknown)}). "
            "It has been left untouched. Install the newer version, or use --data-dir "
            "to open a different data folder."
        )


def _all_applied(db: AppDatabase) -> bool:
    """Whether every known migration is recorded as applied: plain sqlite3, so a start need not import sqlite-utils."""
    if not db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_sqlite_migrations'").fetchone():
        return False
    applied = {
        row[0] for row in db.execute("SELECT name FROM _sqlite_migrations WHERE migration_set = ?", [MIGRATION_SET])
    }
    return applied.issuperset(KNOWN_MIGRATIONS)


def is_current(path: Path) -> bool:
    """Whether ``path`` is a database with every known migration applied (read without writing a byte)."""
    try:
        if Path(path).stat().st_size == 0:
            return False
        applied, _user_version = _read_applied(Path(path))
    except (OSError, StorageError):
        return False
    return set(applied or ()).issuperset(KNOWN_MIGRATIONS)


def _configure(db: AppDatabase) -> None:
    conn = db.conn
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if str(mode).lower() != "wal":
        raise StorageError(f"Could not switch {db.conn} to write-ahead logging (got {mode}).")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")


def backup_to(db: AppDatabase, target: Path) -> Path:
    """A consistent copy through VACUUM INTO, written beside the target and then moved in place."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    db.conn.execute("VACUUM INTO ?", [str(partial)])
    with open(partial, "rb+") as handle:
        os.fsync(handle.fileno())
    partial.replace(target)
    fsync_folder(target.parent)
    return target


def _migrate(
    db: AppDatabase, steps: MigrationList, existed: bool, backup_dir: Path | None, now: Callable[[], datetime]
) -> None:
    """Apply the pending migrations through sqlite-utils (backing up an existing database first)."""
    from sqlite_utils import Database

    # sqlite-utils as it is, on this connection: no plugins (none may change how our data is
    # written), and recursive triggers are on already (AppDatabase).
    utils = Database(db.conn, execute_plugins=False, recursive_triggers=False)
    runner = steps.runner()
    pending = runner.pending(utils)
    if pending and existed and runner.applied(utils) and backup_dir is not None:
        stamp = now().strftime("%Y%m%dT%H%M%SZ")
        backup_to(db, backup_dir / f"before-migration-{stamp}.db")
    if pending:
        runner.apply(utils)
        db.conn.execute(f"PRAGMA user_version = {len(steps.steps)}")


def _prepare(db: AppDatabase, existed: bool, backup_dir: Path | None, now: Callable[[], datetime]) -> None:
    """Apply pending migrations and give the file its id."""
    if not _all_applied(db):
        _migrate(db, migrations, existed, backup_dir, now)
    db.commit_marker = CommitMarker(db_path(db), ensure_database_id(db.conn))


def db_path(db: AppDatabase) -> Path:
    """The file an open connection is to."""
    return Path(db.conn.execute("PRAGMA database_list").fetchone()[2])


def open_database(
    path: Path,
    *,
    backup_dir: Path | None = None,
    now: Callable[[], datetime] = lambda: datetime.now(UTC),
    check_file: Callable[[Path], None] = check_database,
) -> AppDatabase:
    """Open (creating if needed) and migrate the database at ``path``.

    WAL, ``synchronous=FULL``, ``foreign_keys=ON``, a busy timeout; refuses a damaged file
    (CorruptDatabaseError, see storage/integrity.py) or one from a newer version without writing
    to it; backs up before applying pending migrations. ``check_file``: the integrity check,
    or a wait for one already under way (storage/check_ahead.py).
    """
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise StorageError(
            f"Cannot create the data folder {path.parent}: {error.strerror}. "
            "Choose a folder you can write to with --data-dir."
        ) from error
    check_file(path)
    check_version(path)
    existed = path.exists() and path.stat().st_size > 0
    if not existed:
        # A new file is migrated the moment it is made (sqlite-utils loaded first), so that a command
        # reading the folder meanwhile never finds it with a log but none of its tables.
        import sqlite_utils  # noqa: F401
    try:
        db = AppDatabase(path)
        _configure(db)
    except sqlite3.DatabaseError as error:
        raise StorageError(
            f"Cannot open the database {path}: {error}. It has been left as it is; "
            "check that the folder is writable and the file is a moderator-app database."
        ) from error
    try:
        _prepare(db, existed, backup_dir, now)
    except (sqlite3.Error, OSError) as error:
        db.close()
        # A new or older database is written to before any command runs; on a full disk, a
        # read-only folder or a failing drive that is the environment's doing, said in plain words.
        failure = write_failure(error, what="the database could not be made ready, and nothing was changed")
        if failure is None:
            raise
        raise failure from error
    return db
