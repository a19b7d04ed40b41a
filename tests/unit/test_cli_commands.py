"""The command line's table: every subcommand in one place, with whether it writes, and one-line failures."""

from __future__ import annotations

import argparse

from moderator_app.cli.base import EXIT_USAGE, fail
from moderator_app.cli.main import COMMANDS, build_parser


def subcommands(parser: argparse.ArgumentParser) -> list[str]:
    [action] = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return list(action.choices)


def test_the_parser_offers_exactly_the_commands_of_the_table_in_its_order():
    assert subcommands(build_parser()) == list(COMMANDS)


def test_the_writing_commands_are_the_ones_that_change_the_data_folder():
    # import-proposal and import-roster take the writer lock themselves, once their file was read;
    # share and join write the other laptops' work into the library as it arrives.
    assert {name for name, command in COMMANDS.items() if command.writes} == {
        "import",
        "backup",
        "restore",
        "session",
        "share",
        "join",
    }


def test_join_offers_the_roles_the_link_accepts():
    from moderator_app.cli import join
    from moderator_app.sync import link

    assert join.ROLES == link.ROLES


def test_every_command_module_parses_and_runs():
    for name, command in COMMANDS.items():
        module = command.module()
        assert callable(module.add_parser) and callable(module.run), name


def test_a_failure_is_one_line_on_stderr(capsys):
    assert fail("the disk is full:\n  free some space", EXIT_USAGE) == EXIT_USAGE
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == "moderator-app: error: the disk is full: free some space\n"
