"""The session file written: a snapshot as the portable JSON document, and that document to disk.

Reading a file back, with its checks and clear errors, is storage/session_file.py; the two keep
the same keys (docs/session-file.md lists them).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from moderator_app import __version__
from moderator_app.domain.clock import Instant
from moderator_app.domain.queue import QueueEntry
from moderator_app.domain.rapporteur import Attendance as AttendanceFigures
from moderator_app.domain.snapshot import SessionSnapshot
from moderator_app.system.atomic import write_bytes_atomic

FORMAT = "moderator-app.session"
VERSION = 1


def _instant_doc(instant: Instant | None) -> dict[str, Any] | None:
    if instant is None:
        return None
    return {"wall": instant.wall.isoformat(), "monotonic": instant.monotonic, "boot_id": instant.boot_id}


def to_document(snapshot: SessionSnapshot, *, now: Instant) -> dict[str, Any]:
    """The JSON document for a session; live timer state is kept so a round trip loses nothing."""
    s = snapshot.session
    return {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": now.wall.isoformat(),
        "exported_by": f"moderator-app {__version__}",
        "session": {
            "id": s.id,
            "title": s.title,
            "date": s.date.isoformat() if s.date else None,
            "start_time": s.start_time.strftime("%H:%M") if s.start_time else None,
            "timezone": s.timezone,
            "venue": s.venue,
            "format": s.format,
            "planned_minutes": s.planned_minutes,
            "description": s.description,
            "tags": list(s.tags),
            "organisers": list(s.organisers),
            "event": s.event,
            "session_code": s.session_code,
            "session_type": s.session_type.value if s.session_type else None,
            "default_allotted_seconds": s.default_allotted_seconds,
            "warning_seconds": s.warning_seconds,
            "started_at": s.started.wall.isoformat() if s.started else None,
            "ended_at": s.ended_at.isoformat() if s.ended_at else None,
            "current_segment_id": s.current_segment_id,
            "live": {"started": _instant_doc(s.started), "segment_started": _instant_doc(s.segment_started)},
        },
        "participants": [
            {
                "id": p.id,
                "name": p.name,
                "affiliation": p.affiliation,
                "stakeholder_group": p.stakeholder_group.value if p.stakeholder_group else None,
                "gender": p.gender.value if p.gender else None,
                "country": p.country or None,
                "region": p.region.value if p.region else None,
                "roles": [role.value for role in p.roles],
                "attendance": p.attendance.value,
            }
            for p in snapshot.participants
        ],
        "segments": [
            {
                "id": seg.id,
                "title": seg.title,
                "planned_minutes": seg.planned_minutes,
                "position": seg.position,
                "default_allotted_seconds": seg.default_allotted_seconds,
                "remote_queue": seg.remote_queue,
            }
            for seg in snapshot.segments
        ],
        "interventions": [
            {
                "id": i.id,
                "participant_id": i.participant_id,
                "segment_id": i.segment_id,
                "kind": i.kind.value,
                "allotted_seconds": i.allotted_seconds,
                "started_at": i.started_at.isoformat(),
                "ended_at": i.ended_at.isoformat() if i.ended_at else None,
                "paused_seconds": round(i.paused_seconds(now), 3),
                "speaking_seconds": round(i.speaking_seconds(now), 3),
                "pause_count": i.pause_count,
                "live": {
                    "state": i.state.value,
                    "banked_speaking_seconds": i.banked_speaking_seconds,
                    "banked_paused_seconds": i.banked_paused_seconds,
                    "anchor": _instant_doc(i.anchor),
                },
            }
            for i in snapshot.interventions
        ],
        "queue": _queue_doc(snapshot.queue),
        "remote_queue": _queue_doc(snapshot.remote_queue),
        "notes": [
            {
                "id": n.id,
                "created_at": n.created_at.isoformat(),
                "text": n.text,
                "tags": [tag.value for tag in n.tags],
                "intervention_id": n.intervention_id,
                "participant_id": n.participant_id,
                "segment_id": n.segment_id,
            }
            for n in snapshot.notes
        ],
        "balance": {
            "reference": s.balance_reference,
            "suggestion_priorities": list(s.suggestion_priorities),
            "contingents": [
                {
                    "stakeholder_group": c.stakeholder_group.value,
                    "budget_seconds": c.budget_seconds,
                    "added_seconds": c.added_seconds,
                }
                for c in snapshot.contingents
            ],
        },
    }


def _queue_doc(queue: tuple[QueueEntry, ...]) -> list[dict[str, Any]]:
    return [
        {
            "id": e.id,
            "participant_id": e.participant_id,
            "position": position,
            "kind": e.kind.value,
            "added_at": e.added_at.isoformat(),
            "platform": e.platform,
            "text": e.text,
        }
        for position, e in enumerate(queue)
    ]


def write_document(document: dict[str, Any], target: Path) -> None:
    """Write atomically: the file is either the whole new export or the old one."""
    write_bytes_atomic(Path(target), json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8"))


# -- reading -----------------------------------------------------------------------------------


def attendance_document(attendance: AttendanceFigures) -> dict[str, Any] | None:
    """The ``attendance`` object of a session file; None when nothing is stated (the key is left out)."""
    if attendance == AttendanceFigures():
        return None
    return {
        "participants_onsite": attendance.participants_onsite,
        "participants_online": attendance.participants_online,
        "women": attendance.women,
        "gender_extent": attendance.gender_extent,
        "gender_summary": attendance.gender_summary,
    }
