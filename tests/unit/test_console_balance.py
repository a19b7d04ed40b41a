"""The console's balance commands on the demo session: accepting a suggestion, settings and contingents that persist."""

from __future__ import annotations

import pytest

from moderator_app.domain.balance import Dimension, ReferenceSet
from moderator_app.domain.enums import InterventionKind, StakeholderGroup
from moderator_app.domain.steering import Contingent, Reason
from moderator_app.domain.text import ValidationError
from moderator_app.services.console import SessionConsole
from moderator_app.system.resources import regions

# The demo's speakers, queued in this order for opening statements.
LEA = "7c1d2e5a-2017-4c1d-9e1f-100000000002"  # civil society, woman
ALBERTO = "7c1d2e5a-2017-4c1d-9e1f-100000000003"  # government, man
CHRIS = "7c1d2e5a-2017-4c1d-9e1f-100000000004"  # government, man
DAVID = "7c1d2e5a-2017-4c1d-9e1f-100000000005"  # group not stated, man
KAJA = "7c1d2e5a-2017-4c1d-9e1f-100000000006"  # private sector, woman

CS, GOV = StakeholderGroup.CIVIL_SOCIETY, StakeholderGroup.GOVERNMENT


def reopen(console: SessionConsole, repository, clock) -> SessionConsole:
    """A new console on the same data, as after restarting the app."""
    return SessionConsole(repository, clock, console.session_id, regions=regions())


def lea_then_alberto(console: SessionConsole, clock) -> None:
    """Lea speaks 120 s, Alberto 60 s; Chris, David and Kaja are still waiting, in that order."""
    console.next_speaker()
    clock.advance(120)
    console.next_speaker()
    clock.advance(60)
    console.end_intervention()


def test_the_demo_queue_is_what_these_tests_assume(console):
    assert [e.participant_id for e in console.snapshot.queue] == [LEA, ALBERTO, CHRIS, DAVID, KAJA]
    assert console.session.balance_reference == "speakers"
    assert console.session.suggestion_priorities == ("not_yet_spoken", "stakeholder_group", "gender")


def test_before_anyone_speaks_the_suggestion_is_the_head_of_the_queue(console):
    suggestion = console.suggestion()
    assert (suggestion.participant_id, suggestion.position) == (LEA, 0)
    assert suggestion.reasons == (Reason("first_intervention"),)


def test_accept_suggestion_gives_the_floor_and_keeps_everyone_else_in_order(console, clock):
    lea_then_alberto(console, clock)
    console.set_balance_settings("speakers", ["stakeholder_group"])
    # Speakers: Lea, Alberto, Chris, David, Kaja (5). Time: civil society 120, government 60 (of 180).
    #   Chris (government): 2/5 − 60/180 = 0.4 − 0.333 = +0.067
    #   David (not stated): 0
    #   Kaja (private sector): 1/5 − 0 = +0.2 → Kaja, third in the queue
    balance = console.balance()
    assert balance.total_seconds == pytest.approx(180)
    suggestion = console.suggestion(balance)
    assert (suggestion.participant_id, suggestion.position) == (KAJA, 2)
    (reason,) = suggestion.reasons
    assert (reason.kind, reason.key, reason.share) == ("under_represented", "private_sector", 0.0)
    assert reason.people_share == pytest.approx(0.2)
    waiting_before = [e.id for e in console.snapshot.queue]

    started = console.accept_suggestion()

    assert started.participant_id == KAJA
    assert started.kind is InterventionKind.OPENING_STATEMENT
    assert console.snapshot.current_intervention.id == started.id
    assert [e.participant_id for e in console.snapshot.queue] == [CHRIS, DAVID]
    assert [e.id for e in console.snapshot.queue] == [waiting_before[0], waiting_before[1]]
    assert [e.participant_id for e in reopen(console, console.repository, clock).snapshot.queue] == [CHRIS, DAVID]


def test_with_the_default_priorities_the_head_can_be_the_best_choice(console, clock):
    lea_then_alberto(console, clock)
    # (9, 3, 1) on first turn, group, gender. Women 120/180 = ⅔ vs 2/5; men ⅓ vs 3/5 → men +0.267, women −0.267.
    #   Chris 9 + 3·0.067 + 0.267 = 9.467;  David 9 + 0 + 0.267 = 9.267;  Kaja 9 + 3·0.2 − 0.267 = 9.333
    suggestion = console.suggestion()
    assert (suggestion.participant_id, suggestion.position) == (CHRIS, 0)
    assert console.accept_suggestion().participant_id == CHRIS
    assert [e.participant_id for e in console.snapshot.queue] == [DAVID, KAJA]


def test_accept_suggestion_hears_a_point_of_order_first(console, clock):
    lea_then_alberto(console, clock)
    point = console.enqueue(LEA, InterventionKind.POINT_OF_ORDER)
    started = console.accept_suggestion()
    assert (started.participant_id, started.kind) == (LEA, InterventionKind.POINT_OF_ORDER)
    assert point.id not in [e.id for e in console.snapshot.queue]
    assert [e.participant_id for e in console.snapshot.queue] == [CHRIS, DAVID, KAJA]


