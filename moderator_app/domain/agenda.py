"""The session clock and agenda: elapsed against planned, the current segment and what is left of it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from moderator_app.domain.clock import Instant, seconds_between
from moderator_app.domain.session import AgendaProgress, Segment, Session
from moderator_app.domain.text import ValidationError


def ordered(segments: Sequence[Segment]) -> list[Segment]:
    return sorted(segments, key=lambda segment: (segment.position, segment.title))


def start_session(session: Session, segments: Sequence[Segment], now: Instant) -> Session:
    if session.started is not None and session.ended_at is None:
        raise ValidationError("The session is already running.")
    if session.ended_at is not None:
        raise ValidationError("The session has ended; use Session → Resume ended session to carry on.")
    first = ordered(segments)[0] if segments else None
    return replace(
        session,
        started=now,
        ended_at=None,
        current_segment_id=first.id if first else None,
        segment_started=now if first else None,
    )


def end_session(session: Session, now: Instant) -> Session:
    if session.started is None:
        raise ValidationError("The session has not started yet.")
    if session.ended_at is not None:
        raise ValidationError("The session has already ended.")
    return replace(session, ended_at=now.wall)


def next_segment(session: Session, segments: Sequence[Segment], now: Instant) -> Session:
    """Move to the segment after the current one (the first, if none is current)."""
    if session.ended_at is not None:
        raise ValidationError("The session has ended; use Session → Resume ended session to carry on.")
    agenda = ordered(segments)
    if not agenda:
        raise ValidationError("This session has no agenda segments; add some in Edit → Session details and agenda.")
    ids = [segment.id for segment in agenda]
    if session.current_segment_id in ids:
        index = ids.index(session.current_segment_id) + 1
        if index >= len(agenda):
            raise ValidationError("“{title}” is the last segment of the agenda.", title=agenda[-1].title)
    else:
        index = 0
    started = session.started or now
    return replace(session, started=started, current_segment_id=agenda[index].id, segment_started=now)


def progress(session: Session, segments: Sequence[Segment], now: Instant) -> AgendaProgress:
    agenda = ordered(segments)
    planned = session.planned_minutes * 60.0 if session.planned_minutes else None
    if session.started is None:
        elapsed = 0.0
    elif session.ended_at is not None:
        elapsed = max(0.0, (session.ended_at - session.started.wall).total_seconds())
    else:
        elapsed = seconds_between(session.started, now)
    current = next((s for s in agenda if s.id == session.current_segment_id), None)
    upcoming: Segment | None
    if current is None:
        upcoming = agenda[0] if agenda and session.started is None else None
        return AgendaProgress(elapsed, planned, None, 0.0, None, upcoming)
    if session.segment_started is None:
        segment_elapsed = 0.0
    elif session.ended_at is not None:
        # Like the session clock, the segment clock stops when the session ends.
        segment_elapsed = max(0.0, (session.ended_at - session.segment_started.wall).total_seconds())
    else:
        segment_elapsed = seconds_between(session.segment_started, now)
    remaining = current.planned_minutes * 60.0 - segment_elapsed if current.planned_minutes else None
    index = agenda.index(current)
    upcoming = agenda[index + 1] if index + 1 < len(agenda) else None
    return AgendaProgress(elapsed, planned, current, segment_elapsed, remaining, upcoming)
