"""A session's event: stored, exported in the session file, optional on import."""

from __future__ import annotations

from dataclasses import replace

from moderator_app.storage.session_file import parse_document, to_document


def test_the_event_is_saved_loaded_exported_and_imported(console, clock, repository):
    session = replace(console.session, event="IGF 2017")
    console.update_details(session, list(console.snapshot.segments))
    snapshot = repository.load(console.session_id)
    assert snapshot.session.event == "IGF 2017"
    document = to_document(snapshot, now=clock.now())
    assert document["session"]["event"] == "IGF 2017"
    assert parse_document(document).session.event == "IGF 2017"


def test_a_session_file_without_an_event_imports_as_belonging_to_none(console, clock, repository):
    document = to_document(repository.load(console.session_id), now=clock.now())
    del document["session"]["event"]
    assert parse_document(document).session.event == ""
    document["session"]["event"] = "  IGF\t2017 "
    assert parse_document(document).session.event == "IGF 2017"
