"""Clock strings as moderators read them: 2:05, 1:02:05, +0:12."""

from __future__ import annotations

import math


def clock_text(seconds: float) -> str:
    """Whole seconds, rounded down, as M:SS or H:MM:SS; negative values get a minus sign."""
    sign = "-" if seconds < 0 else ""
    total = math.floor(abs(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{sign}{hours}:{minutes:02d}:{secs:02d}"
    return f"{sign}{minutes}:{secs:02d}"


def countdown_text(remaining_seconds: float) -> str:
    """A countdown that turns into a count-up with a plus once time is up."""
    if remaining_seconds > 0:
        # Round up so the display shows 0:01 until the very last second is over.
        return clock_text(math.ceil(remaining_seconds))
    return "+" + clock_text(-remaining_seconds)
