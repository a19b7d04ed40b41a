"""One session as stored, read whole: what storage loads, the console holds and reports read."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import cached_property

from moderator_app.domain.notes import Note
from moderator_app.domain.queue import Queue
from moderator_app.domain.session import Participant, Segment, Session
from moderator_app.domain.steering import Contingent
from moderator_app.domain.timer import Intervention


@dataclass(frozen=True)
class SessionSnapshot:
    """Everything about one session, as stored. Lookups by id are indexed on first use."""

    session: Session
    participants: tuple[Participant, ...]
    segments: tuple[Segment, ...]
    interventions: tuple[Intervention, ...]
    queue: Queue
    contingents: tuple[Contingent, ...] = ()
    notes: tuple[Note, ...] = ()
    #: Requests the online moderator collected from remote participants, in order.
    remote_queue: Queue = ()

    @cached_property
    def _participants_by_id(self) -> dict[str, Participant]:
        return {p.id: p for p in self.participants}

    @cached_property
    def _segments_by_id(self) -> dict[str, Segment]:
        return {s.id: s for s in self.segments}

    def participant(self, participant_id: str) -> Participant | None:
        return self._participants_by_id.get(participant_id)

    def segment(self, segment_id: str | None) -> Segment | None:
        return self._segments_by_id.get(segment_id) if segment_id is not None else None

    @property
    def current_intervention(self) -> Intervention | None:
        return next((i for i in reversed(self.interventions) if i.is_open), None)


@dataclass(frozen=True, slots=True)
class SessionSummary:
    """What the session list shows of a session."""

    id: str
    title: str
    date: date | None
    updated_at: str


def merge_interventions(
    interventions: tuple[Intervention, ...], changed: Iterable[Intervention]
) -> tuple[Intervention, ...]:
    """The session's turns after ``changed`` were upserted: each replaces its stored self in place,
    new ones follow in the order written (the order ``load`` reads them in, by rowid)."""
    changed = list(changed)
    if not changed:
        return interventions
    by_id = {intervention.id: intervention for intervention in changed}
    if len(by_id) == 1 and interventions and changed[0].id == interventions[-1].id:
        return (*interventions[:-1], changed[0])
    # Only the last few turns change in a live session: look for them from the end.
    merged = list(interventions)
    pending = dict(by_id)
    for number in range(len(merged) - 1, -1, -1):
        if not pending:
            break
        found = pending.pop(merged[number].id, None)
        if found is not None:
            merged[number] = found
    added = [intervention for intervention in changed if intervention.id in pending]
    return (*merged, *added)
