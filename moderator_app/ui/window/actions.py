"""The window's actions built from a table keyed by name: what a row says and how a QAction is made of it.

The rows are in action_table.py: text, keys, tip, menu, handler and where the keys work. The menus,
the shortcuts, the panel buttons' short labels and the toolbar are all built from that table
(``build_actions``), so a new command is one row there. The texts are marked for translation in
the "MainWindow" context and translated here, when the actions are built; the enabled-state rules
are in enabled.py, keyed by the same names.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence

from moderator_app.ui.common.contexts import translated

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from moderator_app.ui.dialogs.first_run import GuideHost
    from moderator_app.ui.dialogs.preferences import PreferencesHost
    from moderator_app.ui.handlers.backups import BackupCommands
    from moderator_app.ui.handlers.live import Commands
    from moderator_app.ui.handlers.notes import NoteCommands
    from moderator_app.ui.handlers.remote import RemoteCommands
    from moderator_app.ui.sharing.commands import SharingCommands

    class ActionHost(GuideHost, PreferencesHost, Protocol):
        """What the actions' handlers reach through the window (defined for the type checker only:
        the guide's module loads when the guide is first shown, not at start)."""

        @property
        def commands(self) -> Commands: ...

        @property
        def note_commands(self) -> NoteCommands: ...

        @property
        def remote_commands(self) -> RemoteCommands: ...

        @property
        def backups(self) -> BackupCommands: ...

        @property
        def sharing(self) -> SharingCommands: ...

        def toggle_full_screen(self) -> None: ...

        def search_notes(self, event: str | None = None) -> None: ...


#: Actions, menus and their texts are translated in this context, wherever the code that builds them moves.
CONTEXT = "MainWindow"


class Scope(Enum):
    """Where an action's keys work."""

    #: Anywhere in the window, menu bar shown or not (full screen).
    WINDOW = "window"
    #: Only while its panel (or a widget in it) has the focus: Delete withdraws from the queue.
    PANEL = "panel"
    #: Only while its table itself has the focus: the notes table's F2, Del and Ctrl+Z.
    TABLE = "table"


@dataclass(frozen=True, slots=True)
class ActionSpec:
    """One command: its text and tip (untranslated, marked for the "MainWindow" context), keys and handler."""

    name: str
    menu: str
    text: str
    handler: Callable[[ActionHost], object]
    keys: tuple[str, ...] = ()
    tip: str = ""
    #: The label of the panel button the action also is (menus keep the full text).
    short: str = ""
    #: A separator goes before it in its menu.
    separated: bool = False
    scope: Scope = Scope.WINDOW


def _tr(text: str) -> str:
    return translated(CONTEXT, text)


@dataclass(frozen=True, slots=True)
class BuiltActions:
    """The table made into QActions: by name, and grouped by menu (translated titles, menu order)."""

    by_name: dict[str, QAction]
    by_menu: list[tuple[str, list[QAction]]]
    #: Each action's row of the table (its menu, separator, scope).
    specs: dict[str, ActionSpec]


def make_action(spec: ActionSpec, host: ActionHost, parent: QWidget) -> QAction:
    """One QAction from its row: translated text and tips, shortcuts and where they work, the handler."""
    text = _tr(spec.text)
    tip = _tr(spec.tip) if spec.tip else text.replace("&", "")
    action = QAction(text, parent)
    action.setObjectName(spec.name)
    if spec.keys:
        action.setShortcuts([QKeySequence(key) for key in spec.keys])
        tip_with_keys = f"{tip} ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})"
    else:
        tip_with_keys = tip
    action.setToolTip(tip_with_keys)
    action.setStatusTip(tip)
    if spec.short:
        action.setIconText(_tr(spec.short))
    action.setShortcutContext(
        {
            Scope.WINDOW: Qt.ShortcutContext.WindowShortcut,
            Scope.PANEL: Qt.ShortcutContext.WidgetWithChildrenShortcut,
            Scope.TABLE: Qt.ShortcutContext.WidgetShortcut,
        }[spec.scope]
    )
    handler = spec.handler
    action.triggered.connect(lambda _checked=False: handler(host))
    return action


def build_actions(
    host: ActionHost, window: QWidget, menus: tuple[tuple[str, str], ...], table: tuple[ActionSpec, ...]
) -> BuiltActions:
    """Every action of ``table``, made for ``window``; window-wide ones added to it so their keys work
    with the menu bar hidden (full screen). The others go to their panel or table (see MainWindow)."""
    by_name: dict[str, QAction] = {}
    grouped: dict[str, list[QAction]] = {key: [] for key, _title in menus}
    for spec in table:
        if spec.name in by_name:
            raise ValueError(f"two actions are named {spec.name!r}")
        action = make_action(spec, host, window)
        if spec.scope is Scope.WINDOW:
            window.addAction(action)
        by_name[spec.name] = action
        grouped[spec.menu].append(action)
    by_menu = [(_tr(title), grouped[key]) for key, title in menus]
    return BuiltActions(by_name, by_menu, {spec.name: spec for spec in table})
