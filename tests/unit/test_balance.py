"""Speaking-time balance: who got the floor, against who is present. Expected numbers are worked out by hand."""

from __future__ import annotations

import pytest

from moderator_app.domain import timer
from moderator_app.domain.balance import (
    Dimension,
    ReferenceSet,
    compute_balance,
    is_facilitator,
)
from moderator_app.domain.enums import Attendance, Gender, InterventionKind, Region, Role, StakeholderGroup
from moderator_app.domain.names import NOT_STATED
from moderator_app.domain.session import Participant
from moderator_app.domain.timer import Intervention
from tests.balance_support import begin, person, turn
from tests.support import FakeClock


def keys(balance, dimension: Dimension) -> list[str]:
    return [row.key for row in balance.dimensions[dimension].rows]


# -- an empty session ---------------------------------------------------------------------------------
ANA = person("ana", group=StakeholderGroup.GOVERNMENT, gender=Gender.WOMAN, region=Region.WEOG)
BEN = person("ben", group=StakeholderGroup.CIVIL_SOCIETY, gender=Gender.MAN, region=Region.AFRICAN)
CLEO = person("cleo", group=StakeholderGroup.ACADEMIA, gender=Gender.WOMAN, roles=(Role.PARTICIPANT,))
MOD = person("mod", group=StakeholderGroup.INTERGOVERNMENTAL_ORGANIZATION, roles=(Role.MODERATOR,))
ROSTER = (ANA, BEN, CLEO, MOD)


def test_an_empty_session_has_no_time_no_index_and_every_reference_person_at_zero(clock):
    balance = compute_balance(ROSTER, [], clock.now())
    assert balance.total_seconds == 0
    assert balance.facilitation_seconds == 0 and balance.procedural_seconds == 0
    for dimension in Dimension:
        assert balance.dimensions[dimension].index is None
        assert balance.dimensions[dimension].time_to_move is None
    # Reference "speakers": Ana and Ben, one each out of two → people_share ½ each.
    people = balance.dimensions[Dimension.PARTICIPANT]
    assert {row.key: (row.seconds, row.share, row.people, row.people_share) for row in people.rows} == {
        "ana": (0.0, 0.0, 1, 0.5),
        "ben": (0.0, 0.0, 1, 0.5),
    }
    assert balance.reference_people == ("ana", "ben")
    # Everyone but the moderator has yet to speak; the moderator is facilitating.
    assert balance.not_yet_spoken == ("ana", "ben", "cleo")


def test_an_empty_session_against_everyone_counts_the_roster_without_facilitators(clock):
    balance = compute_balance(ROSTER, [], clock.now(), ReferenceSet.EVERYONE)
    # Ana, Ben, Cleo: 3 people; the moderator is not counted.
    assert balance.reference_people == ("ana", "ben", "cleo")
    people = balance.dimensions[Dimension.PARTICIPANT]
    assert [row.people_share for row in people.rows] == pytest.approx([1 / 3] * 3)
    assert people.row("mod") is None
    # Gender: two women (Ana, Cleo) → 2/3, one man (Ben) → 1/3; more people sorts first.
    gender = balance.dimensions[Dimension.GENDER]
    assert [(row.key, row.people, row.seconds) for row in gender.rows] == [("woman", 2, 0.0), ("man", 1, 0.0)]
    assert gender.row("woman").people_share == pytest.approx(2 / 3)
    assert gender.row("man").people_share == pytest.approx(1 / 3)
    assert gender.index is None


def test_an_empty_roster_and_no_interventions_is_all_empty(clock):
    balance = compute_balance([], [], clock.now())
    assert balance.total_seconds == 0
    assert balance.not_yet_spoken == ()
    assert all(result.rows == () and result.index is None for result in balance.dimensions.values())


# -- one speaker ----------------------------------------------------------------------------------------
def test_one_speaker_has_all_the_time(clock):
    balance = compute_balance(ROSTER, [turn(clock, "ana", 90)], clock.now())
    assert balance.total_seconds == 90
    people = balance.dimensions[Dimension.PARTICIPANT]
    ana, ben = people.rows
    assert (ana.key, ana.label, ana.seconds, ana.share, ana.interventions, ana.people, ana.people_share) == (
        "ana",
        "Ana",
        90.0,
        1.0,
        1,
        1,
        0.5,
    )
    assert (ben.key, ben.seconds, ben.share, ben.interventions, ben.people_share) == ("ben", 0.0, 0.0, 0, 0.5)
    # 1 − ½(|1 − ½| + |0 − ½|) = 1 − ½ = 0.5 wherever Ana and Ben differ …
    for dimension in (Dimension.PARTICIPANT, Dimension.STAKEHOLDER_GROUP, Dimension.GENDER, Dimension.REGION):
        assert balance.dimensions[dimension].index == pytest.approx(0.5), dimension
    # … and both are onsite: onsite has all the time and all the people, 1 − ½·0 = 1.
    assert balance.dimensions[Dimension.ATTENDANCE].index == pytest.approx(1.0)
    assert balance.not_yet_spoken == ("ben", "cleo")
    assert balance.totals["ana"].counted_seconds == 90 and balance.totals["ana"].counted_interventions == 1


