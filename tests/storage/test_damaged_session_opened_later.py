"""A session found unreadable when opened mid-session is the one the next start opens, and so recovers.

The window's banner for rows that cannot be read says: "close and restart the app to be offered
the newest good one". The start offers a backup when the session it opens cannot be read; it
opens the last session *used*, which opening the damaged one did not record (the load failed
first). Damage in any session but the last one used was then never offered for recovery.
"""

from __future__ import annotations

import sqlite3

import pytest

from moderator_app.domain.session import Session
from moderator_app.services.library import Library
from moderator_app.storage.errors import CorruptDatabaseError
from moderator_app.system.paths import AppPaths
from tests.storage.test_integrity import closed_database
from tests.support import FakeClock


def test_the_next_start_opens_the_session_that_could_not_be_read(tmp_path):
    path = closed_database(tmp_path / "moderator.db", people=2)
    conn = sqlite3.connect(path)
    damaged = conn.execute("SELECT session_id FROM participants LIMIT 1").fetchone()[0]
    conn.execute("UPDATE participants SET roles = '[\"emperor\"]' WHERE session_id = ?", [damaged])
    conn.commit()
    conn.close()
    with Library.open(AppPaths(path.parent), FakeClock()) as library:
        other = library.create_session(Session(id="other-session", title="Another session"), [])
        library.open_console(other)  # the last session used: readable
        with pytest.raises(CorruptDatabaseError):
            library.open_console(damaged)  # File → Open: the banner
        assert library.session_to_open(None) == damaged, "the restart must meet the damage"
