"""A box to paste (or type) an IGF session page's text into, before the import preview reads it."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from moderator_app.ui.common.accessibility import describe_buttons


class PastePageDialog(QDialog):
    """Paste the page here (Ctrl+V), then Read: the text goes to the same preview as a file."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Paste a session page"))
        explanation = QLabel(
            self.tr("Select the whole session page in the browser, copy it, and paste it here (Ctrl+V)."), self
        )
        explanation.setWordWrap(True)
        self.text_edit = QPlainTextEdit(text, self)
        self.text_edit.setAccessibleName(self.tr("Session page text"))
        self.text_edit.setAccessibleDescription(self.tr("The page's text; nothing is saved until the preview"))
        explanation.setBuddy(self.text_edit)
        buttons = QDialogButtonBox(self)
        self.read_button = QPushButton(self.tr("&Read"), self)
        self.read_button.setAccessibleName(self.tr("Read the pasted page"))
        self.read_button.setAccessibleDescription(self.tr("Show what was found before anything is saved"))
        buttons.addButton(self.read_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        describe_buttons(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.text_edit, 1)
        layout.addWidget(buttons)
        self.resize(700, 520)

    def text(self) -> str:
        return self.text_edit.toPlainText()
