"""Reading and writing sessions: domain dataclasses in, rows out, one transaction per change."""

from __future__ import annotations

import dataclasses
import functools
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from moderator_app.domain.notes import Note
from moderator_app.domain.queue import Queue
from moderator_app.domain.session import Participant, Segment, Session
from moderator_app.domain.snapshot import SessionSnapshot, SessionSummary
from moderator_app.domain.steering import Contingent
from moderator_app.domain.text import clean_line
from moderator_app.domain.timer import Intervention
from moderator_app.storage.errors import damaged_on_reading, write_transaction
from moderator_app.storage.rows import (  # other modules import these from here too
    _contingent_from_row,
    contingent_rows,
    intervention_from_row,
    intervention_row,
    note_from_row,
    note_row,
    participant_from_row,
    participant_row,
    queue_entry_from_row,
    queue_rows,
    segment_from_row,
    segment_row,
    session_from_row,
    session_row,
)
from moderator_app.storage.versions import Key, stamp_rows, touch_queue, with_versions

if TYPE_CHECKING:
    from moderator_app.storage.connection import AppDatabase


class UnknownSessionError(LookupError):
    """The requested session is not in this data folder."""

    def __init__(self, session_id: str) -> None:
        super().__init__(
            f"No session with id '{session_id}' in this data folder; "
            "run 'moderator-app sessions' to list the ones there are."
        )


PARTS = ("session", "participants", "segments", "interventions", "queue", "remote_queue", "notes", "contingents")
_PART_QUERIES: dict[str, tuple[str, Any]] = {
    "participants": (
        "SELECT * FROM participants WHERE session_id = ? ORDER BY position, rowid",
        participant_from_row,
    ),
    "segments": ("SELECT * FROM segments WHERE session_id = ? ORDER BY position, rowid", segment_from_row),
    "interventions": ("SELECT * FROM interventions WHERE session_id = ? ORDER BY rowid", intervention_from_row),
    "queue": (
        "SELECT * FROM queue_entries WHERE session_id = ? AND channel = 'main' ORDER BY position",
        queue_entry_from_row,
    ),
    "remote_queue": (
        "SELECT * FROM queue_entries WHERE session_id = ? AND channel = 'remote' ORDER BY position",
        queue_entry_from_row,
    ),
    "notes": ("SELECT * FROM notes WHERE session_id = ? ORDER BY created_at, rowid", note_from_row),
    "contingents": ("SELECT * FROM contingents WHERE session_id = ? ORDER BY rowid", _contingent_from_row),
}


_R = TypeVar("_R")


def _reading(method: Callable[..., _R]) -> Callable[..., _R]:
    """Rows that cannot be read (damage the start-up check could not see) raise CorruptDatabaseError.

    So the window and the commands take the recovery path (the newest good backup offered) instead
    of failing with a traceback; other errors go on unchanged.
    """

    @functools.wraps(method)
    def read(self: SessionRepository, *args: Any, **kwargs: Any) -> _R:
        try:
            return method(self, *args, **kwargs)
        except (sqlite3.Error, ValueError) as error:
            row = self.db.conn.execute("PRAGMA database_list").fetchone()
            damage = damaged_on_reading(Path(row[2]) if row and row[2] else Path("moderator.db"), error)
            if damage is None:
                raise
            raise damage from error

    return read


#: The app_state key of the library's change number (domain/changes.py: ``Change.sequence``).
CHANGE_SEQUENCE_KEY = "change_seq"


class NumberedWrite:
    """The number a write took; known once its transaction's statements have all run."""

    sequence = 0


