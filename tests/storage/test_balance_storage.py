"""Balance settings and contingents on disk: the upgrade of an older database, the session file, and refusals."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlite_utils import Database

from moderator_app.domain.balance import ReferenceSet, compute_balance
from moderator_app.domain.enums import StakeholderGroup
from moderator_app.domain.session import DEFAULT_SUGGESTION_PRIORITIES
from moderator_app.domain.steering import Contingent
from moderator_app.services.console import SessionConsole
from moderator_app.services.sessions import export_file, import_session_file
from moderator_app.storage.database import open_database
from moderator_app.storage.migrations import KNOWN_MIGRATIONS, MIGRATION_SET, migrations
from moderator_app.storage.repository import SessionRepository
from moderator_app.storage.session_file import SessionFileError
from moderator_app.system.resources import regions
from tests.support import FakeClock

FIRST, SECOND = "0001_initial_schema", "0002_balance_settings_and_contingents"
OLD_SESSION = "old-session-1"


def columns(conn: sqlite3.Connection, table: str) -> set[str]:
    return {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}


def tables(conn: sqlite3.Connection) -> set[str]:
    return {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


@pytest.fixture
def old_database(tmp_path: Path) -> Path:
    """A data folder written by the version before balance: only the first migration, one session in it."""
    path = tmp_path / "old" / "moderator.db"
    path.parent.mkdir()
    db = Database(path)
    runner = migrations.runner()
    runner.apply(db, stop_before=SECOND)
    assert [m.name for m in runner.applied(db)] == [FIRST]
    db["sessions"].insert(
        {
            "id": OLD_SESSION,
            "title": "Held before the balance panel existed",
            "created_at": "2017-12-21T09:00:00+00:00",
            "updated_at": "2017-12-21T09:00:00+00:00",
        }
    )
    db["participants"].insert(
        {
            "id": "old-p1",
            "session_id": OLD_SESSION,
            "position": 0,
            "name": "Lea",
            "stakeholder_group": "civil_society",
            "gender": "woman",
            "roles": '["speaker"]',
        }
    )
    db.close()
    return path


def test_an_older_database_is_upgraded_keeping_its_session_with_default_balance_settings(old_database, tmp_path):
    backups = tmp_path / "old" / "backups"
    db = open_database(old_database, backup_dir=backups)
    try:
        applied = [
            row[0]
            for row in db.execute(
                "SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY id", [MIGRATION_SET]
            )
        ]
        assert applied[:2] == [FIRST, SECOND] and applied == list(KNOWN_MIGRATIONS)
        snapshot = SessionRepository(db).load(OLD_SESSION)
        assert snapshot.session.title == "Held before the balance panel existed"
        assert snapshot.session.balance_reference == "speakers"
        assert snapshot.session.suggestion_priorities == DEFAULT_SUGGESTION_PRIORITIES
        assert snapshot.contingents == ()
        assert [p.name for p in snapshot.participants] == ["Lea"]
        # The upgraded session can be balanced: Lea is the one speaker, nobody has spoken yet.
        balance = compute_balance(snapshot.participants, snapshot.interventions, FakeClock().now())
        assert balance.reference_people == ("old-p1",) and balance.not_yet_spoken == ("old-p1",)
    finally:
        db.close()

    (backup,) = sorted(backups.glob("before-migration-*.db"))
    with sqlite3.connect(backup) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert "balance_reference" not in columns(conn, "sessions")
        assert "contingents" not in tables(conn)
        applied = [
            r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations WHERE migration_set = ?", [MIGRATION_SET])
        ]
        assert applied == [FIRST]
        assert conn.execute("SELECT id FROM sessions").fetchall() == [(OLD_SESSION,)]
    conn.close()  # sqlite3's context manager commits but does not close


def test_an_upgraded_database_stores_balance_settings_and_contingents(old_database, tmp_path, clock):
    db = open_database(old_database, backup_dir=tmp_path / "backups")
    try:
        repository = SessionRepository(db)
        console = SessionConsole(repository, clock, OLD_SESSION, regions=regions())
        console.set_balance_settings("everyone", ["gender"])
        console.set_contingents([Contingent(StakeholderGroup.CIVIL_SOCIETY, 240)])
    finally:
        db.close()
    db = open_database(old_database, backup_dir=tmp_path / "backups")
    try:
        snapshot = SessionRepository(db).load(OLD_SESSION)
        assert (snapshot.session.balance_reference, snapshot.session.suggestion_priorities) == ("everyone", ("gender",))
        assert snapshot.contingents == (Contingent(StakeholderGroup.CIVIL_SOCIETY, 240),)
    finally:
        db.close()


# -- the session file ------------------------------------------------------------------------------------
@pytest.fixture
def other_repository(tmp_path: Path) -> Iterator[SessionRepository]:
    """A second, fresh data folder to import into."""
    db = open_database(tmp_path / "other" / "moderator.db")
    yield SessionRepository(db)
    db.close()


def configure(console: SessionConsole) -> None:
    console.set_balance_settings("took_floor", ["region", "not_yet_spoken"])
    console.set_contingents(
        [
            Contingent(StakeholderGroup.GOVERNMENT, 600, 90),
            Contingent(StakeholderGroup.CIVIL_SOCIETY, 300, -60),
        ]
    )


def test_the_session_file_keeps_reference_priorities_and_contingents(
    console, clock, repository, other_repository, tmp_path
):
    configure(console)
    target = tmp_path / "balance.json"
    export_file(repository, console.session_id, target, clock)
    document = json.loads(target.read_text(encoding="utf-8"))
    assert document["balance"] == {
        "reference": "took_floor",
        "suggestion_priorities": ["region", "not_yet_spoken"],
        "contingents": [
            {"stakeholder_group": "government", "budget_seconds": 600, "added_seconds": 90},
            {"stakeholder_group": "civil_society", "budget_seconds": 300, "added_seconds": -60},
        ],
    }
    import_session_file(other_repository, target, clock)
    moved = other_repository.load(console.session_id)
    assert moved == repository.load(console.session_id)
    assert moved.session.balance_reference == ReferenceSet.TOOK_FLOOR.value
    assert moved.session.suggestion_priorities == ("region", "not_yet_spoken")
    assert moved.contingents == (
        Contingent(StakeholderGroup.GOVERNMENT, 600, 90),
        Contingent(StakeholderGroup.CIVIL_SOCIETY, 300, -60),
    )


def test_a_session_file_without_balance_gets_the_defaults(console, clock, repository, other_repository, tmp_path):
    target = tmp_path / "s.json"
    export_file(repository, console.session_id, target, clock)
    document = json.loads(target.read_text(encoding="utf-8"))
    del document["balance"]
    target.write_text(json.dumps(document), encoding="utf-8")
    imported = import_session_file(other_repository, target, clock)[0]
    assert imported.session.balance_reference == "speakers"
    assert imported.session.suggestion_priorities == DEFAULT_SUGGESTION_PRIORITIES
    assert imported.contingents == ()


def _contingent(group: str, budget: Any, added: int = 0) -> dict[str, Any]:
    return {"stakeholder_group": group, "budget_seconds": budget, "added_seconds": added}


@pytest.mark.parametrize(
    ("balance", "where"),
    [
        ({"reference": "the_room"}, "balance.reference"),
        ({"suggestion_priorities": ["gender", "age"]}, "balance.suggestion_priorities"),
        ({"suggestion_priorities": "gender"}, "balance.suggestion_priorities"),
        (
            {"contingents": [_contingent("government", 60), _contingent("government", 120)]},
            "balance.contingents",
        ),
        ({"contingents": [_contingent("government", -5)]}, "balance.contingents[0].budget_seconds"),
        ({"contingents": [_contingent("government", 60), _contingent("lobby", 60)]}, "balance.contingents[1]"),
        ({"contingents": [{"budget_seconds": 60}]}, "balance.contingents[0].stakeholder_group"),
    ],
)
def test_a_malformed_balance_object_is_refused_naming_it_and_nothing_is_stored(
    console, clock, repository, other_repository, tmp_path, balance, where
):
    target = tmp_path / "bad.json"
    export_file(repository, console.session_id, target, clock)
    document = json.loads(target.read_text(encoding="utf-8"))
    document["balance"] = balance
    target.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(SessionFileError) as caught:
        import_session_file(other_repository, target, clock)
    assert str(caught.value).startswith(where), str(caught.value)
    for table in ("sessions", "participants", "interventions", "queue_entries", "contingents"):
        assert other_repository.db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0] == 0, table
