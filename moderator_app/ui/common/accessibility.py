"""Small helpers for accessible windows: what a screen reader announces (a name and a description),
and docks that scroll rather than push the window off a short screen."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QDialogButtonBox, QDockWidget, QFrame, QScrollArea, QWidget


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
        role.AcceptRole: QCoreApplication.translate(
            "accessibility", "Keep what this dialog shows and close it (Enter)"
        ),
        role.YesRole: QCoreApplication.translate("accessibility", "Keep what this dialog shows and close it (Enter)"),
        role.ApplyRole: QCoreApplication.translate("accessibility", "Apply what this dialog shows"),
        role.RejectRole: QCoreApplication.translate(
            "accessibility", "Close this dialog without changing anything (Esc)"
        ),
        role.NoRole: QCoreApplication.translate("accessibility", "Close this dialog without changing anything (Esc)"),
        role.DestructiveRole: QCoreApplication.translate("accessibility", "Close this dialog and drop what was typed"),
        role.HelpRole: QCoreApplication.translate("accessibility", "Explain this dialog"),
        role.ResetRole: QCoreApplication.translate("accessibility", "Put back the values this dialog started with"),
    }
    for button in box.buttons():
        if not button.accessibleDescription():
            button.setAccessibleDescription(words.get(box.buttonRole(button), button.text().replace("&", "")))
        if not button.accessibleName():
            button.setAccessibleName(button.text().replace("&", ""))


#: The narrowest a dock column may be squeezed to on a small screen; its panel then scrolls sideways.
MIN_DOCK_WIDTH = 220


class _DockScroll(QScrollArea):
    """A dock's panel that never pushes the window off a small screen: any height, and down to
    MIN_DOCK_WIDTH wide. When the dock is smaller than the panel needs (1280×720, long Spanish or
    French labels, large fonts), the panel keeps its size and scrolls, so no text is ever cut."""

    def minimumSizeHint(self) -> QSize:
        content = self.widget()
        width = content.minimumSizeHint().width() if content is not None else 0
        return QSize(min(width, MIN_DOCK_WIDTH) + self.verticalScrollBar().sizeHint().width(), 60)


def scrolling(content: QWidget) -> QScrollArea:
    """``content`` in a frameless area that scrolls when the dock is smaller than it."""
    area = _DockScroll()
    area.setObjectName(content.objectName() + "Scroll" if content.objectName() else "dockScroll")
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes straight to the controls inside
    area.setWidget(content)
    return area


def _needed_width(dock: QDockWidget) -> int:
    content: QWidget | None = dock.widget()
    if isinstance(content, QScrollArea) and content.widget() is not None:
        content = content.widget()
    return content.minimumSizeHint().width() + 20 if content is not None else 0


def fitting_widths(
    window_width: int, side: int, left: list[QDockWidget], right: list[QDockWidget], centre: int = 340
) -> tuple[int, int]:
    """Widths for the left and right dock columns: at least ``side`` (the right a little less), as much
    as their panels need when the window has room for that and ``centre`` pixels of timer between."""
    want_left = max(side, *(_needed_width(d) for d in left))
    want_right = max(side - 40, *(_needed_width(d) for d in right))
    room = window_width - centre
    if want_left + want_right <= room:
        return want_left, want_right
    # Not enough room: share it in proportion to what each side wants.
    share = max(0.0, room / (want_left + want_right))
    return max(200, int(want_left * share)), max(200, int(want_right * share))
