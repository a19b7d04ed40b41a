"""What the remote queue's keys and buttons do: console commands with plain-words feedback."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, Qt

from moderator_app.domain.queue import index_of
from moderator_app.services.console import SessionConsole
from moderator_app.ui.common import labels
from moderator_app.ui.models.remote import RemoteRow
from moderator_app.ui.window.host import WindowHost

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDockWidget

    from moderator_app.ui.widgets.remote_panel import RemotePanel


class RemoteHost(WindowHost, Protocol):
    """What the remote queue's commands use of the window: its panel and dock."""

    @property
    def remote_panel(self) -> RemotePanel: ...

    @property
    def remote_dock(self) -> QDockWidget: ...


class RemoteCommands:
    """The online moderator's commands, run through the window's bridge."""

    def __init__(self, host: RemoteHost) -> None:
        self.host = host

    @property
    def console(self) -> SessionConsole:
        return self.host.bridge.console

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("RemoteCommands", text)

    def _name(self, participant_id: str) -> str:
        participant = self.console.snapshot.participant(participant_id)
        return labels.person(participant.name) if participant else ""

    # -- keys -------------------------------------------------------------------------
    def focus_remote(self) -> None:
        """Ctrl+Shift+R: the remote panel's name field, ready to type."""
        dock = self.host.remote_dock
        dock.show()
        dock.raise_()
        edit = self.host.remote_panel.who_edit
        edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        edit.selectAll()

    def interleave_first(self) -> None:
        """I: the first remote request goes next in the main queue."""
        self.interleave(None)

    # -- commands ---------------------------------------------------------------------
    def add(self) -> None:
        panel = self.host.remote_panel
        existing = panel.matching_person()
        name, affiliation = panel.who_edit.text(), panel.affiliation_edit.text()
        platform, text, kind = panel.platform(), panel.text(), panel.kind()
        entry = self.host.bridge.run(
            lambda: self.console.add_remote(
                participant_id=existing.id if existing else None,
                name=name,
                affiliation=affiliation,
                platform=platform,
                text=text,
                kind=kind,
            )
        )
        if entry is None:
            return
        position = str(index_of(self.console.snapshot.remote_queue, entry.id) + 1)
        who = self._name(entry.participant_id)
        message = (
            self.tr("%1 is number %2 in the remote queue.")
            if existing
            else self.tr("Added %1 to the roster as a remote participant; number %2 in the remote queue.")
        )
        self.host.show_message(message.replace("%1", who).replace("%2", position), False)
        panel.clear_request()
        panel.select_id(entry.id)
        panel.who_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def on_entry(self, command: str, entry_id: str) -> None:
        """A button or key of the remote table, for the selected entry (interleave: or the first)."""
        if command == "interleave":
            self.interleave(entry_id or None)
            return
        if not entry_id:
            self.host.show_message(self.tr("Select a request in the remote queue first."), True)
            return
        if command == "withdraw":
            self.host.bridge.run(
                lambda: self.console.withdraw_remote(entry_id), done=self.tr("Withdrawn from the remote queue.")
            )
        elif command in ("up", "down"):
            remote = self.console.snapshot.remote_queue
            target = max(0, index_of(remote, entry_id) + (-1 if command == "up" else 1))
            self.host.bridge.run(lambda: self.console.move_remote(entry_id, target))
            self.host.remote_panel.select_id(entry_id)
        elif command == "floor":
            self.give_floor(entry_id)

    def interleave(self, entry_id: str | None) -> None:
        entry = self.host.bridge.run(lambda: self.console.interleave_remote(entry_id))
        if entry is not None:
            self.host.show_message(
                self.tr("%1 is next in the main queue (after any points of order).").replace(
                    "%1", self._name(entry.participant_id)
                ),
                False,
            )

    def give_floor(self, entry_id: str) -> None:
        entry = next((e for e in self.console.snapshot.remote_queue if e.id == entry_id), None)
        if entry is not None:
            self.host.bridge.run(
                lambda: self.console.give_floor(entry.participant_id, entry.kind, from_entry_id=entry.id)
            )

    # -- showing ----------------------------------------------------------------------
    def refresh(self) -> None:
        snapshot = self.console.snapshot
        panel = self.host.remote_panel
        rows = []
        for entry in snapshot.remote_queue:
            participant = snapshot.participant(entry.participant_id)
            if participant is not None:
                rows.append(RemoteRow(entry, participant))
        selected = panel.selected_id()
        panel.model.update_rows(rows)
        panel.select_id(selected)
        panel.set_people(snapshot.participants)
        waiting = len(rows)
        title = self.tr("Remote queue") + (f" ({waiting})" if waiting else "")
        self.host.remote_dock.setWindowTitle(title)
        self.host.remote_dock.setAccessibleName(title)
        has_rows = bool(rows)
        for name, button in panel.buttons.items():
            button.setEnabled(has_rows and (name != "floor" or snapshot.session.ended_at is None))
