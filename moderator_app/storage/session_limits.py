"""How much one session may hold, checked on a session file before its items are read, and on a merge. No Qt.

The numbers are domain/limits.py's; read at each call, so a test can lower them.
"""

from __future__ import annotations

from moderator_app.domain import limits
from moderator_app.domain.snapshot import SessionSnapshot
from moderator_app.storage.json_fields import FieldReader, SessionFileError


def _lists() -> tuple[tuple[str, int, str], ...]:
    """Each list of a session file, its limit, and what it holds (for the message)."""
    return (
        ("participants", limits.MAX_PEOPLE, "people"),
        ("segments", limits.MAX_SEGMENTS, "segments"),
        ("interventions", limits.MAX_INTERVENTIONS, "interventions"),
        ("notes", limits.MAX_NOTES, "notes"),
        ("queue", limits.MAX_QUEUE, "requests"),
        ("remote_queue", limits.MAX_QUEUE, "requests"),
    )


def check_counts(top: FieldReader) -> None:
    """Refuse a file with more of anything than a session may hold, before any item is read."""
    for key, maximum, what in _lists():
        value = top.raw(key)
        if isinstance(value, list) and len(value) > maximum:
            raise SessionFileError(f"{key}: {too_many_in_session(what, len(value), maximum)}")


def too_many_in_session(what: str, count: int, maximum: int) -> str:
    return limits.too_many(what, count, maximum) + " in one session."


def check_merged_counts(snapshot: SessionSnapshot) -> None:
    """Refuse a merge whose union would hold more of anything than a session may (each copy alone did not)."""
    counts = {
        "participants": len(snapshot.participants),
        "segments": len(snapshot.segments),
        "interventions": len(snapshot.interventions),
        "notes": len(snapshot.notes),
        "queue": len(snapshot.queue),
        "remote_queue": len(snapshot.remote_queue),
    }
    for key, maximum, what in _lists():
        if counts[key] > maximum:
            raise SessionFileError(
                f"Merged with the copy here, the session would have {counts[key]:,} {what}; at most "
                f"{maximum:,} are allowed in one session. Nothing was changed."
            )
