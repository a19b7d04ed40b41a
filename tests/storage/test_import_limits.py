"""Proposal and roster imports within the limits of domain/limits.py: just under is read, just over refused."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from moderator_app.domain import limits
from moderator_app.domain.session import Session
from moderator_app.domain.text import ValidationError
from moderator_app.importers.common import ImportFileError
from moderator_app.importers.roster import parse_roster
from moderator_app.services import imports
from moderator_app.services.imports import import_proposal, parse_proposal_text, read_proposal
from moderator_app.services.sessions import create_session
from moderator_app.system.resources import regions

PROPOSAL = "A workshop on limits\nSpeaker: Lea Kaspar\nSpeaker: Ana Lopez\nSpeaker: Tom Okafor\n"


def test_proposal_text_over_the_character_limit_is_refused_before_it_is_parsed(tmp_path, monkeypatch):
    path = tmp_path / "big.txt"
    path.write_text("x" * (limits.MAX_PROPOSAL_CHARS + 1), encoding="utf-8")
    monkeypatch.setattr(imports, "parse_proposal", lambda text: pytest.fail("parsed anyway"))
    with pytest.raises(ImportFileError, match="has 1,000,001 characters; a workshop proposal can have at most 1,0"):
        read_proposal(path)


def test_proposal_text_at_the_character_limit_is_parsed(monkeypatch):
    monkeypatch.setattr(imports, "MAX_PROPOSAL_CHARS", len(PROPOSAL))
    assert len(parse_proposal_text(PROPOSAL).participants) == 3
    with pytest.raises(ImportFileError, match="characters"):
        parse_proposal_text(PROPOSAL + " ")


def test_a_proposal_naming_more_people_than_the_limit_is_refused(monkeypatch):
    monkeypatch.setattr(imports, "MAX_PROPOSAL_PEOPLE", 3)
    assert len(parse_proposal_text(PROPOSAL).participants) == 3
    monkeypatch.setattr(imports, "MAX_PROPOSAL_PEOPLE", 2)
    with pytest.raises(ImportFileError, match="the proposal names 3 people; a workshop proposal can name at most 2"):
        parse_proposal_text(PROPOSAL)


def test_a_thousand_named_speakers_are_refused_at_the_real_limit():
    text = "A workshop\n" + "".join(f"Speaker: Person Number{n:04d}\n" for n in range(limits.MAX_PROPOSAL_PEOPLE + 1))
    with pytest.raises(ImportFileError, match="names 501 people"):
        parse_proposal_text(text)


def test_import_proposal_refuses_more_people_than_a_session_holds(repository, clock, monkeypatch):
    result = parse_proposal_text(PROPOSAL)
    monkeypatch.setattr(imports, "MAX_PEOPLE", 2)
    with pytest.raises(ValidationError, match="would have 3 people; a session can have at most 2"):
        import_proposal(repository, result, clock, regions=regions())
    assert repository.list_sessions() == []


@pytest.mark.parametrize("day", [date(1, 1, 1), date(9999, 12, 31), date(1899, 12, 31), date(2201, 1, 1)])
def test_a_proposal_dated_outside_the_supported_years_is_refused(repository, clock, day):
    result = parse_proposal_text(PROPOSAL)
    with pytest.raises(ValidationError, match=rf"^Date: the year {day.year} is outside 1900–2200"):
        import_proposal(repository, result, clock, regions=regions(), session=replace(result.session, date=day))
    assert repository.list_sessions() == []


def roster(names: list[str]) -> bytes:
    return ("Name\n" + "".join(f"{name}\n" for name in names)).encode("utf-8")


def test_a_roster_filling_the_session_to_its_limit_is_imported_and_one_more_is_refused(
    library, repository, clock, monkeypatch
):
    session_id = create_session(repository, Session(id="s-1", title="Round table"), [], clock)
    library.import_roster(session_id, parse_roster(roster(["Ana", "Bo"])), regions())
    monkeypatch.setattr(imports, "MAX_PEOPLE", 4)
    with pytest.raises(ValidationError, match="would have 5 people; a session can have at most 4"):
        library.import_roster(session_id, parse_roster(roster(["Cy", "Di", "Ed"])), regions())
    assert len(repository.load(session_id).participants) == 2, "nothing of the refused roster was stored"
    summary = library.import_roster(session_id, parse_roster(roster(["Ana", "Cy", "Di"])), regions())
    assert (summary.imported, len(summary.skipped_duplicates)) == (2, 1), "duplicates do not count against it"
    assert len(repository.load(session_id).participants) == 4


def test_a_roster_over_the_row_limit_is_refused(monkeypatch):
    from moderator_app.importers import roster as roster_module

    monkeypatch.setattr(roster_module, "MAX_ROWS", 3)
    assert len(parse_roster(roster(["Ana", "Bo", "Cy"])).rows) == 3
    with pytest.raises(ImportFileError, match="the file has 4 rows; a roster can have at most 3"):
        parse_roster(roster(["Ana", "Bo", "Cy", "Di"]))


def test_an_import_file_over_the_size_limit_is_refused_before_it_is_read(tmp_path: Path):
    path = tmp_path / "big.csv"
    with path.open("wb") as stream:
        stream.truncate(limits.MAX_IMPORT_FILE_BYTES + 1)  # sparse
    with pytest.raises(ImportFileError, match="larger than 10 MiB"):
        imports.read_roster(path)
