"""The balance panel: time by person and group against who is present, the suggestion, contingents."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QTabBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from moderator_app.domain.balance import (
    DIMENSIONS,
    UNKNOWN,
    Balance,
    BalanceRow,
    Dimension,
    DimensionBalance,
    ReferenceSet,
)
from moderator_app.domain.formatting import clock_text
from moderator_app.domain.session import Participant
from moderator_app.domain.steering import ContingentStatus, Suggestion
from moderator_app.ui.common import labels
from moderator_app.ui.widgets.elided_label import WrappedLabel

BAR = QColor("#2563eb")
BAR_UNKNOWN = QColor("#9ca3af")
TRACK = QColor(0, 0, 0, 28)
MARKER = QColor("#111827")


@dataclass(frozen=True, slots=True)
class BarRow:
    """A bar with the label it is shown under."""

    label: str
    row: BalanceRow


class BalanceBars(QWidget):
    """Horizontal bars: the filled bar is the share of time, the black tick the share of people."""

    ROW_HEIGHT = 40

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[BarRow] = []
        self.reference_words = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Speaking time bars"))

    def set_rows(self, rows: list[BarRow], reference_words: str) -> None:
        """Show ``rows``; only the bars that look different are repainted (once a second while
        someone speaks that is usually the speaker's bar and its neighbours, not all 200)."""
        before, self.rows = self.rows, rows
        same_frame = reference_words == self.reference_words and len(before) == len(rows)
        self.reference_words = reference_words
        height = max(1, len(rows)) * self.ROW_HEIGHT + 4
        if self.height() != height:
            self.setFixedHeight(height)
            same_frame = False
        if not same_frame:
            self.update()
            return
        for index, (old, new) in enumerate(zip(before, rows, strict=True)):
            if old != new and self._painted(old) != self._painted(new):
                self.update(0, index * self.ROW_HEIGHT + 2, self.width(), self.ROW_HEIGHT)

    def _painted(self, bar: BarRow) -> tuple[object, ...]:
        """What paintEvent draws of ``bar``: texts, the filled width and the marker, in pixels."""
        row = bar.row
        track = self.width() - 8
        return (
            bar.label,
            row.key,
            clock_text(row.seconds),
            f"{row.share * 100:.0f}",
            f"{row.people_share * 100:.0f}",
            round(track * min(1.0, row.share)),
            round(track * min(1.0, row.people_share)) if row.people else None,
            row.gap > 0.05,
            row.gap < -0.05 and bool(row.people),
        )

    def accessible_summary(self) -> str:
        """Every bar in words, for screen readers (built on demand: 200 rows are not cheap)."""
        return "; ".join(self.row_text(r) for r in self.rows)

    def row_text(self, bar: BarRow) -> str:
        row = bar.row
        return (
            self.tr("%1: %2, %3 % of time, %4 % of %5")
            .replace("%1", bar.label)
            .replace("%2", clock_text(row.seconds))
            .replace("%3", f"{row.share * 100:.0f}")
            .replace("%4", f"{row.people_share * 100:.0f}")
            .replace("%5", self.reference_words)
        )

    def sizeHint(self) -> QSize:
        return QSize(320, max(1, len(self.rows)) * self.ROW_HEIGHT + 4)

    def _mirrored(self, box: QRectF) -> QRectF:
        """``box`` as laid out left to right, flipped in a right-to-left window (bars grow from the right)."""
        if self.layoutDirection() != Qt.LayoutDirection.RightToLeft:
            return box
        return QRectF(self.width() - box.right(), box.top(), box.width(), box.height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        width = self.width()
        font = QFont(self.font())
        font.setPixelSize(13)
        painter.setFont(font)
        metrics = QFontMetrics(font)
        exposed = event.rect()
        for index, bar in enumerate(self.rows):
            top = index * self.ROW_HEIGHT + 2
            if top > exposed.bottom() or top + self.ROW_HEIGHT < exposed.top():
                continue  # only rows on screen are painted: 200 people stay cheap
            row = bar.row
            # The mark says in shape what the bar says in colour: ▲ over, ▼ under its head count.
            known = row.key != UNKNOWN
            mark = "▲ " if known and row.gap > 0.05 else "▼ " if known and row.gap < -0.05 and row.people else ""
            # The figures stay in left-to-right order in a right-to-left window too ("8:15  25 %").
            numbers = (
                f"\u2066{clock_text(row.seconds)}  {row.share * 100:.0f} %  ({row.people_share * 100:.0f} %)\u2069"
            )
            number_width = metrics.horizontalAdvance(numbers) + 6
            label = metrics.elidedText(mark + bar.label, Qt.TextElideMode.ElideRight, width - number_width - 6)
            painter.setPen(self.palette().windowText().color())
            # Right to left, the label goes on the right and the figures on the left (the alignment
            # flags are mirrored by Qt; the boxes are placed here).
            painter.drawText(
                self._mirrored(QRectF(4, top, width - number_width - 8, 18)), Qt.AlignmentFlag.AlignVCenter, label
            )
            painter.drawText(
                self._mirrored(QRectF(width - number_width, top, number_width - 4, 18)),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                numbers,
            )
            track = QRectF(4, top + 20, width - 8, 12)
            painter.fillRect(track, TRACK)
            filled = QRectF(track.left(), track.top(), track.width() * min(1.0, row.share), track.height())
            painter.fillRect(self._mirrored(filled), BAR_UNKNOWN if row.key == UNKNOWN else BAR)
            if row.people:
                x = track.left() + track.width() * min(1.0, row.people_share)
                if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
                    x = width - x
                painter.setPen(QPen(MARKER, 3))
                painter.drawLine(int(x), int(track.top() - 3), int(x), int(track.bottom() + 3))
        painter.end()


def _set_if_changed(current: str, new: str, setter: Callable[[str], None]) -> None:
    # Setting the same text still makes Qt re-lay out the label; ten times a second adds up.
    if current != new:
        setter(new)


class BalancePanel(QFrame):
    """Emits the moderator's choices; the window passes them to the console."""

    reference_changed = Signal(str)
    accept_suggestion = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Speaking-time balance"))
        self.tabs = QTabBar(self)
        self.tabs.setAccessibleName(self.tr("Balance by"))
        self.tabs.setAccessibleDescription(
            self.tr("What the bars group by: person, stakeholder group, gender, region or attendance")
        )
        self.tabs.setExpanding(False)
        self.tabs.setStyleSheet("QTabBar::tab { padding: 3px 6px; }")
        for _ in DIMENSIONS:
            self.tabs.addTab("")
        self.tabs.setCurrentIndex(1)
        self.tabs.currentChanged.connect(lambda _i: self._show_current())
        self.reference_combo = QComboBox(self)
        self.reference_combo.setAccessibleName(self.tr("Compare time with"))
        self.reference_combo.setAccessibleDescription(
            self.tr("What each group's share of speaking time is compared with")
        )
        for value, text in (
            (ReferenceSet.SPEAKERS, self.tr("the speakers")),
            (ReferenceSet.TOOK_FLOOR, self.tr("everyone who took the floor")),
            (ReferenceSet.EVERYONE, self.tr("everyone on the roster")),
        ):
            self.reference_combo.addItem(text, value.value)
        self.reference_combo.activated.connect(
            lambda _i: self.reference_changed.emit(self.reference_combo.currentData())
        )
        self.reference_combo.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        compare = QHBoxLayout()
        compare_label = QLabel(self.tr("Bar: share of time · tick: share of"), self)
        compare.addWidget(compare_label)
        compare.addWidget(self.reference_combo, 1)
        self.index_label = self._text_label("balanceIndex")
        self.bars = BalanceBars(self)
        scroll = QScrollArea(self)
        scroll.setWidget(self.bars)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setAccessibleName(self.tr("Speaking time by group"))
        self.suggestion_label = self._text_label("suggestion")
        self.suggestion_button = QToolButton(self)
        self.suggestion_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.suggestion_button.setAccessibleName(self.tr("Give the floor to the suggested speaker"))
        self.suggestion_button.clicked.connect(self.accept_suggestion)
        suggestion = QHBoxLayout()
        suggestion.addWidget(self.suggestion_label, 1)
        suggestion.addWidget(self.suggestion_button)
        self.contingent_label = self._text_label("contingents")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.tabs)
        layout.addLayout(compare)
        layout.addWidget(self.index_label)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.contingent_label)
        layout.addLayout(suggestion)
        self.balance: Balance | None = None
        self.names: dict[str, Participant] = {}

    def set_visible_dimensions(self, shown: Sequence[Dimension]) -> None:
        """Show only the tabs the moderator chose in Preferences (at least one stays)."""
        shown = [d for d in DIMENSIONS if d in shown] or list(DIMENSIONS)
        for index, dimension in enumerate(DIMENSIONS):
            self.tabs.setTabVisible(index, dimension in shown)
        if DIMENSIONS[self.tabs.currentIndex()] not in shown:
            self.tabs.setCurrentIndex(DIMENSIONS.index(shown[0]))

    def _text_label(self, name: str) -> QLabel:
        label = WrappedLabel(self)  # every line shown, the last one too, however narrow the dock
        label.setObjectName(name)
        return label

    # -- words ------------------------------------------------------------------------
    def dimension_title(self, dimension: Dimension) -> str:
        return labels.dimension_titles(dimension).tab

    def reference_words(self) -> str:
        reference = ReferenceSet(self.reference_combo.currentData())
        return {
            ReferenceSet.SPEAKERS: self.tr("speakers"),
            ReferenceSet.TOOK_FLOOR: self.tr("people who took the floor"),
            ReferenceSet.EVERYONE: self.tr("people on the roster"),
        }[reference]

    def key_label(self, dimension: Dimension, row: BalanceRow) -> str:
        if dimension is Dimension.PARTICIPANT:
            person = self.names.get(row.key)
            return person.name if person else row.label
        return labels.identifier_label(row.key)

    def index_words(self, result: DimensionBalance) -> str:
        if result.index is None:
            return self.tr("Balance: nothing to compare yet (nobody has spoken, or nobody is in the comparison set).")
        percent = f"{result.index * 100:.0f}"
        move = f"{(result.time_to_move or 0) * 100:.0f}"
        if result.index >= 0.9:
            verdict = self.tr("well balanced")
        elif result.index >= 0.75:
            verdict = self.tr("somewhat uneven")
        else:
            verdict = self.tr("unbalanced")
        text = self.tr("Balance %1 % (%2): %3 % of the time would have to change hands to match who is present.")
        text = text.replace("%1", percent).replace("%2", verdict).replace("%3", move)
        over = result.most_over
        if over is not None and over.gap > 0.05:
            text += " " + self.tr("Most over: %1 (+%2 points).").replace(
                "%1", self.key_label(result.dimension, over)
            ).replace("%2", f"{over.gap * 100:.0f}")
        return text

    def suggestion_words(self, suggestion: Suggestion | None) -> str:
        if suggestion is None:
            return self.tr("Suggested next: nobody is waiting.")
        person = self.names.get(suggestion.participant_id)
        name = labels.person(person.name) if person else "?"
        reasons = []
        for reason in suggestion.reasons:
            if reason.kind == "priority":
                reasons.append(self.tr("a point of order or direct reply is heard first"))
            elif reason.kind == "first_intervention":
                reasons.append(self.tr("first intervention"))
            elif reason.kind == "under_represented":
                reasons.append(
                    self.tr("%1 under-represented (%2 % of time, %3 % of %4)")
                    .replace("%1", labels.identifier_label(reason.key))
                    .replace("%2", f"{reason.share * 100:.0f}")
                    .replace("%3", f"{reason.people_share * 100:.0f}")
                    .replace("%4", self.reference_words())
                )
            else:
                reasons.append(self.tr("next in the queue"))
        position = (
            self.tr(" (remote request, no. %1 in the remote queue)")
            if suggestion.remote
            else self.tr(" (no. %1 in the queue)")
        ).replace("%1", str(suggestion.position + 1))
        return (
            self.tr("Suggested next: %1%2 — %3")
            .replace("%1", name)
            .replace("%2", position)
            .replace("%3", "; ".join(reasons))
        )

    # -- updating ---------------------------------------------------------------------
    def show_balance(
        self,
        balance: Balance,
        participants: tuple[Participant, ...],
        suggestion: Suggestion | None,
        contingents: list[ContingentStatus],
        *,
        describe: bool = True,
    ) -> None:
        """Show a new reading; ``describe`` also refreshes the screen-reader text (once a second is plenty)."""
        self.balance = balance
        self.names = {p.id: p for p in participants}
        index = self.reference_combo.findData(balance.reference.value)
        if index >= 0 and index != self.reference_combo.currentIndex():
            self.reference_combo.setCurrentIndex(index)
        for position, dimension in enumerate(DIMENSIONS):
            result = balance.dimensions[dimension]
            value = "–" if result.index is None else f"{result.index * 100:.0f} %"
            _set_if_changed(
                self.tabs.tabText(position),
                f"{self.dimension_title(dimension)} {value}",
                partial(self.tabs.setTabText, position),
            )
        self._show_current()
        if describe:
            self.bars.setAccessibleDescription(self.bars.accessible_summary())
        _set_if_changed(self.suggestion_label.text(), self.suggestion_words(suggestion), self.suggestion_label.setText)
        # Off when there is nobody to suggest, and when its action is off (after End session).
        action = self.suggestion_button.defaultAction()
        self.suggestion_button.setEnabled(suggestion is not None and (action is None or action.isEnabled()))
        self.contingent_label.setVisible(bool(contingents))
        _set_if_changed(self.contingent_label.text(), self.contingent_words(contingents), self.contingent_label.setText)

    def contingent_words(self, contingents: list[ContingentStatus]) -> str:
        parts = []
        for status in contingents:
            group = labels.stakeholder_group(status.contingent.stakeholder_group)
            remaining = status.remaining_seconds
            if remaining >= 0:
                state = self.tr("%1 left of %2")
            else:
                state = self.tr("%1 OVER its %2")
            state = state.replace("%1", clock_text(abs(remaining))).replace(
                "%2", clock_text(status.contingent.allowance_seconds)
            )
            parts.append(f"{group}: {state}")
        return self.tr("Contingents — ") + " · ".join(parts) if parts else ""

    def _show_current(self) -> None:
        if self.balance is None:
            return
        dimension = DIMENSIONS[self.tabs.currentIndex()]
        result = self.balance.dimensions[dimension]
        _set_if_changed(self.index_label.text(), self.index_words(result), self.index_label.setText)
        self.bars.set_rows([BarRow(self.key_label(dimension, row), row) for row in result.rows], self.reference_words())
