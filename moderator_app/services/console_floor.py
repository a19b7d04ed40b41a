"""The session's clock and the floor: start, segments, end; who speaks, for how long, paused or not.

Each command ends whoever is speaking, starts or changes turns, and uses up queue places in one
commit, published as one change.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from functools import partial
from typing import Any

from moderator_app.domain import agenda, timer
from moderator_app.domain import queue as queue_ops
from moderator_app.domain.changes import Change, Part, changed_ids
from moderator_app.domain.enums import PRIORITY_KINDS, InterventionKind, InterventionState
from moderator_app.domain.notes import Note, clean_note_text, parse_tags
from moderator_app.domain.queue import QueueEntry
from moderator_app.domain.session import Segment, Session
from moderator_app.domain.snapshot import SessionSnapshot
from moderator_app.domain.text import ValidationError
from moderator_app.domain.timer import Intervention
from moderator_app.services.console_queues import Queues, require_participant
from moderator_app.services.console_writer import SessionWriter
from moderator_app.system.clock import Clock


class Floor:
    """The session clock and the turns: every command that starts, pauses, times or ends one."""

    def __init__(self, writer: SessionWriter, clock: Clock, new_id: Callable[[], str], queues: Queues) -> None:
        self._writer = writer
        self._clock = clock
        self._new_id = new_id
        self._queues = queues

    @property
    def _snapshot(self) -> SessionSnapshot:
        return self._writer.snapshot

    @property
    def _session(self) -> Session:
        return self._writer.snapshot.session

    def _save_live(
        self,
        ids: Mapping[Part, Any],
        *,
        session: Session | None = None,
        interventions: Sequence[Intervention] = (),
        queue: queue_ops.Queue | None = None,
        remote_queue: queue_ops.Queue | None = None,
        notes: Sequence[Note] = (),
        all_notes: tuple[Note, ...] | None = None,
        then: Callable[[], object] | None = None,
    ) -> Change | None:
        """One live change (session row, turns, queues, new notes) in one commit.

        ``all_notes`` is the notes part with the new ones in place, when it can be patched in.
        """
        now = self._clock.now().wall
        written: dict[Part, Any] = {Part.INTERVENTIONS: interventions} if interventions else {}
        if session is not None:
            written[Part.SESSION] = session
        for part, items in ((Part.QUEUE, queue), (Part.REMOTE_QUEUE, remote_queue), (Part.NOTES, all_notes)):
            if items is not None:
                written[part] = tuple(items)

        def write() -> None:
            self._writer.repository.save_live_change(
                session=session,
                interventions=interventions,
                queue=queue,
                remote_queue=remote_queue,
                notes=notes,
                session_id=self._writer.session_id,
                now=now,
            )

        return self._writer.commit(write, ids, written=written, then=then)

    def _save_turns(self, changed: Sequence[Intervention], *, session: Session | None = None) -> None:
        """Store turns (and the session's clock) that a command changed; unchanged ones are not written."""
        stored = self._snapshot.interventions
        # The turns a command changes are the open ones, at the end: looked for from there.
        turns = [turn for turn in changed if next((i for i in reversed(stored) if i.id == turn.id), None) != turn]
        ids: dict[Part, Any] = {Part.INTERVENTIONS: {t.id for t in turns}} if turns else {}
        if session is not None:
            ids[Part.SESSION] = {session.id}
        self._save_live(ids, session=session, interventions=turns)

    def start_session(self) -> None:
        self._save_turns((), session=agenda.start_session(self._session, self._snapshot.segments, self._clock.now()))

    def next_segment(self) -> Segment:
        moved = agenda.next_segment(self._session, self._snapshot.segments, self._clock.now())
        self._save_turns((), session=moved)
        segment = self._snapshot.segment(moved.current_segment_id)
        assert segment is not None
        return segment

    def end_session(self) -> None:
        now = self._clock.now()
        current = self._snapshot.current_intervention
        changed = [timer.end(current, now)] if current is not None else []
        self._save_turns(changed, session=agenda.end_session(self._session, now))

    def reopen_session(self) -> None:
        """Undo an 'End session' pressed too early: the session clock runs on from its start."""
        if self._session.ended_at is None:
            raise ValidationError("The session has not ended.")
        self._save_turns((), session=replace(self._session, ended_at=None))

    # -- the floor and the timer ------------------------------------------------------------
    def give_floor(
        self,
        participant_id: str,
        kind: InterventionKind = InterventionKind.INTERVENTION,
        *,
        from_entry_id: str | None = None,
        allotted_seconds: int | None = None,
    ) -> Intervention:
        """End whoever is speaking and start ``participant_id``'s intervention, in one commit."""
        require_participant(self._snapshot, participant_id)
        if self._session.ended_at is not None:
            raise ValidationError("The session has ended; reopen it with Session → Resume ended session to continue.")
        snapshot = self._snapshot
        now = self._clock.now()
        changed: list[Intervention] = []
        current = snapshot.current_intervention
        if current is not None:
            changed.append(timer.end(current, now))
        session = self._session
        ids: dict[Part, Any] = {}
        if session.started is None:
            session = agenda.start_session(session, snapshot.segments, now)
            ids[Part.SESSION] = {session.id}
        segment = snapshot.segment(session.current_segment_id)
        allotted = timer.resolve_allotted(
            override=allotted_seconds,
            segment_default=segment.default_allotted_seconds if segment else None,
            session_default=session.default_allotted_seconds,
        )
        started = timer.start(
            intervention_id=self._new_id(),
            session_id=self._writer.session_id,
            participant_id=participant_id,
            segment_id=segment.id if segment else None,
            kind=InterventionKind(kind),
            allotted_seconds=allotted,
            now=now,
        )
        changed.append(started)
        ids[Part.INTERVENTIONS] = {turn.id for turn in changed}
        new_queue = new_remote = None
        notes: list[Note] = []
        remote_entry = next((e for e in snapshot.remote_queue if e.id == from_entry_id), None)
        # A remote request (straight from the remote queue, or brought into the main one with I)
        # is timed as the remote participant's turn, and what they wrote becomes a linked note.
        carried = remote_entry or next((e for e in snapshot.queue if e.id == from_entry_id and e.text), None)
        if carried is not None and carried.text:
            where = f" ({carried.platform})" if carried.platform else ""
            notes.append(
                Note(
                    id=self._new_id(),
                    session_id=self._writer.session_id,
                    created_at=now.wall,
                    text=clean_note_text(carried.text + where),
                    tags=parse_tags(["question"] if carried.kind is InterventionKind.QUESTION else []),
                    intervention_id=started.id,
                    participant_id=participant_id,
                    segment_id=started.segment_id,
                )
            )
            ids[Part.NOTES] = {note.id for note in notes}
        if remote_entry is not None:
            new_remote = queue_ops.withdraw(snapshot.remote_queue, remote_entry.id)
            ids[Part.REMOTE_QUEUE] = changed_ids(snapshot.remote_queue, new_remote, ordered=True)
        else:
            if from_entry_id is None:
                # Given the floor from the roster: their own place in the queue is used up too,
                # or the next N would call them again.
                from_entry_id = next(
                    (entry.id for entry in snapshot.queue if entry.participant_id == participant_id), None
                )
            if from_entry_id is not None:
                new_queue = queue_ops.withdraw(snapshot.queue, from_entry_id)
                ids[Part.QUEUE] = changed_ids(snapshot.queue, new_queue, ordered=True)
        all_notes = None
        latest = snapshot.notes[-1].created_at if snapshot.notes else None
        if notes and (latest is None or latest <= now.wall):
            all_notes = (*snapshot.notes, *notes)  # notes are kept in the order taken
        # Unchanged parts (the session without a start, a queue the turn did not come from) stay as
        # they are; notes after a clock set back are read again in their stored order.
        self._save_live(
            ids,
            session=session if Part.SESSION in ids else None,
            interventions=changed,
            queue=new_queue,
            remote_queue=new_remote,
            notes=notes,
            all_notes=all_notes,
            # The queue's undo cannot bring back a place used up by a turn.
            then=partial(self._queues.forget, entry_id=from_entry_id) if new_queue is not None else None,
        )
        return started

    def next_entry(self) -> QueueEntry | None:
        """Who N calls: points of order and replies first; in a remote segment, the remote queue;
        otherwise the head of the main queue (then the remote queue, if the main one is empty)."""
        main, remote = self._snapshot.queue, self._snapshot.remote_queue
        if main and main[0].kind in PRIORITY_KINDS:
            return main[0]
        segment = self._snapshot.segment(self._session.current_segment_id)
        if segment is not None and segment.remote_queue and remote:
            return remote[0]
        if main:
            return main[0]
        return remote[0] if remote else None

    def next_speaker(self) -> Intervention:
        head = self.next_entry()
        if head is None:
            raise ValidationError("The queue is empty: add someone to it first (A), or give the floor from the roster.")
        return self.give_floor(head.participant_id, head.kind, from_entry_id=head.id)

    def toggle_timer(self) -> Intervention:
        """Space: pause a running turn, resume a paused one, or call the next speaker."""
        current = self._snapshot.current_intervention
        if current is None:
            return self.next_speaker()
        now = self._clock.now()
        changed = (
            timer.pause(current, now) if current.state is InterventionState.RUNNING else timer.resume(current, now)
        )
        self._save_turns([changed])
        return changed

    def end_intervention(self) -> Intervention:
        ended = timer.end(self._require_current(), self._clock.now())
        self._save_turns([ended])
        return ended

    def adjust_time(self, delta_seconds: int) -> Intervention:
        """±30 s: change the time allotted to the current speaker (never the time they spoke)."""
        changed = timer.adjust_allotted(self._require_current(), delta_seconds)
        self._save_turns([changed])
        return changed

    def set_allotted(self, allotted_seconds: int | None) -> Intervention:
        changed = timer.set_allotted(self._require_current(), allotted_seconds)
        self._save_turns([changed])
        return changed

    def _require_current(self) -> Intervention:
        current = self._snapshot.current_intervention
        if current is None:
            raise ValidationError("Nobody has the floor right now: call the next speaker first (N).")
        return current
