"""Merging a session between two laptops: union by id, the later edit wins, nothing dropped unsaid, all or nothing."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from moderator_app.domain.session import ParticipantDraft
from moderator_app.services.console import SessionConsole
from moderator_app.services.sessions import export_file, import_session_file
from moderator_app.storage import merge_store
from moderator_app.storage.database import open_database
from moderator_app.storage.merge import ENDED, FILE, HERE, merge_snapshots
from moderator_app.storage.repository import SessionRepository
from moderator_app.storage.versions import load_versions
from moderator_app.system.resources import regions

TABLES = (
    "sessions",
    "participants",
    "segments",
    "interventions",
    "queue_entries",
    "notes",
    "contingents",
    "report_sections",
    "report_attendance",
)


@pytest.fixture
def laptop_b(tmp_path: Path) -> Iterator[SessionRepository]:
    """The rapporteur's laptop: a second data folder."""
    db = open_database(tmp_path / "laptop-b" / "moderator.db")
    yield SessionRepository(db)
    db.close()


def dump(repository: SessionRepository) -> dict[str, list[tuple[Any, ...]]]:
    return {t: repository.db.execute(f"SELECT * FROM {t} ORDER BY rowid").fetchall() for t in TABLES}


def check_database(repository: SessionRepository) -> None:
    assert repository.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert repository.db.execute("PRAGMA foreign_key_check").fetchall() == []


def person(name: str) -> ParticipantDraft:
    return ParticipantDraft(name=name, stakeholder_group="civil_society", gender="woman", country="KE")


@pytest.fixture
def diverged(console: SessionConsole, clock, repository: SessionRepository, laptop_b, tmp_path: Path):  # type: ignore[no-untyped-def]
    """A (the moderator's console) hands the session to B; then both work on, differently."""
    a = console
    a.start_session()
    a.next_speaker()
    clock.advance(60)
    first = a.add_note("Shared note one")
    second = a.add_note("Shared note two")
    a.end_intervention()
    assert a.snapshot.queue  # the demo has people waiting
    clock.advance(5)
    export_file(repository, a.session_id, tmp_path / "handover.json", clock)
    import_session_file(laptop_b, tmp_path / "handover.json", clock)
    b = SessionConsole(laptop_b, clock, a.session_id, regions=regions())

    clock.advance(10)
    ama = a.add_participant(person("Ama Mensah"))
    only_a = a.add_note("Only on A")
    a.update_note(first.id, text="Note one as A wrote it")  # earlier than B's edit: B wins
    turn_a = a.next_speaker()  # A gives the floor …
    clock.advance(10)
    bea = b.add_participant(person("Bea Okafor"))
    only_b = b.add_note("Only on B")
    b.update_note(first.id, text="Note one as B wrote it")
    b.update_note(second.id, text="Note two as B wrote it")  # earlier than A's edit: A wins
    entry_bea = b.enqueue(bea.id)
    turn_b = b.give_floor(b.snapshot.participants[0].id)  # … and B, later, to someone else
    clock.advance(10)
    a.update_note(second.id, text="Note two as A wrote it")
    a.enqueue(ama.id)
    a.move_entry(a.snapshot.queue[-1].id, 0)  # A's queue changed last: A's order is kept
    clock.advance(10)
    export_file(laptop_b, b.session_id, tmp_path / "from-b.json", clock)
    return {
        "file": tmp_path / "from-b.json",
        "notes": (first.id, second.id, only_a.id, only_b.id),
        "people": (ama.id, bea.id),
        "turns": (turn_a.id, turn_b.id),
        "entry_bea": entry_bea.id,
    }


def test_the_merge_unites_both_laptops_and_the_later_edit_wins(console, clock, repository, diverged):
    snapshot, summary = import_session_file(repository, diverged["file"], clock, merge=True)
    assert summary is not None and summary.changed
    first, second, only_a, only_b = diverged["notes"]
    notes = {n.id: n for n in snapshot.notes}
    assert len(notes) == len(snapshot.notes)
    assert {only_a, only_b} <= notes.keys()
    assert notes[first].text == "Note one as B wrote it"
    assert notes[second].text == "Note two as A wrote it"
    winners = {(c.kind, c.id): c.winner for c in summary.conflicts}
    assert winners[("note", first)] == FILE
    assert winners[("note", second)] == HERE
    assert {p.id for p in snapshot.participants} >= set(diverged["people"])
    assert len({p.id for p in snapshot.participants}) == len(snapshot.participants)
    assert summary.added == {"participant": 1, "intervention": 1, "note": 1}

    turn_a, turn_b = diverged["turns"]
    open_turns = [i for i in snapshot.interventions if i.is_open]
    assert [i.id for i in open_turns] == [turn_b]
    ended_a = next(i for i in snapshot.interventions if i.id == turn_a)
    assert ended_a.ended_at == next(i.started_at for i in snapshot.interventions if i.id == turn_b)
    assert winners[("intervention", turn_a)] == ENDED

    queue_conflict = next(c for c in summary.conflicts if c.kind == "queue_order" and c.id == "main")
    assert queue_conflict.winner == HERE
    assert diverged["entry_bea"] in queue_conflict.what  # not kept, but named
    lines = summary.lines()
    assert any(line.startswith("Added: 1 participant") for line in lines)
    assert any(first in line and "kept the file's" in line for line in lines)
    check_database(repository)
    assert repository.load(console.session_id) == snapshot


