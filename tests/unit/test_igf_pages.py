"""Real IGF session pages of 2016–2024, and each kind of line they hold, read as a person reads them."""

from __future__ import annotations

from datetime import date, time

import pytest

from benchmarks.igf_import import fixtures, score_page
from moderator_app.domain.enums import SessionType
from moderator_app.importers.proposal import parse_proposal
from tests.support import proposed_by_name as by_name

PAGES = fixtures()


def test_there_are_real_pages_of_many_years_and_kinds():
    assert len(PAGES) >= 10
    years = {name[3:7] for name, _text, _expected in PAGES}
    kinds = {expected["session_type"] for _name, _text, expected in PAGES}
    assert len(years) >= 6
    assert {"workshop", "open_forum", "day_0_event", "main_session", "dynamic_coalition"} <= kinds


@pytest.mark.parametrize(("name", "text", "expected"), PAGES, ids=[name for name, _t, _e in PAGES])
def test_each_real_page_gives_the_facts_a_reader_finds(name, text, expected):
    score = score_page(name, text, expected)
    known = {each["miss"] for each in expected.get("known_misses", [])}
    assert score.invented == []
    # A miss the fixture names, with why, is one the import is known not to read; any other is a regression.
    assert [miss for miss in score.misses if miss not in known] == []
    # A known miss that no longer happens is taken off the list, so the list stays true.
    assert known <= set(score.misses)


def test_known_misses_are_few_and_each_says_why():
    known = [each for _name, _text, expected in PAGES for each in expected.get("known_misses", [])]
    assert all(each["why"].strip() for each in known)
    scores = [score_page(*page) for page in PAGES]
    facts = sum(s.people_expected + s.fields_total + 1 + s.session_total for s in scores)
    # Listing a miss is no way to pass: at most 3 % of the facts a reader finds on these pages.
    assert len(known) <= 0.03 * facts


def test_numbered_labels_give_group_and_region_as_stated():
    text = (
        "IGF 2020 WS #100 A title\n"
        "Organizer 1: Civil Society, African Group\n"
        "Organizer 2: Ana Pérez, Instituto Nacional\n"
        "Speaker 1: Kwame Mensah, Civil Society, African Group\n"
        "Speaker 2: Lina Park, Government, Asia-Pacific Group\n"
        "Speaker 3: Jean Dupont, Private Sector, Western European and Others Group (WEOG)\n"
    )
    result = parse_proposal(text)
    found = by_name(result)
    kwame = found["Kwame Mensah"].draft
    assert (kwame.affiliation, kwame.stakeholder_group, kwame.region, kwame.roles) == (
        "",
        "civil_society",
        "african",
        ("speaker",),
    )
    assert found["Lina Park"].draft.region == "asia_pacific"
    assert found["Jean Dupont"].draft.region == "weog"
    assert found["Ana Pérez"].draft.affiliation == "Instituto Nacional"
    assert found["Ana Pérez"].draft.roles == ("organizer",)
    # "Organizer 1: Civil Society, African Group" names nobody: it is listed, not turned into a person.
    assert "Civil Society" not in found
    assert [n.line for n in result.not_understood] == [2]


@pytest.mark.parametrize(
    ("heading", "role"),
    [
        ("Speakers:", "speaker"),
        ("Co-Organizers:", "organizer"),
        ("Speakers provisionally confirmed:", "speaker"),
        ("Moderador:", "moderator"),
        ("Key Participants", "speaker"),
        ("Onsite Moderator", "moderator"),
        ("Online Moderators:", "online_moderator"),
        ("Rapporteurs", "rapporteur"),
    ],
)
def test_plural_and_variant_headings_give_their_role_to_the_names_under_them(heading, role):
    result = parse_proposal(f"A session\n{heading}\nMaria Souza, Universidade Federal\n")
    (person,) = result.participants
    assert (person.draft.name, person.draft.affiliation, person.draft.roles) == (
        "Maria Souza",
        "Universidade Federal",
        (role,),
    )
    assert not person.role_unconfirmed


def test_a_role_heading_with_the_name_on_the_next_line_and_blank_lines_between():
    text = "A session\n\nOnsite Moderator\n\nNicolas Ruiz\n\nOnline Moderator\n\nAmina Diallo\n\nRapporteur\nLi Wei\n"
    found = by_name(parse_proposal(text))
    assert found["Nicolas Ruiz"].draft.roles == ("moderator",)
    assert found["Amina Diallo"].draft.roles == ("online_moderator",)
    assert found["Li Wei"].draft.roles == ("rapporteur",)


