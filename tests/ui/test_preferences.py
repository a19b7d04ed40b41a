"""Edit → Preferences: the defaults a moderator sets once, stored in the settings file and used by the window."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QSpinBox, QWidget

from moderator_app.domain.balance import Dimension
from moderator_app.domain.session import DEFAULT_ALLOTTED_SECONDS, DEFAULT_WARNING_SECONDS
from moderator_app.system import i18n
from moderator_app.ui.dialogs import preferences as prefs
from moderator_app.ui.dialogs.preferences import Preferences, PreferencesDialog, read_preferences, write_preferences
from moderator_app.ui.dialogs.session_dialog import SessionDialog


def _settings(tmp_path: Path, name: str = "settings.ini") -> QSettings:
    return QSettings(str(tmp_path / name), QSettings.Format.IniFormat)


def test_without_a_settings_file_the_preferences_are_the_app_defaults(tmp_path):
    chosen = read_preferences(_settings(tmp_path))
    assert chosen == Preferences()
    assert (chosen.allotted_seconds, chosen.warning_seconds) == (DEFAULT_ALLOTTED_SECONDS, DEFAULT_WARNING_SECONDS)
    assert chosen.language == i18n.SYSTEM and chosen.theme == "system" and not chosen.sound


def test_preferences_survive_a_restart_in_the_settings_file(tmp_path):
    wanted = Preferences(
        allotted_seconds=240,
        warning_seconds=45,
        dimensions=(Dimension.GENDER,),
        language="fr",
        sound=True,
        screen="HDMI-1",
        theme="high-contrast",
    )
    write_preferences(_settings(tmp_path), wanted)
    assert read_preferences(_settings(tmp_path)) == wanted
    text = (tmp_path / "settings.ini").read_text()
    assert "theme=high-contrast" in text  # the key the theming code reads: ui/theme


def test_a_hand_edited_settings_file_with_nonsense_falls_back_to_defaults(tmp_path):
    (tmp_path / "settings.ini").write_text(
        "[defaults]\nallotted_seconds=soon\nwarning_seconds=99999\n"
        "[balance]\ndimensions=colour\n[ui]\nlanguage=klingon\ntheme=neon\n"
    )
    assert read_preferences(_settings(tmp_path)) == Preferences()


def dialog_for(qtbot, chosen: Preferences | None = None) -> PreferencesDialog:
    dialog = PreferencesDialog(chosen or Preferences())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    return dialog


def test_the_dialog_is_driven_by_the_keyboard_alone(qtbot):
    dialog = dialog_for(qtbot)
    assert dialog.focusWidget() is dialog.allotted_spin
    dialog.allotted_spin.selectAll()
    qtbot.keyClicks(dialog.allotted_spin, "150")
    qtbot.keyClick(dialog.allotted_spin, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.warning_spin
    dialog.warning_spin.selectAll()
    qtbot.keyClicks(dialog.warning_spin, "20")
    # Tab follows the screen: the tick boxes, then the language; Space clears a box.
    qtbot.keyClick(dialog.warning_spin, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.dimension_checks[Dimension.PARTICIPANT]
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Space)
    for _ in range(len(dialog.dimension_checks)):
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.language_combo
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("es"))
    chosen = dialog.chosen()
    assert (chosen.allotted_seconds, chosen.warning_seconds, chosen.language) == (150, 20, "es")
    assert Dimension.PARTICIPANT not in chosen.dimensions and Dimension.GENDER in chosen.dimensions


def test_every_control_has_a_name_and_every_mnemonic_is_used_once(qtbot):
    dialog = dialog_for(qtbot)
    controls = [w for w in dialog.findChildren(QWidget) if isinstance(w, (QSpinBox, QComboBox, QAbstractButton))]
    unnamed = [w for w in controls if not (w.accessibleName() or (isinstance(w, QAbstractButton) and w.text()))]
    assert not unnamed
    texts = [w.text() for w in dialog.findChildren(QWidget) if hasattr(w, "text") and isinstance(w.text(), str)]
    letters = [t[t.index("&") + 1].lower() for t in texts if "&" in t and not t.endswith("&")]
    assert len(letters) == len(set(letters)), letters


def test_the_languages_are_listed_by_their_own_names_after_the_system_choice(qtbot):
    dialog = dialog_for(qtbot)
    combo = dialog.language_combo
    items = [combo.itemText(i) for i in range(combo.count())]
    assert items[1:] == ["English", "Español", "Français"]
    assert combo.itemData(0) == i18n.SYSTEM


def test_the_last_balance_dimension_cannot_be_cleared(qtbot):
    dialog = dialog_for(qtbot, Preferences(dimensions=(Dimension.GENDER, Dimension.REGION)))
    dialog.dimension_checks[Dimension.REGION].setChecked(False)
    assert not dialog.dimension_checks[Dimension.GENDER].isEnabled()
    assert dialog.chosen().dimensions == (Dimension.GENDER,)


def test_a_stage_screen_that_is_not_plugged_in_stays_chosen(qtbot):
    dialog = dialog_for(qtbot, Preferences(screen="PROJECTOR-7"))
    assert dialog.chosen().screen == "PROJECTOR-7"
    assert "PROJECTOR-7" in dialog.screen_combo.currentText()


def accept_with(monkeypatch, **changes) -> None:
    def fill_in(dialog: PreferencesDialog) -> int:
        for name, value in changes.items():
            widget = getattr(dialog, name)
            if isinstance(widget, QSpinBox):
                widget.setValue(value)
            elif isinstance(widget, QComboBox):
                widget.setCurrentIndex(widget.findData(value))
            else:
                widget.setChecked(value)
        return 1

    monkeypatch.setattr(PreferencesDialog, "exec", fill_in)


def test_edit_menu_opens_preferences_with_ctrl_comma_and_the_choices_take_effect(window, monkeypatch):
    assert window.act["preferences"].shortcut() == QKeySequence("Ctrl+,")
    assert window.act["preferences"] in next(actions for name, actions in window.actions_by_menu if name == "&Edit")
    accept_with(monkeypatch, sound_check=True, allotted_spin=300, warning_spin=40)
    window.act["preferences"].trigger()
    assert window.stage.act_sound.isChecked()
    stored = read_preferences(window.settings)
    assert (stored.allotted_seconds, stored.warning_seconds, stored.sound) == (300, 40, True)
    assert "Preferences saved" in window.message_label.text()


def test_the_balance_panel_shows_only_the_chosen_dimensions(window, monkeypatch):
    def only_gender(dialog: PreferencesDialog) -> int:
        for dimension, check in dialog.dimension_checks.items():
            check.setChecked(dimension is Dimension.GENDER)
        return 1

    monkeypatch.setattr(PreferencesDialog, "exec", only_gender)
    window.act["preferences"].trigger()
    tabs = window.balance_panel.tabs
    visible = [tabs.tabText(i).split()[0] for i in range(tabs.count()) if tabs.isTabVisible(i)]
    assert visible == ["Gender"]
    assert tabs.currentIndex() == 2


def test_the_stage_menu_sound_cue_and_the_preference_are_one_setting(window):
    window.stage.act_sound.trigger()
    assert read_preferences(window.settings).sound is window.stage.act_sound.isChecked()


def test_a_new_session_starts_with_the_preferred_timings(window, monkeypatch):
    write_preferences(window.settings, Preferences(allotted_seconds=420, warning_seconds=60))
    seen = []

    def accept(dialog: SessionDialog) -> int:
        seen.append(dialog)
        dialog.accept()
        return 1

    monkeypatch.setattr(SessionDialog, "exec", accept)
    window.act["new"].trigger()
    session = window.bridge.console.snapshot.session
    assert (session.default_allotted_seconds, session.warning_seconds) == (420, 60)
    assert seen


def test_a_new_language_offers_a_restart_and_restart_now_closes_for_relaunch(window, monkeypatch, qtbot):
    accept_with(monkeypatch, language_combo="fr" if i18n.resolve(i18n.SYSTEM).language != "fr" else "es")

    def press_restart_now() -> None:
        box = QApplication.activeModalWidget()
        assert box is not None and "restarts" in box.text()
        next(b for b in box.buttons() if "Restart" in b.text()).click()

    QTimer.singleShot(0, press_restart_now)
    window.act["preferences"].trigger()
    assert window.restart_requested
    qtbot.waitUntil(lambda: not window.isVisible())


def test_the_same_language_asks_nothing(window, monkeypatch):
    asked = []
    monkeypatch.setattr(prefs, "ask_restart", lambda w: asked.append(w))
    accept_with(monkeypatch, warning_spin=25)
    window.act["preferences"].trigger()
    assert not asked and not window.restart_requested


def test_the_restart_command_runs_the_same_app_with_the_same_arguments(monkeypatch):
    argv = ["/usr/bin/moderator-app", "--data-dir", "/tmp/x"]
    assert prefs.restart_command(argv) == [sys.executable, "-m", "moderator_app", "--data-dir", "/tmp/x"]
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert prefs.restart_command(argv) == [sys.executable, "--data-dir", "/tmp/x"]


@pytest.mark.parametrize("value", ["system", "light", "dark", "high-contrast"])
def test_each_colour_scheme_is_stored_under_ui_theme(qtbot, tmp_path, value):
    dialog = dialog_for(qtbot)
    dialog.theme_combo.setCurrentIndex(dialog.theme_combo.findData(value))
    settings = _settings(tmp_path)
    write_preferences(settings, dialog.chosen())
    assert settings.value("ui/theme") == value
