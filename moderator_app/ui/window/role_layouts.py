"""Window layouts: the default one, sized to the window, and one per role from View → Layout.

The docks are first put back where the window built them (any dock moved, floated or closed comes
home), then sized for the role: the moderator's timer and queue, the online moderator's remote
queue, the rapporteur's notes. Sizes are fractions of the window, so each panel shows a useful
number of rows from 1366 × 768 to 1920 × 1080.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu

from moderator_app.system.settings import LAYOUT_ROLE, read, write
from moderator_app.ui.common.accessibility import fitting_widths

if TYPE_CHECKING:
    from moderator_app.ui.window.host import PanelsHost

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


class RoleLayouts:
    """View → Layout for one window: its docks put back home, then sized for a role."""

    def __init__(self, window: QMainWindow, panels: PanelsHost) -> None:
        self.window = window
        self.panels = panels
        #: The docks as built, before any saved arrangement: every layout starts from it (see remember_built).
        self.built_state = QByteArray()

    def remember_built(self) -> None:
        """Call once the docks are built, before a saved arrangement is restored over them."""
        self.built_state = self.window.saveState()

    def set_corners(self, role: str) -> None:
        """Who owns the bottom corners: the side columns (they then run the window's full height, and
        the panels under the timer take room from the timer only), or, for the rapporteur, the notes
        (as wide as the window, for the text being written)."""
        wide_notes = role == RAPPORTEUR
        for corner, side in (
            (Qt.Corner.BottomLeftCorner, Qt.DockWidgetArea.LeftDockWidgetArea),
            (Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea),
        ):
            self.window.setCorner(corner, Qt.DockWidgetArea.BottomDockWidgetArea if wide_notes else side)

    def saved_role(self) -> str:
        """The role whose layout was last chosen (the moderator's until one is)."""
        role = read(self.panels.settings, LAYOUT_ROLE)
        return role if role in LAYOUTS else MODERATOR

    def apply(self, role: str = MODERATOR) -> None:
        """Put every dock back in its place and size the window's panels for ``role``."""
        window, panels = self.window, self.panels
        layout = LAYOUTS[role]
        window.restoreState(self.built_state)  # home again: docks moved, floated or closed
        self.set_corners(role)
        write(panels.settings, LAYOUT_ROLE, role)
        height = window.height()
        side = max(280, min(420, window.width() // 4))
        central = window.centralWidget()
        left, right = fitting_widths(
            window.width(),
            side,
            [panels.roster_dock],
            [panels.queue_dock, panels.remote_dock, panels.balance_dock],
            # room for the session clock
            centre=max(480, central.minimumSizeHint().width() if central is not None else 0),
        )
        if role == RAPPORTEUR:
            left = max(240, left * 3 // 4)  # the roster matters less than the notes being taken
        window.resizeDocks([panels.roster_dock, panels.queue_dock], [left, right], Qt.Orientation.Horizontal)
        window.resizeDocks([panels.history_dock], [max(200, int(height * layout.bottom))], Qt.Orientation.Vertical)
        column = height - 80  # the right column runs from the toolbar to the status bar
        queue = int(column * layout.queue)
        window.resizeDocks([panels.queue_dock, panels.balance_dock], [queue, column - queue], Qt.Orientation.Vertical)
        (panels.remote_dock if layout.front_right == "remote" else panels.queue_dock).raise_()
        (panels.notes_dock if layout.front_bottom == "notes" else panels.history_dock).raise_()

    def menu(self) -> QMenu:
        """View → Layout: one arrangement per role, each a click (or two keys) away."""
        translate = QCoreApplication.translate
        menu = QMenu(translate("role_layouts", "&Layout"), self.window)
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
            action.triggered.connect(lambda _checked=False, role=role: self.apply(role))
            menu.addAction(action)
        return menu