def test_an_unknown_heading_does_not_swallow_the_people_under_it():
    text = "A session\nLead experts of the round:\nJane Doe, Example University\nJohn Roe, Example Foundation\n"
    result = parse_proposal(text)
    found = by_name(result)
    assert set(found) == {"Jane Doe", "John Roe"}
    assert all(p.role_unconfirmed and p.draft.roles == ("participant",) for p in found.values())
    assert found["Jane Doe"].draft.affiliation == "Example University"


def test_bare_names_where_the_heading_was_lost_are_offered_to_confirm():
    result = parse_proposal("A session\n\nKateryna Petrenko, Civil Society, Eastern European Group\n")
    (person,) = result.participants
    assert person.role_unconfirmed and person.draft.region == "eastern_european"
    assert result.role_counts() == {"to_be_confirmed": 1}
    assert "1 person found: 1 to be confirmed" == result.people_summary()


def test_several_co_organisers_on_one_line_of_the_2017_form():
    line = "Ms.,Ada,LOVELACE,Academia,University of London,Mr.,Alan,TURING,Government,GCHQ"
    result = parse_proposal(f"A session\n{line}\n")
    found = by_name(result)
    assert set(found) == {"Ada Lovelace", "Alan Turing"}
    assert (found["Ada Lovelace"].draft.stakeholder_group, found["Ada Lovelace"].draft.affiliation) == (
        "academia",
        "University of London",
    )
    assert found["Alan Turing"].draft.affiliation == "GCHQ"
    assert found["Ada Lovelace"].draft.roles == ("organizer",)


def test_several_people_on_one_line_with_dashes_or_a_list_after_a_label():
    text = (
        "A session\n"
        "Ana Silva, ISOC, technical community, LAC - Omar Haddad, ISOC, civil society, Africa\n"
        "BPF Cybersecurity - Markus Weber, Sofia Rossi\n"
        "Moderator and Organizer: Yui Sato (main), Ken Mori (sub)\n"
    )
    found = by_name(parse_proposal(text))
    assert found["Ana Silva"].draft.region == "grulac" and found["Ana Silva"].draft.affiliation == "ISOC"
    assert found["Omar Haddad"].draft.region == "african"
    assert found["Omar Haddad"].draft.stakeholder_group == "civil_society"
    assert {"Markus Weber", "Sofia Rossi"} <= set(found)
    assert found["Yui Sato"].draft.roles == ("moderator", "organizer") and found["Yui Sato"].draft.affiliation == ""


def test_a_region_that_is_no_un_group_is_reported_not_mapped():
    result = parse_proposal("A session\nSpeaker: Eva Berg, EE, Technical Community Europe\n")
    (person,) = result.participants
    assert person.draft.region is None and person.draft.stakeholder_group == "technical_community"
    assert person.draft.affiliation == "EE"
    assert any("Europe" in n.why for n in result.not_understood)


@pytest.mark.parametrize(
    ("line", "code", "kind", "title"),
    [
        ("IGF 2019 WS #289 Development of Policies", "WS #289", SessionType.WORKSHOP, "Development of Policies"),
        ("IGF 2024 Open Forum #27 Review of Kyoto", "Open Forum #27", SessionType.OPEN_FORUM, "Review of Kyoto"),
        ("IGF 2023 Day 0 Event #95 Leadership", "Day 0 Event #95", SessionType.DAY_0_EVENT, "Leadership"),
        ("IGF 2022 Lightning Talk #12 Small Talk", "Lightning Talk #12", SessionType.LIGHTNING_TALK, "Small Talk"),
        ("IGF 2023 Town Hall #74 Fragmentation", "Town Hall #74", SessionType.TOWN_HALL, "Fragmentation"),
        ("IGF 2023 Networking Session #5 Meet", "Networking Session #5", SessionType.NETWORKING_SESSION, "Meet"),
        ("WS173: Net neutrality", "WS173", SessionType.WORKSHOP, "Net neutrality"),
        ("Data governance (WS186)", "WS186", SessionType.WORKSHOP, "Data governance"),
        ("IGF 2016 Main Session: BPFs", "", SessionType.MAIN_SESSION, "BPFs"),
        ("DC on Core Internet Values", "", SessionType.DYNAMIC_COALITION, "DC on Core Internet Values"),
        ("IGF 2020 BPF Gender and Access", "", SessionType.BEST_PRACTICE_FORUM, "BPF Gender and Access"),
        ("IGF 2023 DC-CIV Core Internet Values", "", SessionType.DYNAMIC_COALITION, "DC-CIV Core Internet Values"),
    ],
)
def test_the_title_the_session_code_and_the_session_type_apart(line, code, kind, title):
    session = parse_proposal(f"Loading…\nWelcome to IGF2024! Create your schedule\n{line}\n").session
    assert (session.title, session.session_code, session.session_type) == (title, code, kind)


