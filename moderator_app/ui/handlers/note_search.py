"""Notes → Search all sessions' notes: the search window, and showing a hit in the main window.

Loaded on first use (like the import commands), so start-up does not pay for it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QAbstractItemView

from moderator_app.services.note_search import NoteHit
from moderator_app.ui.dialogs.notes_search_dialog import NotesSearchDialog
from moderator_app.ui.window.host import WindowHost

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDockWidget

    from moderator_app.ui.handlers.live import Commands
    from moderator_app.ui.handlers.notes import NoteCommands
    from moderator_app.ui.widgets.notes_panel import NotesPanel


class NoteSearchHost(WindowHost, Protocol):
    """What the search over every session's notes uses of the window: opening a session, the Notes dock."""

    @property
    def commands(self) -> Commands: ...

    @property
    def note_commands(self) -> NoteCommands: ...

    @property
    def notes_panel(self) -> NotesPanel: ...

    @property
    def notes_dock(self) -> QDockWidget: ...


def open_notes_search(window: NoteSearchHost, event: str | None = None) -> NotesSearchDialog:
    """Show the search window (one per main window, kept with its words and hits), its field focused.

    With ``event``, the search is narrowed to that event's sessions.
    """
    dialog = window.window().findChild(NotesSearchDialog)
    if dialog is None:
        # Through the library at each search: after a restore it reads the database put in place.
        library = window.commands.context.library
        dialog = NotesSearchDialog(
            library.search_notes,
            library.event_names(),
            lambda hit: show_note(window, hit),
            window.window(),
            event=event,
        )
    elif event is not None and dialog.scope_combo.findData(event) >= 0:
        dialog.scope_combo.setCurrentIndex(dialog.scope_combo.findData(event))
    if dialog.query_edit.text().strip():
        dialog.run_search()  # notes may have been added or edited since: the hits are read again
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog


def show_note(window: NoteSearchHost, hit: NoteHit) -> bool:
    """Open the hit's session (unless it is open) and select its note in the Notes panel, with the
    panel's search and filters cleared so the note is among the rows shown. False: it is gone."""
    if window.bridge.console.session_id != hit.session_id:
        window.commands.open_console(hit.session_id)  # as File → Open session; a failure is shown there
        if window.bridge.console.session_id != hit.session_id:
            return False
    panel = window.notes_panel
    combos = (panel.speaker_combo, panel.segment_combo, panel.tag_combo)
    widgets = (panel.search_edit, *combos)
    for widget in widgets:
        widget.blockSignals(True)
    panel.search_edit.clear()
    for combo in combos:
        combo.setCurrentIndex(0)
    for widget in widgets:
        widget.blockSignals(False)
    window.note_commands.refresh()
    window.notes_dock.show()
    window.notes_dock.raise_()
    row = panel.model.row_of(hit.note_id)
    if row < 0:
        return False
    panel.select_id(hit.note_id)
    model: QAbstractItemModel = panel.model
    panel.view.scrollTo(model.index(row, 0), QAbstractItemView.ScrollHint.PositionAtCenter)
    panel.view.setFocus(Qt.FocusReason.OtherFocusReason)  # the window's focus when it is next active
    return True
