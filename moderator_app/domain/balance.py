"""Speaking-time balance: who got the floor, by person and group, against who is present.

Counting rules (documented in docs/balance.md):
- Only *substantive* time counts: points of order are procedural, and people whose only roles
  are moderator, online moderator or rapporteur are facilitating. Both are totalled apart.
- A remote question read out by the online moderator is recorded as the remote participant's
  intervention, so it counts for them, not for the online moderator.
- Speaking time excludes pauses; a running intervention counts up to ``now``.
- A value that is not stated is its own group, ``unknown``; it never disappears.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from moderator_app.domain.clock import Instant
from moderator_app.domain.enums import InterventionKind, Role
from moderator_app.domain.names import ENGLISH, NOT_STATED
from moderator_app.domain.session import DEFAULT_SUGGESTION_PRIORITIES, Participant
from moderator_app.domain.timer import Intervention

UNKNOWN = "unknown"
FACILITATION_ROLES = frozenset({Role.MODERATOR, Role.ONLINE_MODERATOR, Role.RAPPORTEUR})
PROCEDURAL_KINDS = frozenset({InterventionKind.POINT_OF_ORDER})


class Dimension(StrEnum):
    PARTICIPANT = "participant"
    STAKEHOLDER_GROUP = "stakeholder_group"
    GENDER = "gender"
    REGION = "region"
    ATTENDANCE = "attendance"


GROUP_DIMENSIONS = (Dimension.STAKEHOLDER_GROUP, Dimension.GENDER, Dimension.REGION, Dimension.ATTENDANCE)


class ReferenceSet(StrEnum):
    """Whose head count a group's share of time is compared with."""

    SPEAKERS = "speakers"  # people with the speaker role
    TOOK_FLOOR = "took_floor"  # everyone who has had substantive time
    EVERYONE = "everyone"  # everyone on the roster except facilitators


NOT_YET_SPOKEN = "not_yet_spoken"
DEFAULT_PRIORITIES: tuple[str, ...] = DEFAULT_SUGGESTION_PRIORITIES
ALLOWED_PRIORITIES = (NOT_YET_SPOKEN, *(d.value for d in GROUP_DIMENSIONS))


def is_facilitator(participant: Participant) -> bool:
    """Only moderating or reporting roles: their time is facilitation, not participation."""
    return bool(participant.roles) and set(participant.roles) <= FACILITATION_ROLES


def counts_for_balance(intervention: Intervention, participant: Participant | None) -> bool:
    if participant is None or intervention.kind in PROCEDURAL_KINDS:
        return False
    return not is_facilitator(participant)


def key_of(participant: Participant, dimension: Dimension) -> str:
    value = {
        Dimension.PARTICIPANT: participant.id,
        Dimension.STAKEHOLDER_GROUP: participant.stakeholder_group,
        Dimension.GENDER: participant.gender,
        Dimension.REGION: participant.region,
        Dimension.ATTENDANCE: participant.attendance,
    }[dimension]
    return str(value) if value else UNKNOWN


def english_label(dimension: Dimension, key: str, participant: Participant | None = None) -> str:
    if dimension is Dimension.PARTICIPANT:
        return participant.name if participant else key
    if key == UNKNOWN:
        return NOT_STATED
    return ENGLISH.get(key, key)


@dataclass(frozen=True, slots=True)
class BalanceRow:
    key: str
    label: str
    seconds: float
    share: float
    interventions: int
    people: int
    people_share: float

    @property
    def gap(self) -> float:
        """Share of time minus share of people: above zero is over-represented."""
        return self.share - self.people_share


@dataclass(frozen=True, slots=True)
class DimensionBalance:
    dimension: Dimension
    rows: tuple[BalanceRow, ...]
    #: 1 − total variation distance between time shares and head-count shares; None before
    #: anyone has spoken or when nobody is in the reference set.
    index: float | None

    @property
    def time_to_move(self) -> float | None:
        """The fraction of speaking time that would have to change hands to match presence."""
        return None if self.index is None else 1.0 - self.index

    @property
    def most_over(self) -> BalanceRow | None:
        candidates = [row for row in self.rows if row.gap > 0]
        return max(candidates, key=lambda row: row.gap) if candidates else None

    @property
    def most_under(self) -> BalanceRow | None:
        candidates = [row for row in self.rows if row.gap < 0 and row.people > 0]
        return min(candidates, key=lambda row: row.gap) if candidates else None

    def row(self, key: str) -> BalanceRow | None:
        return next((row for row in self.rows if row.key == key), None)


@dataclass(frozen=True, slots=True)
class PersonTotals:
    seconds: float = 0.0
    interventions: int = 0
    counted_seconds: float = 0.0
    counted_interventions: int = 0


