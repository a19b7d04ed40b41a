"""Session files at the edges: integers of hundreds of digits, dates at the calendar's ends, too many items."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from moderator_app.domain import limits
from moderator_app.services.reports import export_report
from moderator_app.services.sessions import import_session_file
from moderator_app.storage.database import open_database
from moderator_app.storage.repository import SessionRepository
from moderator_app.storage.session_file import SessionFileError, parse_document
from moderator_app.system.clock import SystemClock
from moderator_app.system.resources import read_text
from tests.support import stored_report

HUGE = 10**400  # exact in Python and valid JSON, but beyond every float


def demo() -> dict[str, Any]:
    return json.loads(read_text("data", "demo-session.json"))


def with_a_turn(document: dict[str, Any], started_at: str = "2017-12-21T10:00:00+01:00") -> dict[str, Any]:
    person = document["participants"][0]["id"]
    document["interventions"] = [
        {
            "id": "turn-1",
            "participant_id": person,
            "started_at": started_at,
            "ended_at": started_at,
            "speaking_seconds": 60,
            "paused_seconds": 0,
        }
    ]
    document["notes"] = [{"id": "note-1", "created_at": started_at, "text": "A note"}]
    return document


def set_path(document: dict[str, Any], path: tuple[Any, ...], value: Any) -> None:
    target = document
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value


@pytest.mark.parametrize(
    ("path", "field"),
    [
        (("session", "planned_minutes"), "session.planned_minutes"),
        (("interventions", 0, "speaking_seconds"), "interventions[0].speaking_seconds"),
        (("interventions", 0, "allotted_seconds"), "interventions[0].allotted_seconds"),
        (("interventions", 0, "pause_count"), "interventions[0].pause_count"),
    ],
)
@pytest.mark.parametrize("sign", [1, -1])
def test_an_integer_of_hundreds_of_digits_is_refused_with_its_field_named(path, field, sign):
    document = with_a_turn(demo())
    set_path(document, path, sign * HUGE)
    decoded = json.loads(json.dumps(document))  # as the file would be read
    with pytest.raises(SessionFileError) as caught:
        parse_document(decoded)
    message = str(caught.value)
    assert message.startswith(field + ":")
    assert len(message) < 200, "the number is cut short in the message"


def test_a_live_clock_reading_of_hundreds_of_digits_is_refused():
    document = with_a_turn(demo())
    document["session"]["live"] = {"started": {"wall": "2017-12-21T10:00:00+01:00", "monotonic": HUGE}}
    with pytest.raises(SessionFileError, match=r"^session\.live\.started\.monotonic:"):
        parse_document(document)


@pytest.mark.parametrize(
    ("when", "year"),
    [("0001-01-01T00:30:00+05:00", 1), ("9999-12-31T23:30:00-05:00", 9999), ("1899-12-31T23:59:59+00:00", 1899)],
)
@pytest.mark.parametrize(
    ("place", "field"),
    [
        ("intervention", "interventions[0].started_at"),
        ("note", "notes[0].created_at"),
        ("session", "session.started_at"),
    ],
)
def test_a_date_time_outside_the_supported_years_is_refused_with_its_field_named(when, year, place, field):
    document = with_a_turn(demo())
    if place == "intervention":
        document["interventions"][0]["started_at"] = when
        document["interventions"][0]["ended_at"] = None
        document["interventions"][0]["live"] = {"state": "paused"}
    elif place == "note":
        document["notes"][0]["created_at"] = when
    else:
        document["session"]["started_at"] = when
    with pytest.raises(SessionFileError) as caught:
        parse_document(document)
    assert str(caught.value) == (
        f"{field}: the year {year} is outside {limits.MIN_YEAR}–{limits.MAX_YEAR}, the dates a session can have."
    )


@pytest.mark.parametrize("day", ["0001-01-01", "9999-12-31"])
def test_a_session_date_outside_the_supported_years_is_refused(day):
    document = demo()
    document["session"]["date"] = day
    with pytest.raises(SessionFileError, match=r"^session\.date: the year \d+ is outside 1900–2200"):
        parse_document(document)


def test_an_updated_at_outside_the_supported_years_is_refused(tmp_path):
    document = demo()
    document["participants"][0]["updated_at"] = "9999-12-31T23:00:00-12:00"
    path = tmp_path / "in.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    db = open_database(tmp_path / "data" / "moderator.db")
    try:
        with pytest.raises(SessionFileError, match=r"^participants\[0\]\.updated_at: the year 9999"):
            import_session_file(SessionRepository(db), path, SystemClock())
    finally:
        db.close()


@pytest.mark.parametrize(
    ("when", "day"),
    [("1900-01-01T00:00:00+14:00", "1900-01-01"), ("2200-12-31T23:59:00-12:00", "2200-12-31")],
)
def test_the_first_and_last_supported_dates_import_and_every_report_format_builds(tmp_path, when, day):
    """The edges of the range are safe: the offsets take them past the year, and nothing overflows."""
    document = with_a_turn(demo(), started_at=when)
    document["session"]["date"] = day
    document["session"]["started_at"] = when
    path = tmp_path / "in.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    db = open_database(tmp_path / "data" / "moderator.db")
    try:
        snapshot = import_session_file(SessionRepository(db), path, SystemClock(), copy=True)[0]
        report = stored_report(db, snapshot.session.id, "igf-workshop", None, SystemClock().now())
        for fmt in ("md", "html"):
            assert export_report(report, fmt, tmp_path / f"report.{fmt}", charts={}).stat().st_size > 0
    finally:
        db.close()


LISTS = [
    ("participants", "MAX_PEOPLE", "people"),
    ("segments", "MAX_SEGMENTS", "segments"),
    ("interventions", "MAX_INTERVENTIONS", "interventions"),
    ("notes", "MAX_NOTES", "notes"),
    ("queue", "MAX_QUEUE", "requests"),
]


@pytest.mark.parametrize(("key", "limit_name", "what"), LISTS)
def test_each_list_is_read_up_to_its_limit_and_refused_beyond_it(monkeypatch, key, limit_name, what):
    document = with_a_turn(demo())
    count = len(document[key])
    assert count >= 1
    monkeypatch.setattr(limits, limit_name, count)
    assert len(getattr(parse_document(document), key)) == count  # at the limit: read
    monkeypatch.setattr(limits, limit_name, count - 1)
    with pytest.raises(SessionFileError) as caught:
        parse_document(document)
    assert str(caught.value) == (f"{key}: has {count:,} {what}; at most {count - 1:,} are allowed in one session.")


def test_too_many_people_are_refused_before_any_of_them_is_read():
    document = demo()
    document["participants"] = [{"bad": "not a participant"}] * (limits.MAX_PEOPLE + 1)
    with pytest.raises(SessionFileError, match=r"^participants: has 20,001 people; at most 20,000"):
        parse_document(document)


def test_a_merge_whose_union_is_over_a_limit_changes_nothing(tmp_path, monkeypatch):
    """Each copy alone is within the limit; only their union is not."""
    db = open_database(tmp_path / "data" / "moderator.db")
    try:
        repository = SessionRepository(db)
        mine, theirs = demo(), demo()
        mine["participants"].append({"id": "only-here", "name": "Only Here"})
        theirs["participants"].append({"id": "only-there", "name": "Only There"})
        monkeypatch.setattr(limits, "MAX_PEOPLE", len(mine["participants"]))
        for name, document in (("mine.json", mine), ("theirs.json", theirs)):
            (tmp_path / name).write_text(json.dumps(document), encoding="utf-8")
        import_session_file(repository, tmp_path / "mine.json", SystemClock())
        with pytest.raises(SessionFileError) as caught:
            import_session_file(repository, tmp_path / "theirs.json", SystemClock(), merge=True)
        assert str(caught.value) == (
            "Merged with the copy here, the session would have 12 people; at most 11 are allowed in one session. "
            "Nothing was changed."
        )
        stored = repository.load(mine["session"]["id"]).participants
        assert sorted(p.id for p in stored) == sorted(p["id"] for p in mine["participants"])
    finally:
        db.close()


def test_a_session_file_over_the_size_limit_is_refused_before_it_is_read(tmp_path):
    path = tmp_path / "big.json"
    with path.open("wb") as stream:
        stream.truncate(limits.MAX_SESSION_FILE_BYTES + 1)  # sparse: no time spent writing it
    db = open_database(tmp_path / "data" / "moderator.db")
    try:
        with pytest.raises(SessionFileError, match="larger than 50 MiB"):
            import_session_file(SessionRepository(db), path, SystemClock())
    finally:
        db.close()


def test_the_limits_are_the_ones_documented():
    doc = (Path(__file__).resolve().parents[2] / "docs" / "reliability.md").read_text(encoding="utf-8")
    for limit in limits.TABLE:
        assert f"| {limit.what} | {limit.value:,} |" in doc
    assert f"{limits.MIN_YEAR}–{limits.MAX_YEAR}" in doc
