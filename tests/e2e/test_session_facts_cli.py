"""A real IGF page imported, its attendance set, its report written as PDF: all from the command line."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from benchmarks.igf_import import FIXTURES
from tests.e2e.cli_support import assert_clean_error, run_cli
from tests.support import require_tools


@pytest.fixture
def imported(tmp_path: Path) -> tuple[Path, str]:
    data_dir = tmp_path / "data"
    result = run_cli(data_dir, "import-proposal", str(FIXTURES / "igf2019_ws289.txt"))
    assert result.returncode == 0, result.stderr
    return data_dir, result.stdout.strip()


def test_session_set_states_attendance_and_prints_what_the_session_now_holds(imported):
    data_dir, session_id = imported
    result = run_cli(
        data_dir,
        "session",
        "set",
        session_id,
        "--attendance-onsite",
        "40",
        "--attendance-online",
        "25",
        "--women",
        "30",
    )
    assert result.returncode == 0, result.stderr
    assert "attendance onsite 40, online 25, total 65; women and gender-diverse 30" in result.stdout
    again = run_cli(data_dir, "session", "set", session_id, "--gender-extent", "partly")
    assert "onsite 40" in again.stdout and "gender discussed partly" in again.stdout


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (("--women", "-1"), "between 0"),
        (("--attendance-onsite", "many"), "not a whole number"),
        (("--session-type", "picnic"), "invalid choice"),
        ((), "nothing to set"),
    ],
)
def test_session_set_refuses_bad_values_with_one_line(imported, args, fragment):
    data_dir, session_id = imported
    result = run_cli(data_dir, "session", "set", session_id, *args)
    assert result.returncode != 0 and fragment in result.stderr
    if not args:
        assert_clean_error(result, "nothing to set")


def test_session_set_names_an_unknown_session(imported):
    data_dir, _session_id = imported
    assert_clean_error(run_cli(data_dir, "session", "set", "no-such-id", "--women", "3"), "no-such-id")


def test_the_pdf_report_of_an_imported_page_states_every_fact_the_session_holds(imported, tmp_path):
    require_tools("pdftotext", package="poppler-utils")
    data_dir, session_id = imported
    assert (
        run_cli(
            data_dir,
            "session",
            "set",
            session_id,
            "--attendance-onsite",
            "40",
            "--attendance-online",
            "25",
            "--women",
            "30",
        ).returncode
        == 0
    )
    pdf = tmp_path / "report.pdf"
    written = run_cli(data_dir, "report", session_id, "-o", str(pdf), timeout=300)
    assert written.returncode == 0, written.stderr
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    flat = " ".join(text.split())
    for heading in (
        "Key issues raised",
        "Summary of the presentations",
        "Discussion",
        "Policy recommendations and suggestions for the way forward",
        "Gender equality and women's empowerment",
        "Ideas on how the IGF ecosystem might make progress on this issue",
    ):
        assert heading in flat, heading
    for fact in (
        "Development of Technical Internet Policies and Social Values",
        "Type Workshop",
        "Session code WS #289",
        "Format Birds of a Feather",
        "Constanze Buerger (Federal Ministry of the Interior Germany)",
        "Participants onsite (estimate) 40",
        "Participants online (estimate) 25",
        "Participants in total (estimate) 65",
        "Women and gender-diverse people (estimate) 30",
        "Remote participation: 0 requests from remote participants, 0 of them read out, 0 not reached.",
        "compares each group with everyone who took the",  # (pdftotext writes the fl ligature)
    ):
        assert fact in flat, fact
    for fact_row in ("Type Not stated", "Participants onsite (estimate) Not stated", "Organisers Not stated"):
        assert fact_row not in flat
