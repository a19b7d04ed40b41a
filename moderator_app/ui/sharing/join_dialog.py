"""File → Join a shared session…: the code, the address (or a session found on the network), the role.

The dialog stays open while the link is tried: a mistyped code is said under it before anything is
sent, a refusal (a wrong code, another laptop at the address) when the host answers; the person
corrects it and tries again. The sessions announced on the local network (sync/discovery.py) are
listed: picking one fills in its address; the code is still typed, since it is never announced.
An invitation (the text of the host's QR code) pasted as the code fills in the code and the address.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from moderator_app.sync.join_code import INVITATION_PREFIX, Invitation, JoinCodeError
from moderator_app.sync.link import JoinRefused, parse_address
from moderator_app.ui.sharing.roles import JOIN_ROLES, role_name

if TYPE_CHECKING:
    from moderator_app.sync.discovery import Announcement


class Finder(Protocol):
    """What the dialog uses of discovery's Browser."""

    def found(self) -> list[Announcement]: ...

    def close(self) -> None: ...


# Makes a Finder that calls its argument (on another thread) when what it found changed.
MakeFinder = Callable[[Callable[[], None]], Finder]


def network_finder(on_change: Callable[[], None]) -> Finder:
    from moderator_app.sync.discovery import Browser

    return Browser(on_change)


class JoinDialog(QDialog):
    """Asks for the code, the address and the role; ``join_requested`` carries them once they read right."""

    # (code, address or None, role): the person chose Join with a well-formed code and address.
    join_requested = Signal(object, object, str)
    _found_changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, make_finder: MakeFinder | None = network_finder) -> None:
        super().__init__(parent)
        self.setObjectName("joinDialog")
        self.setWindowTitle(self.tr("Join a shared session"))
        intro = QLabel(self.tr("Type the join code the onsite moderator's screen shows."), self)
        intro.setWordWrap(True)
        self.code_edit = QLineEdit(self)
        self.code_edit.setAccessibleName(self.tr("Join code"))
        self.code_edit.setAccessibleDescription(
            self.tr("24 characters; case, spaces and dashes do not matter; an invitation also fills in the address")
        )
        self.code_edit.setPlaceholderText("-".join(["XXXX"] * 6))  # the code's shape, in every language
        self.found_list = QListWidget(self)
        self.found_list.setAccessibleName(self.tr("Sessions found on this network"))
        self.found_list.setAccessibleDescription(self.tr("Choosing one fills in its address"))
        self.address_edit = QLineEdit(self)
        self.address_edit.setAccessibleName(self.tr("Address"))
        self.address_edit.setAccessibleDescription(
            self.tr("HOST:PORT as the host's screen shows it; empty: look for the host on this network")
        )
        self.address_edit.setPlaceholderText(self.tr("empty: look on this network"))
        self.role_box = QComboBox(self)
        self.role_box.setAccessibleName(self.tr("Role"))
        self.role_box.setAccessibleDescription(self.tr("What this laptop does in the session"))
        for role in JOIN_ROLES:
            self.role_box.addItem(role_name(role), role)
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label.setAccessibleName(self.tr("Join status"))
        self.status_label.setAccessibleDescription(self.tr("Whether the join worked, and why not"))
        form = QFormLayout()
        form.addRow(self.tr("&Code:"), self.code_edit)
        form.addRow(self.tr("&Found on this network:"), self.found_list)
        form.addRow(self.tr("&Address:"), self.address_edit)
        form.addRow(self.tr("&Role:"), self.role_box)
        buttons = QDialogButtonBox(self)
        self.join_button = QPushButton(self.tr("&Join"), self)
        self.join_button.setAccessibleName(self.tr("Join"))
        self.join_button.setAccessibleDescription(self.tr("Connects to the host and opens the shared session"))
        self.join_button.setDefault(True)
        cancel = QPushButton(self.tr("Cancel"), self)
        cancel.setAccessibleName(self.tr("Cancel"))
        cancel.setAccessibleDescription(self.tr("Closes this window without joining"))
        buttons.addButton(self.join_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(cancel, QDialogButtonBox.ButtonRole.RejectRole)
        self.join_button.clicked.connect(self._ask_join)
        cancel.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.status_label)
        layout.addWidget(buttons)
        self._found: list[Announcement] = []
        self.code_edit.textChanged.connect(self._take_invitation)
        self.found_list.currentRowChanged.connect(self._picked)
        self._found_changed.connect(self._show_found)
        self._finder: Finder | None = None
        if make_finder is not None:
            try:
                self._finder = make_finder(self._found_changed.emit)
            except OSError:
                # No multicast here (no network, or one that refuses it): typing the address works.
                self._finder = None
        self._show_found()
        # Wide enough for a session's title in the list, which needs only a few lines.
        metrics = self.fontMetrics()
        self.setMinimumWidth(metrics.averageCharWidth() * 80)
        self.found_list.setMaximumHeight(metrics.lineSpacing() * 6)

    # -- what the window tells it ----------------------------------------------------------
    def show_status(self, text: str, *, failed: bool) -> None:
        self.status_label.setText(text)
        self.join_button.setEnabled(failed)
        if failed:
            self.code_edit.setFocus()

    def done(self, result: int) -> None:
        if self._finder is not None:
            self._finder.close()
            self._finder = None
        super().done(result)

    # -- inside ----------------------------------------------------------------------------
    def _ask_join(self) -> None:
        try:
            code = Invitation.parse(self.code_edit.text()).code
        except JoinCodeError as error:
            self.show_status(str(error), failed=True)
            return
        address = self.address_edit.text().strip() or None
        if address is not None:
            try:
                parse_address(address)
            except JoinRefused as error:
                self.show_status(str(error), failed=True)
                self.address_edit.setFocus()
                return
        waiting = (
            self.tr("Joining %1…").replace("%1", address)
            if address
            else self.tr("Looking for the host on this network…")
        )
        self.show_status(waiting, failed=False)
        self.join_requested.emit(code, address, str(self.role_box.currentData()))

    def _take_invitation(self, text: str) -> None:
        """A pasted invitation becomes its code, and its first address unless one was typed."""
        if not text.strip().lower().startswith(INVITATION_PREFIX):
            return
        try:
            invitation = Invitation.parse(text)
        except JoinCodeError as error:
            self.show_status(str(error), failed=True)
            return
        self.code_edit.setText(invitation.code.text())
        if invitation.addresses and not self.address_edit.text().strip():
            self.address_edit.setText(invitation.addresses[0])
        self.status_label.setText(self.tr("Invitation read: the code and the address are filled in; choose the role."))
        self.join_button.setEnabled(True)
        self.role_box.setFocus()

    def _show_found(self) -> None:
        self._found = self._finder.found() if self._finder is not None else []
        self.found_list.blockSignals(True)
        self.found_list.clear()
        for announcement in self._found:
            QListWidgetItem(
                self.tr("%1 (at %2)").replace("%1", announcement.title).replace("%2", announcement.address),
                self.found_list,
            )
        if not self._found:
            QListWidgetItem(self.tr("None found yet (the network may block it): type the address."), self.found_list)
        self.found_list.blockSignals(False)

    def _picked(self, row: int) -> None:
        if 0 <= row < len(self._found):
            self.address_edit.setText(self._found[row].address)
