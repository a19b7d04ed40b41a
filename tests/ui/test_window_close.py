"""Closing or restarting the console closes every window it owns: nothing is left on the projector."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog

from moderator_app.system import i18n
from moderator_app.ui.dialogs import preferences as prefs
from moderator_app.ui.dialogs.preferences import PreferencesDialog


def _shown_windows() -> list[str]:
    return [w.objectName() or type(w).__name__ for w in QApplication.topLevelWidgets() if w.isVisible()]


def test_closing_the_console_closes_the_stage_display_the_report_and_dialogs(qtbot, window):
    window.stage.toggle_display()
    display = window.stage.display
    assert display is not None and display.isVisible()
    window.act["report"].trigger()
    report = window.commands.report_window
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


def _reopened(make_window, qtbot):
    again = make_window()
    QApplication.processEvents()  # the start's queued restore runs
    return again


def test_after_a_crash_the_stage_display_comes_back_full_screen(qtbot, make_window):
    crashed = make_window()
    crashed.stage.toggle_full_screen()
    assert crashed.stage.display.isFullScreen()
    # A crash: nothing is closed or saved on the way out; the next start reads the settings file.
    crashed.stage.display.shown_state_changed.disconnect()
    again = _reopened(make_window, qtbot)
    display = again.stage.display
    assert display is not None and display.isVisible() and display.isFullScreen()
    assert again.stage.act_show.isChecked()
    assert again.isActiveWindow() or QApplication.focusWidget() is again.timer_panel  # the keys stay


def test_after_a_restart_the_stage_display_comes_back_and_after_quit_it_does_not(qtbot, make_window):
    first = make_window()
    first.stage.toggle_display()
    first.restart_requested = True
    first.close()
    second = _reopened(make_window, qtbot)
    assert second.stage.display is not None and second.stage.display.isVisible()
    assert not second.stage.display.isFullScreen()
    second.close()  # a deliberate quit
    third = _reopened(make_window, qtbot)
    assert third.stage.display is None


def test_hiding_the_display_with_f9_is_remembered_as_closed(qtbot, make_window):
    first = make_window()
    first.stage.toggle_display()
    first.stage.toggle_display()  # F9 again: closed by the moderator
    first.stage.display.shown_state_changed.disconnect()  # then a crash
    assert _reopened(make_window, qtbot).stage.display is None