# -- ties ---------------------------------------------------------------------------------------------
def test_equal_time_is_perfect_balance_and_rows_fall_back_to_label_order(clock):
    zoe = person("zoe", name="Zoe", group=StakeholderGroup.GOVERNMENT, gender=Gender.WOMAN)
    adam = person("adam", name="Adam", group=StakeholderGroup.CIVIL_SOCIETY, gender=Gender.MAN)
    balance = compute_balance([zoe, adam], [turn(clock, "zoe", 60), turn(clock, "adam", 60)], clock.now())
    groups = balance.dimensions[Dimension.STAKEHOLDER_GROUP]
    # Same seconds, same head count: alphabetical by label, not roster order ("Civil society" < "Government").
    assert [row.label for row in groups.rows] == ["Civil society", "Government"]
    assert [row.label for row in balance.dimensions[Dimension.PARTICIPANT].rows] == ["Adam", "Zoe"]
    # Shares ½/½ against head counts ½/½ → 1 − ½·0 = 1.
    assert groups.index == pytest.approx(1.0)
    assert groups.time_to_move == pytest.approx(0.0)
    assert groups.most_over is None and groups.most_under is None


def test_more_time_sorts_first_regardless_of_roster_order(clock):
    zoe = person("zoe", group=StakeholderGroup.GOVERNMENT)
    adam = person("adam", group=StakeholderGroup.CIVIL_SOCIETY)
    balance = compute_balance([zoe, adam], [turn(clock, "zoe", 61), turn(clock, "adam", 60)], clock.now())
    assert keys(balance, Dimension.STAKEHOLDER_GROUP) == ["government", "civil_society"]


# -- unknown values -------------------------------------------------------------------------------------
def test_a_person_without_gender_forms_a_not_stated_row_even_before_speaking(clock):
    kim = person("kim", gender=None, group=None, region=None)
    ben = person("ben", gender=Gender.MAN)
    balance = compute_balance([ANA, ben, kim], [turn(clock, "ana", 120), turn(clock, "ben", 60)], clock.now())
    gender = balance.dimensions[Dimension.GENDER]
    assert keys(balance, Dimension.GENDER) == ["woman", "man", "unknown"]
    unknown = gender.row("unknown")
    assert unknown is not None
    assert (unknown.label, unknown.seconds, unknown.people) == (NOT_STATED, 0.0, 1)
    assert NOT_STATED == "Not stated"
    assert unknown.people_share == pytest.approx(1 / 3)
    # Woman 120/180 = ⅔ vs ⅓; man 60/180 = ⅓ vs ⅓; unknown 0 vs ⅓.
    # 1 − ½(⅓ + 0 + ⅓) = ⅔.
    assert gender.index == pytest.approx(2 / 3)
    # Group and region unknown too: their own rows, labelled the same way.
    assert balance.dimensions[Dimension.STAKEHOLDER_GROUP].row("unknown").label == NOT_STATED
    assert balance.dimensions[Dimension.REGION].row("unknown").label == NOT_STATED
    # The under-represented group may well be the one we know nothing about; it is still reported.
    assert gender.most_under is not None and gender.most_under.key == "unknown"


def test_the_unknown_row_is_last_even_when_it_has_the_most_time(clock):
    kim = person("kim", gender=None)
    ben = person("ben", gender=Gender.MAN)
    balance = compute_balance(
        [ANA, ben, kim], [turn(clock, "kim", 300), turn(clock, "ana", 20), turn(clock, "ben", 10)], clock.now()
    )
    gender = balance.dimensions[Dimension.GENDER]
    assert keys(balance, Dimension.GENDER) == ["woman", "man", "unknown"]
    assert gender.row("unknown").seconds == 300
    assert gender.row("unknown").share == pytest.approx(300 / 330)


