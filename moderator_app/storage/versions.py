"""When each item of a session last changed: kept in storage rows and in the session file, not the domain.

A merge of two copies of a session needs, for every participant, segment, intervention, queue entry and
note, the time it was last edited, and for each queue the time its order last changed. The domain
dataclasses do not carry these times: they are a fact about the stored copy, not about the session,
and keeping them out leaves every domain function, equality and test as it was.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any

from moderator_app.storage.json_fields import FieldReader

if TYPE_CHECKING:
    from moderator_app.storage.connection import AppDatabase

#: (kind, id): kinds are the tables' items; ("session", id) is the session's own fields, and
#: ("queue_order", "main" | "remote") when each queue's order last changed.
Key = tuple[str, str]
Versions = dict[Key, datetime]

TABLES = {
    "participant": "participants",
    "segment": "segments",
    "intervention": "interventions",
    "queue": "queue_entries",
    "note": "notes",
}
#: The session file's list for each kind (queue entries are in two lists).
DOCUMENT_LISTS = {
    "participant": ("participants",),
    "segment": ("segments",),
    "intervention": ("interventions",),
    "queue": ("queue", "remote_queue"),
    "note": ("notes",),
}
QUEUE_COLUMNS = {"main": "queue_updated_at", "remote": "remote_queue_updated_at"}


def _dt(value: Any) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def stamp_rows(
    db: AppDatabase, table: str, rows: list[dict[str, Any]], now: datetime, *, ignore: Iterable[str] = ()
) -> list[dict[str, Any]]:
    """Give each row ``updated_at``: its stored one if nothing else in it changed, else ``now``.

    A command rewrites more rows than it edits (the whole agenda, a whole queue); only the rows
    whose content changed count as edited, so a merge does not take an untouched row for a later edit.
    """
    skip = {"updated_at", *ignore}
    ids = [row["id"] for row in rows]
    existing: dict[str, dict[str, Any]] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        cursor = db.execute(f"SELECT * FROM {table} WHERE id IN ({','.join('?' for _ in chunk)})", chunk)
        columns = [c[0] for c in cursor.description]
        for values in cursor.fetchall():
            row = dict(zip(columns, values, strict=True))
            existing[row["id"]] = row
    for row in rows:
        old = existing.get(row["id"])
        unchanged = (
            old is not None
            and old.get("updated_at")
            and all(old.get(key) == value for key, value in row.items() if key not in skip)
        )
        row["updated_at"] = old["updated_at"] if unchanged and old else now.isoformat()
    return rows


def with_versions(rows: Iterable[dict[str, Any]], kind: str, versions: Mapping[Key, datetime], now: datetime):  # type: ignore[no-untyped-def]
    """Rows stamped with the versions given (an import keeps the file's), else ``now``."""
    for row in rows:
        when = versions.get((kind, row["id"]))
        yield {**row, "updated_at": (when or now).isoformat()}


def touch_queue(db: AppDatabase, session_id: str, channel: str, now: datetime) -> None:
    db.execute(f"UPDATE sessions SET {QUEUE_COLUMNS[channel]} = ? WHERE id = ?", [now.isoformat(), session_id])


def load_versions(db: AppDatabase, session_id: str) -> Versions:
    """Every stored item's last change (items without one, from before migration 0005's backfill, are left out)."""
    versions: Versions = {}
    row = db.execute(
        "SELECT updated_at, queue_updated_at, remote_queue_updated_at FROM sessions WHERE id = ?", [session_id]
    ).fetchone()
    if row is None:
        return versions
    for key, value in (
        (("session", session_id), row[0]),
        (("queue_order", "main"), row[1]),
        (("queue_order", "remote"), row[2]),
    ):
        if (when := _dt(value)) is not None:
            versions[key] = when
    for kind, table in TABLES.items():
        for item_id, value in db.execute(f"SELECT id, updated_at FROM {table} WHERE session_id = ?", [session_id]):
            if (when := _dt(value)) is not None:
                versions[(kind, item_id)] = when
    return versions


def annotate_document(document: dict[str, Any], versions: Mapping[Key, datetime]) -> dict[str, Any]:
    """Add ``updated_at`` to the session and each item of an exported document, and the queues' times."""
    session = document["session"]
    for key, name in (
        (("session", session["id"]), "updated_at"),
        (("queue_order", "main"), "queue_updated_at"),
        (("queue_order", "remote"), "remote_queue_updated_at"),
    ):
        when = versions.get(key)
        session[name] = when.isoformat() if when else None
    for kind, lists in DOCUMENT_LISTS.items():
        for name in lists:
            for item in document.get(name) or []:
                when = versions.get((kind, item["id"]))
                item["updated_at"] = when.isoformat() if when else None
    return document


def read_versions(document: Any) -> Versions:
    """The ``updated_at`` times of a (checked) session file; optional, so files of older apps read as unknown."""
    versions: Versions = {}
    top = FieldReader(document, "file")
    session = FieldReader(top.raw("session", required=True), "session")
    session_id = session.text("id", required=True, maximum=100)
    for key, name in (
        (("session", session_id), "updated_at"),
        (("queue_order", "main"), "queue_updated_at"),
        (("queue_order", "remote"), "remote_queue_updated_at"),
    ):
        if (when := session.when(name)) is not None:
            versions[key] = when
    for kind, lists in DOCUMENT_LISTS.items():
        for name in lists:
            for item in top.objects(name):
                if (when := item.when("updated_at")) is not None:
                    versions[(kind, item.text("id", required=True, maximum=100))] = when
    return versions
