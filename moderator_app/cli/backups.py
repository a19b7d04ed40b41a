"""``moderator-app backups [--json]`` lists the automatic backups; ``moderator-app backup`` takes one now."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING

from moderator_app.cli.base import EXIT_OK, SubParsers, with_library

if TYPE_CHECKING:
    from moderator_app.services.library import Library

TAKE = "backup"


def add_parser(commands: SubParsers, name: str) -> None:
    if name == TAKE:
        commands.add_parser(name, help="take a backup now (skipped if nothing changed since the last one)")
        return
    backups = commands.add_parser(name, help="list the automatic backups, newest first, with their sessions")
    backups.add_argument("--json", action="store_true", help="print JSON")


def run(args: argparse.Namespace) -> int:
    return with_library(args, lambda library: _take(library) if args.command == TAKE else _list(library, args))


def _take(library: Library) -> int:
    from moderator_app.services.backups import backup_paths

    taken = library.take_backup("manual")
    if taken is None:
        newest = backup_paths(library.paths)[-1]
        print(f"Nothing changed since the last backup: {newest}", file=sys.stderr)
        print(newest)
        return EXIT_OK
    print(taken)
    return EXIT_OK


def _list(library: Library, args: argparse.Namespace) -> int:
    good, unreadable = library.list_backups()
    for bad in unreadable:
        print(f"moderator-app: skipped {bad.path.name}: {bad.reason}", file=sys.stderr)
    if args.json:
        data = [
            {
                "path": str(info.path),
                "taken_at": info.taken_at.isoformat(),
                "reason": info.reason,
                "size": info.size,
                "sessions": [
                    {"title": s.title, "interventions": s.interventions, "notes": s.notes} for s in info.sessions
                ],
            }
            for info in good
        ]
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return EXIT_OK
    for info in good:
        sessions = "; ".join(f"{s.title} ({s.interventions} interventions, {s.notes} notes)" for s in info.sessions)
        print(f"{info.taken_at:%Y-%m-%d %H:%M:%SZ}  {info.reason:<14}  {info.size // 1024:>6} KiB  {info.path.name}")
        print(f"    {sessions or 'no sessions'}")
    if not good:
        print(f"No backups yet in {library.paths.backups}.", file=sys.stderr)
    return EXIT_OK
