"""``moderator-app templates``: the report templates, built-in and the user's own, with their folders."""

from __future__ import annotations

import argparse
import sys

from moderator_app.cli.base import EXIT_OK, EXIT_USAGE, SubParsers, fail, paths_of, warn


def add_parser(commands: SubParsers, name: str) -> None:
    commands.add_parser(name, help="list the report templates, built-in and your own, with their folders")


def run(args: argparse.Namespace) -> int:
    from moderator_app.reports.templates import TemplateError, scan_templates, user_templates_dir

    user_dir = user_templates_dir(paths_of(args).data_dir)
    try:
        templates, problems = scan_templates(user_dir)
    except TemplateError as error:
        return fail(str(error), EXIT_USAGE)
    width = max(len(t.name) for t in templates) if templates else 10
    for template in templates:
        kind = "built-in" if template.builtin else "user"
        print(f"{template.name.ljust(width)}  {kind:8}  {template.title}  ({template.folder})")
    print(f"Your own templates go in: {user_dir}", file=sys.stderr)
    for problem in problems:
        warn(f"skipped {problem}")
    return EXIT_OK
