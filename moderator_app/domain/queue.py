"""The queue of people asking for the floor: pure operations on an ordered tuple."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from moderator_app.domain.enums import PRIORITY_KINDS, InterventionKind
from moderator_app.domain.text import ValidationError


@dataclass(frozen=True, slots=True)
class QueueEntry:
    """One person waiting for the floor, with the kind of turn they asked for."""

    id: str
    participant_id: str
    kind: InterventionKind
    added_at: datetime
    #: Remote entries: where the request came from (a platform or chat channel) and the
    #: question or comment as written, read out by the online moderator.
    platform: str = ""
    text: str = ""


Queue = tuple[QueueEntry, ...]


def enqueue(queue: Queue, entry: QueueEntry, *, participant_name: str = "") -> Queue:
    """Add ``entry``: points of order and direct replies go to the top (after earlier ones).

    A person already waiting for an ordinary turn is not queued twice; a point of
    order or reply from them is still accepted.
    """
    if entry.kind not in PRIORITY_KINDS:
        for index, waiting in enumerate(queue):
            if waiting.participant_id == entry.participant_id and waiting.kind not in PRIORITY_KINDS:
                who = participant_name or "This person"
                raise ValidationError(
                    "{who} is already in the queue at position {position}; move that entry instead of adding another.",
                    who=who,
                    position=index + 1,
                )
        return (*queue, entry)
    head = 0
    while head < len(queue) and queue[head].kind in PRIORITY_KINDS:
        if entry.kind is InterventionKind.POINT_OF_ORDER and queue[head].kind is not InterventionKind.POINT_OF_ORDER:
            break
        head += 1
    return (*queue[:head], entry, *queue[head:])


def index_of(queue: Queue, entry_id: str) -> int:
    for index, entry in enumerate(queue):
        if entry.id == entry_id:
            return index
    raise ValidationError("That queue entry is no longer in the queue; it may have been withdrawn.")


def withdraw(queue: Queue, entry_id: str) -> Queue:
    index = index_of(queue, entry_id)
    return (*queue[:index], *queue[index + 1 :])


def move(queue: Queue, entry_id: str, new_index: int) -> Queue:
    """Move an entry to ``new_index`` (clamped to the queue)."""
    index = index_of(queue, entry_id)
    entry = queue[index]
    rest = [*queue[:index], *queue[index + 1 :]]
    new_index = max(0, min(new_index, len(rest)))
    rest.insert(new_index, entry)
    return tuple(rest)


def remove_participant(queue: Queue, participant_id: str) -> Queue:
    return tuple(entry for entry in queue if entry.participant_id != participant_id)


@dataclass(frozen=True, slots=True)
class QueueHistory:
    """Undo/redo stacks of whole-queue states (queues are short; snapshots are simplest)."""

    undo: tuple[Queue, ...] = ()
    redo: tuple[Queue, ...] = ()
    limit: int = 100

    def record(self, before: Queue) -> QueueHistory:
        return QueueHistory(undo=(*self.undo, before)[-self.limit :], redo=(), limit=self.limit)

    def forget(self, *, entry_id: str | None = None, participant_id: str | None = None) -> QueueHistory:
        """Drop an entry (it took the floor) or a person (removed) from every remembered state,
        so undo can never bring back someone who already spoke or no longer exists."""

        def keep(entry: QueueEntry) -> bool:
            return entry.id != entry_id and entry.participant_id != participant_id

        def clean(states: tuple[Queue, ...]) -> tuple[Queue, ...]:
            return tuple(tuple(e for e in state if keep(e)) for state in states)

        return QueueHistory(clean(self.undo), clean(self.redo), self.limit)

    # A remembered state can come to equal the queue as it is: forget() took out the only entry it
    # changed (that person has spoken since). Undoing it would change nothing, so it is skipped, and
    # when nothing else is left there is nothing to undo.
    @staticmethod
    def _effective(states: tuple[Queue, ...], current: Queue) -> tuple[Queue, ...]:
        while states and states[-1] == current:
            states = states[:-1]
        return states

    def can_undo(self, current: Queue) -> bool:
        return bool(self._effective(self.undo, current))

    def can_redo(self, current: Queue) -> bool:
        return bool(self._effective(self.redo, current))

    def undo_step(self, current: Queue) -> tuple[Queue, QueueHistory]:
        undo = self._effective(self.undo, current)
        if not undo:
            raise ValidationError("Nothing to undo in the queue.")
        return undo[-1], QueueHistory(undo[:-1], (*self.redo, current), self.limit)

    def redo_step(self, current: Queue) -> tuple[Queue, QueueHistory]:
        redo = self._effective(self.redo, current)
        if not redo:
            raise ValidationError("Nothing to redo in the queue.")
        return redo[-1], QueueHistory((*self.undo, current), redo[:-1], self.limit)
