"""Window layouts: the default one, sized to the window, and one per role from View → Layout.

The docks are first put back where the window built them (any dock moved, floated or closed comes
home), then sized for the role: the moderator's timer and queue, the online moderator's remote
queue, the rapporteur's notes. Sizes are fractions of the window, so each panel shows a useful
number of rows from 1366 × 768 to 1920 × 1080.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from moderator_app.system.settings import LAYOUT_ROLE, read, write
from moderator_app.ui.common.accessibility import fitting_widths

if TYPE_CHECKING:
    from moderator_app.ui.window.main_window import MainWindow

MODERATOR, ONLINE_MODERATOR, RAPPORTEUR = "moderator", "online_moderator", "rapporteur"
#: The role last chosen from View → Layout: its corners are set again at the next start.


@dataclass(frozen=True, slots=True)
class RoleLayout:
    """Shares of the window's height; which tab of each stacked pair is in front."""

    bottom: float  # the interventions and notes under the timer
    queue: float  # the queue (or remote queue) over the balance, as a share of the right column
    front_right: str  # "queue" or "remote"
    front_bottom: str  # "history" or "notes"


LAYOUTS = {
    MODERATOR: RoleLayout(bottom=0.3, queue=0.45, front_right="queue", front_bottom="history"),
    ONLINE_MODERATOR: RoleLayout(bottom=0.3, queue=0.6, front_right="remote", front_bottom="history"),
    RAPPORTEUR: RoleLayout(bottom=0.5, queue=0.4, front_right="queue", front_bottom="notes"),
}


def set_corners(window: MainWindow, role: str) -> None:
    """Who owns the bottom corners: the side columns (they then run the window's full height, and
    the panels under the timer take room from the timer only), or, for the rapporteur, the notes
    (as wide as the window, for the text being written)."""
    wide_notes = role == RAPPORTEUR
    for corner, side in (
        (Qt.Corner.BottomLeftCorner, Qt.DockWidgetArea.LeftDockWidgetArea),
        (Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea),
    ):
        window.setCorner(corner, Qt.DockWidgetArea.BottomDockWidgetArea if wide_notes else side)


def saved_role(window: MainWindow) -> str:
    """The role whose layout was last chosen (the moderator's until one is)."""
    role = read(window.settings, LAYOUT_ROLE)
    return role if role in LAYOUTS else MODERATOR


def apply_layout(window: MainWindow, role: str = MODERATOR) -> None:
    """Put every dock back in its place and size the window's panels for ``role``."""
    layout = LAYOUTS[role]
    window.restoreState(window.built_state)  # home again: docks moved, floated or closed
    set_corners(window, role)
    write(window.settings, LAYOUT_ROLE, role)
    height = window.height()
    side = max(280, min(420, window.width() // 4))
    left, right = fitting_widths(
        window.width(),
        side,
        [window.roster_dock],
        [window.queue_dock, window.remote_dock, window.balance_dock],
        centre=max(480, window.centralWidget().minimumSizeHint().width()),  # room for the session clock
    )
    if role == RAPPORTEUR:
        left = max(240, left * 3 // 4)  # the roster matters less than the notes being taken
    window.resizeDocks([window.roster_dock, window.queue_dock], [left, right], Qt.Orientation.Horizontal)
    window.resizeDocks([window.history_dock], [max(200, int(height * layout.bottom))], Qt.Orientation.Vertical)
    column = height - 80  # the right column runs from the toolbar to the status bar
    queue = int(column * layout.queue)
    window.resizeDocks([window.queue_dock, window.balance_dock], [queue, column - queue], Qt.Orientation.Vertical)
    (window.remote_dock if layout.front_right == "remote" else window.queue_dock).raise_()
    (window.notes_dock if layout.front_bottom == "notes" else window.history_dock).raise_()


def layout_menu(window: MainWindow) -> QMenu:
    """View → Layout: one arrangement per role, each a click (or two keys) away."""
    translate = QCoreApplication.translate
    menu = QMenu(translate("role_layouts", "&Layout"), window)
    for role, text, tip in (
        (
            MODERATOR,
            translate("role_layouts", "For the &moderator"),
            translate("role_layouts", "Timer, roster, queue and balance; the interventions under the timer"),
        ),
        (
            ONLINE_MODERATOR,
            translate("role_layouts", "For the &online moderator"),
            translate("role_layouts", "The remote queue in front and taller; the interventions under the timer"),
        ),
        (
            RAPPORTEUR,
            translate("role_layouts", "For the &rapporteur"),
            translate("role_layouts", "The notes in front, with half the window's height; a narrower roster"),
        ),
    ):
        action = QAction(text, menu)
        action.setStatusTip(tip)
        action.setToolTip(tip)
        action.triggered.connect(lambda _checked=False, role=role: apply_layout(window, role))
        menu.addAction(action)
    return menu
