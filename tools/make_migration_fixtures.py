"""Build the schema fixtures: one small database per released schema version, holding representative data.

Usage: python tools/make_migration_fixtures.py [OUT_DIR]      (default: tests/fixtures/schemas)

For each version N (1 … the number of migrations in storage/migrations.py) it applies the migrations
up to N, exactly as that release of the app did, then inserts a round table's data using only the
tables and columns that existed at N: two sessions, people, an agenda, an ended and a paused turn,
the queue, and, as the schema grew, balance settings and contingents (0002), notes and report drafts
(0003), the remote queue (0004), last-change times (0005), the event (0006), a note of the other
session in the per-session search index (0007), the session code and type (0008) and a shared
document's update (0009). Timestamps are fixed.
tests/storage/test_migration_fixtures.py opens each copy with the current app and checks nothing is lost.
Run it again (and commit the result) whenever a migration is added; the test fails until there is a
fixture for every version.
"""

from __future__ import annotations

import json
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlite_utils import Database  # noqa: E402

from moderator_app.storage.migrations import KNOWN_MIGRATIONS, migrations  # noqa: E402

SESSION = "fixture-session-1"
OTHER = "fixture-session-2"
CREATED = "2017-12-21T09:00:00+01:00"


def _v1(db: Database) -> None:
    """0001: sessions, participants, segments, interventions, queue, app state."""
    sessions = db.table("sessions")
    sessions.insert(
        {
            "id": SESSION,
            "title": "Towards an inclusive cybersecurity capacity building approach",
            "date": "2017-12-21",
            "start_time": "10:00",
            "timezone": "Europe/Geneva",
            "venue": "Room XXIV, Palais des Nations",
            "format": "Round table",
            "planned_minutes": 90,
            "description": "Capacity building that follows demand.\nSecond line — with «quotes».",
            "tags": json.dumps(["cybersecurity", "capacity building"]),
            "organisers": json.dumps(["Organization of American States"]),
            "default_allotted_seconds": 180,
            "warning_seconds": 30,
            "started_wall": "2017-12-21T10:02:00+01:00",
            "started_mono": 5000.0,
            "started_boot": "boot-fixture",
            "current_segment_id": "seg-2",
            "segment_started_wall": "2017-12-21T10:30:00+01:00",
            "segment_started_mono": 6680.0,
            "segment_started_boot": "boot-fixture",
            "created_at": CREATED,
            "updated_at": CREATED,
        }
    )
    sessions.insert(
        {"id": OTHER, "title": "Data flows & the Global South", "created_at": CREATED, "updated_at": CREATED}
    )
    people = [
        (
            "p-1",
            "Belisario Contreras",
            "OAS",
            "intergovernmental_organization",
            "man",
            "US",
            "weog",
            ["organizer", "speaker"],
        ),
        ("p-2", "Lea Kaspar", "Global Partners Digital", "civil_society", "woman", "GB", "weog", ["moderator"]),
        ("p-3", "ليلى حسن", "Cairo University", "academia", "woman", "EG", "african", ["participant"]),
        ("p-4", "王小明", "CAICT", "government", None, "CN", "asia_pacific", ["participant"]),
    ]
    db.table("participants").insert_all(
        {
            "id": pid,
            "session_id": SESSION,
            "position": position,
            "name": name,
            "affiliation": affiliation,
            "stakeholder_group": group,
            "gender": gender,
            "country": country,
            "region": region,
            "roles": json.dumps(roles),
            "attendance": "remote" if pid == "p-4" else "onsite",
        }
        for position, (pid, name, affiliation, group, gender, country, region, roles) in enumerate(people)
    )
    db.table("participants").insert(
        {"id": "p-9", "session_id": OTHER, "position": 0, "name": "Ana Lopez", "roles": json.dumps(["speaker"])}
    )
    db.table("segments").insert_all(
        [
            {"id": "seg-1", "session_id": SESSION, "position": 0, "title": "Opening", "planned_minutes": 10},
            {
                "id": "seg-2",
                "session_id": SESSION,
                "position": 1,
                "title": "Discussion",
                "planned_minutes": 60,
                "default_allotted_seconds": 120,
            },
        ]
    )
    db.table("interventions").insert_all(
        [
            {
                "id": "i-1",
                "session_id": SESSION,
                "participant_id": "p-1",
                "segment_id": "seg-1",
                "kind": "opening_statement",
                "allotted_seconds": 180,
                "state": "ended",
                "started_at": "2017-12-21T10:03:00+01:00",
                "ended_at": "2017-12-21T10:06:10+01:00",
                "banked_speaking_seconds": 185.5,
                "banked_paused_seconds": 4.5,
                "pause_count": 1,
            },
            {
                "id": "i-2",
                "session_id": SESSION,
                "participant_id": "p-3",
                "segment_id": "seg-2",
                "kind": "question",
                "allotted_seconds": 120,
                "state": "paused",
                "started_at": "2017-12-21T10:31:00+01:00",
                "banked_speaking_seconds": 42.25,
                "banked_paused_seconds": 0.0,
                "pause_count": 1,
            },
        ]
    )
    db.table("queue_entries").insert(
        {
            "id": "q-1",
            "session_id": SESSION,
            "participant_id": "p-2",
            "position": 0,
            "kind": "intervention",
            "added_at": "2017-12-21T10:32:00+01:00",
        }
    )
    db.table("app_state").insert({"key": "last_session_id", "value": SESSION})