@pytest.mark.parametrize(
    ("line", "fmt", "minutes"),
    [
        ("Session Format: Round Table - 90 Min", "Round Table", 90),
        ("Birds of a Feather - Auditorium - 60 Min", "Birds of a Feather", 60),
        ("Session Format: Panel - 60 minutes", "Panel", 60),
        ("Session Format: Debate - 1 hour", "Debate", 60),
        ("Duration (minutes): 75", "", 75),
        ("Format: Break-out Group Discussions (1.5 hours)", "Break-out Group Discussions", 90),
    ],
)
def test_the_format_apart_from_the_duration_in_its_spellings(line, fmt, minutes):
    session = parse_proposal(f"IGF 2019 WS #1 A title\n{line}\n").session
    assert (session.format, session.planned_minutes, session.session_type) == (fmt, minutes, SessionType.WORKSHOP)


@pytest.mark.parametrize(
    ("line", "day", "start", "zone", "minutes"),
    [
        (
            "Thursday, 5th November, 2020 (09:50 UTC) - Thursday, 5th November, 2020 (10:50 UTC)",
            date(2020, 11, 5),
            time(9, 50),
            "UTC",
            60,
        ),
        ("IGF Day 4: Friday, 9 December 2016, 10:00 - 11:30am (90 Minutes)", date(2016, 12, 9), time(10, 0), "", 90),
        ("Monday December 18, 2017 09:00 - 10:00 CET", date(2017, 12, 18), time(9, 0), "CET", 60),
        ("Sunday December 15, 2024 09:30 - 10:30 GMT+03", date(2024, 12, 15), time(9, 30), "GMT+03", 60),
        ("Tuesday, 10 October 2023, 14:15 - 15:15 JST", date(2023, 10, 10), time(14, 15), "JST", 60),
        ("21 December 2017", date(2017, 12, 21), None, "", None),
    ],
)
def test_igf_dates_and_times_as_each_year_wrote_them(line, day, start, zone, minutes):
    session = parse_proposal(f"A session title here\n{line}\n").session
    assert (session.date, session.start_time, session.timezone, session.planned_minutes) == (day, start, zone, minutes)


def test_a_date_without_a_year_is_listed_not_guessed():
    result = parse_proposal("A session\nTuesday, December 6\n")
    assert result.session.date is None
    assert "without a year" in result.not_understood[0].why


def test_a_saved_html_page_is_read_from_its_structure():
    page = """<!DOCTYPE html><html><head><title>IGF 2023 WS #1 | Internet Governance Forum</title>
    <script>var speakers = "Not A Person, Fake Org";</script></head><body>
    <header><nav><a href="/">Home</a> <a href="/speakers">Speakers</a></nav></header>
    <h1 class="page-title">IGF 2023 WS #345 Data &amp; Trust in <em>Africa</em></h1>
    <main><div class="field"><div class="field__label">Onsite Moderator</div>
    <div class="field__item">Amina Diallo</div></div>
    <div class="field"><div class="field__label">Speakers</div>
    <ul><li>Kwame Mensah, Civil Society, African Group</li><li>Lina Park<br>Government</li></ul></div>
    <p>Round Table - 90 Min</p></main><footer>Contact us</footer></body></html>"""
    result = parse_proposal(page)
    assert result.session.title == "Data & Trust in Africa"
    assert (result.session.session_code, result.session.format, result.session.planned_minutes) == (
        "WS #345",
        "Round Table",
        90,
    )
    found = by_name(result)
    assert set(found) == {"Amina Diallo", "Kwame Mensah", "Lina Park"}
    assert found["Amina Diallo"].draft.roles == ("moderator",)
    assert found["Kwame Mensah"].draft.region == "african"


def test_gender_is_never_guessed_from_a_name_only_from_an_honorific_to_confirm():
    text = "A session\nSpeakers:\nMaria Souza\nMs. Ana Lima\nDr. Kim Lee\nAmbassador Tobias Feakin, Government\n"
    found = by_name(parse_proposal(text))
    assert found["Maria Souza"].draft.gender is None
    assert found["Ana Lima"].draft.gender == "woman" and found["Ana Lima"].gender_from_honorific
    assert found["Kim Lee"].draft.gender is None
    assert found["Tobias Feakin"].draft.gender is None and found["Tobias Feakin"].honorific == "Ambassador"


def test_topics_and_organisations_are_not_offered_as_people():
    text = (
        "IGF 2023 Day 0 Event #9 A title\nDigital Divides & Inclusion\nGender Digital Divide\n"
        "Internet Society\nEuropean Parliament European Commission\nVenue Map\n"
    )
    result = parse_proposal(text)
    assert result.participants == ()
    assert len(result.not_understood) == 4


