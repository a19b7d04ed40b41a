"""Every released schema version opens in this app and migrates without loss; a newer file is refused untouched.

The fixtures in tests/fixtures/schemas/ are built by tools/make_migration_fixtures.py: one database per
schema version, with a round table's data in that version's tables and columns.
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from moderator_app.domain.enums import InterventionState, Role, SessionType
from moderator_app.storage.database import NewerDatabaseError, open_database
from moderator_app.storage.migrations import KNOWN_MIGRATIONS, MIGRATION_SET
from moderator_app.storage.reports import ReportRepository
from moderator_app.storage.repository import SessionRepository

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "schemas"
VERSIONS = range(1, len(KNOWN_MIGRATIONS) + 1)
SESSION = "fixture-session-1"


def fixture(version: int) -> Path:
    return FIXTURES / f"schema-{version:04d}.db"


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def copy_of(version: int, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / "moderator.db"
    shutil.copyfile(fixture(version), target)
    return target


def user_tables(conn: sqlite3.Connection) -> dict[str, list[str]]:
    """Each table (but SQLite's and the full-text index's own) and its columns."""
    names = [
        row[0]
        for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        if not row[0].startswith(("sqlite_", "notes_fts"))
    ]
    return {name: [col[1] for col in conn.execute(f"PRAGMA table_info([{name}])")] for name in names}


def rows(conn: sqlite3.Connection, table: str, columns: list[str]) -> list[tuple[Any, ...]]:
    listed = ", ".join(f"[{c}]" for c in columns)
    return sorted(conn.execute(f"SELECT {listed} FROM [{table}]").fetchall(), key=repr)


def test_there_is_a_fixture_for_every_schema_version():
    assert sorted(p.name for p in FIXTURES.glob("*.db")) == [fixture(v).name for v in VERSIONS], (
        "a migration was added: run tools/make_migration_fixtures.py and commit the new fixture"
    )
    for version in VERSIONS:
        conn = sqlite3.connect(f"{fixture(version).as_uri()}?mode=ro&immutable=1", uri=True)
        try:
            applied = [r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations ORDER BY rowid")]
        finally:
            conn.close()
        assert applied == list(KNOWN_MIGRATIONS[:version])


@pytest.mark.parametrize("version", VERSIONS, ids=[f"v{v}" for v in VERSIONS])
def test_a_database_of_each_released_version_migrates_to_the_current_one_without_loss(tmp_path, version):
    committed = sha256(fixture(version))
    path = copy_of(version, tmp_path / "data")
    old = sqlite3.connect(f"{fixture(version).as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        before = {table: rows(old, table, columns) for table, columns in user_tables(old).items()}
        old_columns = user_tables(old)
    finally:
        old.close()

    db = open_database(path, backup_dir=tmp_path / "data" / "backups")
    try:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        applied = [
            r[0] for r in db.execute("SELECT name FROM _sqlite_migrations WHERE migration_set = ?", [MIGRATION_SET])
        ]
        assert applied == list(KNOWN_MIGRATIONS)
        assert db.execute("PRAGMA user_version").fetchone()[0] == len(KNOWN_MIGRATIONS)
        # Every row and every value of every column the old version had is still there.
        for table, columns in old_columns.items():
            if table == "_sqlite_migrations":
                assert rows(db.conn, table, columns)[: len(before[table])] == before[table]
                continue
            now = rows(db.conn, table, columns)
            if table == "app_state":
                # Opening stamps the file with its own id (storage/integrity.py: a -wal from elsewhere
                # is told apart by it); every row the old version had is still there unchanged.
                now = [row for row in now if row[0] != "database_id"]
            assert now == before[table], table
        check_key_values(db, version)
    finally:
        db.close()
    backups = list((tmp_path / "data" / "backups").glob("before-migration-*.db"))
    assert len(backups) == (1 if version < len(KNOWN_MIGRATIONS) else 0)
    assert sha256(fixture(version)) == committed  # the committed fixture itself was only read


def check_key_values(db, version: int) -> None:
    """What a moderator would see: the session, its people, turns, queue and, as the schema grew, the rest."""
    repository = SessionRepository(db)
    snapshot = repository.load(SESSION)
    assert snapshot.session.title == "Towards an inclusive cybersecurity capacity building approach"
    assert snapshot.session.description.endswith("«quotes».")
    assert [p.name for p in snapshot.participants] == ["Belisario Contreras", "Lea Kaspar", "ليلى حسن", "王小明"]
    assert snapshot.participants[0].roles == (Role.ORGANIZER, Role.SPEAKER)
    ended, paused = snapshot.interventions
    assert (ended.state, ended.banked_speaking_seconds, ended.pause_count) == (InterventionState.ENDED, 185.5, 1)
    assert (paused.state, paused.banked_speaking_seconds) == (InterventionState.PAUSED, 42.25)
    assert [q.participant_id for q in snapshot.queue] == ["p-2"]
    assert repository.get_state("last_session_id") == SESSION
    assert len(repository.list_sessions()) == 2
    assert snapshot.session.balance_reference == ("everyone" if version >= 2 else "speakers")
    assert len(snapshot.contingents) == (2 if version >= 2 else 0)
    assert [n.text for n in snapshot.notes] == (
        ["Capacity building must follow demand", "Few women in national CERTs — ask the ITU"] if version >= 3 else []
    )
    if version >= 3:
        assert repository.search_notes(SESSION, "CERTs") == ["n-2"]  # the full-text index survived
        assert ReportRepository(db).attendance(SESSION).participants_onsite == 35
    assert [q.text for q in snapshot.remote_queue] == (["How will small hosts comply?"] if version >= 4 else [])
    # 0005 gave every row a last-change time, from its own times where it had them.
    for table in ("participants", "segments", "interventions", "queue_entries", "notes"):
        assert db.execute(f"SELECT COUNT(*) FROM {table} WHERE updated_at IS NULL").fetchone()[0] == 0, table
    turn_times = dict(db.execute("SELECT id, updated_at FROM interventions").fetchall())
    if version < 5:
        assert turn_times == {"i-1": "2017-12-21T10:06:10+01:00", "i-2": "2017-12-21T10:31:00+01:00"}
    assert snapshot.session.event == ("IGF 2017" if version >= 6 else "")
    assert (snapshot.session.session_code, snapshot.session.session_type) == (
        ("WS #4", SessionType.WORKSHOP) if version >= 8 else ("", None)
    )


@pytest.mark.parametrize("version", VERSIONS, ids=[f"v{v}" for v in VERSIONS])
def test_each_released_version_reopens_after_migration_with_nothing_pending(tmp_path, version):
    path = copy_of(version, tmp_path / "data")
    open_database(path).close()
    first = SessionRepository(db := open_database(path)).load(SESSION)
    db.close()
    again = SessionRepository(db := open_database(path)).load(SESSION)
    db.close()
    assert again == first


@pytest.mark.parametrize("how", ["migration", "user_version"])
def test_a_file_from_a_newer_version_is_refused_and_left_byte_for_byte_as_it_was(tmp_path, how):
    folder = tmp_path / "data"
    path = copy_of(len(KNOWN_MIGRATIONS), folder)
    conn = sqlite3.connect(path)
    if how == "migration":
        conn.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES (?, ?, ?)",
            [MIGRATION_SET, "9999_from_the_future", "2030-01-01 00:00:00+00:00"],
        )
    else:
        conn.execute(f"PRAGMA user_version = {len(KNOWN_MIGRATIONS) + 1}")
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    for side in ("-wal", "-shm"):
        path.with_name(path.name + side).unlink(missing_ok=True)
    before = {p.name: sha256(p) for p in folder.iterdir()}
    with pytest.raises(NewerDatabaseError, match="newer version of moderator-app") as caught:
        open_database(path, backup_dir=folder / "backups")
    assert "left untouched" in str(caught.value)
    assert {p.name: sha256(p) for p in folder.iterdir()} == before