def _v2(db: Database) -> None:
    """0002: balance settings and contingents."""
    db.execute(
        "UPDATE sessions SET balance_reference = 'everyone', suggestion_priorities = ? WHERE id = ?",
        [json.dumps(["gender", "not_yet_spoken"]), SESSION],
    )
    db.table("contingents").insert_all(
        [
            {"session_id": SESSION, "stakeholder_group": "civil_society", "budget_seconds": 900, "added_seconds": 60},
            {"session_id": SESSION, "stakeholder_group": "government", "budget_seconds": 600, "added_seconds": 0},
        ]
    )


def _v3(db: Database) -> None:
    """0003: notes (with full-text search) and report drafts."""
    db.table("notes").insert_all(
        [
            {
                "id": "n-1",
                "session_id": SESSION,
                "created_at": "2017-12-21T10:05:00+01:00",
                "text": "Capacity building must follow demand",
                "tags": json.dumps(["key_issue", "recommendation"]),
                "intervention_id": "i-1",
                "participant_id": "p-1",
                "segment_id": "seg-1",
            },
            {
                "id": "n-2",
                "session_id": SESSION,
                "created_at": "2017-12-21T10:33:00+01:00",
                "text": "Few women in national CERTs — ask the ITU",
                "tags": json.dumps(["gender", "action"]),
            },
        ]
    )
    db.table("report_sections").insert(
        {
            "session_id": SESSION,
            "template": "igf-workshop",
            "section": "key_issues",
            "text": "- Edited by the rapporteur",
            "generated_text": "- Capacity building must follow demand",
            "updated_at": "2017-12-21T12:00:00+01:00",
        }
    )
    db.table("report_attendance").insert(
        {
            "session_id": SESSION,
            "participants_onsite": 35,
            "participants_online": 12,
            "women": 20,
            "gender_extent": "partly",
            "gender_summary": "Gender came up in hiring.",
            "updated_at": "2017-12-21T12:00:00+01:00",
        }
    )


def _v4(db: Database) -> None:
    """0004: the remote queue and segments that draw from it."""
    db.table("queue_entries").insert(
        {
            "id": "q-2",
            "session_id": SESSION,
            "participant_id": "p-4",
            "position": 0,
            "kind": "question",
            "added_at": "2017-12-21T10:34:00+01:00",
            "channel": "remote",
            "platform": "Zoom chat",
            "text": "How will small hosts comply?",
        }
    )
    db.execute("UPDATE segments SET remote_queue = 1 WHERE id = 'seg-2'")


