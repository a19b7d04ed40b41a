"""The headless ``import-proposal`` and ``import-roster`` commands (parsed in cli.py)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from moderator_app.cli.main import EXIT_ERROR, EXIT_OK, EXIT_USAGE, _fail

if TYPE_CHECKING:
    from moderator_app.importers.proposal import ProposalResult
    from moderator_app.importers.roster import RosterResult
    from moderator_app.system.paths import AppPaths


def _one_line(message: str) -> str:
    return " ".join(message.split())


def run_import_command(args: argparse.Namespace) -> int:
    from moderator_app.importers.proposal import ProposalResult
    from moderator_app.services.imports import ImportFileError, read_proposal, read_roster
    from moderator_app.system.paths import AppPaths

    path = Path(args.file)
    # Read the file before opening the database: a bad file changes nothing, not even the data folder.
    try:
        parsed = read_proposal(path) if args.command == "import-proposal" else read_roster(path)
    except ImportFileError as error:
        return _fail(f"{path}: {_one_line(str(error))}", EXIT_USAGE)
    if isinstance(parsed, ProposalResult):
        # Never silent: how many people, with which roles, and every line not understood.
        for problem in parsed.not_understood:
            print(f"line {problem.line}: not understood ({problem.why}): {problem.text[:80]}", file=sys.stderr)
        if not parsed.participants and not args.allow_empty:
            return _fail(
                f"{path}: no person could be read from this page; nothing was imported "
                "(--allow-empty makes the session without people)",
                EXIT_ERROR,
            )
    paths = AppPaths.resolve(args.data_dir)
    # Only now, with a file worth storing, wait for the data folder (one writer at a time: instance.py).
    from moderator_app.system.writer_lock import DataFolderBusy, hold_for_command

    try:
        lock = hold_for_command(paths.data_dir, args.command)
    except DataFolderBusy as error:
        return _fail(str(error))
    with lock:
        return _store(args, path, parsed, paths)


def _store(args: argparse.Namespace, path: Path, parsed: ProposalResult | RosterResult, paths: AppPaths) -> int:
    from moderator_app.domain.text import ValidationError
    from moderator_app.importers.proposal import ProposalResult
    from moderator_app.services.imports import RosterImportError, import_proposal, import_roster
    from moderator_app.storage.database import StorageError, open_database
    from moderator_app.storage.repository import SessionRepository, UnknownSessionError
    from moderator_app.system.clock import SystemClock
    from moderator_app.system.resources import regions

    try:
        db = open_database(paths.database, backup_dir=paths.backups)
    except StorageError as error:
        return _fail(_one_line(str(error)))
    repository = SessionRepository(db)
    try:
        if isinstance(parsed, ProposalResult):
            print(parsed.people_summary(), file=sys.stderr)
            session_id = import_proposal(repository, parsed, SystemClock(), regions=regions())
            print(session_id)
            return EXIT_OK
        roster = parsed
        for line, reason in roster.errors:
            print(f"line {line}: {_one_line(reason)}")
        try:
            summary = import_roster(
                repository,
                args.session_id,
                roster,
                regions=regions(),
                duplicates="update" if args.update_duplicates else "skip",
                only_good_rows=args.skip_bad_rows,
            )
        except RosterImportError as error:
            print("imported 0, nothing changed")
            return _fail(_one_line(str(error)) + " (--skip-bad-rows imports the good ones)", EXIT_ERROR)
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
    except UnknownSessionError as error:
        return _fail(_one_line(str(error.args[0])), EXIT_USAGE)
    except ValidationError as error:
        return _fail(f"{path}: {_one_line(str(error))}; nothing was imported", EXIT_USAGE)
    except StorageError as error:
        # A write that failed (disk full, read-only folder) was rolled back: the words say what to do.
        return _fail(_one_line(str(error)))
    finally:
        db.close()
