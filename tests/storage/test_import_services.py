"""Import services: a proposal becomes one new session; a roster goes in whole or not at all."""

from __future__ import annotations

import sqlite3

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from moderator_app.domain.session import Participant, ParticipantDraft, Session
from moderator_app.domain.text import ValidationError
from moderator_app.importers.proposal import parse_proposal
from moderator_app.importers.roster import RawTable, RosterResult, RosterRow, parse_roster
from moderator_app.services.imports import RosterImportError, import_proposal
from moderator_app.services.sessions import create_session
from moderator_app.storage.repository import SessionRepository, UnknownSessionError
from moderator_app.system.resources import regions

PROPOSAL = (
    "Towards an Inclusive Cybersecurity Capacity Building Approach\n"
    "21 December 2017 - A Workshop on Other in Geneva, Switzerland\n"
    "Proposer's Name: Mr. Belisario Contreras\nProposer's Organization: Organization of American States\n"
    "Country: United States\nSpeaker: Lea Kaspar\nSpeaker: Belisario Contreras\n"
)


def participants(repository: SessionRepository, session_id: str) -> list[Participant]:
    return list(repository.load(session_id).participants)


@pytest.fixture
def session_id(repository, clock) -> str:
    return create_session(repository, Session(id="s-1", title="Round table"), [], clock)


def test_a_proposal_becomes_a_session_with_its_people(repository, clock):
    session_id = import_proposal(repository, parse_proposal(PROPOSAL), clock, regions=regions())
    snapshot = repository.load(session_id)
    assert snapshot.session.title == "Towards an Inclusive Cybersecurity Capacity Building Approach"
    assert snapshot.session.venue == "Geneva, Switzerland"
    people = {p.name: p for p in snapshot.participants}
    assert [r.value for r in people["Belisario Contreras"].roles] == ["organizer", "speaker"]
    assert people["Belisario Contreras"].region is not None  # US → WEOG, derived from the country
    assert len(people) == 2


def test_a_proposal_without_title_stores_nothing(repository, clock):
    result = parse_proposal("Speaker: Lea Kaspar\n")
    with pytest.raises(ValidationError, match="Title"):
        import_proposal(repository, result, clock, regions=regions())
    assert repository.list_sessions() == []


def test_the_users_edits_of_the_preview_win(repository, clock):
    result = parse_proposal(PROPOSAL)
    from dataclasses import replace

    edited = replace(result.session, title="Edited title", planned_minutes=60)
    session_id = import_proposal(
        repository, result, clock, regions=regions(), session=edited, drafts=[ParticipantDraft(name="Only One")]
    )
    snapshot = repository.load(session_id)
    assert (snapshot.session.title, snapshot.session.planned_minutes) == ("Edited title", 60)
    assert [p.name for p in snapshot.participants] == ["Only One"]


def test_a_roster_with_bad_rows_imports_nothing_unless_asked(library, repository, session_id):
    roster = parse_roster(b"Name,Gender\nAna,F\nBob,??\nCleo,\n")
    with pytest.raises(RosterImportError, match="line 3"):
        library.import_roster(session_id, roster, regions())
    assert participants(repository, session_id) == []
    summary = library.import_roster(session_id, roster, regions(), only_good_rows=True)
    assert (summary.imported, summary.skipped_errors) == (2, ((3, roster.errors[0][1]),))
    assert [p.name for p in participants(repository, session_id)] == ["Ana", "Cleo"]


def test_duplicates_are_skipped_or_updated_never_added_twice(library, repository, session_id):
    library.import_roster(session_id, parse_roster(b"Name,Gender\nAna Perez,F\n"), regions())
    again = parse_roster("Name,Organisation,Role\nana pérez,OEA,speaker\nNew One,,\n".encode())
    skipped = library.import_roster(session_id, again, regions())
    assert (skipped.imported, skipped.updated, skipped.skipped_duplicates) == (1, 0, (2,))
    assert participants(repository, session_id)[0].affiliation == ""
    updated = library.import_roster(session_id, again, regions(), duplicates="update")
    assert (updated.imported, updated.updated) == (0, 2)
    people = participants(repository, session_id)
    assert [p.name for p in people] == ["Ana Perez", "New One"]
    assert people[0].affiliation == "OEA" and people[0].gender is not None  # kept what the row did not say
    assert [r.value for r in people[0].roles] == ["speaker"]


