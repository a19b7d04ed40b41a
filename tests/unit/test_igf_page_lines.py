"""Each kind of line met on the real IGF pages kept apart to score the import blind (2016–2025)."""

from __future__ import annotations

from datetime import date, time

import pytest

from moderator_app.importers.proposal import parse_proposal
from tests.support import proposed_by_name as by_name


def test_the_schedule_sites_dash_separated_facts_and_a_family_name_first():
    text = (
        "WS169: Regional Participation in Brazil\n"
        "Moderator:\n\n"
        "Renata Baltar - UNIFOR - Stakeholder group: Civil Society - Country: Brasil\n\n"
        "Speakers:\n\n"
        "Paiva, Gustavo (Remote)  - UFRN - Stakeholder group: Civil Society - Country: Brasil\n"
        "Ephraim Percy Kenyanito - Accessnow - Stakeholder group: Civil Society - Subsaharan Africa\n\n"
        "Rapporteur:\n"
        "Hafedh Gharbi Yahmadi - Stakeholder group: Business - Country: Tunisia\n"
    )
    result = parse_proposal(text)
    found = by_name(result)
    renata = found["Renata Baltar"].draft
    assert (renata.roles, renata.affiliation, renata.stakeholder_group, renata.country) == (
        ("moderator",),
        "UNIFOR",
        "civil_society",
        "BR",
    )
    gustavo = found["Gustavo Paiva"].draft
    assert (gustavo.roles, gustavo.affiliation, gustavo.attendance) == (("speaker",), "UFRN", "remote")
    assert found["Ephraim Percy Kenyanito"].draft.affiliation == "Accessnow"
    assert found["Ephraim Percy Kenyanito"].draft.region is None
    assert any("Subsaharan Africa" in n.text for n in result.not_understood)
    hafedh = found["Hafedh Gharbi Yahmadi"].draft
    assert (hafedh.roles, hafedh.stakeholder_group, hafedh.country) == (("rapporteur",), "private_sector", "TN")


def test_a_form_copied_as_a_bulleted_list_of_labels():
    text = (
        "IGF 2018 BPF Gender & Internet Governance\n"
        "- Session Type (Workshop, Open Forum, etc.): BPF\n"
        "- Title: BPF Gender & Internet Governance\n"
        "- Organizer(s): Radhika Radhakrishnan, Agustina Callegari , Renata Aquino Ribeiro, Paula Real,\n\n"
        "Raquel Gatto\n\n"
        "- Chair/Moderator: Agustina Callegari and Radhika Radhakrishnan\n\n"
        "- Rapporteur/Notetaker: Paula Real\n\n"
        "- List of speakers and their institutional affiliations (Indicate male/female/gender variant):\n\n"
        "Speakers for segment 1\n\n"
        "  • Anri van der Spuy -ICT Africa - Civil society - Africa. (TBC)\n"
        "  • Ritu Srivastava- DEF - Civil Society - APAC (TBC)\n"
        "  • Yolanda Martinez Mancilla - Government of Mexico - LAC (TBC)\n"
    )
    result = parse_proposal(text)
    found = by_name(result)
    assert result.session.title == "BPF Gender & Internet Governance"
    assert result.session.session_type.value == "best_practice_forum"
    assert set(found["Agustina Callegari"].draft.roles) == {"organizer", "moderator"}
    assert set(found["Paula Real"].draft.roles) == {"organizer", "rapporteur"}
    assert found["Raquel Gatto"].draft.roles == ("organizer",)
    anri = found["Anri van der Spuy"].draft
    assert (anri.roles, anri.affiliation, anri.stakeholder_group, anri.region) == (
        ("speaker",),
        "ICT Africa",
        "civil_society",
        "african",
    )
    assert found["Ritu Srivastava"].draft.region == "asia_pacific"
    assert found["Yolanda Martinez Mancilla"].draft.affiliation == "Government of Mexico"
    assert not result.not_understood


