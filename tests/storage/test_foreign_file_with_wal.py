"""Another program's SQLite file whose data is still in its -wal is refused as not ours, and left alone."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from moderator_app.storage.database import open_database
from moderator_app.storage.errors import CorruptDatabaseError, StorageError
from moderator_app.storage.integrity import check_database
from moderator_app.storage.recovery import keep_database

NOW = datetime(2026, 12, 7, 12, 0, tzinfo=UTC)

#: Another program (WAL mode, as many are) that was killed, or is still running: nothing checkpointed yet.
_OTHER_PROGRAM = """
import os, sqlite3, sys
conn = sqlite3.connect(sys.argv[1])
conn.execute("PRAGMA journal_mode = WAL")
conn.execute("CREATE TABLE sessions (id TEXT PRIMARY KEY, secret TEXT)")
conn.execute("INSERT INTO sessions VALUES ('a', 'the other program''s data')")
conn.commit()
os._exit(0)
"""


def _digests(folder: Path) -> dict[str, str]:
    # The -shm is SQLite's shared index, rebuilt by any reader: only the files holding data are compared.
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir() if not p.name.endswith("-shm")}


@pytest.fixture
def foreign(tmp_path: Path) -> Path:
    path = tmp_path / "moderator.db"
    subprocess.run([sys.executable, "-c", _OTHER_PROGRAM, str(path)], check=True)
    assert path.with_name("moderator.db-wal").stat().st_size > 32, "the premise: its data is in the -wal"
    return path


def test_it_is_called_another_programs_file_not_a_foreign_wal(foreign):
    before = _digests(foreign.parent)
    with pytest.raises(CorruptDatabaseError) as caught:
        check_database(foreign)
    assert caught.value.kind == "not-ours", caught.value
    assert not caught.value.database_whole, "setting its -wal aside must not be offered"
    assert _digests(foreign.parent) == before


def test_keeping_the_database_refuses_and_open_writes_nothing(foreign):
    before = _digests(foreign.parent)
    with pytest.raises(CorruptDatabaseError):
        keep_database(foreign, NOW)
    with pytest.raises(StorageError):
        open_database(foreign)
    assert _digests(foreign.parent) == before
