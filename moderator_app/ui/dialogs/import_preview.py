"""Previews shown before an import saves anything: a workshop proposal's findings, a roster's mapping and rows."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from moderator_app.domain.enums import Attendance, Gender, Region, Role, SessionType, StakeholderGroup
from moderator_app.domain.session import Participant, ParticipantDraft, Session, clean_session
from moderator_app.domain.text import ValidationError
from moderator_app.importers.duplicates import find_duplicates
from moderator_app.importers.proposal import ProposalResult
from moderator_app.importers.roster import FIELDS, RosterResult, apply_mapping
from moderator_app.ui.common import labels
from moderator_app.ui.common.errors import error_text

PREVIEW_ROWS = 20


def _item(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    return item


def _plain(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


def _table(headers: Sequence[str], name: str, parent: QWidget) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(list(headers))
    table.setAccessibleName(name)
    table.setAccessibleDescription(
        QCoreApplication.translate(
            "import_preview", "What will be imported, one row each; nothing is saved until you confirm"
        )
    )
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    # One Tab into the table and one out of it (arrows move between cells): Tab from cell to cell
    # never reached the buttons below.
    table.setTabKeyNavigation(False)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return table


def _roles_text(roles: Sequence[str]) -> str:
    return ", ".join(labels.role(Role(role)) for role in roles)


def _draft_cells(draft: ParticipantDraft) -> list[str]:
    group = StakeholderGroup(draft.stakeholder_group) if draft.stakeholder_group else None
    gender = Gender(draft.gender) if draft.gender else None
    return [
        draft.name,
        _roles_text(draft.roles),
        labels.stakeholder_group(group),
        labels.gender(gender),
        draft.affiliation,
        draft.country,
    ]


class ProposalPreview(QDialog):
    """What the proposal says, editable where it matters, and what was not understood; nothing saved yet."""

    def __init__(self, result: ProposalResult, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import workshop proposal"))
        self.proposal = result
        self.session: Session | None = None
        self.drafts: list[ParticipantDraft] = []
        found = result.session
        self.title_edit = QLineEdit(found.title, self)
        self.date_edit = QLineEdit(found.date.isoformat() if found.date else "", self)
        self.date_edit.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.venue_edit = QLineEdit(found.venue, self)
        self.format_edit = QLineEdit(found.format, self)
        self.code_edit = QLineEdit(found.session_code, self)
        self.type_combo = QComboBox(self)
        self.type_combo.addItem(labels.session_type(None), None)
        for kind in SessionType:
            self.type_combo.addItem(labels.session_type(kind), kind.value)
        found_type = found.session_type.value if found.session_type else None
        self.type_combo.setCurrentIndex(max(0, self.type_combo.findData(found_type)))
        self.minutes_spin = QSpinBox(self)
        self.minutes_spin.setRange(0, 24 * 60)
        self.minutes_spin.setSpecialValueText(self.tr("not stated"))
        self.minutes_spin.setValue(found.planned_minutes or 0)
        form = QFormLayout()
        for text, widget in (
            (self.tr("Title"), self.title_edit),
            (self.tr("Session code"), self.code_edit),
            (self.tr("Session type"), self.type_combo),
            (self.tr("Date"), self.date_edit),
            (self.tr("Venue"), self.venue_edit),
            (self.tr("Format"), self.format_edit),
            (self.tr("Planned minutes"), self.minutes_spin),
        ):
            widget.setAccessibleName(text)
            widget.setAccessibleDescription(self.tr("As read from the proposal; correct it here before importing"))
            form.addRow(_plain(text, self), widget)
        self.people = _table(
            [
                self.tr("Name"),
                self.tr("Roles"),
                self.tr("Stakeholder group"),
                self.tr("Gender"),
                self.tr("Gender source"),
                self.tr("Affiliation"),
                self.tr("Country"),
                self.tr("UN regional group"),
                self.tr("Attendance"),
            ],
            self.tr("Participants found"),
            self,
        )
        self.gender_combos: list[QComboBox] = []
        self.people.setRowCount(len(result.participants))
        for row, person in enumerate(result.participants):
            cells = _draft_cells(person.draft)
            roles = self.tr("to be confirmed (the page's heading was lost)") if person.role_unconfirmed else cells[1]
            region = labels.region(Region(person.draft.region) if person.draft.region else None)
            attendance = labels.attendance(Attendance(person.draft.attendance))
            values = (cells[0], roles, cells[2], cells[4], cells[5], region, attendance)
            for column, value in zip((0, 1, 2, 5, 6, 7, 8), values, strict=True):
                self.people.setItem(row, column, _item(value))
            combo = QComboBox(self.people)
            combo.setAccessibleName(self.tr("Gender of %1").replace("%1", person.draft.name))
            combo.addItem(labels.gender(None), None)
            for gender in Gender:
                combo.addItem(labels.gender(gender), gender.value)
            combo.setCurrentIndex(max(0, combo.findData(person.draft.gender)))
            self.people.setCellWidget(row, 3, combo)
            self.gender_combos.append(combo)
            source = (
                self.tr("from honorific (%1), please confirm").replace("%1", person.honorific)
                if person.gender_from_honorific
                else ""
            )
            self.people.setItem(row, 4, _item(source))
        self.problems = QListWidget(self)
        self.problems.setAccessibleName(self.tr("Lines not understood"))
        self.problems.setAccessibleDescription(
            self.tr("Lines of the proposal that were not understood; nothing from them is imported")
        )
        for problem in result.not_understood:
            self.problems.addItem(
                self.tr("Line %1: %2 — %3")
                .replace("%1", str(problem.line))
                .replace("%2", problem.text[:120])
                .replace("%3", problem.why)
            )
        self.error_label = _plain("", self)
        self.error_label.setAccessibleName(self.tr("Problem"))
        buttons = QDialogButtonBox(self)
        self.import_button = QPushButton(self.tr("&Create session"), self)
        self.import_button.setDefault(True)  # Enter, Alt+C or Tab to it: the keyboard gets there too
        self.import_button.setAccessibleName(self.tr("Create session from this proposal"))
        self.import_button.setAccessibleDescription(self.tr("Create a new session with these details and people"))
        self.cancel_button = QPushButton(self.tr("Import nothing"), self)
        self.cancel_button.setAccessibleName(self.tr("Import nothing"))
        self.cancel_button.setAccessibleDescription(self.tr("Close without importing anything (Esc)"))
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        self.people_summary = _plain(self._people_summary(), self)
        self.people_summary.setAccessibleName(self.tr("People found"))
        layout.addWidget(self.people_summary)
        layout.addWidget(self.people, 2)
        layout.addWidget(
            _plain(self.tr("Not understood (%1 lines)").replace("%1", str(len(result.not_understood))), self)
        )
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.resize(900, 640)

    def _people_summary(self) -> str:
        """How many people, with which roles; a plain warning (not a colour) when the page gave no one."""
        if not self.proposal.participants:
            return self.tr(
                "Warning: no person could be read from this page. Check that it is the session's own page "
                "(the lines not understood are listed below); people can also be added after the import."
            )
        counts = self.proposal.role_counts()
        parts = [
            (
                self.tr("%1 to be confirmed") if role == "to_be_confirmed" else "%1 " + labels.role(Role(role)).lower()
            ).replace("%1", str(count))
            for role, count in counts.items()
        ]
        total = str(len(self.proposal.participants))
        return self.tr("People (%1): %2").replace("%1", total).replace("%2", ", ".join(parts))

    def edited(self) -> tuple[Session, list[ParticipantDraft]]:
        """The session and people as the user left them; ValidationError if something cannot be used."""
        text = self.date_edit.text().strip()
        try:
            day = date.fromisoformat(text) if text else None
        except ValueError:
            raise ValidationError(self.tr("The date must look like 2017-12-21, or be left empty.")) from None
        session = replace(
            self.proposal.session,
            id="preview",
            title=self.title_edit.text(),
            date=day,
            venue=self.venue_edit.text(),
            format=self.format_edit.text(),
            planned_minutes=self.minutes_spin.value() or None,
            session_code=self.code_edit.text(),
            session_type=SessionType(self.type_combo.currentData()) if self.type_combo.currentData() else None,
        )
        clean_session(session)
        drafts = [
            replace(person.draft, gender=combo.currentData())
            for person, combo in zip(self.proposal.participants, self.gender_combos, strict=True)
        ]
        return session, drafts

    def accept(self) -> None:
        try:
            self.session, self.drafts = self.edited()
        except ValidationError as error:
            self.error_label.setText(error_text(error))
            return
        super().accept()


class RosterPreview(QDialog):
    """The roster as it will be imported: detected encoding and delimiter, a mapping to change, rows, errors."""

    def __init__(self, result: RosterResult, existing: Sequence[Participant], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import roster (CSV)"))
        self.roster = result
        self.existing = list(existing)
        self.duplicates: list[tuple[int, str]] = []
        delimiter = {",": self.tr("comma"), ";": self.tr("semicolon"), "\t": self.tr("tab")}[result.delimiter]
        self.detected = _plain(
            self.tr("Encoding: %1 · Delimiter: %2").replace("%1", result.encoding).replace("%2", delimiter), self
        )
        self.detected.setAccessibleName(self.tr("Detected encoding and delimiter"))
        names = self._field_names()
        mapping_box = QGroupBox(self.tr("Columns"), self)
        grid = QGridLayout(mapping_box)
        self.combos: list[QComboBox] = []
        for column, (header, field) in enumerate(zip(result.raw.headers, result.mapping, strict=True)):
            combo = QComboBox(mapping_box)
            combo.setAccessibleName(self.tr("Field for column “%1”").replace("%1", header or str(column + 1)))
            combo.setAccessibleDescription(
                self.tr("Which participant field this column of the file fills; Ignore leaves it out")
            )
            for value in FIELDS:
                combo.addItem(names[value], value)
            combo.setCurrentIndex(combo.findData(field))
            combo.currentIndexChanged.connect(self._remap)
            grid.addWidget(
                _plain(header or self.tr("(column %1)").replace("%1", str(column + 1)), mapping_box), column, 0
            )
            grid.addWidget(combo, column, 1)
            self.combos.append(combo)
        self.rows = _table(
            [
                self.tr("Line"),
                self.tr("Name"),
                self.tr("Roles"),
                self.tr("Stakeholder group"),
                self.tr("Gender"),
                self.tr("Affiliation"),
                self.tr("Country"),
                self.tr("Attendance"),
            ],
            self.tr("Rows to import"),
            self,
        )
        self.summary = _plain("", self)
        self.summary.setAccessibleName(self.tr("Import summary"))
        self.errors = QListWidget(self)
        self.errors.setAccessibleName(self.tr("Rows that cannot be read"))
        self.errors.setAccessibleDescription(
            self.tr("These rows are left out; correct them in the file and import it again")
        )
        self.duplicate_label = _plain("", self)
        self.duplicate_choice = QComboBox(self)
        self.duplicate_choice.setAccessibleName(self.tr("People already on the roster"))
        self.duplicate_choice.setAccessibleDescription(
            self.tr("Skip people whose name is already on the roster, or update their details")
        )
        self.duplicate_choice.addItem(self.tr("Skip them"), "skip")
        self.duplicate_choice.addItem(self.tr("Update their details"), "update")
        buttons = QDialogButtonBox(self)
        self.import_button = QPushButton(self.tr("Import good rows"), self)
        self.import_button.setAccessibleName(self.tr("Import good rows"))
        self.import_button.setAccessibleDescription(self.tr("Add the rows that could be read to the roster"))
        self.cancel_button = QPushButton(self.tr("Import nothing"), self)
        self.cancel_button.setAccessibleName(self.tr("Import nothing"))
        self.cancel_button.setAccessibleDescription(self.tr("Close without importing anything (Esc)"))
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.detected)
        layout.addWidget(mapping_box)
        layout.addWidget(self.summary)
        layout.addWidget(self.rows, 2)
        layout.addWidget(self.errors, 1)
        layout.addWidget(self.duplicate_label)
        layout.addWidget(self.duplicate_choice)
        layout.addWidget(buttons)
        self.resize(960, 720)
        self._show(result)

    def _field_names(self) -> dict[str, str]:
        return {
            "ignore": self.tr("(ignore)"),
            "name": self.tr("Name"),
            "first_name": self.tr("First name"),
            "last_name": self.tr("Last name"),
            "affiliation": self.tr("Affiliation"),
            "stakeholder_group": self.tr("Stakeholder group"),
            "gender": self.tr("Gender"),
            "country": self.tr("Country"),
            "region": self.tr("UN regional group"),
            "roles": self.tr("Roles"),
            "attendance": self.tr("Attendance"),
            "remote": self.tr("Remote (yes/no)"),
            "onsite": self.tr("Onsite (yes/no)"),
        }

    @property
    def mapping(self) -> tuple[str, ...]:
        return tuple(str(combo.currentData()) for combo in self.combos)

    @property
    def duplicate_mode(self) -> str:
        return str(self.duplicate_choice.currentData())

    def _remap(self) -> None:
        self._show(apply_mapping(self.roster.raw, self.mapping))

    def _show(self, result: RosterResult) -> None:
        self.roster = result
        shown = result.rows[:PREVIEW_ROWS]
        self.rows.setRowCount(len(shown))
        for row, each in enumerate(shown):
            cells = _draft_cells(each.draft)
            attendance = labels.attendance(Attendance(each.draft.attendance))
            for column, value in enumerate([str(each.line), *cells, attendance]):
                self.rows.setItem(row, column, _item(value))
        self.errors.clear()
        for line, reason in result.errors:
            self.errors.addItem(self.tr("Line %1: %2").replace("%1", str(line)).replace("%2", reason))
        self.duplicates = find_duplicates([(r.line, r.draft) for r in result.rows], self.existing)
        self.summary.setText(
            self.tr("%1 rows can be imported (the first %2 shown), %3 cannot be read.")
            .replace("%1", str(len(result.rows)))
            .replace("%2", str(len(shown)))
            .replace("%3", str(len(result.errors)))
        )
        lines = ", ".join(str(line) for line, _ in self.duplicates[:20])
        self.duplicate_label.setText(
            self.tr("%1 people are already on the roster (lines %2).")
            .replace("%1", str(len(self.duplicates)))
            .replace("%2", lines)
            if self.duplicates
            else self.tr("Nobody in this file is on the roster yet.")
        )
        self.duplicate_choice.setEnabled(bool(self.duplicates))
        self.import_button.setEnabled(bool(result.rows))
