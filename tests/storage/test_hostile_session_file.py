"""Session files from strangers: size, nesting, versions, odd characters and SQL-looking text; all or nothing."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from moderator_app.domain.clock import Instant
from moderator_app.services.sessions import export_file, import_session_file
from moderator_app.storage import session_file
from moderator_app.storage.database import open_database
from moderator_app.storage.repository import SessionRepository
from moderator_app.storage.session_file import MAX_FILE_BYTES, SessionFileError, parse_document, read_document
from moderator_app.system.resources import read_text

DEMO_ID = "7c1d2e5a-2017-4c1d-9e1f-000000000001"
SQL = "'); DROP TABLE sessions; -- \" OR 1=1; SELECT * FROM notes WHERE text MATCH 'x*' --"


def demo() -> dict[str, Any]:
    return json.loads(read_text("data", "demo-session.json"))


def write(tmp_path: Path, document: Any, name: str = "in.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(document), encoding="utf-8")  # \u escapes, so lone surrogates can be written
    return path


def table_rows(db_path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, read through a separate connection."""
    conn = sqlite3.connect(db_path)
    try:
        tables = [row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        return {table: sorted(conn.execute(f"SELECT * FROM [{table}]").fetchall(), key=repr) for table in tables}
    finally:
        conn.close()


@pytest.fixture
def data_folder(tmp_path: Path) -> Iterator[tuple[SessionRepository, Path]]:
    path = tmp_path / "data" / "moderator.db"
    db = open_database(path)
    yield SessionRepository(db), path
    db.close()


def test_a_file_over_the_size_limit_is_refused_before_it_is_read(tmp_path, monkeypatch):
    path = tmp_path / "huge.json"
    with path.open("wb") as stream:
        stream.truncate(MAX_FILE_BYTES + 1)  # sparse: no disk used, and never opened
    opened = []
    monkeypatch.setattr(Path, "open", lambda *a, **k: opened.append(a))
    with pytest.raises(SessionFileError, match=r"larger than 50 MiB, the most a session file can be"):
        read_document(path)
    assert opened == []


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_a_source_that_never_ends_is_refused_after_reading_at_most_the_limit(monkeypatch):
    loads = []
    monkeypatch.setattr(session_file.json, "loads", lambda *a, **k: loads.append(a))
    with pytest.raises(SessionFileError, match="larger than 50 MiB"):
        read_document(Path("/dev/zero"))  # says it has 0 bytes, and never stops giving them
    assert loads == []


def test_deeply_nested_json_is_refused_clearly(tmp_path):
    path = tmp_path / "deep.json"
    path.write_text("[" * 100_000 + "]" * 100_000)
    with pytest.raises(SessionFileError, match="nests lists or objects thousands of levels deep"):
        read_document(path)


@pytest.mark.parametrize(
    ("version", "expected"),
    [
        (0, "start at version 1"),
        (-3, "start at version 1"),
        (2, "written by a newer moderator-app"),
        ("1", "version: is missing or not a whole number"),
        (1.5, "version: is missing or not a whole number"),
        (True, "version: is missing or not a whole number"),
    ],
)
def test_unknown_versions_are_refused(version, expected):
    document = demo()
    document["version"] = version
    with pytest.raises(SessionFileError, match=expected):
        parse_document(document)


def test_a_huge_value_is_quoted_short_in_the_message():
    document = demo()
    document["session"]["date"] = "9" * 5_000_000
    with pytest.raises(SessionFileError) as caught:
        parse_document(document)
    assert len(str(caught.value)) < 200
    assert "is not a date" in str(caught.value)


@pytest.mark.parametrize(
    ("key", "value", "expected"),
    [
        ("tags", ["t" * 501], r"session.tags\[0\]: is too long \(501 characters\)"),
        ("tags", ["x"] * 201, "has 201 items; at most 200"),
        ("organisers", ["o" * 10_000], r"session.organisers\[0\]: is too long"),
        ("title", "T" * 100_000, "session.title: title is too long"),
    ],
)
def test_over_long_lists_and_texts_are_refused_naming_the_field(key, value, expected):
    document = demo()
    document["session"][key] = value
    with pytest.raises(SessionFileError, match=expected):
        parse_document(document)


def test_a_laptop_up_for_weeks_exports_a_live_session_that_imports(console, clock, repository, tmp_path):
    # CLOCK_BOOTTIME counts from boot: a laptop that sleeps rather than shuts down reads weeks.
    clock.monotonic = 30 * 24 * 3600.0
    console.start_session()
    console.next_speaker()
    clock.advance(12)
    target = tmp_path / "live.json"
    export_file(repository, console.session_id, target, clock)
    document = json.loads(target.read_text(encoding="utf-8"))
    assert document["session"]["live"]["started"]["monotonic"] > 7 * 24 * 3600
    snapshot = parse_document(document)
    assert snapshot.session.started == Instant(30 * 24 * 3600.0, snapshot.session.started.wall, clock.boot_id)
    document["session"]["live"]["started"]["monotonic"] = 1e12
    with pytest.raises(SessionFileError, match="more than a century"):
        parse_document(document)


def test_control_bidi_surrogate_and_sql_looking_text_is_stored_as_plain_text(data_folder, tmp_path, clock):
    repository, _ = data_folder
    document = demo()
    document["session"]["id"] = "hostile"
    document["session"]["title"] = "Title\x00\x07 \u202eexe.txt\u202c \ud800 \ufffe" + SQL
    document["participants"] = [
        {"id": "p1", "name": "<script>alert(1)</script>\u2066 Ana\u2069 \udfff", "affiliation": SQL}
    ]
    for key in ("segments", "interventions", "queue", "remote_queue"):
        document[key] = []
    document["session"]["current_segment_id"] = None
    document["notes"] = [
        {"id": "n1", "created_at": "2017-12-21T10:00:00+01:00", "text": SQL + "\nline two\x1b[31m", "tags": []}
    ]
    stored = import_session_file(repository, write(tmp_path, document), clock)[0]
    loaded = repository.load("hostile")
    assert loaded == stored
    assert loaded.session.title == "Title exe.txt " + SQL
    assert loaded.participants[0].name == "<script>alert(1)</script> Ana"
    assert loaded.participants[0].affiliation == SQL
    assert loaded.notes[0].text == SQL + "\nline two[31m"
    assert isinstance(repository.search_notes("hostile", SQL), list)  # a search for it is a search, not SQL
    assert repository.search_notes("hostile", "DROP TABLE") == ["n1"]
    assert {"sessions", "notes", "participants"} <= set(repository.db.table_names())
    # The stored text survives a round trip through a new export.
    again = parse_document(json.loads(json.dumps(session_file.to_document(loaded, now=clock.now()))))
    assert again == loaded


def test_a_failure_midway_through_an_import_leaves_every_row_as_it_was(data_folder, tmp_path, clock, monkeypatch):
    repository, db_path = data_folder
    import_session_file(repository, write(tmp_path, demo()), clock)
    document = demo()
    document["session"]["id"] = "second"
    for key in ("participants", "segments", "interventions", "queue", "remote_queue", "notes"):
        for item in document.get(key) or []:
            item["id"] = "second-" + item["id"]
            for link in ("participant_id", "segment_id", "intervention_id"):
                if item.get(link):
                    item[link] = "second-" + item[link]
    if document["session"].get("current_segment_id"):
        document["session"]["current_segment_id"] = "second-" + document["session"]["current_segment_id"]
    before = table_rows(db_path)
    db_type = type(repository.db)
    original_insert = db_type.insert

    def fail_on_notes(self, table, rows):  # the last table written: all the others are done
        if table == "notes":
            raise sqlite3.OperationalError("disk I/O error")
        return original_insert(self, table, rows)

    monkeypatch.setattr(db_type, "insert", fail_on_notes)
    with pytest.raises(sqlite3.OperationalError):
        import_session_file(repository, write(tmp_path, document, "second.json"), clock)
    monkeypatch.undo()
    assert table_rows(db_path) == before
    assert not repository.exists("second")
    import_session_file(repository, write(tmp_path, document, "second.json"), clock)[
        0
    ]  # and it works once the fault is gone
    assert repository.exists("second")


def test_a_refused_file_leaves_the_database_byte_identical(data_folder, tmp_path, clock):
    repository, db_path = data_folder
    import_session_file(repository, write(tmp_path, demo()), clock)
    repository.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    digest = hashlib.sha256(db_path.read_bytes()).hexdigest()
    document = demo()
    document["session"]["id"] = "other"
    document.setdefault("notes", []).append({"id": "bad", "created_at": "yesterday", "text": "x"})
    with pytest.raises(SessionFileError, match="is not an ISO 8601 date and time"):
        import_session_file(repository, write(tmp_path, document, "bad.json"), clock)
    repository.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert hashlib.sha256(db_path.read_bytes()).hexdigest() == digest
