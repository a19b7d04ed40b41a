"""``moderator-app export SESSION -o FILE``: a session to a portable session file (JSON)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from moderator_app.cli.base import EXIT_OK, SubParsers, fail, with_library

if TYPE_CHECKING:
    from moderator_app.services.library import Library


def add_parser(commands: SubParsers, name: str) -> None:
    export = commands.add_parser(name, help="write a session to a portable session file (JSON)")
    export.add_argument("session_id", metavar="SESSION", help="the session's id (see 'sessions')")
    export.add_argument("-o", "--output", metavar="FILE", required=True, help="file to write")


def run(args: argparse.Namespace) -> int:
    return with_library(args, lambda library: _export(library, args))


def _export(library: Library, args: argparse.Namespace) -> int:
    target = Path(args.output)
    try:
        library.export_file(args.session_id, target)
    except OSError as error:
        # Written to a temporary file beside the target: name the file the user asked for.
        return fail(f"cannot write {target}: {error.strerror or error}")
    print(target)
    return EXIT_OK
