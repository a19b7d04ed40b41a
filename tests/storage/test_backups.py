"""Backups: consistent snapshots skipped when nothing changed, the thinning rule, listing, restoring atomically."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from moderator_app.domain.session import ParticipantDraft
from moderator_app.storage import backups as backups_module
from moderator_app.storage.backups import (
    MIN_FREE_BYTES,
    NoRoomForBackup,
    backup_files,
    backup_name,
    list_backups,
    take_backup,
    thin,
    thin_folder,
)
from moderator_app.storage.database import StorageError, open_database
from moderator_app.storage.repository import SessionRepository
from moderator_app.storage.restore_swap import restore_atomically

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


def test_thin_keeps_everything_from_the_last_hour():
    backups = stamped(*(timedelta(minutes=m) for m in range(0, 60, 5)))
    assert thin(backups, NOW) == []
    assert thin([*backups, (Path("b999.db"), NOW - timedelta(minutes=70))], NOW) == []  # its own hour


def test_thin_keeps_the_newest_per_hour_between_one_hour_and_one_day():
    # 10:55, 10:35 and 10:05 are in the same hour: only 10:55 stays; 09:15 has its own hour.
    ages = [timedelta(minutes=m) for m in (0, 65, 85, 115, 165)]
    backups = stamped(*ages)
    deleted = thin(backups, NOW)
    by_time = {path: t for path, t in backups}
    assert sorted(by_time[p].strftime("%H:%M") for p in deleted) == ["10:05", "10:35"]


def test_thin_keeps_the_newest_per_day_between_one_day_and_seven():
    ages = [timedelta(0), timedelta(days=3, hours=1), timedelta(days=3, hours=5), timedelta(days=4, hours=1)]
    backups = stamped(*ages)
    assert thin(backups, NOW) == [backups[2][0]]


def test_thin_keeps_the_newest_per_iso_week_between_seven_days_and_a_year():
    # NOW is Thursday 26 November; 9 and 10 days back are Tue/Mon of one ISO week, 20 days back another.
    ages = [timedelta(0), timedelta(days=9), timedelta(days=10), timedelta(days=20)]
    backups = stamped(*ages)
    assert thin(backups, NOW) == [backups[2][0]]


def test_thin_keeps_the_newest_per_month_after_a_year():
    # 400 and 405 days back are both in October 2025; 440 days back is September.
    ages = [timedelta(0), timedelta(days=400), timedelta(days=405), timedelta(days=440)]
    backups = stamped(*ages)
    assert thin(backups, NOW) == [backups[2][0]]


def test_thin_never_deletes_the_newest_even_if_old():
    backups = stamped(timedelta(days=400), timedelta(days=400, minutes=5))
    assert thin(backups, NOW) == [backups[1][0]]
    assert thin(backups[:1], NOW) == []
    assert thin([], NOW) == []


def named(reason: str, age: timedelta) -> tuple[Path, datetime]:
    return Path(backup_name(NOW - age, reason)), NOW - age


def test_thin_keeps_every_before_restore_backup_for_a_week_then_thins_it_like_the_rest():
    """The before-restore backup is the only undo of a restore: an hour's timer backups must not push it out."""
    within = [named("before-restore", timedelta(hours=3, minutes=m)) for m in (20, 30)]
    days_ago = named("before-restore", timedelta(days=5))
    timers = [named("timer", timedelta(hours=3, minutes=m)) for m in (10, 15, 40)]
    newest = named("timer", timedelta(0))
    deleted = thin([*within, days_ago, *timers, newest], NOW)
    assert {p.name for p in deleted} == {timers[1][0].name, timers[2][0].name}
    # Older than a week, it is one backup of its ISO week like any other.
    old = [named("before-restore", timedelta(days=9)), named("timer", timedelta(days=9, minutes=-5))]
    assert thin([*old, newest], NOW) == [old[0][0]]


def test_thin_keeps_the_newest_manual_backup_of_each_hour_beside_the_automatic_ones():
    manual = [named("manual", timedelta(hours=3, minutes=m)) for m in (10, 40)]
    timer = named("timer", timedelta(hours=3, minutes=5))
    newest = named("timer", timedelta(0))
    assert thin([*manual, timer, newest], NOW) == [manual[1][0]]


def three_day_event() -> list[tuple[Path, datetime]]:
    """Round the clock, a change every 5 minutes for 72 hours, the folder thinned after each backup."""
    start = datetime(2026, 11, 23, 0, 0, tzinfo=UTC)
    kept: list[tuple[Path, datetime]] = []
    for step in range(3 * 24 * 12):
        taken = start + timedelta(minutes=5 * step)
        kept.append((Path(backup_name(taken, "timer")), taken))
        gone = set(thin(kept, taken))
        kept = [item for item in kept if item[0] not in gone]
    return kept


