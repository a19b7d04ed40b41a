"""Interventions and their timer: speaking time from persisted anchors and a clock, never ticks."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from moderator_app.domain.clock import Instant, seconds_between
from moderator_app.domain.enums import InterventionKind, InterventionState, Phase
from moderator_app.domain.text import ValidationError

MIN_ALLOTTED = 0
MAX_ALLOTTED = 4 * 3600


@dataclass(frozen=True, slots=True)
class Intervention:
    """One turn at the floor.

    ``banked_*`` hold the seconds of finished runs and pauses; ``anchor`` marks the
    start of the current run (when running) or pause (when paused). The live value
    is always ``banked + seconds_between(anchor, now)``, so a restart, a stalled
    event loop or a wall-clock change cannot make the timer drift.
    """

    id: str
    session_id: str
    participant_id: str
    segment_id: str | None
    kind: InterventionKind
    allotted_seconds: int | None
    started_at: datetime
    state: InterventionState
    anchor: Instant | None
    banked_speaking_seconds: float = 0.0
    banked_paused_seconds: float = 0.0
    pause_count: int = 0
    ended_at: datetime | None = None

    def speaking_seconds(self, now: Instant) -> float:
        if self.state is InterventionState.RUNNING and self.anchor is not None:
            return self.banked_speaking_seconds + seconds_between(self.anchor, now)
        return self.banked_speaking_seconds

    def paused_seconds(self, now: Instant) -> float:
        if self.state is InterventionState.PAUSED and self.anchor is not None:
            return self.banked_paused_seconds + seconds_between(self.anchor, now)
        return self.banked_paused_seconds

    @property
    def speaking_seconds_at_end(self) -> float:
        """Speaking time of a finished turn (no clock needed: nothing accrues after the end)."""
        return self.banked_speaking_seconds

    @property
    def is_open(self) -> bool:
        return self.state is not InterventionState.ENDED


def resolve_allotted(*, override: int | None, segment_default: int | None, session_default: int) -> int:
    """Per-intervention override, else the segment's default, else the session's."""
    for candidate in (override, segment_default):
        if candidate is not None:
            return candidate
    return session_default


def start(
    *,
    intervention_id: str,
    session_id: str,
    participant_id: str,
    segment_id: str | None,
    kind: InterventionKind,
    allotted_seconds: int | None,
    now: Instant,
) -> Intervention:
    return Intervention(
        id=intervention_id,
        session_id=session_id,
        participant_id=participant_id,
        segment_id=segment_id,
        kind=kind,
        allotted_seconds=allotted_seconds,
        started_at=now.wall,
        state=InterventionState.RUNNING,
        anchor=now,
    )


def pause(intervention: Intervention, now: Instant) -> Intervention:
    if intervention.state is not InterventionState.RUNNING:
        raise ValidationError("The timer is not running, so it cannot be paused.")
    return replace(
        intervention,
        state=InterventionState.PAUSED,
        banked_speaking_seconds=intervention.speaking_seconds(now),
        anchor=now,
        pause_count=intervention.pause_count + 1,
    )


def resume(intervention: Intervention, now: Instant) -> Intervention:
    if intervention.state is not InterventionState.PAUSED:
        raise ValidationError("The timer is not paused, so it cannot be resumed.")
    return replace(
        intervention,
        state=InterventionState.RUNNING,
        banked_paused_seconds=intervention.paused_seconds(now),
        anchor=now,
    )


def end(intervention: Intervention, now: Instant) -> Intervention:
    if intervention.state is InterventionState.ENDED:
        raise ValidationError("This intervention has already ended.")
    return replace(
        intervention,
        state=InterventionState.ENDED,
        banked_speaking_seconds=intervention.speaking_seconds(now),
        banked_paused_seconds=intervention.paused_seconds(now),
        anchor=None,
        ended_at=now.wall,
    )


def adjust_allotted(intervention: Intervention, delta_seconds: int) -> Intervention:
    """Give or take time (±30 s from the keyboard); untimed turns gain a limit from zero."""
    current = intervention.allotted_seconds or 0
    return set_allotted(intervention, max(MIN_ALLOTTED, current + delta_seconds))


def set_allotted(intervention: Intervention, allotted_seconds: int | None) -> Intervention:
    if allotted_seconds is not None and not MIN_ALLOTTED <= allotted_seconds <= MAX_ALLOTTED:
        raise ValidationError("Allotted time must be between 0 seconds and 4 hours.")
    return replace(intervention, allotted_seconds=allotted_seconds)


@dataclass(frozen=True, slots=True)
class TimerReading:
    """What the timer shows at one instant."""

    phase: Phase
    speaking_seconds: float
    allotted_seconds: int | None
    remaining_seconds: float | None
    running: bool

    @property
    def overtime_seconds(self) -> float:
        if self.remaining_seconds is None or self.remaining_seconds > 0:
            return 0.0
        return -self.remaining_seconds


IDLE_READING = TimerReading(Phase.IDLE, 0.0, None, None, False)


def read_timer(intervention: Intervention | None, now: Instant, warning_seconds: int) -> TimerReading:
    """Phase: normal, then warning in the last ``warning_seconds``, then overtime at zero."""
    if intervention is None or intervention.state is InterventionState.ENDED:
        return IDLE_READING
    speaking = intervention.speaking_seconds(now)
    allotted = intervention.allotted_seconds
    running = intervention.state is InterventionState.RUNNING
    # None means "no limit"; zero is a limit that has been reached (e.g. after taking 30 s twice).
    if allotted is None:
        return TimerReading(Phase.NORMAL, speaking, None, None, running)
    remaining = allotted - speaking
    if remaining <= 0:
        phase = Phase.OVERTIME
    elif remaining <= warning_seconds:
        phase = Phase.WARNING
    else:
        phase = Phase.NORMAL
    return TimerReading(phase, speaking, allotted, remaining, running)