def test_a_bullet_list_of_names_with_the_position_on_the_next_line():
    text = (
        "A session\nCo-moderators\n  • Amina Diallo\n    Director of the National Regulatory Authority of Senegal\n"
        "  • ‘Kiki’ Dos Santos\n    Executive Director, Example Network\n  • Lina Park\n\nOpen floor afterwards.\n"
    )
    found = by_name(parse_proposal(text))
    assert found["Amina Diallo"].draft.affiliation == "Director of the National Regulatory Authority of Senegal"
    assert found["‘Kiki’ Dos Santos"].draft.affiliation == "Executive Director, Example Network"
    assert found["Lina Park"].draft.affiliation == ""
    assert all(p.draft.roles == ("moderator",) for p in found.values())


def test_a_role_given_to_no_one_named_is_listed_not_made_a_person():
    result = parse_proposal("A session\nModerator: MAG Chair\nRapporteur: TBC\n")
    assert result.participants == ()
    assert [n.why for n in result.not_understood] == ["no person's name could be read after the role"] * 2


def test_name_organisation_and_group_fields_of_one_speaker():
    text = (
        "IGF 2018 LIGHTNING SESSION #3 A short talk\n\nName: Rosa Quispe, Chair, Andean Network\n\n"
        "Organization: Andean Network for Digital Rights\n\nStakeholder Group: Civil society\n"
    )
    result = parse_proposal(text)
    (person,) = result.participants
    assert (person.draft.name, person.draft.stakeholder_group) == ("Rosa Quispe", "civil_society")
    assert person.role_unconfirmed and result.not_understood == ()


def test_clock_times_written_with_an_h_are_not_hours_of_duration():
    session = parse_proposal("A session\n12 Oct 2023 07:15h - 08:15h UTC\n").session
    assert (session.date, session.start_time, session.planned_minutes, session.timezone) == (
        date(2023, 10, 12),
        time(7, 15),
        60,
        "UTC",
    )


def test_a_list_under_speakers_and_moderators_is_to_be_confirmed_one_by_one():
    result = parse_proposal("A session\nSpeakers and Moderators\n  • Sylvia Ruiz\n  • Dennis Okoro\n")
    assert [(p.draft.name, p.role_unconfirmed) for p in result.participants] == [
        ("Sylvia Ruiz", True),
        ("Dennis Okoro", True),
    ]


def test_a_stated_region_without_a_country_counts_in_the_balance():
    from moderator_app.domain.balance import Dimension, compute_balance
    from moderator_app.domain.session import build_participant
    from moderator_app.system.resources import regions
    from tests.balance_support import turn
    from tests.support import FakeClock

    result = parse_proposal("A session\nSpeaker 1: Kwame Mensah, Civil Society, African Group\n")
    (person,) = result.participants
    participant = build_participant(person.draft, participant_id="p1", session_id="s1", regions=regions())
    assert participant.country == "" and participant.region is not None
    clock = FakeClock()
    balance = compute_balance([participant], [turn(clock, "p1", 60)], clock.now())
    rows = {row.label: row.seconds for row in balance.dimensions[Dimension.REGION].rows}
    assert rows == {"African Group": 60}


@pytest.mark.parametrize("facts_first", [True, False])
def test_one_block_of_facts_per_speaker_goes_to_that_speaker(facts_first):
    blocks = [
        ("Speaker: Yui Sato", "Organizational Affiliation: Ministry of Example, Japan", "Regional Group: Asia-Pacific"),
        ("Speaker: Ana Lopez", "Organizational Affiliation: Example University", "Regional Group: GRULAC"),
    ]
    lines = ["IGF 2024 Open Forum #9 A forum", "Speakers"]
    for speaker, affiliation, region in blocks:
        lines += [affiliation, speaker, region] if facts_first else [speaker, affiliation, region]
    found = by_name(parse_proposal("\n".join(lines) + "\n"))
    assert (found["Yui Sato"].draft.affiliation, found["Yui Sato"].draft.region) == (
        "Ministry of Example, Japan",
        "asia_pacific",
    )
    assert (found["Ana Lopez"].draft.affiliation, found["Ana Lopez"].draft.region) == ("Example University", "grulac")


def test_a_sentence_that_opens_like_a_name_is_not_a_person():
    text = (
        "WS12: A title\nIn Africa, mobile money has changed how people pay\n"
        "The Internet, as we know it, is changing\nSumon A. Sabir, Example Registry\n"
    )
    result = parse_proposal(text)
    assert [p.draft.name for p in result.participants] == ["Sumon A. Sabir"]


def test_moderators_marked_online_or_onsite_get_their_own_role():
    found = by_name(parse_proposal("A session\nModerators: Ana Lopez (Onsite), Kim Lee (Online)\n"))
    assert found["Ana Lopez"].draft.roles == ("moderator",)
    assert found["Kim Lee"].draft.roles == ("online_moderator",)
