"""Random and hostile input never crashes the importers: a result, or ImportFileError, nothing else."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from moderator_app.importers import ImportFileError
from moderator_app.importers.proposal import parse_proposal
from moderator_app.importers.roster import FIELDS, apply_mapping, parse_roster

FIELD_LINES = st.sampled_from(
    [
        "Proposer's Name: ",
        "Co-Proposer's Name: ",
        "Country: ",
        "Stakeholder Group: ",
        "Speaker: ",
        "Session Format: ",
        "Tag 1: ",
        "Content of the Session:",
        "Onsite Moderator: ",
        "Mr., ",
        "21 December 2017 - ",
        "",
    ]
)
HOSTILE = st.text(alphabet=st.characters(codec="utf-8"), max_size=200)
LINES = st.lists(st.tuples(FIELD_LINES, HOSTILE).map("".join), max_size=30)
ENDINGS = st.sampled_from(["\n", "\r\n", "\r", "\u2028"])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(lines=LINES, ending=ENDINGS)
def test_proposal_text_of_any_shape_parses_or_fails_cleanly(lines, ending):
    try:
        result = parse_proposal(ending.join(lines))
    except ImportFileError:
        return
    for participant in result.participants:
        assert participant.draft.name.strip()
    assert all(problem.line >= 0 for problem in result.not_understood)


@settings(max_examples=200, deadline=None)
@given(text=st.text(max_size=2000))
def test_any_unicode_text_as_a_proposal(text):
    try:
        parse_proposal(text)
    except ImportFileError:
        pass


CELLS = st.one_of(
    HOSTILE,
    st.sampled_from(["=1+2", '"', '""', "a,b", "x;y", "\t", "\x00", "Civil Society", "F", "FR", "España", "é"]),
)


@settings(max_examples=300, deadline=None)
@given(
    rows=st.lists(st.lists(CELLS, max_size=6), max_size=12),
    delimiter=st.sampled_from([",", ";", "\t"]),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252"]),
)
def test_roster_csv_of_any_shape_parses_or_fails_cleanly(rows, delimiter, encoding):
    text = "\n".join(
        delimiter.join(["Name", "Gender", "Country", "Sector"] if i == 0 else r) for i, r in enumerate([[], *rows])
    )
    data = text.encode(encoding, errors="replace")
    try:
        result = parse_roster(data)
    except ImportFileError:
        return
    lines = [row.line for row in result.rows] + [line for line, _ in result.errors]
    assert len(lines) == len(set(lines)) or not result.rows


@settings(max_examples=300, deadline=None)
@given(data=st.binary(max_size=3000))
def test_random_bytes_as_a_roster(data):
    try:
        result = parse_roster(data)
    except ImportFileError:
        return
    apply_mapping(result.raw, ["name"] * len(result.raw.headers))


@settings(max_examples=100, deadline=None)
@given(mapping=st.lists(st.sampled_from(FIELDS), max_size=8))
def test_any_mapping_the_user_picks_reads_the_rows_or_reports_them(mapping):
    result = parse_roster(b"Name,Gender,Country,Extra\nAna,F,FR,x\nBob,?,Atlantis,y\n")
    remapped = apply_mapping(result.raw, mapping)
    assert len(remapped.rows) + len(remapped.errors) >= 1
