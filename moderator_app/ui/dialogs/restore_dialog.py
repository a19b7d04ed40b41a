"""File → Restore from backup: the backups with their date, size and sessions; Restore asks first."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from moderator_app.services.backups import BackupInfo, UnreadableBackup
from moderator_app.ui.common import message_box
from moderator_app.ui.common.accessibility import describe_buttons
from moderator_app.ui.common.locale_format import date_time_text, locale
from moderator_app.ui.common.message_box import plain_tip


def size_text(size: int) -> str:
    # In the interface locale: 1,5 MiB in French or Spanish (the unit translated by Qt's own catalogue).
    return locale().formattedDataSize(size, 0 if size < 1024 * 1024 else 1, QLocale.DataSizeFormat.DataSizeIecFormat)


class RestoreDialog(QDialog):
    """Pick a backup; Restore confirms (a backup of the current state is taken first) and accepts."""

    def __init__(
        self, backups: Sequence[BackupInfo], unreadable: Sequence[UnreadableBackup], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from backup"))
        self.backups = list(backups)
        self.chosen: Path | None = None
        intro = self.intro = QLabel(
            self.tr(
                "Backups are taken when a session ends, when the app closes and every 5 minutes while "
                "something changes. Restoring replaces every session with the backup's content; "
                "a backup of the current state is taken first."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(len(self.backups), 4, self)
        self.table.setAccessibleName(self.tr("Backups"))
        self.table.setAccessibleDescription(
            self.tr("One automatic backup per row, newest first: when, why, size and what it holds")
        )
        self.table.setHorizontalHeaderLabels([self.tr("Taken"), self.tr("Why"), self.tr("Size"), self.tr("Sessions")])
        header = self.table.horizontalHeader()
        for column in (0, 1, 2):
            # The date and time are how a backup is chosen: never cut them short.
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab goes on to the buttons
        for row, info in enumerate(self.backups):
            sessions = "; ".join(
                self.tr("%1 (%2 interventions, %3 notes)")
                .replace("%1", s.title)
                .replace("%2", str(s.interventions))
                .replace("%3", str(s.notes))
                for s in info.sessions
            )
            cells = [
                date_time_text(info.taken_at),
                info.reason,
                size_text(info.size),
                sessions or self.tr("no sessions"),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(plain_tip(text) if column == 3 else str(info.path))
                self.table.setItem(row, column, item)
        if self.backups:
            self.table.selectRow(0)
        self.table.itemSelectionChanged.connect(self._update_enabled)
        self.problems = QLabel(self)
        self.problems.setWordWrap(True)
        self.problems.setAccessibleName(self.tr("Unreadable backups"))
        if unreadable:
            self.problems.setText(
                self.tr("Could not read: %1").replace(
                    "%1", "; ".join(f"{u.path.name} ({u.reason})" for u in unreadable)
                )
            )
        self.problems.setVisible(bool(unreadable))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.restore_button = QPushButton(self.tr("&Restore…"), self)
        self.restore_button.setAccessibleName(self.tr("Restore the selected backup"))
        self.restore_button.setAccessibleDescription(
            self.tr("Go back to the selected backup; the current state is backed up first")
        )
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.clicked.connect(self.confirm)
        describe_buttons(buttons)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(self.problems)
        layout.addWidget(buttons)
        self._update_enabled()
        self.resize(860, 420)

    def selected(self) -> BackupInfo | None:
        row = self.table.currentRow()
        return self.backups[row] if 0 <= row < len(self.backups) and self.table.selectedItems() else None

    def _update_enabled(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None)

    def confirmation_text(self, info: BackupInfo) -> str:
        return self.tr(
            "Restore the backup taken %1? Every session is replaced by its content. "
            "A backup of the current state is taken first, so you can go back to it."
        ).replace("%1", date_time_text(info.taken_at))

    def confirm(self) -> None:
        info = self.selected()
        if info is None:
            return
        answer = message_box.question(self, self.tr("Restore from backup"), self.confirmation_text(info))
        if answer == QMessageBox.StandardButton.Yes:
            self.chosen = info.path
            self.accept()
