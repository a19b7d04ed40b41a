"""Putting a backup in place of the database: checked through before anything changes, then one atomic swap.

Qt-free; storage/recovery.py (the start-up dialog, ``moderator-app restore``) and the window's
File → Restore from backup all come here. See docs/recovery.md, "Restoring a backup".

**What is checked before anything in the data folder changes** (candidate_problem(), reading the
candidate only, as an immutable read-only file): it is an SQLite file as long as its header says
(storage/integrity.py, verify_copy()); it is a moderator-app library, i.e. it has this app's
migrations table with the first migration and every core table (another program's SQLite file with
a ``sessions`` table is not); it was not written by a newer version (every applied migration is one
this version knows, and ``user_version`` is not beyond them); ``PRAGMA integrity_check`` is ``ok``;
no -wal with changes sits beside it (its main file alone would miss them); it is neither the
database itself nor the restore's own temporary copy. Then there must be room on the disk for the
copy (and the before-restore backup), and a readable database must not be open in another program
(checkpointed and closed, its -wal must be gone). Any refusal raises RestoreRefused and leaves
every file as it was.

**The swap** (restore_atomically(), in this order; ``step`` is called after each named step):

1. ``copied``: the candidate is copied to ``moderator.db.restoring`` beside the database, fsynced,
   read back and compared (SHA-256) with what was read, and checked again (quick_check, schema,
   version), so that what goes in place is exactly what was checked;
2. ``kept``: the current state is kept: a readable database is backed up (``-before-restore.db``
   in backups/, VACUUM INTO: a copy) and checkpointed (TRUNCATE) through one connection, which is
   then closed, so its main file holds everything and its -wal is empty or gone; a damaged one is
   hard-linked (or, where the file system has no links, copied and fsynced) to
   ``moderator.db.corrupt-<stamp>``; the main file itself never moves;
3. ``side-files``: the -wal and -shm beside the database are taken away: an empty -wal (readable
   database) is deleted; a damaged database's -wal and -shm are renamed beside its kept copy
   (``…corrupt-<stamp>-wal``), then the folder is fsynced;
4. ``swapped``: ``os.replace`` of the checked copy over ``moderator.db``;
5. ``synced``: the folder is fsynced, so the rename survives a power cut.

**Why a kill at any moment leaves the old database or the restored one, never none.** The live
name always holds a whole main file: until step 4 the old one, unmoved; from step 4 on the restored
one, because ``os.replace`` is atomic (the name points to one file or the other, never to none)
and the copy was complete and fsynced before it. A -wal that belongs to the old file is never
beside the restored one: it is gone (step 3, fsynced) before the replace, and an old -wal that
still had frames is never deleted: a readable database's -wal is only deleted after a successful
checkpoint moved its frames into the main file (if the checkpoint cannot, the restore is refused),
and a damaged database's -wal is renamed, not deleted. A kill before step 3 leaves the old file
with its -wal (as before the restore); between 3 and 4 the old main file alone, which then holds
everything (readable: checkpointed; damaged: it is still refused at start and its -wal is kept
aside); after 4 the restored file. Leftovers of a kill are copies, never the only copy: the
``.restoring`` temporary (rewritten by the next restore, removed by the next backup once stale), a
``.corrupt-`` link, a ``-before-restore`` backup. A power cut cannot reorder the steps: the copy is
fsynced before the rename and the folder after each change of names.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from moderator_app.storage.backups import DiskUsage, write_backup
from moderator_app.storage.commit_mark import mark_path
from moderator_app.storage.connection import AppDatabase
from moderator_app.storage.errors import CorruptDatabaseError, StorageError
from moderator_app.storage.integrity import CORE_TABLES, FIRST_MIGRATION, check_database, side_file, verify_copy
from moderator_app.storage.migrations import KNOWN_MIGRATIONS, MIGRATION_SET
from moderator_app.storage.repository import CHANGE_SEQUENCE_KEY
from moderator_app.system.atomic import fsync_folder

#: The steps of a restore, in order; ``step`` hooks (tests, the fault suite) are called after each.
STEPS = ("checked", "copied", "kept", "side-files", "swapped", "synced")
TEMP_SUFFIX = ".restoring"
#: Extra room asked beyond the copies themselves: SQLite's own temporary files while it checks.
SPACE_SLACK = 8 * 1024 * 1024
_CHUNK = 1024 * 1024

Step = Callable[[str], None]


class RestoreRefused(StorageError):
    """The backup cannot be put in place; nothing in the data folder was changed."""


@dataclass(frozen=True, slots=True)
class RestoreOutcome:
    """What a restore did: the backup put in place, and where the previous state went."""

    backup: Path
    #: The backup of the readable database taken first (reason ``before-restore``), if any.
    before: Path | None = None
    #: Where the damaged database was kept (a link or a copy), if it was damaged.
    moved_aside: Path | None = None
    #: The last change number the replaced database had given (0 if it gave none or could not be
    #: read): the restored one goes on from it, so that no number is given twice.
    last_change: int = 0


def _immutable(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(path.resolve().as_uri() + "?mode=ro&immutable=1", uri=True)


def _last_change(db_path: Path) -> int:
    """The last change number in the file at ``db_path`` (its -wal left out); 0 when it cannot say."""
    if not db_path.is_file():
        return 0
    try:
        conn = _immutable(db_path)
        try:
            row = conn.execute("SELECT value FROM app_state WHERE key = ?", [CHANGE_SEQUENCE_KEY]).fetchone()
        finally:
            conn.close()
        return int(row[0]) if row else 0
    except (sqlite3.DatabaseError, ValueError):
        return 0  # a damaged file: what it gave cannot be read, the restored numbers go on from their own


NOT_OURS = (
    "it is not a moderator-app library (it is an SQLite file, but not one this app wrote: "
    "it lacks the app's tables or its record of schema versions)."
)


def _applied(conn: sqlite3.Connection) -> list[str] | None:
    """This app's applied migrations, or None when the file is not a library of ours."""
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if "_sqlite_migrations" not in tables or not set(CORE_TABLES) <= tables:
        return None
    applied = [
        str(row[0])
        for row in conn.execute("SELECT name FROM _sqlite_migrations WHERE migration_set = ?", [MIGRATION_SET])
    ]
    return applied if FIRST_MIGRATION in applied else None


