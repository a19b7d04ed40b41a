"""Command line: the GUI by default, plus headless commands (sessions, export, import)."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from moderator_app import __version__
from moderator_app.reports.formats import DEFAULT_FOR_COMMAND_LINE as DEFAULT_REPORT_FORMAT
from moderator_app.reports.formats import names as report_formats

if TYPE_CHECKING:
    import argparse

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2


def build_parser() -> argparse.ArgumentParser:
    import argparse

    parser = argparse.ArgumentParser(
        prog="moderator-app",
        description="Run a multistakeholder session: speakers' queue, intervention timer, session clock.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="folder holding the database (default: $MODERATOR_APP_DATA_DIR, else the user data folder)",
    )
    parser.add_argument("--session", metavar="ID", help="open this session in the window")
    parser.add_argument(
        "--smoke",
        action="store_true",
        help="open the main window, wait for its first paint, then exit 0 (for packaging checks)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    listing = commands.add_parser("sessions", help="list the sessions in the data folder")
    listing.add_argument("--json", action="store_true", help="print JSON instead of a table")
    export = commands.add_parser("export", help="write a session to a portable session file (JSON)")
    export.add_argument("session_id", metavar="SESSION", help="the session's id (see 'sessions')")
    export.add_argument("-o", "--output", metavar="FILE", required=True, help="file to write")
    status = commands.add_parser("status", help="show who has the floor, the timer and the queue")
    status.add_argument("session_id", metavar="SESSION", nargs="?", help="default: the last session opened")
    status.add_argument("--json", action="store_true", help="print JSON")
    stats = commands.add_parser("stats", help="speaking-time balance by person, group, gender, region, attendance")
    stats.add_argument("session_id", metavar="SESSION", nargs="?", help="default: the last session opened")
    stats.add_argument("--json", action="store_true", help="print JSON")
    stats.add_argument(
        "--reference",
        choices=["speakers", "took_floor", "everyone"],
        help="whose head count shares are compared with (default: the session's setting)",
    )
    stats.add_argument("--event", metavar="NAME", help="add up every session of this event instead of one session")
    stats.add_argument("--csv", metavar="FILE", help="with --event: also write the rows to this CSV file")
    importing = commands.add_parser("import", help="read a session file into the data folder; prints its id")
    importing.add_argument("file", metavar="FILE")
    how = importing.add_mutually_exclusive_group()
    how.add_argument(
        "--merge",
        action="store_true",
        help="if the session is already here, unite the two copies, the later edit winning (the default)",
    )
    how.add_argument("--replace", action="store_true", help="overwrite the session if it is already here")
    how.add_argument("--copy", action="store_true", help="import under fresh ids, beside any existing copy")
    proposal = commands.add_parser(
        "import-proposal",
        help="make a new session from an IGF session page or proposal (text or saved HTML); prints its id",
    )
    proposal.add_argument("file", metavar="FILE")
    proposal.add_argument(
        "--allow-empty", action="store_true", help="make the session even if no person could be read from the page"
    )
    roster = commands.add_parser("import-roster", help="add the people of a roster CSV to a session")
    roster.add_argument("session_id", metavar="SESSION", help="the session's id (see 'sessions')")
    roster.add_argument("file", metavar="FILE")
    roster.add_argument("--skip-bad-rows", action="store_true", help="import the good rows even if some are bad")
    roster.add_argument(
        "--update-duplicates", action="store_true", help="update people already on the roster (default: skip them)"
    )
    report = commands.add_parser("report", help=f"write a session's report ({', '.join(report_formats())})")
    report.add_argument("session_id", metavar="SESSION", help="the session's id (see 'sessions')")
    report.add_argument(
        "--template", metavar="NAME", default="igf-workshop", help="see 'templates' (default: %(default)s)"
    )
    report.add_argument(
        "--format",
        metavar="FORMAT",
        help=f"{', '.join(report_formats())} (default: from the output's extension, else {DEFAULT_REPORT_FORMAT})",
    )
    report.add_argument("-o", "--output", metavar="FILE", required=True, help="file (or folder) to write")
    report.add_argument(
        "--language",
        metavar="CODE",
        help="the report's language: en, es or fr (default: the system's, when it is one of them, else en)",
    )
    backups = commands.add_parser("backups", help="list the automatic backups, newest first, with their sessions")
    backups.add_argument("--json", action="store_true", help="print JSON")
    commands.add_parser("backup", help="take a backup now (skipped if nothing changed since the last one)")
    commands.add_parser("templates", help="list the report templates, built-in and your own, with their folders")
    from moderator_app.cli.restore import add_parser as add_restore_parser
    from moderator_app.cli.search import add_parser as add_search_parser
    from moderator_app.cli.session import add_parser as add_session_parser

    add_restore_parser(commands)
    add_search_parser(commands)
    add_session_parser(commands)
    return parser


def _fail(message: str, code: int = EXIT_ERROR) -> int:
    print(f"moderator-app: error: {message}", file=sys.stderr)
    return code


def main(argv: Sequence[str] | None = None) -> int:
    try:
        return _main(argv)
    except BrokenPipeError:
        # The reader went away (`moderator-app sessions | head`): not an error of ours. Point stdout
        # at nothing so Python's final flush does not complain either.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK


#: The window's own options (see build_parser), each with whether it takes a value.
_WINDOW_OPTIONS = {"--data-dir": True, "--session": True, "--smoke": False}


def window_arguments(argv: Sequence[str]) -> dict[str, str | bool | None] | None:
    """The window's options when ``argv`` holds nothing else, else None (argparse then reads it all).

    Starting the window is the common case, and importing and building the whole command parser
    would slow every start (benchmarks/startup.py times the start). Anything unusual (a command,
    --help, an abbreviation, a missing value) goes to argparse, which knows what to say about it.
    """
    found: dict[str, str | bool | None] = {"data_dir": None, "session": None, "smoke": False}
    tokens = list(argv)
    while tokens:
        token = tokens.pop(0)
        name, equals, value = token.partition("=")
        if name not in _WINDOW_OPTIONS or (equals and not _WINDOW_OPTIONS[name]):
            return None
        key = name[2:].replace("-", "_")
        if not _WINDOW_OPTIONS[name]:
            found[key] = True
            continue
        if not equals:
            if not tokens or tokens[0].startswith("-"):
                return None
            value = tokens.pop(0)
        found[key] = value
    return found


def _main(argv: Sequence[str] | None) -> int:
    window = window_arguments(sys.argv[1:] if argv is None else argv)
    if window is not None:
        return _run_window(window["data_dir"], window["session"], bool(window["smoke"]))  # type: ignore[arg-type]
    args = build_parser().parse_args(argv)
    if args.command is None:
        return _run_window(args.data_dir, args.session, args.smoke)
    if args.smoke or args.session:
        return _fail("--smoke and --session apply to the window, not to the command " + repr(args.command), EXIT_USAGE)
    refused = _refuse_protected_output(args)
    if refused is not None:
        return refused
    if args.command in WRITING_COMMANDS:
        return _run_as_writer(args)
    return _dispatch(args)


#: The options of any command that name a file to write (export/report -o, stats --csv).
OUTPUT_OPTIONS = ("output", "csv")


def _refuse_protected_output(args: argparse.Namespace) -> int | None:
    """Refuse, before anything is opened, an output that is the database, its companions or a backup."""
    from moderator_app.system.output_paths import ProtectedOutputError, check_output_path
    from moderator_app.system.paths import AppPaths

    data_dir = AppPaths.resolve(args.data_dir).data_dir
    for option in OUTPUT_OPTIONS:
        target = getattr(args, option, None)
        if target:
            try:
                check_output_path(target, data_dir)
            except ProtectedOutputError as error:
                return _fail(str(error), EXIT_USAGE)
    return None


def _run_window(data_dir: str | None, session_id: str | None, smoke: bool) -> int:
    from moderator_app.system.qt_startup import faster_pyside_source_check

    faster_pyside_source_check()  # before the window's ~200 modules are imported
    from moderator_app.ui.app import run_gui

    return run_gui(data_dir=data_dir, session_id=session_id, smoke=smoke)


#: Commands that change the data folder: one writer at a time (instance.py). Everything else only
#: reads, and works while the window is open (SQLite's WAL lets readers in beside the writer).
#: import-proposal and import-roster take the same lock themselves, once their file has been read
#: and found good, so a bad file is refused without touching the data folder (import_command.py).
WRITING_COMMANDS = frozenset({"import", "backup", "restore", "session"})


def _run_as_writer(args: argparse.Namespace) -> int:
    from moderator_app.system.paths import AppPaths
    from moderator_app.system.writer_lock import DataFolderBusy, hold_for_command

    try:
        lock = hold_for_command(AppPaths.resolve(args.data_dir).data_dir, args.command)
    except DataFolderBusy as error:
        return _fail(str(error))
    with lock:
        return _dispatch(args)


def _dispatch(args: argparse.Namespace) -> int:
    if args.command in ("import-proposal", "import-roster"):
        from moderator_app.cli.imports import run_import_command

        return run_import_command(args)
    if args.command == "restore":
        from moderator_app.cli.restore import run_restore_command

        return run_restore_command(args)
    if args.command == "session":
        from moderator_app.cli.session import run_session_command

        return run_session_command(args)
    if args.command in ("report", "templates"):
        from moderator_app.cli.report import run_report_command

        return run_report_command(args)
    return _run_headless(args)


def _run_headless(args: argparse.Namespace) -> int:
    from moderator_app.services.sessions import export_file, import_session_file
    from moderator_app.storage.database import StorageError, open_database
    from moderator_app.storage.repository import SessionRepository, UnknownSessionError
    from moderator_app.storage.session_file import SessionFileError
    from moderator_app.system.clock import SystemClock
    from moderator_app.system.paths import AppPaths

    paths = AppPaths.resolve(args.data_dir)
    clock = SystemClock()
    try:
        db = open_database(paths.database, backup_dir=paths.backups)
    except StorageError as error:
        return _fail(str(error))
    repository = SessionRepository(db)
    try:
        if args.command == "sessions":
            summaries = repository.list_sessions()
            if args.json:
                print(
                    json.dumps(
                        [
                            {"id": s.id, "title": s.title, "date": s.date.isoformat() if s.date else None}
                            for s in summaries
                        ],
                        ensure_ascii=False,
                        indent=2,
                    )
                )
            else:
                for s in summaries:
                    print(f"{s.id}  {s.date.isoformat() if s.date else '----------'}  {s.title}")
                if not summaries:
                    print(
                        "No sessions yet: start the app once to get the demo, or import a session file.",
                        file=sys.stderr,
                    )
            return EXIT_OK
        if args.command == "export":
            target = Path(args.output)
            try:
                export_file(repository, args.session_id, target, clock)
            except OSError as error:
                # Written to a temporary file beside the target: name the file the user asked for.
                return _fail(f"cannot write {target}: {error.strerror or error}")
            print(target)
            return EXIT_OK
        if args.command in ("backup", "backups"):
            return _backup_command(db, paths, clock, args)
        if args.command == "status":
            return _print_status(repository, clock, args)
        if args.command == "stats" and (args.event is not None or args.csv):
            return _event_stats(repository, clock, args)
        if args.command == "stats":
            return _print_stats(repository, clock, args)
        if args.command == "search":
            return _search(repository, args)
        if args.command == "import":
            snapshot, summary = import_session_file(
                repository, Path(args.file), clock, replace=args.replace, copy=args.copy, merge=True
            )
            print(snapshot.session.id)  # stdout stays the id alone, for scripts; the merge's summary goes to stderr
            for line in summary.lines() if summary is not None else ():
                print(line, file=sys.stderr)
            return EXIT_OK
    except UnknownSessionError as error:
        return _fail(str(error.args[0]), EXIT_USAGE)
    except StorageError as error:
        return _fail(str(error))
    except SessionFileError as error:
        return _fail(f"{args.file if args.command == 'import' else ''}: {error}".lstrip(": "), EXIT_USAGE)
    except BrokenPipeError:
        raise  # main() ends quietly: the reader of our output has gone
    except OSError as error:
        return _fail(f"{error.strerror or error}: {error.filename or ''}".rstrip(": "))
    finally:
        db.close()
    return _fail(f"unknown command {args.command!r}", EXIT_USAGE)


def _event_stats(repository, clock, args: argparse.Namespace) -> int:  # type: ignore[no-untyped-def]
    from moderator_app.cli.event import run_event_stats
    from moderator_app.storage.events import UnknownEventError

    if args.event is None or args.session_id:
        return _fail(
            "--csv needs --event NAME" if args.event is None else "give a SESSION or --event, not both", EXIT_USAGE
        )
    try:
        run_event_stats(repository, clock.now(), args.event, args)
    except UnknownEventError as error:
        return _fail(str(error.args[0]), EXIT_USAGE)
    except BrokenPipeError:
        raise  # main() ends quietly: the reader of our output has gone
    except OSError as error:
        if not args.csv:
            raise
        # Written to a temporary file beside it: name the file the user asked for.
        return _fail(f"cannot write {args.csv}: {error.strerror or error}")
    return EXIT_OK


def _search(repository, args: argparse.Namespace) -> int:  # type: ignore[no-untyped-def]
    from moderator_app.cli.search import run_search_command
    from moderator_app.storage.events import UnknownEventError
    from moderator_app.storage.note_search import EmptySearchError

    try:
        run_search_command(repository, args)
    except (EmptySearchError, UnknownEventError) as error:
        return _fail(str(error.args[0]), EXIT_USAGE)
    return EXIT_OK


def _backup_command(db, paths, clock, args: argparse.Namespace) -> int:  # type: ignore[no-untyped-def]
    from moderator_app.storage.backups import backup_files, list_backups, take_backup, thin_folder

    if args.command == "backup":
        now = clock.now().wall
        taken = take_backup(db, paths.backups, now, reason="manual")
        if taken is None:
            newest = backup_files(paths.backups)[-1][0]
            print(f"Nothing changed since the last backup: {newest}", file=sys.stderr)
            print(newest)
            return EXIT_OK
        thin_folder(paths.backups, now)
        print(taken)
        return EXIT_OK
    good, unreadable = list_backups(paths.backups)
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
        print(f"No backups yet in {paths.backups}.", file=sys.stderr)
    return EXIT_OK


NO_SESSIONS = "there are no sessions in this data folder yet; import one with 'import FILE'."


def _default_session(repository, requested: str | None) -> str | None:  # type: ignore[no-untyped-def]
    """The given id, else the session the window would open: the last one used, else the most recent."""
    if requested:
        return requested
    last = repository.get_state("last_session_id")
    if last and repository.exists(last):
        return str(last)
    listed = repository.list_sessions()
    return listed[0].id if listed else None


def _print_status(repository, clock, args: argparse.Namespace) -> int:  # type: ignore[no-untyped-def]
    from moderator_app.domain import agenda, timer
    from moderator_app.domain.formatting import clock_text, countdown_text

    session_id = _default_session(repository, args.session_id)
    if session_id is None:
        return _fail(NO_SESSIONS, EXIT_USAGE)
    snapshot = repository.load(session_id)
    now = clock.now()
    current = snapshot.current_intervention
    reading = timer.read_timer(current, now, snapshot.session.warning_seconds)
    progress = agenda.progress(snapshot.session, snapshot.segments, now)
    speaker = snapshot.participant(current.participant_id) if current else None
    queue = [snapshot.participant(entry.participant_id) for entry in snapshot.queue]
    data = {
        "session": {"id": snapshot.session.id, "title": snapshot.session.title},
        "elapsed_seconds": round(progress.session_elapsed_seconds, 3),
        "segment": progress.segment.title if progress.segment else None,
        "intervention": None
        if current is None
        else {
            "id": current.id,
            "participant_id": current.participant_id,
            "speaker": speaker.name if speaker else None,
            "state": current.state.value,
            "phase": reading.phase.value,
            "speaking_seconds": round(reading.speaking_seconds, 3),
            "allotted_seconds": reading.allotted_seconds,
        },
        "queue": [{"participant_id": p.id, "name": p.name} for p in queue if p is not None],
        "participants": len(snapshot.participants),
        "interventions": len(snapshot.interventions),
    }
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return EXIT_OK
    print(snapshot.session.title)
    print(
        f"  session clock  {clock_text(progress.session_elapsed_seconds)}"
        + (f"  segment: {progress.segment.title}" if progress.segment else "")
    )
    if current is None or speaker is None:
        print("  nobody has the floor")
    else:
        shown = (
            countdown_text(reading.remaining_seconds)
            if reading.remaining_seconds is not None
            else clock_text(reading.speaking_seconds)
        )
        print(f"  {speaker.name}: {shown} ({current.state.value}, {reading.phase.value})")
    print("  queue: " + (", ".join(p.name for p in queue if p is not None) or "empty"))
    return EXIT_OK


def _print_stats(repository, clock, args: argparse.Namespace) -> int:  # type: ignore[no-untyped-def]
    from moderator_app.domain.balance import DIMENSIONS, ReferenceSet, compute_balance
    from moderator_app.domain.formatting import clock_text

    session_id = _default_session(repository, args.session_id)
    if session_id is None:
        return _fail(NO_SESSIONS, EXIT_USAGE)
    snapshot = repository.load(session_id)
    reference = ReferenceSet(args.reference or snapshot.session.balance_reference)
    balance = compute_balance(snapshot.participants, snapshot.interventions, clock.now(), reference)
    order = list(DIMENSIONS)
    if args.json:
        data = {
            "session_id": snapshot.session.id,
            "reference": reference.value,
            "total_speaking_seconds": round(balance.total_seconds, 3),
            "facilitation_seconds": round(balance.facilitation_seconds, 3),
            "procedural_seconds": round(balance.procedural_seconds, 3),
            "dimensions": {
                dimension.value: [
                    {
                        "key": row.key,
                        "label": row.label,
                        "seconds": round(row.seconds, 3),
                        "share": round(row.share, 6),
                        "interventions": row.interventions,
                        "people": row.people,
                        "people_share": round(row.people_share, 6),
                    }
                    for row in balance.dimensions[dimension].rows
                ]
                for dimension in order
            },
            "balance_index": {
                dimension.value: None
                if (share_index := balance.dimensions[dimension].index) is None
                else round(share_index, 6)
                for dimension in order
            },
            "not_yet_spoken": list(balance.not_yet_spoken),
        }
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return EXIT_OK
    from moderator_app.domain.balance import TITLES as titles
    from moderator_app.services.stats_text import index_text, totals_line

    reference_words = {"speakers": "speakers", "took_floor": "people who took the floor", "everyone": "people"}
    print(f"{snapshot.session.title}")
    print(totals_line(balance.total_seconds, balance.facilitation_seconds, balance.procedural_seconds))
    for dimension in order:
        result = balance.dimensions[dimension]
        index = index_text(result.index)
        print(f"\n{titles[dimension].title}  (balance {index})")
        width = max([len(row.label) for row in result.rows] + [10])
        for row in result.rows:
            label = row.label.ljust(min(width, 40))[:40]
            turns = f"{row.interventions:3d} turn{'' if row.interventions == 1 else 's'}".ljust(9)  # keeps columns
            print(
                f"  {label}  {clock_text(row.seconds):>7}  {row.share * 100:5.1f} % of time  {turns}"
                f"  {row.people_share * 100:5.1f} % of {reference_words[reference.value]}"
            )
    names = {p.id: p.name for p in snapshot.participants}
    print("\nNot yet spoken: " + (", ".join(names[i] for i in balance.not_yet_spoken) or "nobody"))
    return EXIT_OK
