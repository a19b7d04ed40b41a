"""Damage and a full disk as the moderator meets them: the start-up choice, and a banner instead of a crash."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton

from moderator_app.storage.backups import take_backup
from moderator_app.storage.database import open_database
from moderator_app.storage.errors import CorruptDatabaseError
from moderator_app.storage.integrity import check_database
from moderator_app.system.paths import AppPaths
from moderator_app.ui.dialogs import recovery as recovery_dialog
from moderator_app.ui.dialogs.recovery import DamagedRestoreDialog, RecoveryDialog, recover_at_start
from tests.support import FakeClock

NOTE = "A long statement on capacity building. " * 450


def digest(path) -> str:  # type: ignore[no-untyped-def]
    return hashlib.sha256(path.read_bytes()).hexdigest()


# -- disk full / read-only in the window -------------------------------------------------------------
def test_a_note_that_cannot_be_saved_shows_a_banner_keeps_the_text_and_saves_once_space_is_freed(
    window, repository, qtbot
):
    db = repository.db
    pages = db.conn.execute("PRAGMA page_count").fetchone()[0]
    db.conn.execute(f"PRAGMA max_page_count = {pages}")
    notes_before = len(window.bridge.console.snapshot.notes)
    window.quick_note.edit.setText(NOTE)
    window.quick_note._submit()
    banner = window.storage_banner
    assert banner.isVisible()
    assert "The disk is full: the last action was not saved" in banner.text.text()
    assert "NOT saved" in window.saved_label.text()
    assert window.quick_note.edit.text() == NOTE, "what the moderator typed is still there to save again"
    assert len(window.bridge.console.snapshot.notes) == notes_before
    assert window.isVisible()
    db.conn.execute("PRAGMA max_page_count = 1073741823")
    window.quick_note._submit()
    assert not banner.isVisible()
    assert window.bridge.console.snapshot.notes[-1].text == NOTE.strip()
    assert "Every change saved" in window.saved_label.text()


def test_a_read_only_folder_mid_session_is_a_banner_with_a_dismiss_button(window, repository, qtbot):
    repository.db.conn.execute("PRAGMA query_only = 1")
    qtbot.keyClick(window.timer_panel, Qt.Key.Key_N)
    banner = window.storage_banner
    assert banner.isVisible() and "read-only" in banner.text.text()
    assert window.bridge.console.snapshot.current_intervention is None
    assert banner.dismiss.accessibleName()
    banner.dismiss.click()
    assert not banner.isVisible()
    repository.db.conn.execute("PRAGMA query_only = 0")
    qtbot.keyClick(window.timer_panel, Qt.Key.Key_N)
    assert window.bridge.console.snapshot.current_intervention is not None


# -- a damaged database at start -------------------------------------------------------------------
@pytest.fixture
def damaged(tmp_path, console, repository, app_paths):
    """A data folder with two backups (older: 1 extra note; newer: 2) and a damaged database."""
    now = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)
    console.add_note("in both backups")
    older = take_backup(repository.db, app_paths.backups, now, reason="timer")
    console.add_note("only in the newer backup")
    newer = take_backup(repository.db, app_paths.backups, now + timedelta(minutes=5), reason="close")
    repository.db.close()
    data = bytearray(app_paths.database.read_bytes())
    data[0:16] = b"\xff" * 16
    app_paths.database.write_bytes(bytes(data))
    for suffix in ("-wal", "-shm"):
        app_paths.database.with_name("moderator.db" + suffix).unlink(missing_ok=True)
    with pytest.raises(CorruptDatabaseError) as caught:
        check_database(app_paths.database)
    return caught.value, older, newer


def choose(monkeypatch, button_name: str) -> None:
    """Answer the start-up dialog by clicking one of its buttons, and every message box with OK."""

    def exec_(self) -> int:  # type: ignore[no-untyped-def]
        getattr(self, button_name).click()
        return self.result()

    monkeypatch.setattr(RecoveryDialog, "exec", exec_)
    monkeypatch.setattr(
        "moderator_app.ui.common.message_box.information", lambda *a, **k: QMessageBox.StandardButton.Ok
    )


def notes_in(db) -> list[str]:  # type: ignore[no-untyped-def]
    return [row[0] for row in db.conn.execute("SELECT text FROM notes")]


def test_the_dialog_says_what_is_wrong_and_offers_the_newest_good_backup(damaged, app_paths, qtbot):
    error, _older, newer = damaged
    from moderator_app.storage.recovery import newest_good_backup

    newest = newest_good_backup(app_paths.backups)
    assert newest is not None and newest.path == newer
    dialog = RecoveryDialog(error, newest, app_paths)
    qtbot.addWidget(dialog)
    texts = " ".join(label.text() for label in dialog.findChildren(type(dialog.backup_label)))
    assert "not a moderator-app database" in texts
    assert "moved aside" in texts and "Nothing has been deleted or overwritten" in texts
    assert newest.taken_at.astimezone().strftime("%Y-%m-%d %H:%M:%S") in dialog.backup_label.text()
    assert "notes" in dialog.backup_label.text()
    assert dialog.restore_button.isEnabled() and dialog.restore_button.isDefault()
    for button in dialog.findChildren(QPushButton):
        assert button.accessibleName(), button.text()


def test_restore_newest_moves_the_damaged_file_aside_and_opens_the_backup(damaged, app_paths, monkeypatch):
    _error, _older, _newer = damaged
    damaged_bytes = digest(app_paths.database)
    choose(monkeypatch, "restore_button")
    library = recover_at_start(app_paths, damaged[0], FakeClock(), None)
    assert library is not None
    try:
        assert "only in the newer backup" in notes_in(library.repository.db)
        assert library.list_sessions()
    finally:
        library.close()
    [kept] = list(app_paths.data_dir.glob("moderator.db.corrupt-*"))
    assert digest(kept) == damaged_bytes


def test_quit_leaves_the_damaged_file_exactly_where_and_as_it_was(damaged, app_paths, monkeypatch):
    before = digest(app_paths.database)
    choose(monkeypatch, "quit_button")
    assert recover_at_start(app_paths, damaged[0], FakeClock(), None) is None
    assert digest(app_paths.database) == before
    assert not list(app_paths.data_dir.glob("moderator.db.corrupt-*"))


def test_start_empty_keeps_the_damaged_file_and_the_backups(damaged, app_paths, monkeypatch):
    choose(monkeypatch, "empty_button")
    library = recover_at_start(app_paths, damaged[0], FakeClock(), None)
    assert library is not None
    try:
        assert notes_in(library.repository.db) == []
    finally:
        library.close()
    assert len(list(app_paths.data_dir.glob("moderator.db.corrupt-*"))) == 1
    assert len(list(app_paths.backups.glob("moderator-*.db"))) == 2


def test_choose_another_backup_restores_the_one_picked(damaged, app_paths, monkeypatch):
    _error, older, _newer = damaged
    choose(monkeypatch, "choose_button")

    def pick_older(self) -> int:  # type: ignore[no-untyped-def]
        assert "moved aside first" in self.confirmation_text(self.backups[1])
        assert self.layout().itemAt(0).widget() is self.intro  # the first words shown
        assert "moved aside first" in self.intro.text()  # not "a backup is taken first"
        self.chosen = self.backups[1].path
        return 1

    monkeypatch.setattr(DamagedRestoreDialog, "exec", pick_older)
    library = recover_at_start(app_paths, damaged[0], FakeClock(), None)
    assert library is not None
    try:
        notes = notes_in(library.repository.db)
    finally:
        library.close()
    assert "in both backups" in notes and "only in the newer backup" not in notes
    assert older.exists()


def test_without_a_usable_backup_restore_is_disabled_and_quit_is_the_default(tmp_path, qtbot):
    paths = AppPaths(tmp_path / "empty")
    error = CorruptDatabaseError(paths.database, "truncated", "it was cut short.")
    dialog = RecoveryDialog(error, None, paths)
    qtbot.addWidget(dialog)
    assert not dialog.restore_button.isEnabled()
    assert dialog.quit_button.isDefault()
    assert "no usable backup" in dialog.backup_label.text()
    assert "cut short" in recovery_dialog.headline("truncated")


def test_a_restored_database_opens_again_at_the_next_start(damaged, app_paths, monkeypatch):
    choose(monkeypatch, "restore_button")
    library = recover_at_start(app_paths, damaged[0], FakeClock(), None)
    assert library is not None
    library.close()
    check_database(app_paths.database)
    open_database(app_paths.database).close()


def test_a_report_draft_that_cannot_be_saved_stays_in_the_editor_and_is_saved_at_the_next_try(
    qtbot, console, app_paths
):
    from moderator_app.ui.report.window import ReportWindow

    report = ReportWindow(console, app_paths.data_dir)
    qtbot.addWidget(report)
    report.show()
    key = next(k for k in (report.section_list.item(r).data(Qt.ItemDataRole.UserRole) for r in range(3)) if k)
    for row in range(report.section_list.count()):
        if report.section_list.item(row).data(Qt.ItemDataRole.UserRole) == key:
            report.section_list.setCurrentRow(row)
    console.repository.db.conn.execute("PRAGMA query_only = 1")
    report.editor.setPlainText("Typed while the folder was read-only.")
    report.save_pending()
    assert "read-only" in report.statusBar().currentMessage()
    assert report.editor.toPlainText() == "Typed while the folder was read-only."
    console.repository.db.conn.execute("PRAGMA query_only = 0")
    report.save_pending()
    sections = console.report_sections(report.template_name)
    assert sections[key].text == "Typed while the folder was read-only."


def test_opening_a_session_on_a_read_only_folder_is_a_banner_not_a_crash(window, repository):
    shown = window.bridge.console
    repository.db.conn.execute("PRAGMA query_only = 1")
    window.commands.open_console(shown.session_id)  # remembering the last session is a write
    assert window.storage_banner.isVisible()
    assert window.bridge.console is shown


def test_keep_the_database_is_offered_first_for_a_torn_wal_and_sets_only_the_wal_aside(
    console, repository, app_paths, monkeypatch, qtbot
):
    console.add_note("in the database itself")
    repository.db.close()
    wal = app_paths.database.with_name("moderator.db-wal")
    wal.write_bytes(bytes(8192))  # a header that never reached the disk
    with pytest.raises(CorruptDatabaseError) as caught:
        check_database(app_paths.database)
    dialog = RecoveryDialog(caught.value, None, app_paths)
    qtbot.addWidget(dialog)
    assert not dialog.keep_button.isHidden() and dialog.keep_button.isDefault()
    choose(monkeypatch, "keep_button")
    library = recover_at_start(app_paths, caught.value, FakeClock(), None)
    assert library is not None
    try:
        assert "in the database itself" in notes_in(library.repository.db)
    finally:
        library.close()
    [kept] = list(app_paths.data_dir.glob("moderator.db-wal.corrupt-*"))
    assert kept.read_bytes() == bytes(8192)


def test_keep_the_database_is_not_offered_when_the_database_itself_is_damaged(damaged, app_paths, qtbot):
    dialog = RecoveryDialog(damaged[0], None, app_paths)
    qtbot.addWidget(dialog)
    assert dialog.keep_button.isHidden()


def test_lost_changes_offer_keeping_the_database_or_a_backup_that_holds_more(tmp_path, qtbot, monkeypatch):
    from tests.storage.test_lost_wal import _lose_the_wal

    data_dir = tmp_path / "data"
    _lose_the_wal(data_dir)
    paths = AppPaths.resolve(str(data_dir))
    with pytest.raises(CorruptDatabaseError) as caught:
        check_database(paths.database)
    error = caught.value
    # No backup holds more than the database: keeping it is the default, and it says so.
    dialog = RecoveryDialog(error, None, paths)
    qtbot.addWidget(dialog)
    assert "latest changes were lost" in dialog.findChildren(QLabel)[0].text()
    assert not dialog.keep_button.isHidden() and dialog.keep_button.isDefault()
    assert dialog.keep_button.text() == "&Keep the database as it is"
    [keep_note] = [label for label in dialog.findChildren(QLabel) if label.accessibleName() == "Keeping the database"]
    assert "without the lost changes" in keep_note.text() and "backup" not in keep_note.text()
    # A backup holding more commits than the database is the default instead.
    newer = tmp_path / "newer.db"
    shutil.copyfile(paths.database, newer)
    conn = sqlite3.connect(newer)
    conn.execute("UPDATE app_state SET value = 999 WHERE key = 'commit_seq'")
    conn.commit()
    conn.close()
    info = type(
        "Info", (), {"path": newer, "sessions": (), "taken_at": datetime.now(UTC), "reason": "timer", "size": 1}
    )
    dialog = RecoveryDialog(error, info, paths)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    assert dialog.restore_button.isDefault() and not dialog.keep_button.isHidden()
    # Keeping it: the library opens, without what was lost, and the leftover -shm is kept aside.
    choose(monkeypatch, "keep_button")
    library = recover_at_start(paths, error, FakeClock(), None)
    assert library is not None
    library.close()
    assert list(data_dir.glob("moderator.db-shm.lost-*"))
