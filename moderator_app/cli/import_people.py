"""``moderator-app import-proposal FILE`` and ``import-roster SESSION FILE``: people from a page or a CSV.

The file is read and checked before the data folder is touched: a bad file changes nothing, and
only a file worth storing waits for the folder's writer lock (one writer at a time).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from moderator_app.cli.base import EXIT_ERROR, EXIT_OK, EXIT_USAGE, SubParsers, fail, one_line, paths_of, with_library

if TYPE_CHECKING:
    from moderator_app.importers.proposal_result import ProposalResult
    from moderator_app.importers.roster import RosterResult
    from moderator_app.services.library import Library

PROPOSAL, ROSTER = "import-proposal", "import-roster"


def add_parser(commands: SubParsers, name: str) -> None:
    if name == PROPOSAL:
        proposal = commands.add_parser(
            name, help="make a new session from an IGF session page or proposal (text or saved HTML); prints its id"
        )
        proposal.add_argument("file", metavar="FILE")
        proposal.add_argument(
            "--allow-empty", action="store_true", help="make the session even if no person could be read from the page"
        )
        return
    roster = commands.add_parser(name, help="add the people of a roster CSV to a session")
    roster.add_argument("session_id", metavar="SESSION", help="the session's id (see 'sessions')")
    roster.add_argument("file", metavar="FILE")
    roster.add_argument("--skip-bad-rows", action="store_true", help="import the good rows even if some are bad")
    roster.add_argument(
        "--update-duplicates", action="store_true", help="update people already on the roster (default: skip them)"
    )


def run(args: argparse.Namespace) -> int:
    from moderator_app.importers.proposal_result import ProposalResult
    from moderator_app.services.imports import ImportFileError, read_proposal, read_roster
    from moderator_app.system.writer_lock import DataFolderBusy, hold_for_command

    path = Path(args.file)
    # Read the file before opening the database: a bad file changes nothing, not even the data folder.
    try:
        parsed = read_proposal(path) if args.command == PROPOSAL else read_roster(path)
    except ImportFileError as error:
        return fail(f"{path}: {error}", EXIT_USAGE)
    if isinstance(parsed, ProposalResult):
        # Never silent: how many people, with which roles, and every line not understood.
        for problem in parsed.not_understood:
            print(f"line {problem.line}: not understood ({problem.why}): {problem.text[:80]}", file=sys.stderr)
        if not parsed.participants and not args.allow_empty:
            return fail(
                f"{path}: no person could be read from this page; nothing was imported "
                "(--allow-empty makes the session without people)",
                EXIT_ERROR,
            )
    # Only now, with a file worth storing, wait for the data folder.
    try:
        lock = hold_for_command(paths_of(args).data_dir, args.command)
    except DataFolderBusy as error:
        return fail(str(error))
    if isinstance(parsed, ProposalResult):
        proposal = parsed
        return with_library(args, lambda library: _proposal(library, proposal, path), writer=lock)
    roster = parsed
    return with_library(args, lambda library: _roster(library, args, roster, path), writer=lock)


def _proposal(library: Library, parsed: ProposalResult, path: Path) -> int:
    from moderator_app.domain.text import ValidationError
    from moderator_app.system.resources import regions

    print(parsed.people_summary(), file=sys.stderr)
    try:
        session_id = library.import_proposal(parsed, regions())
    except ValidationError as error:
        return fail(f"{path}: {error}; nothing was imported", EXIT_USAGE)
    print(session_id)
    return EXIT_OK


def _roster(library: Library, args: argparse.Namespace, roster: RosterResult, path: Path) -> int:
    from moderator_app.domain.text import ValidationError
    from moderator_app.services.imports import RosterImportError
    from moderator_app.system.resources import regions

    for line, reason in roster.errors:
        print(f"line {line}: {one_line(reason)}")
    try:
        summary = library.import_roster(
            args.session_id,
            roster,
            regions(),
            duplicates="update" if args.update_duplicates else "skip",
            only_good_rows=args.skip_bad_rows,
        )
    except RosterImportError as error:
        print("imported 0, nothing changed")
        return fail(one_line(str(error)) + " (--skip-bad-rows imports the good ones)", EXIT_ERROR)
    except ValidationError as error:
        return fail(f"{path}: {error}; nothing was imported", EXIT_USAGE)
    duplicates = ", ".join(str(line) for line in summary.skipped_duplicates)
    print(
        f"imported {summary.imported}, updated {summary.updated}, "
        f"skipped duplicates {len(summary.skipped_duplicates)}"
        + (f" (line {duplicates})" if duplicates else "")
        + f", errors {len(summary.skipped_errors)}"
        + (
            " (line " + ", ".join(str(line) for line, _ in summary.skipped_errors) + ", skipped)"
            if summary.skipped_errors
            else ""
        )
    )
    return EXIT_OK
