"""Reading an IGF workshop proposal: every fact found, nothing invented, odd layouts tolerated."""

from __future__ import annotations

from datetime import date

import pytest

from moderator_app.importers import ImportFileError
from moderator_app.importers.proposal import parse_proposal
from tests.support import proposed_by_name as people

# The 2017 workshop's facts, laid out the way the IGF proposal pages are (our own wording around them).
PROPOSAL = """Towards an Inclusive Cybersecurity Capacity Building Approach

21 December 2017 - A Workshop on Other in Geneva, Switzerland

Proposer's Name: Mr. Belisario Contreras
Proposer's Organization: Organization of American States
Co-Proposer's Name: Ms. Daniela Schnidrig
Co-Proposer's Organization: Global Partners Digital
Mr., Belisario, CONTRERAS, Intergovernmental Organization, Organization of American States (OAS)
Ms., Daniela, SCHNIDRIG, Civil Society, Global Partners Digital

Session Format: Round Table - 90 Min

Country: United States
Stakeholder Group: Intergovernmental Organizations

Country: United Kingdom
Stakeholder Group: Civil Society

Speaker: Lea Kaspar
Speaker: Alberto Hernandez
Speaker: Chris Painter
Speaker: David Duren
Speaker: Kaja Ciglic

Content of the Session:
A first paragraph about the session.

A second paragraph: it keeps its colon.

Relevance of the Session:
Why this matters (ignored, not an error).

Tag 1: Cybersecurity
Tag 2: Capacity Building
Tag 3:

Onsite Moderator: Kerry-Ann Barrett, OAS
Online Moderator: Matthew Shears, GDP
Rapporteur: Barbara Marchiori, OAS

Online Participation:
Remote participants will be heard.

Conducted a Workshop in IGF before?: Yes
Link to Report:
"""


def test_every_fact_of_the_2017_workshop_is_read():
    result = parse_proposal(PROPOSAL)
    session = result.session
    assert session.title == "Towards an Inclusive Cybersecurity Capacity Building Approach"
    assert session.date == date(2017, 12, 21)
    assert session.venue == "Geneva, Switzerland"
    assert session.format == "Round Table"
    assert session.planned_minutes == 90
    assert session.tags == ("Cybersecurity", "Capacity Building")
    assert session.organisers == ("Organization of American States", "Global Partners Digital")
    assert session.description == "A first paragraph about the session.\n\nA second paragraph: it keeps its colon."
    assert result.not_understood == ()
    found = people(result)
    assert list(found) == [
        "Belisario Contreras",
        "Daniela Schnidrig",
        "Lea Kaspar",
        "Alberto Hernandez",
        "Chris Painter",
        "David Duren",
        "Kaja Ciglic",
        "Kerry-Ann Barrett",
        "Matthew Shears",
        "Barbara Marchiori",
    ]
    belisario = found["Belisario Contreras"]
    assert belisario.draft.affiliation == "Organization of American States"
    assert belisario.draft.stakeholder_group == "intergovernmental_organization"
    assert belisario.draft.country == "US"
    assert belisario.draft.gender == "man" and belisario.gender_from_honorific
    assert belisario.draft.roles == ("organizer",)
    daniela = found["Daniela Schnidrig"]
    assert (daniela.draft.affiliation, daniela.draft.stakeholder_group, daniela.draft.country) == (
        "Global Partners Digital",
        "civil_society",
        "GB",
    )
    assert daniela.draft.gender == "woman" and daniela.gender_from_honorific
    for speaker in ("Lea Kaspar", "Alberto Hernandez", "Chris Painter", "David Duren", "Kaja Ciglic"):
        assert found[speaker].draft.roles == ("speaker",)
        assert found[speaker].draft.gender is None and not found[speaker].gender_from_honorific
        assert found[speaker].draft.affiliation == ""
    assert (found["Kerry-Ann Barrett"].draft.roles, found["Kerry-Ann Barrett"].draft.affiliation) == (
        ("moderator",),
        "OAS",
    )
    assert (found["Matthew Shears"].draft.roles, found["Matthew Shears"].draft.affiliation) == (
        ("online_moderator",),
        "GDP",
    )
    assert (found["Barbara Marchiori"].draft.roles, found["Barbara Marchiori"].draft.affiliation) == (
        ("rapporteur",),
        "OAS",
    )
    assert ("Title", session.title) in result.found and ("Planned minutes", "90") in result.found


