"""The join code as a QR code a phone reads, and the invitation it holds pasted into Join."""

from __future__ import annotations

import hashlib

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from moderator_app.sync.join_code import Invitation, JoinCode
from moderator_app.sync.link_host import JoinInfo
from moderator_app.ui.sharing.join_dialog import JoinDialog
from moderator_app.ui.sharing.share_dialog import ShareDialog

FINGERPRINT = hashlib.sha256(b"the host's certificate").digest()


def read_qr_codes(image: QImage) -> list[str]:
    """What a real QR reader (zxing-cpp, a test dependency) reads off ``image``."""
    zxingcpp = pytest.importorskip("zxingcpp")
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    width, height, stride = gray.width(), gray.height(), gray.bytesPerLine()
    raw = bytes(gray.constBits())
    rows = b"".join(raw[row * stride : row * stride + width] for row in range(height))
    return [found.text for found in zxingcpp.read_barcodes(memoryview(rows).cast("B", (height, width)))]


def test_the_share_window_shows_the_code_and_the_addresses_as_a_qr_code_a_reader_reads(qtbot) -> None:
    dialog = ShareDialog("Demo")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.qr_label.pixmap().isNull()  # nothing to read before the port is open
    code = JoinCode.new(FINGERPRINT)
    dialog.show_started(JoinInfo(code, 8765, ("192.168.1.20", "10.0.0.5")), "Demo")

    read = read_qr_codes(dialog.qr_label.pixmap().toImage())
    assert len(read) == 1
    invitation = Invitation.parse(read[0])
    assert invitation.code == code and invitation.code.text() == dialog.code_label.text()
    assert invitation.addresses == ("192.168.1.20:8765", "10.0.0.5:8765")
    assert dialog.qr_caption.isVisible()

    dialog.show_stopped("")
    assert dialog.qr_label.pixmap().isNull()  # a stopped share's code must not be read off the screen
    assert not dialog.qr_caption.isVisible()


def test_the_qr_code_stays_dark_on_light_in_the_dark_theme(qtbot) -> None:
    dialog = ShareDialog("Demo")
    qtbot.addWidget(dialog)
    dialog.setStyleSheet("QDialog, QLabel { background: #111; color: #eee; }")
    dialog.show_started(JoinInfo(JoinCode.new(FINGERPRINT), 8765, ("192.168.1.20",)), "Demo")
    image = dialog.qr_label.pixmap().toImage()
    assert image.pixelColor(0, 0).lightness() == 255  # the quiet zone is white
    assert read_qr_codes(image)


def test_an_invitation_pasted_as_the_code_fills_in_the_code_and_the_address(qtbot) -> None:
    dialog = JoinDialog(make_finder=None)
    qtbot.addWidget(dialog)
    code = JoinCode.new(FINGERPRINT)
    dialog.code_edit.setText(Invitation(code, ("192.168.1.20:8765", "10.0.0.5:8765")).text())
    assert dialog.code_edit.text() == code.text()
    assert dialog.address_edit.text() == "192.168.1.20:8765"
    assert "Invitation read" in dialog.status_label.text()
    with qtbot.waitSignal(dialog.join_requested) as asked:
        qtbot.mouseClick(dialog.join_button, Qt.MouseButton.LeftButton)
    assert asked.args[0] == code and asked.args[1] == "192.168.1.20:8765"


def test_an_address_already_typed_is_kept_when_an_invitation_is_pasted(qtbot) -> None:
    dialog = JoinDialog(make_finder=None)
    qtbot.addWidget(dialog)
    dialog.address_edit.setText("127.0.0.1:9000")
    code = JoinCode.new(FINGERPRINT)
    dialog.code_edit.setText(Invitation(code, ("192.168.1.20:8765",)).text())
    assert dialog.address_edit.text() == "127.0.0.1:9000"


def test_an_invitation_without_a_code_says_what_to_type(qtbot) -> None:
    dialog = JoinDialog(make_finder=None)
    qtbot.addWidget(dialog)
    dialog.code_edit.setText("moderator-app:join?at=192.168.1.20:8765")
    assert "holds no join code" in dialog.status_label.text()
    assert dialog.address_edit.text() == ""


def test_a_pasted_invitation_with_a_hostile_address_is_refused_in_a_short_plain_message(qtbot) -> None:
    dialog = JoinDialog(make_finder=None)
    qtbot.addWidget(dialog)
    hostile = "<b>=cmd|' /C calc'!A0</b>\u202e" + "x" * 10_000
    dialog.code_edit.setText(Invitation(JoinCode.new(FINGERPRINT), (hostile,)).text())
    assert dialog.address_edit.text() == hostile  # data, shown as typed
    qtbot.mouseClick(dialog.join_button, Qt.MouseButton.LeftButton)
    said = dialog.status_label.text()
    assert said.startswith("the address must be HOST:PORT") and len(said) < 200
    assert dialog.status_label.textFormat() == Qt.TextFormat.PlainText
