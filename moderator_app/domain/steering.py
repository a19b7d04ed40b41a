"""Acting on the balance: a suggested next speaker with its reasons, and time contingents per group."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from moderator_app.domain.balance import (
    ALLOWED_PRIORITIES,
    NOT_YET_SPOKEN,
    UNKNOWN,
    Balance,
    Dimension,
    is_facilitator,
    key_of,
)
from moderator_app.domain.enums import PRIORITY_KINDS, StakeholderGroup
from moderator_app.domain.queue import Queue
from moderator_app.domain.session import Participant
from moderator_app.domain.text import ValidationError

#: A group counts as under-represented when its share of time trails its share of people by this much.
UNDER_REPRESENTED_MARGIN = 0.05


@dataclass(frozen=True, slots=True)
class Reason:
    """One reason in words-to-be: ``kind`` is first_intervention, under_represented, priority or queue_order."""

    kind: str
    dimension: Dimension | None = None
    key: str = ""
    label: str = ""
    share: float = 0.0
    people_share: float = 0.0


@dataclass(frozen=True, slots=True)
class Suggestion:
    """The queue entry the balance suggests, and why; ``remote``: the entry is in the remote queue
    (``position`` is then its place there)."""

    entry_id: str
    participant_id: str
    position: int
    reasons: tuple[Reason, ...]
    remote: bool = False


def check_priorities(priorities: Sequence[str]) -> tuple[str, ...]:
    cleaned: list[str] = []
    for priority in priorities:
        if priority not in ALLOWED_PRIORITIES:
            raise ValidationError(
                "'{priority}' cannot steer the suggestion; use one of: {allowed}.",
                priority=priority,
                allowed=", ".join(ALLOWED_PRIORITIES),
            )
        if priority not in cleaned:
            cleaned.append(priority)
    return tuple(cleaned)


def suggest_next(
    queue: Queue,
    participants: Sequence[Participant],
    balance: Balance,
    priorities: Sequence[str],
    remote_queue: Queue = (),
) -> Suggestion | None:
    """The entry whose speaker would most improve the balance on ``priorities`` (most important first).

    Points of order and direct replies at the head are always heard first. Otherwise each waiting
    person, in the main queue and in the remote queue alike (the balance counts remote turns as
    any other), scores, per priority, 1 for a first intervention and, for a group dimension, how
    far their group's share of time trails its share of people; priorities weigh 9, 3, 1, … so an
    earlier one nearly always decides. Ties keep queue order, the main queue before the remote
    one. The queues themselves are never changed here.
    """
    if not queue and not remote_queue:
        return None
    by_id = {p.id: p for p in participants}
    if queue and queue[0].kind in PRIORITY_KINDS:
        head = queue[0]
        return Suggestion(head.id, head.participant_id, 0, (Reason("priority"),))
    waiting = [(entry, position, False) for position, entry in enumerate(queue)]
    waiting += [(entry, position, True) for position, entry in enumerate(remote_queue)]
    not_yet = set(balance.not_yet_spoken)
    best: tuple[float, int] | None = None
    chosen: Suggestion | None = None
    weights = [3.0 ** (len(priorities) - 1 - i) for i in range(len(priorities))]
    # Moderators and rapporteurs are not suggested while anyone else waits: their time is facilitation.
    contenders = [e for e, _p, _r in waiting if (p := by_id.get(e.participant_id)) and not is_facilitator(p)]
    considered = {id(e) for e in contenders} if contenders else {id(e) for e, _p, _r in waiting}
    for order, (entry, position, remote) in enumerate(waiting):
        participant = by_id.get(entry.participant_id)
        if participant is None or id(entry) not in considered:
            continue
        score = 0.0
        reasons: list[Reason] = []
        for weight, priority in zip(weights, priorities, strict=True):
            if priority == NOT_YET_SPOKEN:
                if participant.id in not_yet:
                    score += weight
                    reasons.append(Reason("first_intervention"))
                continue
            dimension = Dimension(priority)
            if balance.total_seconds <= 0:
                continue
            key = key_of(participant, dimension)
            row = balance.dimensions[dimension].row(key)
            if row is None or key == UNKNOWN:
                # Not knowing someone's group is no reason to prefer or pass them over.
                continue
            deficit = row.people_share - row.share
            score += weight * deficit
            # A hair of tolerance: 0.5 − 0.45 is 0.04999… in floating point, yet exactly the margin.
            if deficit >= UNDER_REPRESENTED_MARGIN - 1e-9:
                reasons.append(Reason("under_represented", dimension, row.key, row.label, row.share, row.people_share))
        rank = (score, -order)
        if best is None or rank > best:
            best = rank
            reasons = reasons or [Reason("queue_order")]
            chosen = Suggestion(entry.id, entry.participant_id, position, tuple(reasons), remote=remote)
    return chosen


@dataclass(frozen=True, slots=True)
class Contingent:
    """A speaking-time budget for one stakeholder group, as parliaments give factions."""

    stakeholder_group: StakeholderGroup
    budget_seconds: int
    added_seconds: int = 0

    @property
    def allowance_seconds(self) -> int:
        return self.budget_seconds + self.added_seconds


@dataclass(frozen=True, slots=True)
class ContingentStatus:
    """A contingent and how much of it has been spoken."""

    contingent: Contingent
    used_seconds: float

    @property
    def remaining_seconds(self) -> float:
        """May go below zero: the group has spoken past its allowance."""
        return self.contingent.allowance_seconds - self.used_seconds


def contingent_status(contingents: Sequence[Contingent], balance: Balance) -> list[ContingentStatus]:
    groups = balance.dimensions[Dimension.STAKEHOLDER_GROUP]
    result = []
    for contingent in contingents:
        row = groups.row(contingent.stakeholder_group.value)
        result.append(ContingentStatus(contingent, row.seconds if row else 0.0))
    return result


def check_contingent(contingent: Contingent) -> Contingent:
    if not 0 <= contingent.budget_seconds <= 24 * 3600:
        raise ValidationError("A contingent's budget must be between 0 and 1440 minutes.")
    if abs(contingent.added_seconds) > 24 * 3600:
        raise ValidationError("Added time must stay within ±1440 minutes.")
    return contingent
