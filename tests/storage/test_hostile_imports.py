"""Proposals and rosters from strangers: a documented size limit, short messages, and nothing half-imported."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from moderator_app.importers import roster as roster_module
from moderator_app.importers.common import MAX_FILE_BYTES, ImportFileError
from moderator_app.importers.proposal import parse_proposal
from moderator_app.importers.roster import parse_roster
from moderator_app.services import imports
from moderator_app.services.imports import import_proposal, read_proposal, read_roster
from moderator_app.services.sessions import ensure_demo
from moderator_app.system.resources import regions

SQL = "Robert'); DROP TABLE participants; --"


def all_rows(repository) -> dict[str, list[tuple[Any, ...]]]:
    db = repository.db
    tables = [row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    return {table: sorted(db.execute(f"SELECT * FROM [{table}]").fetchall(), key=repr) for table in tables}


@pytest.mark.parametrize("reader", [read_proposal, read_roster], ids=["proposal", "roster"])
def test_a_file_over_the_size_limit_is_refused_before_it_is_decoded(tmp_path: Path, monkeypatch, reader):
    path = tmp_path / "huge.csv"
    with path.open("wb") as stream:
        stream.truncate(MAX_FILE_BYTES + 1)  # sparse: no disk used
    decoded = []
    for module in (imports, roster_module):
        monkeypatch.setattr(module, "decode_bytes", lambda data: decoded.append(data))
    with pytest.raises(ImportFileError, match="larger than 10 MiB, the most a proposal or roster can be"):
        reader(path)
    assert decoded == []


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_a_source_that_never_ends_is_refused_after_reading_at_most_the_limit():
    with pytest.raises(ImportFileError, match="larger than 10 MiB"):
        imports.read_file_bytes(Path("/dev/zero"))


def test_bytes_over_the_limit_are_refused_by_the_parsers_too():
    with pytest.raises(ImportFileError, match="larger than 10 MiB"):
        parse_roster(b"Name\n" + b"A" * MAX_FILE_BYTES)


def test_a_file_at_the_limit_is_read(tmp_path: Path):
    path = tmp_path / "roster.csv"
    path.write_bytes(b"Name\nAna\n".ljust(MAX_FILE_BYTES, b" "))
    assert imports.read_file_bytes(path).startswith(b"Name\nAna\n")


def test_a_huge_unknown_value_is_quoted_short_in_the_row_error():
    result = parse_roster(("Name,Gender,Country\nAna,F," + "Z" * 100_000 + "\n").encode())
    [(line, reason)] = result.errors
    assert line == 2
    assert "is not known" in reason and len(reason) < 200


def test_a_huge_name_in_a_proposal_is_reported_not_imported():
    result = parse_proposal("A title\nSpeaker: " + "N" * 10_000 + "\nSpeaker: Ana Lopez\n")
    assert [p.draft.name for p in result.participants] == ["Ana Lopez"]
    assert any("too long" in problem.why for problem in result.not_understood)
    assert all(len(problem.text) <= 300 for problem in result.not_understood)


def test_sql_looking_and_control_text_is_stored_as_plain_text(library, repository, clock):
    session_id = ensure_demo(repository, clock)
    roster = parse_roster(f'Name,Organisation\n"{SQL}","\u202eevil\x07 =1+1"\n'.encode())
    summary = library.import_roster(session_id, roster, regions())
    assert summary.imported == 1
    person = [p for p in repository.load(session_id).participants if p.name == SQL]
    assert [p.affiliation for p in person] == ["evil =1+1"]
    assert "participants" in repository.db.table_names()


def test_a_roster_import_failing_midway_leaves_every_row_as_it_was(library, repository, clock, monkeypatch):
    session_id = ensure_demo(repository, clock)
    first = repository.load(session_id).participants[0]
    roster = parse_roster(f"Name,Organisation\n{first.name},Changed Org\nNew Person,New Org\n".encode())
    before = all_rows(repository)
    updated = []
    real_save = type(repository).save_participant

    def save_then_remember(self, participant, *, now):
        real_save(self, participant, now=now)
        updated.append(participant.id)

    def fail(*args, **kwargs):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(type(repository), "save_participant", save_then_remember)
    monkeypatch.setattr(imports, "_append_participants", fail)
    with pytest.raises(sqlite3.OperationalError, match="disk is full"):
        library.import_roster(session_id, roster, regions(), duplicates="update")
    assert updated == [first.id]  # the update was written inside the transaction, then undone
    assert all_rows(repository) == before


def test_a_proposal_import_failing_midway_stores_no_session(repository, clock, monkeypatch):
    result = parse_proposal("A title\nSpeaker: Ana Lopez\nSpeaker: Bo Chen\n")
    before = all_rows(repository)
    db_type = type(repository.db)
    real_insert = db_type.insert

    def fail_on_participants(self, table, rows):
        if table == "participants":
            raise sqlite3.OperationalError("disk I/O error")
        return real_insert(self, table, rows)

    monkeypatch.setattr(db_type, "insert", fail_on_participants)
    with pytest.raises(sqlite3.OperationalError):
        import_proposal(repository, result, clock, regions=regions())
    assert all_rows(repository) == before


@pytest.mark.parametrize(
    ("value", "format_", "minutes"),
    [
        ("Round Table - 90 Min", "Round Table", 90),
        ("Panel (60 minutes)", "Panel", 60),
        ("Workshop, 90 mins.", "Workshop", 90),
        ("Debate – 45 minutos", "Debate", 45),
        ("123456 min", "1", 23456),
        ("90 min", "", 90),
        ("Birds of a feather", "Birds of a feather", None),
    ],
)
def test_the_session_format_and_its_minutes_are_read_apart(value, format_, minutes):
    session = parse_proposal(f"A title\nSession Format: {value}\n").session
    assert (session.format, session.planned_minutes) == (format_, minutes if minutes and minutes <= 1440 else None)


@pytest.mark.parametrize("filler", ["-", ", (", "- 1", "–"])
def test_a_format_line_of_separators_is_reported_not_pondered(filler):
    # A pattern with a lazy prefix took 12 s on 8,000 ", (" and would hang on a 10 MiB file.
    result = parse_proposal("A title\nSession Format: " + filler * 200_000 + "x 90 min\n")
    assert result.session.format == ""
    assert any("longer than 100 characters" in problem.why for problem in result.not_understood)


def test_a_roster_with_thousands_of_columns_is_refused_clearly():
    from moderator_app.importers.roster import MAX_COLUMNS

    wide = ",".join(f"c{i}" for i in range(MAX_COLUMNS))
    with pytest.raises(
        ImportFileError, match=f"the first line has {MAX_COLUMNS + 1} columns; a roster can have at most"
    ):
        parse_roster(f"Name,{wide}\nAna\n".encode())
    assert (
        len(parse_roster(("Name," + ",".join(f"c{i}" for i in range(MAX_COLUMNS - 1)) + "\nAna\n").encode()).rows) == 1
    )
