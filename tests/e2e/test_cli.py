"""The headless command line, run as a real subprocess: listing, import, export, status, and clean errors."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from moderator_app.services.sessions import DEMO_SESSION_ID
from moderator_app.system.resources import resource
from tests.e2e.cli_support import assert_clean_error, run_cli

DEMO_FILE = Path(str(resource("data", "demo-session.json")))


def run(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return run_cli(data_dir, *args)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def imported(data_dir: Path) -> str:
    result = run(data_dir, "import", str(DEMO_FILE))
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_sessions_on_an_empty_folder_says_so_on_stderr_and_succeeds(data_dir):
    result = run(data_dir, "sessions")
    assert result.returncode == 0
    assert result.stdout == ""
    assert "No sessions yet" in result.stderr
    assert (data_dir / "moderator.db").exists()


def test_import_of_the_demo_prints_its_id(imported):
    assert imported == DEMO_SESSION_ID


def test_sessions_json_lists_the_imported_session(data_dir, imported):
    result = run(data_dir, "sessions", "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == [
        {
            "id": imported,
            "title": "Towards an Inclusive Cybersecurity Capacity Building Approach",
            "date": "2017-12-21",
        }
    ]


def test_sessions_table_shows_id_date_and_title(data_dir, imported):
    result = run(data_dir, "sessions")
    assert result.returncode == 0
    assert result.stdout.split(None, 2) == [
        imported,
        "2017-12-21",
        "Towards an Inclusive Cybersecurity Capacity Building Approach\n",
    ]


def test_export_writes_a_file_that_imports_again_as_a_copy(data_dir, imported, tmp_path):
    target = tmp_path / "out" / "session.json"
    result = run(data_dir, "export", imported, "-o", str(target))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(target)
    document = json.loads(target.read_text(encoding="utf-8"))
    assert document["format"] == "moderator-app.session"
    assert document["session"]["id"] == imported

    again = run(data_dir, "import", str(target))  # the session is here: merged, which changes nothing
    assert again.returncode == 0, again.stderr
    assert again.stdout.strip() == imported
    assert again.stderr.startswith("Nothing changed")

    copied = run(data_dir, "import", "--copy", str(target))
    assert copied.returncode == 0, copied.stderr
    copy_id = copied.stdout.strip()
    assert copy_id and copy_id != imported
    listed = json.loads(run(data_dir, "sessions", "--json").stdout)
    assert sorted(s["id"] for s in listed) == sorted([imported, copy_id])


def test_import_with_replace_overwrites(data_dir, imported):
    result = run(data_dir, "import", "--replace", str(DEMO_FILE))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == imported


def test_status_json_shows_the_session_and_its_queue(data_dir, imported):
    result = run(data_dir, "status", imported, "--json")
    assert result.returncode == 0, result.stderr
    status = json.loads(result.stdout)
    assert status["session"]["id"] == imported
    assert status["intervention"] is None
    assert status["elapsed_seconds"] == 0
    assert status["participants"] == 10
    assert [entry["name"] for entry in status["queue"]][:2] == ["Lea Kaspar", "Alberto Hernandez"]


def test_status_without_an_id_shows_the_session_in_the_folder(data_dir, imported):
    result = run(data_dir, "status")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == "Towards an Inclusive Cybersecurity Capacity Building Approach"
    assert "nobody has the floor" in result.stdout


def test_status_on_an_empty_folder_says_there_is_nothing_yet(data_dir):
    assert_clean_error(run(data_dir, "status"), "no sessions in this data folder")


def test_import_of_a_missing_file_is_a_one_line_error(data_dir, tmp_path):
    assert_clean_error(run(data_dir, "import", str(tmp_path / "missing.json")), "There is no file at")


def test_import_of_malformed_json_is_a_one_line_error(data_dir, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "moderator-app.session",', encoding="utf-8")
    assert_clean_error(run(data_dir, "import", str(bad)), "bad.json", "is not valid JSON")


def test_import_of_a_file_naming_a_missing_participant_is_a_one_line_error(data_dir, tmp_path):
    document = json.loads(DEMO_FILE.read_text(encoding="utf-8"))
    document["queue"][0]["participant_id"] = "ghost"
    bad = tmp_path / "ghost.json"
    bad.write_text(json.dumps(document), encoding="utf-8")
    assert_clean_error(run(data_dir, "import", str(bad)), "queue[0].participant_id", "'ghost'")
    assert "No sessions yet" in run(data_dir, "sessions").stderr


def test_export_of_an_unknown_session_is_a_one_line_error(data_dir, tmp_path):
    result = run(data_dir, "export", "no-such-id", "-o", str(tmp_path / "x.json"))
    assert_clean_error(result, "No session with id 'no-such-id'")
    assert not (tmp_path / "x.json").exists()


def test_export_onto_a_folder_names_the_folder(data_dir, imported, tmp_path):
    result = run(data_dir, "export", imported, "-o", str(tmp_path))
    assert_clean_error(result, "Is a directory", str(tmp_path))
    assert ".partial" not in result.stderr
    assert not list(tmp_path.glob("*.partial"))


def test_a_data_folder_that_is_not_a_database_is_a_one_line_error(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "moderator.db").write_text("not a database " * 100, encoding="utf-8")
    assert_clean_error(run(folder, "sessions"), "not a moderator-app database")


def test_import_merges_by_default_and_prints_what_it_added(data_dir, imported, tmp_path):
    target = tmp_path / "session.json"
    assert run(data_dir, "export", imported, "-o", str(target)).returncode == 0
    document = json.loads(target.read_text(encoding="utf-8"))
    document["notes"].append(
        {
            "id": "note-from-b",
            "created_at": "2017-12-21T10:30:00+01:00",
            "text": "Written on the other laptop",
            "updated_at": "2017-12-21T10:30:00+01:00",
        }
    )
    target.write_text(json.dumps(document), encoding="utf-8")

    merged = run(data_dir, "import", str(target))
    assert merged.returncode == 0, merged.stderr
    assert merged.stdout.strip() == imported
    assert merged.stderr.splitlines() == ["Added: 1 note."]

    again = run(data_dir, "import", "--merge", str(target))
    assert again.returncode == 0, again.stderr
    assert again.stderr.splitlines() == ["Nothing changed: everything in the file is already here."]

    replaced = run(data_dir, "import", "--replace", str(DEMO_FILE))  # the demo has no such note
    assert replaced.returncode == 0 and replaced.stderr == ""
    remerged = run(data_dir, "import", str(target))
    assert remerged.stderr.splitlines() == ["Added: 1 note."]


def test_merge_and_replace_cannot_be_given_together(data_dir, imported):
    result = run(data_dir, "import", "--merge", "--replace", str(DEMO_FILE))
    assert result.returncode == 2
    assert "not allowed with argument" in result.stderr
