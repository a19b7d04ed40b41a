"""Getting going again after a damaged database: find the newest good backup, move the damaged file aside, restore.

Qt-free; the start-up dialog (ui/recovery_dialog.py) and ``moderator-app restore`` both use it.
Nothing here deletes or overwrites a damaged file: it is kept as ``moderator.db.corrupt-<stamp>``
with its -wal and -shm (a restore links it there and swaps the backup in atomically,
storage/restore_swap.py; starting empty renames it, storage/integrity.py, quarantine()).
See docs/recovery.md.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from moderator_app.storage.backups import BackupInfo, UnreadableBackup, list_backups
from moderator_app.storage.commit_mark import forget as forget_mark
from moderator_app.storage.errors import CorruptDatabaseError, StorageError
from moderator_app.storage.integrity import check_database, quarantine, set_shm_aside, set_wal_aside
from moderator_app.storage.restore_swap import RestoreOutcome, candidate_problem, restore_atomically

__all__ = ["RestoreOutcome", "describe", "good_backups", "keep_database", "newest_good_backup", "restore"]


def good_backups(backups_dir: Path) -> tuple[list[BackupInfo], list[UnreadableBackup]]:
    """The backups newest first, each checked as a restore would check it; the others apart, with why."""
    listed, unreadable = list_backups(backups_dir)
    good: list[BackupInfo] = []
    bad = list(unreadable)
    for info in listed:
        problem = candidate_problem(info.path, thorough=False)
        if problem is None:
            good.append(info)
        else:
            bad.append(UnreadableBackup(info.path, problem))
    return good, bad


def newest_good_backup(backups_dir: Path) -> BackupInfo | None:
    """The newest backup a restore would accept; older ones are only checked when the newer are not."""
    listed, _unreadable = list_backups(backups_dir)
    return next((info for info in listed if candidate_problem(info.path, thorough=False) is None), None)


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

    The backup is checked through first (nothing changes if it is damaged, not ours or from a newer
    version). A readable database is backed up first (reason ``before-restore``); a damaged one is
    kept under a ``.corrupt-`` name, never overwritten. One atomic swap: storage/restore_swap.py.
    The caller must hold no connection to ``db_path``.
    """
    return restore_atomically(db_path, backup, backups_dir, now)


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
        moved = set_wal_aside(db_path, now)
        # The commits that -wal held (if it was this library's, with a damaged header) are given up
        # with it: the mark that counted them would refuse the library again, as lost-changes.
        forget_mark(db_path)
        return moved
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
