"""The console's suspend-gap commands: notice a sleep during a running turn, keep it or take it off, undo.

The window calls ``watch_for_sleep`` about once a second. A sleep of 30 s or more during a turn that
was running before and after it is recorded as a pending gap (committed, so a crash before the
moderator answers asks again at the next start). The moderator's answer is a command like any
other: validated, committed with the turn's changed time, undoable, and never asked again.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from moderator_app.domain import suspend
from moderator_app.domain.enums import InterventionState
from moderator_app.domain.suspend import GapDecision, SleepReading, SuspendGap
from moderator_app.domain.text import ValidationError
from moderator_app.domain.timer import Intervention
from moderator_app.storage.suspend_gaps import load_gaps, save_gaps
from moderator_app.system.clock import SleepAwareClock

if TYPE_CHECKING:
    from moderator_app.domain.snapshot import SessionSnapshot
    from moderator_app.storage.repository import SessionRepository
    from moderator_app.system.clock import Clock


class SuspendMixin:
    """Needs from SessionConsole: snapshot, repository, clock, session_id, _new_id, _refresh."""

    snapshot: SessionSnapshot
    repository: SessionRepository
    clock: Clock
    session_id: Any
    _new_id: Callable[[], str]
    _refresh: Callable[..., None]
    #: The last sleep reading, and the turn that was running then (in memory only: a baseline).
    _sleep_seen: tuple[SleepReading, str | None] | None = None

    def watch_for_sleep(self, threshold: float = suspend.SUSPEND_THRESHOLD_SECONDS) -> SuspendGap | None:
        """Compare the clocks with the last call; record and return a gap if the machine slept mid-turn."""
        if not isinstance(self.clock, SleepAwareClock):
            return None
        reading = self.clock.sleep_reading()
        current = self.snapshot.current_intervention
        running = current.id if current is not None and current.state is InterventionState.RUNNING else None
        previous, self._sleep_seen = self._sleep_seen, (reading, running)
        # Nothing can change while the machine sleeps, so the turn running just before the sleep and
        # just after it ran all through it.
        if previous is None or running is None or previous[1] != running:
            return None
        slept = suspend.sleep_between(previous[0], reading, threshold)
        if slept is None:
            return None
        gap = SuspendGap(self._new_id(), self.session_id, running, round(slept, 3), self.clock.now().wall)
        save_gaps(self.repository, self.session_id, [*self.suspend_gaps(), gap], now=gap.detected_at)
        self._refresh("interventions")
        return gap

    def suspend_gaps(self) -> list[SuspendGap]:
        return load_gaps(self.repository, self.session_id)

    def pending_suspend_gaps(self) -> list[SuspendGap]:
        """Gaps the moderator has not decided on, oldest first (a turn since deleted is not asked about)."""
        present = {intervention.id for intervention in self.snapshot.interventions}
        return [
            gap for gap in self.suspend_gaps() if gap.decision is GapDecision.PENDING and gap.intervention_id in present
        ]

    def suspend_gap(self, gap_id: str) -> SuspendGap:
        gap = next((gap for gap in self.suspend_gaps() if gap.id == gap_id), None)
        if gap is None:
            raise ValidationError("That sleep gap is not recorded in this session.")
        return gap

    def keep_suspend_gap(self, gap_id: str) -> SuspendGap:
        """The sleep stays speaking time; only the decision is recorded."""
        return self._decide(gap_id, GapDecision.PENDING, GapDecision.KEPT, None)

    def discount_suspend_gap(self, gap_id: str) -> SuspendGap:
        """The sleep is taken off the turn's speaking time (and becomes paused time)."""
        now = self.clock.now()
        return self._decide(
            gap_id, GapDecision.PENDING, GapDecision.REMOVED, lambda turn, gap: suspend.discount(turn, gap.seconds, now)
        )

    def undo_suspend_decision(self, gap_id: str) -> SuspendGap:
        """Back to undecided; time taken off is put back."""
        gap = self.suspend_gap(gap_id)
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
        gaps = self.suspend_gaps()
        gap = next((gap for gap in gaps if gap.id == gap_id), None)
        if gap is None:
            raise ValidationError("That sleep gap is not recorded in this session.")
        if gap.decision is not expected:
            raise ValidationError("This sleep gap has already been decided; Undo first to change the decision.")
        turn = next((i for i in self.snapshot.interventions if i.id == gap.intervention_id), None)
        if turn is None:
            raise ValidationError("The turn this sleep happened in is no longer in the session. Nothing was changed.")
        changed = [change(turn, gap)] if change is not None else []
        decided = replace(gap, decision=decision)
        save_gaps(
            self.repository,
            self.session_id,
            [decided if g.id == gap_id else g for g in gaps],
            interventions=changed,
            now=self.clock.now().wall,
        )
        self._refresh("interventions")
        return decided
