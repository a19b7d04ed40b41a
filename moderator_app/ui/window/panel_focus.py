"""Keys that put the focus on a panel: F6 and Shift+F6 go round the panels, F7 goes to the queue."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QDockWidget, QWidget

if TYPE_CHECKING:
    from moderator_app.ui.window.host import PanelsHost


def panels(window: PanelsHost) -> list[tuple[QDockWidget | None, QWidget]]:
    """Each panel in screen order as (its dock, or None for the centre; the widget that takes the keys).

    A panel closed from the View menu is left out; one stacked behind another (the remote queue
    behind the queue) stays in and is brought to the front when its turn comes.
    """
    every: list[tuple[QDockWidget | None, QWidget]] = [
        (None, window.timer_panel),
        (window.roster_dock, window.roster_panel.view),
        (window.queue_dock, window.queue_panel.view),
        (window.remote_dock, window.remote_panel.view),
        (window.balance_dock, window.balance_panel.tabs),
        (window.history_dock, window.history_panel.view),
        (window.notes_dock, window.notes_panel.view),
    ]
    return [(dock, target) for dock, target in every if dock is None or dock.toggleViewAction().isChecked()]


def _current(window: PanelsHost, shown: list[tuple[QDockWidget | None, QWidget]]) -> int:
    focused = QApplication.focusWidget()
    for index, (dock, _target) in enumerate(shown):
        if dock is not None and focused is not None and dock.isAncestorOf(focused):
            return index
    return 0  # the timer, the quick note and the session bar are all the centre


def focus_panel(dock: QDockWidget | None, target: QWidget) -> None:
    """Bring the panel to the front and give its table (or tabs, or the timer) the keyboard."""
    if dock is not None:
        dock.raise_()  # a panel stacked behind another comes to the front
    target.setFocus(Qt.FocusReason.ShortcutFocusReason)
    if isinstance(target, QAbstractItemView) and not target.currentIndex().isValid():
        model = target.model()
        if model is not None and model.rowCount() > 0:
            # A row under the cursor at once, so Del, Alt+Up or F2 act without a first arrow key.
            target.setCurrentIndex(model.index(0, 0))


def raise_on_focus(window: PanelsHost) -> None:
    """When Tab (or a click, or a key) puts the focus in a panel stacked behind another, show that panel.

    Qt moves the panels behind a tab out of sight rather than hiding them, so Tab could walk through
    the remote queue's fields while the queue was in front: typing into fields nobody could see.
    """

    def follow(_old: QWidget | None, new: QWidget | None) -> None:
        if new is None or new.window() is not window.window():
            return
        for dock, _target in panels(window):
            if dock is not None and dock.isAncestorOf(new) and dock.visibleRegion().isEmpty():
                dock.raise_()
                return

    app = QApplication.instance()
    if isinstance(app, QApplication):
        app.focusChanged.connect(follow)
        # The connection ends with the window: a window closed and rebuilt does not leave one behind.
        window.window().destroyed.connect(lambda *_: app.focusChanged.disconnect(follow))


def cycle_panels(window: PanelsHost, step: int) -> None:
    """F6 (step 1) or Shift+F6 (step -1): the next or the previous panel, round and round."""
    shown = panels(window)
    dock, target = shown[(_current(window, shown) + step) % len(shown)]
    focus_panel(dock, target)


def focus_queue(window: PanelsHost) -> None:
    """F7: the queue table, where Del withdraws and Alt+Up / Alt+Down move (shown again if it was closed)."""
    if not window.queue_dock.toggleViewAction().isChecked():
        window.queue_dock.show()
    focus_panel(window.queue_dock, window.queue_panel.view)
