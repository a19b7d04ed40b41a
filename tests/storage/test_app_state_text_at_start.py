"""A flipped bit in app_state's text is found by the start check, not by a traceback at start.

The start reads ``last_session_id`` from app_state (Library.session_to_open) before any session
is loaded, outside the repository's recovery path for unreadable rows: text there that is no longer
UTF-8 raised sqlite3.OperationalError, which the window's start does not catch.
"""

from __future__ import annotations

import sqlite3

import pytest

from moderator_app.storage.errors import CorruptDatabaseError
from moderator_app.storage.integrity import check_database
from tests.storage.test_integrity import closed_database


def test_app_state_text_that_is_no_longer_utf8_is_refused_at_the_start(tmp_path):
    path = closed_database(tmp_path / "moderator.db", people=2)
    conn = sqlite3.connect(path)
    flipped = conn.execute(
        "UPDATE app_state SET value = CAST(X'B7' || substr(value, 2) AS TEXT) WHERE key = 'last_session_id'"
    ).rowcount
    conn.commit()
    conn.close()
    assert flipped == 1, "the premise: the start reads this row"
    with pytest.raises(CorruptDatabaseError) as caught:
        check_database(path)
    assert caught.value.kind == "damaged" and "app_state" in caught.value.problem
