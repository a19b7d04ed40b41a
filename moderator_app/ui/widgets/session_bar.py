"""The session clock: elapsed against planned, the current segment and what is left of it, who is next."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QWidget

from moderator_app.domain.formatting import clock_text, countdown_text
from moderator_app.services.console import LiveReading
from moderator_app.ui.widgets.elided_label import ElidedLabel

_Label = TypeVar("_Label", bound=QLabel)


def _label(label: _Label, name: str, *, size: int, bold: bool = False) -> _Label:
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    font = QFont(label.font())
    font.setPixelSize(size)
    font.setBold(bold)
    label.setFont(font)
    # One line high even while empty (the segment clock before the session starts): the bar keeps
    # its height, and so the timer below keeps its size.
    label.setText("0:00")
    label.setMinimumHeight(label.sizeHint().height())
    label.setText("")
    return label


class SessionBar(QFrame):
    """Session title, elapsed against planned, current segment and what is left of it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sessionBar")
        self.setAccessibleName(self.tr("Session clock"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # The title and segment names elide to the room they have when painted (a width read while
        # setting the text could be stale, and left "…" alone with room to spare).
        self.title_label = _label(ElidedLabel(self), "sessionTitle", size=18, bold=True)
        self.clock_label = _label(QLabel(self), "sessionClock", size=26, bold=True)
        self.segment_label = _label(ElidedLabel(self), "segmentLabel", size=18)
        self.segment_clock = _label(QLabel(self), "segmentClock", size=26, bold=True)
        # Long titles are shortened to one line (full text in the tooltip, ElidedLabel) rather than
        # widening the window past the screen or pushing the timer down on a small laptop screen.
        self.clock_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.segment_clock.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        grid = QGridLayout(self)
        grid.setContentsMargins(12, 6, 12, 6)
        grid.addWidget(self.title_label, 0, 0)
        grid.addWidget(self.clock_label, 0, 1)
        grid.addWidget(self.segment_label, 1, 0)
        grid.addWidget(self.segment_clock, 1, 1)
        grid.setColumnStretch(0, 1)

    def show_reading(self, title: str, reading: LiveReading, *, started: bool, ended: bool) -> None:
        progress = reading.progress
        self.title_label.setText(title)
        elapsed = clock_text(progress.session_elapsed_seconds)
        if progress.planned_seconds:
            planned = clock_text(progress.planned_seconds)
            text = self.tr("Session %1 of %2").replace("%1", elapsed).replace("%2", planned)
            if progress.session_elapsed_seconds > progress.planned_seconds:
                over = clock_text(progress.session_elapsed_seconds - progress.planned_seconds)
                text += "  " + self.tr("(+%1 over)").replace("%1", over)
        else:
            text = self.tr("Session %1").replace("%1", elapsed)
        if not started:
            text = self.tr("Not started")
        elif ended:
            text = self.tr("Ended after %1").replace("%1", elapsed)
        self.clock_label.setText(text)
        if progress.segment is None:
            upcoming = progress.next_segment
            self.segment_label.setText(
                self.tr("First segment: %1").replace("%1", upcoming.title) if upcoming else self.tr("No agenda")
            )
            self.segment_clock.setText("")
        else:
            next_part = (
                "   " + self.tr("Next: %1").replace("%1", progress.next_segment.title) if progress.next_segment else ""
            )
            # Where both do not fit, the current segment alone rather than "Next: C…".
            self.segment_label.set_choices((progress.segment.title + next_part, progress.segment.title))
            if progress.segment_remaining_seconds is None or ended:
                self.segment_clock.setText(clock_text(progress.segment_elapsed_seconds))
            elif progress.segment_remaining_seconds > 0:
                self.segment_clock.setText(
                    self.tr("%1 left").replace("%1", countdown_text(progress.segment_remaining_seconds))
                )
            else:
                self.segment_clock.setText(
                    self.tr("%1 over").replace("%1", countdown_text(progress.segment_remaining_seconds))
                )
        # Screen readers get the full texts, not the shortened ones.
        segment_text = self.segment_label.text()
        self.setAccessibleDescription(f"{title}. {self.clock_label.text()}. {segment_text} {self.segment_clock.text()}")
