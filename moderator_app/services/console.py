"""The application service: applies a moderator's command, commits it, then tells listeners."""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Callable, Mapping, Sequence
from contextlib import suppress
from dataclasses import dataclass, replace
from typing import Any

from moderator_app.domain import agenda, timer
from moderator_app.domain import queue as queue_ops
from moderator_app.domain.balance import Balance, BalanceTracker
from moderator_app.domain.clock import Instant
from moderator_app.domain.enums import (
    PRIORITY_KINDS,
    InterventionKind,
    InterventionState,
    Region,
)
from moderator_app.domain.notes import Note, clean_note_text, parse_tags
from moderator_app.domain.queue import QueueEntry, QueueHistory
from moderator_app.domain.session import (
    AgendaProgress,
    Participant,
    ParticipantDraft,
    Segment,
    Session,
    build_participant,
    clean_segment,
    clean_session,
)
from moderator_app.domain.snapshot import SessionSnapshot, merge_interventions
from moderator_app.domain.text import ValidationError
from moderator_app.domain.timer import Intervention, TimerReading
from moderator_app.services.console_balance import BalanceMixin
from moderator_app.services.console_notes import NotesMixin
from moderator_app.services.console_remote import RemoteMixin
from moderator_app.services.console_suspend import SuspendMixin
from moderator_app.storage.errors import CorruptDatabaseError, StorageError
from moderator_app.storage.repository import SessionRepository
from moderator_app.system.clock import Clock

Listener = Callable[[SessionSnapshot], None]


def new_id() -> str:
    return str(uuid.uuid4())


@dataclass(frozen=True, slots=True)
class LiveReading:
    """Everything the console shows that depends on the clock, at one instant."""

    now: Instant
    timer: TimerReading
    intervention: Intervention | None
    speaker: Participant | None
    progress: AgendaProgress