def test_accept_suggestion_on_an_empty_queue_is_refused(console):
    for entry in console.snapshot.queue:
        console.withdraw(entry.id)
    assert console.suggestion() is None
    with pytest.raises(ValidationError, match="queue is empty"):
        console.accept_suggestion()
    assert console.snapshot.current_intervention is None


# -- settings ---------------------------------------------------------------------------------------------
def test_balance_settings_persist(console, repository, clock):
    console.set_balance_settings("everyone", ["region", "gender"])
    assert console.session.balance_reference == "everyone"
    again = reopen(console, repository, clock)
    assert again.session.balance_reference == "everyone"
    assert again.session.suggestion_priorities == ("region", "gender")
    assert again.balance().reference is ReferenceSet.EVERYONE
    # Everyone but the moderator, online moderator and rapporteur: 7 people, of whom 2 are civil society
    # (Lea and the organiser Daniela).
    groups = again.balance().dimensions[Dimension.STAKEHOLDER_GROUP]
    assert groups.row("civil_society").people == 2
    assert groups.row("civil_society").people_share == pytest.approx(2 / 7)


def test_balance_settings_drop_repeated_priorities(console):
    console.set_balance_settings("took_floor", ["gender", "gender", "not_yet_spoken"])
    assert console.session.suggestion_priorities == ("gender", "not_yet_spoken")


@pytest.mark.parametrize(
    ("reference", "priorities", "words"),
    [
        ("all", ["gender"], "'all' is not a reference set"),
        ("everyone", ["gender", "age"], "'age' cannot steer"),
    ],
)
def test_bad_balance_settings_are_refused_and_change_nothing(console, repository, clock, reference, priorities, words):
    before = repository.load(console.session_id)
    with pytest.raises(ValidationError, match=words):
        console.set_balance_settings(reference, priorities)
    assert repository.load(console.session_id) == before
    assert console.session == before.session
    assert reopen(console, repository, clock).session.balance_reference == "speakers"


# -- contingents -------------------------------------------------------------------------------------------
def test_contingents_and_added_time_persist(console, repository, clock):
    console.set_contingents([Contingent(CS, 300), Contingent(GOV, 600)])
    assert reopen(console, repository, clock).snapshot.contingents == (Contingent(CS, 300), Contingent(GOV, 600))
    assert console.add_contingent_time(GOV, 60) == Contingent(GOV, 600, 60)
    assert console.add_contingent_time(GOV, -90) == Contingent(GOV, 600, -30)
    assert reopen(console, repository, clock).snapshot.contingents == (Contingent(CS, 300), Contingent(GOV, 600, -30))


def test_added_time_on_a_group_without_a_contingent_is_refused(console, repository):
    console.set_contingents([Contingent(CS, 300)])
    before = repository.load(console.session_id)
    with pytest.raises(ValidationError, match="no contingent"):
        console.add_contingent_time(StakeholderGroup.MEDIA, 60)
    assert repository.load(console.session_id) == before


def test_added_time_past_the_limit_is_refused(console, repository):
    console.set_contingents([Contingent(CS, 300, 24 * 3600 - 10)])
    with pytest.raises(ValidationError, match="Added time"):
        console.add_contingent_time(CS, 11)
    assert repository.load(console.session_id).contingents == (Contingent(CS, 300, 24 * 3600 - 10),)


@pytest.mark.parametrize(
    ("contingents", "words"),
    [
        ([Contingent(CS, 300), Contingent(CS, 200)], "only one contingent"),
        ([Contingent(GOV, 60), Contingent(CS, -1)], "budget"),
    ],
)
def test_bad_contingents_are_refused_and_the_old_ones_kept(console, repository, contingents, words):
    console.set_contingents([Contingent(GOV, 120)])
    with pytest.raises(ValidationError, match=words):
        console.set_contingents(contingents)
    assert repository.load(console.session_id).contingents == (Contingent(GOV, 120),)


def test_contingents_can_be_cleared(console, repository):
    console.set_contingents([Contingent(GOV, 120)])
    console.set_contingents([])
    assert repository.load(console.session_id).contingents == ()


def test_a_remote_request_can_be_the_suggestion_and_s_gives_it_the_floor(console, clock):
    lea_then_alberto(console, clock)
    console.set_balance_settings("speakers", ["not_yet_spoken"])
    for entry in list(console.snapshot.queue):
        console.withdraw(entry.id)
    console.enqueue(LEA)  # has spoken: scores nothing
    remote = console.add_remote(name="Remote Newcomer", platform="Zoom", text="A question from afar")
    suggestion = console.suggestion()
    assert (suggestion.participant_id, suggestion.remote, suggestion.position) == (remote.participant_id, True, 0)
    assert suggestion.reasons == (Reason("first_intervention"),)
    started = console.accept_suggestion()
    assert started.participant_id == remote.participant_id
    assert console.snapshot.remote_queue == ()
    assert [e.participant_id for e in console.snapshot.queue] == [LEA]
