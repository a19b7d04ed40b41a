"""The headless ``report`` and ``templates`` commands (parsed in cli.py)."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from moderator_app.cli.main import EXIT_OK, EXIT_USAGE, _fail


def run_report_command(args: argparse.Namespace) -> int:
    # PDF, ODT and the charts draw with Qt; without a display Qt must not look for one. This runs
    # before anything imports Qt, and leaves a setting the user made alone.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from moderator_app.reports.templates import TemplateError, user_templates_dir
    from moderator_app.system.paths import AppPaths

    paths = AppPaths.resolve(args.data_dir)
    user_dir = user_templates_dir(paths.data_dir)
    try:
        if args.command == "templates":
            return _list_templates(user_dir)
        return _write_report(args, paths, user_dir)
    except TemplateError as error:
        return _fail(_one_line(str(error)), EXIT_USAGE)


def _one_line(message: str) -> str:
    return " ".join(message.split())


def _list_templates(user_dir: Path) -> int:
    from moderator_app.reports.templates import scan_templates

    templates, problems = scan_templates(user_dir)
    width = max(len(t.name) for t in templates) if templates else 10
    for template in templates:
        kind = "built-in" if template.builtin else "user"
        print(f"{template.name.ljust(width)}  {kind:8}  {template.title}  ({template.folder})")
    print(f"Your own templates go in: {user_dir}", file=sys.stderr)
    for problem in problems:
        print(f"moderator-app: warning: skipped {_one_line(str(problem))}", file=sys.stderr)
    return EXIT_OK


def _warn_of_clash(name: str, user_dir: Path) -> None:
    """Say that the user's folder of that name is not the one used (the built-in is), and why."""
    from moderator_app.reports.templates import builtin_clash

    clash = builtin_clash(name, user_dir)
    if clash is not None:
        print(f"moderator-app: warning: {_one_line(str(clash))}", file=sys.stderr)


def _system_language() -> str:
    """The report language of the user's locale (LC_ALL, LC_MESSAGES, LANG), English when none fits."""
    from moderator_app.reports.language import language_for_locale

    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable, "")
        if value and value not in ("C", "POSIX") and not value.startswith("C."):
            return language_for_locale(value)
    return "en"


def _format_of(args: argparse.Namespace) -> str:
    """The format asked for, else the one the output's suffix names (an unknown suffix is refused later)."""
    from moderator_app.reports.formats import DEFAULT_FOR_COMMAND_LINE, for_suffix

    if args.format:
        return str(args.format)
    suffix = Path(args.output).suffix
    if not suffix:
        return DEFAULT_FOR_COMMAND_LINE
    named = for_suffix(suffix)
    return named.name if named is not None else suffix


def _write_report(args: argparse.Namespace, paths, user_dir: Path) -> int:  # type: ignore[no-untyped-def]
    from moderator_app.reports.formats import ReportFormatError, find
    from moderator_app.reports.language import ReportLanguageError
    from moderator_app.services.reports import export_report, report_for
    from moderator_app.storage.database import StorageError, open_database
    from moderator_app.storage.repository import UnknownSessionError
    from moderator_app.system.clock import SystemClock

    try:
        fmt = find(_format_of(args)).name
    except ReportFormatError as error:
        return _fail(str(error), EXIT_USAGE)
    try:
        db = open_database(paths.database, backup_dir=paths.backups)
    except StorageError as error:
        return _fail(_one_line(str(error)))
    try:
        language = args.language or _system_language()
        _warn_of_clash(args.template, user_dir)
        report = report_for(db, args.session_id, args.template, user_dir, SystemClock().now(), language=language)
        written = export_report(report, fmt, Path(args.output))
    except UnknownSessionError as error:
        return _fail(str(error.args[0]), EXIT_USAGE)
    except StorageError as error:  # rows that cannot be read back, a disk that fails
        return _fail(_one_line(str(error)))
    except (ReportFormatError, ReportLanguageError) as error:
        return _fail(_one_line(str(error)), EXIT_USAGE)
    except OSError as error:
        # The writers work on a temporary file beside the target: name the file the user asked for.
        return _fail(f"cannot write {args.output}: {error.strerror or error}")
    finally:
        db.close()
    print(written)
    return EXIT_OK