@pytest.mark.parametrize(
    ("text", "title", "code", "kind"),
    [
        ("IGF 2018 WS #136\nOverview of Gender Inclusion\n", "Overview of Gender Inclusion", "WS #136", "workshop"),
        ("IGF 2016 Dynamic Coalitions Main Session\n", "Dynamic Coalitions Main Session", "", "main_session"),
        ("Main Session Avoiding Internet Fragmentation\n", "Avoiding Internet Fragmentation", "", "main_session"),
        (
            "IGF 2023 Global Youth Summit: Safe Digital Future\nWS 1 – Annex Hall 1\n",
            "Global Youth Summit: Safe Digital Future",
            "",
            None,
        ),
        (
            "International Media Support - Operational responses\nOperational responses\n",
            "Operational responses",
            "",
            None,
        ),
    ],
)
def test_the_title_where_pages_put_it(text, title, code, kind):
    session = parse_proposal(text).session
    assert (session.title, session.session_code, session.session_type.value if session.session_type else None) == (
        title,
        code,
        kind,
    )


def test_a_room_line_is_the_venue_not_a_title():
    session = parse_proposal("IGF 2023 Global Youth Summit\nWS 1 – Annex Hall 1\n").session
    assert session.venue == "WS 1 – Annex Hall 1"


def test_a_schedule_day_heading_takes_the_year_the_page_names():
    text = "Welcome to IGF2016! Create your schedule\nTuesday, December 6\n\n09:00 CST\n\nWS170: A title\n"
    session = parse_proposal(text).session
    assert (session.date, session.start_time, session.timezone) == (date(2016, 12, 6), time(9, 0), "CST")


def test_a_day_heading_with_no_year_anywhere_is_reported_not_guessed():
    result = parse_proposal("WS170: A title\nTuesday, December 6\n")
    assert result.session.date is None
    assert any("without a year" in n.why for n in result.not_understood)


def test_a_date_after_a_section_heading_ends_the_section():
    session = parse_proposal("A title\nSession Time:\nMonday, 12 November, 2018 - 09:20 to 10:20\n").session
    assert (session.date, session.start_time, session.planned_minutes) == (date(2018, 11, 12), time(9, 20), 60)


def test_numbered_names_followed_by_the_position_and_lines_wrapped_mid_word():
    text = (
        "A title\n\n"
        "1. Fatoumata Ndiaye Deputy Executive Director of UNICEF\n"
        "2. Subbotin Vadim Deputy Head of the Federal Service for Supervision in the\n"
        "sphere of Telecom, Information Technologies and Mass Communications\n"
        "3. Tong Lihua Director of the Minor Protection Special Committee of the All-\n"
        "China Lawyers Association, Director of Beijing Children's Legal Aid and Research Center\n"
        "4.Wang Feng Director of The Department of Youth Rights Protection\n"
    )
    found = by_name(parse_proposal(text))
    assert set(found) == {"Fatoumata Ndiaye", "Subbotin Vadim", "Tong Lihua", "Wang Feng"}
    assert found["Fatoumata Ndiaye"].draft.affiliation == "Deputy Executive Director of UNICEF"
    assert found["Subbotin Vadim"].draft.affiliation.endswith(
        "in the sphere of Telecom, Information Technologies and Mass Communications"
    )
    assert "All-China Lawyers Association" in found["Tong Lihua"].draft.affiliation
    assert all(p.role_unconfirmed for p in found.values())


def test_a_name_a_full_stop_and_the_position():
    text = (
        "A title\nSpeakers\nBenedicto Fonseca Filho. Director, Ministry of External Relations\n"
        "Sumon A. Sabir, Fiber@Home\n"
    )
    found = by_name(parse_proposal(text))
    assert found["Benedicto Fonseca Filho"].draft.affiliation == "Director, Ministry of External Relations"
    assert "Sumon A. Sabir" in found


def test_people_apart_by_semicolons():
    line = "Moctar Yedaly, African Union;Adil Sulieman, African Union; Mactar Seck, UNECA; Sandro Bazzanella, PRIDA."
    found = by_name(parse_proposal(f"A title\n\n{line}\n"))
    assert set(found) == {"Moctar Yedaly", "Adil Sulieman", "Mactar Seck", "Sandro Bazzanella"}
    assert found["Sandro Bazzanella"].draft.affiliation == "PRIDA"


