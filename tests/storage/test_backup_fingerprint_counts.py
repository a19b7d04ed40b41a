"""The commit count is not content: a backup of an unchanged library is still skipped."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from moderator_app.services.library import Library
from moderator_app.storage.backups import take_backup
from moderator_app.system.clock import SystemClock
from moderator_app.system.paths import AppPaths

NOW = datetime(2026, 12, 7, 12, 0, tzinfo=UTC)


def _open_the_console_and_back_up(data_dir, minutes):  # type: ignore[no-untyped-def]
    """What a start that changes nothing does: open the last session (noted in app_state), back up on close."""
    with Library.open(AppPaths(data_dir), SystemClock()) as library:
        library.open_console(library.session_to_open(None))
        return take_backup(
            library.repository.db, data_dir / "backups", NOW + timedelta(minutes=minutes), reason="close"
        )


def test_starting_and_closing_without_a_change_takes_no_new_backup(tmp_path):
    first = _open_the_console_and_back_up(tmp_path, 0)
    assert first is not None
    # The same session is opened again: its id is written again, unchanged, and counted as a commit.
    assert _open_the_console_and_back_up(tmp_path, 5) is None
    assert _open_the_console_and_back_up(tmp_path, 10) is None
