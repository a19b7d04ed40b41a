"""The suggested next speaker and time contingents. Every score below is worked out by hand in a comment."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from moderator_app.domain.balance import ALLOWED_PRIORITIES, DEFAULT_PRIORITIES, Dimension, compute_balance
from moderator_app.domain.enums import Gender, InterventionKind, Region, Role, StakeholderGroup
from moderator_app.domain.queue import QueueEntry
from moderator_app.domain.steering import (
    Contingent,
    Reason,
    check_contingent,
    check_priorities,
    contingent_status,
    suggest_next,
)
from moderator_app.domain.text import ValidationError
from tests.balance_support import person, turn

ADDED = datetime(2017, 12, 21, 10, 0, tzinfo=UTC)
GOV, CS = StakeholderGroup.GOVERNMENT, StakeholderGroup.CIVIL_SOCIETY

# Five speakers. Regions matter only where a test steers by region.
G1 = person("g1", group=GOV, gender=Gender.MAN, region=Region.WEOG)
G2 = person("g2", group=GOV, gender=Gender.MAN, region=Region.AFRICAN)
C1 = person("c1", group=CS, gender=Gender.WOMAN, region=Region.WEOG)
C2 = person("c2", group=CS, gender=Gender.MAN, region=Region.WEOG)
K = person("k", group=None, gender=None, region=None)  # nothing stated
ROSTER = (G1, G2, C1, C2, K)

# After g1 speaks 180 s and c2 20 s (total 200), against the 5 speakers:
#   stakeholder group: government 180/200 = 0.9 vs 2/5 = 0.4 → deficit −0.5
#                      civil society 20/200 = 0.1 vs 2/5 = 0.4 → deficit +0.3
#                      unknown 0 vs 1/5 = 0.2 → +0.2, but an unknown group scores 0
#   gender:            man (g1, g2, c2) 1.0 vs 3/5 = 0.6 → −0.4; woman (c1) 0 vs 0.2 → +0.2
#   region:            weog (g1, c1, c2) 1.0 vs 0.6 → −0.4; african (g2) 0 vs 0.2 → +0.2
# Default priorities (not_yet_spoken, stakeholder_group, gender) weigh 9, 3, 1:
#   g2: 9 + 3·(−0.5) + (−0.4) = 7.1      c1: 9 + 3·0.3 + 0.2 = 10.1
#   k:  9 + 0 + 0 = 9                    c2: 0 + 3·0.3 + (−0.4) = 0.5
#   g1: 0 + 3·(−0.5) + (−0.4) = −1.9


def entry(pid: str, kind: InterventionKind = InterventionKind.INTERVENTION) -> QueueEntry:
    return QueueEntry(f"q-{pid}-{kind.value}", pid, kind, ADDED)


def spoken_balance(clock):
    return compute_balance(ROSTER, [turn(clock, "g1", 180), turn(clock, "c2", 20)], clock.now())


def suggest(queue, balance, priorities=DEFAULT_PRIORITIES):
    return suggest_next(tuple(queue), ROSTER, balance, priorities)


def test_the_balance_numbers_the_scores_rely_on(clock):
    balance = spoken_balance(clock)
    groups = balance.dimensions[Dimension.STAKEHOLDER_GROUP]
    assert groups.row("government").people_share - groups.row("government").share == pytest.approx(-0.5)
    assert groups.row("civil_society").people_share - groups.row("civil_society").share == pytest.approx(0.3)
    assert balance.not_yet_spoken == ("g2", "c1", "k")


def test_an_empty_queue_has_no_suggestion(clock):
    assert suggest([], spoken_balance(clock)) is None


@pytest.mark.parametrize("kind", [InterventionKind.POINT_OF_ORDER, InterventionKind.REPLY])
def test_a_point_of_order_or_reply_at_the_head_is_always_suggested(clock, kind):
    # g1 has spoken most and is in the most over-represented group, yet is heard first.
    queue = (entry("g1", kind), entry("c1"), entry("k"))
    suggestion = suggest(queue, spoken_balance(clock))
    assert suggestion is not None
    assert (suggestion.entry_id, suggestion.participant_id, suggestion.position) == (queue[0].id, "g1", 0)
    assert suggestion.reasons == (Reason("priority"),)


def test_a_first_intervention_beats_someone_who_has_spoken(clock):
    # c2 (spoke, but civil society is short of time) 0.5 against g2 (first turn, government) 7.1.
    suggestion = suggest([entry("c2"), entry("g2")], spoken_balance(clock))
    assert (suggestion.participant_id, suggestion.position) == ("g2", 1)
    # Government and men are over-represented, so the only reason is the first turn.
    assert suggestion.reasons == (Reason("first_intervention"),)


def test_among_first_timers_the_under_represented_group_wins_and_is_named(clock):
    # g2 7.1, k 9, c1 10.1 → c1, from the back of the queue.
    suggestion = suggest([entry("g2"), entry("k"), entry("c1")], spoken_balance(clock))
    assert (suggestion.participant_id, suggestion.position) == ("c1", 2)
    first, group, gender = suggestion.reasons
    assert first == Reason("first_intervention")
    assert (group.kind, group.dimension, group.key, group.label) == (
        "under_represented",
        Dimension.STAKEHOLDER_GROUP,
        "civil_society",
        "Civil society",
    )
    assert group.share == pytest.approx(0.1) and group.people_share == pytest.approx(0.4)
    assert (gender.dimension, gender.key, gender.label) == (Dimension.GENDER, "woman", "Woman")
    assert gender.share == pytest.approx(0.0) and gender.people_share == pytest.approx(0.2)


def test_an_unknown_group_is_never_the_reason(clock):
    # k 9 against g2 7.1: k wins for the first turn only; the "Not stated" rows trail by 0.2 but do not count.
    suggestion = suggest([entry("g2"), entry("k")], spoken_balance(clock))
    assert suggestion.participant_id == "k"
    assert suggestion.reasons == (Reason("first_intervention"),)
    # Steering by gender only: k scores 0, g2 −0.4; k is ahead but with no reason beyond the queue.
    by_gender = suggest([entry("g2"), entry("k")], spoken_balance(clock), ("gender",))
    assert by_gender.participant_id == "k"
    assert by_gender.reasons == (Reason("queue_order"),)


def test_an_unknown_group_does_not_beat_a_known_under_represented_one(clock):
    # Gender only: k 0 against c1 +0.2.
    suggestion = suggest([entry("k"), entry("c1")], spoken_balance(clock), ("gender",))
    assert suggestion.participant_id == "c1"
    assert [reason.key for reason in suggestion.reasons] == ["woman"]


def test_before_anyone_has_spoken_the_queue_order_is_kept(clock):
    # Nobody has spoken: every group scores 0, everyone is a first turn (9), so the head wins.
    balance = compute_balance(ROSTER, [], clock.now())
    suggestion = suggest([entry("g1"), entry("c1"), entry("k")], balance)
    assert (suggestion.participant_id, suggestion.position) == ("g1", 0)
    assert suggestion.reasons == (Reason("first_intervention"),)


def test_only_facilitation_so_far_counts_as_nobody_having_spoken(clock):
    moderator = person("mod", roles=(Role.MODERATOR,))
    roster = (*ROSTER, moderator)
    balance = compute_balance(roster, [turn(clock, "mod", 120)], clock.now())
    assert balance.total_seconds == 0
    suggestion = suggest_next((entry("g2"), entry("c1")), roster, balance, DEFAULT_PRIORITIES)
    assert suggestion.participant_id == "g2"


def test_ties_keep_queue_order(clock):
    # g2 and c1 are both first turns and equal on gender when steering by not_yet_spoken only: 1 each.
    balance = spoken_balance(clock)
    suggestion = suggest([entry("g2"), entry("c1")], balance, ("not_yet_spoken",))
    assert suggestion.participant_id == "g2"
    assert suggest([entry("c1"), entry("g2")], balance, ("not_yet_spoken",)).participant_id == "c1"
    # No priorities at all: everyone scores 0, the head is suggested for its place in the queue.
    plain = suggest([entry("c2"), entry("c1")], balance, ())
    assert (plain.participant_id, plain.reasons) == ("c2", (Reason("queue_order"),))


def test_a_queue_entry_for_someone_not_on_the_roster_is_passed_over(clock):
    suggestion = suggest([entry("ghost"), entry("g1")], spoken_balance(clock))
    assert (suggestion.participant_id, suggestion.position) == ("g1", 1)


def test_steering_by_gender_only(clock):
    # gender weight 1: g2 −0.4, c2 −0.4, c1 +0.2 → c1; first turns do not matter here.
    suggestion = suggest([entry("g2"), entry("c2"), entry("c1")], spoken_balance(clock), ("gender",))
    assert suggestion.participant_id == "c1"
    assert [(r.kind, r.key) for r in suggestion.reasons] == [("under_represented", "woman")]


def test_steering_by_region_first_changes_the_choice(clock):
    balance = spoken_balance(clock)
    # Default priorities: c1 10.1 against g2 7.1 → c1.
    assert suggest([entry("c1"), entry("g2")], balance).participant_id == "c1"
    # (region, not_yet_spoken, stakeholder_group) weigh 9, 3, 1:
    #   c1: 9·(−0.4) + 3 + 0.3 = −0.3       g2: 9·0.2 + 3 + (−0.5) = 4.3 → g2
    suggestion = suggest([entry("c1"), entry("g2")], balance, ("region", "not_yet_spoken", "stakeholder_group"))
    assert suggestion.participant_id == "g2"
    region, first = suggestion.reasons
    assert (region.dimension, region.key, region.share) == (Dimension.REGION, "african", 0.0)
    assert region.people_share == pytest.approx(0.2)
    assert first == Reason("first_intervention")


def test_a_group_five_points_short_is_under_represented_and_two_points_is_not(clock):
    a = person("a", group=CS, gender=Gender.MAN)
    b = person("b", group=GOV, gender=Gender.MAN)
    roster = (a, b)
    # a 55 s, b 45 s: government 0.45 of the time, 0.5 of the speakers → 0.05 short, exactly the margin.
    balance = compute_balance(roster, [turn(clock, "a", 55), turn(clock, "b", 45)], clock.now())
    suggestion = suggest_next((entry("a"), entry("b")), roster, balance, ("stakeholder_group",))
    assert suggestion.participant_id == "b"
    assert [(r.kind, r.key) for r in suggestion.reasons] == [("under_represented", "government")]
    # a 52 s, b 48 s: 0.02 short — b still wins on score, but is not called under-represented.
    near = compute_balance(roster, [turn(clock, "a", 52), turn(clock, "b", 48)], clock.now())
    suggestion = suggest_next((entry("a"), entry("b")), roster, near, ("stakeholder_group",))
    assert suggestion.participant_id == "b"
    assert suggestion.reasons == (Reason("queue_order"),)


def test_the_queue_passed_in_is_not_changed(clock):
    queue = (entry("g2"), entry("k"), entry("c1"))
    before = tuple(queue)
    suggestion = suggest_next(queue, ROSTER, spoken_balance(clock), DEFAULT_PRIORITIES)
    assert suggestion.position == 2
    assert queue == before
    assert all(a is b for a, b in zip(queue, before, strict=True))


# -- priorities -------------------------------------------------------------------------------------------
def test_check_priorities_accepts_the_known_names_and_drops_repeats():
    assert ALLOWED_PRIORITIES == ("not_yet_spoken", "stakeholder_group", "gender", "region", "attendance")
    assert check_priorities(["gender", "region", "gender"]) == ("gender", "region")
    assert check_priorities([]) == ()
    assert check_priorities(DEFAULT_PRIORITIES) == ("not_yet_spoken", "stakeholder_group", "gender")


@pytest.mark.parametrize("bad", ["age", "participant", "Gender", ""])
def test_check_priorities_rejects_unknown_names(bad):
    with pytest.raises(ValidationError, match="cannot steer the suggestion") as caught:
        check_priorities(["gender", bad])
    assert f"'{bad}'" in str(caught.value)


# -- contingents ------------------------------------------------------------------------------------------
def test_contingent_remaining_time_can_go_negative_and_added_time_counts(clock):
    balance = spoken_balance(clock)  # government 180 s, civil society 20 s
    contingents = [
        Contingent(CS, 60),  # 60 − 20 = 40 left
        Contingent(GOV, 120, added_seconds=30),  # 120 + 30 − 180 = −30: over by half a minute
        Contingent(StakeholderGroup.MEDIA, 90),  # nobody from the media: 90 left
    ]
    statuses = contingent_status(contingents, balance)
    assert [(s.contingent.stakeholder_group, s.used_seconds, s.remaining_seconds) for s in statuses] == [
        (CS, 20.0, 40.0),
        (GOV, 180.0, -30.0),
        (StakeholderGroup.MEDIA, 0.0, 90.0),
    ]
    assert statuses[1].contingent.allowance_seconds == 150


def test_a_contingent_is_used_only_by_substantive_time(clock):
    chair = person("chair", group=GOV, roles=(Role.MODERATOR,))
    roster = (G1, chair)
    interventions = [
        turn(clock, "chair", 300),  # facilitation
        turn(clock, "g1", 10, InterventionKind.POINT_OF_ORDER),  # procedural
        turn(clock, "g1", 50),
    ]
    balance = compute_balance(roster, interventions, clock.now())
    (status,) = contingent_status([Contingent(GOV, 60)], balance)
    assert (status.used_seconds, status.remaining_seconds) == (50.0, 10.0)


@pytest.mark.parametrize(
    ("budget", "added"),
    [(0, 0), (24 * 3600, 0), (60, -24 * 3600), (60, 24 * 3600), (0, -30)],
)
def test_check_contingent_accepts_the_limits(budget, added):
    contingent = Contingent(GOV, budget, added)
    assert check_contingent(contingent) == contingent


@pytest.mark.parametrize(
    ("budget", "added", "words"),
    [
        (-1, 0, "budget"),
        (24 * 3600 + 1, 0, "budget"),
        (60, 24 * 3600 + 1, "Added time"),
        (60, -24 * 3600 - 1, "Added time"),
    ],
)
def test_check_contingent_refuses_out_of_range(budget, added, words):
    with pytest.raises(ValidationError, match=words):
        check_contingent(Contingent(GOV, budget, added))


def test_moderators_and_rapporteurs_are_not_suggested_while_others_wait(console, clock):
    from moderator_app.domain.balance import compute_balance
    from moderator_app.domain.steering import suggest_next

    kerry_ann = "7c1d2e5a-2017-4c1d-9e1f-100000000001"  # moderator, woman (test details)
    alberto = "7c1d2e5a-2017-4c1d-9e1f-100000000003"
    chris = "7c1d2e5a-2017-4c1d-9e1f-100000000004"
    for speaker in (alberto, chris):
        console.give_floor(speaker)
        clock.advance(300)
    console.end_intervention()
    for entry in list(console.snapshot.queue):
        console.withdraw(entry.id)
    console.enqueue(kerry_ann)
    console.enqueue(alberto)
    balance = compute_balance(console.snapshot.participants, console.snapshot.interventions, clock.now())
    suggestion = suggest_next(
        console.snapshot.queue, console.snapshot.participants, balance, console.session.suggestion_priorities
    )
    assert suggestion is not None and suggestion.participant_id == alberto


def test_a_remote_request_is_suggested_when_it_helps_the_balance_most(clock):
    # c1 (10.1) waits in the remote queue; g2 (7.1) and c2 (0.5) in the main one.
    suggestion = suggest_next(
        (entry("g2"), entry("c2")), ROSTER, spoken_balance(clock), DEFAULT_PRIORITIES, (entry("c1"),)
    )
    assert suggestion is not None
    assert (suggestion.participant_id, suggestion.position, suggestion.remote) == ("c1", 0, True)
    assert Reason("first_intervention") in suggestion.reasons


def test_a_remote_request_alone_is_suggested_and_a_point_of_order_still_comes_first(clock):
    only_remote = suggest_next((), ROSTER, spoken_balance(clock), DEFAULT_PRIORITIES, (entry("c2"), entry("k")))
    assert only_remote is not None and (only_remote.participant_id, only_remote.remote) == ("k", True)
    order = entry("g1", InterventionKind.POINT_OF_ORDER)
    first = suggest_next((order,), ROSTER, spoken_balance(clock), DEFAULT_PRIORITIES, (entry("c1"),))
    assert first is not None and (first.participant_id, first.remote) == ("g1", False)


def test_on_a_tie_the_main_queue_comes_before_the_remote_one(clock):
    suggestion = suggest_next((entry("c1"),), ROSTER, spoken_balance(clock), DEFAULT_PRIORITIES, (entry("c1"),))
    assert suggestion is not None and suggestion.remote is False
