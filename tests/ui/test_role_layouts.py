"""The default layout and the per-role layouts show a useful amount of every panel at common screen sizes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QScrollArea

from moderator_app.ui.window import role_layouts

SIZES = [(1366, 768), (1920, 1080)]


def _in_front(dock) -> bool:
    """Whether ``dock`` is the shown one of the docks stacked with it (the others are moved out of sight)."""
    return not dock.visibleRegion().isEmpty()


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def _rows(view) -> float:
    return view.viewport().height() / view.verticalHeader().defaultSectionSize()


def _bars_fully_shown(window) -> bool:
    bars = window.balance_panel.bars
    area = next(a for a in window.balance_panel.findChildren(QScrollArea) if a.widget() is bars)
    return area.viewport().height() >= bars.sizeHint().height()


def _layout(window, size, role=role_layouts.MODERATOR) -> None:
    window.resize(*size)
    _settle()
    window.layouts.apply(role)
    _settle()


@pytest.mark.parametrize("size", SIZES, ids=["1366x768", "1920x1080"])
def test_the_default_layout_shows_rows_of_every_panel(qtbot, window, size):
    _layout(window, size)
    assert _rows(window.history_panel.view) >= 4
    assert _rows(window.queue_panel.view) >= 6
    assert _rows(window.roster_panel.view) >= 12
    assert _bars_fully_shown(window)  # every group's bar, no scrolling
    window.notes_dock.raise_()
    _settle()
    assert _rows(window.notes_panel.view) >= 3
    timer = window.timer_panel
    assert timer.time_label.font().pixelSize() >= 80  # still readable from the chair


@pytest.mark.parametrize("size", SIZES, ids=["1366x768", "1920x1080"])
def test_the_rapporteur_layout_puts_the_notes_in_front_with_more_rows(qtbot, window, size):
    _layout(window, size)
    window.notes_dock.raise_()
    _settle()
    moderator_rows = _rows(window.notes_panel.view)
    _layout(window, size, role_layouts.RAPPORTEUR)
    assert _in_front(window.notes_dock) and not _in_front(window.history_dock)
    # More of the notes being taken than the chair's layout shows, and a useful number on any screen.
    assert _rows(window.notes_panel.view) >= max(6, moderator_rows + 1)


def test_the_online_moderator_layout_puts_the_remote_queue_in_front(qtbot, window):
    _layout(window, (1366, 768), role_layouts.ONLINE_MODERATOR)
    assert _in_front(window.remote_dock) and not _in_front(window.queue_dock)
    assert window.remote_dock.height() > window.balance_dock.height()


def test_a_layout_brings_moved_and_closed_panels_home(qtbot, window):
    window.balance_dock.setFloating(True)
    window.notes_dock.close()
    _layout(window, (1366, 768))
    assert not window.balance_dock.isFloating()
    assert window.notes_dock.toggleViewAction().isChecked()
    assert window.dockWidgetArea(window.balance_dock) == Qt.DockWidgetArea.RightDockWidgetArea


def test_the_view_menu_offers_a_layout_per_role(qtbot, window):
    actions = window.layout_menu.actions()
    assert [a.text().replace("&", "") for a in actions] == [
        "For the moderator",
        "For the online moderator",
        "For the rapporteur",
    ]
    window.resize(1366, 768)
    _settle()
    actions[2].trigger()
    _settle()
    assert _in_front(window.notes_dock)


def test_a_long_remote_question_takes_at_most_three_lines(qtbot, window, console):
    console.add_remote(name="Verbose Remote", platform="Zoom", text="A long question about funding. " * 40)
    window.refresher.refresh()
    _settle()
    view = window.remote_panel.view
    assert view.rowHeight(0) <= view.fontMetrics().lineSpacing() * 3 + 10


def test_the_rapporteur_s_notes_are_as_wide_as_the_window_and_stay_so_after_a_restart(qtbot, make_window):
    window = make_window()
    _layout(window, (1366, 768), role_layouts.RAPPORTEUR)
    assert window.notes_dock.width() >= 0.9 * window.width()
    again = make_window()  # the same settings file: the next start
    assert again.corner(Qt.Corner.BottomLeftCorner) == Qt.DockWidgetArea.BottomDockWidgetArea
    _layout(again, (1366, 768), role_layouts.MODERATOR)
    assert again.corner(Qt.Corner.BottomLeftCorner) == Qt.DockWidgetArea.LeftDockWidgetArea
    assert again.roster_dock.height() > 0.8 * again.centralWidget().height()  # the roster runs full height
