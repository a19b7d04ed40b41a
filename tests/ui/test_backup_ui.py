"""Backups from the window: taken at session end and on close, listed and restored from the File menu."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from moderator_app.domain.session import ParticipantDraft
from moderator_app.storage.backups import backup_files, list_backups
from moderator_app.system.paths import AppPaths
from moderator_app.ui.common import message_box
from moderator_app.ui.dialogs.restore_dialog import RestoreDialog


def yes(monkeypatch) -> None:
    monkeypatch.setattr("moderator_app.ui.common.message_box.question", lambda *a, **k: QMessageBox.StandardButton.Yes)


def test_ending_the_session_from_the_window_takes_a_backup(window, console, app_paths, monkeypatch):
    yes(monkeypatch)
    console.start_session()
    window.commands.end_session()
    [(path, _taken)] = backup_files(app_paths.backups)
    assert path.name.endswith("-session-end.db")
    copy = sqlite3.connect(path)
    try:
        assert copy.execute("SELECT ended_at FROM sessions WHERE id = ?", [console.session_id]).fetchone()[0]
    finally:
        copy.close()
    assert window.backups.last_seconds is not None


def test_the_timer_backs_up_only_when_something_changed(window, console, app_paths, clock):
    assert window.backups.timer.interval() == 5 * 60 * 1000
    assert window.backups.backup_now("timer") is not None
    clock.advance(300)
    assert window.backups.backup_now("timer") is None
    console.add_participant(ParticipantDraft(name="New Voice"))
    clock.advance(300)
    assert window.backups.backup_now("timer") is not None
    assert len(backup_files(app_paths.backups)) == 2


def test_closing_the_window_takes_a_backup(window, console, app_paths):
    console.add_note("last words")
    window.close()
    assert [p.name.endswith("-close.db") for p, _t in backup_files(app_paths.backups)] == [True]


def test_a_failed_backup_is_a_status_message_not_an_interruption(window, tmp_path, monkeypatch):
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the data folder should be")
    monkeypatch.setattr(window.backups.context.library, "paths", AppPaths(blocked))
    assert window.backups.backup_now("timer") is None
    assert "Backup failed" in window.message_label.text()
    assert window.isVisible()


def test_the_dialog_lists_backups_with_their_sessions(window, console, app_paths):
    console.add_note("a note")
    window.backups.backup_now("manual")
    (app_paths.backups / "moderator-20991231T000000Z-timer.db").write_bytes(b"not a database" * 50)
    backups, unreadable = list_backups(app_paths.backups)
    dialog = RestoreDialog(backups, unreadable, window)
    assert dialog.table.rowCount() == 1
    assert "1 notes" in dialog.table.item(0, 3).text()
    assert console.session.title in dialog.table.item(0, 3).text()
    assert dialog.table.item(0, 1).text() == "manual"
    assert "KiB" in dialog.table.item(0, 2).text()
    assert not dialog.problems.isHidden()
    assert dialog.restore_button.isEnabled()
    assert "backup of the current state is taken first" in dialog.confirmation_text(backups[0])
    assert window.act["restore"] in dict(window.actions_by_menu)[window.menu_names[0]]


def test_restoring_reopens_the_session_with_the_restored_content(window, console, app_paths, monkeypatch):
    before = [p.name for p in console.snapshot.participants]
    backup = window.backups.backup_now("manual")
    assert isinstance(backup, Path)
    window.bridge.console.add_participant(ParticipantDraft(name="Added After The Backup"))
    yes(monkeypatch)
    monkeypatch.setattr(RestoreDialog, "exec", lambda dialog: (dialog.confirm(), dialog.result())[1])
    window.act["restore"].trigger()
    restored = window.bridge.console
    assert restored is not console
    assert restored.session_id == console.session_id
    assert [p.name for p in restored.snapshot.participants] == before
    assert window.roster_panel.model.rowCount() == len(before)
    names = [p.name for p, _t in backup_files(app_paths.backups)]
    assert any(name.endswith("-before-restore.db") for name in names)
    assert "Restored" in window.message_label.text()
    # The reopened database takes changes as before.
    restored.add_participant(ParticipantDraft(name="After Restore"))
    assert "After Restore" in [p.name for p in restored.snapshot.participants]


def test_restoring_a_backup_from_a_newer_version_is_refused_and_the_session_goes_on(
    window, console, app_paths, monkeypatch
):
    """It used to replace the database first, then fail to open it: the folder no longer opened."""
    from moderator_app.storage.migrations import MIGRATION_SET

    backup = window.backups.backup_now("manual")
    assert isinstance(backup, Path)
    conn = sqlite3.connect(backup)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES (?, ?, ?)",
        [MIGRATION_SET, "9999_from_the_future", "2030-01-01 00:00:00+00:00"],
    )
    conn.commit()
    conn.close()
    window.bridge.console.add_participant(ParticipantDraft(name="Must Stay"))
    warnings: list[str] = []
    monkeypatch.setattr(message_box, "warning", lambda _parent, _title, text: warnings.append(text))
    monkeypatch.setattr(message_box, "critical", lambda _parent, _title, text: warnings.append("critical: " + text))
    assert window.backups.restore(backup) is False
    [warning] = warnings
    assert "newer version" in warning and "Nothing was changed" in warning
    assert "Must Stay" in [p.name for p in window.bridge.console.snapshot.participants]
    assert not any(p.name.endswith("-before-restore.db") for p, _t in backup_files(app_paths.backups))


def test_a_backup_on_a_nearly_full_disk_is_skipped_with_a_status_message(window, console, app_paths):
    class NearlyFull:
        free = 20 * 1024 * 1024

    window.backups.disk_usage = lambda _folder: NearlyFull()
    console.add_note("the session goes on")
    assert window.backups.backup_now("timer") is None
    text = window.message_label.text()
    assert "Backup skipped" in text and "20 MB free" in text and "64 MB" in text
    assert backup_files(app_paths.backups) == []
    assert window.isVisible()


def test_restoring_over_a_damaged_database_says_where_it_was_kept(window, console, app_paths, monkeypatch):
    import moderator_app.storage.recovery as recovery
    from moderator_app.storage.restore_swap import RestoreOutcome

    backup = window.backups.backup_now("manual")
    assert isinstance(backup, Path)
    kept = app_paths.database.with_name("moderator.db.corrupt-20261126T120000Z")
    monkeypatch.setattr(recovery, "restore", lambda *_args: RestoreOutcome(backup, moved_aside=kept))
    assert window.backups.restore(backup) is True
    text = window.message_label.text()
    assert backup.name in text and "damaged database was kept as moderator.db.corrupt-20261126T120000Z" in text