def test_an_unknown_speaker_outside_the_reference_set_still_has_a_row(clock):
    # Kim is not a speaker (so not in the reference set) and has no gender, but took the floor.
    kim = person("kim", gender=None, roles=(Role.PARTICIPANT,))
    balance = compute_balance([ANA, kim], [turn(clock, "ana", 30), turn(clock, "kim", 10)], clock.now())
    unknown = balance.dimensions[Dimension.GENDER].row("unknown")
    assert unknown is not None
    assert (unknown.seconds, unknown.people, unknown.people_share) == (10.0, 0, 0.0)
    assert unknown.share == pytest.approx(0.25)  # 10 / 40


# -- attendance -----------------------------------------------------------------------------------------
def test_a_remote_only_session_is_perfectly_balanced_on_attendance(clock):
    roster = [
        person("r1", attendance=Attendance.REMOTE, gender=Gender.WOMAN),
        person("r2", attendance=Attendance.REMOTE, gender=Gender.MAN),
    ]
    balance = compute_balance(roster, [turn(clock, "r1", 100), turn(clock, "r2", 20)], clock.now())
    attendance = balance.dimensions[Dimension.ATTENDANCE]
    assert [(row.key, row.label, row.seconds, row.share, row.people, row.people_share) for row in attendance.rows] == [
        ("remote", "Remote", 120.0, 1.0, 2, 1.0)
    ]
    assert attendance.index == pytest.approx(1.0)
    # Gender is lopsided though: 100/120 vs ½ → 1 − ½(⅓ + ⅓) = ⅔.
    assert balance.dimensions[Dimension.GENDER].index == pytest.approx(2 / 3)


def test_onsite_and_remote_rows(clock):
    roster = [person("on"), person("off", attendance=Attendance.REMOTE)]
    balance = compute_balance(roster, [turn(clock, "on", 150), turn(clock, "off", 50)], clock.now())
    attendance = balance.dimensions[Dimension.ATTENDANCE]
    assert [(row.key, row.share, row.people_share) for row in attendance.rows] == [
        ("onsite", 0.75, 0.5),
        ("remote", 0.25, 0.5),
    ]
    # 1 − ½(¼ + ¼) = 0.75
    assert attendance.index == pytest.approx(0.75)


# -- the clock: pauses and the running turn ------------------------------------------------------------
def test_pauses_are_excluded_and_the_running_turn_counts_up_to_now(clock):
    done = turn(clock, "ben", 40)
    running = begin(clock, "ana")
    clock.advance(30)
    running = timer.pause(running, clock.now())
    clock.advance(100)  # paused: does not count
    running = timer.resume(running, clock.now())
    clock.advance(20)
    roster = [ANA, person("ben", gender=Gender.MAN)]
    # Ana: 30 + 20 = 50 s; Ben 40 s; total 90.
    balance = compute_balance(roster, [done, running], clock.now())
    assert balance.total_seconds == pytest.approx(90)
    assert balance.dimensions[Dimension.PARTICIPANT].row("ana").seconds == pytest.approx(50)
    assert balance.dimensions[Dimension.PARTICIPANT].row("ana").interventions == 1
    clock.advance(10)
    # Ten seconds later the same records give Ana 60 s and a total of 100.
    later = compute_balance(roster, [done, running], clock.now())
    assert later.total_seconds == pytest.approx(100)
    assert later.dimensions[Dimension.PARTICIPANT].row("ana").seconds == pytest.approx(60)
    assert later.dimensions[Dimension.GENDER].row("woman").share == pytest.approx(0.6)
    assert later.dimensions[Dimension.PARTICIPANT].row("ben").seconds == pytest.approx(40)


def test_a_paused_turn_stops_growing(clock):
    running = begin(clock, "ana")
    clock.advance(25)
    paused = timer.pause(running, clock.now())
    clock.advance(500)
    assert compute_balance([ANA], [paused], clock.now()).total_seconds == pytest.approx(25)


# -- what is not participation -------------------------------------------------------------------------
def test_points_of_order_and_facilitation_are_totalled_apart(clock):
    oli = person("oli", roles=(Role.ONLINE_MODERATOR,))
    rap = person("rap", roles=(Role.RAPPORTEUR,))
    roster = [ANA, BEN, MOD, oli, rap]
    interventions = [
        turn(clock, "mod", 45),  # facilitation
        turn(clock, "ana", 60),  # substantive
        turn(clock, "ben", 15, InterventionKind.POINT_OF_ORDER),  # procedural
        turn(clock, "ben", 30),  # substantive
        turn(clock, "oli", 20),  # facilitation
        turn(clock, "rap", 8, InterventionKind.ANSWER),  # facilitation
        turn(clock, "mod", 5, InterventionKind.POINT_OF_ORDER),  # procedural, not also facilitation
    ]
    balance = compute_balance(roster, interventions, clock.now())
    assert balance.total_seconds == 90  # 60 + 30
    assert balance.facilitation_seconds == 73  # 45 + 20 + 8
    assert balance.procedural_seconds == 20  # 15 + 5
    people = balance.dimensions[Dimension.PARTICIPANT]
    assert people.row("ben").seconds == 30 and people.row("ben").interventions == 1
    assert people.row("mod") is None and people.row("oli") is None and people.row("rap") is None
    # The roster still shows everyone's full time.
    assert balance.totals["ben"].seconds == 45 and balance.totals["ben"].interventions == 2
    assert balance.totals["mod"].seconds == 50 and balance.totals["mod"].counted_seconds == 0
    # A facilitator never "has yet to speak".
    assert balance.not_yet_spoken == ()