def test_merging_the_same_file_again_changes_nothing(console, clock, repository, diverged):
    import_session_file(repository, diverged["file"], clock, merge=True)
    before = dump(repository)
    clock.advance(60)
    _, summary = import_session_file(repository, diverged["file"], clock, merge=True)
    assert summary is not None and not summary.changed
    assert summary.lines()[0].startswith("Nothing changed")
    assert all(c.winner == HERE for c in summary.conflicts)
    assert dump(repository) == before


def test_a_merge_that_fails_midway_leaves_the_session_as_it_was(console, clock, repository, diverged, monkeypatch):
    before = dump(repository)

    def broken(note):  # type: ignore[no-untyped-def]
        raise OSError("disk full")

    monkeypatch.setattr(merge_store, "note_row", broken)
    with pytest.raises(OSError, match="disk full"):
        import_session_file(repository, diverged["file"], clock, merge=True)
    assert dump(repository) == before
    check_database(repository)


def test_the_merge_in_the_other_direction_gives_the_same_notes(
    console, clock, repository, laptop_b, diverged, tmp_path
):
    export_file(repository, console.session_id, tmp_path / "from-a.json", clock)
    on_b, _ = import_session_file(laptop_b, tmp_path / "from-a.json", clock, merge=True)
    on_a, _ = import_session_file(repository, diverged["file"], clock, merge=True)
    assert {n.id: n.text for n in on_a.notes} == {n.id: n.text for n in on_b.notes}
    assert [i.id for i in on_b.interventions if i.is_open] == [diverged["turns"][1]]
    check_database(laptop_b)


# -- the rules one by one, on hand-made copies --------------------------------------------------
def copies(console):  # type: ignore[no-untyped-def]
    snapshot = console.repository.load(console.session_id)
    versions = load_versions(console.repository.db, console.session_id)
    return snapshot, versions


def test_identical_copies_merge_to_nothing(console):
    snapshot, versions = copies(console)
    result = merge_snapshots(snapshot, snapshot, versions, versions)
    assert not result.summary.changed and result.summary.conflicts == []
    assert result.snapshot == snapshot


def test_a_tie_keeps_this_laptops_edit_and_reports_it(console):
    note = console.add_note("Original")
    local, versions = copies(console)
    theirs = replace(local, notes=tuple(replace(n, text="Theirs") if n.id == note.id else n for n in local.notes))
    result = merge_snapshots(local, theirs, versions, dict(versions))
    assert [(c.kind, c.id, c.winner) for c in result.summary.conflicts] == [("note", note.id, HERE)]
    assert "text" in result.summary.conflicts[0].what
    assert not result.summary.changed


def test_a_file_without_times_never_overrides_an_edit_here(console):
    note = console.add_note("Mine")
    local, versions = copies(console)
    theirs = replace(local, notes=tuple(replace(n, text="Old file") if n.id == note.id else n for n in local.notes))
    result = merge_snapshots(local, theirs, versions, {})
    assert next(n for n in result.snapshot.notes if n.id == note.id).text == "Mine"


def test_the_sessions_own_fields_go_to_the_later_edit(console):
    local, versions = copies(console)
    theirs = replace(local, session=replace(local.session, title="Renamed on the other laptop"))
    later = dict(versions)
    later[("session", local.session.id)] = versions[("session", local.session.id)] + timedelta(minutes=1)
    result = merge_snapshots(local, theirs, versions, later)
    assert result.snapshot.session.title == "Renamed on the other laptop"
    assert result.summary.updated == {"session": 1}
    assert "title" in result.summary.conflicts[0].what


def test_items_only_in_the_file_are_added_with_their_references(console):
    local, versions = copies(console)
    newcomer = console.add_participant(person("Chidi Eze"))
    console.give_floor(newcomer.id)
    note = console.add_note("About Chidi")
    theirs, their_versions = copies(console)
    result = merge_snapshots(local, theirs, versions, their_versions)
    merged = result.snapshot
    assert merged.participant(newcomer.id) is not None
    assert next(n for n in merged.notes if n.id == note.id).participant_id == newcomer.id
    assert result.summary.added == {"participant": 1, "intervention": 1, "note": 1}
    assert result.versions[("note", note.id)] == their_versions[("note", note.id)]


def test_a_row_rewritten_unchanged_keeps_its_time(console, clock):
    before = load_versions(console.repository.db, console.session_id)
    clock.advance(120)
    console.update_agenda(list(console.snapshot.segments))
    console.enqueue(console.snapshot.participants[0].id)
    after = load_versions(console.repository.db, console.session_id)
    assert all(after[k] == v for k, v in before.items() if k[0] in ("segment", "queue", "participant"))
    assert after[("queue_order", "main")] == clock.now().wall
