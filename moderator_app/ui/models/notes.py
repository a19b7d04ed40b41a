"""Thin Qt table model for the session's notes."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt

from moderator_app.domain.notes import Note
from moderator_app.domain.session import Participant, Segment
from moderator_app.domain.text import isolate
from moderator_app.ui.common import labels
from moderator_app.ui.common.contexts import QT_TRANSLATE_NOOP
from moderator_app.ui.common.message_box import plain_tip
from moderator_app.ui.models.tables import Index, _local_time, _TableModel


@dataclass(frozen=True, slots=True)
class NoteRow:
    """A line of the notes table: the note and what it is linked to."""

    note: Note
    participant: Participant | None
    segment: Segment | None


class NotesModel(_TableModel):
    """Notes, oldest first; the text cell is one line (the tooltip has it all)."""

    TIME, SPEAKER, SEGMENT, TAGS, TEXT = range(5)
    HEADERS = (
        QT_TRANSLATE_NOOP("tables", "Time"),
        QT_TRANSLATE_NOOP("tables", "Speaker"),
        QT_TRANSLATE_NOOP("tables", "Segment"),
        QT_TRANSLATE_NOOP("tables", "Tags"),
        QT_TRANSLATE_NOOP("tables", "Note"),
    )

    def key(self, row: NoteRow) -> str:
        return row.note.id

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid() and index.column() == self.TEXT:
            row = self.row_object(index.row())
            return plain_tip(isolate(row.note.text)) if row else None
        return super().data(index, role)

    def cell(self, row: NoteRow, column: int) -> str:
        note = row.note
        if column == self.TIME:
            return _local_time(note.created_at)
        if column == self.SPEAKER:
            return row.participant.name if row.participant else "—"
        if column == self.SEGMENT:
            return row.segment.title if row.segment else "—"
        if column == self.TAGS:
            return ", ".join(labels.note_tag(tag) for tag in note.tags)
        if column == self.TEXT:
            # One line per note; isolated so a stray direction override stays inside its own cell.
            return isolate(" ⏎ ".join(note.text.splitlines()))
        return ""
