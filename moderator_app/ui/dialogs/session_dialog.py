"""Edit a session's details and its agenda."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, time

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from moderator_app.domain.enums import SessionType
from moderator_app.domain.limits import MAX_YEAR, MIN_YEAR
from moderator_app.domain.rapporteur import Attendance
from moderator_app.domain.session import Segment, Session, clean_segment, clean_session
from moderator_app.domain.text import ValidationError
from moderator_app.ui.common import labels, message_box
from moderator_app.ui.common.accessibility import describe_buttons
from moderator_app.ui.common.errors import error_text


class SessionDialog(QDialog):
    """Result in ``session`` and ``segments`` when accepted; the console stores them.

    ``events``: the events already named in the data folder, offered in the Event field.
    """

    def __init__(
        self,
        session: Session,
        segments: list[Segment],
        parent: QWidget | None = None,
        events: Sequence[str] = (),
        attendance: Attendance | None = None,
    ) -> None:
        super().__init__(parent)
        self.events = list(events)
        #: The attendance figures as given (None: not offered here, as for a new session).
        self.original_attendance = attendance
        self.attendance: Attendance | None = None
        self.setWindowTitle(self.tr("Session details and agenda"))
        self.original = session
        self.session: Session | None = None
        self.segments: list[Segment] = []
        tabs = QTabWidget(self)
        tabs.setAccessibleName(self.tr("Session details and agenda"))
        tabs.addTab(self._details_tab(session), self.tr("&Details"))
        tabs.addTab(self._agenda_tab(segments), self.tr("Age&nda"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        describe_buttons(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(buttons)
        self.resize(720, 560)

    # -- details --------------------------------------------------------------------
    def _details_tab(self, s: Session) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        self.title_edit = self._line(s.title, self.tr("Title"))
        self.has_date = QCheckBox(self.tr("Date known"), page)
        self.has_date.setAccessibleName(self.tr("Date known"))
        self.has_date.setAccessibleDescription(self.tr("Untick while the date is not known yet"))
        self.date_edit = QDateEdit(page)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        # The years a session can have (domain/limits.py); Qt's own range reaches years no report can print.
        self.date_edit.setDateRange(QDate(MIN_YEAR, 1, 1), QDate(MAX_YEAR, 12, 31))
        self.date_edit.setAccessibleName(self.tr("Date"))
        self.date_edit.setAccessibleDescription(self.tr("The day of the session, printed in the report"))
        self.has_date.setChecked(s.date is not None)
        self.date_edit.setDate(QDate(s.date.year, s.date.month, s.date.day) if s.date else QDate.currentDate())
        self.date_edit.setEnabled(s.date is not None)
        self.has_date.toggled.connect(self.date_edit.setEnabled)
        self.time_edit = QTimeEdit(page)
        self.time_edit.setDisplayFormat("HH:mm")
        self.time_edit.setAccessibleName(self.tr("Start time"))
        self.time_edit.setAccessibleDescription(self.tr("The local start time, printed in the report"))
        self.time_edit.setTime(QTime(s.start_time.hour, s.start_time.minute) if s.start_time else QTime(9, 0))
        self.has_time = QCheckBox(self.tr("Start time known"), page)
        self.has_time.setAccessibleName(self.tr("Start time known"))
        self.has_time.setAccessibleDescription(self.tr("Untick while the start time is not known yet"))
        self.has_time.setChecked(s.start_time is not None)
        self.time_edit.setEnabled(s.start_time is not None)
        self.has_time.toggled.connect(self.time_edit.setEnabled)
        date_row = QHBoxLayout()
        date_row.addWidget(self.has_date)
        date_row.addWidget(self.date_edit)
        date_row.addWidget(self.has_time)
        date_row.addWidget(self.time_edit)
        self.timezone_edit = self._line(s.timezone, self.tr("Time zone"))
        self.timezone_edit.setPlaceholderText("Europe/Zurich")  # untranslated: an IANA time-zone id
        self.venue_edit = self._line(s.venue, self.tr("Venue"))
        self.event_combo = QComboBox(page)
        self.event_combo.setEditable(True)
        self.event_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.event_combo.addItems(sorted({*self.events, s.event} - {""}, key=str.casefold))
        self.event_combo.setEditText(s.event)
        self.event_combo.setAccessibleName(self.tr("Event"))
        self.event_combo.setAccessibleDescription(
            self.tr("The event this session belongs to, for event-wide statistics")
        )
        self.event_combo.setToolTip(self.tr("The event the session belongs to, e.g. IGF 2017: its statistics add up"))
        line = self.event_combo.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("e.g. IGF 2017"))
        self.format_edit = self._line(s.format, self.tr("Format"))
        self.format_edit.setPlaceholderText(self.tr("Round table, panel, birds of a feather…"))
        self.code_edit = self._line(s.session_code, self.tr("Session code"))
        self.code_edit.setPlaceholderText(self.tr("e.g. WS #289, Open Forum #27"))
        self.type_combo = QComboBox(page)
        self.type_combo.setAccessibleName(self.tr("Session type"))
        self.type_combo.setAccessibleDescription(self.tr("Workshop, open forum, day 0 event…: apart from the format"))
        self.type_combo.addItem(labels.session_type(None), None)
        for kind in SessionType:
            self.type_combo.addItem(labels.session_type(kind), kind.value)
        current_type = s.session_type.value if s.session_type else None
        self.type_combo.setCurrentIndex(max(0, self.type_combo.findData(current_type)))
        self.planned_spin = self._spin(s.planned_minutes or 0, 0, 1440, self.tr("Planned duration"), self.tr(" min"))
        self.planned_spin.setSpecialValueText(self.tr("not planned"))
        self.allotted_spin = self._spin(
            s.default_allotted_seconds, 10, 3600, self.tr("Default speaking time"), self.tr(" s")
        )
        self.allotted_spin.setSingleStep(30)
        self.warning_spin = self._spin(s.warning_seconds, 0, 600, self.tr("Warning before the end"), self.tr(" s"))
        self.tags_edit = self._line(", ".join(s.tags), self.tr("Tags"))
        self.tags_edit.setPlaceholderText(self.tr("Comma-separated"))
        self.organisers_edit = QPlainTextEdit("\n".join(s.organisers), page)
        self.organisers_edit.setAccessibleName(self.tr("Organisers"))
        self.organisers_edit.setAccessibleDescription(self.tr("One organiser per line"))
        self.organisers_edit.setPlaceholderText(self.tr("One organisation per line"))
        self.organisers_edit.setMaximumHeight(70)
        self.description_edit = QPlainTextEdit(s.description, page)
        self.description_edit.setAccessibleName(self.tr("Description"))
        self.description_edit.setAccessibleDescription(self.tr("What the session is about, in a few sentences"))
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("Date and start:"), date_row)
        form.addRow(self.tr("Time &zone:"), self.timezone_edit)
        form.addRow(self.tr("&Venue:"), self.venue_edit)
        form.addRow(self.tr("&Event:"), self.event_combo)
        form.addRow(self.tr("Session t&ype:"), self.type_combo)
        form.addRow(self.tr("Session &code:"), self.code_edit)
        form.addRow(self.tr("&Format:"), self.format_edit)
        form.addRow(self.tr("&Planned duration:"), self.planned_spin)
        form.addRow(self.tr("Default &speaking time:"), self.allotted_spin)
        form.addRow(self.tr("&Warning before the end:"), self.warning_spin)
        form.addRow(self.tr("Ta&gs:"), self.tags_edit)
        form.addRow(self.tr("&Organisers:"), self.organisers_edit)
        form.addRow(self.tr("Descr&iption:"), self.description_edit)
        if self.original_attendance is not None:
            figures = self.original_attendance
            self.onsite_spin = self._count(figures.participants_onsite, self.tr("Participants onsite (estimate)"))
            self.online_spin = self._count(figures.participants_online, self.tr("Participants online (estimate)"))
            self.women_spin = self._count(figures.women, self.tr("Women and gender-diverse people (estimate)"))
            form.addRow(self.tr("Attendance onsite:"), self.onsite_spin)
            form.addRow(self.tr("Attendance online:"), self.online_spin)
            form.addRow(self.tr("Women and gender-diverse:"), self.women_spin)
        return page

    def _count(self, value: int | None, name: str) -> QSpinBox:
        """A head count; −1 shows as "not stated" (the report says so rather than 0)."""
        spin = self._spin(-1 if value is None else value, -1, 1_000_000, name, "")
        spin.setSpecialValueText(self.tr("not stated"))
        spin.setAccessibleDescription(self.tr("An estimate for the report; leave at “not stated” if unknown"))
        return spin

    def _line(self, text: str, name: str) -> QLineEdit:
        edit = QLineEdit(text, self)
        edit.setAccessibleName(name)
        edit.setAccessibleDescription(self.tr("Printed with the session's facts in the report"))
        return edit

    def _spin(self, value: int, low: int, high: int, name: str, suffix: str) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setRange(low, high)
        spin.setValue(value)
        spin.setSuffix(suffix)
        spin.setAccessibleName(name)
        spin.setAccessibleDescription(self.tr("Used by the timer and the session clock; Up and Down change it"))
        return spin

    # -- agenda -----------------------------------------------------------------------
    TITLE, MINUTES, SPEAKING, REMOTE = range(4)

    def _agenda_tab(self, segments: list[Segment]) -> QWidget:
        page = QWidget(self)
        self.table = QTableWidget(0, 4, page)
        self.table.setAccessibleName(self.tr("Agenda segments"))
        self.table.setAccessibleDescription(
            self.tr("The agenda, one segment per row: title, planned minutes, speaking time, remote")
        )
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Segment"),
                self.tr("Planned minutes"),
                self.tr("Seconds per turn"),
                self.tr("Remote queue"),
            ]
        )
        speaking_header = self.table.horizontalHeaderItem(self.SPEAKING)
        if speaking_header is not None:
            speaking_header.setToolTip(self.tr("Speaking time per turn (s, empty = session default)"))
        remote_header = self.table.horizontalHeaderItem(self.REMOTE)
        if remote_header is not None:
            remote_header.setToolTip(
                self.tr("Checked: in this segment N calls the next remote request (points of order still come first)")
            )
        # The title takes the room left; the other headings are as wide as their words, never cut.
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        for segment in sorted(segments, key=lambda s: s.position):
            self._add_row(segment)
        add = QPushButton(self.tr("&Add segment"), page)
        remove = QPushButton(self.tr("&Remove"), page)
        up = QPushButton(self.tr("Move &up"), page)
        down = QPushButton(self.tr("&Move down"), page)
        for button in (add, remove, up, down):
            button.setAccessibleName(button.text().replace("&", ""))
        add.clicked.connect(lambda: self._add_row(None))
        add.setAccessibleDescription(self.tr("Add a segment at the end of the agenda"))
        remove.setAccessibleDescription(self.tr("Remove the selected segment"))
        up.setAccessibleDescription(self.tr("Move the selected segment earlier"))
        down.setAccessibleDescription(self.tr("Move the selected segment later"))
        remove.clicked.connect(self._remove_row)
        up.clicked.connect(lambda: self._move_row(-1))
        down.clicked.connect(lambda: self._move_row(1))
        buttons = QHBoxLayout()
        for button in (add, remove, up, down):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        return page

    def _add_row(self, segment: Segment | None) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        title = QTableWidgetItem(segment.title if segment else self.tr("New segment"))
        title.setData(Qt.ItemDataRole.UserRole, segment.id if segment else str(uuid.uuid4()))
        self.table.setItem(row, self.TITLE, title)
        minutes = segment.planned_minutes if segment and segment.planned_minutes is not None else ""
        self.table.setItem(row, self.MINUTES, QTableWidgetItem(str(minutes)))
        speaking = segment.default_allotted_seconds if segment and segment.default_allotted_seconds else ""
        self.table.setItem(row, self.SPEAKING, QTableWidgetItem(str(speaking)))
        remote = QTableWidgetItem(self.tr("remote"))
        remote.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        remote.setCheckState(Qt.CheckState.Checked if segment and segment.remote_queue else Qt.CheckState.Unchecked)
        remote.setToolTip(self.tr("This segment draws from the remote queue"))
        self.table.setItem(row, self.REMOTE, remote)
        if segment is None:
            self.table.setCurrentCell(row, self.TITLE)
            self.table.editItem(title)

    def _remove_row(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    def _move_row(self, step: int) -> None:
        row = self.table.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.table.rowCount():
            return
        columns = range(self.table.columnCount())
        items = [self.table.takeItem(row, column) for column in columns]
        others = [self.table.takeItem(target, column) for column in columns]
        for column in columns:
            self.table.setItem(target, column, items[column])
            self.table.setItem(row, column, others[column])
        self.table.setCurrentCell(target, self.table.currentColumn())

    def _number(self, row: int, column: int, label: str) -> int | None:
        item = self.table.item(row, column)
        text = item.text().strip() if item else ""
        if not text:
            return None
        if not (text.isascii() and text.isdigit()):
            raise ValidationError(
                self.tr("Agenda row %1: %2 must be a whole number, not “%3”.")
                .replace("%1", str(row + 1))
                .replace("%2", label)
                .replace("%3", text)
            )
        return int(text)

    def _checked(self, row: int, column: int) -> bool:
        item = self.table.item(row, column)
        return item is not None and item.checkState() == Qt.CheckState.Checked

    def accept(self) -> None:
        try:
            s = self.original
            session = replace(
                s,
                title=self.title_edit.text(),
                date=date(self.date_edit.date().year(), self.date_edit.date().month(), self.date_edit.date().day())
                if self.has_date.isChecked()
                else None,
                start_time=time(self.time_edit.time().hour(), self.time_edit.time().minute())
                if self.has_time.isChecked()
                else None,
                timezone=self.timezone_edit.text(),
                venue=self.venue_edit.text(),
                event=self.event_combo.currentText(),
                format=self.format_edit.text(),
                session_code=self.code_edit.text(),
                session_type=SessionType(self.type_combo.currentData()) if self.type_combo.currentData() else None,
                planned_minutes=self.planned_spin.value() or None,
                default_allotted_seconds=self.allotted_spin.value(),
                warning_seconds=self.warning_spin.value(),
                tags=tuple(tag for tag in self.tags_edit.text().split(",")),
                organisers=tuple(self.organisers_edit.toPlainText().splitlines()),
                description=self.description_edit.toPlainText(),
            )
            session = clean_session(session)
            if self.original_attendance is not None:
                self.attendance = replace(
                    self.original_attendance,
                    participants_onsite=_stated(self.onsite_spin.value()),
                    participants_online=_stated(self.online_spin.value()),
                    women=_stated(self.women_spin.value()),
                )
            segments = []
            for row in range(self.table.rowCount()):
                title_item = self.table.item(row, self.TITLE)
                assert title_item is not None, "_add_row gives every agenda row its title item"
                segments.append(
                    clean_segment(
                        Segment(
                            id=str(title_item.data(Qt.ItemDataRole.UserRole)),
                            session_id=s.id,
                            title=title_item.text(),
                            planned_minutes=self._number(row, self.MINUTES, self.tr("planned minutes")),
                            position=row,
                            default_allotted_seconds=self._number(row, self.SPEAKING, self.tr("speaking time")),
                            remote_queue=self._checked(row, self.REMOTE),
                        )
                    )
                )
        except ValidationError as error:
            message_box.warning(self, self.windowTitle(), error_text(error))
            return
        self.session = session
        self.segments = segments
        super().accept()


def _stated(value: int) -> int | None:
    return None if value < 0 else value
