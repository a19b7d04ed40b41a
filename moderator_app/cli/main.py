"""Command line: the window by default, plus headless commands, one module each, listed in ``COMMANDS``.

A new subcommand is a module in cli/ with ``add_parser(commands, name)`` and ``run(args) -> int``,
and one line in ``COMMANDS`` saying whether it writes to the data folder.
"""

from __future__ import annotations

import importlib
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, cast

from moderator_app import __version__
from moderator_app.cli.base import EXIT_OK, EXIT_USAGE, CommandModule, fail

if TYPE_CHECKING:
    import argparse


@dataclass(frozen=True)
class Command:
    """A subcommand: the module in cli/ that parses and runs it, and whether it changes the data folder.

    A writing command runs holding the folder's writer lock (one writer at a time); everything else
    only reads, and works while the window is open (SQLite's WAL lets readers in beside the writer).
    import-proposal and import-roster take the same lock themselves, once their file has been read
    and found good, so a bad file is refused without touching the data folder (cli/import_people.py).
    """

    module_name: str
    writes: bool = False

    def module(self) -> CommandModule:
        return cast("CommandModule", importlib.import_module(f"moderator_app.cli.{self.module_name}"))


#: Every subcommand, in the order ``--help`` lists them.
COMMANDS = {
    "sessions": Command("sessions"),
    "export": Command("export"),
    "status": Command("status"),
    "stats": Command("stats"),
    "import": Command("import_file", writes=True),
    "import-proposal": Command("import_people"),
    "import-roster": Command("import_people"),
    "report": Command("report"),
    "backups": Command("backups"),
    "backup": Command("backups", writes=True),
    "templates": Command("templates"),
    "restore": Command("restore", writes=True),
    "search": Command("search"),
    "session": Command("session", writes=True),
    "share": Command("share", writes=True),
    "join": Command("join", writes=True),
}


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
    for name, command in COMMANDS.items():
        command.module().add_parser(commands, name)
    return parser


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
        return fail("--smoke and --session apply to the window, not to the command " + repr(args.command), EXIT_USAGE)
    refused = _refuse_protected_output(args)
    if refused is not None:
        return refused
    return _run_command(args)


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
                return fail(str(error), EXIT_USAGE)
    return None


def _run_window(data_dir: str | None, session_id: str | None, smoke: bool) -> int:
    from moderator_app.system.qt_startup import faster_pyside_source_check

    faster_pyside_source_check()  # before the window's ~200 modules are imported
    from moderator_app.ui.app import run_gui

    return run_gui(data_dir=data_dir, session_id=session_id, smoke=smoke)


def _run_command(args: argparse.Namespace) -> int:
    command = COMMANDS[args.command]
    if not command.writes:
        return command.module().run(args)
    from moderator_app.system.paths import AppPaths
    from moderator_app.system.writer_lock import DataFolderBusy, hold_for_command

    try:
        lock = hold_for_command(AppPaths.resolve(args.data_dir).data_dir, args.command)
    except DataFolderBusy as error:
        return fail(str(error))
    with lock:
        return command.module().run(args)
