"""The report window's page for the figures only the rapporteur can give: attendance and gender."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QPlainTextEdit, QSpinBox, QWidget

from moderator_app.domain.rapporteur import GENDER_EXTENTS, Attendance

# Written out as translate(context, text) at each call so lupdate can extract the strings; the
# context stays the report window's, whose page this is.
translate = QCoreApplication.translate


def gender_extent_label(value: str) -> str:
    return {
        "": translate("ReportWindow", "Not stated"),
        "none": translate("ReportWindow", "Not discussed"),
        "mentioned": translate("ReportWindow", "Mentioned in passing"),
        "partly": translate("ReportWindow", "Partly: one topic among others"),
        "central": translate("ReportWindow", "Central to the session"),
    }[value]


class AttendanceForm(QWidget):
    """Onsite and online head counts, women among them, and how far gender was discussed.

    ``changed`` is emitted as the rapporteur types; ``load`` fills the form without it.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        form = QFormLayout(self)
        self.onsite_spin = self._count_spin(translate("ReportWindow", "Participants onsite (estimate)"))
        self.online_spin = self._count_spin(translate("ReportWindow", "Participants online (estimate)"))
        self.women_spin = self._count_spin(translate("ReportWindow", "Women among them (estimate)"))
        self.extent_combo = QComboBox(self)
        self.extent_combo.setAccessibleName(translate("ReportWindow", "How far gender was discussed"))
        self.extent_combo.setAccessibleDescription(translate("ReportWindow", "For the report's gender section"))
        for value in GENDER_EXTENTS:
            self.extent_combo.addItem(gender_extent_label(value), value)
        self.extent_combo.currentIndexChanged.connect(lambda _i: self._changed())
        self.gender_summary = QPlainTextEdit(self)
        self.gender_summary.setAccessibleName(translate("ReportWindow", "Summary of the gender discussion"))
        self.gender_summary.setAccessibleDescription(
            translate("ReportWindow", "A few sentences for the report's gender section")
        )
        self.gender_summary.textChanged.connect(self._changed)
        self.gender_summary.setTabChangesFocus(True)
        note = QLabel(
            translate(
                "ReportWindow", "Leave a number at “not given” when you have no estimate; the report then says so."
            ),
            self,
        )
        note.setWordWrap(True)
        form.addRow(translate("ReportWindow", "Participants &onsite:"), self.onsite_spin)
        form.addRow(translate("ReportWindow", "Participants o&nline:"), self.online_spin)
        form.addRow(translate("ReportWindow", "&Women:"), self.women_spin)
        form.addRow(translate("ReportWindow", "&Gender discussed:"), self.extent_combo)
        form.addRow(translate("ReportWindow", "Gender &summary:"), self.gender_summary)
        form.addRow(note)

    def _count_spin(self, name: str) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setRange(-1, 100_000)
        spin.setSpecialValueText(translate("ReportWindow", "not given"))
        spin.setAccessibleName(name)
        spin.setAccessibleDescription(
            translate("ReportWindow", "An estimate for the report's gender section; not given leaves it out")
        )
        spin.valueChanged.connect(lambda _v: self._changed())
        return spin

    def _changed(self) -> None:
        if not self._loading:
            self.changed.emit()

    def load(self, attendance: Attendance) -> None:
        """Show stored figures (not given where they are None), without signalling a change."""
        self._loading = True
        try:
            self.onsite_spin.setValue(-1 if attendance.participants_onsite is None else attendance.participants_onsite)
            self.online_spin.setValue(-1 if attendance.participants_online is None else attendance.participants_online)
            self.women_spin.setValue(-1 if attendance.women is None else attendance.women)
            self.extent_combo.setCurrentIndex(max(0, self.extent_combo.findData(attendance.gender_extent)))
            self.gender_summary.setPlainText(attendance.gender_summary)
        finally:
            self._loading = False

    def figures(self) -> Attendance:
        """What the form says, as the report's attendance figures."""

        def value(spin: QSpinBox) -> int | None:
            return None if spin.value() < 0 else spin.value()

        return Attendance(
            value(self.onsite_spin),
            value(self.online_spin),
            value(self.women_spin),
            str(self.extent_combo.currentData() or ""),
            self.gender_summary.toPlainText().strip(),
        )
