"""Thin Qt table models for the roster, the queue and past interventions."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from moderator_app.domain.balance import PersonTotals, is_facilitator, person_totals
from moderator_app.domain.clock import Instant
from moderator_app.domain.enums import Attendance
from moderator_app.domain.formatting import clock_text
from moderator_app.domain.queue import QueueEntry
from moderator_app.domain.session import Participant, Segment
from moderator_app.domain.timer import Intervention
from moderator_app.ui.common import labels
from moderator_app.ui.common.contexts import QT_TRANSLATE_NOOP, translated
from moderator_app.ui.common.locale_format import country_label, date_text, time_text
from moderator_app.ui.common.message_box import plain_tip
from moderator_app.ui.models.row_changes import Move, Remove, Step, row_steps

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
_TEXT_ROLES = frozenset(
    int(role) for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole)
)


class _TableModel(QAbstractTableModel):
    """Rows of dataclasses; subclasses give headers and a cell function."""

    #: The columns' source texts, marked with QT_TRANSLATE_NOOP("tables", …) and translated when shown.
    HEADERS: Sequence[str] = ()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []
        self._keys: list[str] = []
        #: Each shown row's cell texts, worked out once (a painted cell asks for them three times),
        #: by row number with the row object they belong to; a new row object at a number is worked out anew.
        self._cells: dict[int, tuple[Any, list[str | None]]] = {}
        self._cells_day = date.today()  # a time of another day is shown with its date

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._keys = [self.key(r) for r in self._rows]
        self._cells.clear()
        self.endResetModel()

    def update_rows(self, rows: Sequence[Any]) -> None:
        """Refresh values in place when the rows are the same items (keeps selection and scroll);
        rows that came, went or moved are told to the view as such (see row_changes.py), so a view
        repaints what changed instead of being reset."""
        rows = list(rows)
        new_keys = [self.key(r) for r in rows]
        if new_keys != self._keys:
            steps = row_steps(self._keys, new_keys)
            if steps is None:
                self.set_rows(rows)
                return
            self._apply(steps, rows)
        old, self._rows = self._rows, rows
        last_column = self.columnCount() - 1
        # Only rows whose values changed are repainted: with a speaker running that is one row.
        for number, (before, after) in enumerate(zip(old, rows, strict=True)):
            if before is not after and before != after:
                self.dataChanged.emit(self.index(number, 0), self.index(number, last_column))

    def _apply(self, steps: Sequence[Step], rows: list[Any]) -> None:
        """Remove, move and insert rows as ``steps`` say, each inside its begin/end signals."""
        for step in steps:
            if isinstance(step, Remove):
                self.beginRemoveRows(_ROOT, step.first, step.last)
                del self._rows[step.first : step.last + 1], self._keys[step.first : step.last + 1]
                self.endRemoveRows()
            elif isinstance(step, Move):
                self.beginMoveRows(_ROOT, step.source, step.source, _ROOT, step.target)
                self._rows.insert(step.target, self._rows.pop(step.source))
                self._keys.insert(step.target, self._keys.pop(step.source))
                self.endMoveRows()
            else:
                self.beginInsertRows(_ROOT, step.first, step.last)
                self._rows[step.first : step.first] = rows[step.first : step.last + 1]
                self._keys[step.first : step.first] = [self.key(r) for r in rows[step.first : step.last + 1]]
                self.endInsertRows()

    def replace_row(self, key: str, row: Any) -> None:
        """Swap in one row (same key) and repaint just that row."""
        number = self.row_of(key)
        if number >= 0 and self._rows[number] != row:
            self._rows[number] = row
            self.dataChanged.emit(self.index(number, 0), self.index(number, self.columnCount() - 1))

    def row_of(self, key: str | None) -> int:
        """The row number holding ``key``, or -1 (a scan of Python strings: no Qt calls per row)."""
        if key is None:
            return -1
        try:
            return self._keys.index(key)
        except ValueError:
            return -1

    def shown_rows(self) -> tuple[Any, ...]:
        return tuple(self._rows)

    def row_object(self, row: int) -> Any:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self.HEADERS):
                return translated("tables", self.HEADERS[section])
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # A painted cell is asked for about eight roles: the ones without an answer return first.
        if role in _TEXT_ROLES:
            text = self.text_at(index.row(), index.column())
            # A tooltip is rendered as HTML when it looks like it; a name is data, never markup.
            return plain_tip(text) if role == Qt.ItemDataRole.ToolTipRole and text else text
        if role == Qt.ItemDataRole.UserRole and index.isValid() and 0 <= index.row() < len(self._rows):
            return self._keys[index.row()]
        return None

    def text_at(self, number: int, column: int) -> str | None:
        """The text of a cell (display, tooltip and accessible text alike), worked out once per row object.

        The only role of a cell with an answer besides the key: the views' delegate
        (widgets/panels.py) paints from this directly instead of asking Qt to ask for eight roles.
        """
        if not 0 <= number < len(self._rows) or not 0 <= column < len(self.HEADERS):
            return None
        today = date.today()
        if today != self._cells_day:  # past midnight a time of the day before is shown with its date
            self._cells_day = today
            self._cells.clear()
        row = self._rows[number]
        cached = self._cells.get(number)
        if cached is None or cached[0] is not row:
            cached = (row, [None] * len(self.HEADERS))
            self._cells[number] = cached
        text = cached[1][column]
        if text is None:
            text = cached[1][column] = self.cell(row, column)
        return text

    def cell(self, row: Any, column: int) -> str:
        raise NotImplementedError

    def key(self, row: Any) -> str:
        raise NotImplementedError


@dataclass(frozen=True, slots=True)
class RosterRow:
    """A roster line: the person, their time so far, and whether they are speaking or still waiting."""

    participant: Participant
    totals: PersonTotals
    speaking_now: bool
    not_yet_spoken: bool


def spoken_text(model: QAbstractTableModel, totals: PersonTotals, not_yet_spoken: bool) -> str:
    """'★ not yet' for someone still waiting for a first intervention, else time and turns."""
    if not totals.interventions:
        return QCoreApplication.translate("tables", "★ not yet") if not_yet_spoken else "—"
    spoken = clock_text(totals.seconds)
    text = (
        QCoreApplication.translate("tables", "%1 in 1 turn").replace("%1", spoken)
        if totals.interventions == 1
        else QCoreApplication.translate("tables", "%1 in %2 turns")
        .replace("%1", spoken)
        .replace("%2", str(totals.interventions))
    )
    return ("★ " + text) if not_yet_spoken else text


class RosterModel(_TableModel):
    """The roster as a table."""

    NAME, SPOKEN, GROUP, GENDER, AFFILIATION, COUNTRY, REGION, ROLES, ATTENDANCE = range(9)
    HEADERS = (
        QT_TRANSLATE_NOOP("tables", "Name"),
        QT_TRANSLATE_NOOP("tables", "Spoken"),
        QT_TRANSLATE_NOOP("tables", "Stakeholder group"),
        QT_TRANSLATE_NOOP("tables", "Gender"),
        QT_TRANSLATE_NOOP("tables", "Affiliation"),
        QT_TRANSLATE_NOOP("tables", "Country"),
        QT_TRANSLATE_NOOP("tables", "Regional group"),
        QT_TRANSLATE_NOOP("tables", "Roles"),
        QT_TRANSLATE_NOOP("tables", "Attendance"),
    )

    def key(self, row: RosterRow) -> str:
        return row.participant.id

    def cell(self, row: RosterRow, column: int) -> str:
        p = row.participant
        if column == self.NAME:
            remote = " " + self.tr("(remote)") if p.attendance is Attendance.REMOTE else ""
            return ("▶ " if row.speaking_now else "") + p.name + remote
        if column == self.AFFILIATION:
            return p.affiliation
        if column == self.GROUP:
            return labels.stakeholder_group(p.stakeholder_group)
        if column == self.GENDER:
            return labels.gender(p.gender)
        if column == self.COUNTRY:
            return country_label(p.country)  # the name in the interface language: the filter finds it
        if column == self.REGION:
            return labels.region(p.region)
        if column == self.ROLES:
            return ", ".join(labels.role(r) for r in p.roles)
        if column == self.ATTENDANCE:
            return labels.attendance(p.attendance)
        if column == self.SPOKEN:
            return spoken_text(self, row.totals, row.not_yet_spoken)
        return ""


def roster_rows(
    participants: Sequence[Participant],
    interventions: Sequence[Intervention],
    now: Instant,
    totals: Mapping[str, PersonTotals] | None = None,
) -> list[RosterRow]:
    """Roster rows; pass ``totals`` (e.g. from the balance tracker) to skip summing every turn again."""
    if totals is None:
        totals = person_totals(participants, interventions, now)
    speaking = {i.participant_id for i in interventions if i.is_open}
    empty = PersonTotals()
    return [
        RosterRow(
            p,
            totals.get(p.id, empty),
            p.id in speaking,
            not is_facilitator(p) and totals.get(p.id, empty).counted_interventions == 0,
        )
        for p in participants
    ]


@dataclass(frozen=True, slots=True)
class QueueRow:
    """A queue line: the entry and its person's time so far."""

    entry: QueueEntry
    participant: Participant
    totals: PersonTotals
    not_yet_spoken: bool


