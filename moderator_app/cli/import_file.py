"""``moderator-app import FILE [--merge | --replace | --copy]``: a session file into the data folder; prints its id."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from moderator_app.cli.base import EXIT_OK, EXIT_USAGE, SubParsers, fail, with_library

if TYPE_CHECKING:
    from moderator_app.services.library import Library


def add_parser(commands: SubParsers, name: str) -> None:
    importing = commands.add_parser(name, help="read a session file into the data folder; prints its id")
    importing.add_argument("file", metavar="FILE")
    how = importing.add_mutually_exclusive_group()
    how.add_argument(
        "--merge",
        action="store_true",
        help="if the session is already here, unite the two copies, the later edit winning (the default)",
    )
    how.add_argument("--replace", action="store_true", help="overwrite the session if it is already here")
    how.add_argument("--copy", action="store_true", help="import under fresh ids, beside any existing copy")


def run(args: argparse.Namespace) -> int:
    return with_library(args, lambda library: _import(library, args))


def _import(library: Library, args: argparse.Namespace) -> int:
    from moderator_app.services.errors import SessionFileError

    try:
        snapshot, summary = library.import_file(Path(args.file), replace=args.replace, copy=args.copy, merge=True)
    except SessionFileError as error:
        return fail(f"{args.file}: {error}", EXIT_USAGE)
    print(snapshot.session.id)  # stdout stays the id alone, for scripts; the merge's summary goes to stderr
    for line in summary.lines() if summary is not None else ():
        print(line, file=sys.stderr)
    return EXIT_OK
