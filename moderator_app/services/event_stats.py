"""An event's figures as data: the JSON shape of ``stats --json`` rows, and the CSV export. No Qt.

The command line prints them (cli/event_stats.py) and the Event statistics dialog exports the same
CSV; the figures themselves come from :meth:`~moderator_app.services.library.Library.event_stats`.
The CSV is formula-safe and written atomically.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from moderator_app.domain.balance import GROUP_DIMENSIONS, BalanceRow, ReferenceSet
from moderator_app.domain.event_stats import EventStats
from moderator_app.reports import csv_export

#: How many sessions the "furthest from balance" list names.
FURTHEST_LIMIT = 10
CSV_HEADER = ["dimension", "key", "label", "seconds", "share", "interventions", "people", "people_share"]


def row_data(row: BalanceRow) -> dict[str, Any]:
    """One balance row as `stats --json` writes it, per session and per event alike."""
    return {
        "key": row.key,
        "label": row.label,
        "seconds": round(row.seconds, 3),
        "share": round(row.share, 6),
        "interventions": row.interventions,
        "people": row.people,
        "people_share": round(row.people_share, 6),
    }


def event_data(name: str, stats: EventStats, reference: ReferenceSet | None) -> dict[str, Any]:
    """The whole event as `stats --event NAME --json` writes it."""
    return {
        "event": name,
        "sessions": stats.sessions,
        "reference": reference.value if reference else "per_session",
        "total_speaking_seconds": round(stats.total_seconds, 3),
        "facilitation_seconds": round(stats.facilitation_seconds, 3),
        "procedural_seconds": round(stats.procedural_seconds, 3),
        "dimensions": {
            dimension.value: [row_data(row) for row in stats.dimensions[dimension].rows]
            for dimension in GROUP_DIMENSIONS
        },
        "balance_index": {
            dimension.value: None if (index := stats.dimensions[dimension].index) is None else round(index, 6)
            for dimension in GROUP_DIMENSIONS
        },
        "furthest_from_balance_on": stats.furthest_dimension.value,
        "furthest_from_balance": [
            {"session_id": item.session_id, "title": item.title, "index": round(item.index or 0.0, 6)}
            for item in stats.furthest_from_balance(FURTHEST_LIMIT)
        ],
    }


def csv_rows(stats: EventStats) -> list[list[object]]:
    """The header, then one line per group of every dimension."""
    rows: list[list[object]] = [list(CSV_HEADER)]
    for dimension in GROUP_DIMENSIONS:
        for row in stats.dimensions[dimension].rows:
            data = row_data(row)
            rows.append([dimension.value, *(data[key] for key in CSV_HEADER[1:])])
    return rows


def write_csv(target: Path, stats: EventStats) -> None:
    """Write the CSV (UTF-8 with a byte-order mark, for spreadsheets) atomically."""
    csv_export.write_csv(target, csv_rows(stats))
