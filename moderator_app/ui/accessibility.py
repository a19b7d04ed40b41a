"""Small helpers that give controls what a screen reader announces: a name and a description."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QWidget


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
