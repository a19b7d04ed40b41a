"""import-proposal and import-roster as real subprocesses: ids and summaries printed, one-line errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.e2e.test_cli import assert_clean_error, run

PROPOSAL = (
    "Towards an Inclusive Cybersecurity Capacity Building Approach\r\n"
    "21 December 2017 - A Workshop on Other in Geneva, Switzerland\r\n"
    "Proposer's Name: Ms. Daniela Schnidrig\r\nSpeaker: Lea Kaspar\r\nSomething unexpected\r\n"
)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def session_id(data_dir: Path, tmp_path: Path) -> str:
    proposal = tmp_path / "proposal.txt"
    proposal.write_bytes(PROPOSAL.encode("cp1252"))
    result = run(data_dir, "import-proposal", str(proposal))
    assert result.returncode == 0, result.stderr
    assert "line 5" in result.stderr  # what it did not understand is said, not hidden
    return result.stdout.strip()


def test_import_proposal_prints_the_new_sessions_id(data_dir, session_id):
    listed = json.loads(run(data_dir, "sessions", "--json").stdout)
    assert [(s["id"], s["title"]) for s in listed] == [
        (session_id, "Towards an Inclusive Cybersecurity Capacity Building Approach")
    ]
    status = json.loads(run(data_dir, "status", session_id, "--json").stdout)
    assert status["participants"] == 2


@pytest.mark.parametrize("content", [b"", b"  \r\n\r\n"])
def test_import_proposal_refuses_an_empty_file(data_dir, tmp_path, content):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(content)
    assert_clean_error(run(data_dir, "import-proposal", str(empty)), "empty")


def test_import_proposal_refuses_a_missing_file_and_a_folder(data_dir, tmp_path):
    assert_clean_error(run(data_dir, "import-proposal", str(tmp_path / "nope.txt")), "nope.txt")
    assert_clean_error(run(data_dir, "import-proposal", str(tmp_path)), "folder")


def test_import_roster_with_a_bad_row_imports_nothing_then_the_good_rows(data_dir, session_id, tmp_path):
    roster = tmp_path / "roster.csv"
    roster.write_bytes("Nom;Genre;Pays\nLea Kaspar;femme;Royaume-Uni\nBob;??;\nAna;;España\n".encode("utf-16"))
    refused = run(data_dir, "import-roster", session_id, str(roster))
    assert_clean_error(refused, "line 3", "nothing was imported")
    assert "imported 0" in refused.stdout
    assert json.loads(run(data_dir, "status", session_id, "--json").stdout)["participants"] == 2
    done = run(data_dir, "import-roster", session_id, str(roster), "--skip-bad-rows")
    assert done.returncode == 0, done.stderr
    assert "imported 1, updated 0, skipped duplicates 1 (line 2), errors 1 (line 3, skipped)" in done.stdout
    updated = run(data_dir, "import-roster", session_id, str(roster), "--skip-bad-rows", "--update-duplicates")
    assert "imported 0, updated 2" in updated.stdout
    assert json.loads(run(data_dir, "status", session_id, "--json").stdout)["participants"] == 3


def test_import_roster_errors_are_one_line(data_dir, session_id, tmp_path):
    roster = tmp_path / "roster.csv"
    roster.write_text("Name\nA\n", encoding="utf-8")
    assert_clean_error(run(data_dir, "import-roster", "no-such-session", str(roster)), "no-such-session")
    binary = tmp_path / "photo.csv"
    binary.write_bytes(b"\x89PNG\x00\x00\x00\x0dIHDR\x00\x00")
    assert_clean_error(run(data_dir, "import-roster", session_id, str(binary)), "not text")


def test_import_proposal_says_how_many_people_with_which_roles(data_dir, tmp_path):
    page = tmp_path / "page.txt"
    page.write_text(
        "IGF 2019 WS #289 Technical Policies\nOrganizer 1: Constanze Buerger, Federal Ministry\n"
        "Speaker 1: jin yan, Private Sector, Western European and Others Group (WEOG)\n\nTahar Schaa, Government\n",
        encoding="utf-8",
    )
    result = run(data_dir, "import-proposal", str(page))
    assert result.returncode == 0, result.stderr
    assert "3 people found: 1 organizer, 1 speaker, 1 to be confirmed" in result.stderr


def test_a_page_with_no_person_is_not_a_success_unless_allowed(data_dir, tmp_path):
    page = tmp_path / "page.txt"
    page.write_text("IGF 2023 Open Forum #1 A forum\nLoading…\nSomething the reader cannot place\n", encoding="utf-8")
    refused = run(data_dir, "import-proposal", str(page))
    assert refused.returncode != 0 and refused.stdout == ""
    assert "line 3: not understood" in refused.stderr
    assert "no person could be read" in refused.stderr and "--allow-empty" in refused.stderr
    assert not data_dir.exists()
    allowed = run(data_dir, "import-proposal", "--allow-empty", str(page))
    assert allowed.returncode == 0, allowed.stderr
    assert "0 people found" in allowed.stderr
    listed = json.loads(run(data_dir, "sessions", "--json").stdout)
    assert [s["title"] for s in listed] == ["A forum"]


def test_a_saved_html_page_imports_from_the_command_line(data_dir, tmp_path):
    page = tmp_path / "page.html"
    page.write_text(
        "<!DOCTYPE html><html><body><h1>IGF 2024 Open Forum #27 Review of Kyoto</h1>"
        "<main><h2>Speakers</h2><p>Yoichi Iida, Government, Asia-Pacific Group</p></main></body></html>",
        encoding="utf-8",
    )
    result = run(data_dir, "import-proposal", str(page))
    assert result.returncode == 0, result.stderr
    assert "1 person found: 1 speaker" in result.stderr
