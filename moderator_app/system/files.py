"""Housekeeping of our own temporary files. No Qt."""

from __future__ import annotations

import time
from pathlib import Path

#: A temporary file this old was left by a write that was killed (a finished write takes seconds).
STALE_AFTER_SECONDS = 600


def remove_stale_partials(folder: Path, pattern: str, *, now: float | None = None) -> list[Path]:
    """Delete our own ``pattern`` temporaries in ``folder`` older than STALE_AFTER_SECONDS.

    A write killed half-way (a crash, ``kill -9``, power loss) leaves its temporary file behind;
    the target itself is whole, but the leftover can be as big as a database. A younger file may
    belong to a write still going on, so it is left alone. Returns what was deleted.
    """
    limit = (time.time() if now is None else now) - STALE_AFTER_SECONDS
    deleted = []
    for path in folder.glob(pattern):
        try:
            if path.is_file() and path.stat().st_mtime < limit:
                path.unlink()
                deleted.append(path)
        except OSError:
            continue  # not ours to insist on: it goes next time
    return deleted


def glob_literal(name: str) -> str:
    """``name`` with glob's special characters made literal."""
    return "".join(f"[{char}]" if char in "*?[" else char for char in name)
