"""Reading sessions by event (read-only): the names of the events, and one event's sessions.

An event's statistics need each session's details, roster and turns, nothing else; they are read
with three queries for the whole event (not three per session), and the notes, queues and agenda
are not read at all. 300 sessions of a forum make 300 sessions' worth of rows, not 2,400 queries.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime
from typing import Any

from moderator_app.domain.enums import InterventionKind, InterventionState
from moderator_app.domain.event_stats import SessionData
from moderator_app.domain.session import Participant
from moderator_app.domain.timer import Intervention
from moderator_app.storage.errors import UnknownEventError
from moderator_app.storage.repository import (
    SessionRepository,
    intervention_from_row,
    participant_from_row,
    session_from_row,
)


def list_event_names(repository: SessionRepository) -> list[str]:
    """Every event named by at least one session, in alphabetical order (case-insensitive)."""
    rows = repository.db.execute("SELECT DISTINCT event FROM sessions WHERE event != ''").fetchall()
    return sorted((row[0] for row in rows), key=lambda name: (name.casefold(), name))


def _rows(repository: SessionRepository, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    cursor = repository.db.execute(sql, params)
    columns = [column[0] for column in cursor.description]
    return [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]


_ENDED_COLUMNS = (
    "id, session_id, participant_id, segment_id, kind, allotted_seconds, started_at,"
    " banked_speaking_seconds, banked_paused_seconds, pause_count, ended_at"
)


def _interventions(repository: SessionRepository, name: str) -> dict[str, list[Intervention]]:
    """The event's turns by session, in the order they were recorded.

    Finished turns (nearly all of them) are built from their tuples directly, without a dict per
    row or an Enum call per value: a forum's 60,000 turns load in a fraction of the time.
    Open turns go through the repository's own reader.
    """
    kinds = {kind.value: kind for kind in InterventionKind}
    ended = InterventionState.ENDED
    fromisoformat = datetime.fromisoformat
    found: dict[str, list[tuple[int, Intervention]]] = defaultdict(list)
    cursor = repository.db.execute(
        f"SELECT i.rowid, {', '.join('i.' + c.strip() for c in _ENDED_COLUMNS.split(','))}"
        " FROM interventions i JOIN sessions s ON s.id = i.session_id WHERE s.event = ? AND i.state = ?",
        [name, ended.value],
    )
    for rowid, iid, sid, pid, segment, kind, allotted, started, speaking, paused, pauses, end in cursor:
        found[sid].append(
            (
                rowid,
                Intervention(
                    iid,
                    sid,
                    pid,
                    segment,
                    kinds[kind],
                    allotted,
                    fromisoformat(started),
                    ended,
                    None,
                    speaking,
                    paused,
                    pauses,
                    fromisoformat(end) if end else None,
                ),
            )
        )
    for row in _rows(
        repository,
        "SELECT i.rowid AS row_number, i.* FROM interventions i JOIN sessions s ON s.id = i.session_id"
        " WHERE s.event = ? AND i.state != ?",
        [name, ended.value],
    ):
        found[row["session_id"]].append((row["row_number"], intervention_from_row(row)))
    result: dict[str, list[Intervention]] = defaultdict(list)
    for sid, items in found.items():
        items.sort(key=lambda item: item[0])
        result[sid] = [intervention for _, intervention in items]
    return result


def sessions_of_event(repository: SessionRepository, name: str) -> list[SessionData]:
    """The event's sessions (by date, then title), each with its roster and its turns.

    Raises UnknownEventError when no session belongs to ``name``.
    """
    sessions = [
        session_from_row(row)
        for row in _rows(repository, "SELECT * FROM sessions WHERE event = ? ORDER BY date, title, id", [name])
    ]
    if not sessions:
        raise UnknownEventError(name)
    participants: dict[str, list[Participant]] = defaultdict(list)
    for row in _rows(
        repository,
        "SELECT p.* FROM participants p JOIN sessions s ON s.id = p.session_id WHERE s.event = ?"
        " ORDER BY p.session_id, p.position, p.rowid",
        [name],
    ):
        participants[row["session_id"]].append(participant_from_row(row))
    interventions = _interventions(repository, name)
    return [(session, tuple(participants[session.id]), tuple(interventions[session.id])) for session in sessions]