def test_an_agenda_names_its_speakers_and_a_heading_names_the_moderators():
    text = (
        "A title\n"
        "Agenda (60min):\n\n"
        "Moderator: Frederic Donck, Regional Bureau Director\n\n"
        "Part 1 - Initial remarks - Welcome\n\n"
        "Andrew Sullivan, President&CEO, Internet Society\n\n"
        "Online Moderator: \n\n"
        "Paula Real\n\n"
        "Introduction by moderators (TBC)\n\n"
        "  • Mr. Markus Kummer, former UN IGF Secretariat Head\n"
        "  • Ms. Lily Edinam Botsyoe, Ghana Youth IGF\n\n"
        "[10 min]\n\n"
        "Welcome from the United Nations\n\n"
        "  • Mr. Jinhua LI, Under-Secretary-General for Economic and Social Affairs\n"
    )
    found = by_name(parse_proposal(text))
    assert found["Frederic Donck"].draft.roles == ("moderator",)
    assert found["Andrew Sullivan"].draft.roles == ("speaker",)
    assert found["Paula Real"].draft.roles == ("online_moderator",)
    assert found["Markus Kummer"].draft.roles == ("moderator",)
    assert found["Lily Edinam Botsyoe"].draft.roles == ("moderator",)
    # The next agenda item ended the moderators' block: his role is to be confirmed, not guessed.
    assert found["Jinhua LI"].role_unconfirmed


def test_labelled_records_apart_by_bars_several_on_a_line():
    line = (
        "1. Name: Pranav Bhaskar Tiwari | Organizational Affiliation: The Dialogue | Stakeholder: Academia/Youth"
        " and Regional Group of Speakers: APAC 2. Name: Andrea Powell | Organizational Affiliation: Alliance for"
        " Cyber Trust and Safety | Stakeholder: Civil Society | Regional Group of Speakers: North America"
    )
    result = parse_proposal(f"A title\nSpeakers\n{line}\n")
    found = by_name(result)
    pranav = found["Pranav Bhaskar Tiwari"].draft
    assert (pranav.roles, pranav.affiliation, pranav.stakeholder_group, pranav.region) == (
        ("speaker",),
        "The Dialogue",
        "academia",
        "asia_pacific",
    )
    assert found["Andrea Powell"].draft.region is None
    assert any("North America" in n.text for n in result.not_understood)


def test_one_line_of_people_each_ending_with_how_they_take_part():
    line = (
        "Sabrina Vorbau, Insafe - Civil Society, Western Europe & Others - onsite moderator "
        "Eva Lopez, Internet Sans Crainte - Technical Community, Western Europe & Others - onsite "
        "Maciej Groń, NASK - Technical Community, Eastern Europe - online moderator "
        "Julia Piechna, NASK - Technical Community, Eastern Europe - Rapporteur, onsite"
    )
    found = by_name(parse_proposal(f"A title\n{line}\n"))
    assert found["Sabrina Vorbau"].draft.roles == ("moderator",)
    assert found["Sabrina Vorbau"].draft.region == "weog"
    assert found["Eva Lopez"].role_unconfirmed and found["Eva Lopez"].draft.affiliation == "Internet Sans Crainte"
    assert found["Maciej Groń"].draft.roles == ("online_moderator",)
    assert found["Maciej Groń"].draft.region == "eastern_european"
    assert found["Julia Piechna"].draft.roles == ("rapporteur",)


def test_names_in_capitals_under_a_heading_two_letters_and_all():
    text = "A title\nSpeakers\nYANG ZHOU, TAIGE SHI, TIANXIANG LIU, LI LI\nRapporteur\nTIANXIANG LIANG\n"
    found = by_name(parse_proposal(text))
    assert {"YANG ZHOU", "TAIGE SHI", "TIANXIANG LIU", "LI LI"} <= set(found)
    assert found["LI LI"].draft.roles == ("speaker",)
    # Without a heading, "UN Women"-like pairs of capitals are not offered as people.
    assert parse_proposal("A title\nUN WOMEN, ITU\n").participants == ()


def test_sustainable_development_goals_are_not_people():
    text = "A title\n10. Reduced Inequalities\nGOAL 4: Quality Education\nZero Hunger\n17. Partnerships for the Goals\n"
    result = parse_proposal(text)
    assert result.participants == ()
    assert result.not_understood == ()


