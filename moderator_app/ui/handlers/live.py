"""What the window's actions do: dialogs around console commands, with plain-words feedback."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from moderator_app.domain.enums import InterventionKind, Region
from moderator_app.domain.formatting import clock_text
from moderator_app.domain.regions import Country
from moderator_app.domain.session import ParticipantDraft, Session, draft_from
from moderator_app.domain.text import safe_file_name
from moderator_app.services.console import SessionConsole
from moderator_app.services.errors import ImportConflictError, SessionFileError
from moderator_app.services.library import Library
from moderator_app.ui.common import labels, message_box
from moderator_app.ui.common.last_folder import SESSION_FILE, remember_folder, save_start
from moderator_app.ui.dialogs.preferences import read_preferences, with_session_defaults
from moderator_app.ui.window.gc_pauses import session_opened
from moderator_app.ui.window.host import WindowHost

# Dialogs are imported where they open, so start-up does not pay for them (docs/benchmarks.md).

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QDockWidget

    from moderator_app.ui.dialogs.about_dialog import AboutDialog
    from moderator_app.ui.report.window import ReportWindow
    from moderator_app.ui.widgets.panels import QueuePanel, RosterPanel

T = TypeVar("T")


class Backups(Protocol):
    def backup_now(self, reason: str) -> Path | None: ...


class CommandsHost(WindowHost, Protocol):
    """What the window's commands use of the window besides the bridge and the status bar."""

    @property
    def roster_panel(self) -> RosterPanel: ...

    @property
    def roster_dock(self) -> QDockWidget: ...

    @property
    def queue_panel(self) -> QueuePanel: ...

    @property
    def backups(self) -> Backups: ...

    @property
    def actions_by_menu(self) -> list[tuple[str, list[QAction]]]: ...

    def search_notes(self, event: str | None = None) -> None: ...

    def report_refusal(self) -> str | None: ...


@dataclass(frozen=True)
class AppContext:
    """What the window's commands use, made once at start-up: the library, and the lists the dialogs offer."""

    library: Library
    countries: dict[str, Country]
    regions: dict[str, Region]


