"""Suspend gaps: the laptop slept while a turn ran. Found by comparing a clock that sleeps with one that does not.

The timer's steady clock keeps counting while the machine is suspended (a lid closed over a coffee
break must not shorten the session clock). For a speaker's turn that is usually wrong: nobody spoke
while the laptop slept. So a gap is detected and the moderator decides: keep it as speaking time, or
take it out, where it becomes paused time (nothing vanishes from the record).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from enum import StrEnum
from typing import Any

from moderator_app.domain.clock import Instant
from moderator_app.domain.enums import InterventionState
from moderator_app.domain.text import ValidationError
from moderator_app.domain.timer import Intervention

#: Shorter sleeps are not worth a question (and a busy machine can stall for seconds).
SUSPEND_THRESHOLD_SECONDS = 30.0


class GapDecision(StrEnum):
    PENDING = "pending"
    KEPT = "kept"
    REMOVED = "removed"


@dataclass(frozen=True, slots=True)
class SleepReading:
    """The machine's clocks at one moment.

    ``steady`` counts suspended time (the timer's clock); ``asleep`` is the total time the machine
    has been suspended since boot, where the platform can tell (Linux: CLOCK_BOOTTIME minus
    CLOCK_MONOTONIC), else None.
    """

    steady: float
    asleep: float | None
    boot_id: str


def sleep_between(
    before: SleepReading, after: SleepReading, threshold: float = SUSPEND_THRESHOLD_SECONDS
) -> float | None:
    """Seconds the machine slept between two readings, if at least ``threshold``; else None.

    Where the platform counts sleep, that count is exact: a process that was merely busy or stopped
    is not taken for asleep. Elsewhere the only sign is the steady clock leaping between two
    readings taken about a second apart, during which the app ran nothing.
    """
    if before.boot_id != after.boot_id or after.steady < before.steady:
        return None
    if before.asleep is not None and after.asleep is not None:
        slept = after.asleep - before.asleep
    else:
        slept = after.steady - before.steady
    return slept if slept >= threshold else None


@dataclass(frozen=True, slots=True)
class SuspendGap:
    """A sleep found while ``intervention_id`` was running, and what the moderator decided about it."""

    id: str
    session_id: str
    intervention_id: str
    seconds: float
    detected_at: datetime
    decision: GapDecision = GapDecision.PENDING

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "session_id": self.session_id,
            "intervention_id": self.intervention_id,
            "seconds": self.seconds,
            "detected_at": self.detected_at.isoformat(),
            "decision": self.decision.value,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> SuspendGap:
        return cls(
            id=str(data["id"]),
            session_id=str(data["session_id"]),
            intervention_id=str(data["intervention_id"]),
            seconds=float(data["seconds"]),
            detected_at=datetime.fromisoformat(str(data["detected_at"])),
            decision=GapDecision(data.get("decision", GapDecision.PENDING.value)),
        )


def discount(intervention: Intervention, seconds: float, now: Instant) -> Intervention:
    """Take ``seconds`` of sleep out of a turn's speaking time; they become paused time."""
    if seconds <= 0:
        raise ValidationError("There is no sleep time to take off.")
    speaking = intervention.speaking_seconds(now)
    if seconds > speaking + 1.0:
        raise ValidationError(
            "The sleep time is longer than this turn's speaking time, so it cannot be taken off. Nothing was changed."
        )
    seconds = min(seconds, speaking)
    if intervention.state is InterventionState.RUNNING:
        # Re-anchored at now, so the banked time never goes below zero while the turn runs on.
        return replace(
            intervention,
            banked_speaking_seconds=speaking - seconds,
            banked_paused_seconds=intervention.banked_paused_seconds + seconds,
            anchor=now,
        )
    return replace(
        intervention,
        banked_speaking_seconds=intervention.banked_speaking_seconds - seconds,
        banked_paused_seconds=intervention.banked_paused_seconds + seconds,
    )


def recount(intervention: Intervention, seconds: float) -> Intervention:
    """Undo ``discount``: the sleep counts as speaking time again."""
    if seconds <= 0:
        raise ValidationError("There is no sleep time to put back.")
    return replace(
        intervention,
        banked_speaking_seconds=intervention.banked_speaking_seconds + seconds,
        banked_paused_seconds=max(0.0, intervention.banked_paused_seconds - seconds),
    )
