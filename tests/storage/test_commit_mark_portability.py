"""The commit mark is written with what every platform's ``os`` has: Windows has no ``os.pwrite``."""

from __future__ import annotations

import os

from moderator_app.storage.commit_mark import read_mark
from moderator_app.storage.database import open_database
from moderator_app.storage.integrity import check_database


def test_commits_and_their_mark_work_without_os_pwrite(tmp_path, monkeypatch):
    """As on Windows: a save must not fail after its COMMIT, and the mark must still be written."""
    monkeypatch.delattr(os, "pwrite", raising=False)
    path = tmp_path / "moderator.db"
    db = open_database(path)
    for number in range(3):
        db.execute("INSERT INTO app_state (key, value) VALUES (?, 'x')", [f"key {number}"])
    mark = read_mark(path)
    assert mark is not None and mark.seq == 3 and not mark.closed
    db.close()
    mark = read_mark(path)
    assert mark is not None and mark.seq == 3 and mark.closed
    check_database(path)