def test_co_organisers_of_the_2017_form_glued_by_a_space():
    line = "Ms.,Anriette,Esterhuysen,Civil Society,APC Mr.,Gus,Rossi,Civil Society,Public Knowledge"
    found = by_name(parse_proposal(f"A title\n{line}\n"))
    assert found["Gus Rossi"].draft.stakeholder_group == "civil_society"
    assert found["Anriette Esterhuysen"].draft.affiliation == "APC"


def test_a_heading_in_words_over_the_panel():
    text = "A title\nWe've got a great panel lined up:\n  • Hyra Basit, Digital Rights Foundation, Pakistan\n"
    (person,) = parse_proposal(text).participants
    assert (person.draft.roles, person.draft.affiliation, person.draft.country) == (
        ("speaker",),
        "Digital Rights Foundation",
        "PK",
    )


def test_a_list_of_speakers_ends_at_a_wide_gap_where_the_next_heading_was_lost():
    text = "A title\nAdditional Speakers\n\nAna Silva, Org\n\nKen Mori, Org\n\n\n\nLi Wei, Civil Society\n"
    found = by_name(parse_proposal(text))
    assert found["Ken Mori"].draft.roles == ("speaker",)
    assert found["Li Wei"].role_unconfirmed


# The second set kept apart (2016–2025): lines a copy ran together, agendas, notes in brackets.


def test_people_run_together_on_one_line_split_where_the_next_name_begins():
    line = (
        "Lidia Best, WEOG Peter Crosbie, DCAD co-Coordinator, WEOG Judith Hellerstein, Accessibility SIG, WEOG "
        "Muhammad Shabbir, ISOC Board Member, Asia Pacific Gunela Astbrink, Women With Disabilities Australia "
        "G. Anthony Giannoumis, Oslo Metropolitan University"
    )
    found = by_name(parse_proposal(f"A title\n\n{line}\n"))
    assert set(found) == {
        "Lidia Best",
        "Peter Crosbie",
        "Judith Hellerstein",
        "Muhammad Shabbir",
        "Gunela Astbrink",
        "G. Anthony Giannoumis",
    }
    assert found["Peter Crosbie"].draft.region == "weog"
    assert found["Muhammad Shabbir"].draft.region == "asia_pacific"
    assert found["Gunela Astbrink"].draft.affiliation == "Women With Disabilities Australia"


@pytest.mark.parametrize(
    "line",
    [
        "Ana Silva, Partner at Baker McKenzie, Civil Society, African Group",
        "Ana Silva, Director General, Internet Society Brazil Chapter, Technical Community",
        "Sabrina Vorbau, Insafe / European SchoolNet - Civil Societ, Western Europe & Others - onsite",
        "Andrea Saks, Coordinator of DCAD – ITU-T Gunela, Women With Disabilities Australia",
    ],
)
def test_one_person_with_a_long_line_of_facts_stays_one_person(line):
    (person,) = parse_proposal(f"A title\n\n{line}\n").participants
    assert person.draft.name in ("Ana Silva", "Sabrina Vorbau", "Andrea Saks")


def test_names_in_capitals_each_before_a_dash_and_the_position():
    line = (
        "Internet & Jurisdiction will invite the members of its international Advisory Group from six different"
        " stakeholder groups to speak at the Open Forum : ANNE CARBLANC — Head, Digital Economy Policy Division, "
        "Organisation for Economic Co-operation and Development "
        "BENEDICTO FONSECA FILHO — Director, Scientific and Technological Affairs, Brazil"
    )
    found = by_name(parse_proposal(f"A title\nName of Speaker(s)\n{line}\n"))
    assert found["ANNE CARBLANC"].draft.roles == ("speaker",)
    assert found["BENEDICTO FONSECA FILHO"].draft.affiliation.startswith("Director, Scientific")


