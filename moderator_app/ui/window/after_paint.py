"""Work that the first screen does not need runs once the window has painted, so the window shows sooner."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QWidget

#: A window that is not painted soon (started minimised, on a hidden desktop) runs the work anyway.
AT_THE_LATEST_MS = 2000


class _AfterFirstPaint(QObject):
    """Runs the callbacks from the event loop right after ``widget``'s first paint, once, in order."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.painted = False
        self.callbacks: list[Callable[[], object]] = []
        widget.installEventFilter(self)
        QTimer.singleShot(AT_THE_LATEST_MS, self, self._at_the_latest)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.painted:
            self._start()
        return False

    def _at_the_latest(self) -> None:
        if not self.painted:
            self._start()

    def _start(self) -> None:
        self.painted = True
        widget = self.parent()
        if widget is not None:
            widget.removeEventFilter(self)
        QTimer.singleShot(0, self, self._run)

    def _run(self) -> None:
        callbacks, self.callbacks = self.callbacks, []
        for callback in callbacks:
            callback()


def after_first_paint(widget: QWidget, callback: Callable[[], object]) -> None:
    """Call ``callback`` once ``widget`` has painted for the first time (soon after it is shown), or
    AT_THE_LATEST_MS after the first such request if it has not."""
    # One hook per widget, its child (found again by type, not kept on the widget as an attribute).
    hook = widget.findChild(_AfterFirstPaint, options=Qt.FindChildOption.FindDirectChildrenOnly)
    if hook is None:
        hook = _AfterFirstPaint(widget)
    hook.callbacks.append(callback)
    if hook.painted:  # painted already: on the next turn of the event loop
        QTimer.singleShot(0, hook, hook._run)
