"""Small helpers for accessible windows: what a screen reader announces (a name and a description),
and docks that scroll rather than clip when the screen is small or the fonts are large."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialogButtonBox, QFrame, QScrollArea, QWidget


def _t(text: str) -> str:
    return QCoreApplication.translate("accessibility", text)


def describe(widget: QWidget, description: str, name: str | None = None) -> QWidget:
    """Set the description (and the name, when given) that assistive technology reads out."""
    if name is not None:
        widget.setAccessibleName(name)
    widget.setAccessibleDescription(description)
    return widget


def describe_buttons(box: QDialogButtonBox) -> None:
    """A dialog's standard buttons say what they do with what was typed (unless one was described already)."""
    role = QDialogButtonBox.ButtonRole
    words = {
        role.AcceptRole: _t("Keep what this dialog shows and close it (Enter)"),
        role.YesRole: _t("Keep what this dialog shows and close it (Enter)"),
        role.ApplyRole: _t("Apply what this dialog shows"),
        role.RejectRole: _t("Close this dialog without changing anything (Esc)"),
        role.NoRole: _t("Close this dialog without changing anything (Esc)"),
        role.DestructiveRole: _t("Close this dialog and drop what was typed"),
        role.HelpRole: _t("Explain this dialog"),
        role.ResetRole: _t("Put back the values this dialog started with"),
    }
    for button in box.buttons():
        if not button.accessibleDescription():
            button.setAccessibleDescription(words.get(box.buttonRole(button), button.text().replace("&", "")))
        if not button.accessibleName():
            button.setAccessibleName(button.text().replace("&", ""))


def scrolling(content: QWidget) -> QScrollArea:
    """``content`` in a frameless scroll area, so that its box may be smaller than it would like
    (a small screen, large fonts) without pushing the window past the screen: it scrolls instead."""
    area = QScrollArea()
    area.setObjectName(content.objectName() + "Scroll" if content.objectName() else "dockScroll")
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes straight to the controls inside
    area.setWidget(content)
    return area
