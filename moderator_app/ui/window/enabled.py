"""Which of the window's actions can be done now, and why one cannot, in words for the status bar.

Keyed by the names of the action table (actions.py). Worked out from the console after a change that
can move them (see refresh.py's table), when the window's live link starts or ends (ui/sharing/),
and asked when a key of a switched-off action is pressed.

On a laptop that joined a shared session, the commands its role may not use on that session are
off too, with the reason: the host would refuse the change anyway (sync/roles.py), and undo it on
this laptop a moment later, so the window does not offer it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QToolBar

from moderator_app.domain.enums import InterventionState
from moderator_app.ui.common.contexts import QT_TRANSLATE_NOOP, translated
from moderator_app.ui.sharing.roles import JOIN_ROLES, role_name

if TYPE_CHECKING:
    from moderator_app.services.console import SessionConsole

#: The labels of Start / pause / resume as it stands (the toolbar keeps the widest one's width).
TOGGLE_TEXTS = (
    QT_TRANSLATE_NOOP("MainWindow", "&Pause"),
    QT_TRANSLATE_NOOP("MainWindow", "&Resume"),
    QT_TRANSLATE_NOOP("MainWindow", "&Start next"),
)
# File → Leave the shared session says what it does: stop sharing on the host, leave on a joined laptop.
STOP_SHARING_TEXT = QT_TRANSLATE_NOOP("MainWindow", "&Stop sharing")
LEAVE_TEXT = QT_TRANSLATE_NOOP("MainWindow", "&Leave the shared session")

ONLINE_MODERATOR, RAPPORTEUR = JOIN_ROLES


@dataclass(frozen=True, slots=True)
class Sharing:
    """The window's live link, as far as its commands go (SharingCommands.state makes it)."""

    # This laptop shares its session: it is the host, the onsite moderator's laptop.
    hosting: bool = False
    # The role this laptop joined (or is joining) with; "" when it has not joined.
    role: str = ""
    # The session the link keeps in step ("" while a join has not brought it yet).
    session_id: str = ""

    @property
    def linked(self) -> bool:
        return self.hosting or bool(self.role)


NOT_SHARING = Sharing()

# The commands that change the open session, by what they change.
_FLOOR = ("toggle", "next", "suggested", "end", "plus", "minus", "allot", "floor_person")
_QUEUES = ("enqueue", "order", "withdraw", "up", "down", "top", "interleave", "queue_person", "undo", "redo")
_SESSION = ("next_segment", "start_session", "end_session", "resume_session", "details", "balance_settings")
_SESSION_TOO = ("contingent_time", "restore")  # a backup brings the whole session back
_ROSTER = ("edit_person", "remove_person", "import_roster")
# Who may use them on a shared session besides the host (the onsite moderator's laptop, which may
# use them all), as sync/roles.py's table has it. The other commands change nothing shared (they
# open, read, export or show): everyone's.
_WRITERS_OF: tuple[tuple[frozenset[str], tuple[str, ...]], ...] = (
    (frozenset(), (*_FLOOR, *_QUEUES, *_SESSION, *_SESSION_TOO, *_ROSTER)),
    # Remote requests, and the new people they bring.
    (frozenset({ONLINE_MODERATOR}), ("remote", "add_person")),
    (frozenset({RAPPORTEUR}), ("quick_note", "edit_note", "delete_note", "undo_note")),
)
WRITERS: Mapping[str, frozenset[str]] = {name: writers for writers, names in _WRITERS_OF for name in names}
# The remote table's own buttons and keys (widgets/remote_panel.py), each ruled as the command it matches.
REMOTE_TABLE_COMMANDS: Mapping[str, str] = {
    "withdraw": "remote",
    "up": "remote",
    "down": "remote",
    "interleave": "interleave",
    "floor": "floor_person",
}

# Why a joined role may not use a command, by who besides the host may.
_ROLE_REASONS = {
    frozenset(): QT_TRANSLATE_NOOP(
        "MainWindow",
        "In a shared session only the onsite moderator's laptop runs the floor, the queues, the agenda "
        "and the roster; this laptop joined as %1.",
    ),
    frozenset({ONLINE_MODERATOR}): QT_TRANSLATE_NOOP(
        "MainWindow",
        "In a shared session remote requests and new people are added on the online moderator's laptop "
        "(or the onsite moderator's); this laptop joined as %1.",
    ),
    frozenset({RAPPORTEUR}): QT_TRANSLATE_NOOP(
        "MainWindow",
        "In a shared session the notes are written on the rapporteur's laptop (or the onsite "
        "moderator's); this laptop joined as %1.",
    ),
}


# Written out as translate(context, text) at each call so lupdate can extract the strings.
translate = QCoreApplication.translate


def _tr(text: str) -> str:
    return translated("MainWindow", text)


def toggle_texts() -> tuple[str, ...]:
    return tuple(_tr(text) for text in TOGGLE_TEXTS)


def role_allows(name: str, console: SessionConsole, sharing: Sharing) -> bool:
    """Whether this laptop's role may run the command ``name`` on the session shown."""
    writers = WRITERS.get(name)
    return writers is None or not sharing.role or sharing.session_id != console.session_id or sharing.role in writers


REPORT_REASON = QT_TRANSLATE_NOOP(
    "MainWindow",
    "In a shared session the report is written on the rapporteur's laptop (or the onsite moderator's); "
    "this laptop joined as %1, so it shows the report without changing it.",
)


