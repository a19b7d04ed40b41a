"""Closing or restarting the console closes every window it owns: nothing is left on the projector."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog

from moderator_app import i18n
from moderator_app.ui import preferences as prefs
from moderator_app.ui.preferences import PreferencesDialog


def _shown_windows() -> list[str]:
    return [w.objectName() or type(w).__name__ for w in QApplication.topLevelWidgets() if w.isVisible()]


def test_closing_the_console_closes_the_stage_display_the_report_and_dialogs(qtbot, window):
    window.stage.toggle_display()
    display = window.stage.display
    assert display is not None and display.isVisible()
    window.act_report.trigger()
    report = window.report_window
    assert report.isVisible()
    side = QDialog(window)  # a non-modal dialog left open (e.g. a search window)
    side.show()
    with qtbot.waitSignal(window.closed, timeout=5000):
        window.close()
    assert not display.isVisible() and not report.isVisible() and not side.isVisible()
    assert window.stage.display is None and not window.stage.act_show.isChecked()
    assert _shown_windows() == []  # so Qt's "last window closed" ends the app too


def test_restart_now_with_the_stage_display_open_leaves_no_window(qtbot, window, monkeypatch):
    window.stage.toggle_full_screen()
    assert window.stage.display is not None and window.stage.display.isVisible()
    other = "fr" if i18n.resolve(i18n.SYSTEM).language != "fr" else "es"

    def choose_language(dialog: PreferencesDialog) -> int:
        dialog.language_combo.setCurrentIndex(dialog.language_combo.findData(other))
        return 1

    monkeypatch.setattr(PreferencesDialog, "exec", choose_language)

    def press_restart_now() -> None:
        box = QApplication.activeModalWidget()
        assert box is not None
        next(b for b in box.buttons() if "Restart" in b.text()).click()

    QTimer.singleShot(0, press_restart_now)
    with qtbot.waitSignal(window.closed, timeout=5000):
        prefs.open_preferences(window)
    assert window.restart_requested
    assert _shown_windows() == []
