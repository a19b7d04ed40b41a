"""The stage display window: countdown, speaker, phase and messages, painted to fill any screen."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QHideEvent, QIcon, QKeyEvent, QPainter, QPaintEvent, QShowEvent
from PySide6.QtWidgets import QWidget

from moderator_app.system.resources import resource
from moderator_app.ui.stage.view import MESSAGE_COLOURS, StageView


def fitted_font(base: QFont, text: str, width: float, height: float, *, bold: bool = False) -> QFont:
    """The largest pixel size at which ``text`` fits in width × height (one line)."""
    font = QFont(base)
    font.setBold(bold)
    font.setPixelSize(100)
    metrics = QFontMetricsF(font)
    advance = max(metrics.horizontalAdvance(text), 1.0)
    size = min(height * 0.82, 100 * width / advance)
    font.setPixelSize(max(8, int(size)))
    return font


class StageWindow(QWidget):
    """A top-level window for the room. It never keeps state of its own about the session: each tick
    the console's window hands it the same reading its own timer shows, so the two cannot differ."""

    # Shown, hidden, full screen or not: the controller remembers it for the next start.
    shown_state_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("stageDisplay")
        self.setWindowTitle(self.tr("Stage display — moderator-app"))
        self.setAccessibleName(self.tr("Stage display"))
        self.setAccessibleDescription(
            self.tr("What the speakers see: the timer, who has the floor and the moderator's messages")
        )
        self.setMinimumSize(480, 270)
        # The moderator's keys belong to the console: showing the display must not take them.
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.resize(1280, 720)
        self.view: StageView | None = None
        self.logo = QIcon(str(resource("icons", "moderator-app.svg")))
        self.digits_font = QFont()
        self.digits_font.setFamilies(["DejaVu Sans Mono", "Menlo", "Consolas", "monospace"])
        self.text_font = QFont()
        self.text_font.setFamilies(["DejaVu Sans", "Droid Sans Fallback", "sans-serif"])

    def show_view(self, view: StageView) -> None:
        if view != self.view:
            self.view = view
            self.setAccessibleDescription(
                " ".join(part for part in (view.message, view.phase_text, view.clock, view.speaker) if part)
            )
            self.update()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.shown_state_changed.emit()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.shown_state_changed.emit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.WindowStateChange:
            self.shown_state_changed.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Esc leaves full screen on the projector without reaching for the console.
        if event.key() == Qt.Key.Key_Escape and self.isFullScreen():
            self.showNormal()
            return
        super().keyPressEvent(event)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        width, height = float(self.width()), float(self.height())
        view = self.view
        if view is None or view.blackout:
            painter.fillRect(self.rect(), QColor("#000000"))
            side = int(min(width, height) * 0.18)
            painter.setOpacity(0.35)
            self.logo.paint(painter, int((width - side) / 2), int((height - side) / 2), side, side)
            painter.end()
            return
        painter.fillRect(self.rect(), QColor(view.background))
        margin = width * 0.04
        inner = width - 2 * margin
        top = height * 0.03
        if view.message:
            band = height * 0.24
            painter.fillRect(QRectF(0, 0, width, band), QColor(MESSAGE_COLOURS[0]))
            self._text(painter, view.message, QRectF(margin, 0, inner, band), MESSAGE_COLOURS[1], 0.62, bold=True)
            top = band + height * 0.02
        rest = height - top
        foreground = view.foreground
        if view.phase_text:
            self._text(painter, view.phase_text, QRectF(margin, top, inner, rest * 0.13), foreground, 0.8, bold=True)
        clock_box = QRectF(margin, top + rest * 0.13, inner, rest * 0.5)
        if view.clock:
            font = fitted_font(self.digits_font, view.clock, clock_box.width(), clock_box.height(), bold=True)
            painter.setFont(font)
            painter.setPen(QColor(foreground))
            painter.drawText(clock_box, Qt.AlignmentFlag.AlignCenter, view.clock)
        y = top + rest * 0.65
        if view.speaker:
            self._text(painter, view.speaker, QRectF(margin, y, inner, rest * 0.14), foreground, 0.85, bold=True)
        if view.affiliation:
            self._text(painter, view.affiliation, QRectF(margin, y + rest * 0.14, inner, rest * 0.09), foreground, 0.8)
        if view.footer:
            self._text(painter, view.footer, QRectF(margin, y + rest * 0.25, inner, rest * 0.08), foreground, 0.75)
        painter.end()

    def _text(self, painter: QPainter, text: str, box: QRectF, colour: str, fill: float, *, bold: bool = False) -> None:
        # User text is drawn as text (never interpreted as markup), shrunk to fit its band.
        font = fitted_font(self.text_font, text, box.width(), box.height() * fill, bold=bold)
        painter.setFont(font)
        painter.setPen(QColor(colour))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
