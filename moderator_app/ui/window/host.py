"""What the parts of the main window ask of it, as small protocols instead of the concrete window.

A handler, a bar or a dialog that took ``MainWindow`` itself imported the module that builds it, so
every module of the window's neighbourhood was in one import circle, and each could reach anything
the window held. Each consumer now names what it uses: the protocols here, or one next to the
consumer when it needs a handler's type (``CommandsHost`` in handlers/live.py…). The window
satisfies them all; tests can hand a consumer something smaller.

``window()`` is Qt's own ``QWidget.window()``: the window as a widget, the parent of a dialog, the
thing raised and activated. Everything else a consumer needs is a named attribute here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QDockWidget, QWidget

    from moderator_app.ui.bridge import ConsoleBridge
    from moderator_app.ui.widgets.balance_panel import BalancePanel
    from moderator_app.ui.widgets.notes_panel import NotesPanel
    from moderator_app.ui.widgets.panels import HistoryPanel, QueuePanel, RosterPanel
    from moderator_app.ui.widgets.remote_panel import RemotePanel
    from moderator_app.ui.widgets.timer_panel import TimerPanel


class WindowHost(Protocol):
    """What every part asks of the window: the open session's bridge, the settings, the status bar."""

    @property
    def bridge(self) -> ConsoleBridge: ...

    @property
    def settings(self) -> QSettings: ...

    def show_message(self, text: str, is_error: bool) -> None: ...

    def window(self) -> QWidget: ...


class TimerHost(WindowHost, Protocol):
    """A part that gives the keyboard back to the timer when it is done (the suspend bar)."""

    def focus_timer(self) -> None: ...


class TickHost(WindowHost, Protocol):
    """A part that has the clocks shown again at once when what it adds to them changes (the stage)."""

    def tick(self) -> None: ...


class PanelsHost(TimerHost, Protocol):
    """The panels and their docks, for moving the keyboard between them (F6, F7) and the guide."""

    @property
    def timer_panel(self) -> TimerPanel: ...

    @property
    def roster_panel(self) -> RosterPanel: ...

    @property
    def queue_panel(self) -> QueuePanel: ...

    @property
    def remote_panel(self) -> RemotePanel: ...

    @property
    def balance_panel(self) -> BalancePanel: ...

    @property
    def history_panel(self) -> HistoryPanel: ...

    @property
    def notes_panel(self) -> NotesPanel: ...

    @property
    def roster_dock(self) -> QDockWidget: ...

    @property
    def queue_dock(self) -> QDockWidget: ...

    @property
    def remote_dock(self) -> QDockWidget: ...

    @property
    def balance_dock(self) -> QDockWidget: ...

    @property
    def history_dock(self) -> QDockWidget: ...

    @property
    def notes_dock(self) -> QDockWidget: ...
