"""The console's sleep gaps: notice a sleep during a running turn, keep it or take it off, undo.

The window calls ``console.watch_for_sleep`` about once a second. A sleep of 30 s or more during a turn that
was running before and after it is recorded as a pending gap (committed, so a crash before the
moderator answers asks again at the next start). The moderator's answer is a command like any
other: validated, committed with the turn's changed time, undoable, and never asked again.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from moderator_app.domain import suspend
from moderator_app.domain.changes import Part
from moderator_app.domain.enums import InterventionState
from moderator_app.domain.suspend import GapDecision, SleepReading, SuspendGap
from moderator_app.domain.text import ValidationError
from moderator_app.domain.timer import Intervention
from moderator_app.services.console_writer import SessionWriter
from moderator_app.storage.suspend_gaps import load_gaps, save_gaps
from moderator_app.system.clock import Clock, SleepAwareClock


class SuspendWatch:
    """Notices sleeps during a running turn and records the moderator's decisions about them.

    A recorded or decided gap is published as a change to the turn it happened in.
    """

    def __init__(self, writer: SessionWriter, clock: Clock, new_id: Callable[[], str]) -> None:
        self._writer = writer
        self._clock = clock
        self._new_id = new_id
        #: The last sleep reading, and the turn that was running then (in memory only: a baseline).
        self._seen: tuple[SleepReading, str | None] | None = None

    def watch(self, threshold: float = suspend.SUSPEND_THRESHOLD_SECONDS) -> SuspendGap | None:
        """Compare the clocks with the last call; record and return a gap if the machine slept mid-turn."""
        if not isinstance(self._clock, SleepAwareClock):
            return None
        reading = self._clock.sleep_reading()
        current = self._writer.snapshot.current_intervention
        running = current.id if current is not None and current.state is InterventionState.RUNNING else None
        previous, self._seen = self._seen, (reading, running)
        # Nothing can change while the machine sleeps, so the turn running just before the sleep and
        # just after it ran all through it.
        if previous is None or running is None or previous[1] != running:
            return None
        slept = suspend.sleep_between(previous[0], reading, threshold)
        if slept is None:
            return None
        session_id = self._writer.session_id
        gap = SuspendGap(self._new_id(), session_id, running, round(slept, 3), self._clock.now().wall)
        gaps = [*self.gaps(), gap]
        repository = self._writer.repository
        self._writer.commit(
            lambda: save_gaps(repository, session_id, gaps, now=gap.detected_at),
            {Part.INTERVENTIONS: {running}},
            written={Part.INTERVENTIONS: []},  # the turn itself is as it was
        )
        return gap

    def gaps(self) -> list[SuspendGap]:
        return load_gaps(self._writer.repository, self._writer.session_id)

    def pending(self) -> list[SuspendGap]:
        """Gaps the moderator has not decided on, oldest first (a turn since deleted is not asked about)."""
        present = {intervention.id for intervention in self._writer.snapshot.interventions}
        return [gap for gap in self.gaps() if gap.decision is GapDecision.PENDING and gap.intervention_id in present]

    def gap(self, gap_id: str) -> SuspendGap:
        gap = next((gap for gap in self.gaps() if gap.id == gap_id), None)
        if gap is None:
            raise ValidationError("That sleep gap is not recorded in this session.")
        return gap

    def keep(self, gap_id: str) -> SuspendGap:
        """The sleep stays speaking time; only the decision is recorded."""
        return self._decide(gap_id, GapDecision.PENDING, GapDecision.KEPT, None)

    def discount(self, gap_id: str) -> SuspendGap:
        """The sleep is taken off the turn's speaking time (and becomes paused time)."""
        now = self._clock.now()
        return self._decide(
            gap_id, GapDecision.PENDING, GapDecision.REMOVED, lambda turn, gap: suspend.discount(turn, gap.seconds, now)
        )

    def undo(self, gap_id: str) -> SuspendGap:
        """Back to undecided; time taken off is put back."""
        gap = self.gap(gap_id)
        if gap.decision is GapDecision.PENDING:
            raise ValidationError("Nothing to undo: this sleep gap has not been decided yet.")
        change = (lambda turn, g: suspend.recount(turn, g.seconds)) if gap.decision is GapDecision.REMOVED else None
        return self._decide(gap_id, gap.decision, GapDecision.PENDING, change)

    def _decide(
        self,
        gap_id: str,
        expected: GapDecision,
        decision: GapDecision,
        change: Callable[[Intervention, SuspendGap], Intervention] | None,
    ) -> SuspendGap:
        gaps = self.gaps()
        gap = next((gap for gap in gaps if gap.id == gap_id), None)
        if gap is None:
            raise ValidationError("That sleep gap is not recorded in this session.")
        if gap.decision is not expected:
            raise ValidationError("This sleep gap has already been decided; Undo first to change the decision.")
        turn = next((i for i in self._writer.snapshot.interventions if i.id == gap.intervention_id), None)
        if turn is None:
            raise ValidationError("The turn this sleep happened in is no longer in the session. Nothing was changed.")
        changed = [change(turn, gap)] if change is not None else []
        decided = replace(gap, decision=decision)
        kept = [decided if g.id == gap_id else g for g in gaps]
        repository, session_id, now = self._writer.repository, self._writer.session_id, self._clock.now().wall
        self._writer.commit(
            lambda: save_gaps(repository, session_id, kept, interventions=changed, now=now),
            {Part.INTERVENTIONS: {turn.id}},
            written={Part.INTERVENTIONS: changed},
        )
        return decided
