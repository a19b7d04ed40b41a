"""`moderator-app backup` and `moderator-app backups`, run as real subprocesses."""

from __future__ import annotations

import json
from pathlib import Path

from moderator_app.system.resources import resource
from tests.e2e.cli_support import assert_clean_error, run_cli

DEMO_FILE = Path(str(resource("data", "demo-session.json")))


def test_backup_then_list_then_skip_when_unchanged(tmp_path):
    data_dir = tmp_path / "data"
    assert run_cli(data_dir, "import", str(DEMO_FILE)).returncode == 0
    taken = run_cli(data_dir, "backup")
    assert taken.returncode == 0, taken.stderr
    path = Path(taken.stdout.strip())
    assert path.parent == data_dir / "backups" and path.name.endswith("-manual.db") and path.is_file()
    again = run_cli(data_dir, "backup")
    assert again.returncode == 0
    assert "Nothing changed" in again.stderr and Path(again.stdout.strip()) == path
    listed = run_cli(data_dir, "backups", "--json")
    assert listed.returncode == 0, listed.stderr
    [entry] = json.loads(listed.stdout)
    assert entry["path"] == str(path) and entry["reason"] == "manual" and entry["size"] > 0
    [session] = entry["sessions"]
    assert session["title"].startswith("Towards an Inclusive Cybersecurity")
    assert session["interventions"] >= 0 and session["notes"] >= 0
    text = run_cli(data_dir, "backups")
    assert text.returncode == 0 and path.name in text.stdout and "interventions" in text.stdout


def test_backups_with_none_yet_and_a_corrupt_file(tmp_path):
    data_dir = tmp_path / "data"
    empty = run_cli(data_dir, "backups")
    assert empty.returncode == 0 and "No backups yet" in empty.stderr
    (data_dir / "backups").mkdir(parents=True)
    (data_dir / "backups" / "moderator-20260101T000000Z-timer.db").write_bytes(b"junk" * 100)
    listed = run_cli(data_dir, "backups", "--json")
    assert listed.returncode == 0 and json.loads(listed.stdout) == []
    assert "skipped moderator-20260101T000000Z-timer.db" in listed.stderr


def test_backup_into_an_unwritable_place_is_a_clean_error(tmp_path):
    data_dir = tmp_path / "data"
    assert run_cli(data_dir, "sessions").returncode == 0
    (data_dir / "backups").write_text("a file where the backups folder should be")
    assert_clean_error(run_cli(data_dir, "backup"), "Could not write a backup")


def test_backup_on_a_nearly_full_disk_is_skipped_in_one_line_and_writes_nothing(tmp_path, monkeypatch, capsys):
    """In process: a subprocess cannot be handed a nearly full disk, so shutil.disk_usage is replaced."""
    import shutil
    from types import SimpleNamespace

    from moderator_app.cli import main as cli

    data_dir = tmp_path / "data"
    assert run_cli(data_dir, "import", str(DEMO_FILE)).returncode == 0
    monkeypatch.setattr(shutil, "disk_usage", lambda _folder: SimpleNamespace(free=30 * 1024 * 1024))
    assert cli.main(["--data-dir", str(data_dir), "backup"]) == 1
    captured = capsys.readouterr()
    [line] = captured.err.strip().splitlines()
    assert line.startswith("moderator-app: error: The backup was skipped: the disk of")
    assert "30 MB free" in line and "64 MB" in line
    assert captured.out == ""
    assert not (data_dir / "backups").exists() or not any((data_dir / "backups").iterdir())
