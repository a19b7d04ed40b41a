"""Putting a new text into the section editor without moving the rapporteur's cursor away from their words.

When another laptop's edit arrives, or a save merges it in, the editor shows the new text; the
cursor (and any selection) stays beside the same words (domain/text_merge.py's map_position), and
the view stays where it was scrolled.
"""

from __future__ import annotations

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPlainTextEdit

from moderator_app.domain.text_merge import map_position


def _index(text: str, utf16_position: int) -> int:
    """The Python index of a Qt position (Qt counts UTF-16 units: an emoji is two)."""
    return len(text.encode("utf-16-le")[: 2 * utf16_position].decode("utf-16-le", errors="ignore"))


def _utf16_position(text: str, index: int) -> int:
    return len(text[:index].encode("utf-16-le")) // 2


def show_text(editor: QPlainTextEdit, text: str) -> bool:
    """Make ``editor`` read ``text``, its cursor and selection kept beside the same words; False when
    it already did."""
    old = editor.toPlainText()
    if old == text:
        return False
    cursor = editor.textCursor()
    anchor = map_position(old, text, _index(old, cursor.anchor()))
    position = map_position(old, text, _index(old, cursor.position()))
    scroll = editor.verticalScrollBar().value()
    editor.setPlainText(text)
    moved = editor.textCursor()
    moved.setPosition(_utf16_position(text, anchor))
    moved.setPosition(_utf16_position(text, position), QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(moved)
    editor.verticalScrollBar().setValue(scroll)
    return True
