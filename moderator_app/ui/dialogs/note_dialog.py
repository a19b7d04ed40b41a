"""Edit a note: its text, its tags, and what it is linked to (speaker, segment, intervention)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from moderator_app.domain.notes import Note, NoteTag
from moderator_app.domain.session import Participant, Segment
from moderator_app.domain.timer import Intervention
from moderator_app.ui.common import labels
from moderator_app.ui.common.accessibility import describe_buttons
from moderator_app.ui.models.tables import _local_time


class NoteDialog(QDialog):
    """Text, tag checkboxes, and three link combos that start with "(none)"."""

    def __init__(
        self,
        note: Note,
        participants: Sequence[Participant],
        segments: Sequence[Segment],
        interventions: Sequence[Intervention],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit note"))
        self._interventions = {i.id: i for i in interventions}
        self.text_edit = QPlainTextEdit(self)
        self.text_edit.setAccessibleName(self.tr("Note text"))
        self.text_edit.setAccessibleDescription(
            self.tr("The note as the report will quote it; Tab moves on to the tags")
        )
        self.text_edit.setPlainText(note.text)
        self.text_edit.setTabChangesFocus(True)
        self.tag_boxes: dict[NoteTag, QCheckBox] = {}
        tags = QGroupBox(self.tr("Tags"), self)
        grid = QGridLayout(tags)
        for number, tag in enumerate(NoteTag):
            box = QCheckBox(labels.note_tag(tag), tags)
            box.setAccessibleName(labels.note_tag(tag))
            box.setAccessibleDescription(self.tr("Tag the note: tags decide which report section drafts from it"))
            box.setChecked(tag in note.tags)
            grid.addWidget(box, number // 3, number % 3)
            self.tag_boxes[tag] = box
        names = {p.id: p.name for p in participants}
        titles = {s.id: s.title for s in segments}
        self.speaker_combo = self._combo(
            self.tr("Linked speaker"),
            sorted(((p.name, p.id) for p in participants), key=lambda item: item[0].casefold()),
            note.participant_id,
        )
        self.segment_combo = self._combo(
            self.tr("Linked segment"),
            [(s.title, s.id) for s in sorted(segments, key=lambda s: s.position)],
            note.segment_id,
        )
        turns = [
            (
                " · ".join(
                    part
                    for part in (
                        _local_time(i.started_at),
                        names.get(i.participant_id, self.tr("(removed)")),
                        labels.kind(i.kind),
                        titles.get(i.segment_id or "", ""),
                    )
                    if part
                ),
                i.id,
            )
            for i in reversed(interventions)
        ]
        self.intervention_combo = self._combo(self.tr("Linked intervention"), turns, note.intervention_id)
        self.intervention_combo.currentIndexChanged.connect(self._follow_intervention)
        self.speaker_combo.currentIndexChanged.connect(self._drop_other_speakers_turn)
        form = QFormLayout()
        form.addRow(self.tr("&Speaker:"), self.speaker_combo)
        form.addRow(self.tr("S&egment:"), self.segment_combo)
        form.addRow(self.tr("&Intervention:"), self.intervention_combo)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        describe_buttons(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.text_edit.textChanged.connect(self._check)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text_edit, 1)
        layout.addWidget(tags)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(620, 480)
        self._check()

    def _combo(self, name: str, items: list[tuple[str, str]], current: str | None) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(name)
        combo.setAccessibleDescription(self.tr("What the note is linked to; (none) for no link"))
        combo.addItem(self.tr("(none)"), None)
        for text, value in items:
            combo.addItem(text, value)
        combo.setCurrentIndex(max(0, combo.findData(current)) if current else 0)
        return combo

    def _follow_intervention(self) -> None:
        """Linking to a turn links to its speaker and segment as well."""
        turn = self._interventions.get(self.intervention_combo.currentData() or "")
        if turn is None:
            return
        self.speaker_combo.setCurrentIndex(max(0, self.speaker_combo.findData(turn.participant_id)))
        if turn.segment_id:
            self.segment_combo.setCurrentIndex(max(0, self.segment_combo.findData(turn.segment_id)))

    def _drop_other_speakers_turn(self) -> None:
        """Relinking to another speaker unlinks a turn that was someone else's."""
        turn = self._interventions.get(self.intervention_combo.currentData() or "")
        if turn is not None and turn.participant_id != self.speaker_combo.currentData():
            self.intervention_combo.setCurrentIndex(0)

    def _check(self) -> None:
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(bool(self.text_edit.toPlainText().strip()))

    @property
    def text(self) -> str:
        return self.text_edit.toPlainText()

    @property
    def tags(self) -> list[str]:
        return [tag.value for tag, box in self.tag_boxes.items() if box.isChecked()]

    @property
    def participant_id(self) -> str | None:
        return self.speaker_combo.currentData()

    @property
    def segment_id(self) -> str | None:
        return self.segment_combo.currentData()

    @property
    def intervention_id(self) -> str | None:
        return self.intervention_combo.currentData()
