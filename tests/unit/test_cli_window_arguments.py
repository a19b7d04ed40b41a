"""cli.window_arguments: a plain window start reads its options without argparse, and reads them as argparse does."""

from __future__ import annotations

import pytest

from moderator_app.cli.main import build_parser, window_arguments

SAME_AS_ARGPARSE = [
    [],
    ["--smoke"],
    ["--data-dir", "/tmp/x", "--smoke"],
    ["--data-dir=/tmp/x", "--session=s1"],
    ["--session", "a", "--session", "b"],  # the last one wins, as with argparse
    ["--data-dir", ""],
    ["--data-dir", "dossier à l'école", "--session", "مؤتمر"],
]

LEFT_TO_ARGPARSE = [
    ["--data-dir"],  # missing value: argparse says so
    ["--data-dir", "--smoke"],
    ["--smoke=1"],
    ["--data", "x"],  # an abbreviation
    ["sessions"],
    ["--help"],
    ["--version"],
    ["--smoke", "stats", "--json"],
    ["--", "--smoke"],
]


@pytest.mark.parametrize("argv", SAME_AS_ARGPARSE)
def test_the_window_options_are_read_as_argparse_reads_them(argv):
    parsed = build_parser().parse_args(argv)
    assert parsed.command is None
    assert window_arguments(argv) == {"data_dir": parsed.data_dir, "session": parsed.session, "smoke": parsed.smoke}


@pytest.mark.parametrize("argv", LEFT_TO_ARGPARSE)
def test_anything_else_goes_to_argparse(argv):
    assert window_arguments(argv) is None
