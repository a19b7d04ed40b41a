"""Merge two copies of one session (the moderator's and the rapporteur's laptop): union by id, later edit wins.

Pure: two snapshots and their items' last-change times in, the merged snapshot, its times and a
summary out. Nothing is dropped without being named in the summary. Storing it is merge_store's job.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any, TypeVar

from moderator_app.domain.clock import Instant
from moderator_app.domain.queue import QueueEntry
from moderator_app.domain.snapshot import SessionSnapshot
from moderator_app.domain.timer import Intervention, end
from moderator_app.storage.versions import Versions

HERE = "here"
FILE = "file"
NOUNS = {
    "participant": ("participant", "participants"),
    "segment": ("segment", "segments"),
    "intervention": ("intervention", "interventions"),
    "queue": ("queue entry", "queue entries"),
    "note": ("note", "notes"),
    "contingent": ("contingent", "contingents"),
    "session": ("session's details", "session's details"),
    "queue_order": ("queue order", "queue orders"),
}
#: The winner of an open turn that had to be ended: neither copy's version was kept as it was.
ENDED = "ended"

_T = TypeVar("_T")


@dataclass(frozen=True)
class Conflict:
    """One item the two copies disagree on, and which copy was kept."""

    kind: str
    id: str
    what: str
    winner: str  # HERE or FILE


@dataclass
class MergeSummary:
    added: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    conflicts: list[Conflict] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        """Whether storing the merge changes anything here (a conflict kept as it is here changes nothing)."""
        return bool(self.added or self.updated)

    def lines(self) -> list[str]:
        """The summary in plain words, one fact a line."""

        def counts(numbers: dict[str, int]) -> str:
            return ", ".join(f"{n} {NOUNS[k][0] if n == 1 else NOUNS[k][1]}" for k, n in numbers.items() if n)

        lines = [] if self.changed else ["Nothing changed: everything in the file is already here."]
        if self.added:
            lines.append("Added: " + counts(self.added) + ".")
        if self.updated:
            lines.append("Updated from the file: " + counts(self.updated) + ".")
        for c in self.conflicts:
            side = {FILE: "kept the file's", HERE: "kept this laptop's"}.get(c.winner, c.winner)
            lines.append(f"Conflict, {NOUNS[c.kind][0]} {c.id}: {c.what}; {side}.")
        return lines


@dataclass(frozen=True)
class MergeResult:
    snapshot: SessionSnapshot
    versions: Versions
    summary: MergeSummary


def _later(kind: str, item_id: str, local: Versions, incoming: Versions) -> str:
    """Which copy edited the item later; a tie, or no time on the file's side, keeps this laptop's."""
    mine, theirs = local.get((kind, item_id)), incoming.get((kind, item_id))
    if theirs is None or (mine is not None and mine >= theirs):
        return HERE
    return FILE


def _what(kind: str, mine: Any, theirs: Any, local: Versions, incoming: Versions) -> str:
    fields = [
        name for name in getattr(mine, "__dataclass_fields__", {}) if getattr(mine, name) != getattr(theirs, name)
    ]
    times = []
    for side, versions in (("here", local), ("in the file", incoming)):
        when = versions.get((kind, getattr(mine, "id", "")))
        times.append(f"{side} {when.isoformat(timespec='seconds') if when else 'unknown'}")
    return f"{', '.join(fields) or 'content'} differ (edited {', '.join(times)})"


class _Merger:
    def __init__(self, local: Versions, incoming: Versions) -> None:
        self.local = local
        self.incoming = incoming
        self.versions: Versions = {}
        self.summary = MergeSummary()

    def count(self, bucket: dict[str, int], kind: str) -> None:
        bucket[kind] = bucket.get(kind, 0) + 1

    def take(self, kind: str, item_id: str, side: str) -> None:
        source = self.local if side == HERE else self.incoming
        when = source.get((kind, item_id))
        if when is not None:
            self.versions[(kind, item_id)] = when

    def items(self, kind: str, mine: Sequence[_T], theirs: Sequence[_T], key: Callable[[_T], str]) -> list[_T]:
        """Union by id: this laptop's order, then the file's new items; a differing item goes to the later edit."""
        by_id = {key(item): item for item in theirs}
        merged: list[_T] = []
        for item in mine:
            item_id = key(item)
            other = by_id.pop(item_id, None)
            if other is None or other == item:
                merged.append(item)
                self.take(kind, item_id, HERE)
                continue
            winner = _later(kind, item_id, self.local, self.incoming)
            what = _what(kind, item, other, self.local, self.incoming)
            self.summary.conflicts.append(Conflict(kind, item_id, what, winner))
            if winner == FILE:
                self.count(self.summary.updated, kind)
            merged.append(other if winner == FILE else item)
            self.take(kind, item_id, winner)
        for item_id, item in by_id.items():
            merged.append(item)
            self.take(kind, item_id, FILE)
            self.count(self.summary.added, kind)
        return merged


def merge_snapshots(
    local: SessionSnapshot, incoming: SessionSnapshot, local_updated: Versions, incoming_updated: Versions
) -> MergeResult:
    """The union of two copies of one session; see docs/session-file.md, "Merging", for the rules."""
    m = _Merger(local_updated, incoming_updated)
    session_id = local.session.id
    session, winner = local.session, HERE
    if incoming.session != local.session:
        winner = _later("session", session_id, local_updated, incoming_updated)
        what = _what("session", local.session, incoming.session, local_updated, incoming_updated)
        m.summary.conflicts.append(Conflict("session", session_id, what, winner))
        if winner == FILE:
            session = incoming.session
            m.count(m.summary.updated, "session")
    m.take("session", session_id, winner)
    participants = m.items("participant", local.participants, incoming.participants, lambda p: p.id)
    segments = m.items("segment", local.segments, incoming.segments, lambda s: s.id)
    segments.sort(key=lambda s: s.position)  # stable: ties keep this laptop's first
    interventions = m.items("intervention", local.interventions, incoming.interventions, lambda i: i.id)
    interventions.sort(key=lambda i: i.started_at)
    interventions = _one_open(m, interventions)
    notes = m.items("note", local.notes, incoming.notes, lambda n: n.id)
    notes.sort(key=lambda n: n.created_at)
    queue, remote_queue = _queues(m, local, incoming)
    contingents = m.items("contingent", local.contingents, incoming.contingents, lambda c: c.stakeholder_group.value)
    if session.current_segment_id is not None and all(s.id != session.current_segment_id for s in segments):
        session = replace(session, current_segment_id=None)  # cannot happen with a union; kept for safety
    merged = SessionSnapshot(
        session=session,
        participants=tuple(participants),
        segments=tuple(segments),
        interventions=tuple(interventions),
        queue=queue,
        contingents=tuple(contingents),
        notes=tuple(notes),
        remote_queue=remote_queue,
    )
    _check_integrity(merged)
    return MergeResult(merged, m.versions, m.summary)


def _one_open(m: _Merger, interventions: list[Intervention]) -> list[Intervention]:
    """Never two speakers with the floor: keep the latest-edited open turn, end the others when it began."""
    open_ones = [i for i in interventions if i.is_open]
    if len(open_ones) < 2:
        return interventions
    far_past = datetime.min.replace(tzinfo=open_ones[0].started_at.tzinfo)
    keep = max(open_ones, key=lambda i: (m.versions.get(("intervention", i.id), far_past), i.started_at))
    result = []
    for i in interventions:
        if i.is_open and i is not keep:
            # Ended at the moment the kept turn began (or its own start, if that is later), wall clock only.
            at = max(keep.started_at, i.started_at)
            # Another laptop's monotonic clock means nothing here: the end is bridged by wall time.
            anchor_wall = i.anchor.wall if i.anchor else at
            closed = end(i, Instant(0.0, max(at, anchor_wall), "merge: wall time only"))
            m.summary.conflicts.append(
                Conflict(
                    "intervention", i.id, f"was open on one laptop while {keep.id} had the floor on the other", ENDED
                )
            )
            m.count(m.summary.updated, "intervention")
            m.versions[("intervention", i.id)] = max(m.versions.get(("intervention", i.id), far_past), at)
            result.append(closed)
        else:
            result.append(i)
    return result


def _queues(m: _Merger, local: SessionSnapshot, incoming: SessionSnapshot) -> tuple[tuple[QueueEntry, ...], ...]:
    """Each queue as the copy whose queue changed later has it; entries only in the other are named."""
    chosen: dict[str, tuple[QueueEntry, ...]] = {}
    sides: dict[str, str] = {}
    for channel, mine, theirs in (
        ("main", local.queue, incoming.queue),
        ("remote", local.remote_queue, incoming.remote_queue),
    ):
        side = _later("queue_order", channel, m.local, m.incoming)
        if mine == theirs:
            side = HERE
        sides[channel] = side
        kept, other = (theirs, mine) if side == FILE else (mine, theirs)
        chosen[channel] = kept
        m.take("queue_order", channel, side)
        if mine != theirs:
            name = "queue" if channel == "main" else "remote queue"
            kept_ids = {e.id for e in kept}
            left_out = [e.id for e in other if e.id not in kept_ids]
            what = f"the {name} differs; took the order of the copy whose {name} changed later"
            if left_out:
                what += " (not kept: " + ", ".join(left_out) + ")"
            m.summary.conflicts.append(Conflict("queue_order", channel, what, side))
            if side == FILE:
                m.count(m.summary.updated, "queue_order")
        for entry in kept:
            m.take("queue", entry.id, side)
    # One request is in one queue: if both copies kept it (moved from remote to main on one laptop), main wins.
    in_main = {e.id for e in chosen["main"]}
    remote = tuple(e for e in chosen["remote"] if e.id not in in_main)
    return chosen["main"], remote


def _check_integrity(snapshot: SessionSnapshot) -> None:
    """Every reference names something in the merged session (a union keeps them all; this proves it)."""
    people = {p.id for p in snapshot.participants}
    segments = {s.id for s in snapshot.segments}
    turns = {i.id for i in snapshot.interventions}
    problems = [i.id for i in snapshot.interventions if i.participant_id not in people]
    problems += [i.id for i in snapshot.interventions if i.segment_id is not None and i.segment_id not in segments]
    problems += [q.id for q in (*snapshot.queue, *snapshot.remote_queue) if q.participant_id not in people]
    for n in snapshot.notes:
        if (
            (n.intervention_id is not None and n.intervention_id not in turns)
            or (n.participant_id is not None and n.participant_id not in people)
            or (n.segment_id is not None and n.segment_id not in segments)
        ):
            problems.append(n.id)
    if sum(1 for i in snapshot.interventions if i.is_open) > 1:
        problems.append("two open interventions")
    if problems:
        raise ValueError("The merged session would refer to missing items: " + ", ".join(problems))
