"""The application service: applies a moderator's command, commits it, then tells listeners what changed.

The console owns the open session's concerns as small objects (queues, notes, sleep gaps, balance,
report drafts), each given what it needs; they all write through one :class:`SessionWriter`, so
every committed command is numbered and published as a :class:`~moderator_app.domain.changes.Change`.
"""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from contextlib import suppress
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from moderator_app.domain import agenda, timer
from moderator_app.domain.balance import Balance, ReferenceSet
from moderator_app.domain.changes import Change, Part, changed_ids
from moderator_app.domain.clock import Instant
from moderator_app.domain.enums import InterventionKind, Region, StakeholderGroup
from moderator_app.domain.notes import Note
from moderator_app.domain.queue import QueueEntry
from moderator_app.domain.rapporteur import Attendance, StoredSection
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
from moderator_app.domain.snapshot import SessionSnapshot
from moderator_app.domain.steering import Contingent, Suggestion, suggest_next
from moderator_app.domain.suspend import SUSPEND_THRESHOLD_SECONDS, SuspendGap
from moderator_app.domain.text import ValidationError
from moderator_app.domain.timer import Intervention, TimerReading
from moderator_app.services.console_balance import BalanceCache, Steering
from moderator_app.services.console_floor import Floor
from moderator_app.services.console_notes import KEEP, NoteHistory
from moderator_app.services.console_queues import Queues, require_participant
from moderator_app.services.console_report import ReportDrafts
from moderator_app.services.console_suspend import SuspendWatch
from moderator_app.services.console_writer import Listener, SessionWriter
from moderator_app.storage.errors import CorruptDatabaseError, StorageError
from moderator_app.storage.repository import SessionRepository
from moderator_app.system.clock import Clock

if TYPE_CHECKING:
    # Only what the commands that use them load: the importers (lxml) and the reports (Jinja2) are
    # not needed to start the window.
    from moderator_app.importers.roster import RosterResult
    from moderator_app.reports.model import Report
    from moderator_app.services.imports import Duplicates, RosterImportSummary


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


