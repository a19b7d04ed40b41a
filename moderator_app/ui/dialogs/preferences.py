"""Edit → Preferences: the defaults a moderator sets once, kept in the app's settings file (QSettings)."""

from __future__ import annotations

import sys
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from moderator_app.domain.balance import DIMENSIONS, Dimension
from moderator_app.domain.session import Session
from moderator_app.system import i18n
from moderator_app.system import settings as settings_file
from moderator_app.system.settings import read, write
from moderator_app.ui.common import labels, theme
from moderator_app.ui.common.accessibility import describe, describe_buttons
from moderator_app.ui.common.message_box import plain_box
from moderator_app.ui.window.host import WindowHost

if TYPE_CHECKING:
    from moderator_app.ui.stage.controller import StageController
    from moderator_app.ui.widgets.balance_panel import BalancePanel


class PreferencesHost(WindowHost, Protocol):
    """What the preferences change in the window at once, and the restart a new language asks for."""

    @property
    def balance_panel(self) -> BalancePanel: ...

    @property
    def stage(self) -> StageController: ...

    #: Set before the window closes for a restart in the new language (app.py starts it again).
    restart_requested: bool


THEMES = theme.CHOICES


@dataclass(frozen=True)
class Preferences:
    """What Preferences edits; the defaults are the settings' own (system/settings.py)."""

    allotted_seconds: int = settings_file.ALLOTTED_SECONDS.default
    warning_seconds: int = settings_file.WARNING_SECONDS.default
    dimensions: tuple[Dimension, ...] = settings_file.BALANCE_DIMENSIONS.default
    language: str = settings_file.LANGUAGE.default
    sound: bool = settings_file.STAGE_SOUND.default
    screen: str = settings_file.STAGE_SCREEN.default
    theme: str = settings_file.THEME.default


def read_preferences(settings: QSettings) -> Preferences:
    """The stored preferences; anything missing or unreadable (a hand-edited file) falls back to its default."""
    theme = read(settings, settings_file.THEME)
    return Preferences(
        allotted_seconds=read(settings, settings_file.ALLOTTED_SECONDS),
        warning_seconds=read(settings, settings_file.WARNING_SECONDS),
        dimensions=read(settings, settings_file.BALANCE_DIMENSIONS),
        language=i18n.chosen_setting(settings),
        sound=read(settings, settings_file.STAGE_SOUND),
        screen=read(settings, settings_file.STAGE_SCREEN),
        theme=theme if theme in THEMES else "system",
    )


def write_preferences(settings: QSettings, preferences: Preferences) -> None:
    write(settings, settings_file.ALLOTTED_SECONDS, preferences.allotted_seconds)
    write(settings, settings_file.WARNING_SECONDS, preferences.warning_seconds)
    write(settings, settings_file.BALANCE_DIMENSIONS, preferences.dimensions)
    write(settings, settings_file.LANGUAGE, preferences.language)
    write(settings, settings_file.STAGE_SOUND, preferences.sound)
    write(settings, settings_file.STAGE_SCREEN, preferences.screen)
    write(settings, settings_file.THEME, preferences.theme)
    settings.sync()


def with_session_defaults(session: Session, preferences: Preferences) -> Session:
    """A new session (File → New, an imported proposal) with the moderator's default timings."""
    return replace(
        session,
        default_allotted_seconds=preferences.allotted_seconds,
        warning_seconds=min(preferences.warning_seconds, preferences.allotted_seconds),
    )


