"""Save dialogs open in the folder last used for that kind of file, not always in the home folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog

from moderator_app.ui.common.last_folder import CSV, REPORT, SESSION_FILE, remember_folder, save_start


def test_each_kind_of_file_keeps_its_own_folder_and_a_vanished_one_falls_back_home(tmp_path: Path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    assert save_start(settings, REPORT, "r.pdf") == str(Path.home() / "r.pdf")
    reports, sessions = tmp_path / "reports", tmp_path / "sessions"
    reports.mkdir()
    sessions.mkdir()
    remember_folder(settings, REPORT, str(reports / "old.pdf"))
    remember_folder(settings, SESSION_FILE, str(sessions / "s.json"))
    assert save_start(settings, REPORT, "r.pdf") == str(reports / "r.pdf")
    assert save_start(settings, SESSION_FILE, "s.json") == str(sessions / "s.json")
    assert save_start(settings, CSV, "e.csv") == str(Path.home() / "e.csv")
    reports.rmdir()  # a USB stick taken out
    assert save_start(settings, REPORT, "r.pdf") == str(Path.home() / "r.pdf")
    assert save_start(None, REPORT, "r.pdf") == str(Path.home() / "r.pdf")


def test_export_session_file_opens_where_the_last_one_was_written(window, tmp_path: Path, monkeypatch):
    proposed: list[str] = []
    folder = tmp_path / "exports"
    folder.mkdir()

    def choose(_parent, _title, start, _filters):  # type: ignore[no-untyped-def]
        proposed.append(start)
        return str(folder / Path(start).name), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    window.act["export"].trigger()
    window.act["export"].trigger()
    assert Path(proposed[0]).parent == Path.home()
    assert Path(proposed[1]).parent == folder
    assert (folder / Path(proposed[1]).name).is_file()


def test_the_report_export_keeps_its_own_folder(qtbot, window, console, app_paths, tmp_path: Path, monkeypatch):
    from moderator_app.ui.report.window import ReportWindow

    proposed: list[str] = []
    folder = tmp_path / "reports"
    folder.mkdir()

    def choose(_parent, _title, start, _filters):  # type: ignore[no-untyped-def]
        proposed.append(start)
        return str(folder / "report.md"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    report = ReportWindow(console, app_paths.data_dir)
    qtbot.addWidget(report)
    report.export()
    qtbot.waitUntil(lambda: not report.exporting)
    report.export()
    qtbot.waitUntil(lambda: not report.exporting)
    assert Path(proposed[0]).parent == Path.home() and Path(proposed[1]).parent == folder
