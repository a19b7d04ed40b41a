"""Hostile files through the real command line: one plain line and a non-zero exit, never a traceback."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from tests.e2e.cli_support import assert_clean_error, run_cli


def sparse(path: Path, size: int) -> Path:
    with path.open("wb") as stream:
        stream.truncate(size)
    return path


def folder_digest(folder: Path) -> dict[str, str]:
    """Every data file's hash; the writers' lock file (moderator.lock, who holds the folder) is not data."""
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file() and p.name != "moderator.lock"
    }


@pytest.mark.parametrize(
    ("name", "content", "fragment"),
    [
        ("huge.json", None, "larger than 50 MiB"),
        ("deep.json", b"[" * 200_000 + b"]" * 200_000, "levels deep"),
        ("future.json", b'{"format": "moderator-app.session", "version": 0, "session": {}}', "start at version 1"),
        ("surrogate.json", b'{"format": "moderator-app.session", "version": 1, "session": "\\ud800"}', "session"),
    ],
    ids=["over-50-MiB", "deeply-nested", "version-0", "lone-surrogate"],
)
def test_a_hostile_session_file_is_one_line_and_changes_nothing(tmp_path, name, content, fragment):
    data_dir = tmp_path / "data"
    assert run_cli(data_dir, "sessions").returncode == 0
    before = folder_digest(data_dir)
    path = tmp_path / name
    if content is None:
        sparse(path, 50 * 1024 * 1024 + 1)
    else:
        path.write_bytes(content)
    assert_clean_error(run_cli(data_dir, "import", str(path)), fragment)
    assert folder_digest(data_dir) == before


@pytest.mark.parametrize("command", ["import-proposal", "import-roster"])
def test_a_proposal_or_roster_over_the_limit_is_refused_before_the_data_folder_is_touched(tmp_path, command):
    data_dir = tmp_path / "data"
    path = sparse(tmp_path / "huge.csv", 10 * 1024 * 1024 + 1)
    args = [command, str(path)] if command == "import-proposal" else [command, "some-session", str(path)]
    assert_clean_error(run_cli(data_dir, *args), "larger than 10 MiB")
    assert not data_dir.exists()
