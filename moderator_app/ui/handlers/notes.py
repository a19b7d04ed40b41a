"""What the notes actions do: quick notes, the Notes dock's search and filters, edit, delete, undo."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, Qt

from moderator_app.domain.notes import filter_notes
from moderator_app.services.console import SessionConsole
from moderator_app.ui.common import labels
from moderator_app.ui.dialogs.note_dialog import NoteDialog
from moderator_app.ui.models.notes import NoteRow
from moderator_app.ui.window.host import WindowHost

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDockWidget

    from moderator_app.ui.widgets.notes_panel import NotesPanel
    from moderator_app.ui.widgets.quick_note import QuickNoteBar


class NotesHost(WindowHost, Protocol):
    """What the notes commands use of the window: the quick-note bar and the Notes dock."""

    @property
    def quick_note(self) -> QuickNoteBar: ...

    @property
    def notes_panel(self) -> NotesPanel: ...

    @property
    def notes_dock(self) -> QDockWidget: ...


class NoteCommands:
    """The notes side of the window: every change goes through the console and is committed at once."""

    def __init__(self, host: NotesHost) -> None:
        self.host = host
        #: The parent of the note dialogs.
        self.window = host.window()
        #: What the Notes dock shows now: notes, roster, agenda (the snapshot's own tuples) and filters.
        self._shown: tuple[object, ...] | None = None
        self._rows: dict[str, NoteRow] = {}

    @property
    def console(self) -> SessionConsole:
        return self.host.bridge.console

    def tr(self, text: str) -> str:
        # lupdate files self.tr() under the class it is written in: this context, not the window's.
        return QCoreApplication.translate("NoteCommands", text)

    # -- quick note -----------------------------------------------------------------------
    def focus_quick_note(self) -> None:
        self.host.quick_note.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def save_quick_note(self, text: str, tags: list[str]) -> None:
        if not text.strip():
            self.host.show_message(self.tr("Type the note first; nothing was saved."), True)
            return
        note = self.host.bridge.run(lambda: self.console.add_note(text, tags))
        if note is None:
            return
        self.host.quick_note.reset()
        self.host.show_message(
            self.tr("Note saved %1. Esc: back to the timer.").replace(
                "%1", self.link_text(note.participant_id, note.segment_id)
            ),
            False,
        )

    def link_text(self, participant_id: str | None, segment_id: str | None) -> str:
        snapshot = self.console.snapshot
        participant = snapshot.participant(participant_id) if participant_id else None
        segment = snapshot.segment(segment_id) if segment_id else None
        parts = [
            labels.person(participant.name) if participant else "",
            labels.person(segment.title, 60) if segment else "",
        ]
        shown = " · ".join(part for part in parts if part)
        return self.tr("→ %1").replace("%1", shown) if shown else self.tr("(not linked)")

    def show_link(self) -> None:
        """What a quick note saved now would be linked to."""
        snapshot = self.console.snapshot
        current = snapshot.current_intervention
        speaker = snapshot.participant(current.participant_id) if current else None
        segment = snapshot.segment(current.segment_id if current else snapshot.session.current_segment_id)
        self.host.quick_note.show_link(
            labels.person(speaker.name) if speaker else None, labels.person(segment.title, 60) if segment else None
        )

    # -- the Notes dock -------------------------------------------------------------------
    def refresh(self) -> None:
        snapshot = self.console.snapshot
        panel = self.host.notes_panel
        # Most commands (pause, next speaker…) leave the notes as they were: the console reads back only
        # what changed, so the same tuples mean the same notes, and 3,000 rows need not be rebuilt.
        shown = (snapshot.notes, snapshot.participants, snapshot.segments)
        if (
            self._shown is not None
            and all(now is before for now, before in zip(shown, self._shown[:3], strict=True))
            and panel.filters() == self._shown[3]
        ):
            return
        panel.set_choices(snapshot.participants, snapshot.segments)
        query, participant_id, segment_id, tag = panel.filters()
        hits = {note.id for note in self.console.search_notes(query)} if query else None
        notes = filter_notes(snapshot.notes, participant_id=participant_id, segment_id=segment_id, tag=tag, ids=hits)
        # A note that is the same object, with the same roster and agenda, keeps its row: adding one
        # note to 3,000 builds one row, not 3,000.
        if self._shown is None or shown[1] is not self._shown[1] or shown[2] is not self._shown[2]:
            self._rows = {}
        previous = self._rows
        self._rows = {}
        rows = []
        for note in notes:
            kept = previous.get(note.id)
            if kept is None or kept.note is not note:
                kept = NoteRow(note, snapshot.participant(note.participant_id or ""), snapshot.segment(note.segment_id))
            self._rows[note.id] = kept
            rows.append(kept)
        panel.show_rows(rows, len(snapshot.notes))
        self._shown = (*shown, panel.filters())

    def focus_search(self) -> None:
        self.host.notes_dock.show()
        self.host.notes_dock.raise_()
        self.host.notes_panel.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.host.notes_panel.search_edit.selectAll()

    def _selected(self) -> str | None:
        selected = self.host.notes_panel.selected_id()
        if selected is None:
            self.host.show_message(self.tr("Select a note in the Notes panel first."), True)
        return selected

    def edit_note(self) -> None:
        note_id = self._selected()
        snapshot = self.console.snapshot
        note = next((n for n in snapshot.notes if n.id == note_id), None)
        if note is None:
            return
        dialog = NoteDialog(note, snapshot.participants, snapshot.segments, snapshot.interventions, self.window)
        if not dialog.exec():
            return
        self.host.bridge.run(
            lambda: self.console.update_note(
                note.id,
                text=dialog.text,
                tags=dialog.tags,
                participant_id=dialog.participant_id,
                segment_id=dialog.segment_id,
                intervention_id=dialog.intervention_id,
            ),
            done=self.tr("Note saved."),
        )
        self.host.notes_panel.select_id(note.id)

    def delete_note(self) -> None:
        note_id = self._selected()
        if note_id is not None:
            self.host.bridge.run(
                lambda: self.console.delete_note(note_id),
                done=self.tr("Note deleted (Ctrl+Z in the notes table, or Notes → Undo note change, brings it back)."),
            )

    def undo_note(self) -> None:
        self.host.bridge.run(self.console.undo_note, done=self.tr("Note change undone."))