class Commands:
    """What each action does: dialogs around console commands, with plain-words feedback."""

    def __init__(self, host: CommandsHost, context: AppContext) -> None:
        self.host = host
        #: The parent of the commands' dialogs.
        self.window = host.window()
        self.context = context
        self.library = context.library
        self.paths = context.library.paths
        #: The rapporteur's window for the open session, once opened (one per main window).
        self.report_window: ReportWindow | None = None
        self.about_dialog: AboutDialog | None = None

    @property
    def console(self) -> SessionConsole:
        return self.host.bridge.console

    def tr(self, text: str) -> str:
        # lupdate files self.tr() under the class it is written in: this context, not the window's.
        return QCoreApplication.translate("Commands", text)

    def _run(self, command: Callable[[], T], done: str | None = None) -> T | None:
        return self.host.bridge.run(command, done=done)

    def open_console(self, session_id: str) -> None:
        # Opening remembers the session as the last one used: a write, which a full disk can refuse.
        console: SessionConsole | None = self._run(lambda: self.library.open_console(session_id))
        if console is not None:
            self.host.bridge.attach(console)
            session_opened()  # out of Python's full collections, like the first (gc_pauses.py)

    # -- file -------------------------------------------------------------------------
    def new_session(self) -> None:
        session = with_session_defaults(
            Session(id=str(uuid.uuid4()), title=self.tr("New session")), read_preferences(self.host.settings)
        )
        from moderator_app.ui.dialogs.session_dialog import SessionDialog

        dialog = SessionDialog(session, [], self.window, events=self._event_names())
        if not dialog.exec() or dialog.session is None:
            return
        details, segments = dialog.session, dialog.segments
        created = self._run(lambda: self.library.create_session(details, segments))
        if created is None:
            return
        self.open_console(session.id)
        self.host.show_message(
            self.tr("Created “%1”. Add participants with Ctrl+Shift+A.").replace(
                "%1", labels.person(session.title, 80)
            ),
            False,
        )

    def open_session(self) -> None:
        from moderator_app.ui.dialogs.simple import SessionChooser

        chooser = SessionChooser(self.library.list_sessions(), self.console.session_id, self.window)
        if chooser.exec() and chooser.chosen:
            self.open_console(chooser.chosen)

    def open_demo(self) -> None:
        demo = self._run(self.library.ensure_demo)
        if demo is not None:
            self.open_console(demo)

    def import_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Import session file"),
            str(Path.home()),
            self.tr("Session files (*.json);;All files (*)"),
        )
        if not name:
            return
        try:
            snapshot, summary = self.library.import_file(Path(name))
        except ImportConflictError as conflict:
            box, choices = import_choice_box(str(conflict), self.window)
            box.exec()
            choice = choices.get(box.clickedButton())
            if choice is None:
                return
            try:
                snapshot, summary = self.library.import_file(
                    Path(name),
                    merge=choice == "merge",
                    copy=choice == "copy",
                    replace=choice == "replace",
                )
            except SessionFileError as error:
                message_box.warning(self.window, self.tr("Import session file"), str(error))
                return
        except SessionFileError as error:
            message_box.warning(
                self.window,
                self.tr("Import session file"),
                self.tr("Nothing was imported.") + "\n\n" + str(error),
            )
            return
        self.open_console(snapshot.session.id)
        if summary is not None:
            message_box.information(self.window, self.tr("Session file merged"), "\n".join(summary.lines()))
        self.host.show_message(
            self.tr("Imported “%1”.").replace("%1", labels.person(snapshot.session.title, 80)), False
        )

    def export_file(self) -> None:
        from moderator_app.ui.common import save_guard

        suggested = save_start(self.host.settings, SESSION_FILE, safe_file_name(self.console.session.title, ".json"))
        name, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Export session file"), str(suggested), self.tr("Session files (*.json)")
        )
        if not name or save_guard.refused(self.window, self.tr("Export session file"), name, self.paths.data_dir):
            return
        remember_folder(self.host.settings, SESSION_FILE, name)
        try:
            self.library.export_file(self.console.session_id, Path(name))
        except OSError as error:
            message_box.warning(
                self.window,
                self.tr("Export session file"),
                self.tr("Could not write %1: %2. Choose another folder.")
                .replace("%1", name)
                .replace("%2", error.strerror or str(error)),
            )
            return
        self.host.show_message(self.tr("Exported to %1").replace("%1", name), False)

    # -- session ------------------------------------------------------------------------
    def _event_names(self) -> list[str]:
        return self.library.event_names()

    def edit_session(self) -> None:
        snapshot = self.console.snapshot
        from moderator_app.ui.dialogs.session_dialog import SessionDialog

        figures = self.console.attendance()
        dialog = SessionDialog(
            snapshot.session, list(snapshot.segments), self.window, events=self._event_names(), attendance=figures
        )
        if not dialog.exec() or dialog.session is None:
            return
        session, segments, attendance = dialog.session, dialog.segments, dialog.attendance
        if attendance is not None and attendance != figures:
            self._run(lambda: self.console.save_attendance(attendance))
        self._run(lambda: self.console.update_details(session, segments), done=self.tr("Session details saved."))

    def start_session(self) -> None:
        self._run(self.console.start_session, done=self.tr("Session clock started."))

    def end_session(self) -> None:
        answer = message_box.question(
            self.window,
            self.tr("End session"),
            self.tr("End the session now? The current intervention ends and the session clock stops."),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._run(self.console.end_session, done=self.tr("Session ended."))
            if self.console.snapshot.session.ended_at is not None:
                self.host.backups.backup_now("session-end")

    def resume_session(self) -> None:
        self._run(self.console.reopen_session, done=self.tr("Session resumed."))

    def next_segment(self) -> None:
        segment = self._run(self.console.next_segment)
        if segment is not None:
            self.host.show_message(self.tr("Now: %1").replace("%1", segment.title), False)

    # -- roster -------------------------------------------------------------------------
    def focus_roster_filter(self) -> None:
        self.host.roster_dock.show()
        self.host.roster_panel.filter_edit.setFocus()
        self.host.roster_panel.filter_edit.selectAll()

    def _selected_participant(self) -> str | None:
        selected = self.host.roster_panel.selected_id()
        if selected is None:
            self.host.show_message(self.tr("Select someone in the roster first."), True)
        return selected

    def add_participant(self) -> None:
        from moderator_app.ui.dialogs.participant_dialog import ask_participant

        draft = ask_participant(self.window, self.context.countries)
        if draft is not None:
            added = self._run(lambda: self.console.add_participant(draft))
            if added is not None:
                self.host.roster_panel.select_id(added.id)
                self.host.show_message(
                    self.tr("Added %1 to the roster.").replace("%1", labels.person(added.name)), False
                )

    def edit_participant(self) -> None:
        participant_id = self._selected_participant()
        if participant_id is None:
            return
        participant = self.console.snapshot.participant(participant_id)
        if participant is None:
            return
        from moderator_app.ui.dialogs.participant_dialog import ask_participant

        draft = ask_participant(self.window, self.context.countries, draft_from(participant))
        if draft is not None:
            self._run(lambda: self.console.update_participant(participant_id, draft), done=self.tr("Saved."))

    def remove_participant(self) -> None:
        participant_id = self._selected_participant()
        participant = self.console.snapshot.participant(participant_id) if participant_id else None
        if participant is None:
            return
        answer = message_box.question(
            self.window,
            self.tr("Remove participant"),
            self.tr("Remove %1 from the roster (and from the queue)?").replace("%1", labels.person(participant.name)),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._run(lambda: self.console.remove_participant(participant.id), done=self.tr("Removed."))

    def queue_selected(self) -> None:
        participant_id = self._selected_participant()
        if participant_id is not None:
            self._enqueue(participant_id, InterventionKind.INTERVENTION)

    def give_floor_selected(self) -> None:
        participant_id = self._selected_participant()
        if participant_id is not None:
            self._run(lambda: self.console.give_floor(participant_id))

    # -- queue --------------------------------------------------------------------------
    def _enqueue(self, participant_id: str, kind: InterventionKind) -> None:
        entry = self._run(lambda: self.console.enqueue(participant_id, kind))
        if entry is not None:
            participant = self.console.snapshot.participant(participant_id)
            position = [e.id for e in self.console.snapshot.queue].index(entry.id) + 1
            self.host.show_message(
                self.tr("%1 is number %2 in the queue.")
                .replace("%1", labels.person(participant.name) if participant else "")
                .replace("%2", str(position)),
                False,
            )

    def pick_for_queue(self, kind: InterventionKind) -> None:
        from moderator_app.ui.dialogs.queue_picker import QueuePicker

        picker = QueuePicker(self.console.snapshot.participants, kind, self.window)
        if not picker.exec():
            return
        participant_id = picker.participant_id
        if participant_id is None and picker.new_name:
            name = picker.new_name
            added = self._run(lambda: self.console.add_participant(ParticipantDraft(name=name)))
            if added is None:
                return
            participant_id = added.id
        if participant_id is not None:
            self._enqueue(participant_id, picker.kind)

    def withdraw_selected(self) -> None:
        entry_id = self.host.queue_panel.selected_id()
        if entry_id is None:
            self.host.show_message(self.tr("Select an entry in the queue first."), True)
            return
        self._run(lambda: self.console.withdraw(entry_id), done=self.tr("Withdrawn from the queue (Ctrl+Z undoes)."))

    def move_selected(self, step: int) -> None:
        entry_id = self.host.queue_panel.selected_id()
        if entry_id is None:
            self.host.show_message(self.tr("Select an entry in the queue first."), True)
            return
        ids = [e.id for e in self.console.snapshot.queue]
        self.move_entry(entry_id, max(0, ids.index(entry_id) + step))

    def move_entry(self, entry_id: str, new_index: int) -> None:
        self._run(lambda: self.console.move_entry(entry_id, new_index))
        self.host.queue_panel.select_id(entry_id)

    def give_floor_from_queue(self) -> None:
        entry_id = self.host.queue_panel.selected_id()
        entry = next((e for e in self.console.snapshot.queue if e.id == entry_id), None)
        if entry is not None:
            self._run(lambda: self.console.give_floor(entry.participant_id, entry.kind, from_entry_id=entry.id))

    def undo_queue(self) -> None:
        self._run(self.console.undo_queue, done=self.tr("Queue change undone."))

    def redo_queue(self) -> None:
        self._run(self.console.redo_queue, done=self.tr("Queue change redone."))

    # -- floor --------------------------------------------------------------------------
    def toggle_timer(self) -> None:
        self._run(self.console.toggle_timer)

    def next_speaker(self) -> None:
        self._run(self.console.next_speaker)

    def end_intervention(self) -> None:
        ended = self._run(self.console.end_intervention)
        if ended is not None:
            self.host.show_message(
                self.tr("Intervention ended after %1.").replace("%1", clock_text(ended.banked_speaking_seconds)), False
            )

    def adjust_time(self, delta: int) -> None:
        self._run(lambda: self.console.adjust_time(delta))

    def set_allotted(self) -> None:
        current = self.console.snapshot.current_intervention
        if current is None:
            self.host.show_message(self.tr("Nobody has the floor right now."), True)
            return
        seconds, ok = QInputDialog.getInt(
            self.window,
            self.tr("Allotted time"),
            self.tr("Seconds for this intervention (0 = no limit):"),
            current.allotted_seconds or 0,
            0,
            4 * 3600,
            30,
        )
        if ok:
            self._run(lambda: self.console.set_allotted(seconds or None))

    # -- balance ------------------------------------------------------------------------
    def accept_suggestion(self) -> None:
        self._run(self.console.accept_suggestion)

    def set_reference(self, reference: str) -> None:
        self._run(lambda: self.console.set_balance_settings(reference, self.console.session.suggestion_priorities))

    def balance_settings(self) -> None:
        session = self.console.session
        from moderator_app.ui.dialogs.balance_dialog import BalanceSettingsDialog

        dialog = BalanceSettingsDialog(
            session.balance_reference, session.suggestion_priorities, self.console.snapshot.contingents, self.window
        )
        if not dialog.exec():
            return
        reference, priorities, contingents = dialog.reference, dialog.priorities, dialog.contingents
        self._run(lambda: self.console.set_balance_settings(reference, priorities))
        self._run(lambda: self.console.set_contingents(contingents), done=self.tr("Balance settings saved."))

    def event_statistics(self) -> None:
        from moderator_app.ui.dialogs.event_stats_dialog import EventStatsDialog

        dialog = EventStatsDialog(
            self._event_names(),
            self.library.event_stats,
            self.window,
            current=self.console.session.event,
            data_dir=self.paths.data_dir,
        )
        dialog.exec()
        if dialog.exported:
            self.host.show_message(self.tr("Exported to %1").replace("%1", dialog.exported), False)
        if dialog.search_requested:
            self.host.search_notes(dialog.event_combo.currentText())

    def add_contingent_time(self) -> None:
        contingents = self.console.snapshot.contingents
        if not contingents:
            self.host.show_message(self.tr("No contingents yet: set them in Balance settings (Ctrl+B)."), True)
            return
        names = [labels.stakeholder_group(c.stakeholder_group) for c in contingents]
        current = self.console.snapshot.current_intervention
        speaker = self.console.snapshot.participant(current.participant_id) if current else None
        groups = [c.stakeholder_group for c in contingents]
        start = groups.index(speaker.stakeholder_group) if speaker and speaker.stakeholder_group in groups else 0
        name, ok = QInputDialog.getItem(
            self.window, self.tr("Add contingent time"), self.tr("Stakeholder group:"), names, start, False
        )
        if not ok:
            return
        group = groups[names.index(name)]
        minutes, ok = QInputDialog.getInt(
            self.window,
            self.tr("Add contingent time"),
            self.tr("Minutes to add to %1 (negative takes time away):").replace("%1", name),
            1,
            -120,
            120,
        )
        if ok and minutes:
            self._run(
                lambda: self.console.add_contingent_time(group, minutes * 60),
                done=self.tr("%1: %2 min added.").replace("%1", name).replace("%2", f"{minutes:+d}"),
            )

    # -- help ---------------------------------------------------------------------------
    def show_shortcuts(self) -> None:
        groups = [(name.replace("&", ""), actions) for name, actions in self.host.actions_by_menu]
        from moderator_app.ui.dialogs.simple import ShortcutsDialog

        ShortcutsDialog(groups, self.window).exec()

    def open_report(self) -> None:
        """The rapporteur's view of the open session, in its own window (one per main window)."""
        from moderator_app.ui.report.window import ReportWindow

        existing = self.report_window
        if existing is not None and existing.console is self.console:
            existing.reload()
        else:
            if existing is not None:
                existing.close()
            existing = self.report_window = ReportWindow(self.console, self.paths.data_dir, bridge=self.host.bridge)
        existing.set_refusal(self.host.report_refusal())
        existing.show()
        existing.raise_()
        existing.activateWindow()

    def close_report(self) -> None:
        """Close the report window, if one is open (it holds the open session's console)."""
        if self.report_window is not None:
            self.report_window.close()
            self.report_window = None

    def show_about(self) -> None:
        """Help → About: version, data folder, licences (window-modal, so the window stays visible behind it)."""
        from moderator_app.ui.dialogs.about_dialog import AboutDialog

        self.about_dialog = AboutDialog(self.paths.data_dir, self.window)
        self.about_dialog.open()


def import_choice_box(text: str, parent: QWidget | None = None) -> tuple[QMessageBox, dict[object, str]]:
    """The question when the file's session is already here: merge (the default), replace, copy, or cancel."""
    # The text names the session (its title is user data): plain text, as every message box.
    box = message_box.plain_box(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("QMessageBox", "Import session file"),
        text,
        parent,
        QMessageBox.StandardButton.NoButton,
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "QMessageBox", "Merge keeps everything from both copies; where both changed an item, the later edit wins."
        )
    )
    merge = box.addButton(QCoreApplication.translate("QMessageBox", "Merge"), QMessageBox.ButtonRole.AcceptRole)
    replace = box.addButton(
        QCoreApplication.translate("QMessageBox", "Replace the one here"), QMessageBox.ButtonRole.DestructiveRole
    )
    copy = box.addButton(
        QCoreApplication.translate("QMessageBox", "Import as a copy"), QMessageBox.ButtonRole.ActionRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(merge)
    return box, {merge: "merge", replace: "replace", copy: "copy"}