def _v5(db: Database) -> None:
    """0005: last-change times for merging, as the release that added them wrote them, and one later edit.

    (Built from version 1, 0005 back-fills these times itself; here the rows were written after it ran.)
    """
    db.executescript(
        f"""
        UPDATE participants SET updated_at = '{CREATED}' WHERE updated_at IS NULL;
        UPDATE segments SET updated_at = '{CREATED}' WHERE updated_at IS NULL;
        UPDATE interventions SET updated_at = COALESCE(ended_at, started_at) WHERE updated_at IS NULL;
        UPDATE queue_entries SET updated_at = added_at WHERE updated_at IS NULL;
        UPDATE notes SET updated_at = created_at WHERE updated_at IS NULL;
        """
    )
    db.execute("UPDATE participants SET updated_at = '2017-12-21T10:40:00+01:00' WHERE id = 'p-2'")
    db.execute("UPDATE sessions SET queue_updated_at = '2017-12-21T10:34:30+01:00' WHERE id = ?", [SESSION])


def _v6(db: Database) -> None:
    """0006: the event a session belongs to."""
    db.execute("UPDATE sessions SET event = 'IGF 2017' WHERE id = ?", [SESSION])


def _v7(db: Database) -> None:
    """0007: the notes index holds each note's session; a note of the other session with a word of this one's."""
    db.table("notes").insert(
        {
            "id": "n-3",
            "session_id": OTHER,
            "created_at": "2017-12-22T09:10:00+01:00",
            "text": "CERTs of the other session",
            "tags": "[]",
            "updated_at": "2017-12-22T09:10:00+01:00",
        }
    )


def _v8(db: Database) -> None:
    """0008: the session's programme code and type, apart from its format."""
    db.execute("UPDATE sessions SET session_code = 'WS #4', session_type = 'workshop' WHERE id = ?", [SESSION])


def _v9(db: Database) -> None:
    """0009: live sharing's log of a shared session's document (here an empty update)."""
    db.table("sync_updates").insert({"session_id": SESSION, "seq": 1, "payload": b"\x00\x00"})


DATA_STEPS: tuple[Callable[[Database], None], ...] = (_v1, _v2, _v3, _v4, _v5, _v6, _v7, _v8, _v9)


def build(version: int, target: Path) -> Path:
    """A database at schema ``version`` (1-based), with that version's data, as a clean WAL file."""
    if len(DATA_STEPS) != len(KNOWN_MIGRATIONS):
        raise SystemExit(
            f"{len(KNOWN_MIGRATIONS)} migrations but {len(DATA_STEPS)} data steps: add a _v{len(KNOWN_MIGRATIONS)}() "
            "that fills the new migration's tables and columns, then run this again."
        )
    target.unlink(missing_ok=True)
    conn = sqlite3.connect(target)
    conn.execute("PRAGMA page_size = 1024")  # small files: the fixtures are committed
    db = Database(conn)
    db.execute("PRAGMA foreign_keys = ON")
    stop = KNOWN_MIGRATIONS[version] if version < len(KNOWN_MIGRATIONS) else None
    migrations.runner().apply(db, stop_before=stop)
    for step in DATA_STEPS[:version]:
        with db.atomic():
            step(db)
    conn.execute(f"PRAGMA user_version = {version}")  # as open_database() of that release left it
    conn.execute("VACUUM")
    conn.execute("PRAGMA journal_mode = WAL")  # the app's files are in WAL mode
    conn.close()
    return target


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else ROOT / "tests" / "fixtures" / "schemas"
    out.mkdir(parents=True, exist_ok=True)
    for version in range(1, len(KNOWN_MIGRATIONS) + 1):
        path = build(version, out / f"schema-{version:04d}.db")
        print(f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}  {path.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
