"""No command writes its output over the library: the database, its companions, the lock, settings, backups."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from moderator_app.cli.main import OUTPUT_OPTIONS, build_parser
from moderator_app.services.sessions import DEMO_SESSION_ID
from moderator_app.system.paths import AppPaths
from tests.e2e.cli_support import assert_clean_error, run_cli
from tests.support import FakeClock, demo_console


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    paths = AppPaths(tmp_path_factory.mktemp("outputs") / "data")
    db, _console = demo_console(paths.data_dir, FakeClock())
    db.close()
    assert run_cli(paths.data_dir, "backup").returncode == 0
    return paths.data_dir


def fingerprint(folder: Path) -> dict[str, str]:
    """Every file under the folder and a hash of its bytes."""
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


COMMANDS = {
    "export": ("export", DEMO_SESSION_ID, "-o"),
    "report": ("report", DEMO_SESSION_ID, "-o"),
    "report-docx": ("report", DEMO_SESSION_ID, "--format", "docx", "-o"),
    "stats-csv": ("stats", "--event", "IGF 2017", "--csv"),
}


def targets(data_dir: Path) -> dict[str, str]:
    backup = next((data_dir / "backups").iterdir())
    return {
        "database": str(data_dir / "moderator.db"),
        "wal": str(data_dir / "moderator.db-wal"),
        "shm": str(data_dir / "moderator.db-shm"),
        "lock": str(data_dir / "moderator.lock"),
        "settings": str(data_dir / "settings.ini"),
        "a backup": str(backup),
        "a new file among the backups": str(data_dir / "backups" / "report.md"),
        "the backups folder": str(data_dir / "backups"),
        "the database by a detour": str(data_dir / "backups" / ".." / "moderator.db"),
        "the database in capitals": str(data_dir / "MODERATOR.DB"),
    }


@pytest.mark.parametrize("command", list(COMMANDS))
@pytest.mark.parametrize(
    "which",
    [
        "database",
        "wal",
        "shm",
        "lock",
        "settings",
        "a backup",
        "a new file among the backups",
        "the backups folder",
        "the database by a detour",
        "the database in capitals",
    ],
)
def test_every_output_option_refuses_the_apps_own_files_and_changes_nothing(data_dir, command, which):
    before = fingerprint(data_dir)
    target = targets(data_dir)[which]
    result = run_cli(data_dir, *COMMANDS[command], target)
    assert_clean_error(result, target, "Nothing was written: choose another file.")
    assert result.returncode == 2
    assert fingerprint(data_dir) == before


def test_a_symbolic_link_to_the_database_is_refused(data_dir, tmp_path):
    link = tmp_path / "innocent.json"
    try:
        link.symlink_to(data_dir / "moderator.db")
    except OSError:
        if sys.platform != "win32":
            raise  # POSIX always allows links: a failure here is a real one
        pytest.skip("Windows makes symbolic links only in Developer Mode or for an administrator")
    before = fingerprint(data_dir)
    assert_clean_error(run_cli(data_dir, "export", DEMO_SESSION_ID, "-o", str(link)), "the database holding every")
    assert fingerprint(data_dir) == before


def test_a_relative_path_from_inside_the_data_folder_is_refused(data_dir):
    before = fingerprint(data_dir)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("MODERATOR_APP_DATA_DIR", None)
    result = subprocess.run(
        [sys.executable, "-m", "moderator_app", "--data-dir", ".", "report", DEMO_SESSION_ID, "-o", "moderator.db"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**env, "PYTHONPATH": str(Path(__file__).resolve().parents[2])},
        cwd=data_dir,
        timeout=120,
        check=False,
    )
    assert_clean_error(result, "moderator.db is the database holding every session")
    assert fingerprint(data_dir) == before


def test_an_ordinary_file_beside_the_data_folder_is_still_written(data_dir, tmp_path):
    target = data_dir.parent / "session.json"
    result = run_cli(data_dir, "export", DEMO_SESSION_ID, "-o", str(target))
    assert result.returncode == 0, result.stderr
    assert target.read_text(encoding="utf-8").startswith("{")


def test_every_option_that_names_a_file_to_write_is_checked():
    """A new command with an output option must be added to cli.OUTPUT_OPTIONS (and so be checked)."""
    parser = build_parser()
    writing = set()
    for action in parser._subparsers._group_actions:  # type: ignore[union-attr]
        for sub in action.choices.values():
            for option in sub._actions:
                if option.help and "write" in option.help and option.metavar == "FILE":
                    writing.add(option.dest)
    assert writing and writing <= set(OUTPUT_OPTIONS)
