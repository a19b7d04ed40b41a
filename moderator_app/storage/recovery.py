"""Getting going again after a damaged database: find the newest good backup, move the damaged file aside, restore.

Qt-free; the start-up dialog (ui/recovery_dialog.py) and ``moderator-app restore`` both use it.
Nothing here deletes or overwrites a damaged file: it is renamed to ``moderator.db.corrupt-<stamp>``
with its -wal and -shm (storage/integrity.py, quarantine()). See docs/recovery.md.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from moderator_app.storage.backups import BackupInfo, UnreadableBackup, install_backup, list_backups, restore_backup
from moderator_app.storage.commit_mark import forget as forget_mark
from moderator_app.storage.errors import CorruptDatabaseError, StorageError
from moderator_app.storage.integrity import check_database, quarantine, set_shm_aside, set_wal_aside, verify_copy


@dataclass(frozen=True, slots=True)
class RestoreOutcome:
    """What a restore did: the backup put in place, and where the previous state went."""

    backup: Path
    #: The backup of the readable database taken first (reason ``before-restore``), if any.
    before: Path | None = None
    #: Where the damaged database was moved, if it was damaged.
    moved_aside: Path | None = None


def good_backups(backups_dir: Path) -> tuple[list[BackupInfo], list[UnreadableBackup]]:
    """The backups newest first, each checked through (quick_check); the damaged ones apart, with why."""
    listed, unreadable = list_backups(backups_dir)
    good: list[BackupInfo] = []
    bad = list(unreadable)
    for info in listed:
        problem = verify_copy(info.path)
        if problem is None:
            good.append(info)
        else:
            bad.append(UnreadableBackup(info.path, problem))
    return good, bad


def newest_good_backup(backups_dir: Path) -> BackupInfo | None:
    """The newest backup that reads whole; older ones are only checked when the newer are damaged."""
    listed, _unreadable = list_backups(backups_dir)
    return next((info for info in listed if verify_copy(info.path) is None), None)


def move_damaged_aside(db_path: Path, now: datetime) -> Path | None:
    """Move the database and its -wal/-shm to a dated ``.corrupt-`` name; None when there was nothing to move."""
    if not any(db_path.with_name(db_path.name + suffix).exists() for suffix in ("", "-wal", "-shm")):
        return None
    try:
        return quarantine(db_path, now)
    except OSError as error:
        raise StorageError(
            f"Could not move the damaged database {db_path} aside ({error.strerror or error}); it was left as it was. "
            "Check that the data folder can be written to."
        ) from error


def restore(db_path: Path, backup: Path, backups_dir: Path, now: datetime) -> RestoreOutcome:
    """Put ``backup`` in place of the database, whatever state that is in.

    The backup is checked first (nothing changes if it is damaged). A readable database is backed up
    first (reason ``before-restore``); a damaged one is moved aside, never overwritten. The caller
    must hold no connection to ``db_path``.
    """
    problem = verify_copy(backup)
    if problem is not None:
        raise StorageError(f"The backup {backup.name} cannot be used: {problem} Nothing was changed.")
    try:
        check_database(db_path)
    except CorruptDatabaseError:
        moved = move_damaged_aside(db_path, now)
        install_backup(db_path, backup)
        return RestoreOutcome(backup, moved_aside=moved)
    if not db_path.exists() or db_path.stat().st_size == 0:
        install_backup(db_path, backup)
        return RestoreOutcome(backup)
    return RestoreOutcome(backup, before=restore_backup(db_path, backup, backups_dir, now))


def keep_database(db_path: Path, now: datetime) -> Path | None:
    """Go on with the database as it is, its -wal (which does not belong to it) moved aside; returns where.

    For a database that lost its latest changes with a deleted -wal: the loss is accepted, a
    leftover -shm is moved aside (and returned).

    Refused when the database alone is not whole either: then only a backup helps.
    """
    try:
        check_database(db_path)
        return None  # nothing wrong (any more): nothing to move
    except CorruptDatabaseError as error:
        if not error.database_whole:
            raise
        lost = error.kind == "lost-changes"
    try:
        if lost:
            # What was lost is lost; the leftover -shm (the only trace of it) is kept aside, the mark
            # of the last commit is made anew by the next commit.
            forget_mark(db_path)
            return set_shm_aside(db_path, now)
        return set_wal_aside(db_path, now)
    except OSError as error:
        raise StorageError(
            f"Could not move the -wal of {db_path} aside ({error.strerror or error}); it was left as it was. "
            "Check that the data folder can be written to."
        ) from error


def start_empty(db_path: Path, now: datetime) -> Path | None:
    """Move the damaged database aside so that the app starts with an empty one; returns where it went."""
    return move_damaged_aside(db_path, now)


def describe(info: BackupInfo) -> str:
    """One line on what a backup holds, for the CLI and the start-up dialog."""
    if not info.sessions:
        return "no sessions"
    shown = "; ".join(f"{s.title} ({s.interventions} interventions, {s.notes} notes)" for s in info.sessions[:3])
    more = len(info.sessions) - 3
    return shown + (f"; and {more} more session{'s' if more > 1 else ''}" if more > 0 else "")
