"""Once a second while someone speaks: update only the rows of whoever is speaking.

On a 1,000-turn day with 200 people, rebuilding the roster, queue and history rows every second only
to find that one person's time moved was most of a tick's work, all of it wasted
(benchmarks/actions.py times the tick). Between commands only open turns grow, so only their
speakers' roster and queue rows and the open turns' history rows can change.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Protocol

from moderator_app.domain.balance import PersonTotals, is_facilitator
from moderator_app.domain.clock import Instant
from moderator_app.domain.snapshot import SessionSnapshot
from moderator_app.domain.timer import Intervention
from moderator_app.ui.models.tables import InterventionRow, QueueRow, RosterRow

if TYPE_CHECKING:
    from moderator_app.domain.timer import Intervention
    from moderator_app.ui.widgets.panels import HistoryPanel, QueuePanel, RosterPanel


class LiveTables(Protocol):
    """The three tables, and where the open turns found for a snapshot are kept (the window's refresh)."""

    roster_panel: RosterPanel
    queue_panel: QueuePanel
    history_panel: HistoryPanel
    _open_turns: tuple[SessionSnapshot, list[Intervention]] | None


def follow_speakers(
    window: LiveTables, snapshot: SessionSnapshot, totals: Mapping[str, PersonTotals], now: Instant
) -> bool:
    """Replace the rows of the open turns and their speakers; False when the tables must be rebuilt
    (they do not show this snapshot's people and turns yet)."""
    roster, queue, history = window.roster_panel.model, window.queue_panel.model, window.history_panel.model
    cached = window._open_turns
    if cached is None or cached[0] is not snapshot:  # once per command, not once a second
        cached = (snapshot, [i for i in reversed(snapshot.interventions) if i.is_open])
        window._open_turns = cached
    open_turns = cached[1]
    if not open_turns:
        return False
    if roster.rowCount() != len(snapshot.participants) or history.rowCount() != len(snapshot.interventions):
        return False
    empty = PersonTotals()
    for turn in open_turns:
        person = snapshot.participant(turn.participant_id)
        history.replace_row(
            turn.id, InterventionRow(turn, person, snapshot.segment(turn.segment_id), turn.speaking_seconds(now))
        )
        if person is None:
            continue
        spoken = totals.get(person.id, empty)
        not_yet = not is_facilitator(person) and spoken.counted_interventions == 0
        roster.replace_row(person.id, RosterRow(person, spoken, True, not_yet))
        for entry in snapshot.queue:
            if entry.participant_id == person.id:
                queue.replace_row(entry.id, QueueRow(entry, person, spoken, not_yet))
    return True
