"""Rows and domain objects, both ways: what a session's tables hold and the dataclasses made from them. No Qt."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date, datetime, time
from functools import lru_cache
from typing import Any

from moderator_app.domain.clock import Instant
from moderator_app.domain.enums import (
    Attendance,
    Gender,
    InterventionKind,
    InterventionState,
    Region,
    Role,
    SessionType,
    StakeholderGroup,
)
from moderator_app.domain.notes import Note, NoteTag
from moderator_app.domain.queue import Queue, QueueEntry
from moderator_app.domain.session import Participant, Segment, Session
from moderator_app.domain.steering import Contingent
from moderator_app.domain.timer import Intervention


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _dt(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def _instant_columns(prefix: str, instant: Instant | None) -> dict[str, Any]:
    if instant is None:
        return {f"{prefix}_wall": None, f"{prefix}_mono": None, f"{prefix}_boot": None}
    return {
        f"{prefix}_wall": instant.wall.isoformat(),
        f"{prefix}_mono": instant.monotonic,
        f"{prefix}_boot": instant.boot_id,
    }


def _instant(row: dict[str, Any], prefix: str) -> Instant | None:
    wall = row.get(f"{prefix}_wall")
    if not wall:
        return None
    return Instant(
        monotonic=float(row.get(f"{prefix}_mono") or 0.0),
        wall=datetime.fromisoformat(wall),
        boot_id=str(row.get(f"{prefix}_boot") or ""),
    )


def session_row(session: Session, *, now: datetime) -> dict[str, Any]:
    return {
        "id": session.id,
        "title": session.title,
        "date": session.date.isoformat() if session.date else None,
        "start_time": session.start_time.strftime("%H:%M") if session.start_time else None,
        "timezone": session.timezone,
        "venue": session.venue,
        "format": session.format,
        "planned_minutes": session.planned_minutes,
        "description": session.description,
        "tags": json.dumps(list(session.tags), ensure_ascii=False),
        "organisers": json.dumps(list(session.organisers), ensure_ascii=False),
        "event": session.event,
        "session_code": session.session_code,
        "session_type": session.session_type.value if session.session_type else "",
        "default_allotted_seconds": session.default_allotted_seconds,
        "warning_seconds": session.warning_seconds,
        "balance_reference": session.balance_reference,
        "suggestion_priorities": json.dumps(list(session.suggestion_priorities)),
        **_instant_columns("started", session.started),
        "ended_at": _iso(session.ended_at),
        "current_segment_id": session.current_segment_id,
        **_instant_columns("segment_started", session.segment_started),
        "updated_at": now.isoformat(),
    }


def _session_type(value: object) -> SessionType | None:
    # An unknown value (written by a newer version) reads as no type rather than stopping the session.
    try:
        return SessionType(str(value)) if value else None
    except ValueError:
        return None


def session_from_row(row: dict[str, Any]) -> Session:
    return Session(
        id=row["id"],
        title=row["title"],
        date=date.fromisoformat(row["date"]) if row["date"] else None,
        start_time=time.fromisoformat(row["start_time"]) if row["start_time"] else None,
        timezone=row["timezone"],
        venue=row["venue"],
        format=row["format"],
        planned_minutes=row["planned_minutes"],
        description=row["description"],
        tags=tuple(json.loads(row["tags"] or "[]")),
        organisers=tuple(json.loads(row["organisers"] or "[]")),
        event=row["event"],
        session_code=row.get("session_code") or "",
        session_type=_session_type(row.get("session_type")),
        default_allotted_seconds=row["default_allotted_seconds"],
        warning_seconds=row["warning_seconds"],
        balance_reference=row["balance_reference"],
        suggestion_priorities=tuple(json.loads(row["suggestion_priorities"])),
        started=_instant(row, "started"),
        ended_at=_dt(row["ended_at"]),
        current_segment_id=row["current_segment_id"],
        segment_started=_instant(row, "segment_started"),
    )


def participant_row(participant: Participant, position: int) -> dict[str, Any]:
    return {
        "id": participant.id,
        "session_id": participant.session_id,
        "position": position,
        "name": participant.name,
        "affiliation": participant.affiliation,
        "stakeholder_group": participant.stakeholder_group.value if participant.stakeholder_group else None,
        "gender": participant.gender.value if participant.gender else None,
        "country": participant.country,
        "region": participant.region.value if participant.region else None,
        "roles": json.dumps([role.value for role in participant.roles]),
        "attendance": participant.attendance.value,
    }


def participant_from_row(row: dict[str, Any]) -> Participant:
    return Participant(
        id=row["id"],
        session_id=row["session_id"],
        name=row["name"],
        affiliation=row["affiliation"],
        stakeholder_group=StakeholderGroup(row["stakeholder_group"]) if row["stakeholder_group"] else None,
        gender=Gender(row["gender"]) if row["gender"] else None,
        country=row["country"],
        region=Region(row["region"]) if row["region"] else None,
        roles=tuple(Role(role) for role in json.loads(row["roles"])),
        attendance=Attendance(row["attendance"]),
    )


def segment_row(segment: Segment) -> dict[str, Any]:
    return {
        "id": segment.id,
        "session_id": segment.session_id,
        "position": segment.position,
        "title": segment.title,
        "planned_minutes": segment.planned_minutes,
        "default_allotted_seconds": segment.default_allotted_seconds,
        "remote_queue": int(segment.remote_queue),
    }


def segment_from_row(row: dict[str, Any]) -> Segment:
    return Segment(
        id=row["id"],
        session_id=row["session_id"],
        title=row["title"],
        planned_minutes=row["planned_minutes"],
        position=row["position"],
        default_allotted_seconds=row["default_allotted_seconds"],
        remote_queue=bool(row.get("remote_queue")),
    )


def intervention_row(intervention: Intervention) -> dict[str, Any]:
    return {
        "id": intervention.id,
        "session_id": intervention.session_id,
        "participant_id": intervention.participant_id,
        "segment_id": intervention.segment_id,
        "kind": intervention.kind.value,
        "allotted_seconds": intervention.allotted_seconds,
        "state": intervention.state.value,
        "started_at": intervention.started_at.isoformat(),
        "ended_at": _iso(intervention.ended_at),
        "banked_speaking_seconds": intervention.banked_speaking_seconds,
        "banked_paused_seconds": intervention.banked_paused_seconds,
        "pause_count": intervention.pause_count,
        **_instant_columns("anchor", intervention.anchor),
    }


def intervention_from_row(row: dict[str, Any]) -> Intervention:
    return Intervention(
        id=row["id"],
        session_id=row["session_id"],
        participant_id=row["participant_id"],
        segment_id=row["segment_id"],
        kind=InterventionKind(row["kind"]),
        allotted_seconds=row["allotted_seconds"],
        started_at=datetime.fromisoformat(row["started_at"]),
        state=InterventionState(row["state"]),
        anchor=_instant(row, "anchor"),
        banked_speaking_seconds=row["banked_speaking_seconds"],
        banked_paused_seconds=row["banked_paused_seconds"],
        pause_count=row["pause_count"],
        ended_at=_dt(row["ended_at"]),
    )


def queue_rows(session_id: str, queue: Queue, channel: str = "main") -> list[dict[str, Any]]:
    return [
        {
            "id": entry.id,
            "session_id": session_id,
            "participant_id": entry.participant_id,
            "position": position,
            "kind": entry.kind.value,
            "added_at": entry.added_at.isoformat(),
            "channel": channel,
            "platform": entry.platform,
            "text": entry.text,
        }
        for position, entry in enumerate(queue)
    ]


def contingent_rows(session_id: str, contingents: Iterable[Contingent]) -> list[dict[str, Any]]:
    return [
        {
            "session_id": session_id,
            "stakeholder_group": c.stakeholder_group.value,
            "budget_seconds": c.budget_seconds,
            "added_seconds": c.added_seconds,
        }
        for c in contingents
    ]


def note_row(note: Note) -> dict[str, Any]:
    return {
        "id": note.id,
        "session_id": note.session_id,
        "created_at": note.created_at.isoformat(),
        "text": note.text,
        "tags": json.dumps([tag.value for tag in note.tags]),
        "intervention_id": note.intervention_id,
        "participant_id": note.participant_id,
        "segment_id": note.segment_id,
    }


@lru_cache(maxsize=512)
def _note_tags(stored: str) -> tuple[NoteTag, ...]:
    """A note's tags from their stored JSON; notes share a few tag sets, so each is parsed once."""
    return tuple(NoteTag(tag) for tag in json.loads(stored))


def note_from_row(row: dict[str, Any]) -> Note:
    return Note(
        id=row["id"],
        session_id=row["session_id"],
        created_at=datetime.fromisoformat(row["created_at"]),
        text=row["text"],
        tags=_note_tags(row["tags"]),
        intervention_id=row["intervention_id"],
        participant_id=row["participant_id"],
        segment_id=row["segment_id"],
    )


def queue_entry_from_row(row: dict[str, Any]) -> QueueEntry:
    return QueueEntry(
        id=row["id"],
        participant_id=row["participant_id"],
        kind=InterventionKind(row["kind"]),
        added_at=datetime.fromisoformat(row["added_at"]),
        platform=row.get("platform") or "",
        text=row.get("text") or "",
    )


def _contingent_from_row(row: dict[str, Any]) -> Contingent:
    return Contingent(StakeholderGroup(row["stakeholder_group"]), row["budget_seconds"], row["added_seconds"])


#: The parts of a snapshot, each read by one query; a command reloads only the parts it changed.