@dataclass(frozen=True, slots=True)
class Balance:
    reference: ReferenceSet
    total_seconds: float
    facilitation_seconds: float
    procedural_seconds: float
    dimensions: dict[Dimension, DimensionBalance]
    not_yet_spoken: tuple[str, ...]
    reference_people: tuple[str, ...]
    totals: dict[str, PersonTotals]


def person_totals(
    participants: Sequence[Participant], interventions: Iterable[Intervention], now: Instant
) -> dict[str, PersonTotals]:
    """Per person: all time (what the roster shows) and substantive time (what balance counts)."""
    by_id = {p.id: p for p in participants}
    totals: dict[str, list[float]] = {}
    for intervention in interventions:
        seconds = intervention.speaking_seconds(now)
        entry = totals.setdefault(intervention.participant_id, [0.0, 0, 0.0, 0])
        entry[0] += seconds
        entry[1] += 1
        if counts_for_balance(intervention, by_id.get(intervention.participant_id)):
            entry[2] += seconds
            entry[3] += 1
    return {pid: PersonTotals(v[0], int(v[1]), v[2], int(v[3])) for pid, v in totals.items()}


def _reference_people(
    participants: Sequence[Participant], totals: dict[str, PersonTotals], reference: ReferenceSet
) -> list[Participant]:
    if reference is ReferenceSet.SPEAKERS:
        return [p for p in participants if Role.SPEAKER in p.roles]
    if reference is ReferenceSet.TOOK_FLOOR:
        return [p for p in participants if totals.get(p.id, PersonTotals()).counted_interventions > 0]
    return [p for p in participants if not is_facilitator(p)]


def compute_balance(
    participants: Sequence[Participant],
    interventions: Iterable[Intervention],
    now: Instant,
    reference: ReferenceSet = ReferenceSet.SPEAKERS,
) -> Balance:
    interventions = list(interventions)
    totals = person_totals(participants, interventions, now)
    by_id = {p.id: p for p in participants}
    facilitation = procedural = 0.0
    for intervention in interventions:
        participant = by_id.get(intervention.participant_id)
        if intervention.kind in PROCEDURAL_KINDS:
            procedural += intervention.speaking_seconds(now)
        elif participant is not None and is_facilitator(participant):
            facilitation += intervention.speaking_seconds(now)
    total = sum(t.counted_seconds for t in totals.values())
    reference_people = _reference_people(participants, totals, reference)
    speakers = [p for p in participants if totals.get(p.id, PersonTotals()).counted_interventions > 0]
    dimensions = {
        dimension: _dimension(dimension, reference_people, speakers, totals, total)
        for dimension in (Dimension.PARTICIPANT, *GROUP_DIMENSIONS)
    }
    not_yet = tuple(
        p.id
        for p in participants
        if not is_facilitator(p) and totals.get(p.id, PersonTotals()).counted_interventions == 0
    )
    return Balance(
        reference=reference,
        total_seconds=total,
        facilitation_seconds=facilitation,
        procedural_seconds=procedural,
        dimensions=dimensions,
        not_yet_spoken=not_yet,
        reference_people=tuple(p.id for p in reference_people),
        totals=totals,
    )


def _dimension(
    dimension: Dimension,
    reference_people: Sequence[Participant],
    speakers: Sequence[Participant],
    totals: dict[str, PersonTotals],
    total: float,
) -> DimensionBalance:
    seconds: dict[str, float] = {}
    turns: dict[str, int] = {}
    people: dict[str, int] = {}
    labels: dict[str, str] = {}
    for participant in speakers:
        key = key_of(participant, dimension)
        person = totals[participant.id]
        seconds[key] = seconds.get(key, 0.0) + person.counted_seconds
        turns[key] = turns.get(key, 0) + person.counted_interventions
        labels.setdefault(key, english_label(dimension, key, participant))
    for participant in reference_people:
        key = key_of(participant, dimension)
        people[key] = people.get(key, 0) + 1
        labels.setdefault(key, english_label(dimension, key, participant))
    head_count = len(reference_people)
    rows = [
        BalanceRow(
            key=key,
            label=labels[key],
            seconds=seconds.get(key, 0.0),
            share=seconds.get(key, 0.0) / total if total > 0 else 0.0,
            interventions=turns.get(key, 0),
            people=people.get(key, 0),
            people_share=people.get(key, 0) / head_count if head_count else 0.0,
        )
        for key in labels
    ]
    rows.sort(key=lambda row: (row.key == UNKNOWN, -row.seconds, -row.people, row.label.casefold()))
    index = None
    if total > 0 and head_count:
        index = 1.0 - 0.5 * sum(abs(row.share - row.people_share) for row in rows)
    return DimensionBalance(dimension, tuple(rows), index)
