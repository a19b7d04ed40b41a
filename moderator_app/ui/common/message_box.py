"""Message boxes whose text is always plain: a name, a title or a file name in them is shown, never rendered.

Qt's static ``QMessageBox.warning()``, ``question()`` … guess whether their text is HTML, and a
participant called ``<h1><font color=red>…`` turns the question into big red text that hides what
is asked. Every message box of the interface comes from here instead (a test checks that no module
of ui/ calls the static functions).
"""

from __future__ import annotations

from PySide6.QtGui import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

Button = QMessageBox.StandardButton
Icon = QMessageBox.Icon


def plain_tip(text: str) -> str:
    """A tooltip that shows ``text`` as typed: Qt renders a tooltip as HTML when it looks like HTML.

    Text that does not look like HTML is left alone (a plain tooltip does not wrap like a rich one).
    """
    if Qt.mightBeRichText(text):
        return Qt.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpaceNormal)
    return text


def plain_box(
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    parent: QWidget | None = None,
    buttons: QMessageBox.StandardButton = Button.Ok,
) -> QMessageBox:
    """A message box showing ``text`` (and any informative text set later) as plain text."""
    box = QMessageBox(icon, title, "", buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # applies to the informative text too
    box.setText(text)
    return box


def _ask(
    icon: QMessageBox.Icon,
    parent: QWidget | None,
    title: str,
    text: str,
    buttons: QMessageBox.StandardButton,
    default: QMessageBox.StandardButton = Button.NoButton,
) -> QMessageBox.StandardButton:
    box = plain_box(icon, title, text, parent, buttons)
    if default != Button.NoButton:
        box.setDefaultButton(default)
    return Button(box.exec())


def warning(parent: QWidget | None, title: str, text: str) -> QMessageBox.StandardButton:
    return _ask(Icon.Warning, parent, title, text, Button.Ok)


def information(parent: QWidget | None, title: str, text: str) -> QMessageBox.StandardButton:
    return _ask(Icon.Information, parent, title, text, Button.Ok)


def critical(parent: QWidget | None, title: str, text: str) -> QMessageBox.StandardButton:
    return _ask(Icon.Critical, parent, title, text, Button.Ok)


def question(
    parent: QWidget | None,
    title: str,
    text: str,
    buttons: QMessageBox.StandardButton = Button.Yes | Button.No,
    default: QMessageBox.StandardButton = Button.NoButton,
) -> QMessageBox.StandardButton:
    return _ask(Icon.Question, parent, title, text, buttons, default)
