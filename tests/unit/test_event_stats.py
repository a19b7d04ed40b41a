"""Statistics across an event's sessions. Expected numbers are worked out by hand in the comments."""

from __future__ import annotations

import pytest

from moderator_app.domain.balance import Dimension, ReferenceSet, compute_balance
from moderator_app.domain.enums import Gender, InterventionKind, Region, Role, StakeholderGroup
from moderator_app.domain.event_stats import SessionIndex, event_stats
from moderator_app.domain.names import NOT_STATED
from moderator_app.domain.session import Session
from tests.balance_support import person, turn
from tests.support import FakeClock

ANA = person("ana", group=StakeholderGroup.GOVERNMENT, gender=Gender.WOMAN, region=Region.WEOG)
BEN = person("ben", group=StakeholderGroup.CIVIL_SOCIETY, gender=Gender.MAN, region=Region.AFRICAN)
MOD = person("mod", group=StakeholderGroup.INTERGOVERNMENTAL_ORGANIZATION, roles=(Role.MODERATOR,))
CLEO = person("cleo", group=StakeholderGroup.ACADEMIA, gender=Gender.WOMAN, region=None)
DAN = person("dan", group=StakeholderGroup.GOVERNMENT, gender=Gender.MAN, region=Region.WEOG)
EVE = person("eve", group=None, gender=Gender.WOMAN, region=Region.WEOG)


def table(stats, dimension: Dimension) -> dict[str, tuple[float, float, int, int, float]]:
    return {
        row.key: (row.seconds, row.share, row.interventions, row.people, row.people_share)
        for row in stats.dimensions[dimension].rows
    }


def approx_table(expected: dict[str, tuple[float, ...]]) -> dict[str, object]:
    return {key: pytest.approx(value) for key, value in expected.items()}


@pytest.fixture
def two_sessions(clock: FakeClock):
    """A: moderator 30 s (facilitation), Ana 60 s, Ben 40 s.
    B: Cleo 30 s, Dan 90 s, Dan's point of order 10 s (procedural)."""
    a = (
        Session("a", "Alpha"),
        (ANA, BEN, MOD),
        [turn(clock, "mod", 30), turn(clock, "ana", 60), turn(clock, "ben", 40)],
    )
    b = (
        Session("b", "Beta"),
        (CLEO, DAN),
        [turn(clock, "cleo", 30), turn(clock, "dan", 90), turn(clock, "dan", 10, InterventionKind.POINT_OF_ORDER)],
    )
    return [a, b]


def test_two_sessions_add_up_time_turns_and_head_counts(two_sessions, clock):
    stats = event_stats(two_sessions, clock.now())
    assert stats.sessions == 2
    # Substantive: 60 + 40 + 30 + 90 = 220; facilitation 30; the point of order 10.
    assert (stats.total_seconds, stats.facilitation_seconds, stats.procedural_seconds) == (220, 30, 10)
    # Women: Ana 60 + Cleo 30 = 90 of 220 = 9/22, two turns, 2 of 4 speakers. Men: Ben 40 + Dan 90 = 130
    # = 13/22, two turns (the point of order is not a turn that counts), 2 of 4.
    assert table(stats, Dimension.GENDER) == approx_table(
        {"man": (130, 13 / 22, 2, 2, 0.5), "woman": (90, 9 / 22, 2, 2, 0.5)}
    )
    assert [row.key for row in stats.dimensions[Dimension.GENDER].rows] == ["man", "woman"]
    # Index: 1 − ½(|9/22 − ½| + |13/22 − ½|) = 1 − ½ · 4/22 = 10/11.
    assert stats.dimensions[Dimension.GENDER].index == pytest.approx(10 / 11)
    # Region: WEOG Ana 60 + Dan 90 = 150 (2 people), African Ben 40 (1), Cleo's not stated 30 (1), last.
    region = stats.dimensions[Dimension.REGION]
    assert [(row.key, row.seconds, row.people) for row in region.rows] == [
        (Region.WEOG.value, 150, 2),
        (Region.AFRICAN.value, 40, 1),
        ("unknown", 30, 1),
    ]
    assert region.rows[-1].label == NOT_STATED
    # Shares 15/22, 4/22, 3/22 against ½, ¼, ¼:
    # |15/22 − 11/22| = 4/22, |4/22 − 5.5/22| = 1.5/22, |3/22 − 5.5/22| = 2.5/22 → Σ 8/22 → index 1 − 4/22 = 9/11.
    assert region.index == pytest.approx(9 / 11)
    # Attendance: everyone on site: one row, all the time, all the people, index 1.
    assert table(stats, Dimension.ATTENDANCE) == approx_table({"onsite": (220, 1.0, 4, 4, 1.0)})
    assert stats.dimensions[Dimension.ATTENDANCE].index == pytest.approx(1.0)
    # No per-person dimension across an event: participant records differ from session to session.
    assert Dimension.PARTICIPANT not in stats.dimensions


