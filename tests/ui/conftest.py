"""A main window on the demo session, driven by a fake clock."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from moderator_app.services.console import SessionConsole
from moderator_app.system.resources import countries, regions
from moderator_app.ui.bridge import ConsoleBridge
from moderator_app.ui.handlers.live import AppContext
from moderator_app.ui.window.main_window import MainWindow


@pytest.fixture
def make_window(qtbot, console: SessionConsole, library, tmp_path: Path) -> Iterator[Callable[[], MainWindow]]:
    windows: list[MainWindow] = []

    def build() -> MainWindow:
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        context = AppContext(library, countries(), regions())
        window = MainWindow(ConsoleBridge(console), context, settings)
        window.tick_timer.stop()  # tests call tick() after moving the fake clock
        window.layout_timer.stop()
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        window.focus_timer()
        windows.append(window)
        return window

    yield build


@pytest.fixture
def window(make_window) -> MainWindow:
    return make_window()
