"""Add or edit one participant."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCollator, QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from moderator_app.domain.enums import Attendance, Gender, Region, Role, StakeholderGroup
from moderator_app.domain.regions import Country
from moderator_app.domain.session import MAX_LINE, MAX_NAME, ParticipantDraft
from moderator_app.ui.common import labels, message_box
from moderator_app.ui.common.accessibility import describe_buttons
from moderator_app.ui.common.locale_format import country_name, country_names


class ParticipantDialog(QDialog):
    """The participant form; the UN regional group follows the country."""

    def __init__(
        self, countries: Mapping[str, Country], draft: ParticipantDraft | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit participant") if draft else self.tr("Add participant"))
        self.countries = countries
        self.draft: ParticipantDraft | None = None
        form = QFormLayout(self)
        self.name_edit = QLineEdit(self)
        self.name_edit.setMaxLength(MAX_NAME)
        self.name_edit.setAccessibleName(self.tr("Name"))
        self.name_edit.setAccessibleDescription(self.tr("The name as the report and the stage display should show it"))
        self.affiliation_edit = QLineEdit(self)
        self.affiliation_edit.setMaxLength(MAX_LINE)
        self.affiliation_edit.setAccessibleName(self.tr("Affiliation"))
        self.affiliation_edit.setAccessibleDescription(
            self.tr("The organisation, institution or government they speak for")
        )
        self.group_combo = self._combo(
            self.tr("Stakeholder group"), [(g.value, labels.stakeholder_group(g)) for g in StakeholderGroup]
        )
        self.gender_combo = self._combo(self.tr("Gender"), [(g.value, labels.gender(g)) for g in Gender])
        self.country_combo = QComboBox(self)
        self.country_combo.setEditable(True)
        self.country_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.country_combo.setAccessibleName(self.tr("Country"))
        self.country_combo.setAccessibleDescription(
            self.tr("Type a few letters to find the country; it sets the UN regional group")
        )
        self.country_combo.addItem(self.tr("Not stated"), "")
        # Names in the interface language, in that language's alphabetical order (É sorts with E).
        collator = QCollator(QLocale())
        named = [(country_name(country), country.code) for country in countries.values()]
        for name, code in sorted(named, key=lambda item: collator.sortKey(item[0])):
            self.country_combo.addItem(f"{name} ({code})", code)
        completer = self.country_combo.completer()
        assert completer is not None, "an editable combo box has a completer"
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.region_label = QLabel(self)
        self.region_label.setAccessibleName(self.tr("UN regional group"))
        self.country_combo.currentIndexChanged.connect(self._update_region)
        roles_box = QWidget(self)
        roles_grid = QGridLayout(roles_box)
        roles_grid.setContentsMargins(0, 0, 0, 0)
        self.role_checks: dict[Role, QCheckBox] = {}
        for index, role in enumerate(Role):
            check = QCheckBox(labels.role(role), roles_box)
            check.setAccessibleName(self.tr("Role: %1").replace("%1", labels.role(role)))
            check.setAccessibleDescription(self.tr("Tick every role this person has in the session"))
            roles_grid.addWidget(check, index // 3, index % 3)
            self.role_checks[role] = check
        self.attendance_combo = QComboBox(self)
        self.attendance_combo.setAccessibleName(self.tr("Attendance"))
        self.attendance_combo.setAccessibleDescription(self.tr("In the room or online; counted apart in the balance"))
        for value in Attendance:
            self.attendance_combo.addItem(labels.attendance(value), value.value)
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&Affiliation:"), self.affiliation_edit)
        form.addRow(self.tr("Stakeholder &group:"), self.group_combo)
        form.addRow(self.tr("G&ender:"), self.gender_combo)
        form.addRow(self.tr("&Country:"), self.country_combo)
        form.addRow(self.tr("UN regional group:"), self.region_label)
        form.addRow(self.tr("Roles:"), roles_box)
        form.addRow(self.tr("A&ttendance:"), self.attendance_combo)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        describe_buttons(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self._load(draft or ParticipantDraft(name=""))
        self.resize(560, self.sizeHint().height())

    def _combo(self, name: str, items: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(name)
        combo.setAccessibleDescription(self.tr("Counted in the speaking-time balance; Not stated is always allowed"))
        combo.addItem(self.tr("Not stated"), "")
        for value, text in items:
            combo.addItem(text, value)
        return combo

    @staticmethod
    def _select(combo: QComboBox, value: str | None) -> None:
        index = combo.findData(value or "")
        combo.setCurrentIndex(max(0, index))

    def _load(self, draft: ParticipantDraft) -> None:
        # A regional group stated without a country (read from an IGF page) is kept while no country is set.
        self._stated_region = draft.region
        self.name_edit.setText(draft.name)
        self.affiliation_edit.setText(draft.affiliation)
        self._select(self.group_combo, draft.stakeholder_group)
        self._select(self.gender_combo, draft.gender)
        self._select(self.country_combo, draft.country)
        self._select(self.attendance_combo, draft.attendance)
        for role, check in self.role_checks.items():
            check.setChecked(role.value in draft.roles)
        self._update_region()

    def _update_region(self) -> None:
        code = self._country_code()
        country = self.countries.get(code) if code else None
        stated = Region(self._stated_region) if self._stated_region and not code else None
        self.region_label.setText(labels.region(country.region if country else stated))

    def _country_code(self) -> str:
        data = self.country_combo.currentData()
        typed = self.country_combo.currentText().strip()
        if data is not None and self.country_combo.itemText(self.country_combo.currentIndex()) == typed:
            return str(data)
        # Typed text that is not an item: accept a code or an exact country name.
        if typed.upper() in self.countries:
            return typed.upper()
        for country in self.countries.values():
            if any(name.casefold() == typed.casefold() for name in country_names(country)):
                return country.code
        return typed

    def current_draft(self) -> ParticipantDraft:
        roles = tuple(role.value for role, check in self.role_checks.items() if check.isChecked())
        return ParticipantDraft(
            name=self.name_edit.text(),
            affiliation=self.affiliation_edit.text(),
            stakeholder_group=self.group_combo.currentData() or None,
            gender=self.gender_combo.currentData() or None,
            country=self._country_code(),
            roles=roles or (Role.PARTICIPANT.value,),
            attendance=self.attendance_combo.currentData(),
            region=self._stated_region,
        )

    def accept(self) -> None:
        draft = self.current_draft()
        if not draft.name.strip():
            message_box.warning(
                self, self.windowTitle(), self.tr("Type the participant's name: it is the one required field.")
            )
            self.name_edit.setFocus()
            return
        code = draft.country
        if code and code not in self.countries:
            message_box.warning(
                self,
                self.windowTitle(),
                self.tr("“%1” is not a country in the list; pick one or type its two-letter code.").replace("%1", code),
            )
            self.country_combo.setFocus()
            return
        self.draft = draft
        super().accept()


def ask_participant(
    parent: QWidget, countries: Mapping[str, Country], draft: ParticipantDraft | None = None
) -> ParticipantDraft | None:
    dialog = ParticipantDialog(countries, draft, parent)
    return dialog.draft if dialog.exec() == QDialog.DialogCode.Accepted else None
