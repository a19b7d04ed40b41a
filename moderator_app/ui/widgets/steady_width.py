"""A toolbar button whose words change keeps one width, so the buttons beside it stay put.

Space turns the first toolbar button from "Start next" to "Pause" to "Resume": each change of width
moved every button after it, and Qt laid out and repainted the whole toolbar and the main window's
layout as part of the action, which made the action slower. A button at least as wide as its widest
words changes only its own text; the keys a moderator reaches for with the mouse stay where they
were.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget


def keep_width_steady(button: QWidget | None, action: QAction, texts: Iterable[str]) -> None:
    """Give ``button`` (showing ``action``) the width of the widest of ``texts``; the action keeps its text."""
    if button is None:
        return
    shown = action.text()
    widest = 0
    for text in texts:
        action.setText(text)
        widest = max(widest, button.sizeHint().width())
    action.setText(shown)
    button.setMinimumWidth(widest)
