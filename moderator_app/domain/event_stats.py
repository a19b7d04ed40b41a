"""Statistics across the sessions of an event (a forum): the per-session balance, added up.

Each session is counted exactly as its own balance counts it (``BalanceTracker``): only substantive
time, facilitators and points of order apart, a value not stated is its own group ``unknown``.
Then, per group, seconds, turns and head counts are summed over the sessions, and the shares and
the balance index are worked out again from the sums.

Head counts add up per session: someone on the roster of two sessions is two participant records
and counts twice, once in each session's reference set (there is no identity across sessions).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from moderator_app.domain.balance import (
    GROUP_DIMENSIONS,
    UNKNOWN,
    BalanceRow,
    BalanceTracker,
    Dimension,
    DimensionBalance,
    ReferenceSet,
)
from moderator_app.domain.clock import Instant
from moderator_app.domain.session import Participant, Session
from moderator_app.domain.timer import Intervention

#: One session's data: its details, its roster and its turns.
SessionData = tuple[Session, Sequence[Participant], Iterable[Intervention]]

DEFAULT_FURTHEST_DIMENSION = Dimension.GENDER


@dataclass(frozen=True, slots=True)
class SessionIndex:
    """One session's balance index on the chosen dimension (None: nobody has spoken)."""

    session_id: str
    title: str
    index: float | None


@dataclass(frozen=True, slots=True)
class EventStats:
    """The figures of a whole event."""

    sessions: int
    total_seconds: float
    facilitation_seconds: float
    procedural_seconds: float
    dimensions: dict[Dimension, DimensionBalance]
    #: The dimension ``per_session`` is indexed on.
    furthest_dimension: Dimension
    #: Every session with an index, lowest (furthest from balance) first.
    per_session: tuple[SessionIndex, ...]

    def furthest_from_balance(self, limit: int = 10) -> tuple[SessionIndex, ...]:
        return self.per_session[:limit]


class _Sums:
    __slots__ = ("interventions", "label", "people", "seconds")

    def __init__(self, label: str) -> None:
        self.label = label
        self.seconds = 0.0
        self.interventions = 0
        self.people = 0


def event_stats(
    sessions: Iterable[SessionData],
    now: Instant,
    reference: ReferenceSet | None = None,
    furthest_dimension: Dimension = DEFAULT_FURTHEST_DIMENSION,
) -> EventStats:
    """Add up the sessions' balances. ``reference`` None: each session's own setting."""
    sums: dict[Dimension, dict[str, _Sums]] = {dimension: {} for dimension in GROUP_DIMENSIONS}
    head_count = 0
    total = facilitation = procedural = 0.0
    count = 0
    per_session: list[SessionIndex] = []
    for session, participants, interventions in sessions:
        count += 1
        chosen = reference or ReferenceSet(session.balance_reference)
        balance = BalanceTracker(participants, interventions, chosen).at(now)
        total += balance.total_seconds
        facilitation += balance.facilitation_seconds
        procedural += balance.procedural_seconds
        head_count += len(balance.reference_people)
        for dimension in GROUP_DIMENSIONS:
            groups = sums[dimension]
            for row in balance.dimensions[dimension].rows:
                entry = groups.get(row.key)
                if entry is None:
                    entry = groups[row.key] = _Sums(row.label)
                entry.seconds += row.seconds
                entry.interventions += row.interventions
                entry.people += row.people
        index = balance.dimensions[furthest_dimension].index
        if index is not None:
            per_session.append(SessionIndex(session.id, session.title, index))
    per_session.sort(key=lambda item: (item.index, item.title.casefold(), item.session_id))
    dimensions = {
        dimension: _dimension(dimension, sums[dimension], total, head_count) for dimension in GROUP_DIMENSIONS
    }
    return EventStats(
        sessions=count,
        total_seconds=total,
        facilitation_seconds=facilitation,
        procedural_seconds=procedural,
        dimensions=dimensions,
        furthest_dimension=furthest_dimension,
        per_session=tuple(per_session),
    )


def _dimension(dimension: Dimension, groups: dict[str, _Sums], total: float, head_count: int) -> DimensionBalance:
    rows = [
        BalanceRow(
            key=key,
            label=entry.label,
            seconds=entry.seconds,
            share=entry.seconds / total if total > 0 else 0.0,
            interventions=entry.interventions,
            people=entry.people,
            people_share=entry.people / head_count if head_count else 0.0,
        )
        for key, entry in groups.items()
    ]
    # The same order as a session's rows: most time first, "not stated" last.
    rows.sort(key=lambda row: (row.key == UNKNOWN, -row.seconds, -row.people, row.label.casefold()))
    index = None
    if total > 0 and head_count:
        index = 1.0 - 0.5 * sum(abs(row.share - row.people_share) for row in rows)
    return DimensionBalance(dimension, tuple(rows), index)
