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
from typing import NamedTuple

from moderator_app.domain.clock import Instant
from moderator_app.domain.enums import InterventionKind, Role
from moderator_app.domain.names import ENGLISH, NOT_STATED
from moderator_app.domain.session import DEFAULT_SUGGESTION_PRIORITIES, Participant
from moderator_app.domain.timer import Intervention

UNKNOWN = "unknown"
FACILITATION_ROLES = frozenset({Role.MODERATOR, Role.ONLINE_MODERATOR, Role.RAPPORTEUR})
PROCEDURAL_KINDS = frozenset({InterventionKind.POINT_OF_ORDER})


class Dimension(StrEnum):
    """The ways the balance slices speaking time."""

    PARTICIPANT = "participant"
    STAKEHOLDER_GROUP = "stakeholder_group"
    GENDER = "gender"
    REGION = "region"
    ATTENDANCE = "attendance"


#: Every dimension, in the order the window, the reports and the command line show them: a new
#: dimension is added to the enum above and appears everywhere.
DIMENSIONS: tuple[Dimension, ...] = tuple(Dimension)
GROUP_DIMENSIONS: tuple[Dimension, ...] = tuple(d for d in DIMENSIONS if d is not Dimension.PARTICIPANT)


class DimensionTitle(NamedTuple):
    """A dimension's English words (the window's own, translated, are in ui/common/labels.py)."""

    #: A column or table title of the command line's statistics.
    title: str
    #: The heading of the report's table: a key the report catalogs translate.
    report_heading: str


#: The one place the command line and the reports name a dimension.
TITLES: dict[Dimension, DimensionTitle] = {
    Dimension.PARTICIPANT: DimensionTitle("Person", "Person"),
    Dimension.STAKEHOLDER_GROUP: DimensionTitle("Stakeholder group", "Stakeholder group"),
    Dimension.GENDER: DimensionTitle("Gender", "Gender"),
    Dimension.REGION: DimensionTitle("UN regional group", "UN regional group"),
    Dimension.ATTENDANCE: DimensionTitle("Attendance", "Onsite or remote"),
}


class ReferenceSet(StrEnum):
    """Whose head count a group's share of time is compared with."""

    SPEAKERS = "speakers"  # people with the speaker role
    TOOK_FLOOR = "took_floor"  # everyone who has had substantive time
    EVERYONE = "everyone"  # everyone on the roster except facilitators


NOT_YET_SPOKEN = "not_yet_spoken"
DEFAULT_PRIORITIES: tuple[str, ...] = DEFAULT_SUGGESTION_PRIORITIES
ALLOWED_PRIORITIES = (NOT_YET_SPOKEN, *(d.value for d in GROUP_DIMENSIONS))


def is_facilitator(participant: Participant) -> bool:
    """Only moderating or reporting roles (organising too does not change that): their time is facilitation.

    A moderator who also organised the session still chairs it; counting their chairing as
    participation showed them with a large share of the time and none of the people.
    """
    roles = set(participant.roles) - {Role.ORGANIZER}
    return bool(roles) and roles <= FACILITATION_ROLES


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


class BalanceRow(NamedTuple):
    """One bar. A NamedTuple rather than a frozen dataclass: 200 of them are built every tick."""

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
    """One dimension's rows and its balance index."""

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


class PersonTotals(NamedTuple):
    """One person's time: all of it (the roster) and the substantive part (the balance)."""

    seconds: float = 0.0
    interventions: int = 0
    counted_seconds: float = 0.0
    counted_interventions: int = 0


@dataclass(frozen=True, slots=True)
class Balance:
    """The whole balance at one instant: every dimension, totals apart, who has not spoken."""

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
    participants: Sequence[Participant], took_floor: Sequence[Participant], reference: ReferenceSet
) -> list[Participant]:
    if reference is ReferenceSet.SPEAKERS:
        return [p for p in participants if Role.SPEAKER in p.roles]
    if reference is ReferenceSet.TOOK_FLOOR:
        return list(took_floor)
    return [p for p in participants if not is_facilitator(p)]


def compute_balance(
    participants: Sequence[Participant],
    interventions: Iterable[Intervention],
    now: Instant,
    reference: ReferenceSet = ReferenceSet.SPEAKERS,
) -> Balance:
    return BalanceTracker(participants, interventions, reference).at(now)


