"""Add someone to the queue from the keyboard: type a few letters, Enter."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSortFilterProxyModel, QStringListModel, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from moderator_app.domain.enums import InterventionKind
from moderator_app.domain.session import Participant
from moderator_app.ui import labels

QUEUE_KINDS = (
    InterventionKind.INTERVENTION,
    InterventionKind.QUESTION,
    InterventionKind.ANSWER,
    InterventionKind.OPENING_STATEMENT,
    InterventionKind.REPLY,
    InterventionKind.POINT_OF_ORDER,
)


class _SearchEdit(QLineEdit):
    """Up/Down in the search field move the selection in the list below."""

    def __init__(self, view: QListView, parent: QWidget) -> None:
        super().__init__(parent)
        self.view = view

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            self.view.keyPressEvent(event)
            return
        super().keyPressEvent(event)


class QueuePicker(QDialog):
    """Result: ``participant_id`` (an existing person) or ``new_name`` (add them first), and ``kind``."""

    def __init__(
        self, participants: Sequence[Participant], kind: InterventionKind, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add to the queue"))
        self.participants = list(participants)
        self.participant_id: str | None = None
        self.new_name: str | None = None
        self.kind = kind
        self.model = QStringListModel(
            [p.name + (f" — {p.affiliation}" if p.affiliation else "") for p in self.participants], self
        )
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.view = QListView(self)
        self.view.setModel(self.proxy)
        self.view.setAccessibleName(self.tr("Matching participants"))
        self.view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.search = _SearchEdit(self.view, self)
        self.search.setPlaceholderText(self.tr("Type a name; Enter adds; a new name adds a new participant"))
        self.search.setAccessibleName(self.tr("Search participants"))
        self.search.textChanged.connect(self._filter)
        self.kind_combo = QComboBox(self)
        self.kind_combo.setAccessibleName(self.tr("Kind of intervention"))
        for value in QUEUE_KINDS:
            self.kind_combo.addItem(labels.kind(value), value.value)
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(kind.value)))
        self.hint = QLabel(self)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Who:"), self.search)
        form.addRow(self.tr("&Kind:"), self.kind_combo)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.view.doubleClicked.connect(lambda _index: self.accept())
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.view)
        layout.addWidget(self.hint)
        layout.addWidget(buttons)
        self.resize(520, 420)
        self._filter("")

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        if self.proxy.rowCount():
            self.view.setCurrentIndex(self.proxy.index(0, 0))
            self.hint.setText("")
        elif text.strip():
            self.hint.setText(self.tr("No match: Enter adds “%1” as a new participant.").replace("%1", text.strip()))
        else:
            self.hint.setText(self.tr("The roster is empty: type a name to add someone."))

    def accept(self) -> None:
        self.kind = InterventionKind(self.kind_combo.currentData())
        index = self.view.currentIndex()
        if index.isValid() and self.proxy.rowCount():
            self.participant_id = self.participants[self.proxy.mapToSource(index).row()].id
        elif self.search.text().strip():
            self.new_name = self.search.text().strip()
        else:
            return
        super().accept()
