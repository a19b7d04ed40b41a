"""Add someone to the queue from the keyboard: type a few letters, Enter."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from moderator_app.domain.enums import InterventionKind
from moderator_app.domain.session import Participant
from moderator_app.ui.common import labels
from moderator_app.ui.common.accessibility import describe_buttons

QUEUE_KINDS = (
    InterventionKind.INTERVENTION,
    InterventionKind.QUESTION,
    InterventionKind.ANSWER,
    InterventionKind.OPENING_STATEMENT,
    InterventionKind.REPLY,
    InterventionKind.POINT_OF_ORDER,
)
#: Below this many letters only the start of a word matches, so "Li" never picks "Ciglic".
SUBSTRING_FROM = 3
NEW_PERSON = "__new__"


def rank_matches(participants: Sequence[Participant], typed: str) -> list[Participant]:
    """People whose name (or organisation) matches: exact name, then a word start, then anywhere."""
    needle = typed.strip().casefold()
    if not needle:
        return list(participants)
    exact, starts, inside = [], [], []
    for person in participants:
        name = person.name.casefold()
        words = (name + " " + person.affiliation.casefold()).replace("-", " ").split()
        if name == needle:
            exact.append(person)
        elif name.startswith(needle) or any(word.startswith(needle) for word in words):
            starts.append(person)
        elif len(needle) >= SUBSTRING_FROM and (needle in name or needle in person.affiliation.casefold()):
            inside.append(person)
    return exact + starts + inside


class _SearchEdit(QLineEdit):
    """Up/Down/Page keys in the search field move the selection in the list below."""

    def __init__(self, view: QListWidget, parent: QWidget) -> None:
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
        self.view = QListWidget(self)
        self.view.setAccessibleName(self.tr("Matching participants"))
        self.view.setAccessibleDescription(
            self.tr("People whose name matches what you type; Up and Down choose, Enter queues")
        )
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # typing always goes to the search field
        self.view.itemDoubleClicked.connect(lambda _item: self.accept())
        self.search = _SearchEdit(self.view, self)
        self.search.setPlaceholderText(self.tr("Type a name or organisation; Enter adds the highlighted line"))
        self.search.setAccessibleName(self.tr("Search participants"))
        self.search.textChanged.connect(self._filter)
        self.kind_combo = QComboBox(self)
        self.kind_combo.setAccessibleName(self.tr("Kind of intervention"))
        self.kind_combo.setAccessibleDescription(
            self.tr("Points of order and direct replies go to the top of the queue")
        )
        for value in QUEUE_KINDS:
            self.kind_combo.addItem(labels.kind(value), value.value)
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(kind.value)))
        form = QFormLayout()
        form.addRow(self.tr("&Who:"), self.search)
        form.addRow(self.tr("&Kind:"), self.kind_combo)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        describe_buttons(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.view)
        layout.addWidget(buttons)
        self.resize(560, 420)
        self._filter("")
        self.search.setFocus(Qt.FocusReason.OtherFocusReason)

    def _filter(self, text: str) -> None:
        self.view.clear()
        typed = " ".join(text.split())
        matches = rank_matches(self.participants, typed)
        for person in matches:
            line = person.name + (f" — {person.affiliation}" if person.affiliation else "")
            item = QListWidgetItem(line)
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            self.view.addItem(item)
        exact = any(p.name.casefold() == typed.casefold() for p in matches)
        if typed and not exact:
            # A plain "+" (every UI font has it; an emoji plus fell back to another font) and bold type.
            item = QListWidgetItem(self.tr("+ Add “%1” as a new participant").replace("%1", typed))
            bold = QFont(self.view.font())
            bold.setBold(True)
            item.setFont(bold)
            item.setData(Qt.ItemDataRole.UserRole, NEW_PERSON)
            self.view.addItem(item)
        if self.view.count():
            self.view.setCurrentRow(0)

    def accept(self) -> None:
        self.kind = InterventionKind(self.kind_combo.currentData())
        item = self.view.currentItem()
        if item is None:
            return
        chosen = item.data(Qt.ItemDataRole.UserRole)
        if chosen == NEW_PERSON:
            self.new_name = " ".join(self.search.text().split())
        else:
            self.participant_id = str(chosen)
        super().accept()