class SessionConsole:
    """One open session. Each command validates, writes in one numbered transaction, then publishes.

    Nothing is kept here that the database does not also hold, apart from the undo histories of
    the queue and the notes (conveniences of this window, not session data).
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
        try:
            snapshot = repository.load(session_id)
        except CorruptDatabaseError:
            # Remembered all the same: the next start opens this session, meets the damage and offers
            # the newest good backup, as the window's banner promises (ui/bridge.py). Written only when
            # another session was the last one: a start that meets the damage writes nothing more.
            with suppress(StorageError, sqlite3.Error):
                if repository.get_state("last_session_id") != session_id:
                    repository.set_state("last_session_id", session_id)
            raise
        repository.set_state("last_session_id", session_id)
        self._writer = SessionWriter(repository, snapshot)
        self.queues = Queues(self._writer, clock, id_factory, regions)
        self.floor = Floor(self._writer, clock, id_factory, self.queues)
        self.note_history = NoteHistory(self._writer, clock, id_factory)
        self.suspend_watch = SuspendWatch(self._writer, clock, id_factory)
        self.balances = BalanceCache()
        self.steering = Steering(self._writer, clock)
        self.drafts = ReportDrafts(self._writer, clock)

    # -- plumbing ---------------------------------------------------------------
    @property
    def snapshot(self) -> SessionSnapshot:
        return self._writer.snapshot

    @property
    def session(self) -> Session:
        return self._writer.snapshot.session

    @property
    def session_id(self) -> str:
        return self._writer.snapshot.session.id

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Tell ``listener`` every committed Change; returns the function that stops telling it."""
        return self._writer.subscribe(listener)

    def apply_shared(
        self, write: Callable[[], object], ids: Mapping[Part, Iterable[str]], *, origin: str
    ) -> Change | None:
        """Commit what another laptop shared (``write``, from the library) as one change of this
        session: the parts it names are read back into the snapshot, and listeners hear it with
        its ``origin``. None when ``ids`` name nothing (then nothing is written)."""
        return self._writer.commit(write, ids, origin=origin)

    def change_sequence(self) -> int:
        """The number of the library's last committed change."""
        return self.repository.change_sequence()

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
        ids: dict[Part, Any] = {Part.SESSION: {self.session_id}}
        if segments_changed := changed_ids(self.snapshot.segments, cleaned):
            ids[Part.SEGMENTS] = segments_changed
        # Notes on a dropped segment lose their link to it (the database clears it).
        if unlinked := {n.id for n in self.snapshot.notes if n.segment_id and n.segment_id not in kept}:
            ids[Part.NOTES] = unlinked
        now = self.clock.now().wall
        self._writer.commit(lambda: self.repository.save_details(cleaned_session, cleaned, now=now), ids)

    def start_session(self) -> None:
        self.floor.start_session()

    def next_segment(self) -> Segment:
        return self.floor.next_segment()

    def end_session(self) -> None:
        self.floor.end_session()

    def reopen_session(self) -> None:
        """Undo an 'End session' pressed too early: the session clock runs on from its start."""
        self.floor.reopen_session()

    # -- roster -------------------------------------------------------------------
    def _save_participant(self, participant: Participant) -> None:
        if self.snapshot.participant(participant.id) == participant:
            return  # as stored already
        now = self.clock.now().wall
        self._writer.commit(
            lambda: self.repository.save_participant(participant, now=now), {Part.PARTICIPANTS: {participant.id}}
        )

    def add_participant(self, draft: ParticipantDraft) -> Participant:
        participant = build_participant(
            draft, participant_id=self._new_id(), session_id=self.session_id, regions=self.regions
        )
        self._save_participant(participant)
        return participant

    def update_participant(self, participant_id: str, draft: ParticipantDraft) -> Participant:
        require_participant(self.snapshot, participant_id)
        participant = build_participant(
            draft, participant_id=participant_id, session_id=self.session_id, regions=self.regions
        )
        self._save_participant(participant)
        return participant

    def remove_participant(self, participant_id: str) -> None:
        participant = require_participant(self.snapshot, participant_id)
        spoken = self.repository.count_interventions_of(participant_id)
        if spoken:
            raise ValidationError(
                "{name} has {spoken} recorded intervention(s), which would be lost; "
                "they stay on the roster. Edit their details instead.",
                name=participant.name,
                spoken=spoken,
            )
        snapshot = self.snapshot
        ids: dict[Part, Any] = {Part.PARTICIPANTS: {participant_id}}
        written: dict[Part, Any] = {}
        for part, entries in ((Part.QUEUE, snapshot.queue), (Part.REMOTE_QUEUE, snapshot.remote_queue)):
            left = tuple(entry for entry in entries if entry.participant_id != participant_id)
            if moved := changed_ids(entries, left, ordered=True):
                ids[part], written[part] = moved, left
        # Their notes stay, without the link to them (the database clears it).
        if unlinked := {n.id for n in snapshot.notes if n.participant_id == participant_id}:
            ids[Part.NOTES] = unlinked
        self._writer.commit(
            lambda: self.repository.delete_participant(participant_id),
            ids,
            written=written,
            then=partial(self.queues.forget, participant_id=participant_id),
        )

    def import_roster(
        self, roster: RosterResult, *, duplicates: Duplicates = "skip", only_good_rows: bool = False
    ) -> RosterImportSummary:
        """Add a roster's people (and update those already here, if asked) in one commit.

        Raises RosterImportError or ValidationError (nothing stored); services/imports.py says more.
        """
        from moderator_app.services.imports import plan_roster_import, store_roster_plan

        plan = plan_roster_import(
            self.snapshot.participants,
            self.session_id,
            roster,
            regions=self.regions,
            duplicates=duplicates,
            only_good_rows=only_good_rows,
            id_factory=self._new_id,
        )
        if plan.ids:
            now = self.clock.now().wall
            self._writer.commit(
                lambda: store_roster_plan(self.repository, self.session_id, plan, now=now),
                {Part.PARTICIPANTS: plan.ids},
            )
        return plan.summary

    # -- the floor and the timer (console_floor.py) -------------------------------------------
    def give_floor(
        self,
        participant_id: str,
        kind: InterventionKind = InterventionKind.INTERVENTION,
        *,
        from_entry_id: str | None = None,
        allotted_seconds: int | None = None,
    ) -> Intervention:
        """End whoever is speaking and start ``participant_id``'s intervention, in one commit."""
        return self.floor.give_floor(
            participant_id, kind, from_entry_id=from_entry_id, allotted_seconds=allotted_seconds
        )

    def next_entry(self) -> QueueEntry | None:
        return self.floor.next_entry()

    def next_speaker(self) -> Intervention:
        return self.floor.next_speaker()

    def toggle_timer(self) -> Intervention:
        return self.floor.toggle_timer()

    def end_intervention(self) -> Intervention:
        return self.floor.end_intervention()

    def adjust_time(self, delta_seconds: int) -> Intervention:
        return self.floor.adjust_time(delta_seconds)

    def set_allotted(self, allotted_seconds: int | None) -> Intervention:
        return self.floor.set_allotted(allotted_seconds)

    # -- the queues (console_queues.py) ----------------------------------------------------
    def enqueue(self, participant_id: str, kind: InterventionKind = InterventionKind.INTERVENTION) -> QueueEntry:
        return self.queues.enqueue(participant_id, kind)

    def withdraw(self, entry_id: str) -> None:
        self.queues.withdraw(entry_id)

    def move_entry(self, entry_id: str, new_index: int) -> None:
        self.queues.move_entry(entry_id, new_index)

    @property
    def can_undo_queue(self) -> bool:
        return self.queues.can_undo

    @property
    def can_redo_queue(self) -> bool:
        return self.queues.can_redo

    def undo_queue(self) -> None:
        self.queues.undo()

    def redo_queue(self) -> None:
        self.queues.redo()

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
        return self.queues.add_remote(
            participant_id=participant_id, name=name, affiliation=affiliation, platform=platform, text=text, kind=kind
        )

    def withdraw_remote(self, entry_id: str) -> None:
        self.queues.withdraw_remote(entry_id)

    def move_remote(self, entry_id: str, new_index: int) -> None:
        self.queues.move_remote(entry_id, new_index)

    def interleave_remote(self, entry_id: str | None = None) -> QueueEntry:
        return self.queues.interleave_remote(entry_id)

    # -- notes (console_notes.py) -------------------------------------------------------------
    def add_note(self, text: str, tags: Sequence[str] = ()) -> Note:
        return self.note_history.add(text, tags)

    def update_note(
        self,
        note_id: str,
        *,
        text: str | None = None,
        tags: Sequence[str] | None = None,
        participant_id: str | object | None = KEEP,
        segment_id: str | object | None = KEEP,
        intervention_id: str | object | None = KEEP,
    ) -> Note:
        return self.note_history.update(
            note_id,
            text=text,
            tags=tags,
            participant_id=participant_id,
            segment_id=segment_id,
            intervention_id=intervention_id,
        )

    def delete_note(self, note_id: str) -> None:
        self.note_history.delete(note_id)

    @property
    def can_undo_note(self) -> bool:
        return self.note_history.can_undo

    def undo_note(self) -> None:
        self.note_history.undo()

    def search_notes(self, query: str) -> list[Note]:
        return self.note_history.search(query)

    # -- sleep gaps (console_suspend.py) --------------------------------------------------------
    def watch_for_sleep(self, threshold: float = SUSPEND_THRESHOLD_SECONDS) -> SuspendGap | None:
        return self.suspend_watch.watch(threshold)

    def suspend_gaps(self) -> list[SuspendGap]:
        return self.suspend_watch.gaps()

    def pending_suspend_gaps(self) -> list[SuspendGap]:
        return self.suspend_watch.pending()

    def suspend_gap(self, gap_id: str) -> SuspendGap:
        return self.suspend_watch.gap(gap_id)

    def keep_suspend_gap(self, gap_id: str) -> SuspendGap:
        return self.suspend_watch.keep(gap_id)

    def discount_suspend_gap(self, gap_id: str) -> SuspendGap:
        return self.suspend_watch.discount(gap_id)

    def undo_suspend_decision(self, gap_id: str) -> SuspendGap:
        return self.suspend_watch.undo(gap_id)

    # -- balance (console_balance.py) -----------------------------------------------------------
    def balance(self, now: Instant | None = None, reference: ReferenceSet | None = None) -> Balance:
        """The balance at ``now``; the work that only changes with a command is done once per change."""
        chosen = reference or ReferenceSet(self.session.balance_reference)
        return self.balances.at(self.snapshot, chosen, now or self.clock.now())

    def suggestion(self, balance: Balance | None = None) -> Suggestion | None:
        snapshot = self.snapshot
        return suggest_next(
            snapshot.queue,
            snapshot.participants,
            balance or self.balance(),
            self.session.suggestion_priorities,
            snapshot.remote_queue,
        )

    def accept_suggestion(self) -> Intervention:
        """Give the floor to the suggested speaker (from either queue); everyone else keeps their place."""
        suggestion = self.suggestion()
        if suggestion is None:
            raise ValidationError("The queue is empty, so there is nobody to suggest.")
        waiting = self.snapshot.remote_queue if suggestion.remote else self.snapshot.queue
        entry = waiting[suggestion.position]
        return self.give_floor(entry.participant_id, entry.kind, from_entry_id=entry.id)

    def set_balance_settings(self, reference: str, priorities: Sequence[str]) -> None:
        self.steering.set_balance_settings(reference, priorities)

    def set_contingents(self, contingents: Sequence[Contingent]) -> None:
        self.steering.set_contingents(contingents)

    def add_contingent_time(self, group: StakeholderGroup, seconds: int) -> Contingent:
        return self.steering.add_contingent_time(group, seconds)

    # -- the rapporteur's report (console_report.py) ---------------------------------------------
    def report(
        self,
        template_name: str,
        user_templates_dir: Path | None,
        now: Instant,
        *,
        balance: Balance | None = None,
        language: str | None = None,
    ) -> Report:
        return self.drafts.report(template_name, user_templates_dir, now, balance=balance, language=language)

    def report_sections(self, template: str) -> dict[str, StoredSection]:
        return self.drafts.sections(template)

    def attendance(self) -> Attendance:
        return self.drafts.attendance()

    def save_section_edit(
        self, report: Report, section_key: str, text: str, *, reviewed: bool = False, based_on: str | None = None
    ) -> str:
        return self.drafts.save_section_edit(report, section_key, text, reviewed=reviewed, based_on=based_on)

    def reset_section_edit(self, template: str, section_key: str) -> None:
        self.drafts.reset_section_edit(template, section_key)

    def save_attendance(self, attendance: Attendance) -> None:
        self.drafts.save_attendance(attendance)