def test_role_labels_run_together_on_one_line():
    line = "Moderator: Andrea J. Saks, G3ict Speakers: Gunela Astbrink, WWDA Rapporteur: Kaoru Mizuno, ITU"
    found = by_name(parse_proposal(f"A title\n{line}\n"))
    assert found["Andrea J. Saks"].draft.roles == ("moderator",)
    assert found["Gunela Astbrink"].draft.roles == ("speaker",)
    assert found["Kaoru Mizuno"].draft.roles == ("rapporteur",)
    # One label of two roles, or of where the role is held, is not cut in two.
    found = by_name(parse_proposal("A title\nOnsite Moderator: Kerry-Ann Barrett, OAS\n"))
    assert found["Kerry-Ann Barrett"].draft.roles == ("moderator",)


def test_an_agenda_names_people_in_brackets_after_by_and_under_a_panel():
    text = (
        "A title\nSession agenda\n"
        "  1. Introduction   (Ana Silva, MAG BPF Facilitator / Ken Mori, BPF Facilitator )\n"
        "  2. Participant Panel   (Moderators: Li Wei, Omar Haddad;   Panelist: Eva Berg, Jan Novak, Sara Lund)\n"
        "3. Intro to the 2023 work by Klée Aiken (FIRST, BPF co-facilitator)\n"
        "4. Panel Discussion: Exploring cyber incidents\n"
        "  • Louise Marie Hurel (RUSI)\n"
        "  • moderator:  Klée Aiken\n"
    )
    found = by_name(parse_proposal(text))
    assert (
        found["Ana Silva"].draft.roles == ("speaker",) and found["Ana Silva"].draft.affiliation == "MAG BPF Facilitator"
    )
    assert found["Ken Mori"].draft.roles == ("speaker",)
    assert found["Li Wei"].draft.roles == ("moderator",) and found["Omar Haddad"].draft.roles == ("moderator",)
    assert found["Jan Novak"].draft.roles == ("speaker",)
    assert set(found["Klée Aiken"].draft.roles) == {"speaker", "moderator"}
    assert found["Louise Marie Hurel"].draft.affiliation == "RUSI"


def test_a_bar_between_name_and_position_and_a_role_in_brackets():
    text = (
        "A title\nLead discussants\n"
        "  • Tobias Bacherle | MP, Germany\n"
        "  • Sorina Teleanu | Diplo, IGF Secretariat (moderator)\n"
        "Practical details\n"
        "- Jutta Croll (Onsite Rapporteur)\n"
    )
    found = by_name(parse_proposal(text))
    assert (found["Tobias Bacherle"].draft.affiliation, found["Tobias Bacherle"].draft.country) == ("MP", "DE")
    assert "moderator" in found["Sorina Teleanu"].draft.roles
    assert found["Jutta Croll"].draft.roles == ("rapporteur",)
    assert "Practical Details" not in found and "Practical details" not in found


def test_a_region_in_brackets_is_the_persons_region():
    text = (
        "A title\nSpeakers\n"
        "Odanga Madung, journalist from Kenya (Africa)\n"
        "Simone Toussi, Project Officer at CIPESA (Think Tank Africa)\n"
        "Helena Lepp, AU-EU D4D Hub (Western Europe)\n"
        "Sarah Kiden, Mozilla Foundation (Hosted by Research ICT Africa)\n"
    )
    found = by_name(parse_proposal(text))
    assert found["Odanga Madung"].draft.region == "african"
    assert (found["Simone Toussi"].draft.affiliation, found["Simone Toussi"].draft.region) == (
        "Project Officer at CIPESA",
        "african",
    )
    assert found["Helena Lepp"].draft.region == "weog"
    # A sentence in brackets is part of the organisation, not a region.
    assert found["Sarah Kiden"].draft.region is None
    assert "Research ICT Africa" in found["Sarah Kiden"].draft.affiliation