class PreferencesDialog(QDialog):
    """One form: new sessions' timings, the balance panel, language, stage display and colours."""

    def __init__(self, preferences: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.preferences = preferences

        self.allotted_spin = self._spin(
            self.tr("Default speaking time"), settings_file.ALLOTTED_RANGE, preferences.allotted_seconds
        )
        describe(self.allotted_spin, self.tr("Seconds each speaker gets in a new session, from 10 to 3600"))
        self.warning_spin = self._spin(
            self.tr("Warning before the end"), settings_file.WARNING_RANGE, preferences.warning_seconds
        )
        describe(self.warning_spin, self.tr("Seconds before the end when the timer warns the speaker, from 0 to 600"))
        sessions = QGroupBox(self.tr("New sessions"), self)
        sessions_form = QFormLayout(sessions)
        sessions_form.addRow(self.tr("Default &speaking time:"), self.allotted_spin)
        sessions_form.addRow(self.tr("&Warning before the end:"), self.warning_spin)
        sessions_note = QLabel(self.tr("Sessions you already have keep their own times (Edit → Session details)."))
        sessions_note.setWordWrap(True)
        sessions_form.addRow(sessions_note)

        balance = QGroupBox(self.tr("Balance panel: show the balance by"), self)
        balance_layout = QVBoxLayout(balance)
        self.dimension_checks: dict[Dimension, QCheckBox] = {}
        for dimension in DIMENSIONS:
            text = labels.dimension_titles(dimension).choice
            check = QCheckBox(text, balance)
            check.setAccessibleName(text.replace("&", ""))
            check.setAccessibleDescription(self.tr("Show this tab in the Balance panel; at least one stays"))
            check.setChecked(dimension in preferences.dimensions)
            check.toggled.connect(self._keep_one_dimension)
            balance_layout.addWidget(check)
            self.dimension_checks[dimension] = check

        self.language_combo = QComboBox(self)
        self.language_combo.setAccessibleName(self.tr("Language"))
        self.language_combo.setAccessibleDescription(
            self.tr("The language of the interface; a new one takes effect when the app restarts")
        )
        self.language_combo.addItem(self.tr("System language (%1)").replace("%1", self._system_language()), i18n.SYSTEM)
        for code, native in i18n.LANGUAGES.items():
            self.language_combo.addItem(native, code)
        self._select(self.language_combo, preferences.language)
        self.theme_combo = QComboBox(self)
        self.theme_combo.setAccessibleName(self.tr("Colour scheme"))
        self.theme_combo.setAccessibleDescription(self.tr("The window's colours; they change when you press OK"))
        for value, text in zip(
            THEMES,
            (self.tr("Follow the system"), self.tr("Light"), self.tr("Dark"), self.tr("High contrast")),
            strict=True,
        ):
            self.theme_combo.addItem(text, value)
        self._select(self.theme_combo, preferences.theme)
        appearance = QGroupBox(self.tr("Language and appearance"), self)
        appearance_form = QFormLayout(appearance)
        appearance_form.addRow(self.tr("&Language:"), self.language_combo)
        appearance_form.addRow(self.tr("&Colour scheme:"), self.theme_combo)

        self.screen_combo = QComboBox(self)
        self.screen_combo.setAccessibleName(self.tr("Screen for the stage display"))
        self.screen_combo.setAccessibleDescription(
            self.tr("The screen the stage display opens on, such as the projector")
        )
        self.screen_combo.addItem(self.tr("Let the system choose"), "")
        for screen in QGuiApplication.screens():
            size = screen.geometry()
            self.screen_combo.addItem(f"{screen.name()}  ({size.width()}×{size.height()})", screen.name())
        if preferences.screen and self.screen_combo.findData(preferences.screen) < 0:
            # A projector that is not plugged in now: keep the choice for when it is.
            self.screen_combo.addItem(
                self.tr("%1 (not connected)").replace("%1", preferences.screen), preferences.screen
            )
        self._select(self.screen_combo, preferences.screen)
        self.sound_check = QCheckBox(self.tr("Sound c&ue at warning and at time up"), self)
        self.sound_check.setAccessibleName(self.tr("Sound cue at warning and at time up"))
        self.sound_check.setAccessibleDescription(
            self.tr("A short system sound when a speaker reaches the warning and the end of their time")
        )
        self.sound_check.setChecked(preferences.sound)
        stage = QGroupBox(self.tr("Stage display"), self)
        stage_form = QFormLayout(stage)
        stage_form.addRow(self.tr("Scree&n:"), self.screen_combo)
        stage_form.addRow(self.sound_check)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        describe_buttons(buttons)
        layout = QVBoxLayout(self)
        for box in (sessions, balance, appearance, stage):
            layout.addWidget(box)
        layout.addWidget(buttons)
        self.allotted_spin.setFocus(Qt.FocusReason.OtherFocusReason)

    def _spin(self, name: str, limits: tuple[int, int], value: int) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setRange(*limits)
        spin.setSuffix(self.tr(" s"))
        spin.setSingleStep(10)
        spin.setValue(value)
        spin.setAccessibleName(name)
        return spin

    @staticmethod
    def _select(combo: QComboBox, value: str) -> None:
        index = combo.findData(value)
        combo.setCurrentIndex(max(index, 0))

    @staticmethod
    def _system_language() -> str:
        choice = i18n.resolve(i18n.SYSTEM)
        return i18n.LANGUAGES[choice.language]

    def _keep_one_dimension(self) -> None:
        """At least one dimension stays shown: the last ticked box cannot be cleared."""
        checked = [check for check in self.dimension_checks.values() if check.isChecked()]
        for check in self.dimension_checks.values():
            check.setEnabled(len(checked) > 1 or not check.isChecked())

    def chosen(self) -> Preferences:
        return Preferences(
            allotted_seconds=self.allotted_spin.value(),
            warning_seconds=self.warning_spin.value(),
            dimensions=tuple(d for d, check in self.dimension_checks.items() if check.isChecked()) or DIMENSIONS,
            language=str(self.language_combo.currentData()),
            sound=self.sound_check.isChecked(),
            screen=str(self.screen_combo.currentData() or ""),
            theme=str(self.theme_combo.currentData()),
        )


def apply_preferences(window: PreferencesHost, preferences: Preferences) -> None:
    """What takes effect at once: the balance tabs, the colour scheme, and the stage's sound cue and screen."""
    window.balance_panel.set_visible_dimensions(preferences.dimensions)
    app = QApplication.instance()
    if isinstance(app, QApplication) and preferences.theme != theme.current_choice():
        theme.apply(app, preferences.theme)  # View → Colour scheme follows through the theme's notifier
    stage = window.stage
    stage.act_sound.setChecked(preferences.sound)
    display = stage.display
    if preferences.screen and display is not None and display.isVisible():
        screen = next((s for s in QGuiApplication.screens() if s.name() == preferences.screen), None)
        if screen is not None and display.screen() is not screen:
            stage.show_on(screen)


def open_preferences(window: PreferencesHost) -> None:
    """Edit → Preferences…: store what the moderator chose, apply it, offer a restart for a new language."""
    before = read_preferences(window.settings)
    dialog = PreferencesDialog(before, window.window())
    if not dialog.exec():
        return
    chosen = dialog.chosen()
    write_preferences(window.settings, chosen)
    apply_preferences(window, chosen)
    window.show_message(QCoreApplication.translate("PreferencesDialog", "Preferences saved."), False)
    if i18n.resolve(chosen.language).language != i18n.resolve(before.language).language:
        ask_restart(window)


def ask_restart(window: PreferencesHost) -> None:
    box = plain_box(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("PreferencesDialog", "Language"),
        "",
        window.window(),
        QMessageBox.StandardButton.NoButton,
    )
    box.setText(
        QCoreApplication.translate(
            "PreferencesDialog",
            "The new language takes effect when moderator-app restarts. Everything is saved, so restarting "
            "loses nothing.",
        )
    )
    restart = box.addButton(
        QCoreApplication.translate("PreferencesDialog", "&Restart now"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QCoreApplication.translate("PreferencesDialog", "&Later"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    if box.clickedButton() is restart:
        window.restart_requested = True
        window.window().close()


def restart_command(argv: list[str] | None = None) -> list[str]:
    """How to start this app again with the same arguments (a PyInstaller bundle is its own executable)."""
    argv = list(sys.argv if argv is None else argv)
    if getattr(sys, "frozen", False):
        return [sys.executable, *argv[1:]]
    return [sys.executable, "-m", "moderator_app", *argv[1:]]
