"""Store a merged session in one transaction: all of it or, on any failure, nothing."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from moderator_app.storage.errors import write_transaction
from moderator_app.storage.merge import MergeResult
from moderator_app.storage.repository import (
    contingent_rows,
    intervention_row,
    note_row,
    participant_row,
    queue_rows,
    segment_row,
    session_row,
)
from moderator_app.storage.versions import QUEUE_COLUMNS, with_versions

if TYPE_CHECKING:
    from moderator_app.storage.connection import AppDatabase

#: Children rewritten by a merge, in an order the foreign keys allow; the report's tables are not touched.
_REWRITTEN = ("notes", "queue_entries", "interventions", "contingents", "participants", "segments")


def apply_merge(db: AppDatabase, result: MergeResult, *, now: datetime) -> bool:
    """Write the merged session over the stored one; False (and no write at all) when nothing changed."""
    if not result.summary.changed:
        return False
    s = result.snapshot
    session_id = s.session.id
    v = result.versions
    with write_transaction(db):
        for table in _REWRITTEN:
            db.execute(f"DELETE FROM {table} WHERE session_id = ?", [session_id])
        row = session_row(s.session, now=v.get(("session", session_id), now))
        for channel, column in QUEUE_COLUMNS.items():
            row[column] = v.get(("queue_order", channel), now).isoformat()
        db.update("sessions", {"id": session_id}, row)
        db.insert(
            "participants",
            with_versions((participant_row(p, n) for n, p in enumerate(s.participants)), "participant", v, now),
        )
        db.insert("segments", with_versions(map(segment_row, s.segments), "segment", v, now))
        db.insert("interventions", with_versions(map(intervention_row, s.interventions), "intervention", v, now))
        for channel, entries in (("main", s.queue), ("remote", s.remote_queue)):
            db.insert("queue_entries", with_versions(queue_rows(session_id, entries, channel), "queue", v, now))
        db.insert("contingents", contingent_rows(session_id, s.contingents))
        db.insert("notes", with_versions(map(note_row, s.notes), "note", v, now))
    return True
