"""Session → Share this session…: the join code in large type and as a QR code, the addresses, who is connected.

Not modal: it may stay open beside the window all session (the moderator glances at who is
connected), and closing it does not stop sharing; "Stop sharing" does, and closes the port.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from moderator_app.sync.join_code import Invitation
from moderator_app.ui.sharing.qr_code import qr_image
from moderator_app.ui.sharing.roles import role_name

if TYPE_CHECKING:
    from moderator_app.sync.link_host import ConnectedPeer, JoinInfo

#: The code's size: readable across a meeting room from the laptop's screen.
CODE_POINTS = 28
#: The QR code's side in the dialog, in device-independent pixels: a phone reads it from a metre.
QR_SIDE = 240


class ShareDialog(QDialog):
    """What the people joining need (the code, the address) and who has joined, with their role."""

    #: "Stop sharing" was chosen.
    stop_requested = Signal()

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shareDialog")
        self.setModal(False)
        self.setWindowTitle(self.tr("Share this session"))
        self.session_label = QLabel(self.tr("Opening the port to share “%1”…").replace("%1", title), self)
        self.session_label.setWordWrap(True)
        self.session_label.setTextFormat(Qt.TextFormat.PlainText)
        code_caption = QLabel(self.tr("Join code (read it out to the people joining, not into the microphone):"), self)
        code_caption.setWordWrap(True)
        self.code_label = QLabel("—", self)
        font = QFont(self.code_label.font())
        font.setPointSize(CODE_POINTS)
        font.setBold(True)
        font.setStyleHint(QFont.StyleHint.Monospace)
        self.code_label.setFont(font)
        self.code_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.code_label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.code_label.setAccessibleName(self.tr("Join code"))
        self.code_label.setAccessibleDescription(self.tr("The code to type on the laptops that join"))
        code_caption.setBuddy(self.code_label)
        address_caption = QLabel(self.tr("Address to type if the session is not found on the network:"), self)
        address_caption.setWordWrap(True)
        self.address_label = QLabel("—", self)
        self.address_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.address_label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.address_label.setAccessibleName(self.tr("Address"))
        self.address_label.setAccessibleDescription(self.tr("The address to type when the session is not found"))
        address_caption.setBuddy(self.address_label)
        self.qr_label = QLabel(self)
        self.qr_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr_label.setMinimumSize(QR_SIDE, QR_SIDE)
        self.qr_label.setAccessibleName(self.tr("Join code as a QR code"))
        self.qr_label.setAccessibleDescription(
            self.tr("Holds the join code and the address, for a phone's camera to pass on")
        )
        self.qr_caption = QLabel(self.tr("A phone's camera reads the code and the address from this."), self)
        self.qr_caption.setWordWrap(True)
        self.qr_caption.setMaximumWidth(QR_SIDE)
        peers_caption = QLabel(self.tr("&Connected:"), self)
        self.peers_list = QListWidget(self)
        self.peers_list.setAccessibleName(self.tr("Connected laptops"))
        self.peers_list.setAccessibleDescription(self.tr("Each laptop that joined, with its role and address"))
        peers_caption.setBuddy(self.peers_list)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setAccessibleName(self.tr("Problem"))
        self.error_label.setAccessibleDescription(self.tr("Why sharing stopped"))
        self.error_label.hide()
        buttons = QDialogButtonBox(self)
        self.stop_button = QPushButton(self.tr("&Stop sharing"), self)
        self.stop_button.setAccessibleName(self.tr("Stop sharing"))
        self.stop_button.setAccessibleDescription(self.tr("Closes the port: the other laptops are disconnected"))
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setAccessibleName(self.tr("Close"))
        self.close_button.setAccessibleDescription(self.tr("Closes this window; sharing goes on"))
        buttons.addButton(self.stop_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.stop_button.clicked.connect(self.stop_requested)
        self.close_button.clicked.connect(self.hide)
        text_column = QVBoxLayout()
        for widget in (
            code_caption,
            self.code_label,
            address_caption,
            self.address_label,
            peers_caption,
            self.peers_list,
        ):
            text_column.addWidget(widget)
        qr_column = QVBoxLayout()
        qr_column.addWidget(self.qr_label)
        qr_column.addWidget(self.qr_caption)
        qr_column.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(text_column, 1)
        columns.addLayout(qr_column)
        layout = QVBoxLayout(self)
        layout.addWidget(self.session_label)
        layout.addLayout(columns)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self._show_qr("")
        self.show_peers(())

    def show_started(self, info: JoinInfo, title: str) -> None:
        self.session_label.setText(self.tr("Sharing “%1”.").replace("%1", title))
        self.code_label.setText(info.code.text())
        self.address_label.setText(info.address_text() or self.tr("(no network address: check the connection)"))
        addresses = tuple(f"{address}:{info.port}" for address in info.addresses)
        self._show_qr(Invitation(info.code, addresses).text())

    def show_peers(self, peers: tuple[ConnectedPeer, ...]) -> None:
        self.peers_list.clear()
        if not peers:
            self.peers_list.addItem(self.tr("No one has joined yet."))
            return
        for peer in peers:
            self.peers_list.addItem(
                self.tr("%1 (from %2)").replace("%1", role_name(peer.role)).replace("%2", peer.address)
            )

    def show_stopped(self, reason: str) -> None:
        """Sharing ended: ``reason`` in plain words when it failed, empty when stopped."""
        self.stop_button.setEnabled(False)
        self.code_label.setText("—")
        self.address_label.setText("—")
        self.peers_list.clear()
        self._show_qr("")
        if reason:
            self.session_label.setText(self.tr("Not sharing."))
            self.error_label.setText(reason)
            self.error_label.show()
        else:
            self.session_label.setText(self.tr("Stopped sharing: the port is closed."))
        self.close_button.setFocus()

    def _show_qr(self, text: str) -> None:
        """The invitation as a QR code, or nothing (not sharing): a stale code must not be read."""
        self.qr_caption.setVisible(bool(text))
        if not text:
            self.qr_label.clear()
            return
        ratio = self.devicePixelRatioF()
        image = qr_image(text, round(QR_SIDE * ratio))
        image.setDevicePixelRatio(ratio)
        self.qr_label.setPixmap(QPixmap.fromImage(image))