def _schema_problem(conn: sqlite3.Connection, thorough: bool) -> str | None:
    """Is it ours, from this version or an older one, and whole? In plain words; None when all is well."""
    applied = _applied(conn)
    if applied is None:
        return NOT_OURS
    unknown = [name for name in applied if name not in KNOWN_MIGRATIONS]
    user_version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    if user_version > len(KNOWN_MIGRATIONS) and not unknown:
        unknown = [f"schema version {user_version}"]
    if unknown:
        return (
            "it was written by a newer version of moderator-app (it has changes this version does not know: "
            f"{', '.join(unknown[:3])}). Install that version to restore it."
        )
    pragma = "integrity_check(5)" if thorough else "quick_check(5)"
    problems = [str(row[0]) for row in conn.execute(f"PRAGMA {pragma}")]
    if problems != ["ok"]:
        return f"its contents are damaged ({'; '.join(problems[:3])})."
    return None


def candidate_problem(path: Path, *, thorough: bool = True) -> str | None:
    """What makes ``path`` unfit to be restored, in plain words; None when it can go in place. Writes nothing.

    ``thorough``: ``PRAGMA integrity_check`` (every index against its table) rather than quick_check.
    """
    problem = verify_copy(path)
    if problem is not None:
        # Another program's file may read as "damaged" to a check that looks for our tables' columns:
        # say what it is instead, when its schema can be read at all.
        return NOT_OURS if _readable_but_not_ours(path) else problem
    wal = side_file(path, "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        return (
            f"the file {wal.name} beside it holds changes that are not in it yet (it is open in a program, "
            "or that program did not close cleanly). Close that program, or open the file with it once, first."
        )
    try:
        conn = _immutable(path)
        try:
            return _schema_problem(conn, thorough)
        finally:
            conn.close()
    except sqlite3.Error as error:
        return f"it cannot be read as a database ({error})."