def test_a_moderator_who_is_also_a_speaker_counts_as_a_participant(clock):
    chair = person("chair", roles=(Role.MODERATOR, Role.SPEAKER))
    assert not is_facilitator(chair)
    assert is_facilitator(MOD)
    assert is_facilitator(person("x", roles=(Role.ONLINE_MODERATOR, Role.RAPPORTEUR)))
    assert not is_facilitator(person("y", roles=(Role.ORGANIZER,)))
    balance = compute_balance([chair, ANA], [turn(clock, "chair", 10)], clock.now())
    assert balance.total_seconds == 10 and balance.facilitation_seconds == 0
    assert balance.not_yet_spoken == ("ana",)


def test_a_remote_question_counts_for_the_remote_participant_not_the_online_moderator(clock):
    oli = person("oli", roles=(Role.ONLINE_MODERATOR,), attendance=Attendance.ONSITE)
    rem = person("rem", roles=(Role.PARTICIPANT,), attendance=Attendance.REMOTE, gender=Gender.MAN)
    roster = [ANA, oli, rem]
    interventions = [
        turn(clock, "ana", 60),
        turn(clock, "oli", 10),  # the online moderator introduces the question
        turn(clock, "rem", 40, InterventionKind.QUESTION),  # read out, recorded on the remote participant
    ]
    balance = compute_balance(roster, interventions, clock.now(), ReferenceSet.EVERYONE)
    assert balance.total_seconds == 100
    assert balance.facilitation_seconds == 10
    rem_row = balance.dimensions[Dimension.PARTICIPANT].row("rem")
    assert (rem_row.seconds, rem_row.interventions) == (40.0, 1)
    attendance = balance.dimensions[Dimension.ATTENDANCE]
    # Everyone = Ana (onsite) and Rem (remote): remote 40/100 = 0.4 of the time, ½ of the people.
    assert attendance.row("remote").share == pytest.approx(0.4)
    assert attendance.row("remote").people_share == pytest.approx(0.5)
    assert attendance.row("onsite").seconds == 60  # the online moderator's 10 s are not onsite time
    assert attendance.index == pytest.approx(0.9)  # 1 − ½(0.1 + 0.1)


# -- reference sets -------------------------------------------------------------------------------------
def reference_session(clock: FakeClock) -> tuple[list[Participant], list[Intervention]]:
    """2 women and 3 men speakers, a woman and a man from the floor, and a (woman) moderator.

    Women speak 60 s (Wanjiru), men 240 s (Mateo 120, Marc 90, Pedro from the floor 30): 300 s in all.
    """
    roster = [
        person("w1", name="Wanjiru", gender=Gender.WOMAN),
        person("w2", name="Wen", gender=Gender.WOMAN),
        person("m1", name="Mateo", gender=Gender.MAN),
        person("m2", name="Marc", gender=Gender.MAN),
        person("m3", name="Musa", gender=Gender.MAN),
        person("p1", name="Priya", gender=Gender.WOMAN, roles=(Role.PARTICIPANT,)),
        person("p2", name="Pedro", gender=Gender.MAN, roles=(Role.PARTICIPANT,)),
        person("mod", name="Mo", gender=Gender.WOMAN, roles=(Role.MODERATOR,)),
    ]
    interventions = [
        turn(clock, "mod", 30),
        turn(clock, "w1", 60),
        turn(clock, "m1", 120),
        turn(clock, "m2", 90),
        turn(clock, "p2", 30, InterventionKind.QUESTION),
    ]
    return roster, interventions