def report_refusal(console: SessionConsole, sharing: Sharing) -> str | None:
    """Why this laptop may not write the report of the session shown (None: it may): the host takes
    report sections and attendance only from the rapporteur's laptop and its own (sync/roles.py)."""
    if not sharing.role or sharing.role == RAPPORTEUR or sharing.session_id != console.session_id:
        return None
    return _tr(REPORT_REASON).replace("%1", role_name(sharing.role))


def role_refusal(name: str, console: SessionConsole, sharing: Sharing) -> str | None:
    """Why this laptop's role may not run the command ``name`` on the session shown (None: it may)."""
    if role_allows(name, console, sharing):
        return None
    return _tr(_ROLE_REASONS[WRITERS[name]]).replace("%1", role_name(sharing.role))


def update_enabled(
    act: Mapping[str, QAction], console: SessionConsole, toolbar: QToolBar, sharing: Sharing = NOT_SHARING
) -> None:
    """Switch each action on or off for the console's state and the live link; Start / pause / resume
    and Leave the shared session say what they do."""
    snapshot = console.snapshot
    current = snapshot.current_intervention
    ended = snapshot.session.ended_at is not None
    on = {
        "undo": console.can_undo_queue,
        "redo": console.can_redo_queue,
        **dict.fromkeys(("end", "plus", "minus", "allot"), current is not None),
        # N also calls from the remote queue (in a remote segment, or when the main queue is empty).
        "next": console.next_entry() is not None and not ended,
        "interleave": bool(snapshot.remote_queue),
        "start_session": snapshot.session.started is None,
        "end_session": snapshot.session.started is not None and not ended,
        "resume_session": ended,
        "next_segment": bool(snapshot.segments) and not ended,
        "suggested": bool(snapshot.queue or snapshot.remote_queue) and not ended,
        "contingent_time": bool(snapshot.contingents),
        # After End session nobody can be given the floor: Space (Start next) is off too.
        "toggle": current is not None or not ended,
        # A joined laptop cannot share what it joined; sharing again shows the share's window.
        "share_session": not sharing.role,
        "join_shared": not sharing.linked,
        "leave_shared": sharing.linked,
    }
    for name, allowed in on.items():
        act[name].setEnabled(allowed and role_allows(name, console, sharing))
    for name in WRITERS.keys() - on.keys():
        act[name].setEnabled(role_allows(name, console, sharing))
    toggle = act["toggle"]
    pause, resume, start = TOGGLE_TEXTS
    running = current is not None and current.state is InterventionState.RUNNING
    toggle.setText(_tr(pause if running else resume if current is not None else start))
    toggle_button = toolbar.widgetForAction(toggle)
    if toggle_button is not None:
        toggle_button.setAccessibleName(toggle.text().replace("&", ""))
    act["leave_shared"].setText(_tr(STOP_SHARING_TEXT if sharing.hosting else LEAVE_TEXT))


def why_disabled(
    act: Mapping[str, QAction], console: SessionConsole, action: QAction, sharing: Sharing = NOT_SHARING
) -> str | None:
    """Why ``action`` cannot be done now, in words for the status bar (None: it can, or no reason)."""
    names = [name for name, candidate in act.items() if candidate is action]
    if not names:
        return None
    name = names[0]
    refused = role_refusal(name, console, sharing)
    if refused:
        return refused
    ended = console.snapshot.session.ended_at is not None
    if ended and name in ("toggle", "next", "suggested", "next_segment"):
        return translate("MainWindow", "The session has ended. Session → Resume ended session (Shift+F5) carries on.")
    if name in ("next", "suggested", "toggle"):
        return translate("MainWindow", "The queue is empty: press A to add someone.")
    if name in ("end", "plus", "minus", "allot"):
        return translate("MainWindow", "Nobody has the floor right now.")
    if name == "end_session":
        if ended:
            return translate("MainWindow", "The session has already ended.")
        return translate("MainWindow", "The session has not started yet.")
    if name == "join_shared" and sharing.hosting:
        return translate("MainWindow", "This laptop is sharing its session: File → Stop sharing (Ctrl+Shift+L) first.")
    reasons = {
        "undo": QT_TRANSLATE_NOOP("MainWindow", "Nothing to undo in the queue."),
        "redo": QT_TRANSLATE_NOOP("MainWindow", "Nothing to redo in the queue."),
        "interleave": QT_TRANSLATE_NOOP("MainWindow", "The remote queue is empty."),
        "start_session": QT_TRANSLATE_NOOP("MainWindow", "The session clock has already started."),
        "resume_session": QT_TRANSLATE_NOOP("MainWindow", "The session has not ended."),
        "next_segment": QT_TRANSLATE_NOOP(
            "MainWindow", "This session has no agenda: add segments with Session details (Ctrl+Shift+D)."
        ),
        "share_session": QT_TRANSLATE_NOOP(
            "MainWindow",
            "This laptop has joined another laptop's shared session and cannot share it: "
            "File → Leave the shared session (Ctrl+Shift+L) first.",
        ),
        "join_shared": QT_TRANSLATE_NOOP(
            "MainWindow",
            "This laptop is joined to a shared session: File → Leave the shared session (Ctrl+Shift+L) first.",
        ),
        "leave_shared": QT_TRANSLATE_NOOP("MainWindow", "This laptop is not sharing a session or joined to one."),
    }
    return _tr(reasons[name]) if name in reasons else None
