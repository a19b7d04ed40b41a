"""Getting started: a small non-modal walkthrough of the window's areas, shown once on the first start.

It never blocks the window (the moderator can press keys in the console while it is open), is operated
from the keyboard (Enter / Alt+N next, Alt+B back, Esc closes), and highlights each area it talks
about. Dismissing it sets ``ui/first_run_done``; Help → Getting started brings it back. It is never
shown for ``--smoke`` (see app.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QEvent, QObject, QRect, QSettings, Qt
from PySide6.QtGui import QColor, QKeySequence, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QDialog,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from moderator_app.system.settings import FIRST_RUN_DONE, read, write
from moderator_app.ui.common import theme
from moderator_app.ui.window.host import PanelsHost

if TYPE_CHECKING:
    from collections.abc import Mapping

    from PySide6.QtGui import QAction


class GuideHost(PanelsHost, Protocol):
    """What the walkthrough points at: the panels, and the actions whose keys it names."""

    @property
    def act(self) -> Mapping[str, QAction]: ...


@dataclass(frozen=True, slots=True)
class Step:
    title: str
    text: str
    target: QWidget | None


class Highlight(QWidget):
    """A thick rounded frame drawn over one area of the main window; clicks go through it."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("gettingStartedHighlight")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.target: QWidget | None = None
        window.installEventFilter(self)
        self.hide()

    def point_at(self, target: QWidget | None) -> None:
        if self.target is not None:
            self.target.removeEventFilter(self)
        self.target = target
        if target is None:
            self.hide()
            return
        target.installEventFilter(self)
        self._place()
        self.show()
        self.raise_()

    def _place(self) -> None:
        target = self.target
        if target is None or not target.isVisible():
            self.hide()
            return
        window = self.parentWidget()
        assert window is not None
        top_left = target.mapTo(window, target.rect().topLeft())
        self.setGeometry(QRect(top_left, target.size()).adjusted(-4, -4, 4, 4).intersected(window.rect()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Move, QEvent.Type.Show, QEvent.Type.LayoutRequest):
            if self.target is not None:
                self._place()
                if self.target.isVisible():
                    self.show()
                    self.raise_()
        return False

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(QColor(theme.current().focus))
        pen.setWidth(6)
        pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawRoundedRect(self.rect().adjusted(3, 3, -3, -3), 8, 8)
        painter.end()


def _keys(*actions: QAction) -> str:
    shortcuts = []
    for action in actions:
        shortcut = action.shortcut()
        shortcuts.append(shortcut.toString(QKeySequence.SequenceFormat.NativeText))
    return ", ".join(shortcuts)


class GettingStartedGuide(QDialog):
    """Pages that walk through the demo session's areas: timer, queue, roster, balance, notes, report."""

    def __init__(self, window: GuideHost, settings: QSettings) -> None:
        # A dialog window, not a tool window: keys typed here (Space on a button, Esc) stay here
        # instead of reaching the console's single-key shortcuts.
        super().__init__(window.window())
        self.setObjectName("gettingStarted")
        self.setModal(False)
        self.setWindowTitle(self.tr("Getting started"))
        self.setAccessibleName(self.tr("Getting started"))
        self.setAccessibleDescription(self.tr("A walkthrough of the main window, one area per page"))
        self.window_ = window
        self.settings = settings
        self.steps = self._steps(window)
        self.index = 0
        self.highlight = Highlight(window.window())
        self.counter = QLabel(self)
        self.counter.setObjectName("gettingStartedCounter")
        self.title = QLabel(self)
        self.title.setObjectName("gettingStartedTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.body = QLabel(self)
        self.body.setTextFormat(Qt.TextFormat.PlainText)
        self.body.setWordWrap(True)
        self.body.setMinimumWidth(380)
        self.body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)
        self.back_button = QPushButton(self.tr("&Back"), self)
        self.back_button.setAccessibleName(self.tr("Back"))
        self.back_button.setAccessibleDescription(self.tr("The previous page of the walkthrough"))
        self.next_button = QPushButton(self.tr("&Next"), self)
        self.next_button.setAccessibleName(self.tr("Next"))
        self.next_button.setAccessibleDescription(self.tr("The next page of the walkthrough"))
        self.next_button.setDefault(True)
        self.close_button = QPushButton(self.tr("&Close"), self)
        self.close_button.setAccessibleName(self.tr("Close the walkthrough"))
        self.close_button.setAccessibleDescription(
            self.tr("It will not open by itself again; Help → Getting started brings it back")
        )
        self.back_button.clicked.connect(lambda: self.go(self.index - 1))
        self.next_button.clicked.connect(self._next_or_finish)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.counter)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.body, 1)
        layout.addLayout(buttons)
        self.setTabOrder(self.next_button, self.back_button)
        self.setTabOrder(self.back_button, self.close_button)
        self.go(0)

    def _steps(self, w: GuideHost) -> list[Step]:
        return [
            Step(
                self.tr("Welcome"),
                self.tr(
                    "This is the demo session, an IGF round table to try things on. Nothing you do here touches "
                    "a real session, and File → Open the demo session (%1) brings it back at any time.\n\n"
                    "Everything works from the keyboard. Enter goes to the next page, Esc closes this guide; "
                    "the window behind it keeps working while it is open."
                ).replace("%1", _keys(w.act["demo"])),
                None,
            ),
            Step(
                self.tr("The timer"),
                self.tr(
                    "Who has the floor and how much time is left, large enough to read from the chair. The phase "
                    "is said in colour, a shape and words: ● on time, ▲ wrap up, ■ over time, ❚❚ paused.\n\n"
                    "Space starts, pauses and resumes; N gives the floor to the next in the queue; + and − give or "
                    "take 30 seconds; Esc brings the keys back here from any field."
                ),
                w.timer_panel,
            ),
            Step(
                self.tr("The queue"),
                self.tr(
                    "Who asked for the floor, in order. A adds someone (type a few letters of the name), P adds a "
                    "point of order or a direct reply at the top, Alt+Up and Alt+Down reorder, Delete withdraws "
                    "while the queue has the focus. The line under the timer always shows the next three."
                ),
                w.queue_dock,
            ),
            Step(
                self.tr("The roster"),
                self.tr(
                    "Everyone in the room and online, with their speaking time so far. %1 finds a person, %2 adds "
                    "one, Q puts the selected person in the queue, F2 edits."
                )
                .replace("%1", _keys(w.act["find"]))
                .replace("%2", _keys(w.act["add_person"])),
                w.roster_dock,
            ),
            Step(
                self.tr("The balance"),
                self.tr(
                    "The share of speaking time by stakeholder group, gender, region and attendance, against the "
                    "share of people. It suggests who could speak next to even things out; S gives them the "
                    "floor. %1 sets what it compares with and any time budgets per group."
                ).replace("%1", _keys(w.act["balance_settings"])),
                w.balance_dock,
            ),
            Step(
                self.tr("Notes"),
                self.tr(
                    "The rapporteur's notes: %1 puts the cursor in the quick-note field under the timer, Alt+1 to "
                    "Alt+9 tag the note, Enter saves it linked to the current speaker. The Notes panel (beside "
                    "Interventions) searches, filters and edits them."
                ).replace("%1", _keys(w.act["quick_note"])),
                w.notes_dock,
            ),
            Step(
                self.tr("Remote participants"),
                self.tr(
                    "The online moderator's panel, in a tab beside the queue (%1): take down who asks from the "
                    "video call or the chat and what they wrote; I brings the first remote request into the "
                    "main queue."
                ).replace("%1", _keys(w.act["remote"])),
                w.remote_dock,
            ),
            Step(
                self.tr("The report"),
                self.tr(
                    "%1 opens the rapporteur's report in its own window: drafted from the notes and the balance, "
                    "editable section by section, exported to Word, OpenDocument, PDF, HTML or Markdown.\n\n"
                    "F1 lists every keyboard shortcut, F9 opens the stage display for the speakers, and "
                    "Help → Getting started shows this guide again."
                ).replace("%1", _keys(w.act["report"])),
                None,
            ),
        ]

    def go(self, index: int) -> None:
        self.index = max(0, min(index, len(self.steps) - 1))
        step = self.steps[self.index]
        if isinstance(step.target, QDockWidget):
            step.target.show()
            step.target.raise_()  # a tabbed dock comes to the front
        self.highlight.point_at(step.target)
        self.counter.setText(self.tr("%1 of %2").replace("%1", str(self.index + 1)).replace("%2", str(len(self.steps))))
        self.title.setText(step.title)
        self.body.setText(step.text)
        self.setAccessibleDescription(f"{step.title}. {step.text}")
        self.back_button.setEnabled(self.index > 0)
        last = self.index == len(self.steps) - 1
        self.next_button.setText(self.tr("&Done") if last else self.tr("&Next"))
        self.next_button.setAccessibleName(self.tr("Done") if last else self.tr("Next"))
        self.next_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _next_or_finish(self) -> None:
        if self.index == len(self.steps) - 1:
            self.accept()
        else:
            self.go(self.index + 1)

    def done(self, result: int) -> None:
        # Done, Close, Esc or the window's close button: dismissed for good (Help → Getting started reopens it).
        write(self.settings, FIRST_RUN_DONE, True)
        self.settings.sync()
        self.highlight.point_at(None)
        super().done(result)
        self.window_.window().activateWindow()
        self.window_.focus_timer()


def show_guide(window: GuideHost, settings: QSettings) -> GettingStartedGuide:
    """Help → Getting started: open the walkthrough (or bring the open one forward) at its first page."""
    guide = window.window().findChild(GettingStartedGuide)  # one per window, kept once made
    if guide is None:
        guide = GettingStartedGuide(window, settings)
    guide.go(0)
    guide.show()
    guide.raise_()
    guide.activateWindow()
    return guide


def maybe_show_on_first_run(window: GuideHost, settings: QSettings, *, smoke: bool) -> GettingStartedGuide | None:
    """At start: the walkthrough, unless it was dismissed before or this is a --smoke run."""
    if smoke or read(settings, FIRST_RUN_DONE):
        return None
    return show_guide(window, settings)
