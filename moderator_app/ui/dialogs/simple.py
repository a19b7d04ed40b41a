"""Small dialogs: choose a session, the keyboard shortcut list."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from moderator_app.domain.snapshot import SessionSummary
from moderator_app.ui.common.accessibility import describe_buttons
from moderator_app.ui.common.locale_format import date_text


class SessionChooser(QDialog):
    """Pick one of the sessions in the data folder."""

    def __init__(self, sessions: Sequence[SessionSummary], current_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Open session"))
        self.chosen: str | None = None
        self.sessions = list(sessions)
        self.table = QTableWidget(len(self.sessions), 2, self)
        self.table.setAccessibleName(self.tr("Sessions"))
        self.table.setAccessibleDescription(self.tr("The sessions in the data folder; Enter opens the selected one"))
        self.table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Title")])
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab goes on to the buttons
        for row, summary in enumerate(self.sessions):
            self.table.setItem(row, 0, QTableWidgetItem(date_text(summary.date) if summary.date else "—"))
            self.table.setItem(row, 1, QTableWidgetItem(summary.title))
            if summary.id == current_id:
                self.table.selectRow(row)
        if self.table.currentRow() < 0 and self.sessions:
            self.table.selectRow(0)
        self.table.doubleClicked.connect(lambda _index: self.accept())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel, self)
        describe_buttons(buttons)
        buttons.accepted.connect(self.accept)
        describe_buttons(buttons)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(640, 400)

    def accept(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.sessions):
            self.chosen = self.sessions[row].id
            super().accept()


class ShortcutsDialog(QDialog):
    """Lists every action that has a shortcut, read from the actions themselves so it cannot go stale."""

    def __init__(self, groups: Iterable[tuple[str, Iterable[QAction]]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = [
            (group, action.text().replace("&", ""), action.shortcuts())
            for group, actions in groups
            for action in actions
            if action.shortcuts()
        ]
        self.table = QTableWidget(len(rows), 3, self)
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setAccessibleDescription(self.tr("Every keyboard shortcut, its menu and what it does"))
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("Action"), self.tr("Menu")])
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab goes on to the buttons
        for row, (group, text, shortcuts) in enumerate(rows):
            keys = "  or  ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in shortcuts)
            for column, value in enumerate((keys, text, group)):
                item = QTableWidgetItem(value)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.table.setItem(row, column, item)
        self.table.resizeColumnToContents(0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        describe_buttons(buttons)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(620, 560)