def test_a_three_day_event_backed_up_every_five_minutes_keeps_37_backups_not_71(monkeypatch):
    """Kept: the last hour's 12, the newest of each of the 23 hours before, one for each of the two days before."""
    kept = three_day_event()
    last = kept[-1][1]
    assert len(kept) == 37
    ages = sorted(last - taken for _path, taken in kept)
    assert sum(age < timedelta(hours=1) for age in ages) == 12
    assert sum(timedelta(hours=1) <= age < timedelta(days=1) for age in ages) == 23
    assert len({taken.date() for _path, taken in kept}) == 3
    # The rule before (all from 2 hours, hourly for 2 days, daily for 30) kept nearly twice as many.
    monkeypatch.setattr(backups_module, "KEEP_ALL", timedelta(hours=2))
    monkeypatch.setattr(backups_module, "HOURLY_UNTIL", timedelta(days=2))
    monkeypatch.setattr(backups_module, "DAILY_UNTIL", timedelta(days=30))
    assert len(three_day_event()) == 71


def test_thinning_stopped_midway_is_finished_by_the_next_and_ends_where_an_unstopped_one_does(tmp_path):
    """A kill inside thinning leaves some of the doomed backups: the next thinning deletes just those."""
    folder = tmp_path / "backups"
    folder.mkdir()
    stamps = [NOW - timedelta(minutes=25 * step) for step in range(300)]
    for stamp in stamps:
        (folder / backup_name(stamp, "timer")).write_bytes(b"a backup")
    doomed = set(thin(backup_files(folder), NOW))
    assert len(doomed) > 100
    deleted: list[Path] = []
    real_unlink = Path.unlink

    def stop_after_ten(path: Path, missing_ok: bool = False) -> None:
        if len(deleted) == 10:
            raise KeyboardInterrupt  # stands for the kill: nothing after it runs
        real_unlink(path, missing_ok=missing_ok)
        deleted.append(path)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(Path, "unlink", stop_after_ten)
        with pytest.raises(KeyboardInterrupt):
            thin_folder(folder, NOW)
    assert set(deleted) <= doomed and len(deleted) == 10
    finished = thin_folder(folder, NOW)
    assert set(finished) == doomed - set(deleted)
    assert {path for path, _t in backup_files(folder)} == {folder / backup_name(s, "timer") for s in stamps} - doomed


def test_thin_is_stable():
    backups = stamped(*(timedelta(hours=h) for h in range(0, 24 * 60, 3)))
    deleted = set(thin(backups, NOW))
    remaining = [item for item in backups if item[0] not in deleted]
    assert thin(remaining, NOW) == []
    assert 0 < len(remaining) < len(backups)


@pytest.mark.parametrize("seed", range(20))
def test_thin_on_a_random_mix_of_reasons_and_ages_is_stable_and_keeps_what_it_promises(seed):
    import random

    rng = random.Random(seed)
    reasons = ("timer", "timer", "timer", "close", "session-end", "manual", "before-restore")
    backups = list(
        {
            (path := Path(backup_name(NOW - age, rng.choice(reasons)))).name: (path, NOW - age)
            for age in (timedelta(minutes=rng.randrange(0, 60 * 24 * 500)) for _ in range(400))
        }.values()
    )
    deleted = set(thin(backups, NOW))
    remaining = [item for item in backups if item[0] not in deleted]
    assert thin(remaining, NOW) == []
    assert max(backups, key=lambda item: item[1])[0] not in deleted
    kept_whatever = [
        path
        for path, taken in backups
        if NOW - taken < timedelta(hours=1)
        or (path.name.endswith("-before-restore.db") and NOW - taken < timedelta(days=7))
    ]
    assert not deleted & set(kept_whatever)
    # Bounded: beyond those, one per hour of a day and per day of a week (twice: manual ones have
    # their own), one per week of a year, one per month of the 500 days' remaining 5 months.
    assert len(remaining) <= len(kept_whatever) + 2 * 25 + 2 * 8 + 54 + 6


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
    safety = restore_atomically(app_paths.database, backup, app_paths.backups, NOW + timedelta(minutes=1)).before
    assert safety is not None
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
        restore_atomically(app_paths.database, backup, app_paths.backups, NOW + timedelta(minutes=1))
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
    with pytest.raises(StorageError, match="Nothing was changed"):
        restore_atomically(app_paths.database, bad, app_paths.backups, NOW)
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
    from moderator_app.system.atomic import atomic_path

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


