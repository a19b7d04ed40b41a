"""ui/after_paint.py: work kept from the start runs right after the window's first paint, or soon anyway."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from moderator_app.ui.window import after_paint
from moderator_app.ui.window.after_paint import after_first_paint


def test_the_work_runs_once_after_the_first_paint_and_later_work_runs_too(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    ran: list[str] = []
    after_first_paint(widget, lambda: ran.append("server"))
    after_first_paint(widget, lambda: ran.append("second"))
    assert ran == []  # nothing before the window has painted
    widget.show()
    qtbot.waitUntil(lambda: ran == ["server", "second"])
    widget.update()
    qtbot.wait(50)
    assert ran == ["server", "second"]  # a later paint does not run it again
    after_first_paint(widget, lambda: ran.append("late"))
    qtbot.waitUntil(lambda: ran == ["server", "second", "late"])


def test_a_window_that_is_never_painted_still_gets_the_work_done(qtbot, monkeypatch):
    monkeypatch.setattr(after_paint, "AT_THE_LATEST_MS", 50)
    widget = QWidget()  # never shown, as a window started minimised may never be painted
    qtbot.addWidget(widget)
    ran: list[str] = []
    after_first_paint(widget, lambda: ran.append("server"))
    qtbot.waitUntil(lambda: ran == ["server"], timeout=2000)
