"""Which of the window's actions can be done now, and why one cannot, in words for the status bar.

Keyed by the names of the action table (actions.py). Worked out from the console after a change that
can move them (see refresh.py's table), and asked when a key of a switched-off action is pressed.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QToolBar

from moderator_app.domain.enums import InterventionState
from moderator_app.ui.common.contexts import QT_TRANSLATE_NOOP, translated

if TYPE_CHECKING:
    from moderator_app.services.console import SessionConsole

#: The labels of Start / pause / resume as it stands (the toolbar keeps the widest one's width).
TOGGLE_TEXTS = (
    QT_TRANSLATE_NOOP("MainWindow", "&Pause"),
    QT_TRANSLATE_NOOP("MainWindow", "&Resume"),
    QT_TRANSLATE_NOOP("MainWindow", "&Start next"),
)


# Written out as translate(context, text) at each call so lupdate can extract the strings.
translate = QCoreApplication.translate


def _tr(text: str) -> str:
    return translated("MainWindow", text)


def toggle_texts() -> tuple[str, ...]:
    return tuple(_tr(text) for text in TOGGLE_TEXTS)


def update_enabled(act: Mapping[str, QAction], console: SessionConsole, toolbar: QToolBar) -> None:
    """Switch each action on or off for the console's state; Start / pause / resume says what it does."""
    snapshot = console.snapshot
    current = snapshot.current_intervention
    ended = snapshot.session.ended_at is not None
    act["undo"].setEnabled(console.can_undo_queue)
    act["redo"].setEnabled(console.can_redo_queue)
    for name in ("end", "plus", "minus", "allot"):
        act[name].setEnabled(current is not None)
    # N also calls from the remote queue (in a remote segment, or when the main queue is empty).
    act["next"].setEnabled(console.next_entry() is not None and not ended)
    act["interleave"].setEnabled(bool(snapshot.remote_queue))
    act["start_session"].setEnabled(snapshot.session.started is None)
    act["end_session"].setEnabled(snapshot.session.started is not None and not ended)
    act["resume_session"].setEnabled(ended)
    act["next_segment"].setEnabled(bool(snapshot.segments) and not ended)
    act["suggested"].setEnabled(bool(snapshot.queue or snapshot.remote_queue) and not ended)
    act["contingent_time"].setEnabled(bool(snapshot.contingents))
    # After End session nobody can be given the floor: Space (Start next) is off too.
    toggle = act["toggle"]
    toggle.setEnabled(current is not None or not ended)
    pause, resume, start = TOGGLE_TEXTS
    running = current is not None and current.state is InterventionState.RUNNING
    toggle.setText(_tr(pause if running else resume if current is not None else start))
    toggle_button = toolbar.widgetForAction(toggle)
    if toggle_button is not None:
        toggle_button.setAccessibleName(toggle.text().replace("&", ""))


def why_disabled(act: Mapping[str, QAction], console: SessionConsole, action: QAction) -> str | None:
    """Why ``action`` cannot be done now, in words for the status bar (None: it can, or no reason)."""
    names = [name for name, candidate in act.items() if candidate is action]
    if not names:
        return None
    name = names[0]
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
    reasons = {
        "undo": QT_TRANSLATE_NOOP("MainWindow", "Nothing to undo in the queue."),
        "redo": QT_TRANSLATE_NOOP("MainWindow", "Nothing to redo in the queue."),
        "interleave": QT_TRANSLATE_NOOP("MainWindow", "The remote queue is empty."),
        "start_session": QT_TRANSLATE_NOOP("MainWindow", "The session clock has already started."),
        "resume_session": QT_TRANSLATE_NOOP("MainWindow", "The session has not ended."),
        "next_segment": QT_TRANSLATE_NOOP(
            "MainWindow", "This session has no agenda: add segments with Session details (Ctrl+Shift+D)."
        ),
    }
    return _tr(reasons[name]) if name in reasons else None
