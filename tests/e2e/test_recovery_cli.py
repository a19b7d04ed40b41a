"""A damaged database from the command line, as real processes: the one-line error, `restore`, the window's start."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

from moderator_app.services.library import Library
from moderator_app.system.clock import SystemClock
from moderator_app.system.paths import AppPaths
from moderator_app.system.resources import resource
from tests.e2e.cli_support import assert_clean_error, run_cli

DEMO_FILE = Path(str(resource("data", "demo-session.json")))


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def folder_with_backup(tmp_path: Path) -> tuple[Path, Path]:
    data_dir = tmp_path / "data"
    assert run_cli(data_dir, "import", str(DEMO_FILE)).returncode == 0
    taken = run_cli(data_dir, "backup")
    assert taken.returncode == 0, taken.stderr
    return data_dir, Path(taken.stdout.strip())


def change_number(data_dir: Path) -> int:
    with Library.open(AppPaths(data_dir), SystemClock()) as library:
        return library.repository.change_sequence()


def smoke_start(data_dir: Path) -> subprocess.CompletedProcess[str]:
    """The window started on the folder as a real process, until its first paint (or its refusal)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("MODERATOR_APP_DATA_DIR", None)
    return subprocess.run(
        [sys.executable, "-m", "moderator_app", "--data-dir", str(data_dir), "--smoke"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def cut_short(database: Path) -> None:
    with open(database, "r+b") as stream:
        stream.truncate(database.stat().st_size // 2)


def test_every_command_refuses_a_damaged_database_in_one_line_and_names_restore(tmp_path):
    data_dir, _backup = folder_with_backup(tmp_path)
    database = data_dir / "moderator.db"
    cut_short(database)
    before = digest(database)
    for command in (["sessions"], ["status"], ["backup"], ["report", "x", "-o", str(tmp_path / "r.md")]):
        result = run_cli(data_dir, *command)
        assert_clean_error(result, "cut short", "moderator-app restore --newest")
        assert result.returncode == 1
    assert digest(database) == before
    # Nothing beside the database appears but the mark of its last commit and the writers' lock file.
    assert sorted(p.name for p in data_dir.iterdir()) == [
        "backups",
        "moderator.db",
        "moderator.db-commit",
        "moderator.lock",
    ]


def test_restore_newest_moves_the_damaged_file_aside_and_the_app_works_again(tmp_path):
    data_dir, backup = folder_with_backup(tmp_path)
    database = data_dir / "moderator.db"
    cut_short(database)
    damaged = digest(database)
    restored = run_cli(data_dir, "restore", "--newest")
    assert restored.returncode == 0, restored.stderr
    assert restored.stdout.strip() == str(database)
    assert backup.name in restored.stderr and "moved aside" in restored.stderr
    [kept] = list(data_dir.glob("moderator.db.corrupt-*"))
    assert digest(kept) == damaged
    listed = run_cli(data_dir, "sessions")
    assert listed.returncode == 0 and "Towards an Inclusive Cybersecurity" in listed.stdout


def test_restore_by_name_over_a_readable_database_backs_it_up_first(tmp_path):
    data_dir, backup = folder_with_backup(tmp_path)
    assert run_cli(data_dir, "import", "--copy", str(DEMO_FILE)).returncode == 0
    restored = run_cli(data_dir, "restore", backup.name)
    assert restored.returncode == 0, restored.stderr
    assert "-before-restore.db" in restored.stderr
    assert not list(data_dir.glob("moderator.db.corrupt-*"))
    assert len(run_cli(data_dir, "sessions").stdout.strip().splitlines()) == 1  # the copy imported later is gone


def test_restore_by_name_never_takes_the_change_numbers_back(tmp_path):
    data_dir, backup = folder_with_backup(tmp_path)
    assert run_cli(data_dir, "import", "--copy", str(DEMO_FILE)).returncode == 0
    before = change_number(data_dir)
    assert run_cli(data_dir, "restore", backup.name).returncode == 0
    assert change_number(data_dir) > before  # the next change a listener hears is a new number


def test_restore_refuses_an_unknown_or_damaged_backup_and_changes_nothing(tmp_path):
    data_dir, backup = folder_with_backup(tmp_path)
    database = data_dir / "moderator.db"
    before = digest(database)
    unknown = run_cli(data_dir, "restore", "moderator-19990101T000000Z-timer.db")
    assert_clean_error(unknown, "no backup", "moderator-app backups")
    assert unknown.returncode == 2
    backup.write_bytes(b"junk" * 2000)
    damaged = run_cli(data_dir, "restore", backup.name)
    assert_clean_error(damaged, "cannot be used", "Nothing was changed")
    newest = run_cli(data_dir, "restore", "--newest")
    assert "no usable backup" in newest.stderr and newest.returncode == 2
    assert digest(database) == before


def test_the_window_refuses_a_damaged_database_with_one_line_when_it_cannot_ask(tmp_path):
    data_dir, _backup = folder_with_backup(tmp_path)
    database = data_dir / "moderator.db"
    database.write_text("not a database\n" * 100)
    result = smoke_start(data_dir)
    assert result.returncode == 1
    assert "not a moderator-app database" in result.stderr and "Traceback" not in result.stderr
    assert database.read_text() == "not a database\n" * 100


def test_set_wal_aside_goes_on_with_the_database_and_keeps_the_wal(tmp_path):
    data_dir, _backup = folder_with_backup(tmp_path)
    wal = data_dir / "moderator.db-wal"
    wal.write_bytes(b"\x00" * 8192)
    refused = run_cli(data_dir, "sessions")
    assert_clean_error(refused, "moderator-app restore --set-wal-aside")
    kept = run_cli(data_dir, "restore", "--set-wal-aside")
    assert kept.returncode == 0, kept.stderr
    [aside] = list(data_dir.glob("moderator.db-wal.corrupt-*"))
    assert aside.read_bytes() == b"\x00" * 8192
    listed = run_cli(data_dir, "sessions")
    assert listed.returncode == 0 and "Towards an Inclusive Cybersecurity" in listed.stdout


def test_restore_refuses_a_backup_from_a_newer_version_before_anything_changes(tmp_path):
    """It used to put the file in place, then refuse to open it: the folder no longer opened."""
    import sqlite3

    from moderator_app.storage.migrations import MIGRATION_SET

    data_dir, backup = folder_with_backup(tmp_path)
    conn = sqlite3.connect(backup)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES (?, ?, ?)",
        [MIGRATION_SET, "9999_from_the_future", "2030-01-01 00:00:00+00:00"],
    )
    conn.commit()
    conn.close()
    database = data_dir / "moderator.db"
    before = digest(database)
    refused = run_cli(data_dir, "restore", backup.name)
    assert_clean_error(refused, "newer version of moderator-app", "Nothing was changed")
    assert refused.returncode == 1
    assert digest(database) == before
    assert not list((data_dir / "backups").glob("*-before-restore.db"))
    listed = run_cli(data_dir, "sessions")
    assert listed.returncode == 0 and "Towards an Inclusive Cybersecurity" in listed.stdout


def _damage_rows(database: Path, statement: str) -> None:
    import sqlite3

    conn = sqlite3.connect(database)
    conn.execute(statement)
    conn.commit()
    conn.close()


def test_damage_the_quick_check_cannot_see_is_one_line_that_names_restore_in_every_command(tmp_path):
    # A dropped column, a list that is no longer JSON, a value no version of the app writes.
    cases = [
        ("ALTER TABLE notes DROP COLUMN tags", "the column notes.tags is missing"),
        ("UPDATE participants SET roles = '[\"speak'", "participants.roles cannot be read"),
        ("UPDATE participants SET roles = '[\"emperor\"]'", "'emperor' is not a valid Role"),
    ]
    for number, (statement, words) in enumerate(cases):
        data_dir, _backup = folder_with_backup(tmp_path / str(number))
        database = data_dir / "moderator.db"
        _damage_rows(database, statement)
        session_id = json.loads(DEMO_FILE.read_text(encoding="utf-8"))["session"]["id"]
        for command in (["sessions"], ["status"], ["stats"], ["report", session_id, "-o", str(tmp_path / "r.md")]):
            result = run_cli(data_dir, *command)
            if statement.startswith("UPDATE participants SET roles = '[\"emperor"):
                if command == ["sessions"]:
                    assert result.returncode == 0  # the list of sessions reads no participant
                    continue
            assert_clean_error(result, words, "moderator-app restore --newest")


def test_the_window_takes_the_recovery_path_for_rows_it_cannot_read(tmp_path):
    data_dir, _backup = folder_with_backup(tmp_path)
    database = data_dir / "moderator.db"
    _damage_rows(database, "UPDATE participants SET roles = '[\"emperor\"]'")
    result = smoke_start(data_dir)
    assert result.returncode == 1
    assert "some of its contents cannot be read" in result.stderr and "Traceback" not in result.stderr
    assert "moderator-app restore --newest" in result.stderr
