"""A banner above the timer while changes cannot be saved (disk full, read-only folder); not a crash dialog."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

if TYPE_CHECKING:
    from moderator_app.ui.bridge import ConsoleBridge


class StorageBanner(QFrame):
    """Shown when a command could not be stored; hidden again by the next command that is stored, or by Dismiss.

    The session stays on screen as it was last stored: the failed command did not happen, and
    the moderator does it again once space is freed.
    """

    def __init__(self, bridge: ConsoleBridge, saved_label: QLabel | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.saved_label = saved_label
        self.setObjectName("storageBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Saving problem"))
        # Colour is not the only signal: a warning sign and bold words say it too.
        self.setStyleSheet(
            "#storageBanner { background: #fef3c7; border: 2px solid #b45309; border-radius: 4px; }"
            "#storageBanner QLabel { color: #1f2937; }"
        )
        self.icon = QLabel("⚠", self)
        self.icon.setStyleSheet("font-size: 22px; font-weight: bold; color: #b45309;")
        self.icon.setAccessibleName(self.tr("Warning"))
        self.text = QLabel(self)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setWordWrap(True)
        self.text.setAccessibleName(self.tr("What could not be saved"))
        self.dismiss = QPushButton(self.tr("Dismiss"), self)
        self.dismiss.setAccessibleName(self.tr("Dismiss the saving problem"))
        self.dismiss.setAccessibleDescription(
            self.tr("Hide this warning; it comes back if the next change cannot be saved either.")
        )
        self.dismiss.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.dismiss.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.icon)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.dismiss)
        self.hide()
        bridge.storage_failed.connect(self.show_problem)
        bridge.storage_recovered.connect(self.recovered)

    def show_problem(self, message: str) -> None:
        self.text.setText(
            self.tr("%1\nEverything saved before is safe, and the session on screen is what is saved.").replace(
                "%1", message
            )
        )
        if self.saved_label is not None:
            self.saved_label.setText(self.tr("⚠ The last change was NOT saved"))
        self.show()

    def recovered(self) -> None:
        self.hide()
