"""Labels that fit their room: one line elided with "…" (ElidedLabel), or wrapped in full (WrappedLabel).

ElidedLabel: a one-line label that shortens its text with an ellipsis to the room it has, instead of growing.

A plain QLabel asks for the width of its text: a long affiliation or speaker name widened the
centre column turn by turn and squeezed the docks beside it. This label asks for no width at all,
draws as much of its text as fits (ending in "…"), and shows the whole text in its tooltip when it
had to shorten it. ``text()`` stays the whole text, so screen readers and tests read all of it.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QStyle, QWidget

from moderator_app.ui.common.message_box import plain_tip


class ElidedLabel(QLabel):
    """Plain text on one line, elided at the end (the start, in a right-to-left window) to fit."""

    def __init__(self, parent: QWidget | None = None, *, mode: Qt.TextElideMode = Qt.TextElideMode.ElideRight) -> None:
        super().__init__(parent)
        self._mode = mode
        self._choices: tuple[str, ...] = ()
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(False)
        # Expanding from a hint of no width, not Ignored: a box layout counts an Ignored label as
        # no width at all, even one given a minimum, and laid the label beside it past the edge.
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def sizeHint(self) -> QSize:
        return QSize(0, self._line_height())

    def minimumSizeHint(self) -> QSize:
        return QSize(0, self._line_height())

    def _line_height(self) -> int:
        """One line of the label's font, whatever it says: QLabel's own hint grows with a character
        drawn from a taller fallback font (a name's arrow or script), and the column moved with it."""
        margins = self.contentsMargins()
        return self.fontMetrics().height() + margins.top() + margins.bottom() + 2 * self.margin()

    def shown_text(self) -> str:
        """What is drawn: the whole text, else the first shorter choice that fits, else the last one
        with an ellipsis (cut at a character, never mid-glyph)."""
        room = max(0, self.contentsRect().width())
        metrics = self.fontMetrics()
        for candidate in (self.text(), *self._choices):
            if metrics.horizontalAdvance(candidate) <= room:
                return candidate
        return metrics.elidedText(self._choices[-1] if self._choices else self.text(), self._mode, room)

    def is_elided(self) -> bool:
        return self.shown_text() != self.text()

    def setText(self, text: str) -> None:
        self.set_choices((text,))

    def set_choices(self, texts: Sequence[str]) -> None:
        """The whole text first, then shorter ways of saying it (fewer names, no "Next: …" part):
        where the whole text does not fit, the first that does is shown, so a line loses whole
        parts rather than ending in a name cut short. ``text()`` is the whole text."""
        choices = tuple(texts[1:])
        if texts[0] != self.text() or choices != self._choices:
            self._choices = choices
            super().setText(texts[0])
            self._update_tip()
            self.update()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_tip()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._update_tip()

    def _update_tip(self) -> None:
        tip = plain_tip(self.text()) if self.is_elided() else ""  # names and titles are shown as typed
        if self.toolTip() != tip:
            self.setToolTip(tip)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        style = self.style()
        alignment = QStyle.visualAlignment(self.layoutDirection(), self.alignment())
        style.drawItemText(
            painter,
            self.contentsRect(),
            int(alignment),
            self.palette(),
            self.isEnabled(),
            self.shown_text(),
            self.foregroundRole(),
        )
        painter.end()


class WrappedLabel(QLabel):
    """Plain text over as many lines as its width needs, and the height for all of them.

    A word-wrapped QLabel in a dock (inside a scroll area) is given the height of its text laid out
    at its preferred width, which is wider than the dock: the last line was cut off. This one asks
    for the height its real width needs each time the width or the text changes.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Minimum)

    def setText(self, text: str) -> None:
        if text != self.text():
            super().setText(text)
            self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        needed = self.heightForWidth(self.width()) if self.width() > 0 else -1
        if needed > 0 and needed != self.minimumHeight():
            self.setMinimumHeight(needed)
