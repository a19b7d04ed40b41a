"""Commands on a full disk end with one 'moderator-app: error:' line, never a traceback, and change nothing."""

from __future__ import annotations

import json
import random
from dataclasses import replace
from pathlib import Path

import pytest

from moderator_app.services.sessions import DEMO_SESSION_ID
from moderator_app.system.paths import AppPaths
from tests.e2e.cli_support import assert_clean_error, run_cli
from tests.e2e.full_disk import run_cli_database_full, run_cli_file_size_limit, tiny_full_disk
from tests.support import FakeClock, demo_console

FULL = "The disk is full"
PROPOSAL = "Towards a Full Disk\nSpeaker: Lea Kaspar\n"


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    paths = AppPaths(tmp_path / "data")
    db, console = demo_console(paths.data_dir, FakeClock())
    console.update_details(replace(console.session, event="IGF 2017"), list(console.snapshot.segments))
    db.close()
    return paths.data_dir


def people(data_dir: Path, session_id: str = DEMO_SESSION_ID) -> int:
    status = run_cli(data_dir, "status", session_id, "--json")
    assert status.returncode == 0, status.stderr
    return int(json.loads(status.stdout)["participants"])


def test_import_roster_on_a_full_disk_says_so_in_one_line_and_adds_nobody(data_dir, tmp_path):
    before = people(data_dir)
    roster = tmp_path / "roster.csv"
    rows = "".join(f"Delegate {n} {'x' * 200},Civil society\n" for n in range(300))  # needs new pages
    roster.write_text("Name,Stakeholder group\n" + rows, encoding="utf-8")
    assert_clean_error(run_cli_database_full(data_dir, "import-roster", DEMO_SESSION_ID, str(roster)), FULL)
    assert people(data_dir) == before


def test_import_proposal_on_a_full_disk_says_so_in_one_line_and_makes_no_session(data_dir, tmp_path):
    proposal = tmp_path / "proposal.txt"
    proposal.write_text(PROPOSAL + "Description: " + "A long description. " * 900 + "\n", encoding="utf-8")
    sessions_before = run_cli(data_dir, "sessions").stdout
    result = run_cli_database_full(data_dir, "import-proposal", str(proposal))
    # What was read is said first (who was found, by role), then the one error line.
    found, error = result.stderr.strip().splitlines()
    assert found.startswith("1 person found") and "Traceback" not in result.stderr
    assert result.returncode != 0 and error.startswith("moderator-app: error: ") and FULL in error
    assert run_cli(data_dir, "sessions").stdout == sessions_before


def test_import_of_a_session_file_on_a_full_disk_says_so_in_one_line(data_dir, tmp_path):
    exported = tmp_path / "session.json"
    assert run_cli(data_dir, "export", DEMO_SESSION_ID, "-o", str(exported)).returncode == 0
    document = json.loads(exported.read_text(encoding="utf-8"))
    document["notes"] += [  # enough to need new pages
        {"id": f"big-{n}", "created_at": "2017-12-21T10:00:00+01:00", "text": "Long statement. " * 1000}
        for n in range(20)
    ]
    exported.write_text(json.dumps(document), encoding="utf-8")
    sessions_before = run_cli(data_dir, "sessions").stdout
    assert_clean_error(run_cli_database_full(data_dir, "import", "--copy", str(exported)), FULL)
    assert run_cli(data_dir, "sessions").stdout == sessions_before


def test_an_odt_report_that_cannot_be_written_whole_fails_instead_of_leaving_half_a_file(data_dir, tmp_path):
    # Minutes of notes that do not compress much: an ODT well over the limit, whatever the charts weigh.
    chooser = random.Random(7)
    words = ["access", "rights", "capacity", "Africa", "policy", "trust", "gender", "open", "local", "risk"]
    db, console = demo_console(data_dir, FakeClock())
    for number in range(400):
        console.add_note(
            f"{number} " + " ".join(f"{chooser.choice(words)}{chooser.randrange(10**6)}" for _ in range(80))
        )
    db.close()
    target = tmp_path / "out" / "report.odt"
    target.parent.mkdir()
    result = run_cli_file_size_limit(
        data_dir, 64 * 1024, "report", DEMO_SESSION_ID, "--template", "minutes", "-o", str(target)
    )
    assert_clean_error(result, "cannot write", str(target))
    assert not target.exists() and list(target.parent.iterdir()) == []


@pytest.mark.parametrize("suffix", ["docx", "odt", "pdf", "md"])
def test_a_report_on_a_full_disk_prints_one_line_and_leaves_no_file(data_dir, tmp_path, suffix):
    with tiny_full_disk(tmp_path / "usb") as usb:
        target = usb / f"report.{suffix}"
        result = run_cli(data_dir, "report", DEMO_SESSION_ID, "-o", str(target))
        assert_clean_error(result, "cannot write", str(target))
        assert sorted(p.name for p in usb.iterdir()) == ["filler"]


def test_an_export_on_a_full_disk_names_the_file_it_could_not_write(data_dir, tmp_path):
    with tiny_full_disk(tmp_path / "usb") as usb:
        target = usb / "session.json"
        result = run_cli(data_dir, "export", DEMO_SESSION_ID, "-o", str(target))
        assert_clean_error(result, f"cannot write {target}", "No space left")
        assert sorted(p.name for p in usb.iterdir()) == ["filler"]


def test_an_event_csv_on_a_full_disk_names_the_file_it_could_not_write(data_dir, tmp_path):
    with tiny_full_disk(tmp_path / "usb") as usb:
        target = usb / "event.csv"
        result = run_cli(data_dir, "stats", "--event", "IGF 2017", "--csv", str(target))
        assert_clean_error(result, f"cannot write {target}", "No space left")
        assert sorted(p.name for p in usb.iterdir()) == ["filler"]


@pytest.mark.parametrize("command", [("sessions",), ("status",), ("backups",), ("search", "spectrum")])
def test_a_new_data_folder_on_a_full_disk_is_one_line_for_any_command(tmp_path, command):
    """The database is created and migrated before any command runs: that write fails first."""
    result = run_cli_database_full(tmp_path / "new", *command)
    assert_clean_error(result, FULL, "the database could not be made ready")


def test_an_older_database_that_cannot_be_migrated_on_a_full_disk_is_one_line_and_kept(tmp_path):
    fixture = Path(__file__).resolve().parents[1] / "fixtures" / "schemas" / "schema-0001.db"
    data = tmp_path / "data"
    data.mkdir()
    (data / "moderator.db").write_bytes(fixture.read_bytes())
    result = run_cli_database_full(data, "sessions")
    assert_clean_error(result, FULL, "the database could not be made ready, and nothing was changed")
    assert run_cli(data, "sessions").returncode == 0, "once there is space, the same file migrates and opens"
