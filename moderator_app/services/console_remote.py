"""The console's remote-participation commands: the online moderator's queue (mixed into SessionConsole)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from moderator_app.domain import queue as queue_ops
from moderator_app.domain.enums import PRIORITY_KINDS, Attendance, InterventionKind
from moderator_app.domain.notes import MAX_NOTE
from moderator_app.domain.queue import QueueEntry
from moderator_app.domain.session import Participant, ParticipantDraft, build_participant
from moderator_app.domain.text import ValidationError, clean_block, clean_line, require_length

if TYPE_CHECKING:
    from moderator_app.domain.snapshot import SessionSnapshot
    from moderator_app.storage.repository import SessionRepository


class RemoteMixin:
    """Needs from SessionConsole: snapshot, repository, clock, regions, session_id, _new_id, _participant,
    _refresh, _history, _interleaved."""

    snapshot: SessionSnapshot
    repository: SessionRepository

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
        newcomer: Participant | None = None
        if participant_id is None:
            if not name.strip():
                raise ValidationError("Type the remote participant's name, or pick someone from the roster.")
            # Only a remote participant of that name is the same person: an onsite namesake keeps
            # their own record (and their time stays onsite); the request gets a remote one.
            wanted = " ".join(name.split()).casefold()
            existing = next(
                (
                    p
                    for p in self.snapshot.participants
                    if p.name.casefold() == wanted and p.attendance is Attendance.REMOTE
                ),
                None,
            )
            if existing is not None:
                participant_id = existing.id
            else:
                draft = ParticipantDraft(name=name, affiliation=affiliation, attendance="remote")
                newcomer = build_participant(
                    draft, participant_id=self._new_id(), session_id=self.session_id, regions=self.regions
                )
                participant_id = newcomer.id
        if newcomer is None:
            self._participant(participant_id)
        entry = QueueEntry(
            id=self._new_id(),
            participant_id=participant_id,
            kind=InterventionKind(kind),
            added_at=self.clock.now().wall,
            platform=require_length("Platform", clean_line(platform), 100),
            text=require_length("Text", clean_block(text), MAX_NOTE),
        )
        if newcomer is not None:
            # Stored once the request itself is known to be valid, so a refused one adds nobody.
            self.repository.save_participant(newcomer, now=self.clock.now().wall)
        self.repository.save_live_change(
            remote_queue=(*self.snapshot.remote_queue, entry), session_id=self.session_id, now=entry.added_at
        )
        self._refresh("participants", "remote_queue")
        return entry

    def withdraw_remote(self, entry_id: str) -> None:
        remaining = queue_ops.withdraw(self.snapshot.remote_queue, entry_id)
        self.repository.save_live_change(remote_queue=remaining, session_id=self.session_id, now=self.clock.now().wall)
        self._refresh("remote_queue")

    def move_remote(self, entry_id: str, new_index: int) -> None:
        moved = queue_ops.move(self.snapshot.remote_queue, entry_id, new_index)
        self.repository.save_live_change(remote_queue=moved, session_id=self.session_id, now=self.clock.now().wall)
        self._refresh("remote_queue")

    def interleave_remote(self, entry_id: str | None = None) -> QueueEntry:
        """Bring a remote request (default: the first) into the main queue, next after any points of
        order or replies, so N calls it next; its platform and text go with it."""
        remote = self.snapshot.remote_queue
        if not remote:
            raise ValidationError("The remote queue is empty.")
        entry = remote[0] if entry_id is None else remote[queue_ops.index_of(remote, entry_id)]
        main = self.snapshot.queue
        head = 0
        while head < len(main) and main[head].kind in PRIORITY_KINDS:
            head += 1
        new_main = (*main[:head], entry, *main[head:])
        self.repository.save_live_change(
            queue=new_main,
            remote_queue=queue_ops.withdraw(remote, entry.id),
            session_id=self.session_id,
            now=self.clock.now().wall,
        )
        # Only once the change is stored: a failed write (disk full) leaves no trace in the undo history.
        self._history = self._history.record(main)
        self._interleaved.add(entry.id)
        self._refresh("queue", "remote_queue")
        return entry
