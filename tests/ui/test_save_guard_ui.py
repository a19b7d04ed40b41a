"""Every save dialog refuses the app's own files: the database, its companions, the settings, a backup."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from moderator_app.ui.dialogs.event_stats_dialog import EventStatsDialog
from moderator_app.ui.report.window import ReportWindow


@pytest.fixture
def shown(monkeypatch) -> list[QMessageBox]:
    """Every message box opened, answered at once with its default button."""
    boxes: list[QMessageBox] = []

    def answer(box: QMessageBox) -> int:
        boxes.append(box)
        return int(QMessageBox.StandardButton.Ok.value)

    monkeypatch.setattr(QMessageBox, "exec", answer)
    return boxes


def database_hash(app_paths) -> str:  # type: ignore[no-untyped-def]
    return hashlib.sha256(app_paths.database.read_bytes()).hexdigest()


def choose(monkeypatch, module: str, path: Path, chosen_filter: str = "") -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(f"{module}.QFileDialog.getSaveFileName", lambda *a, **k: (str(path), chosen_filter))


def assert_refused(boxes: list[QMessageBox], path: Path) -> None:
    assert len(boxes) == 1
    assert boxes[0].textFormat() == Qt.TextFormat.PlainText
    assert boxes[0].text().startswith(f"{path} is one of the app's own files")
    assert "Nothing was written" in boxes[0].text()


def test_export_session_file_refuses_the_database(window, app_paths, shown, monkeypatch):
    before = database_hash(app_paths)
    choose(monkeypatch, "moderator_app.ui.handlers.live", app_paths.database)
    window.commands.export_file()
    assert_refused(shown, app_paths.database)
    assert database_hash(app_paths) == before


def test_export_session_file_refuses_a_file_in_the_backups_folder(window, app_paths, shown, monkeypatch):
    target = app_paths.backups / "session.json"
    choose(monkeypatch, "moderator_app.ui.handlers.live", target)
    window.commands.export_file()
    assert_refused(shown, target)
    assert not target.exists()


def test_export_session_file_still_writes_an_ordinary_file(window, tmp_path, shown, monkeypatch):
    target = tmp_path / "session.json"
    choose(monkeypatch, "moderator_app.ui.handlers.live", target)
    window.commands.export_file()
    assert shown == [] and target.stat().st_size > 0


def test_the_report_export_refuses_the_database_by_a_detour(qtbot, console, app_paths, shown, monkeypatch):
    window = ReportWindow(console, app_paths.data_dir)
    qtbot.addWidget(window)
    before = database_hash(app_paths)
    monkeypatch.setattr(window.exporter, "start", lambda *a, **k: pytest.fail("the export started"))
    target = app_paths.data_dir / ".." / "data" / "moderator.db"
    choose(monkeypatch, "moderator_app.ui.report.output", target)
    window.export()
    assert_refused(shown, target)
    assert database_hash(app_paths) == before


def test_the_report_export_refuses_a_new_file_in_the_backups_folder(qtbot, console, app_paths, shown, monkeypatch):
    window = ReportWindow(console, app_paths.data_dir)
    qtbot.addWidget(window)
    monkeypatch.setattr(window.exporter, "start", lambda *a, **k: pytest.fail("the export started"))
    choose(monkeypatch, "moderator_app.ui.report.output", app_paths.backups / "report")
    window.export()
    assert_refused(shown, app_paths.backups / "report")


def test_the_event_csv_refuses_the_settings_file(qtbot, library, app_paths, shown, monkeypatch):
    dialog = EventStatsDialog([], library.event_stats, data_dir=app_paths.data_dir)
    qtbot.addWidget(dialog)
    target = app_paths.settings
    choose(monkeypatch, "moderator_app.ui.dialogs.event_stats_dialog", target)
    dialog.stats = object()  # type: ignore[assignment]  # any figures: the refusal comes before writing
    dialog.export_csv()
    assert_refused(shown, target)
    assert not dialog.exported
    assert not target.exists()
