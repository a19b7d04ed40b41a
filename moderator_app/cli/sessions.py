"""``moderator-app sessions [--json]``: the sessions in the data folder, newest first."""

from __future__ import annotations

import argparse
import json
import sys

from moderator_app.cli.base import EXIT_OK, SubParsers, with_library


def add_parser(commands: SubParsers, name: str) -> None:
    listing = commands.add_parser(name, help="list the sessions in the data folder")
    listing.add_argument("--json", action="store_true", help="print JSON instead of a table")


def run(args: argparse.Namespace) -> int:
    return with_library(args, lambda library: _print(library.list_sessions(), args.json))


def _print(summaries, as_json: bool) -> int:  # type: ignore[no-untyped-def]
    if as_json:
        print(
            json.dumps(
                [{"id": s.id, "title": s.title, "date": s.date.isoformat() if s.date else None} for s in summaries],
                ensure_ascii=False,
                indent=2,
            )
        )
        return EXIT_OK
    for s in summaries:
        print(f"{s.id}  {s.date.isoformat() if s.date else '----------'}  {s.title}")
    if not summaries:
        print("No sessions yet: start the app once to get the demo, or import a session file.", file=sys.stderr)
    return EXIT_OK
