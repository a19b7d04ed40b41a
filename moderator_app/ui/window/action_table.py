"""Every command of the main window, one row each: menu, text, keys, tip, handler (see actions.py).

A new command is a row here (and, if it can be switched off, a rule in enabled.py). The texts are
marked for the "MainWindow" context; actions.py translates them when it builds the actions.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from moderator_app.domain.enums import InterventionKind
from moderator_app.ui.common.contexts import QT_TRANSLATE_NOOP
from moderator_app.ui.window import panel_focus
from moderator_app.ui.window.actions import ActionSpec, Scope

if TYPE_CHECKING:
    from moderator_app.ui.window.actions import ActionHost


#: The menus, in menu-bar order (the stage's menu goes before Help: see MainWindow).
MENUS: tuple[tuple[str, str], ...] = (
    ("file", QT_TRANSLATE_NOOP("MainWindow", "&File")),
    ("edit", QT_TRANSLATE_NOOP("MainWindow", "&Edit")),
    ("roster", QT_TRANSLATE_NOOP("MainWindow", "&Roster")),
    ("queue", QT_TRANSLATE_NOOP("MainWindow", "&Queue")),
    ("floor", QT_TRANSLATE_NOOP("MainWindow", "&Floor")),
    ("session", QT_TRANSLATE_NOOP("MainWindow", "&Session")),
    ("notes", QT_TRANSLATE_NOOP("MainWindow", "&Notes")),
    ("view", QT_TRANSLATE_NOOP("MainWindow", "&View")),
    ("help", QT_TRANSLATE_NOOP("MainWindow", "&Help")),
)


# The import commands load on first use: the importers are not needed to start (docs/benchmarks.md).
def _import_proposal(host: ActionHost) -> None:
    from moderator_app.ui.handlers.imports import ask_import_proposal

    ask_import_proposal(host.commands)


def _import_page_from_clipboard(host: ActionHost) -> None:
    from moderator_app.ui.handlers.imports import ask_import_proposal_from_clipboard

    ask_import_proposal_from_clipboard(host.commands)


def _import_pasted_page(host: ActionHost) -> None:
    from moderator_app.ui.handlers.imports import ask_import_pasted_page

    ask_import_pasted_page(host.commands)


def _import_roster(host: ActionHost) -> None:
    from moderator_app.ui.handlers.imports import ask_import_roster

    ask_import_roster(host.commands)


def _show_guide(host: ActionHost) -> None:
    """Help → Getting started; the walkthrough's module loads when first shown, so a start never waits for it."""
    from moderator_app.ui.dialogs.first_run import show_guide

    show_guide(host, host.settings)


def _preferences(host: ActionHost) -> None:
    from moderator_app.ui.dialogs.preferences import open_preferences

    open_preferences(host)


_A = ActionSpec

