"""Reading sessions by event (read-only): the names of the events, and one event's sessions.

An event's statistics need each session's details, roster and turns, nothing else; they are read
with three queries for the whole event (not three per session), and the notes, queues and agenda
are not read at all. 300 sessions of a forum make 300 sessions' worth of rows, not 2,400 queries.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from moderator_app.domain.event_stats import SessionData
from moderator_app.domain.session import Participant
from moderator_app.domain.timer import Intervention
from moderator_app.storage.repository import (
    SessionRepository,
    intervention_from_row,
    participant_from_row,
    session_from_row,
)


class UnknownEventError(LookupError):
    """No session belongs to an event of that name."""

    def __init__(self, name: str) -> None:
        super().__init__(
            f"no sessions belong to an event called {name!r} (see 'stats --event' with a name listed by the app)"
        )
        self.name = name


def list_event_names(repository: SessionRepository) -> list[str]:
    """Every event named by at least one session, in alphabetical order (case-insensitive)."""
    rows = repository.db.execute("SELECT DISTINCT event FROM sessions WHERE event != ''").fetchall()
    return sorted((row[0] for row in rows), key=lambda name: (name.casefold(), name))


def _rows(repository: SessionRepository, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    cursor = repository.db.execute(sql, params)
    columns = [column[0] for column in cursor.description]
    return [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]


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
    interventions: dict[str, list[Intervention]] = defaultdict(list)
    for row in _rows(
        repository,
        "SELECT i.* FROM interventions i JOIN sessions s ON s.id = i.session_id WHERE s.event = ?"
        " ORDER BY i.session_id, i.rowid",
        [name],
    ):
        interventions[row["session_id"]].append(intervention_from_row(row))
    return [(session, tuple(participants[session.id]), tuple(interventions[session.id])) for session in sessions]
