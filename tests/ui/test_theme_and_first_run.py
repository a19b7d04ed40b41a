"""Colour schemes switch live and are remembered; the getting-started guide shows once and stays reachable."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from moderator_app.system.settings import FIRST_RUN_DONE, THEME
from moderator_app.ui.common import theme
from moderator_app.ui.dialogs import first_run


@pytest.fixture(autouse=True)
def _back_to_the_system_scheme(qapp) -> Iterator[None]:
    yield
    theme.apply(qapp, "system")
    qapp.setStyleSheet("")


def test_an_unknown_scheme_falls_back_to_the_palette_lightness(qapp):
    dark_by_palette = qapp.palette().color(QPalette.ColorRole.Window).lightness() < 128
    if qapp.styleHints().colorScheme() == Qt.ColorScheme.Unknown:
        assert theme.system_is_dark(qapp) is dark_by_palette
    assert theme.resolve("system", qapp) in (theme.LIGHT, theme.DARK)
    assert theme.resolve("nonsense", qapp) is theme.resolve("system", qapp)


def test_view_colour_scheme_switches_live_repaints_the_timer_and_is_saved(qtbot, window):
    menu = window.colour_menu
    assert [a.data() for a in menu.actions()] == ["system", "light", "dark", "high-contrast"]
    assert menu.by_choice["system"].isChecked()
    window.tick()
    menu.by_choice["high-contrast"].trigger()
    assert QApplication.instance().palette().color(QPalette.ColorRole.Window).name() == "#000000"
    assert theme.HIGH_CONTRAST.phases["idle"][0] in window.timer_panel.styleSheet()
    assert theme.HIGH_CONTRAST.focus in QApplication.instance().styleSheet()
    assert window.settings.value(THEME.key) == "high-contrast"
    menu.by_choice["light"].trigger()
    assert QApplication.instance().palette().color(QPalette.ColorRole.Window).name() == theme.LIGHT.window
    assert menu.by_choice["light"].isChecked() and not menu.by_choice["high-contrast"].isChecked()


def test_the_saved_scheme_is_applied_at_start(qapp, tmp_path):
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    settings.setValue(THEME.key, "dark")
    assert theme.apply_saved(qapp, settings) is theme.DARK
    assert qapp.palette().color(QPalette.ColorRole.Base).name() == theme.DARK.base
    settings.setValue(THEME.key, "<script>")
    assert theme.saved_choice(settings) == "system"


def test_the_guide_shows_on_first_start_only_until_dismissed(qtbot, window):
    guide = first_run.maybe_show_on_first_run(window, window.settings, smoke=False)
    assert guide is not None and guide.isVisible() and not guide.isModal()
    assert guide.title.text() == "Welcome"
    guide.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is guide)
    assert QApplication.focusWidget() is guide.next_button
    qtbot.keyClick(guide.next_button, Qt.Key.Key_Space)  # a button press here, not the console's Space
    assert window.bridge.console.snapshot.current_intervention is None
    guide.go(0)
    qtbot.keyClick(guide.next_button, Qt.Key.Key_Return)
    assert guide.title.text() == "The timer" and guide.highlight.isVisible()
    assert guide.highlight.target is window.timer_panel
    qtbot.keyClick(guide, Qt.Key.Key_Escape)
    assert not guide.isVisible() and not guide.highlight.isVisible()
    assert first_run.maybe_show_on_first_run(window, window.settings, smoke=False) is None


def test_the_guide_never_shows_for_smoke(window):
    assert first_run.maybe_show_on_first_run(window, window.settings, smoke=True) is None
    assert window.findChild(first_run.GettingStartedGuide) is None


def test_the_guide_walks_every_area_and_help_brings_it_back(qtbot, window):
    window.settings.setValue(FIRST_RUN_DONE.key, True)
    window.act["getting_started"].trigger()
    guide = window.findChild(first_run.GettingStartedGuide)
    assert guide.isVisible()
    targets = []
    while True:
        targets.append(guide.steps[guide.index].target)
        if guide.next_button.text() == "&Done":
            break
        guide.next_button.click()
    assert [t for t in targets if t is not None] == [
        window.timer_panel,
        window.queue_dock,
        window.roster_dock,
        window.balance_dock,
        window.notes_dock,
        window.remote_dock,
    ]
    assert window.remote_dock.isVisible()  # a tabbed dock is brought to the front to be seen
    guide.next_button.click()  # Done
    assert not guide.isVisible()


def test_keys_still_reach_the_console_while_the_guide_is_open(qtbot, window, console):
    first_run.show_guide(window, window.settings)
    window.activateWindow()
    window.focus_timer()
    qtbot.keyClick(window.timer_panel, Qt.Key.Key_N)
    assert console.snapshot.current_intervention is not None


def test_a_scheme_chosen_in_preferences_applies_at_once_and_the_view_menu_follows(qtbot, window, monkeypatch):
    from moderator_app.ui.dialogs.preferences import PreferencesDialog, read_preferences

    window.colour_menu.by_choice["light"].trigger()
    chosen: list[str] = []

    def pick_dark(dialog: PreferencesDialog) -> int:
        chosen.append(str(dialog.theme_combo.currentData()))  # the dialog opens on the scheme in use
        dialog.theme_combo.setCurrentIndex(dialog.theme_combo.findData("dark"))
        return 1

    monkeypatch.setattr(PreferencesDialog, "exec", pick_dark)
    window.act["preferences"].trigger()
    assert chosen == ["light"]
    assert QApplication.instance().palette().color(QPalette.ColorRole.Base).name() == theme.DARK.base
    assert theme.DARK.focus in QApplication.instance().styleSheet()
    assert theme.current_choice() == "dark"
    assert window.colour_menu.by_choice["dark"].isChecked()
    assert not window.colour_menu.by_choice["light"].isChecked()
    assert read_preferences(window.settings).theme == "dark" == window.settings.value(THEME.key)
