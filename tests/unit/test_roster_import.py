"""Reading roster CSVs: encodings, delimiters, headers in three languages, values, bad rows, duplicates."""

from __future__ import annotations

import pytest

from moderator_app.domain.session import Participant, ParticipantDraft
from moderator_app.importers import ImportFileError
from moderator_app.importers.duplicates import find_duplicates
from moderator_app.importers.roster import apply_mapping, parse_roster

ROSTER = (
    "Name,Organisation,Stakeholder group,Gender,Country\n"
    "Léa Kaspar,Global Partners Digital,Civil Society,F,United Kingdom\n"
    "Chris Painter,,Government,male,US\n"
)


def names(result):
    return [row.draft.name for row in result.rows]


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (ROSTER.encode("utf-8"), "UTF-8"),
        (b"\xef\xbb\xbf" + ROSTER.encode("utf-8"), "UTF-8 with BOM"),
        (ROSTER.encode("utf-16"), "UTF-16 LE"),
        (b"\xfe\xff" + ROSTER.encode("utf-16-be"), "UTF-16 BE"),
        (ROSTER.encode("cp1252"), "Windows-1252"),
    ],
)
def test_each_encoding_excel_writes_is_read_with_accents_intact(data, encoding):
    result = parse_roster(data)
    assert result.encoding == encoding
    assert names(result) == ["Léa Kaspar", "Chris Painter"]
    assert result.errors == ()


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_the_delimiter_is_found(delimiter):
    data = ROSTER.replace(",", delimiter).encode()
    result = parse_roster(data)
    assert result.delimiter == delimiter
    assert result.rows[0].draft.affiliation == "Global Partners Digital"


def test_a_one_column_file_of_names_is_a_roster():
    result = parse_roster(b"Name\nLea Kaspar\nChris Painter\n\nKaja Ciglic\n")
    assert names(result) == ["Lea Kaspar", "Chris Painter", "Kaja Ciglic"]
    assert [row.line for row in result.rows] == [2, 3, 5]


def test_a_comma_inside_quotes_stays_in_its_cell():
    result = parse_roster(b'Name;Organisation\n"Doe, Jane";"OAS; Washington"\n')
    assert result.rows[0].draft.name == "Doe, Jane" and result.rows[0].draft.affiliation == "OAS; Washington"


@pytest.mark.parametrize(
    "header",
    [
        "Name,Organization,Stakeholder Group,Sex,Country",
        "Nom complet;Organisation;Secteur;Genre;Pays",
        "Nombre;Organización;Sector;Género;País",
    ],
)
def test_headers_in_english_french_and_spanish_map_to_fields(header):
    delimiter = ";" if ";" in header else ","
    row = delimiter.join(["Ana Pérez", "OEA", "Gobierno", "mujer", "España"])
    result = parse_roster(f"{header}\n{row}\n".encode())
    assert result.mapping == ("name", "affiliation", "stakeholder_group", "gender", "country")
    draft = result.rows[0].draft
    assert (draft.stakeholder_group, draft.gender, draft.country) == ("government", "woman", "ES")


