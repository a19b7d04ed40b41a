"""Migration 0007: the notes' full-text index holds each note's session, so a search matches one session's notes.

A library upgraded from 0006 searches as before; the triggers keep the index in step when notes are
added, edited, moved and deleted; session ids that share words, or have none, never see each other's notes.
"""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest

from moderator_app.domain.notes import Note
from moderator_app.storage.database import open_database
from moderator_app.storage.repository import SessionRepository

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "schemas"
SESSION, OTHER = "fixture-session-1", "fixture-session-2"
NOW = datetime(2017, 12, 21, 12, 0, tzinfo=UTC)


def index_is_sound(db) -> None:
    db.execute("INSERT INTO notes_fts (notes_fts) VALUES ('integrity-check')")  # raises if out of step


@pytest.fixture
def upgraded(tmp_path):
    """The 0006 fixture (notes in one session, the old text-only index), opened and so migrated."""
    path = tmp_path / "data" / "moderator.db"
    path.parent.mkdir()
    shutil.copyfile(FIXTURES / "schema-0006.db", path)
    db = open_database(path)
    yield db, SessionRepository(db)
    db.close()


def test_a_0006_library_with_notes_searches_per_session_after_the_upgrade(upgraded):
    db, repository = upgraded
    assert [row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE name LIKE 'notes_a_'")] == [
        "notes_ai",
        "notes_ad",
        "notes_au",
    ]
    index_is_sound(db)
    key = "s" + SESSION.encode().hex()  # the index alone tells the session's notes apart
    assert (
        db.execute("SELECT count(*) FROM notes_fts WHERE notes_fts MATCH ?", [f"session_key:{key}"]).fetchone()[0] == 2
    )
    assert repository.search_notes(SESSION, "CERTs") == ["n-2"]
    assert repository.search_notes(SESSION, "capac dema") == ["n-1"]  # word starts, every word
    assert repository.search_notes(SESSION, "itu women") == ["n-2"]
    assert repository.search_notes(SESSION, "Few") == ["n-2"]
    assert repository.search_notes(OTHER, "CERTs") == []


def test_the_triggers_keep_the_index_in_step_on_insert_edit_move_and_delete(upgraded):
    db, repository = upgraded
    repository.save_note(Note(id="n-9", session_id=OTHER, created_at=NOW, text="CERTs abroad"), now=NOW)
    assert repository.search_notes(OTHER, "certs") == ["n-9"]
    assert repository.search_notes(SESSION, "certs") == ["n-2"]
    assert repository.search_notes(SESSION, "abroad") == []

    repository.save_note(Note(id="n-9", session_id=OTHER, created_at=NOW, text="Régulation at home"), now=NOW)
    assert repository.search_notes(OTHER, "abroad") == []
    assert repository.search_notes(OTHER, "regulation") == ["n-9"]  # diacritics do not matter

    db.execute("UPDATE notes SET session_id = ? WHERE id = 'n-9'", [SESSION])
    assert repository.search_notes(OTHER, "regulation") == []
    assert repository.search_notes(SESSION, "regulation") == ["n-9"]

    repository.delete_note("n-9")
    assert repository.search_notes(SESSION, "regulation") == []
    db.execute("DELETE FROM sessions WHERE id = ?", [SESSION])  # its notes go with it (ON DELETE CASCADE)
    assert db.execute("SELECT count(*) FROM notes").fetchone()[0] == 0
    index_is_sound(db)
    assert db.execute("SELECT count(*) FROM notes_fts WHERE notes_fts MATCH '\"certs\"*'").fetchone()[0] == 0


def test_a_library_at_0007_keeps_the_other_sessions_note_to_itself(tmp_path):
    path = tmp_path / "moderator.db"
    shutil.copyfile(FIXTURES / "schema-0007.db", path)
    db = open_database(path)
    try:
        repository = SessionRepository(db)
        assert repository.search_notes(SESSION, "CERTs") == ["n-2"]
        assert repository.search_notes(OTHER, "CERTs") == ["n-3"]
        assert repository.search_notes(OTHER, "other session") == ["n-3"]
        index_is_sound(db)
    finally:
        db.close()


HOSTILE_IDS = (
    "a-b",
    "a-b-c",  # holds every word of "a-b"
    "a b",
    "---",  # no word at all
    "",
    'quote"d',
    "x' OR 1=1 --",
    "session_key:s00 OR",
    "\u202eRTL\u202c مؤتمر",
    "王小明",
    "x" * 10_000,
)


def test_session_ids_that_share_words_or_have_none_never_see_each_others_notes(tmp_path):
    db = open_database(tmp_path / "moderator.db")
    try:
        repository = SessionRepository(db)
        for number, session_id in enumerate(HOSTILE_IDS):
            db.insert("sessions", [{"id": session_id, "title": "t", "created_at": "x", "updated_at": "x"}])
            text = f"Common words here and a private{number} word"
            repository.save_note(Note(id=f"n{number}", session_id=session_id, created_at=NOW, text=text), now=NOW)
        for number, session_id in enumerate(HOSTILE_IDS):
            assert repository.search_notes(session_id, "common words") == [f"n{number}"], session_id
            assert repository.search_notes(session_id, "priv") == [f"n{number}"], session_id
            assert repository.search_notes(session_id, f"private{(number + 1) % len(HOSTILE_IDS)}") == []
        assert repository.search_notes("no such session", "common") == []
        index_is_sound(db)
    finally:
        db.close()


def test_results_are_ranked_best_first_within_the_session(upgraded):
    _, repository = upgraded
    repository.save_note(
        Note(id="n-7", session_id=SESSION, created_at=NOW, text="Demand, demand and demand again"), now=NOW
    )
    repository.save_note(Note(id="n-8", session_id=OTHER, created_at=NOW, text="demand " * 20), now=NOW)
    assert repository.search_notes(SESSION, "demand") == ["n-7", "n-1"]