QUEUE_MIME = "application/x-moderator-app-queue-entry"


class QueueModel(_TableModel):
    """The queue; drag and drop reorders it through ``move_requested`` (the console does the move)."""

    NAME, SPOKEN, KIND, WAITING = range(4)
    HEADERS = (
        QT_TRANSLATE_NOOP("tables", "Name"),
        QT_TRANSLATE_NOOP("tables", "Spoken"),
        QT_TRANSLATE_NOOP("tables", "Kind"),
        QT_TRANSLATE_NOOP("tables", "Waiting since"),
    )
    move_requested = Signal(str, int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._flags: dict[bool, Qt.ItemFlag] = {}

    def key(self, row: QueueRow) -> str:
        return row.entry.id

    def cell(self, row: QueueRow, column: int) -> str:
        if column == self.NAME:
            affiliation = f" ({row.participant.affiliation})" if row.participant.affiliation else ""
            name = row.participant.name + affiliation
            entry = row.entry
            if entry.platform or entry.text or row.participant.attendance is Attendance.REMOTE:
                # Brought in from the remote queue (or a remote participant): marked in words.
                where = self.tr("remote · %1").replace("%1", entry.platform) if entry.platform else self.tr("remote")
                said = f": “{_excerpt(entry.text)}”" if entry.text else ""
                name += f" ({where}){said}"
            return name
        if column == self.SPOKEN:
            return spoken_text(self, row.totals, row.not_yet_spoken)
        if column == self.KIND:
            return labels.kind(row.entry.kind)
        if column == self.WAITING:
            return _local_time(row.entry.added_at, with_seconds=False)
        return ""

    def flags(self, index: Index) -> Qt.ItemFlag:
        # Asked for every painted cell; the answer depends only on whether it is a cell or the gaps.
        valid = index.isValid()
        flags = self._flags.get(valid)
        if flags is None:
            base = super().flags(index)
            flags = self._flags[valid] = base | (
                Qt.ItemFlag.ItemIsDragEnabled if valid else Qt.ItemFlag.ItemIsDropEnabled
            )
        return flags

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [QUEUE_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        rows = sorted({index.row() for index in indexes if index.isValid()})
        mime = QMimeData()
        mime.setData(QUEUE_MIME, json.dumps([self._rows[r].entry.id for r in rows]).encode())
        return mime

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        if not data.hasFormat(QUEUE_MIME):
            return False
        entry_ids = json.loads(bytes(data.data(QUEUE_MIME).data()).decode())
        target = row if row >= 0 else (parent.row() if parent.isValid() else len(self._rows))
        if not entry_ids:
            return False
        current = [r.entry.id for r in self._rows]
        source = current.index(entry_ids[0]) if entry_ids[0] in current else -1
        if source < 0:
            return False
        # Dropping below the item's own position means one slot less once it is taken out.
        new_index = target - 1 if target > source else target
        self.move_requested.emit(entry_ids[0], new_index)
        # The console reorders and the model is reset from the database; returning False
        # stops the view from also removing the dragged row itself.
        return False


@dataclass(frozen=True, slots=True)
class InterventionRow:
    """A line of the history of interventions."""

    intervention: Intervention
    participant: Participant | None
    segment: Segment | None
    speaking_seconds: float


def intervention_rows(
    interventions: Sequence[Intervention],
    participant: Callable[[str], Participant | None],
    segment: Callable[[str | None], Segment | None],
    now: Instant,
    shown: Sequence[InterventionRow] = (),
) -> list[InterventionRow]:
    """History rows, newest first; a finished turn's row already ``shown`` is reused as it is
    (its time cannot change), so an action on a 1,000-turn day builds only the changed rows."""
    previous = {row.intervention.id: row for row in shown}
    rows = []
    for i in reversed(interventions):
        person, part = participant(i.participant_id), segment(i.segment_id)
        row = previous.get(i.id)
        if (
            row is None
            or row.intervention is not i
            or i.is_open
            or row.participant is not person
            or row.segment is not part
        ):
            row = InterventionRow(i, person, part, i.speaking_seconds(now))
        rows.append(row)
    return rows


class InterventionsModel(_TableModel):
    """Past and current interventions, newest first."""

    STARTED, SPEAKER, KIND, SEGMENT, SPOKEN, ALLOTTED, OVER = range(7)
    HEADERS = (
        QT_TRANSLATE_NOOP("tables", "Started"),
        QT_TRANSLATE_NOOP("tables", "Speaker"),
        QT_TRANSLATE_NOOP("tables", "Kind"),
        QT_TRANSLATE_NOOP("tables", "Segment"),
        QT_TRANSLATE_NOOP("tables", "Spoke"),
        QT_TRANSLATE_NOOP("tables", "Allotted"),
        QT_TRANSLATE_NOOP("tables", "Over by"),
    )

    def key(self, row: InterventionRow) -> str:
        return row.intervention.id

    def cell(self, row: InterventionRow, column: int) -> str:
        i = row.intervention
        if column == self.STARTED:
            return _local_time(i.started_at)
        if column == self.SPEAKER:
            name = row.participant.name if row.participant else self.tr("(removed)")
            return name + ("  ▶" if i.is_open else "")
        if column == self.KIND:
            return labels.kind(i.kind)
        if column == self.SEGMENT:
            return row.segment.title if row.segment else "—"
        if column == self.SPOKEN:
            return clock_text(row.speaking_seconds)
        if column == self.ALLOTTED:
            return clock_text(i.allotted_seconds) if i.allotted_seconds is not None else self.tr("no limit")
        if column == self.OVER:
            if i.allotted_seconds is None or row.speaking_seconds <= i.allotted_seconds:
                return ""
            return "+" + clock_text(row.speaking_seconds - i.allotted_seconds)
        return ""


def _excerpt(text: str, limit: int = 80) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def _local_time(moment: datetime, *, with_seconds: bool = True) -> str:
    """Local clock time; the date is added when it is not today (imported or older sessions)."""
    if moment.year < 2000:
        return "—"  # an imported entry that carried no time at all
    local = moment.astimezone()
    text = time_text(local, with_seconds=with_seconds)
    if local.date() != datetime.now().astimezone().date():
        text = date_text(local.date()) + " " + text
    return text
