"""The window's actions: every command with its menu, keys and tip, in one table-like place."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence

from moderator_app.domain.enums import InterventionKind
from moderator_app.ui.dialogs.preferences import open_preferences
from moderator_app.ui.window import panel_focus

if TYPE_CHECKING:
    from moderator_app.ui.handlers.backups import BackupCommands
    from moderator_app.ui.handlers.live import Commands
    from moderator_app.ui.handlers.notes import NoteCommands
    from moderator_app.ui.handlers.remote import RemoteCommands


def _importing():  # type: ignore[no-untyped-def]
    """The import commands, loaded on first use: the importers are not needed to start (docs/benchmarks.md)."""
    from moderator_app.ui.handlers import imports as import_commands

    return import_commands


def _note_search():  # type: ignore[no-untyped-def]
    """The search over every session's notes, loaded on first use (not needed to start)."""
    from moderator_app.ui.handlers import note_search

    return note_search


def _show_guide(window, settings: QSettings) -> None:  # type: ignore[no-untyped-def]
    """Help → Getting started; the walkthrough's module loads when first shown, so a start never waits for it."""
    from moderator_app.ui.dialogs.first_run import show_guide

    show_guide(window, settings)


class ActionsMixin:
    """Builds the main window's QActions (mixed into MainWindow, which provides tr() and addAction())."""

    commands: Commands
    note_commands: NoteCommands
    remote_commands: RemoteCommands
    backups: BackupCommands
    actions_by_menu: list[tuple[str, list[QAction]]]
    settings: QSettings

    def _action(
        self, menu: str, text: str, slot, *keys: str | QKeySequence.StandardKey, tip: str = "", window_wide: bool = True
    ) -> QAction:  # type: ignore[no-untyped-def]
        action = QAction(text, self)
        if keys:
            action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.setToolTip(
            f"{tip or text.replace('&', '')}"
            + (f" ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})" if keys else "")
        )
        action.setStatusTip(tip or text.replace("&", ""))
        action.triggered.connect(lambda _checked=False: slot())
        # Menu actions only fire their shortcut while their menu bar's window is active; adding
        # them to the window itself makes them work with the menu bar hidden (full screen).
        # The queue's Delete is the exception: it belongs to the queue panel alone (see below),
        # and so do the notes table's own keys (moved onto that table by the main window).
        if keys != ("Delete",) and window_wide:
            self.addAction(action)
        for name, actions in self.actions_by_menu:
            if name == menu:
                actions.append(action)
                break
        else:
            self.actions_by_menu.append((menu, [action]))
        return action

    def _build_actions(self) -> None:
        c = self.commands
        n = self.note_commands
        r = self.remote_commands
        file_menu, edit_menu, roster_menu, queue_menu, floor_menu, session_menu, notes_menu, view_menu, help_menu = (
            self.tr("&File"),
            self.tr("&Edit"),
            self.tr("&Roster"),
            self.tr("&Queue"),
            self.tr("&Floor"),
            self.tr("&Session"),
            self.tr("&Notes"),
            self.tr("&View"),
            self.tr("&Help"),
        )
        self.menu_names = [
            file_menu,
            edit_menu,
            roster_menu,
            queue_menu,
            floor_menu,
            session_menu,
            notes_menu,
            view_menu,
            help_menu,
        ]
        for name in self.menu_names:
            self.actions_by_menu.append((name, []))
        a = self._action
        self.act_new = a(file_menu, self.tr("&New session…"), c.new_session, "Ctrl+N")
        self.act_open = a(file_menu, self.tr("&Open session…"), c.open_session, "Ctrl+O")
        self.act_demo = a(file_menu, self.tr("Open the &demo session"), c.open_demo, "Ctrl+Shift+O")
        self.act_import = a(file_menu, self.tr("&Import session file…"), c.import_file, "Ctrl+I")
        self.act_import_proposal = a(
            file_menu, self.tr("Import workshop &proposal…"), lambda: _importing().ask_import_proposal(c)
        )
        self.act_import_page_clipboard = a(
            file_menu,
            self.tr("Import session page from the c&lipboard…"),
            lambda: _importing().ask_import_proposal_from_clipboard(c),
            tip=self.tr("Copy an IGF session page in the browser (all of it), then choose this to preview it"),
        )
        self.act_import_page_pasted = a(
            file_menu,
            self.tr("Paste a session page to import…"),
            lambda: _importing().ask_import_pasted_page(c),
            tip=self.tr("A box to paste an IGF session page's text into, then the same preview"),
        )
        self.act_export = a(file_menu, self.tr("&Export session file…"), c.export_file, "Ctrl+Shift+S")
        self.act_report = a(
            file_menu,
            self.tr("&Rapporteur's report…"),
            c.open_report,
            "Ctrl+R",
            tip=self.tr("Draft the session report from the notes and the balance; edit, export, print"),
        )
        self.act_restore = a(
            file_menu,
            self.tr("Restore from &backup…"),
            self.backups.restore_from_backup,
            tip=self.tr("Go back to an automatic backup; a backup of the current state is taken first"),
        )
        self.act_quit = a(file_menu, self.tr("&Quit"), self.close, "Ctrl+Q")
        self.act_undo = a(edit_menu, self.tr("&Undo queue change"), c.undo_queue, "Ctrl+Z")
        self.act_redo = a(edit_menu, self.tr("&Redo queue change"), c.redo_queue, "Ctrl+Shift+Z", "Ctrl+Y")
        self.act_details = a(edit_menu, self.tr("Session &details and agenda…"), c.edit_session, "Ctrl+Shift+D")
        self.act_preferences = a(edit_menu, self.tr("Prefere&nces…"), lambda: open_preferences(self), "Ctrl+,")
        self.act_find = a(roster_menu, self.tr("&Find in roster"), c.focus_roster_filter, "Ctrl+F")
        self.act_add_person = a(roster_menu, self.tr("&Add participant…"), c.add_participant, "Ctrl+Shift+A", "Insert")
        self.act_import_roster = a(
            roster_menu, self.tr("Import roster (&CSV)…"), lambda: _importing().ask_import_roster(c)
        )
        self.act_edit_person = a(roster_menu, self.tr("&Edit participant…"), c.edit_participant, "F2")
        self.act_remove_person = a(roster_menu, self.tr("&Remove participant…"), c.remove_participant, "Ctrl+Delete")
        self.act_queue_person = a(roster_menu, self.tr("&Queue selected participant"), c.queue_selected, "Q")
        self.act_floor_person = a(
            roster_menu, self.tr("&Give the floor to selected"), c.give_floor_selected, "Ctrl+Return"
        )
        self.act_enqueue = a(
            queue_menu, self.tr("&Add to queue…"), lambda: c.pick_for_queue(InterventionKind.INTERVENTION), "A"
        )
        self.act_order = a(
            queue_menu,
            self.tr("&Point of order or reply…"),
            lambda: c.pick_for_queue(InterventionKind.POINT_OF_ORDER),
            "P",
            tip=self.tr("Add a point of order or direct reply: it goes to the top of the queue"),
        )
        self.act_withdraw = a(queue_menu, self.tr("&Withdraw selected"), c.withdraw_selected, "Delete")
        self.act_up = a(queue_menu, self.tr("Move &up"), lambda: c.move_selected(-1), "Alt+Up")
        self.act_down = a(queue_menu, self.tr("Move &down"), lambda: c.move_selected(1), "Alt+Down")
        self.act_top = a(queue_menu, self.tr("Move to &top"), lambda: c.move_selected(-10_000), "Alt+Home")
        self.act_remote = a(
            queue_menu,
            self.tr("&Remote request…"),
            r.focus_remote,
            "Ctrl+Shift+R",
            tip=self.tr(
                "The online moderator's panel: who, platform, what they wrote; Enter adds it to the remote queue"
            ),
        )
        self.act_interleave = a(
            queue_menu,
            self.tr("Bring the first remote request &in"),
            r.interleave_first,
            "I",
            tip=self.tr("The first request of the remote queue goes next in the main queue, after any points of order"),
        )
        self.act_toggle = a(
            floor_menu,
            self.tr("&Start / pause / resume"),
            c.toggle_timer,
            "Space",
            tip=self.tr("Pause or resume the timer; with nobody speaking, give the floor to the next in the queue"),
        )
        self.act_next = a(
            floor_menu,
            self.tr("&Next speaker"),
            c.next_speaker,
            "N",
            tip=self.tr("End the current intervention and give the floor to the head of the queue"),
        )
        self.act_suggested = a(
            floor_menu,
            self.tr("Give the floor to the &suggested speaker"),
            c.accept_suggestion,
            "S",
            tip=self.tr("The suggestion in the Balance panel; the rest of the queue keeps its order"),
        )
        self.act_end = a(floor_menu, self.tr("&End intervention"), c.end_intervention, "Ctrl+E")
        self.act_plus = a(floor_menu, self.tr("Give &30 s more"), lambda: c.adjust_time(30), "+", "=")
        self.act_minus = a(floor_menu, self.tr("Take 30 s &away"), lambda: c.adjust_time(-30), "-")
        self.act_allot = a(floor_menu, self.tr("Set &allotted time…"), c.set_allotted, "T")
        self.act_next_segment = a(session_menu, self.tr("&Next agenda segment"), c.next_segment, "Ctrl+Right")
        self.act_start_session = a(session_menu, self.tr("&Start session clock"), c.start_session, "F5")
        self.act_balance_settings = a(
            session_menu, self.tr("&Balance settings and contingents…"), c.balance_settings, "Ctrl+B"
        )
        self.act_contingent_time = a(
            session_menu, self.tr("Add time to a group's &contingent…"), c.add_contingent_time, "Ctrl+Shift+T"
        )
        self.act_event_stats = a(session_menu, self.tr("Event s&tatistics…"), c.event_statistics)
        self.act_end_session = a(session_menu, self.tr("&End session…"), c.end_session, "Ctrl+Shift+E")
        self.act_resume_session = a(session_menu, self.tr("&Resume ended session"), c.resume_session, "Shift+F5")
        self.act_quick_note = a(
            notes_menu,
            self.tr("&Quick note"),
            n.focus_quick_note,
            "Ctrl+Shift+N",
            tip=self.tr("Type a note under the timer: Enter saves it, Esc goes back to the timer"),
        )
        self.act_search_notes = a(notes_menu, self.tr("&Search notes"), n.focus_search, "Ctrl+Shift+F")
        self.act_search_all_notes = a(
            notes_menu,
            self.tr("Search &all sessions' notes…"),
            lambda: _note_search().open_notes_search(self),  # type: ignore[arg-type]
            "Ctrl+Shift+G",
            tip=self.tr("Find notes in every session, or one event's; Enter shows a note in its session"),
        )
        # The notes table's own keys: the window gives them to that table alone (see main_window).
        self.act_edit_note = a(notes_menu, self.tr("&Edit note…"), n.edit_note, "F2", window_wide=False)
        self.act_delete_note = a(notes_menu, self.tr("&Delete note"), n.delete_note, "Delete", window_wide=False)
        self.act_undo_note = a(notes_menu, self.tr("&Undo note change"), n.undo_note, "Ctrl+Z", window_wide=False)
        self.act_focus_timer = a(
            view_menu,
            self.tr("Back to the &timer"),
            self.focus_timer,
            "Esc",
            tip=self.tr("Leave a text field so single-key shortcuts work again"),
        )
        self.act_next_panel = a(
            view_menu,
            self.tr("Ne&xt panel"),
            lambda: panel_focus.cycle_panels(self, 1),
            "F6",
            tip=self.tr(
                "Put the keyboard on the next panel: timer, roster, queue, remote queue, balance, interventions, notes"
            ),
        )
        self.act_previous_panel = a(
            view_menu, self.tr("Pre&vious panel"), lambda: panel_focus.cycle_panels(self, -1), "Shift+F6"
        )
        self.act_focus_queue = a(
            view_menu,
            self.tr("Go to the &queue"),
            lambda: panel_focus.focus_queue(self),
            "F7",
            tip=self.tr("Put the keyboard on the queue table: Del withdraws, Alt+Up and Alt+Down move"),
        )
        self.act_fullscreen = a(view_menu, self.tr("&Full screen"), self._toggle_full_screen, "F11")
        self.act_getting_started = a(
            help_menu,
            self.tr("&Getting started"),
            lambda: _show_guide(self, self.settings),
            tip=self.tr("A short walkthrough of the window: timer, queue, roster, balance, notes, report"),
        )
        self.act_shortcuts = a(help_menu, self.tr("&Keyboard shortcuts"), c.show_shortcuts, "F1")
        self.act_about = a(help_menu, self.tr("&About moderator-app"), c.show_about)
        # Short labels for the panel buttons; menus keep the full text.
        for action, short in (
            (self.act_add_person, self.tr("Add…")),
            (self.act_edit_person, self.tr("Edit…")),
            (self.act_remove_person, self.tr("Remove…")),
            (self.act_queue_person, self.tr("Queue")),
            (self.act_floor_person, self.tr("Give floor")),
            (self.act_enqueue, self.tr("Add…")),
            (self.act_order, self.tr("Point of order…")),
            (self.act_withdraw, self.tr("Withdraw")),
            (self.act_up, self.tr("Up")),
            (self.act_down, self.tr("Down")),
            (self.act_next, self.tr("Next speaker")),
            (self.act_interleave, self.tr("Bring remote in")),
            (self.act_plus, self.tr("+30 s")),
            (self.act_minus, self.tr("−30 s")),
            (self.act_next_segment, self.tr("Next segment")),
            (self.act_end, self.tr("End turn")),
            (self.act_suggested, self.tr("Give floor (S)")),
            (self.act_edit_note, self.tr("Edit…")),
            (self.act_delete_note, self.tr("Delete")),
            (self.act_undo_note, self.tr("Undo")),
        ):
            action.setIconText(short)
        # Delete withdraws from the queue only while the queue has focus, never by accident elsewhere.
        self.act_withdraw.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        # F2, Del and Ctrl+Z act on notes only while the notes table has focus; elsewhere they
        # keep editing the roster and undoing the queue.
        for action in (self.act_edit_note, self.act_delete_note, self.act_undo_note):
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
