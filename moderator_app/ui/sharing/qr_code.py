"""The invitation as a QR code: dark modules on a light ground, whatever the window's theme.

A phone's camera reads it off the host's screen (or off the projector) and offers the invitation as
text, to pass on as a message to the laptop that joins; the Join window takes it pasted. segno
makes the code's modules (pure Python, no imaging library); Qt paints them here, each module a
whole number of pixels so no edge is blurred, with the quiet zone of four modules readers need.
Dark on light always: many readers do not read a code with its colours inverted, so the dark
theme and high contrast do not recolour it.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage, QPainter

#: The light margin readers need around the code, in modules.
QUIET_ZONE = 4


def qr_image(text: str, side: int) -> QImage:
    """``text`` as a QR code about ``side`` pixels wide (never less than two pixels a module)."""
    import segno

    # Medium error correction: a screen seen at an angle, with a glare, still reads.
    matrix = segno.make(text, error="m", micro=False).matrix
    modules = len(matrix) + 2 * QUIET_ZONE
    pixels = max(2, side // modules)
    image = QImage(modules * pixels, modules * pixels, QImage.Format.Format_RGB32)
    image.fill(QColor(Qt.GlobalColor.white))
    painter = QPainter(image)
    dark = QColor(Qt.GlobalColor.black)
    for row, line in enumerate(matrix):
        for column, module in enumerate(line):
            if module:
                rect = QRect((column + QUIET_ZONE) * pixels, (row + QUIET_ZONE) * pixels, pixels, pixels)
                painter.fillRect(rect, dark)
    painter.end()
    return image
