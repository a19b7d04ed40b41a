"""Work that the first screen does not need runs once the window has painted (issue 9: start-up)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _AfterFirstPaint(QObject):
    """Runs the callbacks from the event loop right after ``widget``'s first paint, once, in order."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.painted = False
        self.callbacks: list[Callable[[], object]] = []
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.painted:
            self.painted = True
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._run)
        return False

    def _run(self) -> None:
        callbacks, self.callbacks = self.callbacks, []
        for callback in callbacks:
            callback()


def after_first_paint(widget: QWidget, callback: Callable[[], object]) -> None:
    """Call ``callback`` once ``widget`` has painted for the first time (soon after it is shown)."""
    hook = getattr(widget, "_after_first_paint", None)
    if hook is None:
        hook = widget._after_first_paint = _AfterFirstPaint(widget)  # type: ignore[attr-defined]
    hook.callbacks.append(callback)
    if hook.painted:  # painted already: on the next turn of the event loop
        QTimer.singleShot(0, hook._run)
