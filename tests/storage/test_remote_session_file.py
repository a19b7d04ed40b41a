"""The session file carries the remote queue, platform and text on queue entries, and the remote
segment flag: lossless round trip, files without them still read, bad ones refused by name."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from moderator_app.domain.enums import InterventionKind
from moderator_app.services.sessions import export_file, import_session_file
from moderator_app.storage.database import open_database
from moderator_app.storage.repository import SessionRepository
from moderator_app.storage.session_file import SessionFileError, parse_document

LEA = "7c1d2e5a-2017-4c1d-9e1f-100000000002"
HOSTILE = "<b>bold</b> =1+1 \u202eevil\u202c 👩🏽‍💻 محمد\nsecond line"


@pytest.fixture
def other_repository(tmp_path: Path) -> Iterator[SessionRepository]:
    db = open_database(tmp_path / "other" / "moderator.db")
    yield SessionRepository(db)
    db.close()


@pytest.fixture
def remote_document(console, clock, repository, tmp_path) -> dict[str, Any]:
    """The demo with two remote requests, one of them brought into the main queue."""
    console.add_remote(name="Amina Diallo", affiliation="Dakar", platform="Zoom chat", text=HOSTILE)
    moved = console.add_remote(participant_id=LEA, platform="Slido", text="+1", kind=InterventionKind.INTERVENTION)
    console.add_remote(name="Chen Jing", platform="Email")
    console.interleave_remote(moved.id)
    export_file(repository, console.session_id, tmp_path / "remote.json", clock)
    return json.loads((tmp_path / "remote.json").read_text(encoding="utf-8"))


def test_remote_entries_and_the_segment_flag_round_trip_losslessly(
    console, clock, repository, other_repository, tmp_path, remote_document
):
    original = repository.load(console.session_id)
    assert len(original.remote_queue) == 2 and any(e.platform == "Slido" for e in original.queue)
    imported = import_session_file(other_repository, tmp_path / "remote.json", clock)[0]
    assert imported == original
    assert other_repository.load(console.session_id) == original
    export_file(other_repository, console.session_id, tmp_path / "again.json", clock)
    again = json.loads((tmp_path / "again.json").read_text(encoding="utf-8"))
    remote_document.pop("exported_at")
    again.pop("exported_at")
    assert again == remote_document


def test_the_file_has_the_documented_remote_keys(remote_document):
    remote = remote_document["remote_queue"]
    assert [e["position"] for e in remote] == [0, 1]
    assert {"id", "participant_id", "position", "kind", "added_at", "platform", "text"} <= remote[0].keys()
    assert remote[0]["text"] == HOSTILE and remote[0]["platform"] == "Zoom chat"
    assert remote[0]["kind"] == "question"
    main_head = remote_document["queue"][0]
    assert (main_head["platform"], main_head["text"], main_head["kind"]) == ("Slido", "+1", "intervention")
    flags = {s["title"]: s["remote_queue"] for s in remote_document["segments"]}
    assert flags["Remote participants' segment"] is True
    assert flags["Opening by the moderator"] is False


def test_a_file_without_remote_keys_reads_as_before(remote_document):
    remote_document.pop("remote_queue")
    for entry in remote_document["queue"]:
        entry.pop("platform")
        entry.pop("text")
    for segment in remote_document["segments"]:
        segment.pop("remote_queue")
    snapshot = parse_document(remote_document)
    assert snapshot.remote_queue == ()
    assert all(e.platform == e.text == "" for e in snapshot.queue)
    assert not any(s.remote_queue for s in snapshot.segments)


def _duplicate_across_queues(document: dict[str, Any]) -> None:
    document["remote_queue"][0]["id"] = document["queue"][0]["id"]


def _set(section: str, key: str, value: Any):  # type: ignore[no-untyped-def]
    def change(document: dict[str, Any]) -> None:
        document[section][0][key] = value

    return change


MALFORMED = [
    ("dangling", _set("remote_queue", "participant_id", "ghost"), "remote_queue[0].participant_id: no participant"),
    ("duplicate", _duplicate_across_queues, "queue and remote_queue: the id"),
    ("text-too-long", _set("remote_queue", "text", "x" * 20_001), "remote_queue[0].text"),
    ("platform-too-long", _set("queue", "platform", "p" * 101), "queue[0].platform"),
    ("text-not-text", _set("remote_queue", "text", 42), "remote_queue[0].text: should be text"),
    ("flag-not-bool", _set("segments", "remote_queue", "yes"), "segments[0].remote_queue: should be true or false"),
    ("remote-not-list", lambda d: d.__setitem__("remote_queue", {"a": 1}), "remote_queue: should be a list"),
    ("bad-kind", _set("remote_queue", "kind", "shout"), "remote_queue[0].kind: 'shout' is not one of"),
]


@pytest.mark.parametrize(("change", "expected"), [(c, e) for _, c, e in MALFORMED], ids=[n for n, _, _ in MALFORMED])
def test_a_bad_remote_entry_is_refused_naming_it_and_nothing_is_stored(
    other_repository, clock, tmp_path, remote_document, change, expected
):
    change(remote_document)
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(remote_document, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(SessionFileError) as caught:
        import_session_file(other_repository, path, clock)
    assert expected in str(caught.value)
    assert other_repository.list_sessions() == []


def test_import_as_copy_gives_remote_entries_fresh_ids(console, clock, repository, tmp_path, remote_document):
    original = repository.load(console.session_id)
    copy = import_session_file(repository, tmp_path / "remote.json", clock, copy=True)[0]
    assert len(copy.remote_queue) == len(original.remote_queue)
    assert {e.id for e in copy.remote_queue}.isdisjoint({e.id for e in original.remote_queue})
    assert {e.participant_id for e in copy.remote_queue} <= {p.id for p in copy.participants}
    assert [e.text for e in copy.remote_queue] == [e.text for e in original.remote_queue]
    assert repository.load(copy.session.id) == copy
