"""Event statistics: speaking time and head counts across every session of an event, and a CSV export."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from moderator_app.domain.balance import GROUP_DIMENSIONS, Dimension, DimensionBalance
from moderator_app.domain.event_stats import EventStats
from moderator_app.domain.formatting import clock_text
from moderator_app.domain.text import safe_file_name
from moderator_app.services.event_stats import FURTHEST_LIMIT, write_csv
from moderator_app.ui.common import labels, message_box, save_guard
from moderator_app.ui.common.accessibility import describe_buttons
from moderator_app.ui.common.last_folder import CSV, remember_folder, save_start
from moderator_app.ui.common.locale_format import percent


class EventStatsDialog(QDialog):
    """Choose an event; ``load(name)`` returns its statistics (the caller reads the data folder)."""

    def __init__(
        self,
        events: Sequence[str],
        load: Callable[[str], EventStats],
        parent: QWidget | None = None,
        current: str = "",
        data_dir: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.data_dir = data_dir  # its files are never offered as the CSV's place (save_guard.py)
        self.setWindowTitle(self.tr("Event statistics"))
        self.load = load
        self.stats: EventStats | None = None
        self.exported: str | None = None
        self.titles = {dimension: labels.dimension_titles(dimension).heading for dimension in GROUP_DIMENSIONS}
        self.event_combo = QComboBox(self)
        self.event_combo.setAccessibleName(self.tr("Event"))
        self.event_combo.setAccessibleDescription(self.tr("The event whose sessions are added up"))
        self.event_combo.addItems(list(events))
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Event summary"))
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Figures by dimension"))
        self.tables: dict[Dimension, QTableWidget] = {}
        self.index_labels: dict[Dimension, QLabel] = {}
        for dimension in GROUP_DIMENSIONS:
            page = QWidget(self.tabs)
            box = QVBoxLayout(page)
            label = QLabel(page)
            label.setWordWrap(True)
            label.setAccessibleName(self.tr("%1 balance").replace("%1", self.titles[dimension]))
            table = self._table(
                [self.tr("Group"), self.tr("Time"), self.tr("% of time"), self.tr("Turns"), self.tr("% of people")],
                self.tr("%1: time and people").replace("%1", self.titles[dimension]),
            )
            box.addWidget(label)
            box.addWidget(table)
            self.tables[dimension] = table
            self.index_labels[dimension] = label
            self.tabs.addTab(page, self.titles[dimension])
        self.furthest = self._table(
            [self.tr("Session"), self.tr("Balance (gender)")], self.tr("Sessions furthest from balance")
        )
        self.tabs.addTab(self.furthest, self.tr("Furthest from balance"))
        self.export_button = QPushButton(self.tr("Export &CSV…"), self)
        self.export_button.setAccessibleName(self.tr("Export CSV"))
        self.export_button.setAccessibleDescription(self.tr("Save these figures as a CSV file for a spreadsheet"))
        self.export_button.clicked.connect(self.export_csv)
        # Closes this window and opens Notes → Search all sessions' notes on the event (ui/note_search.py).
        self.search_requested = False
        self.search_button = QPushButton(self.tr("Search this event's &notes…"), self)
        self.search_button.setAccessibleDescription(
            self.tr("Find words in the notes of this event's sessions; Enter on a note opens its session")
        )
        self.search_button.clicked.connect(self.request_search)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.search_button, QDialogButtonBox.ButtonRole.ActionRole)
        describe_buttons(buttons)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Event:"), self.event_combo)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self.event_combo.currentTextChanged.connect(self.show_event)
        if current and current in events:
            self.event_combo.setCurrentText(current)
        self.show_event(self.event_combo.currentText())
        self.resize(760, 520)

    def _table(self, headers: list[str], name: str) -> QTableWidget:
        table = QTableWidget(0, len(headers), self)
        table.setHorizontalHeaderLabels(headers)
        table.setAccessibleName(name)
        table.setAccessibleDescription(
            self.tr("Figures of the event, one row each; the arrow keys move from cell to cell")
        )
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setTabKeyNavigation(False)  # arrows move between cells; Tab goes on to the next control
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        return table

    @staticmethod
    def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
        table.setRowCount(len(rows))
        for r, cells in enumerate(rows):
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(r, c, item)

    def index_words(self, result: DimensionBalance) -> str:
        if result.index is None:
            return self.tr("No balance yet: nobody has spoken in these sessions.")
        moved = round((1 - result.index) * 100)
        return (
            self.tr("Balance %1 %: %2 % of the speaking time would have to change hands to match who was there.")
            .replace("%1", str(round(result.index * 100)))
            .replace("%2", str(moved))
        )

    def show_event(self, name: str) -> None:
        self.stats = self.load(name) if name else None
        self.export_button.setEnabled(self.stats is not None)
        self.search_button.setEnabled(self.stats is not None)
        stats = self.stats
        if stats is None:
            self.summary.setText(self.tr("No events yet: give sessions an event in Session details (Ctrl+Shift+D)."))
            for dimension in GROUP_DIMENSIONS:
                self._fill(self.tables[dimension], [])
                self.index_labels[dimension].setText("")
            self._fill(self.furthest, [])
            return
        self.summary.setText(
            self.tr("%1 sessions; substantive speaking time %2 (facilitation %3, points of order %4).")
            .replace("%1", str(stats.sessions))
            .replace("%2", clock_text(stats.total_seconds))
            .replace("%3", clock_text(stats.facilitation_seconds))
            .replace("%4", clock_text(stats.procedural_seconds))
        )
        for dimension in GROUP_DIMENSIONS:
            result = stats.dimensions[dimension]
            self.index_labels[dimension].setText(self.index_words(result))
            self._fill(
                self.tables[dimension],
                [
                    [
                        row.label,
                        clock_text(row.seconds),
                        percent(row.share, 1),
                        str(row.interventions),
                        percent(row.people_share, 1),
                    ]
                    for row in result.rows
                ],
            )
        self._fill(
            self.furthest,
            [
                [item.title, f"{(item.index or 0.0) * 100:.0f} %"]
                for item in stats.furthest_from_balance(FURTHEST_LIMIT)
            ],
        )

    def request_search(self) -> None:
        self.search_requested = True
        self.accept()

    def export_csv(self) -> None:
        if self.stats is None:
            return
        name = self.event_combo.currentText()
        settings = getattr(self.parentWidget(), "settings", None)  # the main window's, when it is the parent
        suggested = save_start(settings, CSV, safe_file_name(name, ".csv", fallback="event"))
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export CSV"), suggested, self.tr("CSV files (*.csv)"))
        if not path or save_guard.refused(self, self.tr("Export CSV"), path, self.data_dir):
            return
        remember_folder(settings, CSV, path)
        try:
            write_csv(Path(path), self.stats)
        except OSError as error:
            message_box.warning(
                self,
                self.windowTitle(),
                self.tr("Could not write %1: %2").replace("%1", path).replace("%2", error.strerror or str(error)),
            )
            return
        self.exported = path
