"""The portable session file: lossless export/import, its documented shape, and clear refusals."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from moderator_app.domain.enums import InterventionKind, InterventionState, Region, SessionType
from moderator_app.domain.session import ParticipantDraft
from moderator_app.services.console import SessionConsole
from moderator_app.services.errors import ImportConflictError
from moderator_app.services.sessions import export_file, import_session_file
from moderator_app.storage.database import open_database
from moderator_app.storage.repository import SessionRepository
from moderator_app.storage.session_file import FORMAT, SessionFileError, read_file
from moderator_app.system.resources import regions

TABLES = ("sessions", "participants", "segments", "interventions", "queue_entries", "app_state")
HOSTILE_NAME = "<script>alert('x')</script> \u202eevil\u202c 👩🏽‍💻 محمد"
HOSTILE_AFFILIATION = "=cmd|' /C calc'!A0"
HOSTILE_TITLE = '<b>Bold</b> & =HYPERLINK("http://x") \u202eelif.exe 🚀 الأمن السيبراني'


@pytest.fixture
def other_repository(tmp_path: Path) -> Iterator[SessionRepository]:
    """A second, fresh data folder to import into."""
    db = open_database(tmp_path / "other" / "moderator.db")
    yield SessionRepository(db)
    db.close()


def play_session(console: SessionConsole, clock, *, current: InterventionState) -> None:
    """A session with ended turns, an open one in the given state, a queue and hostile text."""
    guest = console.add_participant(
        ParticipantDraft(
            name=HOSTILE_NAME,
            affiliation=HOSTILE_AFFILIATION,
            country="EG",
            stakeholder_group="academia",
            gender="undisclosed",
            roles=("participant", "rapporteur"),
            attendance="remote",
        )
    )
    console.update_session(
        replace(console.session, title=HOSTILE_TITLE, description="Line one <i>\nLine two =1+1\n\u202e")
    )
    console.enqueue(guest.id, InterventionKind.QUESTION)
    console.next_speaker()
    clock.advance(65.25)
    console.toggle_timer()
    clock.advance(10)
    console.toggle_timer()
    clock.advance(20)
    console.adjust_time(30)
    console.next_segment()
    console.next_speaker()
    clock.advance(42)
    if current is InterventionState.PAUSED:
        console.toggle_timer()
        clock.advance(7)


def export_document(repository: SessionRepository, session_id: str, target: Path, clock) -> dict[str, Any]:
    export_file(repository, session_id, target, clock)
    return json.loads(target.read_text(encoding="utf-8"))


def row_counts(repository: SessionRepository) -> dict[str, int]:
    return {table: repository.db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0] for table in TABLES}


@pytest.mark.parametrize("current", [InterventionState.RUNNING, InterventionState.PAUSED])
def test_export_then_import_into_a_fresh_data_folder_loses_nothing(
    console, clock, repository, other_repository, tmp_path, current
):
    play_session(console, clock, current=current)
    original = repository.load(console.session_id)
    assert original.current_intervention is not None
    assert original.current_intervention.state is current
    assert len(original.interventions) == 2 and original.queue

    first = export_document(repository, console.session_id, tmp_path / "first.json", clock)
    imported = import_session_file(other_repository, tmp_path / "first.json", clock)[0]
    assert imported == original
    assert other_repository.load(console.session_id) == original

    reexported = export_document(other_repository, console.session_id, tmp_path / "reexported.json", clock)
    clock.advance(3)  # later exports from either folder still agree with each other
    later = export_document(other_repository, console.session_id, tmp_path / "later.json", clock)
    later_original = export_document(repository, console.session_id, tmp_path / "later-original.json", clock)
    for document in (first, reexported, later, later_original):
        assert document.pop("exported_at")
    assert reexported == first
    assert later == later_original


def test_the_timer_resumes_where_it_was_after_an_import(console, clock, repository, other_repository, tmp_path):
    play_session(console, clock, current=InterventionState.RUNNING)
    export_file(repository, console.session_id, tmp_path / "s.json", clock)
    import_session_file(other_repository, tmp_path / "s.json", clock)
    clock.advance(30)
    moved = SessionConsole(other_repository, clock, console.session_id, regions=regions())
    assert moved.reading().timer == console.reading().timer


def test_exported_file_has_the_documented_keys(console, clock, repository, tmp_path):
    play_session(console, clock, current=InterventionState.PAUSED)
    document = export_document(repository, console.session_id, tmp_path / "s.json", clock)
    assert document["format"] == FORMAT == "moderator-app.session"
    assert document["version"] == 1
    session_keys = {"id", "title", "date", "start_time", "timezone", "venue", "format", "planned_minutes"}
    assert session_keys | {"description", "tags"} <= document["session"].keys()
    participant_keys = {"id", "name", "affiliation", "stakeholder_group", "gender", "country", "region", "roles"}
    segment_keys = {"id", "title", "planned_minutes", "position"}
    intervention_keys = {"id", "participant_id", "segment_id", "kind", "allotted_seconds", "started_at", "ended_at"}
    queue_keys = {"id", "participant_id", "position", "kind"}
    checks: list[tuple[str, set[str]]] = [
        ("participants", participant_keys | {"attendance"}),
        ("segments", segment_keys),
        ("interventions", intervention_keys | {"paused_seconds", "speaking_seconds"}),
        ("queue", queue_keys),
    ]
    for section, keys in checks:
        assert document[section], section
        for item in document[section]:
            assert keys <= item.keys(), (section, keys - item.keys())
    assert [q["position"] for q in document["queue"]] == list(range(len(document["queue"])))
    assert document["interventions"][0]["speaking_seconds"] == 85.25
    assert document["interventions"][0]["paused_seconds"] == 10
    assert document["interventions"][1]["speaking_seconds"] == 42
    assert document["interventions"][1]["paused_seconds"] == 7
    guest = next(p for p in document["participants"] if p["country"] == "EG")
    assert guest["region"] == Region.AFRICAN.value
    assert guest["roles"] == ["participant", "rapporteur"]


def test_exported_times_carry_a_utc_offset(console, clock, repository, tmp_path):
    play_session(console, clock, current=InterventionState.RUNNING)
    document = export_document(repository, console.session_id, tmp_path / "s.json", clock)
    stamps = [document["session"]["started_at"], document["exported_at"]]
    for item in document["interventions"]:
        stamps.append(item["started_at"])
        if item["ended_at"] is not None:
            stamps.append(item["ended_at"])
    assert len(stamps) == 5
    for stamp in stamps:
        assert datetime.fromisoformat(stamp).utcoffset() is not None, stamp


def test_hostile_text_round_trips_as_plain_data(console, clock, repository, other_repository, tmp_path):
    play_session(console, clock, current=InterventionState.RUNNING)
    export_file(repository, console.session_id, tmp_path / "s.json", clock)
    raw = (tmp_path / "s.json").read_text(encoding="utf-8")
    assert "محمد" in raw and "👩🏽‍💻" in raw  # written as readable UTF-8, not \u escapes
    imported = import_session_file(other_repository, tmp_path / "s.json", clock)[0]
    # One-line fields lose direction overrides on the way in (they could disguise text).
    assert imported.session.title == HOSTILE_TITLE.replace("\u202e", "")
    assert imported.session.description == "Line one <i>\nLine two =1+1\n\u202e"
    guest = next(p for p in imported.participants if p.country == "EG")
    assert guest.name == HOSTILE_NAME.replace("\u202e", "").replace("\u202c", "")
    assert guest.affiliation == HOSTILE_AFFILIATION


def test_unknown_keys_are_ignored(tmp_path, demo_document, other_repository, clock):
    demo_document["from_the_future"] = {"x": 1}
    demo_document["session"]["colour"] = "teal"
    demo_document["participants"][0]["shoe_size"] = 44
    demo_document["queue"][0]["mood"] = "eager"
    path = write(tmp_path, demo_document)
    snapshot = import_session_file(other_repository, path, clock)[0]
    assert snapshot.session.title.startswith("Towards an Inclusive")
    assert len(snapshot.participants) == 10


def test_a_file_without_region_gets_it_from_the_country(tmp_path, demo_document, other_repository, clock):
    for participant, country in zip(demo_document["participants"], ["GB", "US", "ES", "KE"], strict=False):
        participant["country"] = country
    for participant in demo_document["participants"]:
        participant.pop("region", None)
    snapshot = import_session_file(other_repository, write(tmp_path, demo_document), clock)[0]
    by_country = {p.country: p.region for p in snapshot.participants if p.country}
    assert by_country["GB"] is Region.WEOG
    assert by_country["US"] is Region.WEOG
    assert by_country["ES"] is Region.WEOG
    assert by_country["KE"] is Region.AFRICAN


def test_a_stated_region_without_a_country_and_the_session_code_and_type_round_trip(
    tmp_path, demo_document, other_repository, clock
):
    demo_document["session"]["session_code"] = "WS #289"
    demo_document["session"]["session_type"] = "workshop"
    stated = demo_document["participants"][0]
    stated["country"], stated["region"] = "", "african"
    snapshot = import_session_file(other_repository, write(tmp_path, demo_document), clock)[0]
    assert (snapshot.session.session_code, snapshot.session.session_type) == ("WS #289", SessionType.WORKSHOP)
    assert snapshot.participants[0].region is Region.AFRICAN and snapshot.participants[0].country == ""
    again = export_document(other_repository, snapshot.session.id, tmp_path / "again.json", clock)
    assert (again["session"]["session_code"], again["session"]["session_type"]) == ("WS #289", "workshop")
    assert again["participants"][0]["region"] == "african"


def test_an_unknown_session_type_is_refused_naming_it(tmp_path, demo_document, other_repository, clock):
    demo_document["session"]["session_type"] = "picnic"
    with pytest.raises(SessionFileError, match="session_type"):
        import_session_file(other_repository, write(tmp_path, demo_document), clock)


@pytest.fixture
def demo_document() -> dict[str, Any]:
    from moderator_app.system.resources import read_text

    return json.loads(read_text("data", "demo-session.json"))


def write(tmp_path: Path, document: Any, name: str = "in.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def set_path(document: dict[str, Any], dotted: str, value: Any) -> None:
    *parents, last = dotted.split(".")
    node: Any = document
    for part in parents:
        node = node[int(part)] if part.isdigit() else node[part]
    if value is _DELETE:
        del node[int(last) if last.isdigit() else last]
    else:
        node[int(last) if last.isdigit() else last] = value


_DELETE = object()
STARTED_TURN = {
    "id": "turn-1",
    "participant_id": "x-7c1d2e5a-2017-4c1d-9e1f-100000000002",
    "segment_id": None,
    "kind": "intervention",
    "allotted_seconds": 180,
    "started_at": "2017-12-21T10:05:00+01:00",
    "ended_at": "2017-12-21T10:07:00+01:00",
    "speaking_seconds": 120,
    "paused_seconds": 0,
}

Edit = Callable[[dict[str, Any]], None]


def edit(dotted: str, value: Any) -> Edit:
    return lambda document: set_path(document, dotted, value)


def with_turn(**changes: Any) -> Edit:
    return lambda document: document["interventions"].append({**STARTED_TURN, **changes})


MALFORMED: list[tuple[str, Edit, str]] = [
    ("wrong-format", edit("format", "something.else"), "not a moderator-app session file"),
    ("newer-version", edit("version", 2), "newer moderator-app"),
    ("version-not-a-number", edit("version", "1"), "file.version: is missing or not a whole number"),
    ("missing-title", edit("session.title", _DELETE), "session.title: is missing"),
    ("blank-title", edit("session.title", " \x00 "), "session.title: is empty"),
    ("bad-enum", edit("participants.0.gender", "robot"), "participants[0].gender: 'robot' is not one of: woman"),
    ("bad-role", edit("participants.0.roles", ["king"]), "'king' is not one of"),
    ("bad-country", edit("participants.1.country", "G1"), "participants[1].country"),
    (
        "dangling-queue-participant",
        edit("queue.0.participant_id", "ghost"),
        "queue[0].participant_id: no participant has the id 'ghost'",
    ),
    (
        "dangling-intervention-participant",
        with_turn(participant_id="ghost"),
        "interventions[0].participant_id: no participant has the id 'ghost'",
    ),
    ("dangling-segment", with_turn(segment_id="nowhere"), "no segment has the id 'nowhere'"),
    (
        "duplicate-participant-id",
        edit("participants.1.id", "x-7c1d2e5a-2017-4c1d-9e1f-100000000001"),
        "appears twice",
    ),
    ("naive-datetime", with_turn(started_at="2017-12-21T10:05:00"), "has no UTC offset"),
    ("not-a-datetime", with_turn(ended_at="yesterday"), "'yesterday' is not an ISO 8601 date and time"),
    ("negative-seconds", with_turn(speaking_seconds=-5), "speaking_seconds: should be a number of seconds"),
    ("bad-date", edit("session.date", "21/12/2017"), "session.date: '21/12/2017' is not a date"),
    ("planned-out-of-range", edit("session.planned_minutes", 100000), "session.planned_minutes"),
    ("participants-not-a-list", edit("participants", {"a": 1}), "participants: should be a list"),
    ("name-too-long", edit("participants.0.name", "N" * 10_000), "participants[0].name"),
]


@pytest.mark.parametrize(("change", "expected"), [(c, e) for _, c, e in MALFORMED], ids=[n for n, _, _ in MALFORMED])
def test_malformed_file_is_refused_naming_the_problem_and_nothing_is_stored(
    tmp_path, demo_document, repository, clock, console, change, expected
):
    # The data folder already holds the demo; the file is a changed copy imported beside it.
    demo_document["session"]["id"] = "another-session"
    for section in ("participants", "segments", "queue"):
        for item in demo_document[section]:
            item["id"] = "x-" + item["id"]
    for entry in demo_document["queue"]:
        entry["participant_id"] = "x-" + entry["participant_id"]
    change(demo_document)
    path = write(tmp_path, demo_document)
    before = row_counts(repository)
    with pytest.raises(SessionFileError) as caught:
        import_session_file(repository, path, clock)
    assert expected in str(caught.value)
    assert row_counts(repository) == before


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"{not json", "is not valid JSON (line 1"),
        (b"", "is not valid JSON"),
        (b"\xff\xfe\x00garbage", "is not UTF-8 text"),
        (b"[1, 2, 3]", "file should be an object, not list"),
        (b'"just a string"', "file should be an object, not str"),
        (b'{"format": "moderator-app.session", "version": 1, "session": []}', "session should be an object"),
    ],
    ids=["broken-json", "empty", "binary", "list", "string", "session-not-object"],
)
def test_a_file_that_is_not_a_session_file_is_refused(tmp_path, repository, clock, console, content, expected):
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    before = row_counts(repository)
    with pytest.raises(SessionFileError, match=expected.replace("(", r"\(")):
        import_session_file(repository, path, clock)
    assert row_counts(repository) == before


def test_missing_file_and_folder_are_refused_clearly(tmp_path, repository, clock):
    with pytest.raises(SessionFileError, match="There is no file at"):
        read_file(tmp_path / "nope.json")
    with pytest.raises(SessionFileError, match="is a folder"):
        read_file(tmp_path)


def test_importing_a_session_that_is_already_here_is_refused_unless_replace_or_copy(
    console, clock, repository, tmp_path
):
    export_file(repository, console.session_id, tmp_path / "s.json", clock)
    console.next_speaker()
    before = row_counts(repository)
    with pytest.raises(ImportConflictError, match=r"already in this data folder.*--replace.*--copy"):
        import_session_file(repository, tmp_path / "s.json", clock)
    assert row_counts(repository) == before

    replaced = import_session_file(repository, tmp_path / "s.json", clock, replace=True)[0]
    assert replaced.interventions == ()  # back to the exported state
    assert repository.load(console.session_id) == replaced


def test_import_as_copy_gets_fresh_ids_and_keeps_the_original(console, clock, repository, tmp_path):
    play_session(console, clock, current=InterventionState.RUNNING)
    original = repository.load(console.session_id)
    export_file(repository, console.session_id, tmp_path / "s.json", clock)
    copy = import_session_file(repository, tmp_path / "s.json", clock, copy=True)[0]
    assert repository.load(console.session_id) == original
    assert repository.load(copy.session.id) == copy
    assert len(repository.list_sessions()) == 2

    def all_ids(snapshot) -> set[str]:
        groups = (snapshot.participants, snapshot.segments, snapshot.interventions, snapshot.queue)
        return {snapshot.session.id} | {item.id for group in groups for item in group}

    assert all_ids(copy).isdisjoint(all_ids(original))
    assert len(all_ids(copy)) == len(all_ids(original))
    # References follow the new ids, and everything else is the same.
    people = {p.id for p in copy.participants}
    assert {i.participant_id for i in copy.interventions} <= people
    assert {q.participant_id for q in copy.queue} <= people
    assert copy.session.current_segment_id in {s.id for s in copy.segments}
    assert [p.name for p in copy.participants] == [p.name for p in original.participants]
    assert [i.speaking_seconds(clock.now()) for i in copy.interventions] == [
        i.speaking_seconds(clock.now()) for i in original.interventions
    ]
    assert copy.session.title == original.session.title


def test_a_file_whose_ids_clash_with_another_session_is_refused_and_nothing_changes(
    console, clock, repository, tmp_path, demo_document
):
    demo_document["session"]["id"] = "a-different-session"  # but the participants keep the demo's ids
    path = write(tmp_path, demo_document)
    before = row_counts(repository)
    with pytest.raises(ImportConflictError, match="--copy"):
        import_session_file(repository, path, clock)
    assert row_counts(repository) == before
    assert not repository.exists("a-different-session")


def test_an_open_turn_from_another_tool_is_paused_and_frozen_at_its_recorded_totals(
    tmp_path, demo_document, other_repository, clock
):
    turn = {**STARTED_TURN, "participant_id": demo_document["participants"][1]["id"], "ended_at": None}
    turn.update(speaking_seconds=75, paused_seconds=10)
    demo_document["interventions"] = [turn]
    snapshot = import_session_file(other_repository, write(tmp_path, demo_document), clock)[0]
    stored = other_repository.load(snapshot.session.id).interventions[0]
    assert stored.state is InterventionState.PAUSED
    clock.advance(3600)
    assert stored.speaking_seconds(clock.now()) == 75
    assert stored.paused_seconds(clock.now()) == 10


def test_a_turn_that_has_an_end_time_but_says_it_is_running_is_refused(
    tmp_path, demo_document, other_repository, clock
):
    turn = {**STARTED_TURN, "participant_id": demo_document["participants"][1]["id"]}
    turn["live"] = {"state": "running", "banked_speaking_seconds": 0, "banked_paused_seconds": 0}
    demo_document["interventions"] = [turn]
    with pytest.raises(SessionFileError, match="cannot be both"):
        import_session_file(other_repository, write(tmp_path, demo_document), clock)
    assert other_repository.list_sessions() == []


def test_a_three_letter_country_code_is_refused_as_not_two_letter(tmp_path, demo_document, other_repository, clock):
    demo_document["participants"][1]["country"] = "ESP"
    with pytest.raises(SessionFileError, match="not a two-letter ISO 3166-1 code"):
        import_session_file(other_repository, write(tmp_path, demo_document), clock)


def test_notes_round_trip_with_their_tags_and_links(console, clock, repository, other_repository, tmp_path):
    console.next_speaker()
    console.add_note("Trust comes before cooperation — الثقة أولاً", ["key_issue", "quote"])
    clock.advance(30)
    console.add_note("<b>not bold</b> =1+1", [])
    export_file(repository, console.session_id, tmp_path / "notes.json", clock)
    document = json.loads((tmp_path / "notes.json").read_text(encoding="utf-8"))
    assert {"id", "created_at", "text", "tags", "intervention_id", "participant_id", "segment_id"} <= set(
        document["notes"][0]
    )
    imported = import_session_file(other_repository, tmp_path / "notes.json", clock)[0]
    assert other_repository.load(imported.session.id).notes == console.snapshot.notes


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda note: note.update(tags=["shouting"]), "notes[0].tags"),
        (lambda note: note.update(participant_id="nobody"), "notes[0].participant_id"),
        (lambda note: note.update(text="   "), "notes[0].text"),
    ],
    ids=["unknown-tag", "dangling-link", "empty-text"],
)
def test_a_bad_note_is_refused_naming_it_and_nothing_is_stored(
    console, clock, repository, other_repository, tmp_path, change, expected
):
    console.add_note("A note", ["question"])
    export_file(repository, console.session_id, tmp_path / "in.json", clock)
    document = json.loads((tmp_path / "in.json").read_text(encoding="utf-8"))
    change(document["notes"][0])
    (tmp_path / "in.json").write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(SessionFileError, match=expected.replace("[", r"\[").replace("]", r"\]")):
        import_session_file(other_repository, tmp_path / "in.json", clock)
    assert other_repository.list_sessions() == []


def test_every_key_an_exported_file_holds_is_documented(console, clock, repository, tmp_path):
    from moderator_app.domain.rapporteur import Attendance as Figures
    from moderator_app.storage.reports import ReportRepository

    play_session(console, clock, current=InterventionState.PAUSED)
    console.add_note("A note about the turn")
    ReportRepository(repository.db).save_attendance(console.session_id, Figures(women=3), now=clock.now().wall)
    document = export_document(repository, console.session_id, tmp_path / "s.json", clock)
    assert document["notes"] and document["attendance"], "the exported file should hold a note and figures"
    docs = (Path(__file__).resolve().parents[2] / "docs" / "session-file.md").read_text(encoding="utf-8")
    keys: set[str] = set(document)

    def collect(value: Any) -> None:
        if isinstance(value, dict):
            for key, inner in value.items():
                keys.add(key)
                collect(inner)
        elif isinstance(value, list):
            for inner in value:
                collect(inner)

    for section in ("session", "participants", "segments", "interventions", "queue", "notes", "balance", "attendance"):
        collect(document[section])
    undocumented = sorted(key for key in keys if f"`{key}`" not in docs and f".{key}`" not in docs)
    assert undocumented == []


def test_attendance_figures_travel_in_the_session_file_and_a_merge_only_fills_gaps(
    console, clock, repository, other_repository, tmp_path
):
    from moderator_app.domain.rapporteur import Attendance as Figures
    from moderator_app.storage.reports import ReportRepository

    figures = Figures(participants_onsite=40, participants_online=25, women=30, gender_extent="partly")
    ReportRepository(repository.db).save_attendance(console.session_id, figures, now=clock.now().wall)
    document = export_document(repository, console.session_id, tmp_path / "s.json", clock)
    assert document["attendance"]["participants_onsite"] == 40 and document["attendance"]["gender_extent"] == "partly"
    import_session_file(other_repository, tmp_path / "s.json", clock)
    assert ReportRepository(other_repository.db).attendance(console.session_id) == figures
    # The other laptop states onsite differently and no online figure: a merge keeps its onsite, fills online.
    ReportRepository(other_repository.db).save_attendance(
        console.session_id, Figures(participants_onsite=45), now=clock.now().wall
    )
    import_session_file(other_repository, tmp_path / "s.json", clock, merge=True)
    merged = ReportRepository(other_repository.db).attendance(console.session_id)
    assert (merged.participants_onsite, merged.participants_online, merged.women) == (45, 25, 30)


@pytest.mark.parametrize(
    ("attendance", "fragment"),
    [
        ({"participants_onsite": -4}, "attendance.participants_onsite"),
        ({"women": "many"}, "attendance.women"),
        ({"gender_extent": "loud"}, "attendance.gender_extent"),
        ("forty", "attendance"),
    ],
)
def test_bad_attendance_in_a_file_is_refused_and_nothing_is_stored(
    tmp_path, demo_document, other_repository, clock, attendance, fragment
):
    demo_document["attendance"] = attendance
    with pytest.raises(SessionFileError, match=fragment):
        import_session_file(other_repository, write(tmp_path, demo_document), clock)
    assert other_repository.list_sessions() == []
