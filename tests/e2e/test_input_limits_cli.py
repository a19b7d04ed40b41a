"""Values that would break later are refused at the door by the command line, in one line naming the field."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from moderator_app.domain import limits
from moderator_app.system.resources import read_text
from tests.e2e.cli_support import assert_clean_error, run_cli


def demo() -> dict[str, Any]:
    return json.loads(read_text("data", "demo-session.json"))


def write(tmp_path: Path, document: Any) -> Path:
    path = tmp_path / "in.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


def sessions(data_dir: Path) -> str:
    return run_cli(data_dir, "sessions").stdout


def test_an_integer_of_hundreds_of_digits_is_one_line_naming_the_field(data_dir, tmp_path):
    document = demo()
    document["session"]["planned_minutes"] = 10**400  # beyond every float
    result = run_cli(data_dir, "import", str(write(tmp_path, document)))
    assert_clean_error(result, "session.planned_minutes: should be a whole number")
    assert len(result.stderr) < 300
    assert sessions(data_dir) == ""


@pytest.mark.parametrize("when", ["0001-01-01T00:00:00+01:00", "9999-12-31T23:00:00-05:00"])
def test_a_date_time_at_the_calendars_ends_is_one_line_naming_the_field(data_dir, tmp_path, when):
    document = demo()
    person = document["participants"][0]["id"]
    document["interventions"] = [
        {"id": "t", "participant_id": person, "started_at": when, "ended_at": when, "speaking_seconds": 5}
    ]
    result = run_cli(data_dir, "import", str(write(tmp_path, document)))
    assert_clean_error(result, "interventions[0].started_at: the year", "is outside 1900–2200")
    assert sessions(data_dir) == ""


def test_a_session_with_more_people_than_allowed_is_one_line_and_stores_nothing(data_dir, tmp_path):
    document = demo()
    document["participants"] = [{"id": f"p{n}", "name": f"P{n}"} for n in range(limits.MAX_PEOPLE + 1)]
    result = run_cli(data_dir, "import", str(write(tmp_path, document)))
    assert_clean_error(result, "participants: has 20,001 people; at most 20,000 are allowed in one session.")
    assert sessions(data_dir) == ""


def test_a_session_with_as_many_people_as_allowed_imports(data_dir, tmp_path):
    document = demo()
    document["participants"] = [{"id": f"p{n}", "name": f"P{n}"} for n in range(limits.MAX_PEOPLE)]
    document["interventions"] = document["queue"] = []
    result = run_cli(data_dir, "import", str(write(tmp_path, document)))
    assert result.returncode == 0, result.stderr
    status = json.loads(run_cli(data_dir, "status", result.stdout.strip(), "--json").stdout)
    assert status["participants"] == limits.MAX_PEOPLE


def test_a_proposal_over_the_text_limit_is_one_line_and_makes_no_session(data_dir, tmp_path):
    proposal = tmp_path / "proposal.txt"
    proposal.write_text("Speaker: Ana Lopez\n" * (limits.MAX_PROPOSAL_CHARS // 19 + 1), encoding="utf-8")
    assert_clean_error(run_cli(data_dir, "import-proposal", str(proposal)), "a workshop proposal can have at most")
    assert not (data_dir / "moderator.db").exists(), "refused before the data folder was touched"


def test_a_proposal_dated_in_the_year_9999_is_one_line_naming_the_date(data_dir, tmp_path):
    proposal = tmp_path / "proposal.txt"
    proposal.write_text("A workshop far ahead\n21 December 9999 - A Workshop in Geneva\nSpeaker: Ana Lopez\n")
    result = run_cli(data_dir, "import-proposal", str(proposal))
    # What was read is said first (who was found, by role), then the one error line.
    found, error = result.stderr.strip().splitlines()
    assert found == "1 person found: 1 speaker" and result.returncode != 0
    assert error.startswith("moderator-app: error: ") and "Traceback" not in result.stderr
    assert "Date: the year 9999 is outside 1900–2200" in error and "nothing was imported" in error
