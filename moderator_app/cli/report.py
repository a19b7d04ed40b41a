"""``moderator-app report SESSION -o FILE``: a session's report, in any format of reports/formats.py."""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import TYPE_CHECKING

from moderator_app.cli.base import EXIT_OK, EXIT_USAGE, SubParsers, fail, paths_of, warn, with_library

if TYPE_CHECKING:
    from moderator_app.services.library import Library


def add_parser(commands: SubParsers, name: str) -> None:
    from moderator_app.reports.formats import DEFAULT_FOR_COMMAND_LINE, names

    report = commands.add_parser(name, help=f"write a session's report ({', '.join(names())})")
    report.add_argument("session_id", metavar="SESSION", help="the session's id (see 'sessions')")
    report.add_argument(
        "--template", metavar="NAME", default="igf-workshop", help="see 'templates' (default: %(default)s)"
    )
    report.add_argument(
        "--format",
        metavar="FORMAT",
        help=f"{', '.join(names())} (default: from the output's extension, else {DEFAULT_FOR_COMMAND_LINE})",
    )
    report.add_argument("-o", "--output", metavar="FILE", required=True, help="file (or folder) to write")
    report.add_argument(
        "--language",
        metavar="CODE",
        help="the report's language: en, es or fr (default: the system's, when it is one of them, else en)",
    )


def run(args: argparse.Namespace) -> int:
    # PDF, ODT and the charts draw with Qt; without a display Qt must not look for one. This runs
    # before anything imports Qt, and leaves a setting the user made alone.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from moderator_app.reports.formats import ReportFormatError, find
    from moderator_app.reports.templates import TemplateError, user_templates_dir

    user_dir = user_templates_dir(paths_of(args).data_dir)
    try:
        fmt = find(_format_of(args)).name
    except ReportFormatError as error:
        return fail(str(error), EXIT_USAGE)
    try:
        return with_library(args, lambda library: _write_report(library, args, fmt, user_dir))
    except TemplateError as error:
        return fail(str(error), EXIT_USAGE)


def _warn_of_clash(name: str, user_dir: Path) -> None:
    """Say that the user's folder of that name is not the one used (the built-in is), and why."""
    from moderator_app.reports.templates import builtin_clash

    clash = builtin_clash(name, user_dir)
    if clash is not None:
        warn(str(clash))


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


def _write_report(library: Library, args: argparse.Namespace, fmt: str, user_dir: Path) -> int:
    from moderator_app.reports.formats import ReportFormatError
    from moderator_app.reports.language import ReportLanguageError
    from moderator_app.services.reports import export_report

    try:
        language = args.language or _system_language()
        _warn_of_clash(args.template, user_dir)
        report = library.report_for(args.session_id, args.template, user_dir, language=language)
        written = export_report(report, fmt, Path(args.output))
    except (ReportFormatError, ReportLanguageError) as error:
        return fail(str(error), EXIT_USAGE)
    except OSError as error:
        # The writers work on a temporary file beside the target: name the file the user asked for.
        return fail(f"cannot write {args.output}: {error.strerror or error}")
    print(written)
    return EXIT_OK
