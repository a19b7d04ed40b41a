"""Backups: consistent snapshots skipped when nothing changed, the thinning rule, listing, restoring atomically."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from moderator_app.domain.session import ParticipantDraft
from moderator_app.storage.backups import (
    backup_files,
    list_backups,
    restore_backup,
    take_backup,
    thin,
    thin_folder,
)
from moderator_app.storage.database import StorageError, open_database
from moderator_app.storage.repository import SessionRepository

NOW = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def names(console) -> list[str]:
    return [p.name for p in console.snapshot.participants]


def test_a_backup_is_a_complete_readable_copy(console, repository, app_paths):
    console.add_note("Agreed on the roadmap")
    path = take_backup(repository.db, app_paths.backups, NOW, reason="manual")
    assert path is not None
    assert path.name == "moderator-20261126T120000Z-manual.db"
    copy = sqlite3.connect(path)
    try:
        assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert copy.execute("SELECT count(*) FROM notes").fetchone()[0] == 1
    finally:
        copy.close()
    assert not list(app_paths.backups.glob("*.partial"))


def test_a_backup_is_skipped_when_nothing_changed_and_taken_after_a_change(console, repository, app_paths):
    first = take_backup(repository.db, app_paths.backups, NOW, reason="timer")
    assert first is not None
    assert take_backup(repository.db, app_paths.backups, NOW + timedelta(minutes=5), reason="timer") is None
    console.add_participant(ParticipantDraft(name="Late Arrival"))
    second = take_backup(repository.db, app_paths.backups, NOW + timedelta(minutes=10), reason="timer")
    assert second is not None and second != first
    participant = console.snapshot.participants[-1]
    console.remove_participant(participant.id)
    assert take_backup(repository.db, app_paths.backups, NOW + timedelta(minutes=15), reason="close") is not None
    assert len(backup_files(app_paths.backups)) == 3


def test_the_change_check_also_works_from_a_fresh_connection(console, repository, app_paths):
    take_backup(repository.db, app_paths.backups, NOW, reason="timer")
    other = open_database(app_paths.database)
    try:
        assert take_backup(other, app_paths.backups, NOW + timedelta(minutes=1), reason="manual") is None
    finally:
        other.close()


def test_a_backup_folder_that_cannot_be_written_raises_a_storage_error(console, repository, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with pytest.raises(StorageError, match="Could not write a backup"):
        take_backup(repository.db, blocker / "backups", NOW, reason="timer")


# -- thinning ---------------------------------------------------------------------------
def stamped(*ages: timedelta) -> list[tuple[Path, datetime]]:
    return [(Path(f"b{i:03d}.db"), NOW - age) for i, age in enumerate(ages)]


def test_thin_keeps_everything_from_the_last_two_hours():
    backups = stamped(*(timedelta(minutes=m) for m in range(0, 120, 5)))
    assert thin(backups, NOW) == []


def test_thin_keeps_the_newest_per_hour_between_two_hours_and_two_days():
    # 09:55, 09:35 and 09:05 are in the same hour: only 09:55 stays; 08:15 has its own hour.
    ages = [timedelta(minutes=m) for m in (0, 125, 145, 175, 225)]
    backups = stamped(*ages)
    deleted = thin(backups, NOW)
    by_time = {path: t for path, t in backups}
    assert sorted(by_time[p].strftime("%H:%M") for p in deleted) == ["09:05", "09:35"]


def test_thin_keeps_the_newest_per_day_between_two_days_and_thirty():
    ages = [timedelta(0), timedelta(days=3, hours=1), timedelta(days=3, hours=5), timedelta(days=4, hours=1)]
    backups = stamped(*ages)
    assert thin(backups, NOW) == [backups[2][0]]


def test_thin_keeps_the_newest_per_iso_week_after_thirty_days():
    # NOW is a Thursday; 40 and 41 days back are Sat/Fri of one ISO week, 50 days back another week.
    ages = [timedelta(0), timedelta(days=40), timedelta(days=41), timedelta(days=50)]
    backups = stamped(*ages)
    assert thin(backups, NOW) == [backups[2][0]]


def test_thin_never_deletes_the_newest_even_if_old():
    backups = stamped(timedelta(days=400), timedelta(days=400, minutes=5))
    assert thin(backups, NOW) == [backups[1][0]]
    assert thin(backups[:1], NOW) == []
    assert thin([], NOW) == []


def test_thin_is_stable():
    backups = stamped(*(timedelta(hours=h) for h in range(0, 24 * 60, 3)))
    deleted = set(thin(backups, NOW))
    remaining = [item for item in backups if item[0] not in deleted]
    assert thin(remaining, NOW) == []
    assert 0 < len(remaining) < len(backups)


def test_thin_folder_deletes_only_what_thin_says(console, repository, app_paths):
    for minutes in (0, 5):
        console.add_note(f"note {minutes}")
        take_backup(repository.db, app_paths.backups, NOW - timedelta(days=5, minutes=minutes), reason="timer")
    other = app_paths.backups / "before-migration-20200101T000000Z.db"
    other.write_bytes(b"")
    deleted = thin_folder(app_paths.backups, NOW)
    # Both five days old, on one day: the newer stays (it is also the newest of all).
    assert [p.name for p in deleted] == ["moderator-20261121T115500Z-timer.db"]
    assert [p.name for p, _t in backup_files(app_paths.backups)] == ["moderator-20261121T120000Z-timer.db"]
    assert thin_folder(app_paths.backups, NOW) == []
    assert other.exists()


# -- listing ----------------------------------------------------------------------------
def test_list_backups_summarises_sessions_and_skips_a_corrupt_file(console, repository, app_paths):
    console.add_note("first note")
    take_backup(repository.db, app_paths.backups, NOW, reason="session-end")
    corrupt = app_paths.backups / "moderator-20261126T130000Z-timer.db"
    corrupt.write_bytes(b"this is not a database" * 100)
    good, bad = list_backups(app_paths.backups)
    assert [b.path.name for b in good] == ["moderator-20261126T120000Z-session-end.db"]
    info = good[0]
    assert info.taken_at == NOW and info.reason == "session-end" and info.size > 0
    [session] = info.sessions
    assert session.title == console.session.title
    assert session.notes == 1
    assert session.interventions == len(console.snapshot.interventions)
    assert [b.path for b in bad] == [corrupt] and bad[0].reason


# -- restoring --------------------------------------------------------------------------
def test_restore_replaces_the_content_and_backs_up_the_current_state_first(console, repository, app_paths):
    before_names = names(console)
    backup = take_backup(repository.db, app_paths.backups, NOW, reason="manual")
    console.add_participant(ParticipantDraft(name="Added After The Backup"))
    repository.db.close()
    safety = restore_backup(app_paths.database, backup, app_paths.backups, NOW + timedelta(minutes=1))
    assert safety.name == "moderator-20261126T120100Z-before-restore.db"
    db = open_database(app_paths.database)
    try:
        restored = SessionRepository(db).load(console.session_id)
        assert [p.name for p in restored.participants] == before_names
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        db.close()
    kept = sqlite3.connect(safety)
    try:
        assert kept.execute("SELECT count(*) FROM participants WHERE name = 'Added After The Backup'").fetchone() == (
            1,
        )
    finally:
        kept.close()
    leftovers = [p.name for p in app_paths.data_dir.iterdir() if p.is_file()]
    assert leftovers == ["moderator.db"]


def test_a_failure_midway_leaves_the_live_database_byte_identical(console, repository, app_paths, monkeypatch):
    backup = take_backup(repository.db, app_paths.backups, NOW, reason="manual")
    console.add_participant(ParticipantDraft(name="Must Survive"))
    repository.db.close()
    before = digest(app_paths.database)

    real_replace = os.replace

    def refuse(source, target):
        if Path(target) == app_paths.database:
            raise OSError(28, "No space left on device")
        real_replace(source, target)  # the before-restore backup still goes in place

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(StorageError, match="left as it was"):
        restore_backup(app_paths.database, backup, app_paths.backups, NOW + timedelta(minutes=1))
    monkeypatch.undo()
    assert digest(app_paths.database) == before
    assert not list(app_paths.data_dir.glob("*.restoring"))
    db = open_database(app_paths.database)
    try:
        assert "Must Survive" in [p.name for p in SessionRepository(db).load(console.session_id).participants]
    finally:
        db.close()


def test_a_corrupt_backup_is_refused_before_anything_changes(console, repository, app_paths):
    repository.db.close()
    before = digest(app_paths.database)
    bad = app_paths.backups / "moderator-20261126T120000Z-manual.db"
    bad.parent.mkdir(parents=True, exist_ok=True)
    bad.write_bytes(b"garbage" * 1000)
    with pytest.raises(StorageError, match="nothing was changed"):
        restore_backup(app_paths.database, bad, app_paths.backups, NOW)
    assert digest(app_paths.database) == before


def test_a_backup_clears_what_a_killed_backup_left_behind_but_not_one_in_progress(console, repository, app_paths):
    """kill -9 during VACUUM INTO leaves ``*.db.partial``: the next backup removes it once it is stale."""
    app_paths.backups.mkdir(parents=True, exist_ok=True)
    stale = app_paths.backups / "moderator-20261126T110000Z-timer.db.partial"
    young = app_paths.backups / "moderator-20261126T115959Z-timer.db.partial"
    other = app_paths.backups / "notes.txt.partial"
    for path in (stale, young, other):
        path.write_bytes(b"half a database")
    an_hour_ago = os.path.getmtime(young) - 3600
    os.utime(stale, (an_hour_ago, an_hour_ago))
    os.utime(other, (an_hour_ago, an_hour_ago))
    console.add_note("Something new to back up")
    assert take_backup(repository.db, app_paths.backups, NOW, reason="manual") is not None
    assert not stale.exists()
    assert young.exists() and other.exists()  # a backup may still be writing it; not ours at all


def test_an_export_clears_its_own_stale_temporaries_only(tmp_path):
    from moderator_app.reports.atomic import atomic_path

    target = tmp_path / "Report [draft].md"
    stale = tmp_path / ".Report [draft].md.abc123.partial"
    young = tmp_path / ".Report [draft].md.def456.partial"
    unrelated = tmp_path / ".Other.md.abc123.partial"
    for path in (stale, young, unrelated):
        path.write_text("half", encoding="utf-8")
        an_hour_ago = path.stat().st_mtime - 3600
        if path is not young:
            os.utime(path, (an_hour_ago, an_hour_ago))
    with atomic_path(target) as temp:
        temp.write_text("whole", encoding="utf-8")
    assert target.read_text(encoding="utf-8") == "whole"
    assert not stale.exists()
    assert young.exists() and unrelated.exists()