def test_a_roster_import_takes_one_change_number_and_none_when_it_changes_nothing(library, repository, session_id):
    roster = parse_roster(b"Name,Gender\nAna,F\nCleo,\n")
    number = repository.change_sequence()
    library.import_roster(session_id, roster, regions())
    assert repository.change_sequence() == number + 1
    library.import_roster(session_id, roster, regions(), duplicates="update")  # as they are
    assert repository.change_sequence() == number + 1


def test_an_unknown_session_is_refused(library, repository):
    with pytest.raises(UnknownSessionError):
        library.import_roster("nope", parse_roster(b"Name\nA\n"), regions())


NAMES = st.text(alphabet=st.characters(categories=["L", "N", "Zs"]), min_size=1, max_size=20)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    names=st.lists(NAMES, min_size=1, max_size=15),
    fail_at=st.integers(min_value=1, max_value=15),
    update=st.booleans(),
)
def test_a_failure_midway_leaves_the_database_as_it_was(library, repository, session_id, names, fail_at, update):
    """The disk "fills up" at the n-th participant written (a trigger raises), like a real failure would."""
    before = participants(repository, session_id)
    rows = tuple(RosterRow(n + 2, ParticipantDraft(name=f"{name} {n}")) for n, name in enumerate(names))
    roster = RosterResult(RawTable("UTF-8", ",", ("Name",), 1, ()), ("name",), rows, ())
    limit = len(before) + fail_at - 1
    repository.db.execute(
        "CREATE TEMP TRIGGER disk_full BEFORE INSERT ON participants "
        f"WHEN (SELECT COUNT(*) FROM participants) >= {limit} BEGIN SELECT RAISE(ABORT, 'disk full'); END"
    )
    try:
        library.import_roster(session_id, roster, regions(), duplicates="update" if update else "skip")
    except sqlite3.IntegrityError:
        assert participants(repository, session_id) == before
    else:
        assert len(participants(repository, session_id)) <= limit
    finally:
        repository.db.execute("DROP TRIGGER disk_full")


def test_a_real_igf_page_is_stored_with_its_code_type_and_stated_regions(repository, clock):
    from benchmarks.igf_import import FIXTURES
    from moderator_app.domain.enums import Region, SessionType

    result = parse_proposal((FIXTURES / "igf2019_ws289.txt").read_text(encoding="utf-8"))
    session_id = import_proposal(repository, result, clock, regions=regions())
    stored = repository.load(session_id)
    assert (stored.session.session_code, stored.session.session_type) == ("WS #289", SessionType.WORKSHOP)
    assert stored.session.format == "Birds of a Feather" and stored.session.planned_minutes == 60
    by_name = {p.name: p for p in stored.participants}
    assert by_name["Constanze Buerger"].region is Region.WEOG and by_name["Constanze Buerger"].country == ""


def test_a_roster_states_a_region_for_people_without_a_country(library, repository, clock):
    session_id = import_proposal(repository, parse_proposal("A title\nSpeaker: Ana Lopez\n"), clock, regions=regions())
    roster = parse_roster(b"Name,UN regional group,Country\nKofi Boateng,African Group,\nLea Kaspar,GRULAC,GB\n")
    assert roster.errors == ()
    library.import_roster(session_id, roster, regions())
    by_name = {p.name: p.region for p in participants(repository, session_id)}
    # A stated group where there is no country; a country's own group wins over a stated one.
    assert by_name["Kofi Boateng"].value == "african"
    assert by_name["Lea Kaspar"].value == "weog"


def test_a_roster_region_that_is_no_un_group_is_a_clear_row_error():
    roster = parse_roster(b"Name,Region\nEva Berg,Europe\n")
    assert roster.errors and "not one of the five UN groups" in roster.errors[0][1]