@pytest.mark.parametrize(
    ("text", "title", "code", "kind", "venue"),
    [
        (
            "IGF 2021 Networking #73 Connecting Advocates\n",
            "Connecting Advocates",
            "Networking #73",
            "networking_session",
            "",
        ),
        (
            "IGF 2022 Parliamentary Track Session III: Unpacking UN Processes [Closed]\n",
            "Unpacking UN Processes",
            "Parliamentary Track Session III",
            "other",
            "",
        ),
        (
            "Why the IGF Matters: Fundraising Drive (Saal Europa)\n",
            "Why the IGF Matters: Fundraising Drive",
            "",
            None,
            "Saal Europa",
        ),
        ("IGF 2018 BPF Local Content\n", "BPF Local Content", "", "best_practice_forum", ""),
        ("IGF 2024 DC Main Session Report\n", "DC Main Session Report", "", "main_session", ""),
        ("IGF 2021 DCAD Challenges for PWDs\n", "DCAD Challenges for PWDs", "", "dynamic_coalition", ""),
        (
            "IGF 2019 ICT accessibility\nDynamic Coalition on Accessibility and Disability\n",
            "ICT accessibility",
            "",
            "dynamic_coalition",
            "",
        ),
    ],
)
def test_more_titles_codes_and_kinds(text, title, code, kind, venue):
    session = parse_proposal(text).session
    got = (session.title, session.session_code, session.session_type.value if session.session_type else None)
    assert got == (title, code, kind)
    assert session.venue == venue


def test_a_weekday_day_and_month_take_the_forums_year():
    text = (
        "IGF 2024 DC Main Session Report\nDate & Time: Day 3, Wednesday, Dec. 18th, 9:00 - 10:15 (local Riyadh time)\n"
    )
    session = parse_proposal(text).session
    assert (session.date, session.start_time, session.planned_minutes) == (date(2024, 12, 18), time(9, 0), 75)
    assert parse_proposal("A title\nVenue: King Abdulaziz Conference Center, Plenary Hall\n").session.venue == (
        "King Abdulaziz Conference Center, Plenary Hall"
    )


def test_session_moderators_and_rooms_that_are_no_people():
    text = "A title\nBallroom A\nSession Moderators:\n- Irina Soeffky, Director, Federal Ministry\n"
    result = parse_proposal(text)
    assert [p.draft.name for p in result.participants] == ["Irina Soeffky"]
    assert result.participants[0].draft.roles == ("moderator",)
    assert result.session.venue == "Ballroom A"


def test_the_2017_forms_line_with_a_space_after_each_comma():
    line = "Mr. Paul, Nicholas, Private Sector, Microsoft Mr. Duncan, Hollis, Civil Society, Temple University"
    found = by_name(parse_proposal(f"A title\n{line}\n"))
    assert found["Paul Nicholas"].draft.affiliation == "Microsoft"
    assert found["Duncan Hollis"].draft.stakeholder_group == "civil_society"


def test_a_list_written_family_name_first_takes_a_two_word_family_name():
    text = "A title\nSpeakers provisionally confirmed:\n\nHoepers, Cristine\nPalma Salas , Marcelo\nVega, Erika\n"
    assert set(by_name(parse_proposal(text))) == {"Cristine Hoepers", "Marcelo Palma Salas", "Erika Vega"}
    # Alone, "Jane Doe, Google" is a name and an organisation, never "Google Jane Doe".
    (person,) = parse_proposal("A title\nSpeakers\nJane Doe, Google\n").participants
    assert (person.draft.name, person.draft.affiliation) == ("Jane Doe", "Google")


# The third set kept apart: round bullets, titles and notes around names, times on their own line.


def test_round_bullets_a_title_with_a_comma_and_mp_in_brackets():
    text = (
        "A title\n"
        "● Hon, Neema Lugangira (MP), APNIG, Government, African\n"
        "● Daniel O’Maley, Center for International Media Assistance, Civil Society, "
        "Western European and Others Group (WEOG)\n\n"
        "Speakers\n\n"
        "● Moira Whelan, National Democratic Institute, Civil Society ● Anna Kompanek, Center for International "
        "Private Enterprise, Civil Society, Western European and Others (WEOG)\n"
    )
    found = by_name(parse_proposal(text))
    neema = found["Neema Lugangira"].draft
    assert (neema.affiliation, neema.stakeholder_group, neema.region) == ("APNIG", "government", "african")
    anna = found["Anna Kompanek"].draft
    assert (anna.roles, anna.affiliation, anna.region) == (
        ("speaker",),
        "Center for International Private Enterprise",
        "weog",
    )
    assert found["Moira Whelan"].draft.roles == ("speaker",)


