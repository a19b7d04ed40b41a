"""Live sharing's storage: the log of a shared document's updates, and the items another laptop wrote.

The log (``sync_updates``, migration 0009) keeps each shared session's document updates in order,
so a restarted laptop rebuilds the document. :func:`write_items` stores the items another laptop
changed, and only those, inside the caller's numbered transaction.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

from moderator_app.domain.changes import ATTENDANCE_ID, Part
from moderator_app.domain.rapporteur import Attendance, StoredSection
from moderator_app.domain.snapshot import SessionSnapshot
from moderator_app.storage.errors import write_transaction
from moderator_app.storage.reports import ReportRepository
from moderator_app.storage.rows import (
    contingent_rows,
    intervention_row,
    note_row,
    participant_row,
    queue_rows,
    segment_row,
    session_row,
)
from moderator_app.storage.versions import stamp_rows, touch_queue

if TYPE_CHECKING:
    from moderator_app.storage.connection import AppDatabase


# -- the log -----------------------------------------------------------------------------------
def logged_updates(db: AppDatabase, session_id: str) -> list[bytes]:
    """The session's document updates, in the order they were stored."""
    rows = db.execute("SELECT payload FROM sync_updates WHERE session_id = ? ORDER BY seq", [session_id])
    return [bytes(row[0]) for row in rows.fetchall()]


def log_updates(db: AppDatabase, session_id: str, updates: Sequence[bytes]) -> int:
    """Add ``updates`` after the session's last one (none: only count); how many the log now holds."""
    if not updates:
        return int(db.execute("SELECT COUNT(*) FROM sync_updates WHERE session_id = ?", [session_id]).fetchone()[0])
    with write_transaction(db):
        last, count = db.execute(
            "SELECT COALESCE(MAX(seq), 0), COUNT(*) FROM sync_updates WHERE session_id = ?", [session_id]
        ).fetchone()
        db.conn.executemany(
            "INSERT INTO sync_updates (session_id, seq, payload) VALUES (?, ?, ?)",
            [(session_id, last + number, update) for number, update in enumerate(updates, start=1)],
        )
    return int(count) + len(updates)


def compact_log(db: AppDatabase, session_id: str, state: bytes) -> None:
    """Replace the session's log by one update holding the whole document (``state``)."""
    with write_transaction(db):
        db.execute("DELETE FROM sync_updates WHERE session_id = ?", [session_id])
        db.execute("INSERT INTO sync_updates (session_id, seq, payload) VALUES (?, 1, ?)", [session_id, state])


# -- the items another laptop changed ------------------------------------------------------------
def write_items(
    db: AppDatabase,
    incoming: SessionSnapshot,
    ids: Mapping[Part, frozenset[str]],
    *,
    sections: Mapping[str, StoredSection],
    attendance: Attendance,
    now: datetime,
) -> None:
    """Store the items ``ids`` names as ``incoming`` holds them: added or edited when it has them,
    removed when it has not. The other rows are left as they are.

    Rows are written before the rows they point to are removed, and removed after the rows that
    point to them, so the foreign keys hold at every statement. Report ids are
    ``"<template>:<section>"``, or ATTENDANCE_ID.
    """
    session_id = incoming.session.id
    with write_transaction(db):
        if Part.SESSION in ids:
            db.update("sessions", {"id": session_id}, session_row(incoming.session, now=now))
        people = [participant_row(p, place) for place, p in enumerate(incoming.participants)]
        queue = [*queue_rows(session_id, incoming.queue), *queue_rows(session_id, incoming.remote_queue, "remote")]
        tables: list[tuple[Part, str, list[dict[str, Any]]]] = [
            (Part.PARTICIPANTS, "participants", people),
            (Part.SEGMENTS, "segments", [segment_row(s) for s in incoming.segments]),
            (Part.INTERVENTIONS, "interventions", [intervention_row(i) for i in incoming.interventions]),
            (Part.QUEUE, "queue_entries", queue),
            (Part.NOTES, "notes", [note_row(n) for n in incoming.notes]),
        ]
        gone: list[tuple[str, set[str]]] = []
        for part, table, rows in tables:
            named = set(ids.get(part, ()))
            if part is Part.QUEUE:
                named |= ids.get(Part.REMOTE_QUEUE, frozenset())
            kept = [row for row in rows if row["id"] in named]
            if kept:
                db.upsert(table, stamp_rows(db, table, kept, now), key="id")
            gone.append((table, named - {row["id"] for row in kept}))
        for table, removed in reversed(gone):
            for item_id in sorted(removed):
                db.execute(f"DELETE FROM {table} WHERE id = ? AND session_id = ?", [item_id, session_id])
        for part, channel in ((Part.QUEUE, "main"), (Part.REMOTE_QUEUE, "remote")):
            if part in ids:
                touch_queue(db, session_id, channel, now)
        if Part.CONTINGENTS in ids:
            db.execute("DELETE FROM contingents WHERE session_id = ?", [session_id])
            db.insert("contingents", contingent_rows(session_id, incoming.contingents))
        _write_report(db, session_id, ids.get(Part.REPORT, frozenset()), sections, attendance, now)


def _write_report(
    db: AppDatabase,
    session_id: str,
    named: frozenset[str],
    sections: Mapping[str, StoredSection],
    attendance: Attendance,
    now: datetime,
) -> None:
    report = ReportRepository(db)
    for item_id in sorted(named):
        if item_id == ATTENDANCE_ID:
            report.save_attendance(session_id, attendance, now=now)
            continue
        template, _, section = item_id.partition(":")
        stored = sections.get(item_id)
        if stored is None:
            report.reset_section(session_id, template, section)
        else:
            report.save_section(session_id, template, section, stored.text, stored.generated_text, now=now)


def stored_sections(db: AppDatabase, session_id: str) -> dict[str, StoredSection]:
    """Every edited report section of the session, by ``"<template>:<section>"``."""
    rows = db.execute(
        "SELECT template, section, text, generated_text FROM report_sections WHERE session_id = ?", [session_id]
    ).fetchall()
    return {f"{row[0]}:{row[1]}": StoredSection(row[2], row[3]) for row in rows}