#: Every command of the window, in menu order.
ACTIONS: tuple[ActionSpec, ...] = (
    # -- File
    _A(
        "new", "file", QT_TRANSLATE_NOOP("MainWindow", "&New session…"), lambda h: h.commands.new_session(), ("Ctrl+N",)
    ),
    _A(
        "open",
        "file",
        QT_TRANSLATE_NOOP("MainWindow", "&Open session…"),
        lambda h: h.commands.open_session(),
        ("Ctrl+O",),
    ),
    _A(
        "demo",
        "file",
        QT_TRANSLATE_NOOP("MainWindow", "Open the &demo session"),
        lambda h: h.commands.open_demo(),
        ("Ctrl+Shift+O",),
    ),
    _A(
        "import",
        "file",
        QT_TRANSLATE_NOOP("MainWindow", "&Import session file…"),
        lambda h: h.commands.import_file(),
        ("Ctrl+I",),
    ),
    _A(
        "import_proposal",
        "file",
        QT_TRANSLATE_NOOP("MainWindow", "Import workshop &proposal…"),
        _import_proposal,
    ),
    _A(
        "import_page_clipboard",
        "file",
        QT_TRANSLATE_NOOP("MainWindow", "Import session page from the c&lipboard…"),
        _import_page_from_clipboard,
        tip=QT_TRANSLATE_NOOP(
            "MainWindow", "Copy an IGF session page in the browser (all of it), then choose this to preview it"
        ),
    ),
    _A(
        "import_page_pasted",
        "file",
        QT_TRANSLATE_NOOP("MainWindow", "Paste a session page to import…"),
        _import_pasted_page,
        tip=QT_TRANSLATE_NOOP("MainWindow", "A box to paste an IGF session page's text into, then the same preview"),
    ),
    _A(
        "export",
        "file",
        QT_TRANSLATE_NOOP("MainWindow", "&Export session file…"),
        lambda h: h.commands.export_file(),
        ("Ctrl+Shift+S",),
    ),
    _A(
        "join_shared",
        "file",
        QT_TRANSLATE_NOOP("MainWindow", "&Join a shared session…"),
        lambda h: h.sharing.join_session(),
        ("Ctrl+Shift+J",),
        tip=QT_TRANSLATE_NOOP(
            "MainWindow", "Type the code the onsite moderator's laptop shows, and work on the session with them"
        ),
        separated=True,
    ),
    _A(
        "leave_shared",
        "file",
        QT_TRANSLATE_NOOP("MainWindow", "&Leave the shared session"),
        lambda h: h.sharing.leave(),
        ("Ctrl+Shift+L",),
        tip=QT_TRANSLATE_NOOP("MainWindow", "Stop sharing, or leave the session joined; this laptop keeps its copy"),
    ),
    _A(
        "report",
        "file",
        QT_TRANSLATE_NOOP("MainWindow", "&Rapporteur's report…"),
        lambda h: h.commands.open_report(),
        ("Ctrl+R",),
        tip=QT_TRANSLATE_NOOP(
            "MainWindow", "Draft the session report from the notes and the balance; edit, export, print"
        ),
    ),
    _A(
        "restore",
        "file",
        QT_TRANSLATE_NOOP("MainWindow", "Restore from &backup…"),
        lambda h: h.backups.restore_from_backup(),
        tip=QT_TRANSLATE_NOOP(
            "MainWindow", "Go back to an automatic backup; a backup of the current state is taken first"
        ),
        separated=True,
    ),
    _A(
        "quit",
        "file",
        QT_TRANSLATE_NOOP("MainWindow", "&Quit"),
        lambda h: h.window().close(),
        ("Ctrl+Q",),
        separated=True,
    ),
    # -- Edit
    _A(
        "undo",
        "edit",
        QT_TRANSLATE_NOOP("MainWindow", "&Undo queue change"),
        lambda h: h.commands.undo_queue(),
        ("Ctrl+Z",),
    ),
    _A(
        "redo",
        "edit",
        QT_TRANSLATE_NOOP("MainWindow", "&Redo queue change"),
        lambda h: h.commands.redo_queue(),
        ("Ctrl+Shift+Z", "Ctrl+Y"),
    ),
    _A(
        "details",
        "edit",
        QT_TRANSLATE_NOOP("MainWindow", "Session &details and agenda…"),
        lambda h: h.commands.edit_session(),
        ("Ctrl+Shift+D",),
        separated=True,
    ),
    _A("preferences", "edit", QT_TRANSLATE_NOOP("MainWindow", "Prefere&nces…"), _preferences, ("Ctrl+,",)),
    # -- Roster
    _A(
        "find",
        "roster",
        QT_TRANSLATE_NOOP("MainWindow", "&Find in roster"),
        lambda h: h.commands.focus_roster_filter(),
        ("Ctrl+F",),
    ),
    _A(
        "add_person",
        "roster",
        QT_TRANSLATE_NOOP("MainWindow", "&Add participant…"),
        lambda h: h.commands.add_participant(),
        ("Ctrl+Shift+A", "Insert"),
        short=QT_TRANSLATE_NOOP("MainWindow", "Add…"),
    ),
    _A(
        "import_roster",
        "roster",
        QT_TRANSLATE_NOOP("MainWindow", "Import roster (&CSV)…"),
        _import_roster,
    ),
    _A(
        "edit_person",
        "roster",
        QT_TRANSLATE_NOOP("MainWindow", "&Edit participant…"),
        lambda h: h.commands.edit_participant(),
        ("F2",),
        short=QT_TRANSLATE_NOOP("MainWindow", "Edit…"),
    ),
    _A(
        "remove_person",
        "roster",
        QT_TRANSLATE_NOOP("MainWindow", "&Remove participant…"),
        lambda h: h.commands.remove_participant(),
        ("Ctrl+Delete",),
        short=QT_TRANSLATE_NOOP("MainWindow", "Remove…"),
    ),
    _A(
        "queue_person",
        "roster",
        QT_TRANSLATE_NOOP("MainWindow", "&Queue selected participant"),
        lambda h: h.commands.queue_selected(),
        ("Q",),
        short=QT_TRANSLATE_NOOP("MainWindow", "Queue"),
        separated=True,
    ),
    _A(
        "floor_person",
        "roster",
        QT_TRANSLATE_NOOP("MainWindow", "&Give the floor to selected"),
        lambda h: h.commands.give_floor_selected(),
        ("Ctrl+Return",),
        short=QT_TRANSLATE_NOOP("MainWindow", "Give floor"),
    ),
    # -- Queue
    _A(
        "enqueue",
        "queue",
        QT_TRANSLATE_NOOP("MainWindow", "&Add to queue…"),
        lambda h: h.commands.pick_for_queue(InterventionKind.INTERVENTION),
        ("A",),
        short=QT_TRANSLATE_NOOP("MainWindow", "Add…"),
    ),
    _A(
        "order",
        "queue",
        QT_TRANSLATE_NOOP("MainWindow", "&Point of order or reply…"),
        lambda h: h.commands.pick_for_queue(InterventionKind.POINT_OF_ORDER),
        ("P",),
        tip=QT_TRANSLATE_NOOP("MainWindow", "Add a point of order or direct reply: it goes to the top of the queue"),
        short=QT_TRANSLATE_NOOP("MainWindow", "Point of order…"),
    ),
    _A(
        "withdraw",
        "queue",
        QT_TRANSLATE_NOOP("MainWindow", "&Withdraw selected"),
        lambda h: h.commands.withdraw_selected(),
        ("Delete",),
        short=QT_TRANSLATE_NOOP("MainWindow", "Withdraw"),
        scope=Scope.PANEL,  # Delete withdraws only while the queue has focus, never by accident elsewhere
    ),
    _A(
        "up",
        "queue",
        QT_TRANSLATE_NOOP("MainWindow", "Move &up"),
        lambda h: h.commands.move_selected(-1),
        ("Alt+Up",),
        short=QT_TRANSLATE_NOOP("MainWindow", "Up"),
        separated=True,
    ),
    _A(
        "down",
        "queue",
        QT_TRANSLATE_NOOP("MainWindow", "Move &down"),
        lambda h: h.commands.move_selected(1),
        ("Alt+Down",),
        short=QT_TRANSLATE_NOOP("MainWindow", "Down"),
    ),
    _A(
        "top",
        "queue",
        QT_TRANSLATE_NOOP("MainWindow", "Move to &top"),
        lambda h: h.commands.move_selected(-10_000),
        ("Alt+Home",),
    ),
    _A(
        "remote",
        "queue",
        QT_TRANSLATE_NOOP("MainWindow", "&Remote request…"),
        lambda h: h.remote_commands.focus_remote(),
        ("Ctrl+Shift+R",),
        tip=QT_TRANSLATE_NOOP(
            "MainWindow",
            "The online moderator's panel: who, platform, what they wrote; Enter adds it to the remote queue",
        ),
        separated=True,
    ),
    _A(
        "interleave",
        "queue",
        QT_TRANSLATE_NOOP("MainWindow", "Bring the first remote request &in"),
        lambda h: h.remote_commands.interleave_first(),
        ("I",),
        tip=QT_TRANSLATE_NOOP(
            "MainWindow",
            "The first request of the remote queue goes next in the main queue, after any points of order",
        ),
        short=QT_TRANSLATE_NOOP("MainWindow", "Bring remote in"),
    ),
    # -- Floor
    _A(
        "toggle",
        "floor",
        QT_TRANSLATE_NOOP("MainWindow", "&Start / pause / resume"),
        lambda h: h.commands.toggle_timer(),
        ("Space",),
        tip=QT_TRANSLATE_NOOP(
            "MainWindow", "Pause or resume the timer; with nobody speaking, give the floor to the next in the queue"
        ),
    ),
    _A(
        "next",
        "floor",
        QT_TRANSLATE_NOOP("MainWindow", "&Next speaker"),
        lambda h: h.commands.next_speaker(),
        ("N",),
        tip=QT_TRANSLATE_NOOP("MainWindow", "End the current intervention and give the floor to the head of the queue"),
        short=QT_TRANSLATE_NOOP("MainWindow", "Next speaker"),
    ),
    _A(
        "suggested",
        "floor",
        QT_TRANSLATE_NOOP("MainWindow", "Give the floor to the &suggested speaker"),
        lambda h: h.commands.accept_suggestion(),
        ("S",),
        tip=QT_TRANSLATE_NOOP(
            "MainWindow", "The suggestion in the Balance panel; the rest of the queue keeps its order"
        ),
        short=QT_TRANSLATE_NOOP("MainWindow", "Give floor (S)"),
    ),
    _A(
        "end",
        "floor",
        QT_TRANSLATE_NOOP("MainWindow", "&End intervention"),
        lambda h: h.commands.end_intervention(),
        ("Ctrl+E",),
        short=QT_TRANSLATE_NOOP("MainWindow", "End turn"),
    ),
    _A(
        "plus",
        "floor",
        QT_TRANSLATE_NOOP("MainWindow", "Give &30 s more"),
        lambda h: h.commands.adjust_time(30),
        ("+", "="),
        short=QT_TRANSLATE_NOOP("MainWindow", "+30 s"),
        separated=True,
    ),
    _A(
        "minus",
        "floor",
        QT_TRANSLATE_NOOP("MainWindow", "Take 30 s &away"),
        lambda h: h.commands.adjust_time(-30),
        ("-",),
        short=QT_TRANSLATE_NOOP("MainWindow", "−30 s"),
    ),
    _A(
        "allot",
        "floor",
        QT_TRANSLATE_NOOP("MainWindow", "Set &allotted time…"),
        lambda h: h.commands.set_allotted(),
        ("T",),
    ),
    # -- Session
    _A(
        "next_segment",
        "session",
        QT_TRANSLATE_NOOP("MainWindow", "&Next agenda segment"),
        lambda h: h.commands.next_segment(),
        ("Ctrl+Right",),
        short=QT_TRANSLATE_NOOP("MainWindow", "Next segment"),
    ),
    _A(
        "start_session",
        "session",
        QT_TRANSLATE_NOOP("MainWindow", "&Start session clock"),
        lambda h: h.commands.start_session(),
        ("F5",),
    ),
    _A(
        "balance_settings",
        "session",
        QT_TRANSLATE_NOOP("MainWindow", "&Balance settings and contingents…"),
        lambda h: h.commands.balance_settings(),
        ("Ctrl+B",),
    ),
    _A(
        "contingent_time",
        "session",
        QT_TRANSLATE_NOOP("MainWindow", "Add time to a group's &contingent…"),
        lambda h: h.commands.add_contingent_time(),
        ("Ctrl+Shift+T",),
    ),
    _A(
        "event_stats",
        "session",
        QT_TRANSLATE_NOOP("MainWindow", "Event s&tatistics…"),
        lambda h: h.commands.event_statistics(),
    ),
    _A(
        "share_session",
        "session",
        QT_TRANSLATE_NOOP("MainWindow", "S&hare this session…"),
        lambda h: h.sharing.share_session(),
        ("Ctrl+Shift+H",),
        tip=QT_TRANSLATE_NOOP("MainWindow", "Show a join code for the online moderator's and the rapporteur's laptops"),
    ),
    _A(
        "end_session",
        "session",
        QT_TRANSLATE_NOOP("MainWindow", "&End session…"),
        lambda h: h.commands.end_session(),
        ("Ctrl+Shift+E",),
        separated=True,
    ),
    _A(
        "resume_session",
        "session",
        QT_TRANSLATE_NOOP("MainWindow", "&Resume ended session"),
        lambda h: h.commands.resume_session(),
        ("Shift+F5",),
    ),
    # -- Notes
    _A(
        "quick_note",
        "notes",
        QT_TRANSLATE_NOOP("MainWindow", "&Quick note"),
        lambda h: h.note_commands.focus_quick_note(),
        ("Ctrl+Shift+N",),
        tip=QT_TRANSLATE_NOOP("MainWindow", "Type a note under the timer: Enter saves it, Esc goes back to the timer"),
    ),
    _A(
        "search_notes",
        "notes",
        QT_TRANSLATE_NOOP("MainWindow", "&Search notes"),
        lambda h: h.note_commands.focus_search(),
        ("Ctrl+Shift+F",),
    ),
    _A(
        "search_all_notes",
        "notes",
        QT_TRANSLATE_NOOP("MainWindow", "Search &all sessions' notes…"),
        lambda h: h.search_notes(),
        ("Ctrl+Shift+G",),
        tip=QT_TRANSLATE_NOOP(
            "MainWindow", "Find notes in every session, or one event's; Enter shows a note in its session"
        ),
    ),
    # The notes table's own keys: the window gives them to that table alone.
    _A(
        "edit_note",
        "notes",
        QT_TRANSLATE_NOOP("MainWindow", "&Edit note…"),
        lambda h: h.note_commands.edit_note(),
        ("F2",),
        short=QT_TRANSLATE_NOOP("MainWindow", "Edit…"),
        separated=True,
        scope=Scope.TABLE,
    ),
    _A(
        "delete_note",
        "notes",
        QT_TRANSLATE_NOOP("MainWindow", "&Delete note"),
        lambda h: h.note_commands.delete_note(),
        ("Delete",),
        short=QT_TRANSLATE_NOOP("MainWindow", "Delete"),
        scope=Scope.TABLE,
    ),
    _A(
        "undo_note",
        "notes",
        QT_TRANSLATE_NOOP("MainWindow", "&Undo note change"),
        lambda h: h.note_commands.undo_note(),
        ("Ctrl+Z",),
        short=QT_TRANSLATE_NOOP("MainWindow", "Undo"),
        scope=Scope.TABLE,
    ),
    # -- View (the docks, the layouts and the colour schemes follow: see MainWindow)
    _A(
        "focus_timer",
        "view",
        QT_TRANSLATE_NOOP("MainWindow", "Back to the &timer"),
        lambda h: h.focus_timer(),
        ("Esc",),
        tip=QT_TRANSLATE_NOOP("MainWindow", "Leave a text field so single-key shortcuts work again"),
    ),
    _A(
        "next_panel",
        "view",
        QT_TRANSLATE_NOOP("MainWindow", "Ne&xt panel"),
        lambda h: panel_focus.cycle_panels(h, 1),
        ("F6",),
        tip=QT_TRANSLATE_NOOP(
            "MainWindow",
            "Put the keyboard on the next panel: timer, roster, queue, remote queue, balance, interventions, notes",
        ),
    ),
    _A(
        "previous_panel",
        "view",
        QT_TRANSLATE_NOOP("MainWindow", "Pre&vious panel"),
        lambda h: panel_focus.cycle_panels(h, -1),
        ("Shift+F6",),
    ),
    _A(
        "focus_queue",
        "view",
        QT_TRANSLATE_NOOP("MainWindow", "Go to the &queue"),
        lambda h: panel_focus.focus_queue(h),
        ("F7",),
        tip=QT_TRANSLATE_NOOP(
            "MainWindow", "Put the keyboard on the queue table: Del withdraws, Alt+Up and Alt+Down move"
        ),
    ),
    _A(
        "fullscreen",
        "view",
        QT_TRANSLATE_NOOP("MainWindow", "&Full screen"),
        lambda h: h.toggle_full_screen(),
        ("F11",),
    ),
    # -- Help
    _A(
        "getting_started",
        "help",
        QT_TRANSLATE_NOOP("MainWindow", "&Getting started"),
        _show_guide,
        tip=QT_TRANSLATE_NOOP(
            "MainWindow", "A short walkthrough of the window: timer, queue, roster, balance, notes, report"
        ),
    ),
    _A(
        "shortcuts",
        "help",
        QT_TRANSLATE_NOOP("MainWindow", "&Keyboard shortcuts"),
        lambda h: h.commands.show_shortcuts(),
        ("F1",),
    ),
    _A(
        "about",
        "help",
        QT_TRANSLATE_NOOP("MainWindow", "&About moderator-app"),
        lambda h: h.commands.show_about(),
        separated=True,
    ),
)

#: The toolbar's buttons, by action name, left to right.
TOOLBAR: tuple[str, ...] = ("toggle", "next", "end", "minus", "plus", "enqueue", "order", "next_segment")