def test_the_organisation_in_square_brackets_and_facts_in_round_ones():
    text = (
        "A title\nSpeakers\nPaolo Passaglia [Uni. Pisa]\n"
        "- Leandro Ucciferri, Lawyer & Researcher, ADC (Argentina, CSO)\n"
        "- Eireann Leverett, (UK, Technical Community)\n"
    )
    found = by_name(parse_proposal(text))
    assert found["Paolo Passaglia"].draft.affiliation == "Uni. Pisa"
    leandro = found["Leandro Ucciferri"].draft
    assert (leandro.affiliation, leandro.country, leandro.stakeholder_group) == (
        "Lawyer & Researcher, ADC",
        "AR",
        "civil_society",
    )
    assert (found["Eireann Leverett"].draft.country, found["Eireann Leverett"].draft.stakeholder_group) == (
        "GB",
        "technical_community",
    )


def test_a_country_in_brackets_after_the_organisation_or_after_a_city():
    found = by_name(
        parse_proposal(
            "A title\nSpeakers\nSebastian Schweda, Amnesty Tech (Germany)\n"
            "Yug Desai, Doctoral candidate, Civil Society, New Delhi (India) APAC\n"
        )
    )
    assert (found["Sebastian Schweda"].draft.affiliation, found["Sebastian Schweda"].draft.country) == (
        "Amnesty Tech",
        "DE",
    )
    assert (found["Yug Desai"].draft.affiliation, found["Yug Desai"].draft.country) == ("Doctoral candidate", "IN")


def test_a_time_line_of_its_own_and_a_stated_length_over_the_slot():
    text = "A title\nDate: 14 November 2018\nTime: 11:30am - 12:50pm\nLength: 90 mins\n"
    session = parse_proposal(text).session
    assert (session.date, session.start_time, session.planned_minutes) == (date(2018, 11, 14), time(11, 30), 90)
    slot = "A title\nWednesday, 30th November, 2022 (12:00 UTC) - Wednesday, 30th November, 2022 (15:00 UTC)\n"
    assert parse_proposal(slot + "Round Table - 30 Min\n").session.planned_minutes == 30
    assert parse_proposal(slot).session.planned_minutes == 180


def test_a_session_that_ends_after_midnight_and_a_date_in_a_sentence():
    text = (
        "A title\nThe report was published on 2 December 2020, with the recordings.\n"
        "Tuesday, 10th October, 2023 (23:30 UTC) - Wednesday, 11th October, 2023 (00:30 UTC)\n"
    )
    session = parse_proposal(text).session
    assert (session.date, session.start_time, session.planned_minutes) == (date(2023, 10, 10), time(23, 30), 60)


def test_a_role_heading_with_what_the_role_covers_after_a_dash():
    text = (
        "A title\nSession organizers:\n\nRenata Aquino Ribeiro - MAG member - Civil Society - LAC\n\n"
        "Lianna Galstyan - MAG member - Civil Society - AP\n\n"
        "Moderator - Debate/Timekeeper: Claudio Lucena\n\n"
        "Moderators - interventions from the floor to the level of the speakers\n\nJune Parris\n\n\n"
        "John Carr - researcher on child online abuse - WEOG\n"
    )
    found = by_name(parse_proposal(text))
    assert found["Lianna Galstyan"].draft.region == "asia_pacific"
    assert found["Claudio Lucena"].draft.roles == ("moderator",)
    assert found["June Parris"].draft.roles == ("moderator",)
    # Two empty lines after a list: the next heading was lost, the role is to be confirmed.
    assert found["John Carr"].role_unconfirmed


def test_a_page_starts_with_its_title_even_one_that_looks_like_a_name():
    text = "Loading…\nSalle I (Main)\nGigaNet Symposium\nMonday December 5, 2016 09:00 - 13:00 CST\n"
    result = parse_proposal(text)
    assert (result.session.title, result.session.venue) == ("GigaNet Symposium", "Salle I (Main)")
    assert result.participants == ()


def test_a_pre_reports_headings_give_the_kind():
    text = "IGF 2018 Main Session: \nYou are here\nThe title\n"
    assert parse_proposal(text).session.session_type.value == "main_session"
    text = "IGF 2018 Pre-report\n\nMain Session Human Rights, Gender and Youth #HRGenderYouth\n\nSession Title: T\n"
    assert parse_proposal(text).session.session_type.value == "main_session"