def test_a_killed_backups_journal_and_a_killed_restores_copy_are_cleared_once_stale(console, repository, app_paths):
    """VACUUM INTO writes ``NAME.partial-journal`` beside ``NAME.partial``; a killed restore leaves ``.restoring``."""
    app_paths.backups.mkdir(parents=True, exist_ok=True)
    journal = app_paths.backups / "moderator-20261126T110000Z-timer.db.partial-journal"
    young_journal = app_paths.backups / "moderator-20261126T115959Z-timer.db.partial-journal"
    restoring = app_paths.data_dir / "moderator.db.restoring"
    copying_aside = app_paths.data_dir / "moderator.db.corrupt-20261126T110000Z.partial"
    for path in (journal, young_journal, restoring, copying_aside):
        path.write_bytes(b"left by a kill")
    an_hour_ago = os.path.getmtime(young_journal) - 3600
    for path in (journal, restoring, copying_aside):
        os.utime(path, (an_hour_ago, an_hour_ago))
    # Also when nothing changed since the newest backup: the leftovers go all the same.
    take_backup(repository.db, app_paths.backups, NOW, reason="timer")
    journal.write_bytes(b"left by a kill")
    os.utime(journal, (an_hour_ago, an_hour_ago))
    assert take_backup(repository.db, app_paths.backups, NOW + timedelta(minutes=5), reason="timer") is None
    assert not journal.exists() and not restoring.exists() and not copying_aside.exists()
    assert young_journal.exists()  # a backup may still be writing it


# -- free space ---------------------------------------------------------------------------
class Usage:
    def __init__(self, free: int) -> None:
        self.free = free


def sizes(db) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    """(the live database, a backup of it) in bytes, as the free-space rule reckons them."""
    page_size, pages, free_pages = (
        db.conn.execute(f"PRAGMA {name}").fetchone()[0] for name in ("page_size", "page_count", "freelist_count")
    )
    return pages * page_size, (pages - free_pages) * page_size


def test_a_backup_is_skipped_when_it_would_leave_less_than_the_margin_free(console, repository, app_paths):
    console.add_note("a change to back up")
    _live, copy = sizes(repository.db)
    just_short = Usage(MIN_FREE_BYTES + copy - 1)
    with pytest.raises(NoRoomForBackup) as caught:
        take_backup(repository.db, app_paths.backups, NOW, reason="timer", disk_usage=lambda _p: just_short)
    assert caught.value.margin == MIN_FREE_BYTES
    assert "The backup was skipped" in str(caught.value) and "the session itself is saved" in str(caught.value)
    assert not app_paths.backups.exists() or not any(app_paths.backups.iterdir())  # nothing written at all
    enough = Usage(MIN_FREE_BYTES + copy)
    assert take_backup(repository.db, app_paths.backups, NOW, reason="timer", disk_usage=lambda _p: enough)


def test_the_margin_is_twice_the_live_database_when_that_is_more(console, repository, app_paths, monkeypatch):
    monkeypatch.setattr(backups_module, "MIN_FREE_BYTES", 1024)
    live, copy = sizes(repository.db)
    with pytest.raises(NoRoomForBackup) as caught:
        take_backup(
            repository.db, app_paths.backups, NOW, reason="timer", disk_usage=lambda _p: Usage(2 * live + copy - 1)
        )
    assert caught.value.margin == 2 * live
    taken = take_backup(
        repository.db, app_paths.backups, NOW, reason="timer", disk_usage=lambda _p: Usage(2 * live + copy)
    )
    assert taken is not None


def test_a_nearly_full_disk_is_thinned_first_to_make_room(console, repository, app_paths):
    """Old backups that the rule would delete anyway go first; the new one is then taken."""
    for day in (5, 4, 3, 2):
        for minutes in (30, 0):
            console.add_note(f"day {day}, {minutes}")
            take_backup(repository.db, app_paths.backups, NOW - timedelta(days=day, minutes=minutes), reason="timer")
    assert len(backup_files(app_paths.backups)) == 8
    console.add_note("today")
    _live, copy = sizes(repository.db)
    used_at_first = sum(p.stat().st_size for p, _t in backup_files(app_paths.backups))
    disk = MIN_FREE_BYTES + copy + used_at_first - 1  # one byte short with all 8 there

    def usage(_folder: Path) -> Usage:  # the disk's free space grows as backups are deleted
        return Usage(disk - sum(p.stat().st_size for p, _t in backup_files(app_paths.backups)))

    taken = take_backup(repository.db, app_paths.backups, NOW, reason="timer", disk_usage=usage)
    assert taken is not None
    assert len(backup_files(app_paths.backups)) == 4 + 1  # the newest of each day, and the new one
