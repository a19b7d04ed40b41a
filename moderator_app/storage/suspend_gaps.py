"""Suspend gaps and the moderator's decisions, kept per session so that a restart does not ask again.

They live in the app_state table (one JSON list per session) rather than a table of their own: they
are a note about how a turn's time was counted, and the time itself is in the intervention row. A
decision and the change to the intervention are written in one transaction.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime

from moderator_app.domain.suspend import SuspendGap
from moderator_app.domain.timer import Intervention
from moderator_app.storage.repository import SessionRepository

STATE_PREFIX = "suspend_gaps:"


def load_gaps(repository: SessionRepository, session_id: str) -> list[SuspendGap]:
    """The session's gaps, oldest first; a damaged entry is skipped rather than stopping the window."""
    raw = repository.get_state(STATE_PREFIX + session_id)
    if not raw:
        return []
    try:
        items = json.loads(raw)
    except ValueError:
        return []
    gaps = []
    for item in items if isinstance(items, list) else []:
        try:
            gaps.append(SuspendGap.from_dict(item))
        except (KeyError, TypeError, ValueError):
            continue
    return gaps


def save_gaps(
    repository: SessionRepository,
    session_id: str,
    gaps: Sequence[SuspendGap],
    *,
    interventions: Sequence[Intervention] = (),
    now: datetime,
) -> None:
    """Write the session's gaps, and the interventions a decision changed, in one commit."""
    with repository.db.transaction():
        if interventions:
            repository.save_live_change(interventions=list(interventions), session_id=session_id, now=now)
        repository.set_state(STATE_PREFIX + session_id, json.dumps([gap.to_dict() for gap in gaps]))