def _readable_but_not_ours(path: Path) -> bool:
    """Whether ``path`` holds tables that can be read, and they are not a library of ours."""
    try:
        conn = _immutable(path)
        try:
            has_tables = conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()[0]
            return bool(has_tables) and _applied(conn) is None
        finally:
            conn.close()
    except sqlite3.Error:
        return False


def refuse_unless_fit(db_path: Path, backup: Path) -> None:
    """Raise RestoreRefused when ``backup`` cannot be restored over ``db_path``; reads only."""
    temp = db_path.with_name(db_path.name + TEMP_SUFFIX)
    if backup.exists() and any(path.exists() and os.path.samefile(backup, path) for path in (db_path, temp)):
        raise RestoreRefused(
            f"The backup {backup.name} cannot be used: it is the database itself (or the copy a restore puts "
            "in its place). Nothing was changed."
        )
    problem = candidate_problem(backup)
    if problem is not None:
        raise RestoreRefused(f"The backup {backup.name} cannot be used: {problem} Nothing was changed.")


def _logical_size(db_path: Path) -> int:
    """The bytes a VACUUM INTO copy of the database will take, at most (its file and its -wal)."""
    return sum(side_file(db_path, s).stat().st_size for s in ("", "-wal") if side_file(db_path, s).exists())


def _refuse_without_room(db_path: Path, backup: Path, readable: bool, disk_usage: DiskUsage | None) -> None:
    needed = backup.stat().st_size + (_logical_size(db_path) if readable else 0) + SPACE_SLACK
    try:
        free = (disk_usage or shutil.disk_usage)(db_path.parent).free
    except OSError:
        return  # cannot tell: the copy itself will say if the disk is full, and nothing is lost
    if free < needed:
        raise RestoreRefused(
            f"There is not enough free space to restore {backup.name}: it needs {needed // 2**20 + 1} MB "
            f"(the copy{' and a backup of the current database' if readable else ''}), and the disk of "
            f"{db_path.parent} has {free // 2**20} MB free. Free some space, then restore again. Nothing was changed."
        )


def _copy_and_verify(backup: Path, temp: Path) -> None:
    """Copy ``backup`` to ``temp`` (fsynced), read it back, compare, and check the copy itself."""
    written = hashlib.sha256()
    with open(backup, "rb") as source, open(temp, "wb") as target:
        while chunk := source.read(_CHUNK):
            written.update(chunk)
            target.write(chunk)
        target.flush()
        os.fsync(target.fileno())
    read_back = hashlib.sha256()
    with open(temp, "rb") as stream:
        while chunk := stream.read(_CHUNK):
            read_back.update(chunk)
    if read_back.digest() != written.digest():
        raise OSError(f"the copy of {backup.name} does not read back as written")
    problem = candidate_problem(temp, thorough=False)
    if problem is not None:
        raise RestoreRefused(
            f"The backup {backup.name} cannot be used: the copy made of it does not pass the checks: {problem} "
            "Nothing was changed."
        )


def _free_corrupt_name(db_path: Path, now: datetime) -> Path:
    base = db_path.with_name(f"{db_path.name}.corrupt-{now.strftime('%Y%m%dT%H%M%SZ')}")
    target, counter = base, 1
    while any(side_file(target, s).exists() for s in ("", "-wal", "-shm")):
        counter += 1
        target = base.with_name(f"{base.name}-{counter}")
    return target


