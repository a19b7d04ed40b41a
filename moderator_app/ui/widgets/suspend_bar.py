"""The bar that asks, without stopping the session, whether a sleep during a turn counts as speaking time.

About once a second it asks the console to compare the clocks (console_suspend.py). When the
laptop slept while someone spoke, it says so with the length in words and offers Keep it (Alt+K)
and Don't count it (Alt+D); the answer is a console command, and Undo (Alt+U) takes it back. It
never takes the keyboard focus: the timer's single-key shortcuts stay live while it shows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from moderator_app.domain.suspend import GapDecision, SuspendGap
from moderator_app.ui.common import labels

if TYPE_CHECKING:
    from moderator_app.ui.window.host import TimerHost

WATCH_MS = 1000


class SuspendBar(QFrame):
    """Hidden until a sleep is found during a turn; then a question, then the answer with Undo."""

    def __init__(self, window: TimerHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.main_window = window
        self.setObjectName("suspendBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # Amber with a dark border and a moon sign: the colour is not the only thing that tells.
        self.setStyleSheet(
            "#suspendBar { background: #fef3c7; border: 2px solid #92400e; border-radius: 4px; }"
            "#suspendBar QLabel { color: #1f2937; }"
        )
        self.setAccessibleName(self.tr("Sleep during a turn"))
        self.message = QLabel(self)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Sleep during a turn: question"))
        self.keep_button = self._button(self.tr("&Keep it"), self.tr("Keep the sleep as speaking time"), self.keep)
        self.drop_button = self._button(
            self.tr("&Don't count it"), self.tr("Take the sleep off the speaking time"), self.drop
        )
        self.undo_button = self._button(self.tr("&Undo"), self.tr("Undo the decision about the sleep"), self.undo)
        self.close_button = self._button(self.tr("Close"), self.tr("Close the note about the sleep"), self.dismiss)
        self.keep_button.setAccessibleDescription(self.tr("The time the laptop slept stays in this turn (Alt+K)."))
        self.drop_button.setAccessibleDescription(
            self.tr("The time the laptop slept is taken off this turn and kept as paused time (Alt+D).")
        )
        self.undo_button.setAccessibleDescription(self.tr("Put the turn's time back as it was before (Alt+U)."))
        self.close_button.setAccessibleDescription(self.tr("Hide this note; the decision stays."))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.message, 1)
        for button in (self.keep_button, self.drop_button, self.undo_button, self.close_button):
            layout.addWidget(button)
        #: The gap just decided in this window (shown with Undo until closed or undone).
        self.decided: SuspendGap | None = None
        self.watch_timer = QTimer(self)
        self.watch_timer.setInterval(WATCH_MS)
        self.watch_timer.timeout.connect(self.watch)
        self.watch_timer.start()
        self.refresh()

    def _button(self, text: str, accessible: str, slot: object) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(accessible)
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # Tab or Alt+letter reaches it; a click leaves focus alone
        button.clicked.connect(slot)
        return button

    # -- what it shows -------------------------------------------------------------------------
    def pending(self) -> SuspendGap | None:
        gaps = self.main_window.bridge.console.pending_suspend_gaps()
        return gaps[0] if gaps else None

    def refresh(self) -> None:
        gap = self.pending()
        if self.decided is not None and self.decided.session_id != self.main_window.bridge.console.session_id:
            self.decided = None  # another session was opened
        if gap is not None:
            self.message.setText(
                "☾ "
                + self.tr("The laptop was asleep for %1 while %2 was speaking. Count that time as speaking time?")
                .replace("%1", self.duration_words(gap.seconds))
                .replace("%2", self._speaker(gap))
            )
            self._show_buttons(question=True)
        elif self.decided is not None:
            text = (
                self.tr("%1 of sleep taken off %2's speaking time (it counts as paused).")
                if self.decided.decision is GapDecision.REMOVED
                else self.tr("The %1 of sleep stay in %2's speaking time.")
            )
            self.message.setText(
                "☾ "
                + text.replace("%1", self.duration_words(self.decided.seconds)).replace(
                    "%2", self._speaker(self.decided)
                )
            )
            self._show_buttons(question=False)
        self.setVisible(gap is not None or self.decided is not None)

    def _show_buttons(self, *, question: bool) -> None:
        self.keep_button.setVisible(question)
        self.drop_button.setVisible(question)
        self.undo_button.setVisible(not question)
        self.close_button.setVisible(not question)

    def _speaker(self, gap: SuspendGap) -> str:
        snapshot = self.main_window.bridge.console.snapshot
        turn = next((i for i in snapshot.interventions if i.id == gap.intervention_id), None)
        person = snapshot.participant(turn.participant_id) if turn is not None else None
        return labels.person(person.name, 60) if person is not None else self.tr("the speaker")

    def duration_words(self, seconds: float) -> str:
        """12 min 5 s; 1 h 3 min; 45 s."""
        total = round(seconds)
        hours, rest = divmod(total, 3600)
        minutes, secs = divmod(rest, 60)
        if hours:
            return self.tr("%1 h %2 min").replace("%1", str(hours)).replace("%2", str(minutes))
        if minutes:
            return self.tr("%1 min %2 s").replace("%1", str(minutes)).replace("%2", str(secs))
        return self.tr("%1 s").replace("%1", str(secs))

    # -- what it does --------------------------------------------------------------------------
    def watch(self) -> None:
        """Compare the clocks now (the timer calls this about once a second)."""
        gap = self.main_window.bridge.run(self.main_window.bridge.console.watch_for_sleep)
        if gap is not None:
            self.decided = None
            self.refresh()

    def _decide(self, command_name: str, done: str) -> None:
        gap = self.pending()
        if gap is None:
            return
        command = getattr(self.main_window.bridge.console, command_name)
        decided = self.main_window.bridge.run(lambda: command(gap.id), done=done)
        if decided is not None:
            self.decided = decided
        self.refresh()
        self.main_window.focus_timer()

    def keep(self) -> None:
        self._decide("keep_suspend_gap", self.tr("The sleep stays in the speaking time (Alt+U undoes)."))

    def drop(self) -> None:
        self._decide("discount_suspend_gap", self.tr("The sleep was taken off the speaking time (Alt+U undoes)."))

    def undo(self) -> None:
        decided = self.decided
        if decided is None:
            return
        if self.main_window.bridge.run(
            lambda: self.main_window.bridge.console.undo_suspend_decision(decided.id),
            done=self.tr("Decision about the sleep undone."),
        ):
            self.decided = None
        self.refresh()
        self.main_window.focus_timer()

    def dismiss(self) -> None:
        self.decided = None
        self.refresh()
        self.main_window.focus_timer()
