"""Balance settings: what the shares are compared with, what steers the suggestion, group contingents."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from moderator_app.domain.balance import ALLOWED_PRIORITIES, NOT_YET_SPOKEN, Dimension, ReferenceSet
from moderator_app.domain.enums import StakeholderGroup
from moderator_app.domain.steering import Contingent
from moderator_app.ui.common import labels
from moderator_app.ui.common.accessibility import describe_buttons


class BalanceSettingsDialog(QDialog):
    """Comparison set, suggestion priorities and contingents, edited together."""

    def __init__(
        self,
        reference: str,
        priorities: Sequence[str],
        contingents: Sequence[Contingent],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Balance settings and contingents"))
        self.reference_combo = QComboBox(self)
        self.reference_combo.setAccessibleName(self.tr("Compare time with"))
        self.reference_combo.setAccessibleDescription(
            self.tr("What each group's share of speaking time is compared with")
        )
        for value, text in (
            (ReferenceSet.SPEAKERS, self.tr("the speakers (people with the Speaker role)")),
            (ReferenceSet.TOOK_FLOOR, self.tr("everyone who has taken the floor")),
            (ReferenceSet.EVERYONE, self.tr("everyone on the roster except moderators and rapporteurs")),
        ):
            self.reference_combo.addItem(text, value.value)
        self.reference_combo.setCurrentIndex(max(0, self.reference_combo.findData(reference)))
        # Priorities: checked ones steer the suggestion, in list order (most important first).
        self.priority_list = QListWidget(self)
        self.priority_list.setAccessibleName(self.tr("What the suggestion favours, most important first"))
        self.priority_list.setAccessibleDescription(
            self.tr("Tick what the suggested next speaker favours; Move up and Move down set the order")
        )
        ordered = [*priorities, *(p for p in ALLOWED_PRIORITIES if p not in priorities)]
        for priority in ordered:
            item = QListWidgetItem(self.priority_name(priority))
            item.setData(Qt.ItemDataRole.UserRole, priority)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if priority in priorities else Qt.CheckState.Unchecked)
            self.priority_list.addItem(item)
        self.priority_list.setCurrentRow(0)
        up = QPushButton(self.tr("Move &up"), self)
        down = QPushButton(self.tr("Move &down"), self)
        for button in (up, down):
            button.setAccessibleName(button.text().replace("&", ""))
        up.clicked.connect(lambda: self._move(-1))
        up.setAccessibleDescription(self.tr("Make the selected priority more important"))
        down.setAccessibleDescription(self.tr("Make the selected priority less important"))
        down.clicked.connect(lambda: self._move(1))
        moves = QHBoxLayout()
        moves.addWidget(up)
        moves.addWidget(down)
        moves.addStretch(1)
        steer = QGroupBox(self.tr("Suggested next speaker favours"), self)
        steer_layout = QVBoxLayout(steer)
        steer_layout.addWidget(self.priority_list)
        steer_layout.addLayout(moves)
        # Contingents: minutes per stakeholder group; 0 means no contingent.
        self.budget_spins: dict[StakeholderGroup, QSpinBox] = {}
        existing = {c.stakeholder_group: c for c in contingents}
        self.added = {c.stakeholder_group: c.added_seconds for c in contingents}
        budgets = QGroupBox(self.tr("Time contingents (minutes per group; 0 = none)"), self)
        form = QFormLayout(budgets)
        for group in StakeholderGroup:
            spin = QSpinBox(self)
            spin.setRange(0, 1440)
            spin.setSuffix(self.tr(" min"))
            spin.setSpecialValueText(self.tr("none"))
            spin.setAccessibleName(self.tr("Contingent for %1").replace("%1", labels.stakeholder_group(group)))
            spin.setAccessibleDescription(
                self.tr("Minutes of speaking time this group may use in the session; none means no contingent")
            )
            if group in existing:
                spin.setValue(existing[group].budget_seconds // 60)
            self.budget_spins[group] = spin
            extra = self.added.get(group, 0)
            text = labels.stakeholder_group(group)
            if extra:
                text += "  " + self.tr("(%1 min added)").replace("%1", f"{extra / 60:+.0f}")
            form.addRow(text + ":", spin)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        describe_buttons(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        top = QFormLayout()
        top.addRow(self.tr("Compare each group's share of time with its share of:"), self.reference_combo)
        columns = QHBoxLayout()
        columns.addWidget(steer, 1)
        columns.addWidget(budgets, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(columns)
        note = QLabel(
            self.tr("The suggestion never reorders the queue: S gives the floor to the suggested person."), self
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def priority_name(self, priority: str) -> str:
        if priority == NOT_YET_SPOKEN:
            return self.tr("People who have not spoken yet")
        name = labels.dimension_titles(Dimension(priority)).priority
        if name is None:
            raise ValueError(f"{priority!r} is not a steering priority")
        return name

    def _move(self, step: int) -> None:
        row = self.priority_list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.priority_list.count():
            return
        item = self.priority_list.takeItem(row)
        self.priority_list.insertItem(target, item)
        self.priority_list.setCurrentRow(target)

    @property
    def reference(self) -> str:
        return str(self.reference_combo.currentData())

    @property
    def priorities(self) -> tuple[str, ...]:
        items = [self.priority_list.item(row) for row in range(self.priority_list.count())]
        return tuple(
            str(item.data(Qt.ItemDataRole.UserRole)) for item in items if item.checkState() == Qt.CheckState.Checked
        )

    @property
    def contingents(self) -> list[Contingent]:
        return [
            Contingent(group, spin.value() * 60, self.added.get(group, 0))
            for group, spin in self.budget_spins.items()
            if spin.value() > 0
        ]
