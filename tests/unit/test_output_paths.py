"""The one output-path guard: whatever the spelling, the app's own files are recognised; other files are not."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from moderator_app.system.output_paths import ProtectedOutputError, check_output_path, protected_reason


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    (folder / "backups").mkdir(parents=True)
    (folder / "moderator.db").write_bytes(b"SQLite format 3\0")
    (folder / "backups" / "moderator-20261126T120000Z-auto.db").write_bytes(b"SQLite format 3\0")
    return folder


@pytest.mark.parametrize(
    ("name", "what"),
    [
        ("moderator.db", "the database holding every session"),
        ("moderator.db-wal", "write-ahead log"),
        ("moderator.db-shm", "shared-memory file"),
        ("moderator.lock", "lock file"),
        ("settings.ini", "settings file"),
        ("backups", "in the backups folder"),
        ("backups/moderator-20261126T120000Z-auto.db", "in the backups folder"),
        ("backups/new/report.md", "in the backups folder"),
        ("Moderator.DB", "the database holding every session"),
        ("BACKUPS/x.json", "in the backups folder"),
        ("backups/../moderator.db", "the database holding every session"),
    ],
)
def test_each_of_the_apps_files_is_refused_however_it_is_spelled(data_dir, name, what):
    reason = protected_reason(data_dir / name, data_dir)
    assert reason is not None and what in reason
    with pytest.raises(ProtectedOutputError, match="Nothing was written: choose another file"):
        check_output_path(data_dir / name, data_dir)


def test_a_relative_path_is_read_from_the_current_folder(data_dir, monkeypatch):
    monkeypatch.chdir(data_dir / "backups")
    assert protected_reason("../moderator.db", data_dir) is not None
    assert protected_reason("report.md", data_dir) is not None  # inside backups
    monkeypatch.chdir(data_dir.parent)
    assert protected_reason("report.md", data_dir) is None


def test_links_to_the_database_are_seen_through(data_dir, tmp_path):
    symbolic, hard = tmp_path / "link.json", tmp_path / "hard.md"
    try:
        symbolic.symlink_to(data_dir / "moderator.db")
        os.link(data_dir / "moderator.db", hard)
    except OSError:
        if sys.platform != "win32":
            raise  # POSIX always allows links: a failure here is a real one
        pytest.skip("Windows makes symbolic links only in Developer Mode or for an administrator")
    assert protected_reason(symbolic, data_dir) is not None
    assert protected_reason(hard, data_dir) is not None


def test_a_data_folder_reached_through_a_link_is_still_protected(data_dir, tmp_path):
    alias = tmp_path / "alias"
    try:
        alias.symlink_to(data_dir, target_is_directory=True)
    except OSError:
        if sys.platform != "win32":
            raise  # POSIX always allows links: a failure here is a real one
        pytest.skip("Windows makes symbolic links only in Developer Mode or for an administrator")
    assert protected_reason(data_dir / "moderator.db", alias) is not None
    assert protected_reason(alias / "backups" / "x.md", data_dir) is not None


def test_the_home_shortcut_is_expanded(data_dir, monkeypatch):
    monkeypatch.setenv("HOME", str(data_dir.parent))
    assert protected_reason("~/data/moderator.db", data_dir) is not None


def test_ordinary_files_are_free_to_write(data_dir, tmp_path):
    for free in (tmp_path / "report.md", data_dir / "My session - igf-workshop.md", data_dir / "moderator.db.pdf"):
        assert protected_reason(free, data_dir) is None
        check_output_path(free, data_dir)
