"""Backups from the window: taken at session end and on close, listed and restored from the File menu."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from moderator_app.domain.session import ParticipantDraft
from moderator_app.paths import AppPaths
from moderator_app.storage.backups import backup_files, list_backups
from moderator_app.ui.dialogs.restore_dialog import RestoreDialog


def yes(monkeypatch) -> None:
    monkeypatch.setattr("moderator_app.ui.message_box.question", lambda *a, **k: QMessageBox.StandardButton.Yes)


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


def test_a_failed_backup_is_a_status_message_not_an_interruption(window, tmp_path):
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the data folder should be")
    window.backups.context = replace(window.backups.context, paths=AppPaths(blocked))
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
    assert window.act_restore in dict(window.actions_by_menu)[window.menu_names[0]]


def test_restoring_reopens_the_session_with_the_restored_content(window, console, app_paths, monkeypatch):
    before = [p.name for p in console.snapshot.participants]
    backup = window.backups.backup_now("manual")
    assert isinstance(backup, Path)
    window.bridge.console.add_participant(ParticipantDraft(name="Added After The Backup"))
    yes(monkeypatch)
    monkeypatch.setattr(RestoreDialog, "exec", lambda dialog: (dialog.confirm(), dialog.result())[1])
    window.act_restore.trigger()
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
