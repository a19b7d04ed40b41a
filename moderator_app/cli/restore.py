"""``moderator-app restore [BACKUP | --newest]``: put a backup in place without the window (also after damage)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from moderator_app.cli.base import EXIT_OK, EXIT_USAGE, SubParsers, fail, paths_of

if TYPE_CHECKING:
    from moderator_app.system.paths import AppPaths


def add_parser(commands: SubParsers, name: str) -> None:
    parser = commands.add_parser(
        name,
        help="put a backup in place of the database (a damaged one is moved aside, a readable one backed up first)",
    )
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument(
        "backup", metavar="BACKUP", nargs="?", help="a backup's file name (see 'backups') or a path to one"
    )
    which.add_argument("--newest", action="store_true", help="the newest backup that reads whole")
    which.add_argument(
        "--keep-database",
        "--set-wal-aside",
        dest="set_wal_aside",
        action="store_true",
        help="no backup: go on with the database as it is (a -wal that does not belong to it, or a -shm "
        "left by a lost -wal, is moved aside)",
    )


def _chosen_backup(paths: AppPaths, args: argparse.Namespace) -> Path | str:
    """The backup to restore, or a message saying why there is none."""
    from moderator_app.services.backups import backup_paths, describe, good_backups

    if args.newest:
        good, bad = good_backups(paths)
        for skipped in bad:
            print(f"moderator-app: skipped the damaged backup {skipped.path.name}: {skipped.reason}", file=sys.stderr)
        if not good:
            return f"there is no usable backup in {paths.backups}; nothing was changed."
        print(f"Newest good backup: {good[0].path.name} ({describe(good[0])})", file=sys.stderr)
        return good[0].path
    given = Path(args.backup).expanduser()
    if given.is_file():
        return given.absolute()
    in_folder = paths.backups / args.backup
    if in_folder.is_file():
        return in_folder
    known = [path.name for path in backup_paths(paths)][-3:]
    hint = f" The newest are: {', '.join(reversed(known))}." if known else ""
    return f"no backup {args.backup!r} (neither a file nor in {paths.backups}); run 'moderator-app backups'.{hint}"


def run(args: argparse.Namespace) -> int:
    from moderator_app.services.errors import StorageError
    from moderator_app.services.library import Library
    from moderator_app.system.clock import SystemClock

    paths = paths_of(args)
    if args.set_wal_aside:
        return _set_wal_aside(paths)
    chosen = _chosen_backup(paths, args)
    if isinstance(chosen, str):
        return fail(chosen, EXIT_USAGE)
    backup = chosen
    # Opened once and closed: an older backup is migrated now, a file that still cannot be used is
    # said at once, and the change numbers go on from the replaced database's.
    try:
        library, outcome = Library.open_restored(paths, SystemClock(), backup)
    except StorageError as error:
        return fail(str(error))
    library.close()
    if outcome.moved_aside is not None:
        print(f"The damaged database was moved aside, untouched: {outcome.moved_aside}", file=sys.stderr)
    if outcome.before is not None:
        print(f"The state before the restore was backed up: {outcome.before}", file=sys.stderr)
    print(f"Restored {backup.name} into {paths.database}", file=sys.stderr)
    print(paths.database)
    return EXIT_OK


def _set_wal_aside(paths: AppPaths) -> int:
    from moderator_app.services.backups import keep_database
    from moderator_app.services.errors import StorageError
    from moderator_app.services.library import Library
    from moderator_app.system.clock import SystemClock

    clock = SystemClock()
    # The library is opened once after, and closed: a file that still cannot be used is said at once.
    try:
        moved = keep_database(paths, clock.now().wall)
        Library.open(paths, clock).close()
    except StorageError as error:
        return fail(str(error))
    if moved is None:
        print("Nothing was moved: the database is used as it is.", file=sys.stderr)
    else:
        print(f"Moved aside, untouched: {moved}", file=sys.stderr)
    print(paths.database)
    return EXIT_OK
