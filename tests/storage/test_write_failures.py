"""Disk full and a read-only data folder, injected for real: the failed command did not happen, nothing
committed is lost, the next command works once space is freed; backups and exports are whole or absent."""

from __future__ import annotations

import errno
import json
import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from moderator_app.domain.session import ParticipantDraft
from moderator_app.storage.backups import backup_files, take_backup
from moderator_app.storage.errors import WriteFailedError, write_failure
from moderator_app.storage.session_file import write_document
from moderator_app.system.atomic import atomic_path

NOW = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)
BIG_NOTE = "A long statement on capacity building. " * 450  # about 17 KB: needs new pages


def fill_the_disk(db) -> None:  # type: ignore[no-untyped-def]
    """A genuine SQLITE_FULL: the database may not grow by a single page."""
    pages = db.conn.execute("PRAGMA page_count").fetchone()[0]
    db.conn.execute(f"PRAGMA max_page_count = {pages}")


def free_space(db) -> None:  # type: ignore[no-untyped-def]
    db.conn.execute("PRAGMA max_page_count = 1073741823")


def stored_note_texts(db) -> list[str]:  # type: ignore[no-untyped-def]
    return [row[0] for row in db.conn.execute("SELECT text FROM notes ORDER BY rowid")]


def test_a_note_on_a_full_disk_is_not_saved_says_so_and_saves_once_space_is_freed(console, repository):
    db = repository.db
    console.add_note("saved before the disk filled up")
    notes_before = console.snapshot.notes
    fill_the_disk(db)
    with pytest.raises(WriteFailedError) as caught:
        console.add_note(BIG_NOTE)
    assert caught.value.kind == "full"
    assert str(caught.value) == ("The disk is full: the last action was not saved. Free some space, then do it again.")
    assert console.snapshot.notes == notes_before, "the failed command did not happen on screen either"
    assert not db.conn.in_transaction, "the transaction was rolled back; the next command starts clean"
    assert "saved before the disk filled up" in stored_note_texts(db)
    free_space(db)
    note = console.add_note(BIG_NOTE)
    assert console.snapshot.notes[-1] == note
    assert stored_note_texts(db)[-1] == note.text


def test_people_added_until_the_disk_fills_are_on_screen_exactly_as_stored(console, repository):
    db = repository.db
    fill_the_disk(db)
    with pytest.raises(WriteFailedError):
        for number in range(500):  # the roster must grow by a page sooner or later
            console.add_participant(ParticipantDraft(name=f"Delegate {number} " + "x" * 250))
    stored = {
        row[0] for row in db.conn.execute("SELECT id FROM participants WHERE session_id = ?", [console.session_id])
    }
    assert {p.id for p in console.snapshot.participants} == stored, "screen and database agree"
    free_space(db)
    person = console.add_participant(ParticipantDraft(name="After the space was freed"))
    assert console.snapshot.participant(person.id) is not None


def test_a_queue_change_that_cannot_be_saved_leaves_the_queue_and_its_undo_as_they_were(console, repository):
    queue_before = console.snapshot.queue
    could_undo = console.can_undo_queue
    repository.db.conn.execute("PRAGMA query_only = 1")
    with pytest.raises(WriteFailedError):
        console.withdraw(queue_before[0].id)
    assert console.snapshot.queue == queue_before and console.can_undo_queue == could_undo
    repository.db.conn.execute("PRAGMA query_only = 0")
    console.withdraw(queue_before[0].id)
    assert console.can_undo_queue
    console.undo_queue()
    assert console.snapshot.queue == queue_before


def test_a_read_only_database_refuses_giving_the_floor_without_a_trace(console, repository):
    db = repository.db
    head = console.snapshot.queue[0]
    db.conn.execute("PRAGMA query_only = 1")  # tests run as root: chmod cannot make a folder read-only
    with pytest.raises(WriteFailedError) as caught:
        console.next_speaker()
    assert caught.value.kind == "read-only"
    assert str(caught.value).startswith("The data folder cannot be written to (it is read-only): the last action")
    assert console.snapshot.current_intervention is None
    assert console.snapshot.queue[0] == head
    assert db.conn.execute("SELECT count(*) FROM interventions").fetchone()[0] == 0
    db.conn.execute("PRAGMA query_only = 0")
    started = console.next_speaker()
    assert started.participant_id == head.participant_id
    assert console.snapshot.queue[0] != head


def test_undoing_a_note_that_cannot_be_saved_keeps_the_step_to_undo(console, repository):
    console.add_note("to be undone")
    repository.db.conn.execute("PRAGMA query_only = 1")
    with pytest.raises(WriteFailedError):
        console.undo_note()
    assert console.can_undo_note
    repository.db.conn.execute("PRAGMA query_only = 0")
    console.undo_note()
    assert "to be undone" not in stored_note_texts(repository.db)


@pytest.mark.parametrize(
    ("error", "kind"),
    [
        (sqlite3.OperationalError("database or disk is full"), "full"),
        (sqlite3.OperationalError("attempt to write a readonly database"), "read-only"),
        (sqlite3.OperationalError("disk I/O error"), "io"),
        (sqlite3.OperationalError("database is locked"), "busy"),
        (OSError(errno.ENOSPC, "No space left on device"), "full"),
        (OSError(errno.EROFS, "Read-only file system"), "read-only"),
    ],
)
def test_what_the_disk_said_becomes_plain_words(error, kind):
    failure = write_failure(error)
    assert failure is not None and failure.kind == kind
    assert "the last action was not saved" in str(failure) and "sqlite" not in str(failure).lower()


def test_a_bug_is_not_dressed_up_as_a_disk_problem():
    assert write_failure(sqlite3.IntegrityError("UNIQUE constraint failed: notes.id")) is None
    assert write_failure(sqlite3.OperationalError("no such table: nothing")) is None


def test_a_backup_on_a_full_disk_says_so_and_leaves_nothing_half_written(console, repository, app_paths, monkeypatch):
    def disk_full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    import moderator_app.storage.database as database_module

    monkeypatch.setattr(database_module.os, "fsync", disk_full)
    with pytest.raises(WriteFailedError) as caught:
        take_backup(repository.db, app_paths.backups, NOW, reason="timer")
    assert str(caught.value).startswith("The disk is full: the backup was not written (the session itself is saved)")
    assert backup_files(app_paths.backups) == []
    assert [p.name for p in app_paths.backups.iterdir()] == [], "no .partial file is left behind"
    monkeypatch.undo()
    assert take_backup(repository.db, app_paths.backups, NOW, reason="timer") is not None


def test_an_export_on_a_full_disk_keeps_the_old_file_and_leaves_no_partial(tmp_path, monkeypatch):
    target = tmp_path / "exports" / "session.json"
    target.parent.mkdir()
    target.write_text('{"old": true}')

    def disk_full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(OSError) as caught:
        write_document({"new": True}, target)
    assert caught.value.errno == errno.ENOSPC
    assert json.loads(target.read_text()) == {"old": True}
    assert sorted(p.name for p in target.parent.iterdir()) == ["session.json"]


def test_a_report_on_a_full_disk_leaves_the_folder_as_it_was(tmp_path):
    target = tmp_path / "report.pdf"
    with pytest.raises(OSError), atomic_path(target) as temp:
        Path(temp).write_bytes(b"%PDF-1.7 half a report")
        raise OSError(errno.ENOSPC, "No space left on device")
    assert list(tmp_path.iterdir()) == []