def test_first_and_last_name_columns_are_joined():
    for header in ("First name,Last name", "Prénom,Nom", "Nombre,Apellidos"):
        result = parse_roster(f"{header},Org\nBelisario,Contreras,OAS\n".encode())
        assert names(result) == ["Belisario Contreras"], header


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("Civil Society", "stakeholder_group", "civil_society"),
        ("civil society", "stakeholder_group", "civil_society"),
        ("CS", "stakeholder_group", "civil_society"),
        ("Intergovernmental Organizations", "stakeholder_group", "intergovernmental_organization"),
        ("Private sector", "stakeholder_group", "private_sector"),
        ("Technical Community", "stakeholder_group", "technical_community"),
        ("Academia", "stakeholder_group", "academia"),
        ("Media", "stakeholder_group", "media"),
        ("F", "gender", "woman"),
        ("female", "gender", "woman"),
        ("femme", "gender", "woman"),
        ("Mujer", "gender", "woman"),
        ("M", "gender", "man"),
        ("homme", "gender", "man"),
        ("hombre", "gender", "man"),
        ("Suisse", "country", "CH"),
        ("Estados Unidos", "country", "US"),
        ("ch", "country", "CH"),
        ("UK", "country", "GB"),
        ("Côte d’Ivoire", "country", "CI"),
        ("Speaker; Moderator", "roles", ("speaker", "moderator")),
        ("remote", "attendance", "remote"),
        ("en ligne", "attendance", "remote"),
    ],
)
def test_values_are_mapped_tolerantly(text, field, value):
    header = {"stakeholder_group": "Sector", "gender": "Gender", "country": "Country", "roles": "Role"}.get(
        field, "Attendance"
    )
    result = parse_roster(f'Name,{header}\nAna,"{text}"\n'.encode())
    assert result.errors == ()
    assert getattr(result.rows[0].draft, field) == value


def test_a_yes_no_remote_column_sets_attendance():
    result = parse_roster(b"Name,Remote\nA,yes\nB,no\n")
    assert [row.draft.attendance for row in result.rows] == ["remote", "onsite"]


def test_bad_rows_are_named_by_line_and_the_good_ones_kept():
    data = (
        "Name,Gender,Country,Stakeholder group\nGood One,F,FR,Media\n,F,FR,\nBad Gender,Q,,\n"
        "Bad Country,,Atlantis,\nBad Group,,,Aliens\nGood One,,,\n"
    )
    result = parse_roster(data.encode())
    assert names(result) == ["Good One"]
    reasons = dict(result.errors)
    assert set(reasons) == {3, 4, 5, 6, 7}
    assert "no name" in reasons[3]
    assert "gender 'Q'" in reasons[4]
    assert "Atlantis" in reasons[5]
    assert "Aliens" in reasons[6]
    assert "line 2" in reasons[7]


def test_a_row_with_more_cells_than_the_header_is_an_error():
    result = parse_roster(b"Name,Org\nA,B,C\n")
    assert result.errors == ((2, "3 cells but the header has 2 columns"),)


def test_formula_looking_cells_are_kept_as_text():
    result = parse_roster(b"Name,Organisation\n=HYPERLINK(1),+1\n@Ana,-2\n")
    assert [(r.draft.name, r.draft.affiliation) for r in result.rows] == [("=HYPERLINK(1)", "+1"), ("@Ana", "-2")]


def test_the_mapping_can_be_changed_and_the_rows_read_again():
    result = parse_roster(b"Who,Where\nAna,OAS\n")
    assert result.mapping == ("ignore", "ignore") and result.rows == ()
    assert "no column is mapped to the name" in result.errors[0][1]
    remapped = apply_mapping(result.raw, ("name", "affiliation"))
    assert [(r.draft.name, r.draft.affiliation) for r in remapped.rows] == [("Ana", "OAS")]
    assert remapped.mapping_by_header == {"Who": "name", "Where": "affiliation"}


@pytest.mark.parametrize("data", [b"", b"   \r\n", b"\xef\xbb\xbf", b"\x00\x01\x02\x03binary\x00\x00\xff"])
def test_empty_or_binary_files_are_a_clean_error(data):
    with pytest.raises(ImportFileError):
        parse_roster(data)


def test_duplicates_of_people_on_the_roster_are_found():
    existing = [
        Participant(id="p1", session_id="s", name="Léa Kaspar"),
        Participant(id="p2", session_id="s", name="Belisario Contreras", affiliation="OAS"),
    ]
    rows = [
        (2, ParticipantDraft(name="lea  KASPAR")),
        (3, ParticipantDraft(name="Contreras Belisario", affiliation="oas")),
        (4, ParticipantDraft(name="Contreras Belisario", affiliation="Other")),
        (5, ParticipantDraft(name="Someone New")),
    ]
    assert find_duplicates(rows, existing) == [(2, "p1"), (3, "p2")]
