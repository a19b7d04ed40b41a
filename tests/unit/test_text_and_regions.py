"""Text cleaning, participant validation and the UN regional groups derived from country codes."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from moderator_app.domain.enums import Attendance, Gender, Region, Role, StakeholderGroup
from moderator_app.domain.regions import parse_country_table
from moderator_app.domain.session import ParticipantDraft, build_participant
from moderator_app.domain.text import ValidationError, clean_block, clean_line, require_length, safe_file_stem
from moderator_app.system.resources import countries, regions


def build(**fields):
    draft = ParticipantDraft(**{"name": "Ana", **fields})
    return build_participant(draft, participant_id="p1", session_id="s1", regions=regions())


# -- text -------------------------------------------------------------------------------------
def test_clean_line_removes_control_characters_and_collapses_whitespace():
    assert clean_line("  Ana\x00 \x07María\t\n  López\x1b ") == "Ana María López"
    assert clean_line(None) == ""


@pytest.mark.parametrize(
    "name",
    ["محمد بن سلمان", "王小明", "Zoë Ørsted-Ñúñez", "Nguyễn Thị Minh Khai", "Αλέξανδρος", "Дмитрий"],
)
def test_clean_line_keeps_names_in_any_script(name):
    assert clean_line(name) == name


def test_clean_line_normalises_to_nfc_so_the_same_name_matches():
    decomposed = unicodedata.normalize("NFD", "José Müller")
    assert decomposed != "José Müller"
    assert clean_line(decomposed) == "José Müller"


def test_clean_block_keeps_line_breaks_but_drops_other_controls():
    assert clean_block("First\r\nSecond\rThird\x00\n\n") == "First\nSecond\nThird"


def test_require_length_names_the_field_and_the_limit():
    with pytest.raises(ValidationError, match=r"Title is too long \(501 characters\); shorten it to at most 500"):
        require_length("Title", "x" * 501, 500)
    with pytest.raises(ValidationError, match="Title is required"):
        require_length("Title", "", 500, required=True)
    assert require_length("Title", "", 500) == ""


def test_safe_file_stem_strips_bidi_controls_that_could_disguise_an_extension():
    stem = safe_file_stem("report\u202egpj.exe")
    assert "\u202e" not in stem
    for control in "\u202a\u202b\u202c\u202d\u2066\u2067\u2068\u2069\u200e\u200f\u061c":
        assert control not in safe_file_stem(f"a{control}b")


def test_safe_file_stem_cannot_escape_the_folder():
    for hostile in ("../../etc/passwd", "..\\..\\Windows\\system32", "/abs/path", "a:b*c?d<e>f|g"):
        stem = safe_file_stem(hostile)
        assert "/" not in stem and "\\" not in stem and ":" not in stem
        assert not stem.startswith(".")
    assert safe_file_stem("../../etc/passwd") == "etc-passwd"


def test_safe_file_stem_keeps_readable_titles_and_falls_back_when_empty():
    assert safe_file_stem("IGF 2017 – Cybersecurity") == "IGF 2017 - Cybersecurity"
    assert safe_file_stem("Sesión de diálogo 数字") == "Sesión de diálogo 数字"
    assert safe_file_stem("\u202e///", fallback="export") == "export"
    assert len(safe_file_stem("x" * 500)) == 80


# -- participants -------------------------------------------------------------------------------
def test_participant_needs_a_name():
    with pytest.raises(ValidationError, match="Name is required"):
        build(name="  \x00 ")


def test_a_10000_character_name_is_refused_with_a_clear_message():
    with pytest.raises(ValidationError) as caught:
        build(name="A" * 10_000)
    message = str(caught.value)
    assert "Name is too long" in message
    assert "10,000" in message
    assert "300" in message


def test_participant_name_and_affiliation_are_cleaned():
    participant = build(name="  Wang\x00  Xiaoming ", affiliation=" CNNIC\t")
    assert participant.name == "Wang Xiaoming"
    assert participant.affiliation == "CNNIC"


@pytest.mark.parametrize(
    ("country", "region"),
    [
        ("US", Region.WEOG),
        ("BR", Region.GRULAC),
        ("KE", Region.AFRICAN),
        ("CN", Region.ASIA_PACIFIC),
        ("PL", Region.EASTERN_EUROPEAN),
        ("GB", Region.WEOG),
    ],
)
def test_region_is_derived_from_the_country(country, region):
    participant = build(country=country)
    assert participant.country == country
    assert participant.region is region


def test_country_code_is_upper_cased_before_deriving_the_region():
    participant = build(country=" ke ")
    assert participant.country == "KE"
    assert participant.region is Region.AFRICAN


def test_no_country_means_no_region():
    assert build(country="").region is None


@pytest.mark.parametrize("country", ["USA", "U", "1A", "ÄB", "U-"])
def test_country_must_be_a_two_letter_iso_code(country):
    with pytest.raises(ValidationError, match="two-letter ISO 3166-1 code"):
        build(country=country)


@pytest.mark.parametrize(
    ("field", "label", "enum_type"),
    [
        ("stakeholder_group", "Stakeholder group", StakeholderGroup),
        ("gender", "Gender", Gender),
        ("attendance", "Attendance", Attendance),
    ],
)
def test_unknown_choice_is_refused_naming_the_allowed_values(field, label, enum_type):
    with pytest.raises(ValidationError) as caught:
        build(**{field: "bogus"})
    message = str(caught.value)
    assert label in message and "'bogus'" in message
    for member in enum_type:
        assert member.value in message


def test_unknown_role_is_refused_naming_the_allowed_roles():
    with pytest.raises(ValidationError) as caught:
        build(roles=("speaker", "king"))
    message = str(caught.value)
    assert "'king'" in message
    for role in Role:
        assert role.value in message


def test_roles_are_deduplicated_and_default_to_participant():
    assert build(roles=("speaker", "speaker", "rapporteur")).roles == (Role.SPEAKER, Role.RAPPORTEUR)
    assert build(roles=()).roles == (Role.PARTICIPANT,)


def test_known_choices_are_accepted():
    participant = build(stakeholder_group="civil_society", gender="non_binary", attendance="remote")
    assert participant.stakeholder_group is StakeholderGroup.CIVIL_SOCIETY
    assert participant.gender is Gender.NON_BINARY
    assert participant.attendance is Attendance.REMOTE


# -- the bundled country table ---------------------------------------------------------------------
def test_bundled_country_table_covers_the_un_members():
    table = countries()
    assert len(table) >= 190
    with_region = [country for country in table.values() if country.region is not None]
    assert len(with_region) >= 190


def test_every_region_in_the_bundled_table_is_one_of_the_five_un_groups():
    for code, country in countries().items():
        assert len(code) == 2 and code.isupper(), code
        assert country.name, code
        assert country.region is None or country.region in set(Region), code
    assert {country.region for country in countries().values()} - {None} == set(Region)


def test_a_malformed_country_table_row_is_reported_with_its_line():
    with pytest.raises(ValueError, match="row 3"):
        parse_country_table("code,name,region\nFR,France,weog\nXYZ,Nowhere,weog\n")
    with pytest.raises(ValueError):
        parse_country_table("code,name,region\nFR,France,europe\n")


def test_clean_line_drops_direction_overrides_but_keeps_marks_that_arabic_needs():
    from moderator_app.domain.text import clean_line

    assert clean_line("report\u202egpj.exe") == "reportgpj.exe"
    assert clean_line("\u2067محمد\u2069 \u202aA\u202c") == "محمد A"
    assert clean_line("abc\u200fdef") == "abc\u200fdef"


ODD_CHARACTERS = st.sampled_from(
    ["\ud800", "\udfff", "\ufffe", "\uffff", "\x00", "\x1b", "\x7f", "\x85", "\x9f", "\r", "\t"]
)


@settings(max_examples=300, deadline=None)
@given(text=st.lists(st.one_of(st.characters(), ODD_CHARACTERS), max_size=60).map("".join))
def test_cleaned_text_holds_no_control_surrogate_or_xml_forbidden_character(text):
    for cleaned, allowed in ((clean_line(text), ""), (clean_block(text), "\n")):
        assert not [
            ch
            for ch in cleaned
            if ch not in allowed and (unicodedata.category(ch) in ("Cc", "Cs") or ch in "\ufffe\uffff")
        ]
    assert "\n" not in clean_line(text) and clean_line(text) == clean_line(clean_line(text))
