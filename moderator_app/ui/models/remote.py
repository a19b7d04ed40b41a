"""The remote queue as a table, and the order in which N will call people from both queues."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt

from moderator_app.domain.enums import PRIORITY_KINDS, Attendance
from moderator_app.domain.queue import QueueEntry
from moderator_app.domain.session import Participant
from moderator_app.services.console import SessionConsole
from moderator_app.ui.common import labels
from moderator_app.ui.common.contexts import QT_TRANSLATE_NOOP
from moderator_app.ui.common.message_box import plain_tip
from moderator_app.ui.models.tables import Index, _excerpt, _local_time, _TableModel


def is_remote(entry: QueueEntry, participant: Participant | None) -> bool:
    """A request the online moderator brought in (platform or text), or anyone attending remotely."""
    return bool(entry.platform or entry.text) or (
        participant is not None and participant.attendance is Attendance.REMOTE
    )


def upcoming_entries(console: SessionConsole, count: int) -> tuple[list[QueueEntry], int]:
    """The next ``count`` entries N will call, in order, following console.next_entry() from both
    queues; and how many are waiting in all."""
    snapshot = console.snapshot
    main, remote = list(snapshot.queue), list(snapshot.remote_queue)
    segment = snapshot.segment(console.session.current_segment_id)
    remote_segment = segment is not None and segment.remote_queue
    order: list[QueueEntry] = []
    while len(order) < count and (main or remote):
        if main and main[0].kind in PRIORITY_KINDS:
            order.append(main.pop(0))
        elif remote_segment and remote:
            order.append(remote.pop(0))
        elif main:
            order.append(main.pop(0))
        else:
            order.append(remote.pop(0))
    return order, len(snapshot.queue) + len(snapshot.remote_queue)


@dataclass(frozen=True, slots=True)
class RemoteRow:
    """A line of the remote queue: the entry and who asked."""

    entry: QueueEntry
    participant: Participant


class RemoteQueueModel(_TableModel):
    """Requests collected by the online moderator, in the order they will be read out."""

    WHO, FROM, TEXT, WAITING = range(4)
    HEADERS = (
        QT_TRANSLATE_NOOP("tables", "Who"),
        QT_TRANSLATE_NOOP("tables", "Platform · kind"),
        QT_TRANSLATE_NOOP("tables", "Question or comment"),
        QT_TRANSLATE_NOOP("tables", "Waiting since"),
    )

    def key(self, row: RemoteRow) -> str:
        return row.entry.id

    def cell(self, row: RemoteRow, column: int) -> str:
        if column == self.WHO:
            affiliation = f" ({row.participant.affiliation})" if row.participant.affiliation else ""
            return row.participant.name + affiliation
        if column == self.FROM:
            return " · ".join(part for part in (row.entry.platform, labels.kind(row.entry.kind)) if part)
        if column == self.TEXT:
            return _excerpt(row.entry.text, 160) if row.entry.text else self.tr("(nothing written)")
        if column == self.WAITING:
            return _local_time(row.entry.added_at, with_seconds=False)
        return ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid() and index.column() == self.TEXT:
            row = self.row_object(index.row())
            if row is not None and row.entry.text:
                return plain_tip(row.entry.text)
        return super().data(index, role)
