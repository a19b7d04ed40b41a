"""The commit count is not content: a backup of an unchanged library is still skipped."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from moderator_app.services.console import SessionConsole
from moderator_app.services.sessions import session_to_open
from moderator_app.storage.backups import take_backup
from moderator_app.storage.database import open_database
from moderator_app.storage.repository import SessionRepository
from moderator_app.system.clock import SystemClock
from moderator_app.system.resources import regions

NOW = datetime(2026, 12, 7, 12, 0, tzinfo=UTC)


def _open_the_console_and_back_up(data_dir, minutes):  # type: ignore[no-untyped-def]
    """What a start that changes nothing does: open the last session (noted in app_state), back up on close."""
    db = open_database(data_dir / "moderator.db")
    try:
        repository = SessionRepository(db)
        clock = SystemClock()
        SessionConsole(repository, clock, session_to_open(repository, clock, None), regions=regions())
        return take_backup(db, data_dir / "backups", NOW + timedelta(minutes=minutes), reason="close")
    finally:
        db.close()


def test_starting_and_closing_without_a_change_takes_no_new_backup(tmp_path):
    first = _open_the_console_and_back_up(tmp_path, 0)
    assert first is not None
    # The same session is opened again: its id is written again, unchanged, and counted as a commit.
    assert _open_the_console_and_back_up(tmp_path, 5) is None
    assert _open_the_console_and_back_up(tmp_path, 10) is None