def test_windows_line_endings_and_extra_blank_lines_read_the_same():
    crlf = PROPOSAL.replace("\n", "\r\n\r\n")
    assert parse_proposal(crlf).session.title == parse_proposal(PROPOSAL).session.title
    assert people(parse_proposal(crlf)).keys() == people(parse_proposal(PROPOSAL)).keys()
    assert parse_proposal("\ufeff" + crlf).session.venue == "Geneva, Switzerland"


def test_reordered_fields_are_read_and_proposers_keep_their_pairs():
    text = """A Title
Co-Proposer's Organization: Global Partners Digital
Speaker: Lea Kaspar
Session Format: Round Table - 90 Min
Co-Proposer's Name: Ms. Daniela Schnidrig
Proposer's Organization: Organization of American States
Country: United States
Proposer's Name: Mr. Belisario Contreras
Country: United Kingdom
"""
    result = parse_proposal(text)
    found = people(result)
    assert found["Belisario Contreras"].draft.country == "US"
    assert found["Daniela Schnidrig"].draft.country == "GB"
    assert found["Daniela Schnidrig"].draft.affiliation == "Global Partners Digital"
    assert result.session.planned_minutes == 90
    assert result.not_understood == ()


def test_missing_fields_stay_empty():
    result = parse_proposal("Only a title\n\nSpeaker: Lea Kaspar\n")
    session = result.session
    assert session.title == "Only a title"
    assert (session.date, session.venue, session.format, session.planned_minutes) == (None, "", "", None)
    assert session.tags == () and session.organisers == () and session.description == ""
    assert [p.draft.name for p in result.participants] == ["Lea Kaspar"]


def test_no_title_when_the_first_line_is_a_field():
    result = parse_proposal("Speaker: Lea Kaspar\n")
    assert result.session.title == ""


def test_non_latin_names_are_kept_and_non_ascii_capitals_are_not_touched():
    text = "عنوان\nSpeaker: 王小明\nSpeaker: نور الهدى\nMs., Ana, MÜLLER, Academia, Universität\n"
    found = people(parse_proposal(text))
    assert "王小明" in found and "نور الهدى" in found
    assert "Ana MÜLLER" in found and found["Ana MÜLLER"].draft.stakeholder_group == "academia"


def test_the_same_person_named_twice_is_one_participant_with_both_roles():
    text = (
        "T\nProposer's Name: Mr. Belisario Contreras\nSpeaker: belisario  contreras\nRapporteur: BELISARIO CONTRERAS\n"
    )
    result = parse_proposal(text)
    assert len(result.participants) == 1
    assert result.participants[0].draft.roles == ("organizer", "speaker", "rapporteur")


def test_a_doctor_or_professor_gets_no_gender():
    text = (
        "T\nProposer's Name: Dr. Jane Doe\nCo-Proposer's Name: Prof. Kim Lee\nOnsite Moderator: Mrs. Ada Lovelace, X\n"
    )
    found = people(parse_proposal(text))
    assert found["Jane Doe"].draft.gender is None and not found["Jane Doe"].gender_from_honorific
    assert found["Kim Lee"].draft.gender is None
    assert found["Ada Lovelace"].draft.gender == "woman" and found["Ada Lovelace"].gender_from_honorific


def test_lines_it_cannot_place_are_reported_with_their_numbers():
    text = "T\nSomething odd here\nCountry: Atlantis\nFavourite colour: blue\nSession Format: Panel - 5000 min\n"
    problems = {n.line: n.why for n in parse_proposal(text).not_understood}
    assert set(problems) == {2, 3, 4, 5}
    assert "Atlantis" in problems[3] or "country" in problems[3]


def test_french_and_spanish_country_names_pair_with_proposers():
    text = "T\nProposer's Name: Ana\nCo-Proposer's Name: Luc\nCountry: España\nCountry: Côte d'Ivoire\n"
    found = people(parse_proposal(text))
    assert (found["Ana"].draft.country, found["Luc"].draft.country) == ("ES", "CI")


@pytest.mark.parametrize("text", ["", "   \n\r\n\t  ", "\ufeff"])
def test_an_empty_proposal_is_a_clean_error(text):
    with pytest.raises(ImportFileError, match="empty"):
        parse_proposal(text)