def test_the_sessions_furthest_from_balance_come_first(two_sessions, clock):
    stats = event_stats(two_sessions, clock.now())
    # Gender in A: 60/100 women against ½ → 1 − ½(0.1 + 0.1) = 0.9. In B: 30/120 = ¼ → 1 − ½(¼ + ¼) = 0.75.
    assert stats.furthest_dimension is Dimension.GENDER
    assert stats.furthest_from_balance() == (SessionIndex("b", "Beta", 0.75), SessionIndex("a", "Alpha", 0.9))
    assert stats.furthest_from_balance(1) == (SessionIndex("b", "Beta", 0.75),)
    # On stakeholder group: A gov 60/100, cs 40/100 against ½ each → 0.9; B academia ¼, gov ¾ → 0.75.
    by_group = event_stats(two_sessions, clock.now(), furthest_dimension=Dimension.STAKEHOLDER_GROUP)
    assert [s.session_id for s in by_group.per_session] == ["b", "a"]
    assert [s.index for s in by_group.per_session] == pytest.approx([0.75, 0.9])


def test_each_session_counts_as_its_own_balance_does(two_sessions, clock):
    stats = event_stats(two_sessions, clock.now())
    for dimension in (Dimension.GENDER, Dimension.STAKEHOLDER_GROUP, Dimension.REGION):
        seconds: dict[str, float] = {}
        for _, participants, interventions in two_sessions:
            for row in compute_balance(participants, interventions, clock.now()).dimensions[dimension].rows:
                seconds[row.key] = seconds.get(row.key, 0.0) + row.seconds
        assert {row.key: row.seconds for row in stats.dimensions[dimension].rows} == pytest.approx(seconds)


def test_a_third_session_with_nobody_speaking_adds_people_but_no_time_and_no_index(two_sessions, clock):
    empty = (Session("c", "Gamma"), (EVE,), [])
    stats = event_stats([*two_sessions, empty], clock.now())
    assert stats.sessions == 3 and stats.total_seconds == 220
    # Eve is a third woman: 3 of 5 people, 2 of 5 men; time shares unchanged (9/22, 13/22).
    assert table(stats, Dimension.GENDER) == approx_table(
        {"man": (130, 13 / 22, 2, 2, 0.4), "woman": (90, 9 / 22, 2, 3, 0.6)}
    )
    # |9/22 − 3/5| = 21/110 = |13/22 − 2/5| → index 1 − 21/110 = 89/110.
    assert stats.dimensions[Dimension.GENDER].index == pytest.approx(89 / 110)
    # Eve's group is not stated: a row of people with no time, last.
    group = stats.dimensions[Dimension.STAKEHOLDER_GROUP]
    assert group.rows[-1].key == "unknown" and (group.rows[-1].seconds, group.rows[-1].people) == (0, 1)
    # Gamma has no index, so it is not among the furthest from balance.
    assert [s.session_id for s in stats.per_session] == ["b", "a"]


def test_a_session_with_only_facilitators_adds_facilitation_time_only(two_sessions, clock):
    only_mod = (Session("d", "Delta"), (MOD,), [turn(clock, "mod", 50)])
    stats = event_stats([*two_sessions, only_mod], clock.now())
    assert (stats.sessions, stats.total_seconds, stats.facilitation_seconds) == (3, 220, 80)
    assert stats.dimensions[Dimension.GENDER] == event_stats(two_sessions, clock.now()).dimensions[Dimension.GENDER]
    assert [s.session_id for s in stats.per_session] == ["b", "a"]


def test_unknown_values_are_their_own_group_across_sessions(clock):
    nobody = person("x", group=None, gender=None, region=None)
    other = person("y", group=None, gender=None, region=None)
    stats = event_stats(
        [
            (Session("p", "P"), (nobody,), [turn(clock, "x", 20)]),
            (Session("q", "Q"), (other, ANA), [turn(clock, "y", 20), turn(clock, "ana", 60)]),
        ],
        clock.now(),
    )
    # Not stated: 20 + 20 = 40 of 100, two people of three; women (Ana) 60, one of three.
    assert table(stats, Dimension.GENDER) == approx_table(
        {"woman": (60, 0.6, 1, 1, 1 / 3), "unknown": (40, 0.4, 2, 2, 2 / 3)}
    )
    assert [row.key for row in stats.dimensions[Dimension.GENDER].rows] == ["woman", "unknown"]


def test_an_event_with_no_sessions_or_no_time_has_no_index(clock):
    stats = event_stats([], clock.now())
    assert stats.sessions == 0 and stats.total_seconds == 0 and stats.per_session == ()
    assert all(d.rows == () and d.index is None for d in stats.dimensions.values())
    quiet = event_stats([(Session("e", "E"), (ANA, BEN), [])], clock.now())
    assert quiet.dimensions[Dimension.GENDER].index is None
    assert table(quiet, Dimension.GENDER) == {"woman": (0, 0, 0, 1, 0.5), "man": (0, 0, 0, 1, 0.5)}


def test_the_reference_is_each_sessions_own_unless_one_is_given(clock):
    listener = person("lis", gender=Gender.MAN, roles=(Role.PARTICIPANT,))
    session = Session("r", "R", balance_reference="everyone")
    data = [(session, (ANA, listener), [turn(clock, "ana", 60)])]
    # The session's own setting, everyone: Ana and the listener, 1 woman and 1 man.
    own = event_stats(data, clock.now())
    assert table(own, Dimension.GENDER)["man"][3] == 1
    # Speakers only: Ana alone.
    speakers = event_stats(data, clock.now(), ReferenceSet.SPEAKERS)
    assert table(speakers, Dimension.GENDER) == {"woman": (60, 1.0, 1, 1, 1.0)}