def test_reference_speakers(clock):
    roster, interventions = reference_session(clock)
    balance = compute_balance(roster, interventions, clock.now(), ReferenceSet.SPEAKERS)
    assert balance.total_seconds == 300
    assert balance.reference_people == ("w1", "w2", "m1", "m2", "m3")
    gender = balance.dimensions[Dimension.GENDER]
    woman, man = gender.row("woman"), gender.row("man")
    # Women 60/300 = 0.2 of the time, 2/5 = 0.4 of the speakers; men 0.8 and 0.6.
    assert (woman.seconds, woman.people, woman.interventions) == (60.0, 2, 1)
    assert (man.seconds, man.people, man.interventions) == (240.0, 3, 3)  # Pedro's question counts too
    assert woman.share == pytest.approx(0.2) and woman.people_share == pytest.approx(0.4)
    assert man.share == pytest.approx(0.8) and man.people_share == pytest.approx(0.6)
    # 1 − ½(|0.2 − 0.4| + |0.8 − 0.6|) = 0.8
    assert gender.index == pytest.approx(0.8)
    assert gender.time_to_move == pytest.approx(0.2)
    assert gender.most_over.key == "man" and gender.most_over.gap == pytest.approx(0.2)
    assert gender.most_under.key == "woman" and gender.most_under.gap == pytest.approx(-0.2)
    # By person: shares .2 .0 .4 .3 .0 and Pedro .1 (not a speaker: people_share 0), each speaker .2.
    # Σ|gap| = 0 + .2 + .2 + .1 + .2 + .1 = .8 → 1 − .4 = 0.6
    people = balance.dimensions[Dimension.PARTICIPANT]
    assert [row.key for row in people.rows] == ["m1", "m2", "w1", "p2", "m3", "w2"]
    assert people.row("p2").people == 0 and people.row("p2").share == pytest.approx(0.1)
    assert people.index == pytest.approx(0.6)
    assert people.most_over.key == "m1"  # +0.2
    assert balance.not_yet_spoken == ("w2", "m3", "p1")


def test_reference_took_floor(clock):
    roster, interventions = reference_session(clock)
    balance = compute_balance(roster, interventions, clock.now(), ReferenceSet.TOOK_FLOOR)
    # Took the floor substantively: Wanjiru, Mateo, Marc, Pedro (not the moderator).
    assert balance.reference_people == ("w1", "m1", "m2", "p2")
    gender = balance.dimensions[Dimension.GENDER]
    assert gender.row("woman").people_share == pytest.approx(0.25)
    assert gender.row("man").people_share == pytest.approx(0.75)
    # 1 − ½(|0.2 − 0.25| + |0.8 − 0.75|) = 0.95
    assert gender.index == pytest.approx(0.95)
    assert balance.dimensions[Dimension.PARTICIPANT].row("w2") is None  # neither spoke nor is referenced
    assert balance.not_yet_spoken == ("w2", "m3", "p1")


def test_reference_everyone(clock):
    roster, interventions = reference_session(clock)
    balance = compute_balance(roster, interventions, clock.now(), ReferenceSet.EVERYONE)
    # Everyone but the moderator: 3 women (Wanjiru, Wen, Priya), 4 men.
    assert balance.reference_people == ("w1", "w2", "m1", "m2", "m3", "p1", "p2")
    gender = balance.dimensions[Dimension.GENDER]
    assert gender.row("woman").people == 3 and gender.row("woman").people_share == pytest.approx(3 / 7)
    assert gender.row("man").people == 4 and gender.row("man").people_share == pytest.approx(4 / 7)
    # |0.2 − 3/7| = |7/35 − 15/35| = 8/35, and the same for men → 1 − ½·16/35 = 27/35
    assert gender.index == pytest.approx(27 / 35)
    assert balance.dimensions[Dimension.PARTICIPANT].row("p1").people_share == pytest.approx(1 / 7)


def test_the_reference_set_does_not_change_the_time(clock):
    roster, interventions = reference_session(clock)
    now = clock.now()
    results = [compute_balance(roster, interventions, now, reference) for reference in ReferenceSet]
    assert {b.total_seconds for b in results} == {300}
    assert {b.facilitation_seconds for b in results} == {30}
    assert {b.dimensions[Dimension.GENDER].row("woman").share for b in results} == {0.2}


def test_no_speakers_on_the_roster_gives_no_index_under_speakers(clock):
    floor = person("floor", roles=(Role.PARTICIPANT,))
    balance = compute_balance([floor], [turn(clock, "floor", 30)], clock.now(), ReferenceSet.SPEAKERS)
    assert balance.total_seconds == 30
    assert balance.reference_people == ()
    assert all(result.index is None for result in balance.dimensions.values())
    everyone = compute_balance([floor], [turn(clock, "floor", 30)], clock.now(), ReferenceSet.EVERYONE)
    assert everyone.dimensions[Dimension.GENDER].index == pytest.approx(1.0)
