"""storage/check_ahead.py: the start's integrity check, run on its own thread, says exactly what the check says."""

from __future__ import annotations

import pytest

from moderator_app.storage.check_ahead import CheckAhead
from moderator_app.storage.database import open_database
from moderator_app.storage.errors import CorruptDatabaseError


def test_a_whole_database_opens_after_the_check_ahead(tmp_path):
    path = tmp_path / "moderator.db"
    open_database(path).close()
    check = CheckAhead(path)
    db = open_database(path, check_file=check.wait)
    try:
        assert db.execute("SELECT count(*) FROM sessions").fetchone() == (0,)
    finally:
        db.close()


def test_a_damaged_file_is_refused_untouched_as_without_the_thread(tmp_path):
    path = tmp_path / "moderator.db"
    path.write_bytes(b"this is a moderator's shopping list, not a database" * 100)
    before = path.read_bytes()
    check = CheckAhead(path)
    with pytest.raises(CorruptDatabaseError) as raised:
        open_database(path, check_file=check.wait)
    assert raised.value.kind == "not-a-database"
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["moderator.db"]  # no -wal or -shm made


def test_another_file_is_checked_where_it_is_opened(tmp_path):
    whole = tmp_path / "whole.db"
    open_database(whole).close()
    damaged = tmp_path / "damaged.db"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\xff" * 50)
    check = CheckAhead(whole)
    with pytest.raises(CorruptDatabaseError):
        open_database(damaged, check_file=check.wait)
