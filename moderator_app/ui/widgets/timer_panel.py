"""The large timer: who has the floor, the countdown, and the phase in colour, shape and words."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QFrame, QLabel, QProgressBar, QSizePolicy, QVBoxLayout, QWidget

from moderator_app.domain.enums import Phase
from moderator_app.domain.formatting import clock_text, countdown_text
from moderator_app.services.console import LiveReading
from moderator_app.ui.common import labels, theme
from moderator_app.ui.widgets.elided_label import ElidedLabel


def _plain_label(name: str, parent: QWidget, *, elided: bool = False) -> QLabel:
    # Names, affiliations and details stay on one line and elide: a long one must not make the
    # panel taller or wider, or the digits change size from one turn to the next.
    label = ElidedLabel(parent) if elided else QLabel(parent)
    # User data is shown as text, never interpreted as markup.
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setObjectName(name)
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    return label


class TimerPanel(QFrame):
    """The large timer: phase in colour, shape and words; speaker; countdown; details."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timerPanel")
        self.setAccessibleName(self.tr("Intervention timer"))
        self.setAutoFillBackground(True)
        # The timer holds keyboard focus during a session so that Space, N, A… always act.
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumHeight(180)
        self.phase_label = _plain_label("phaseLabel", self)
        self.speaker_label = _plain_label("speakerLabel", self, elided=True)
        self.affiliation_label = _plain_label("affiliationLabel", self, elided=True)
        self.time_label = _plain_label("timeLabel", self)
        self.detail_label = _plain_label("detailLabel", self, elided=True)
        self.progress = QProgressBar(self)
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(14)
        self.progress.setAccessibleName(self.tr("Share of allotted time used"))
        layout = self._layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(4)
        layout.addWidget(self.phase_label)
        layout.addWidget(self.speaker_label)
        layout.addWidget(self.affiliation_label)
        layout.addWidget(self.time_label, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.detail_label)
        self._phase: tuple[Phase, bool] | None = None
        # Height the quick note below has borrowed for its tag buttons while a note is typed: the
        # fonts are sized as if the panel still had it, so the digits keep one size per window size.
        self.lent_height = 0
        self._apply_fonts()
        theme.notifier().changed.connect(self._theme_changed)

    def _theme_changed(self) -> None:
        if self._phase is not None:
            phase, running = self._phase
            self._phase = None
            self._paint(phase, running=running)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._apply_fonts()

    def lend_height(self, pixels: int) -> None:
        """The quick note's tag buttons take (or give back) ``pixels`` of this panel's height."""
        if pixels != self.lent_height:
            self.lent_height = pixels
            self._apply_fonts()

    def _apply_fonts(self) -> None:
        # The digits fill the panel: readable from the back of a meeting room. Sizes follow the
        # panel's size (the window's and the splitters'), so on a small laptop screen nothing spills
        # over its neighbours, and nothing else changes them.
        height = max(self.height() + self.lent_height, 160)
        width = max(self.width(), 320)
        tight = height < 300
        margin = 8 if tight else 24
        self._layout.setContentsMargins(margin, 6 if tight else 16, margin, 6 if tight else 16)
        self._layout.setSpacing(1 if tight else 4)
        digits = max(28, min(int(height * 0.36), int(width / 4.2)))
        self._set_font(self.time_label, digits, bold=True, mono=True)
        self._set_font(self.speaker_label, max(14, min(int(height * 0.09), int(width / 22))), bold=True)
        self._set_font(self.affiliation_label, max(11, int(height * 0.05)))
        self._set_font(self.phase_label, max(12, int(height * 0.065)), bold=True)
        self._set_font(self.detail_label, max(10, int(height * 0.042)))
        self._keep_digits_inside(digits)

    def _keep_digits_inside(self, digits: int) -> None:
        """Shrink the digits only if their glyphs would overlap the lines around them.

        Sized for the height the quick note lends away, they keep one size while a note is typed;
        but in a short panel (the rapporteur's layout) that height is most of the panel, and the
        digits would run over the name and the bar. Only the glyphs must fit: the line spacing
        above and below them can be clipped unseen.
        """
        margins = self._layout.contentsMargins()
        around = (self.phase_label, self.speaker_label, self.affiliation_label, self.progress, self.detail_label)
        # Each line's height from its font, not from the words it shows now: an empty phase or detail
        # line asks for less height than a full one, and the digits would change size between turns.
        others = sum(_line_height(widget) for widget in around)
        # A tenth kept spare: the layout rounds each line's share, and the label is centred in its own.
        room = int(0.9 * (self.height() - margins.top() - margins.bottom() - 5 * self._layout.spacing() - others))
        glyphs = QFontMetrics(self.time_label.font()).tightBoundingRect("0:00").height()
        if 0 < room < glyphs:
            self._set_font(self.time_label, max(28, int(digits * room / glyphs)), bold=True, mono=True)

    @staticmethod
    def _set_font(label: QLabel, pixel_size: int, *, bold: bool = False, mono: bool = False) -> None:
        font = QFont(label.font())
        if mono:
            font.setFamilies(["DejaVu Sans Mono", "Menlo", "Consolas", "monospace"])
            font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPixelSize(pixel_size)
        font.setBold(bold)
        label.setFont(font)

    def show_reading(
        self,
        reading: LiveReading,
        segment_title: str | None,
        *,
        next_allotted: int | None = None,
        ended: bool = False,
    ) -> None:
        timer = reading.timer
        shape, words = labels.phase(timer.phase, running=timer.running)
        if timer.phase is Phase.IDLE and ended:
            # Nobody can be called any more: say so, and how to carry on, instead of "Press N".
            words = self.tr("Session ended")
            self.phase_label.setText(f"■  {words}")
            self.speaker_label.setText("")
            self.affiliation_label.setText(self.tr("Session → Resume ended session (Shift+F5) to carry on"))
            self.time_label.setText("–:––")
            self.detail_label.setText("")
            self.progress.setValue(0)
            self._paint(Phase.IDLE, running=True)
            self.setAccessibleDescription(words)
            return
        if timer.phase is Phase.IDLE:
            self.phase_label.setText(f"{shape}  {words}")
            self.speaker_label.setText("")
            self.affiliation_label.setText(self.tr("Press N (or Space) to give the floor to the next in the queue"))
            # The idle digits are the next turn's time, muted so nobody takes them for a running clock.
            self.time_label.setText(clock_text(next_allotted) if next_allotted else "0:00")
            self.detail_label.setText(
                self.tr("next turn: %1").replace("%1", clock_text(next_allotted)) if next_allotted else ""
            )
            self.progress.setValue(0)
            self._paint(Phase.IDLE, running=True)
            self.setAccessibleDescription(words)
            return
        speaker = reading.speaker
        intervention = reading.intervention
        assert intervention is not None
        self.phase_label.setText(f"{shape}  {words.upper()}  {shape}")
        self.speaker_label.setText(speaker.name if speaker else self.tr("(removed participant)"))
        parts = [speaker.affiliation] if speaker and speaker.affiliation else []
        if speaker and speaker.stakeholder_group:
            parts.append(labels.stakeholder_group(speaker.stakeholder_group))
        self.affiliation_label.setText(" · ".join(parts))
        if timer.remaining_seconds is None:
            self.time_label.setText(clock_text(timer.speaking_seconds))
            self.progress.setValue(0)
            allotted_text = self.tr("no time limit")
        else:
            self.time_label.setText(countdown_text(timer.remaining_seconds))
            share = timer.speaking_seconds / timer.allotted_seconds if timer.allotted_seconds else 1.0
            self.progress.setValue(min(100, int(share * 100)))
            allotted_text = self.tr("%1 allotted").replace("%1", clock_text(timer.allotted_seconds or 0))
        detail = [
            self.tr("spoken %1").replace("%1", clock_text(timer.speaking_seconds)),
            allotted_text,
            labels.kind(intervention.kind),
        ]
        if segment_title:
            detail.append(segment_title)
        self.detail_label.setText("  ·  ".join(detail))
        self._paint(timer.phase, running=timer.running)
        self.setAccessibleDescription(
            f"{words}. {self.speaker_label.text()}. {self.time_label.text()}. {self.detail_label.text()}"
        )

    def _paint(self, phase: Phase, *, running: bool) -> None:
        if self._phase == (phase, running):
            return
        self._phase = (phase, running)
        # Colours from the theme (chosen to stay apart for colour-blind eyes); the words and shape say it too.
        colours = theme.current()
        background, foreground = colours.phase(phase, running=running)
        border = colours.phase(phase, running=True)[0]
        self.setStyleSheet(
            f"#timerPanel {{ background: {background}; border: 6px solid {border}; border-radius: 10px; }}"
            # The timer holds the focus most of the time: the ring says the single-key shortcuts are live.
            f"#timerPanel:focus {{ border: 6px solid {colours.focus}; }}"
            f"#timerPanel QLabel {{ color: {foreground}; background: transparent; }}"
            f"#timerPanel QProgressBar {{ background: rgba(0,0,0,0.25); border: none; border-radius: 4px; }}"
            f"#timerPanel QProgressBar::chunk {{ background: {foreground}; border-radius: 4px; }}"
        )


def _line_height(widget: QWidget) -> int:
    """The height a line of the panel takes whatever it says: its font's line for a label."""
    if isinstance(widget, QLabel):
        margins = widget.contentsMargins()
        return widget.fontMetrics().height() + margins.top() + margins.bottom() + 2 * widget.margin()
    return widget.sizeHint().height()