def _keep_damaged(db_path: Path, now: datetime) -> Path | None:
    """Link (else copy) the damaged main file to a ``.corrupt-`` name; it stays where it is too."""
    if not db_path.exists():
        return None
    kept = _free_corrupt_name(db_path, now)
    try:
        os.link(db_path, kept)
    except OSError:  # FAT, exFAT, some shares: no hard links; a byte copy keeps it as well
        temp = kept.with_name(kept.name + ".partial")
        shutil.copyfile(db_path, temp)
        with open(temp, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(temp, kept)
    fsync_folder(db_path.parent)
    return kept


def _set_side_files_aside(db_path: Path, kept: Path | None, now: datetime) -> None:
    """A damaged database's -wal and -shm go beside its kept copy (renamed: never deleted)."""
    target = kept if kept is not None else _free_corrupt_name(db_path, now)
    for suffix in ("-wal", "-shm"):
        source = side_file(db_path, suffix)
        if source.exists():
            os.rename(source, side_file(target, suffix))


def _checkpoint(db_path: Path, backups_dir: Path | None, now: datetime) -> Path | None:
    """Checkpoint (TRUNCATE) and close, after writing the before-restore backup if ``backups_dir`` is given.

    Raises RestoreRefused when another connection has the database open: SQLite deletes the -wal
    when the last connection closes, so a -wal still there means another program could write to
    the old file after the swap (or holds changes not checkpointed).
    """
    try:
        live = AppDatabase(db_path)
        try:
            before = write_backup(live, backups_dir, now, "before-restore") if backups_dir is not None else None
            busy, _log, _done = live.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        finally:
            live.close()
    except sqlite3.Error as error:
        raise StorageError(
            f"Could not read the database {db_path} to keep its current state ({error}). "
            "The database was left as it was."
        ) from error
    if busy or side_file(db_path, "-wal").exists():
        also = f" (the current state was also backed up as {before.name})" if before is not None else ""
        raise RestoreRefused(
            f"The database {db_path} is open in another program, so it cannot be replaced safely. "
            f"Close that program, then restore again. Nothing was changed{also}."
        )
    return before


def restore_atomically(
    db_path: Path,
    backup: Path,
    backups_dir: Path,
    now: datetime,
    *,
    disk_usage: DiskUsage | None = None,
    step: Step = lambda _name: None,
) -> RestoreOutcome:
    """Put ``backup`` in place of the database at ``db_path``, as the module docstring says.

    The caller holds no connection to ``db_path`` (and the data folder's writer lock). Raises
    RestoreRefused (nothing changed) or StorageError (the database is as it was, or restored).
    """
    db_path, backup = Path(db_path), Path(backup)
    refuse_unless_fit(db_path, backup)
    try:
        check_database(db_path)
        damaged = False
    except CorruptDatabaseError:
        damaged = True
    readable = not damaged and db_path.exists() and db_path.stat().st_size > 0
    _refuse_without_room(db_path, backup, readable, disk_usage)
    if readable:
        _checkpoint(db_path, None, now)  # refused here, before anything is written, when it is in use
    last_change = _last_change(db_path)  # read once the -wal is in the file (a damaged file's, if it can)
    step("checked")
    temp = db_path.with_name(db_path.name + TEMP_SUFFIX)
    before = kept = None
    try:
        try:
            db_path.parent.mkdir(parents=True, exist_ok=True)
            _copy_and_verify(backup, temp)
            step("copied")
            if readable:
                before = _checkpoint(db_path, backups_dir, now)
            elif damaged:
                kept = _keep_damaged(db_path, now)
            step("kept")
            if damaged:
                _set_side_files_aside(db_path, kept, now)
            else:  # empty after the checkpoint (or no database at all): nothing in them to lose
                for suffix in ("-wal", "-shm"):
                    side_file(db_path, suffix).unlink(missing_ok=True)
            # The mark counted the commits of the file about to be replaced: gone before the swap, so
            # that no kill leaves it beside the restored file (storage/commit_mark.py).
            mark_path(db_path).unlink(missing_ok=True)
            fsync_folder(db_path.parent)
            step("side-files")
        except OSError as error:
            raise StorageError(
                f"Could not restore {backup.name}: {error.strerror or error}. The database was left as it was."
            ) from error
        try:
            os.replace(temp, db_path)
        except OSError as error:
            raise StorageError(
                f"Could not restore {backup.name}: {error.strerror or error}. The database was left as it was"
                + (f"; its -wal was kept beside {kept.name}." if kept is not None else ".")
            ) from error
        step("swapped")
        fsync_folder(db_path.parent)
        step("synced")
    finally:
        temp.unlink(missing_ok=True)
    return RestoreOutcome(backup, before=before, moved_aside=kept, last_change=last_change)