class SessionConsole(BalanceMixin, NotesMixin, RemoteMixin, SuspendMixin):
    """One open session. Each command validates, writes in one transaction, reloads, notifies.

    Nothing is kept here that the database does not also hold, apart from the queue's
    undo history (which is a convenience of this window, not session data).
    """

    def __init__(
        self,
        repository: SessionRepository,
        clock: Clock,
        session_id: str,
        *,
        regions: Mapping[str, Region],
        id_factory: Callable[[], str] = new_id,
    ) -> None:
        self.repository = repository
        self.clock = clock
        self.regions = regions
        self._new_id = id_factory
        self._listeners: list[Listener] = []
        self._history = QueueHistory()
        self._tracker: tuple[SessionSnapshot, BalanceTracker] | None = None
        self._last_balance: tuple[BalanceTracker, Instant, Balance] | None = None
        self._note_history: list[tuple[Note | None, Note | None]] = []
        #: Remote requests brought into the main queue in this window (undo sends them back).
        self._interleaved: set[str] = set()
        try:
            self.snapshot = repository.load(session_id)
        except CorruptDatabaseError:
            # Remembered all the same: the next start opens this session, meets the damage and offers
            # the newest good backup, as the window's banner promises (ui/bridge.py). Written only when
            # another session was the last one: a start that meets the damage writes nothing more.
            with suppress(StorageError, sqlite3.Error):
                if repository.get_state("last_session_id") != session_id:
                    repository.set_state("last_session_id", session_id)
            raise
        repository.set_state("last_session_id", session_id)

    # -- plumbing ---------------------------------------------------------------
    @property
    def session(self) -> Session:
        return self.snapshot.session

    @property
    def session_id(self) -> str:
        return self.snapshot.session.id

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    def _refresh(self, *parts: str, written: Mapping[str, Any] | None = None) -> None:
        """Read back what the command committed (only ``parts`` when given), then tell listeners.

        ``written`` holds parts exactly as the command just committed them (the session, the queue,
        or ``interventions`` as the changed turns only): those are patched into the snapshot instead
        of reading a whole part back (1,000 turns on a long day). tests/unit/test_console_patch.py
        checks that the patched snapshot equals a fresh load after every kind of command.
        """
        updates = dict(written or {})
        if "interventions" in updates:
            updates["interventions"] = merge_interventions(self.snapshot.interventions, updates["interventions"])
        snapshot = replace(self.snapshot, **updates) if updates else self.snapshot
        remaining = [part for part in parts if part not in updates]
        if remaining or not parts:
            snapshot = (
                self.repository.reload_parts(snapshot, remaining) if parts else self.repository.load(self.session_id)
            )
        self.snapshot = snapshot
        for listener in list(self._listeners):
            listener(self.snapshot)

    def reading(self, now: Instant | None = None) -> LiveReading:
        now = now or self.clock.now()
        current = self.snapshot.current_intervention
        speaker = self.snapshot.participant(current.participant_id) if current else None
        return LiveReading(
            now=now,
            timer=timer.read_timer(current, now, self.session.warning_seconds),
            intervention=current,
            speaker=speaker,
            progress=agenda.progress(self.session, self.snapshot.segments, now),
        )

    def next_allotted_seconds(self) -> int:
        """The time the next turn would get in the current segment (shown while nobody speaks)."""
        segment = self.snapshot.segment(self.session.current_segment_id)
        if segment is None and self.session.started is None and self.snapshot.segments:
            segment = agenda.ordered(self.snapshot.segments)[0]
        return timer.resolve_allotted(
            override=None,
            segment_default=segment.default_allotted_seconds if segment else None,
            session_default=self.session.default_allotted_seconds,
        )

    def upcoming(self, count: int = 5) -> list[tuple[QueueEntry, Participant]]:
        result = []
        for entry in self.snapshot.queue[:count]:
            participant = self.snapshot.participant(entry.participant_id)
            if participant is not None:
                result.append((entry, participant))
        return result

    def _participant(self, participant_id: str) -> Participant:
        participant = self.snapshot.participant(participant_id)
        if participant is None:
            raise ValidationError("That participant is no longer on the roster.")
        return participant

    # -- session and agenda ----------------------------------------------------------
    def update_session(self, session: Session) -> None:
        self.update_details(session, self.snapshot.segments)

    def update_agenda(self, segments: Sequence[Segment]) -> None:
        self.update_details(self.session, segments)

    def update_details(self, session: Session, segments: Sequence[Segment]) -> None:
        """Session details and agenda together: both are checked first, then written in one commit.

        A segment that interventions refer to cannot be dropped (rename it instead).
        """
        live = self.session
        cleaned_session = replace(
            clean_session(replace(session, id=self.session_id)),
            started=live.started,
            ended_at=live.ended_at,
            current_segment_id=live.current_segment_id,
            segment_started=live.segment_started,
        )
        cleaned = [
            clean_segment(replace(segment, session_id=self.session_id, position=position))
            for position, segment in enumerate(segments)
        ]
        kept = {segment.id for segment in cleaned}
        for intervention in self.snapshot.interventions:
            if intervention.segment_id and intervention.segment_id not in kept:
                lost = self.snapshot.segment(intervention.segment_id)
                title = lost.title if lost else intervention.segment_id
                raise ValidationError(
                    "The segment “{title}” has interventions recorded in it and cannot be removed; "
                    "rename it instead. Nothing was changed.",
                    title=title,
                )
        if cleaned_session.current_segment_id and cleaned_session.current_segment_id not in kept:
            cleaned_session = replace(cleaned_session, current_segment_id=None, segment_started=None)
        self.repository.save_details(cleaned_session, cleaned, now=self.clock.now().wall)
        self._refresh("session", "segments")

    def start_session(self) -> None:
        now = self.clock.now()
        started = agenda.start_session(self.session, self.snapshot.segments, now)
        self.repository.save_live_change(session=started, session_id=self.session_id, now=now.wall)
        self._refresh("session", written={"session": started})

    def next_segment(self) -> Segment:
        now = self.clock.now()
        moved = agenda.next_segment(self.session, self.snapshot.segments, now)
        self.repository.save_live_change(session=moved, session_id=self.session_id, now=now.wall)
        self._refresh("session", written={"session": moved})
        segment = self.snapshot.segment(moved.current_segment_id)
        assert segment is not None
        return segment

    def end_session(self) -> None:
        now = self.clock.now()
        changed: list[Intervention] = []
        current = self.snapshot.current_intervention
        if current is not None:
            changed.append(timer.end(current, now))
        ended = agenda.end_session(self.session, now)
        self.repository.save_live_change(session=ended, interventions=changed, session_id=self.session_id, now=now.wall)
        self._refresh("session", "interventions", written={"session": ended, "interventions": changed})

    def reopen_session(self) -> None:
        """Undo an 'End session' pressed too early: the session clock runs on from its start."""
        if self.session.ended_at is None:
            raise ValidationError("The session has not ended.")
        now = self.clock.now()
        reopened = replace(self.session, ended_at=None)
        self.repository.save_live_change(session=reopened, session_id=self.session_id, now=now.wall)
        self._refresh("session", written={"session": reopened})

    # -- roster -------------------------------------------------------------------
    def add_participant(self, draft: ParticipantDraft) -> Participant:
        participant = build_participant(
            draft, participant_id=self._new_id(), session_id=self.session_id, regions=self.regions
        )
        self.repository.save_participant(participant, now=self.clock.now().wall)
        self._refresh("participants")
        return participant

    def update_participant(self, participant_id: str, draft: ParticipantDraft) -> Participant:
        self._participant(participant_id)
        participant = build_participant(
            draft, participant_id=participant_id, session_id=self.session_id, regions=self.regions
        )
        self.repository.save_participant(participant, now=self.clock.now().wall)
        self._refresh("participants")
        return participant

    def remove_participant(self, participant_id: str) -> None:
        participant = self._participant(participant_id)
        spoken = self.repository.count_interventions_of(participant_id)
        if spoken:
            raise ValidationError(
                "{name} has {spoken} recorded intervention(s), which would be lost; "
                "they stay on the roster. Edit their details instead.",
                name=participant.name,
                spoken=spoken,
            )
        self.repository.delete_participant(participant_id)
        self._history = self._history.forget(participant_id=participant_id)
        self._refresh("participants", "queue", "notes")

    # -- queue --------------------------------------------------------------------
    def _save_queue(self, new_queue: queue_ops.Queue) -> None:
        before = self.snapshot.queue
        now = self.clock.now()
        self.repository.save_live_change(queue=new_queue, session_id=self.session_id, now=now.wall)
        # Recorded only once stored: after a failed write (disk full) the command did not happen.
        self._history = self._history.record(before)
        self._refresh("queue", written={"queue": tuple(new_queue)})

    def enqueue(self, participant_id: str, kind: InterventionKind = InterventionKind.INTERVENTION) -> QueueEntry:
        participant = self._participant(participant_id)
        entry = QueueEntry(self._new_id(), participant_id, InterventionKind(kind), self.clock.now().wall)
        self._save_queue(queue_ops.enqueue(self.snapshot.queue, entry, participant_name=participant.name))
        return entry

    def withdraw(self, entry_id: str) -> None:
        self._save_queue(queue_ops.withdraw(self.snapshot.queue, entry_id))

    def move_entry(self, entry_id: str, new_index: int) -> None:
        if queue_ops.index_of(self.snapshot.queue, entry_id) == new_index:
            return
        self._save_queue(queue_ops.move(self.snapshot.queue, entry_id, new_index))

    @property
    def can_undo_queue(self) -> bool:
        return self._history.can_undo(self.snapshot.queue)

    @property
    def can_redo_queue(self) -> bool:
        return self._history.can_redo(self.snapshot.queue)

    def undo_queue(self) -> None:
        restored, self._history = self._history.undo_step(self.snapshot.queue)
        self._write_restored_queue(restored)

    def redo_queue(self) -> None:
        restored, self._history = self._history.redo_step(self.snapshot.queue)
        self._write_restored_queue(restored)

    def _write_restored_queue(self, restored: queue_ops.Queue) -> None:
        present = {p.id for p in self.snapshot.participants}
        restored = tuple(entry for entry in restored if entry.participant_id in present)
        # A remote request brought into the main queue (I) goes back to the remote queue when undo
        # takes it out of the main one, and leaves the remote queue again on redo: never lost.
        restored_ids = {entry.id for entry in restored}
        back_to_remote = tuple(e for e in self.snapshot.queue if e.id in self._interleaved and e.id not in restored_ids)
        remote = (*back_to_remote, *(e for e in self.snapshot.remote_queue if e.id not in restored_ids))
        self.repository.save_live_change(
            queue=restored, remote_queue=remote, session_id=self.session_id, now=self.clock.now().wall
        )
        self._refresh("queue", "remote_queue")

    # -- the floor and the timer ---------------------------------------------------------
    def give_floor(
        self,
        participant_id: str,
        kind: InterventionKind = InterventionKind.INTERVENTION,
        *,
        from_entry_id: str | None = None,
        allotted_seconds: int | None = None,
    ) -> Intervention:
        """End whoever is speaking and start ``participant_id``'s intervention, in one commit."""
        self._participant(participant_id)
        if self.session.ended_at is not None:
            raise ValidationError("The session has ended; reopen it with Session → Resume ended session to continue.")
        now = self.clock.now()
        changed: list[Intervention] = []
        current = self.snapshot.current_intervention
        if current is not None:
            changed.append(timer.end(current, now))
        session = self.session
        session_changed = None
        if session.started is None:
            session = agenda.start_session(session, self.snapshot.segments, now)
            session_changed = session
        segment = self.snapshot.segment(session.current_segment_id)
        allotted = timer.resolve_allotted(
            override=allotted_seconds,
            segment_default=segment.default_allotted_seconds if segment else None,
            session_default=session.default_allotted_seconds,
        )
        started = timer.start(
            intervention_id=self._new_id(),
            session_id=self.session_id,
            participant_id=participant_id,
            segment_id=segment.id if segment else None,
            kind=InterventionKind(kind),
            allotted_seconds=allotted,
            now=now,
        )
        changed.append(started)
        new_queue = new_remote = None
        notes: list[Note] = []
        remote_entry = next((e for e in self.snapshot.remote_queue if e.id == from_entry_id), None)
        # A remote request (straight from the remote queue, or brought into the main one with I)
        # is timed as the remote participant's turn, and what they wrote becomes a linked note.
        carried = remote_entry or next((e for e in self.snapshot.queue if e.id == from_entry_id and e.text), None)
        if carried is not None and carried.text:
            where = f" ({carried.platform})" if carried.platform else ""
            notes.append(
                Note(
                    id=self._new_id(),
                    session_id=self.session_id,
                    created_at=now.wall,
                    text=clean_note_text(carried.text + where),
                    tags=parse_tags(["question"] if carried.kind is InterventionKind.QUESTION else []),
                    intervention_id=started.id,
                    participant_id=participant_id,
                    segment_id=started.segment_id,
                )
            )
        if remote_entry is not None:
            new_remote = queue_ops.withdraw(self.snapshot.remote_queue, remote_entry.id)
        else:
            if from_entry_id is None:
                # Given the floor from the roster: their own place in the queue is used up too,
                # or the next N would call them again.
                from_entry_id = next(
                    (entry.id for entry in self.snapshot.queue if entry.participant_id == participant_id), None
                )
            if from_entry_id is not None:
                new_queue = queue_ops.withdraw(self.snapshot.queue, from_entry_id)
        self.repository.save_live_change(
            session=session_changed,
            interventions=changed,
            queue=new_queue,
            remote_queue=new_remote,
            notes=notes,
            session_id=self.session_id,
            now=now.wall,
        )
        if new_queue is not None and from_entry_id is not None:
            self._history = self._history.forget(entry_id=from_entry_id)
        written: dict[str, Any] = {"interventions": changed}
        if session_changed is not None:
            written["session"] = session_changed
        if new_queue is not None:
            written["queue"] = tuple(new_queue)
        if new_remote is not None:
            written["remote_queue"] = tuple(new_remote)
        if notes:
            latest = self.snapshot.notes[-1].created_at if self.snapshot.notes else None
            if latest is None or latest <= now.wall:
                written["notes"] = (*self.snapshot.notes, *notes)  # notes are kept in the order taken
        # Unchanged parts (the session without a start, a queue the turn did not come from) stay as
        # they are; notes after a clock set back are read again in their stored order.
        self._refresh(*written, *(["notes"] if notes and "notes" not in written else []), written=written)
        return started

    def next_entry(self) -> QueueEntry | None:
        """Who N calls: points of order and replies first; in a remote segment, the remote queue;
        otherwise the head of the main queue (then the remote queue, if the main one is empty)."""
        main, remote = self.snapshot.queue, self.snapshot.remote_queue
        if main and main[0].kind in PRIORITY_KINDS:
            return main[0]
        segment = self.snapshot.segment(self.session.current_segment_id)
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
        current = self.snapshot.current_intervention
        if current is None:
            return self.next_speaker()
        now = self.clock.now()
        if current.state is InterventionState.RUNNING:
            changed = timer.pause(current, now)
        else:
            changed = timer.resume(current, now)
        self.repository.save_live_change(interventions=[changed], session_id=self.session_id, now=now.wall)
        self._refresh("interventions", written={"interventions": [changed]})
        return changed

    def end_intervention(self) -> Intervention:
        current = self._require_current()
        now = self.clock.now()
        ended = timer.end(current, now)
        self.repository.save_live_change(interventions=[ended], session_id=self.session_id, now=now.wall)
        self._refresh("interventions", written={"interventions": [ended]})
        return ended

    def adjust_time(self, delta_seconds: int) -> Intervention:
        """±30 s: change the time allotted to the current speaker (never the time they spoke)."""
        current = self._require_current()
        changed = timer.adjust_allotted(current, delta_seconds)
        self.repository.save_live_change(interventions=[changed], session_id=self.session_id, now=self.clock.now().wall)
        self._refresh("interventions", written={"interventions": [changed]})
        return changed

    def set_allotted(self, allotted_seconds: int | None) -> Intervention:
        current = self._require_current()
        changed = timer.set_allotted(current, allotted_seconds)
        self.repository.save_live_change(interventions=[changed], session_id=self.session_id, now=self.clock.now().wall)
        self._refresh("interventions", written={"interventions": [changed]})
        return changed

    def _require_current(self) -> Intervention:
        current = self.snapshot.current_intervention
        if current is None:
            raise ValidationError("Nobody has the floor right now: call the next speaker first (N).")
        return current