class SessionRepository:
    """All reads and writes of session data. Every public write commits before it returns."""

    def __init__(self, db: AppDatabase) -> None:
        self.db = db

    # -- reading ---------------------------------------------------------------
    @_reading
    def list_sessions(self) -> list[SessionSummary]:
        rows = self.db.execute("SELECT id, title, date, updated_at FROM sessions ORDER BY date DESC, title").fetchall()
        return [SessionSummary(row[0], row[1], date.fromisoformat(row[2]) if row[2] else None, row[3]) for row in rows]

    def exists(self, session_id: str) -> bool:
        return bool(self.db.execute("SELECT 1 FROM sessions WHERE id = ?", [session_id]).fetchone())

    def _rows(self, sql: str, params: Sequence[Any]) -> list[dict[str, Any]]:
        cursor = self.db.execute(sql, params)
        columns = [column[0] for column in cursor.description]
        return [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]

    @_reading
    def load(self, session_id: str) -> SessionSnapshot:
        rows = self._rows("SELECT * FROM sessions WHERE id = ?", [session_id])
        if not rows:
            raise UnknownSessionError(session_id)
        parts = {part: self._load_part(session_id, part) for part in PARTS if part != "session"}
        return SessionSnapshot(session=session_from_row(rows[0]), **parts)  # type: ignore[arg-type]

    @_reading
    def reload_parts(self, snapshot: SessionSnapshot, parts: Iterable[str]) -> SessionSnapshot:
        """The snapshot with only ``parts`` read again (after a command that changed only those)."""
        session_id = snapshot.session.id
        updates: dict[str, Any] = {}
        for part in parts:
            if part == "session":
                rows = self._rows("SELECT * FROM sessions WHERE id = ?", [session_id])
                if not rows:
                    raise UnknownSessionError(session_id)
                updates["session"] = session_from_row(rows[0])
            else:
                updates[part] = self._load_part(session_id, part)
        return dataclasses.replace(snapshot, **updates)

    def _load_part(self, session_id: str, part: str) -> tuple[Any, ...]:
        query, build = _PART_QUERIES[part]
        return tuple(build(row) for row in self._rows(query, [session_id]))

    # -- writing ---------------------------------------------------------------
    def insert_snapshot(
        self,
        snapshot: SessionSnapshot,
        *,
        now: datetime,
        replace: bool = False,
        versions: dict[Key, datetime] | None = None,
    ) -> None:
        """Store a whole session in one transaction (import, demo); all or nothing.

        ``versions`` (from the file) keep each item's last change; items without one get ``now``.
        """
        session_id = snapshot.session.id
        v = versions or {}
        with write_transaction(self.db):
            if replace:
                self._delete_children(session_id)
                self.db.execute("DELETE FROM sessions WHERE id = ?", [session_id])
            row = session_row(snapshot.session, now=v.get(("session", session_id), now))
            row["created_at"] = now.isoformat()
            for channel, column in (("main", "queue_updated_at"), ("remote", "remote_queue_updated_at")):
                row[column] = v.get(("queue_order", channel), now).isoformat()
            self.db.insert("sessions", [row])
            self.db.insert(
                "participants",
                with_versions(
                    (participant_row(p, position) for position, p in enumerate(snapshot.participants)),
                    "participant",
                    v,
                    now,
                ),
            )
            self.db.insert("segments", with_versions(map(segment_row, snapshot.segments), "segment", v, now))
            self.db.insert(
                "interventions", with_versions(map(intervention_row, snapshot.interventions), "intervention", v, now)
            )
            self.db.insert("queue_entries", with_versions(queue_rows(session_id, snapshot.queue), "queue", v, now))
            self.db.insert(
                "queue_entries", with_versions(queue_rows(session_id, snapshot.remote_queue, "remote"), "queue", v, now)
            )
            self.db.insert("contingents", contingent_rows(session_id, snapshot.contingents))
            self.db.insert("notes", with_versions(map(note_row, snapshot.notes), "note", v, now))

    # -- notes -----------------------------------------------------------------
    def save_note(self, note: Note, *, now: datetime) -> None:
        """Insert or replace one note (committed before returning)."""
        with write_transaction(self.db):
            self.db.upsert("notes", stamp_rows(self.db, "notes", [note_row(note)], now), key="id")

    def delete_note(self, note_id: str) -> None:
        with write_transaction(self.db):
            self.db.execute("DELETE FROM notes WHERE id = ?", [note_id])

    def search_notes(self, session_id: str, query: str) -> list[str]:
        """Ids of the session's notes matching ``query`` (words; quoted so any text is safe), best first."""
        words = clean_line(query).split()  # control characters (NUL…) are never part of a search
        if not words:
            return []
        quoted = " ".join('"' + word.replace('"', '""') + '"*' for word in words)
        # The index holds each note's session as one word (migration 0007: "s" + the id's UTF-8 in
        # hex), so the match itself keeps this session's notes: a common word is not looked up and
        # ranked in every session of the library.
        session_key = "s" + session_id.encode("utf-8", "surrogatepass").hex()
        rows = self.db.execute(
            "SELECT notes.id FROM notes_fts JOIN notes ON notes.rowid = notes_fts.rowid "
            "WHERE notes_fts MATCH ? AND notes.session_id = ? ORDER BY rank",
            [f"session_key:{session_key} AND ({quoted})", session_id],
        ).fetchall()
        return [row[0] for row in rows]

    def save_contingents(self, session_id: str, contingents: Iterable[Contingent]) -> None:
        """Replace the session's contingents in one transaction."""
        with write_transaction(self.db):
            self.db.execute("DELETE FROM contingents WHERE session_id = ?", [session_id])
            self.db.insert("contingents", contingent_rows(session_id, contingents))

    def _delete_children(self, session_id: str) -> None:
        for table in (
            "report_sections",
            "report_attendance",
            "notes",
            "contingents",
            "queue_entries",
            "interventions",
            "participants",
            "segments",
        ):
            self.db.execute(f"DELETE FROM {table} WHERE session_id = ?", [session_id])

    def save_session(self, session: Session, *, now: datetime) -> None:
        row = session_row(session, now=now)
        with write_transaction(self.db):
            self.db.update("sessions", {"id": session.id}, row)

    def save_participant(self, participant: Participant, *, now: datetime) -> None:
        with write_transaction(self.db):
            existing = self.db.execute("SELECT position FROM participants WHERE id = ?", [participant.id]).fetchone()
            if existing:
                position = existing[0]
            else:
                position = self.db.execute(
                    "SELECT COALESCE(MAX(position) + 1, 0) FROM participants WHERE session_id = ?",
                    [participant.session_id],
                ).fetchone()[0]
            row = stamp_rows(self.db, "participants", [participant_row(participant, position)], now)[0]
            self.db.upsert("participants", [row], key="id")

    def delete_participant(self, participant_id: str) -> None:
        """Remove someone and their places in both queues; the places after theirs move up.

        Stored positions stay equal to the places in the queue, so that a later write of the queue
        changes exactly the rows of the entries it moves.
        """
        with write_transaction(self.db):
            row = self.db.execute("SELECT session_id FROM participants WHERE id = ?", [participant_id]).fetchone()
            self.db.execute("DELETE FROM queue_entries WHERE participant_id = ?", [participant_id])
            self.db.execute("DELETE FROM participants WHERE id = ?", [participant_id])
            if row is None:
                return
            for channel in ("main", "remote"):
                ids = self.db.execute(
                    "SELECT id FROM queue_entries WHERE session_id = ? AND channel = ? ORDER BY position",
                    [row[0], channel],
                ).fetchall()
                self.db.conn.executemany(
                    "UPDATE queue_entries SET position = ? WHERE id = ? AND position != ?",
                    [(place, entry[0], place) for place, entry in enumerate(ids)],
                )

    def count_interventions_of(self, participant_id: str) -> int:
        return int(
            self.db.execute("SELECT COUNT(*) FROM interventions WHERE participant_id = ?", [participant_id]).fetchone()[
                0
            ]
        )

    def save_details(self, session: Session, segments: Iterable[Segment], *, now: datetime) -> None:
        """A session's details and its agenda in one transaction."""
        with write_transaction(self.db):
            self.save_session(session, now=now)
            self.save_segments(session.id, segments, now=now)

    def save_segments(self, session_id: str, segments: Iterable[Segment], *, now: datetime) -> None:
        """Replace the agenda; segments still referenced by interventions must be kept by the caller."""
        with write_transaction(self.db):
            keep = stamp_rows(self.db, "segments", [segment_row(s) for s in segments], now)
            ids = [row["id"] for row in keep]
            placeholders = ",".join("?" for _ in ids) or "''"
            self.db.execute(
                f"DELETE FROM segments WHERE session_id = ? AND id NOT IN ({placeholders})",
                [session_id, *ids],
            )
            self.db.upsert("segments", keep, key="id")

    def save_live_change(
        self,
        *,
        session: Session | None = None,
        interventions: Iterable[Intervention] = (),
        queue: Queue | None = None,
        remote_queue: Queue | None = None,
        notes: Iterable[Note] = (),
        session_id: str,
        now: datetime,
    ) -> None:
        """One moderator action (next speaker, pause, next segment…) in one transaction."""
        with write_transaction(self.db):
            if session is not None:
                self.db.update("sessions", {"id": session.id}, session_row(session, now=now))
            for intervention in interventions:
                row = stamp_rows(self.db, "interventions", [intervention_row(intervention)], now)[0]
                self.db.upsert("interventions", [row], key="id")
            channels = [(channel, entries) for channel, entries in (("main", queue), ("remote", remote_queue))]
            # Stamped before the channels are cleared: an entry only moved keeps its time, the queue's order gets now.
            written = {
                channel: stamp_rows(
                    self.db, "queue_entries", queue_rows(session_id, entries, channel), now, ignore=["position"]
                )
                for channel, entries in channels
                if entries is not None
            }
            # Both channels are cleared before either is written: an entry moving from the remote
            # queue to the main one (interleave) keeps its id, which must not exist twice meanwhile.
            for channel, entries in channels:
                if entries is not None:
                    self.db.execute(
                        "DELETE FROM queue_entries WHERE session_id = ? AND channel = ?", [session_id, channel]
                    )
            for channel, rows in written.items():
                self.db.insert("queue_entries", rows)
                touch_queue(self.db, session_id, channel, now)
            for note in notes:
                self.db.upsert("notes", stamp_rows(self.db, "notes", [note_row(note)], now), key="id")

    # -- change numbers ----------------------------------------------------------
    @contextmanager
    def numbered_write(self) -> Iterator[NumberedWrite]:
        """One transaction around the writes inside it that also takes the library's next change number.

        The number is taken last, in the same transaction: a write that fails is rolled back with
        its number, so numbers go up by one per committed change, and they survive a restart.
        """
        ticket = NumberedWrite()
        with write_transaction(self.db):
            yield ticket
            row = self.db.execute(
                "UPDATE app_state SET value = CAST(value AS INTEGER) + 1 WHERE key = ? RETURNING value",
                [CHANGE_SEQUENCE_KEY],
            ).fetchone()
            if row is None:
                self.db.execute("INSERT INTO app_state (key, value) VALUES (?, 1)", [CHANGE_SEQUENCE_KEY])
            ticket.sequence = int(row[0]) if row is not None else 1

    def raise_change_sequence(self, at_least: int) -> None:
        """Make the last change number ``at_least`` (never lower it): a restored backup carries an older one."""
        if self.change_sequence() < at_least:
            self.set_state(CHANGE_SEQUENCE_KEY, str(at_least))

    def change_sequence(self) -> int:
        """The number of the library's last committed change (0 before the first)."""
        value = self.get_state(CHANGE_SEQUENCE_KEY)
        return int(value) if value else 0

    # -- application state -----------------------------------------------------
    def get_state(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM app_state WHERE key = ?", [key]).fetchone()
        return row[0] if row else None

    def set_state(self, key: str, value: str) -> None:
        with write_transaction(self.db):
            self.db.upsert("app_state", [{"key": key, "value": value}], key="key")