class BalanceTracker:
    """The balance of one snapshot of a session, cheap to read at every timer tick.

    Everything that only changes when the moderator acts (who is present, their groups, the
    time of finished turns) is worked out once here; ``at(now)`` then adds the open turn's
    time so far. Construct a new tracker whenever the roster changes; after a command that only
    ended, paused or added turns, ``advanced`` gives the new one without summing every turn again.
    """

    # Set by _derive (declared here because ``advanced`` may take them over from another tracker).
    _speakers: list[Participant]
    _reference_people: Sequence[Participant]
    _head_count: int
    _people: dict[Dimension, dict[str, int]]
    _labels: dict[Dimension, dict[str, str]]
    not_yet_spoken: tuple[str, ...]

    def __init__(
        self,
        participants: Sequence[Participant],
        interventions: Iterable[Intervention],
        reference: ReferenceSet = ReferenceSet.SPEAKERS,
    ) -> None:
        self.participants = tuple(participants)
        self.reference = reference
        self._by_id = {p.id: p for p in self.participants}
        self._facilitator = {p.id: is_facilitator(p) for p in self.participants}
        self._keys = {
            dimension: {p.id: key_of(p, dimension) for p in self.participants}
            for dimension in (Dimension.PARTICIPANT, *GROUP_DIMENSIONS)
        }
        # Finished turns are fixed; at most one turn is open and grows with the clock.
        self._interventions = tuple(interventions)
        self._closed: dict[str, list[float]] = {}
        self._open: list[tuple[Intervention, bool]] = []
        self._open_at: list[int] = []
        self._closed_facilitation = self._closed_procedural = 0.0
        self._accumulate(range(len(self._interventions)))
        self._derive()

    def advanced(self, interventions: Sequence[Intervention]) -> BalanceTracker:
        """The tracker for the same roster after a command changed only open turns or added turns.

        Finished turns are fixed, so their sums are kept and only the open turns (now ended, paused
        or still running) and the new ones are counted again: a next speaker on a 1,000-turn day
        does not sum 1,000 turns. Anything else (a finished turn edited or gone) builds anew.
        """
        old = self._interventions
        interventions = tuple(interventions)
        was_open = set(self._open_at)
        if len(interventions) < len(old) or any(
            interventions[n] is not old[n] and n not in was_open for n in range(len(old))
        ):
            return BalanceTracker(self.participants, interventions, self.reference)
        tracker = object.__new__(BalanceTracker)
        tracker.participants, tracker.reference = self.participants, self.reference
        tracker._by_id, tracker._facilitator, tracker._keys = self._by_id, self._facilitator, self._keys
        tracker._interventions = interventions
        tracker._closed = {pid: list(entry) for pid, entry in self._closed.items()}
        for intervention, counted in self._open:  # open turns were counted as turns, not yet as time
            entry = tracker._closed[intervention.participant_id]
            entry[1] -= 1
            entry[3] -= 1 if counted else 0
            if not entry[1]:  # their only turn was the open one: counted again below if still there
                del tracker._closed[intervention.participant_id]
        tracker._open, tracker._open_at = [], []
        tracker._closed_facilitation, tracker._closed_procedural = self._closed_facilitation, self._closed_procedural
        tracker._accumulate(sorted((*self._open_at, *range(len(old), len(interventions)))))
        tracker._derive(self)
        return tracker

    def _accumulate(self, numbers: Iterable[int]) -> None:
        """Add the turns at ``numbers`` (in order) to the per-person sums."""
        by_id = self._by_id
        for number in numbers:
            intervention = self._interventions[number]
            participant = by_id.get(intervention.participant_id)
            counted = counts_for_balance(intervention, participant)
            entry = self._closed.setdefault(intervention.participant_id, [0.0, 0, 0.0, 0])
            entry[1] += 1
            entry[3] += 1 if counted else 0
            if intervention.is_open:
                self._open.append((intervention, counted))
                self._open_at.append(number)
                continue
            seconds = intervention.speaking_seconds_at_end
            entry[0] += seconds
            if counted:
                entry[2] += seconds
            elif intervention.kind in PROCEDURAL_KINDS:
                self._closed_procedural += seconds
            elif participant is not None:
                self._closed_facilitation += seconds

    def _derive(self, previous: BalanceTracker | None = None) -> None:
        """Everything that follows from the per-person sums (cheap: once per person and dimension).

        With ``previous`` (same roster) and the same people having taken the floor, the head
        counts and labels are taken over as they are.
        """
        self._closed_totals = {pid: PersonTotals(v[0], int(v[1]), v[2], int(v[3])) for pid, v in self._closed.items()}
        self._closed_counted_total = sum(t.counted_seconds for t in self._closed_totals.values())
        counted_people = [p for p in self.participants if self._closed.get(p.id, [0, 0, 0, 0])[3] > 0]
        if (
            previous is not None
            and len(counted_people) == len(previous._speakers)
            and all(a is b for a, b in zip(counted_people, previous._speakers, strict=True))
        ):
            self._speakers, self._reference_people = previous._speakers, previous._reference_people
            self._head_count, self._people, self._labels = previous._head_count, previous._people, previous._labels
            self.not_yet_spoken = previous.not_yet_spoken
            self._derive_group_sums()
            return
        self._speakers = counted_people
        self._reference_people = _reference_people(self.participants, counted_people, self.reference)
        self._head_count = len(self._reference_people)
        self._people = {}
        self._labels = {}
        for dimension, keys in self._keys.items():
            people: dict[str, int] = {}
            names: dict[str, str] = {}
            for participant in (*counted_people, *self._reference_people):
                key = keys[participant.id]
                names.setdefault(key, english_label(dimension, key, participant))
            for participant in self._reference_people:
                key = keys[participant.id]
                people[key] = people.get(key, 0) + 1
            self._people[dimension] = people
            self._labels[dimension] = names
        took_floor = {p.id for p in counted_people}
        self.not_yet_spoken = tuple(
            p.id for p in self.participants if not self._facilitator[p.id] and p.id not in took_floor
        )
        self._derive_group_sums()

    def _derive_group_sums(self) -> None:
        # Per group: the substantive seconds of finished turns and the number of turns (open ones
        # included), so a tick only has to add the open turn's time to one key per dimension.
        self._closed_group_seconds: dict[Dimension, dict[str, float]] = {}
        self._group_turns: dict[Dimension, dict[str, int]] = {}
        for dimension, keys in self._keys.items():
            group_seconds: dict[str, float] = {}
            group_turns: dict[str, int] = {}
            for participant in self._speakers:
                key = keys[participant.id]
                closed = self._closed[participant.id]
                group_seconds[key] = group_seconds.get(key, 0.0) + closed[2]
                group_turns[key] = group_turns.get(key, 0) + int(closed[3])
            self._closed_group_seconds[dimension] = group_seconds
            self._group_turns[dimension] = group_turns

    def at(self, now: Instant) -> Balance:
        person = dict(self._closed_totals)
        facilitation, procedural = self._closed_facilitation, self._closed_procedural
        total = self._closed_counted_total
        for intervention, counted in self._open:
            seconds = intervention.speaking_seconds(now)
            before = person[intervention.participant_id]
            person[intervention.participant_id] = before._replace(
                seconds=before.seconds + seconds,
                counted_seconds=before.counted_seconds + (seconds if counted else 0.0),
            )
            if counted:
                total += seconds
            elif intervention.kind in PROCEDURAL_KINDS:
                procedural += seconds
            elif intervention.participant_id in self._facilitator:
                facilitation += seconds
        open_counted = [
            (intervention.participant_id, intervention.speaking_seconds(now))
            for intervention, counted in self._open
            if counted
        ]
        dimensions = {dimension: self._dimension(dimension, open_counted, total) for dimension in self._keys}
        return Balance(
            reference=self.reference,
            total_seconds=total,
            facilitation_seconds=facilitation,
            procedural_seconds=procedural,
            dimensions=dimensions,
            not_yet_spoken=self.not_yet_spoken,
            reference_people=tuple(p.id for p in self._reference_people),
            totals=person,
        )

    def _dimension(self, dimension: Dimension, open_counted: list[tuple[str, float]], total: float) -> DimensionBalance:
        keys = self._keys[dimension]
        seconds = self._closed_group_seconds[dimension]
        if open_counted:
            seconds = dict(seconds)
            for participant_id, running in open_counted:
                key = keys[participant_id]
                seconds[key] = seconds.get(key, 0.0) + running
        turns = self._group_turns[dimension]
        people = self._people[dimension]
        head_count = self._head_count
        rows = [
            BalanceRow(
                key=key,
                label=label,
                seconds=seconds.get(key, 0.0),
                share=seconds.get(key, 0.0) / total if total > 0 else 0.0,
                interventions=turns.get(key, 0),
                people=people.get(key, 0),
                people_share=people.get(key, 0) / head_count if head_count else 0.0,
            )
            for key, label in self._labels[dimension].items()
        ]
        rows.sort(key=lambda row: (row.key == UNKNOWN, -row.seconds, -row.people, row.label.casefold()))
        index = None
        if total > 0 and head_count:
            index = 1.0 - 0.5 * sum(abs(row.share - row.people_share) for row in rows)
        return DimensionBalance(dimension, tuple(rows), index)
