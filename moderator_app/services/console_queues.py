"""The two queues of an open session: the room's and the online moderator's, and undo of the room's.

The undo history is a convenience of this window, not session data: it lives here, in memory, and
is kept for as long as the console is open (an import of a roster does not lose it).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import partial

from moderator_app.domain import queue as queue_ops
from moderator_app.domain.changes import Change, Part, changed_ids
from moderator_app.domain.enums import PRIORITY_KINDS, Attendance, InterventionKind, Region
from moderator_app.domain.notes import MAX_NOTE
from moderator_app.domain.queue import QueueEntry, QueueHistory
from moderator_app.domain.session import Participant, ParticipantDraft, build_participant
from moderator_app.domain.snapshot import SessionSnapshot
from moderator_app.domain.text import ValidationError, clean_block, clean_line, require_length
from moderator_app.services.console_writer import SessionWriter
from moderator_app.system.clock import Clock


def require_participant(snapshot: SessionSnapshot, participant_id: str) -> Participant:
    participant = snapshot.participant(participant_id)
    if participant is None:
        raise ValidationError("That participant is no longer on the roster.")
    return participant


class Queues:
    """Adds, withdraws, moves and brings forward requests to speak; undoes and redoes the main queue."""

    def __init__(
        self,
        writer: SessionWriter,
        clock: Clock,
        new_id: Callable[[], str],
        regions: Mapping[str, Region],
    ) -> None:
        self._writer = writer
        self._clock = clock
        self._new_id = new_id
        self._regions = regions
        self._history = QueueHistory()
        #: Remote requests brought into the main queue in this window (undo sends them back).
        self._interleaved: set[str] = set()

    @property
    def _snapshot(self) -> SessionSnapshot:
        return self._writer.snapshot

    def _write(
        self,
        *,
        queue: queue_ops.Queue | None = None,
        remote: queue_ops.Queue | None = None,
        newcomer: Participant | None = None,
        then: Callable[[], object] | None = None,
    ) -> Change | None:
        """Store new versions of the queues (and a remote newcomer with them) in one commit."""
        snapshot = self._snapshot
        ids: dict[Part, set[str]] = {}
        written: dict[Part, object] = {}
        if queue is not None:
            ids[Part.QUEUE] = changed_ids(snapshot.queue, queue, ordered=True)
            written[Part.QUEUE] = tuple(queue)
        if remote is not None:
            ids[Part.REMOTE_QUEUE] = changed_ids(snapshot.remote_queue, remote, ordered=True)
            written[Part.REMOTE_QUEUE] = tuple(remote)
        if newcomer is not None:
            ids[Part.PARTICIPANTS] = {newcomer.id}
        repository = self._writer.repository
        now = self._clock.now().wall

        def write() -> None:
            if newcomer is not None:
                repository.save_participant(newcomer, now=now)
            repository.save_live_change(queue=queue, remote_queue=remote, session_id=self._writer.session_id, now=now)

        return self._writer.commit(write, ids, written=written, then=then)

    # -- the main queue -----------------------------------------------------------------
    def _remember(self, history: QueueHistory) -> None:
        self._history = history

    def _save_queue(self, new_queue: queue_ops.Queue) -> None:
        # Recorded only once stored: after a failed write (disk full) the command did not happen.
        self._write(queue=new_queue, then=partial(self._remember, self._history.record(self._snapshot.queue)))

    def enqueue(self, participant_id: str, kind: InterventionKind = InterventionKind.INTERVENTION) -> QueueEntry:
        participant = require_participant(self._snapshot, participant_id)
        entry = QueueEntry(self._new_id(), participant_id, InterventionKind(kind), self._clock.now().wall)
        self._save_queue(queue_ops.enqueue(self._snapshot.queue, entry, participant_name=participant.name))
        return entry

    def withdraw(self, entry_id: str) -> None:
        self._save_queue(queue_ops.withdraw(self._snapshot.queue, entry_id))

    def move_entry(self, entry_id: str, new_index: int) -> None:
        if queue_ops.index_of(self._snapshot.queue, entry_id) == new_index:
            return
        self._save_queue(queue_ops.move(self._snapshot.queue, entry_id, new_index))

    @property
    def can_undo(self) -> bool:
        return self._history.can_undo(self._snapshot.queue)

    @property
    def can_redo(self) -> bool:
        return self._history.can_redo(self._snapshot.queue)

    def undo(self) -> None:
        restored, history = self._history.undo_step(self._snapshot.queue)
        self._write_restored(restored, history)

    def redo(self) -> None:
        restored, history = self._history.redo_step(self._snapshot.queue)
        self._write_restored(restored, history)

    def _write_restored(self, restored: queue_ops.Queue, history: QueueHistory) -> None:
        snapshot = self._snapshot
        present = {p.id for p in snapshot.participants}
        restored = tuple(entry for entry in restored if entry.participant_id in present)
        # A remote request brought into the main queue (I) goes back to the remote queue when undo
        # takes it out of the main one, and leaves the remote queue again on redo: never lost.
        restored_ids = {entry.id for entry in restored}
        back_to_remote = tuple(e for e in snapshot.queue if e.id in self._interleaved and e.id not in restored_ids)
        remote = (*back_to_remote, *(e for e in snapshot.remote_queue if e.id not in restored_ids))
        self._write(queue=restored, remote=remote, then=partial(self._remember, history))

    def forget(self, *, entry_id: str | None = None, participant_id: str | None = None) -> None:
        """An entry used up by a turn, or someone removed from the roster: undo cannot bring them back."""
        self._history = self._history.forget(entry_id=entry_id, participant_id=participant_id)

    # -- the remote queue ---------------------------------------------------------------
    def add_remote(
        self,
        *,
        participant_id: str | None = None,
        name: str = "",
        affiliation: str = "",
        platform: str = "",
        text: str = "",
        kind: InterventionKind = InterventionKind.QUESTION,
    ) -> QueueEntry:
        """The online moderator's request: an existing or new remote participant, where from, what they wrote."""
        snapshot = self._snapshot
        newcomer: Participant | None = None
        if participant_id is None:
            if not name.strip():
                raise ValidationError("Type the remote participant's name, or pick someone from the roster.")
            # Only a remote participant of that name is the same person: an onsite namesake keeps
            # their own record (and their time stays onsite); the request gets a remote one.
            wanted = " ".join(name.split()).casefold()
            existing = next(
                (p for p in snapshot.participants if p.name.casefold() == wanted and p.attendance is Attendance.REMOTE),
                None,
            )
            if existing is not None:
                participant_id = existing.id
            else:
                draft = ParticipantDraft(name=name, affiliation=affiliation, attendance="remote")
                newcomer = build_participant(
                    draft, participant_id=self._new_id(), session_id=snapshot.session.id, regions=self._regions
                )
                participant_id = newcomer.id
        if newcomer is None:
            require_participant(snapshot, participant_id)
        entry = QueueEntry(
            id=self._new_id(),
            participant_id=participant_id,
            kind=InterventionKind(kind),
            added_at=self._clock.now().wall,
            platform=require_length("Platform", clean_line(platform), 100),
            text=require_length("Text", clean_block(text), MAX_NOTE),
        )
        # The newcomer is stored with the request, once it is known to be valid: a refused one adds nobody.
        self._write(remote=(*snapshot.remote_queue, entry), newcomer=newcomer)
        return entry

    def withdraw_remote(self, entry_id: str) -> None:
        self._write(remote=queue_ops.withdraw(self._snapshot.remote_queue, entry_id))

    def move_remote(self, entry_id: str, new_index: int) -> None:
        if queue_ops.index_of(self._snapshot.remote_queue, entry_id) == new_index:
            return
        self._write(remote=queue_ops.move(self._snapshot.remote_queue, entry_id, new_index))

    def interleave_remote(self, entry_id: str | None = None) -> QueueEntry:
        """Bring a remote request (default: the first) into the main queue, next after any points of
        order or replies, so N calls it next; its platform and text go with it."""
        remote = self._snapshot.remote_queue
        if not remote:
            raise ValidationError("The remote queue is empty.")
        entry = remote[0] if entry_id is None else remote[queue_ops.index_of(remote, entry_id)]
        main = self._snapshot.queue
        head = 0
        while head < len(main) and main[head].kind in PRIORITY_KINDS:
            head += 1

        def remember() -> None:
            # Only once the change is stored: a failed write (disk full) leaves no trace in the undo history.
            self._history = self._history.record(main)
            self._interleaved.add(entry.id)

        self._write(
            queue=(*main[:head], entry, *main[head:]), remote=queue_ops.withdraw(remote, entry.id), then=remember
        )
        return entry
