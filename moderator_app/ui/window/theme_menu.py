"""View → Colour scheme: radio actions that switch the theme live and remember the choice."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from moderator_app.system.settings import THEME, write
from moderator_app.ui.common import theme


class ColourSchemeMenu(QMenu):
    """One checkable action per scheme; choosing one applies it at once and saves it under ``ui/theme``."""

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Colour &scheme"), parent)
        self.settings = settings
        self.group = QActionGroup(self)
        self.group.setExclusive(True)
        texts = {
            "system": (self.tr("Follow the &system"), self.tr("Light or dark, as the desktop is set")),
            "light": (self.tr("&Light"), self.tr("Dark text on a light background")),
            "dark": (self.tr("&Dark"), self.tr("Light text on a dark background, easier in a dim room")),
            "high-contrast": (
                self.tr("&High contrast"),
                self.tr("White on black with bold colours and a cyan focus ring"),
            ),
        }
        self.by_choice: dict[str, QAction] = {}
        for choice in theme.CHOICES:
            text, tip = texts[choice]
            action = QAction(text, self)
            action.setCheckable(True)
            action.setData(choice)
            action.setStatusTip(tip)
            action.setToolTip(tip)
            action.triggered.connect(lambda _checked=False, value=choice: self.choose(value))
            self.group.addAction(action)
            self.addAction(action)
            self.by_choice[choice] = action
        self.by_choice[theme.current_choice()].setChecked(True)
        theme.notifier().changed.connect(self._sync)

    def choose(self, choice: str) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            theme.apply(app, choice)
        write(self.settings, THEME, choice)
        self.settings.sync()
        self._sync()

    def _sync(self) -> None:
        action = self.by_choice.get(theme.current_choice())
        if action is not None and not action.isChecked():
            action.setChecked(True)
