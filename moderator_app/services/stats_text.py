"""Plain-text pieces shared by the per-session and the event-wide `stats` tables."""

from __future__ import annotations

from moderator_app.domain.formatting import clock_text


def totals_line(total: float, facilitation: float, procedural: float) -> str:
    """Substantive time, with the time counted apart."""
    return (
        f"  substantive speaking time {clock_text(total)}"
        f"  (facilitation {clock_text(facilitation)},"
        f" points of order {clock_text(procedural)})"
    )


def index_text(index: float | None) -> str:
    return "–" if index is None else f"{index * 100:.0f} %"
