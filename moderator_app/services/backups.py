"""The data folder's backups, and getting going again from one, for the window, the start and the CLI. No Qt.

These work on the folder at rest (no connection open): listing, checking and restoring a backup,
and the two other ways on after damage (keep the database, start empty). An open library takes a
backup of itself and restores through :class:`~moderator_app.services.library.Library`, which
closes its connection first and opens again after. Loaded only when backups are used: a start
does not read the backups folder.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from moderator_app.storage import recovery
from moderator_app.storage.backups import (
    BackupInfo,
    DiskUsage,
    NoRoomForBackup,
    UnreadableBackup,
    backup_files,
    list_backups,
    megabytes,
)
from moderator_app.storage.commit_mark import seq_of_copy
from moderator_app.storage.restore_swap import RestoreOutcome
from moderator_app.system.paths import AppPaths

__all__ = [
    "BackupInfo",
    "DiskUsage",
    "NoRoomForBackup",
    "RestoreOutcome",
    "UnreadableBackup",
    "backup_paths",
    "commit_count_of",
    "describe",
    "good_backups",
    "keep_database",
    "list_backups",
    "megabytes",
    "newest_good_backup",
    "restore_at_rest",
    "start_empty",
]


def backup_paths(paths: AppPaths) -> list[Path]:
    """The backup files in the folder by their names, oldest first (none of them opened)."""
    return [path for path, _taken in backup_files(paths.backups)]


def good_backups(paths: AppPaths) -> tuple[list[BackupInfo], list[UnreadableBackup]]:
    """The backups newest first, each checked as a restore would check it; the others apart, with why."""
    return recovery.good_backups(paths.backups)


def newest_good_backup(paths: AppPaths) -> BackupInfo | None:
    """The newest backup a restore would accept."""
    return recovery.newest_good_backup(paths.backups)


def commit_count_of(backup: Path) -> int | None:
    """How many commits the library had made when ``backup`` was taken (None when it does not say)."""
    return seq_of_copy(backup)


def describe(info: BackupInfo) -> str:
    """One line on what a backup holds."""
    return recovery.describe(info)


def restore_at_rest(paths: AppPaths, backup: Path, now: datetime) -> RestoreOutcome:
    """Put ``backup`` in place of the database, whatever state that is in; nobody may have it open.

    Checked through first (nothing changes if it is damaged, not ours or newer); a readable
    database is backed up first, a damaged one kept aside (storage/restore_swap.py).
    """
    return recovery.restore(paths.database, backup, paths.backups, now)


def keep_database(paths: AppPaths, now: datetime) -> Path | None:
    """Go on with the database as it is, a -wal (or -shm) that does not belong moved aside; returns where."""
    return recovery.keep_database(paths.database, now)


def start_empty(paths: AppPaths, now: datetime) -> Path | None:
    """Move the damaged database aside so that the next open starts an empty one; returns where it went."""
    return recovery.start_empty(paths.database, now)
