"""The library owns the data folder: it opens and checks the database, backs up, restores, holds the writer."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from moderator_app.domain.session import ParticipantDraft
from moderator_app.services.errors import (
    CorruptDatabaseError,
    EmptySearchError,
    StorageError,
    UnknownEventError,
    UnknownSessionError,
)
from moderator_app.services.library import Library, check_ahead, is_migrated
from moderator_app.services.note_search import SearchOrder
from moderator_app.system.paths import AppPaths
from moderator_app.system.writer_lock import DataFolderBusy, hold_for_command
from tests.support import FakeClock


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    return AppPaths(tmp_path / "folder")


def test_a_fresh_folder_gets_a_migrated_database_and_the_demo_when_nothing_else_is_there(paths):
    assert not is_migrated(paths)
    with Library.open(paths, FakeClock()) as library:
        assert is_migrated(paths)
        assert library.list_sessions() == []
        assert library.last_session() is None
        demo = library.session_to_open(None)
        assert [s.id for s in library.list_sessions()] == [demo]
        assert library.session_to_open(None) == demo  # not a second demo


def test_a_session_asked_for_that_is_not_here_is_refused(paths):
    with Library.open(paths, FakeClock()) as library:
        with pytest.raises(UnknownSessionError):
            library.session_to_open("no-such-session")
        assert library.list_sessions() == []  # no demo made on the way


def test_a_file_that_is_not_a_database_is_refused_and_left_as_it_was(paths):
    paths.data_dir.mkdir(parents=True)
    foreign = b"These are somebody's notes, not a database.\n" * 200
    paths.database.write_bytes(foreign)
    with pytest.raises(CorruptDatabaseError):
        Library.open(paths, FakeClock())
    assert paths.database.read_bytes() == foreign


def test_a_backup_is_taken_once_per_change_and_listed_with_its_sessions(paths):
    clock = FakeClock()
    with Library.open(paths, clock) as library:
        title = library.load(library.ensure_demo()).session.title
        taken = library.take_backup("manual")
        assert taken is not None and taken.parent == paths.backups
        clock.advance(60)
        assert library.take_backup("manual") is None  # nothing changed since
        good, unreadable = library.list_backups()
    assert unreadable == []
    assert [info.path for info in good] == [taken]
    assert [s.title for s in good[0].sessions] == [title]


def test_a_restore_hands_out_a_fresh_console_with_the_restored_data(paths):
    clock = FakeClock()
    with Library.open(paths, clock) as library:
        session_id = library.ensure_demo()
        before = library.open_console(session_id)
        people = len(before.snapshot.participants)
        backup = library.take_backup("manual")
        assert backup is not None
        clock.advance(60)
        before.add_participant(ParticipantDraft(name="Added after the backup"))
        assert len(library.load(session_id).participants) == people + 1
        clock.advance(60)

        restored = library.restore(backup)

        assert restored.problem is None and restored.moved_aside is None
        after = library.open_console(session_id)
        assert after is not before
        assert after.repository is not before.repository  # the old console read from the closed connection
        assert len(after.snapshot.participants) == people
        assert len(library.load(session_id).participants) == people
        reasons = sorted(info.reason for info in library.list_backups()[0])
        assert reasons == ["before-restore", "manual"]  # the state before the restore was kept


def test_a_backup_the_restore_refuses_leaves_the_database_as_it_was_and_open(paths, tmp_path):
    clock = FakeClock()
    bogus = tmp_path / "bogus.db"
    bogus.write_bytes(b"not a backup" * 100)
    with Library.open(paths, clock) as library:
        session_id = library.ensure_demo()
        restored = library.restore(bogus)
        assert isinstance(restored.problem, StorageError)
        assert library.exists(session_id)
        assert library.open_console(session_id).session_id == session_id


def test_the_library_holds_the_writer_lock_it_is_given_until_it_closes(paths):
    lock = hold_for_command(paths.data_dir, "import", wait_seconds=0)
    library = Library.open(paths, FakeClock(), writer=lock)
    with pytest.raises(DataFolderBusy):
        hold_for_command(paths.data_dir, "backup", wait_seconds=0)
    library.close()
    assert not lock.held
    hold_for_command(paths.data_dir, "backup", wait_seconds=0).release()


def test_closing_can_hand_the_writer_lock_back_for_the_next_library(paths):
    lock = hold_for_command(paths.data_dir, "window", wait_seconds=0)
    library = Library.open(paths, FakeClock(), writer=lock)
    kept = library.close(keep_writer=True)
    assert kept is lock and lock.held
    with pytest.raises(DataFolderBusy):
        hold_for_command(paths.data_dir, "backup", wait_seconds=0)
    Library.open(paths, FakeClock(), writer=kept).close()
    assert not lock.held


def test_a_folder_that_cannot_be_made_is_said_in_plain_words(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("in the way")
    with pytest.raises(StorageError, match="Cannot create the data folder"):
        Library.open(AppPaths(blocker / "data"), FakeClock())


def test_the_check_already_under_way_is_waited_for_and_refuses_a_damaged_file(paths):
    with Library.open(paths, FakeClock()) as library:
        library.ensure_demo()
    data = bytearray(paths.database.read_bytes())
    data[len(data) // 2 :] = bytes(len(data) - len(data) // 2)  # the second half of the file zeroed
    paths.database.write_bytes(bytes(data))
    with pytest.raises(CorruptDatabaseError):
        Library.open(paths, FakeClock(), checked_ahead=check_ahead(paths))
    assert paths.database.read_bytes() == bytes(data)


def test_the_notes_and_the_events_of_every_session_are_searched_through_the_library(paths):
    with Library.open(paths, FakeClock()) as library:
        console = library.open_console(library.ensure_demo())
        console.update_details(replace(console.session, event="IGF 2017"), list(console.snapshot.segments))
        console.add_note("Community networks need spectrum")
        assert library.event_names() == ["IGF 2017"]
        found = library.search_notes("spectr", None, SearchOrder.NEWEST, 10)
        assert [hit.text for hit in found.hits] == ["Community networks need spectrum"]
        assert library.event_stats("IGF 2017").sessions == 1
        with pytest.raises(UnknownEventError):
            library.event_stats("No such event")
        with pytest.raises(EmptySearchError):
            library.search_notes("  !? ", None, SearchOrder.NEWEST, 10)
