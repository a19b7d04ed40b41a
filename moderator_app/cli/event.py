"""`moderator-app stats --event NAME`: an event's figures as JSON, a table or a CSV file. No Qt.

The JSON rows have the shape of a session's `stats --json` rows; the CSV export (also used by the
Event statistics dialog) is formula-safe and written atomically.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from moderator_app.domain.balance import GROUP_DIMENSIONS, TITLES, BalanceRow, ReferenceSet
from moderator_app.domain.clock import Instant
from moderator_app.domain.event_stats import EventStats, event_stats
from moderator_app.domain.formatting import clock_text
from moderator_app.reports import csv_export
from moderator_app.services.stats_text import index_text, totals_line
from moderator_app.storage.events import sessions_of_event
from moderator_app.storage.repository import SessionRepository

FURTHEST_LIMIT = 10
CSV_HEADER = ["dimension", "key", "label", "seconds", "share", "interventions", "people", "people_share"]


def load_event_stats(
    repository: SessionRepository, name: str, now: Instant, reference: ReferenceSet | None = None
) -> EventStats:
    """Read the event's sessions and add up their balances; UnknownEventError if it has none."""
    return event_stats(sessions_of_event(repository, name), now, reference)


def row_data(row: BalanceRow) -> dict[str, Any]:
    """One row as `stats --json` writes it, per session and per event alike."""
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


def csv_text(stats: EventStats) -> str:
    """One line per group of every dimension; every cell formula-safe."""
    return csv_export.csv_text(csv_rows(stats))


def write_csv(target: Path, stats: EventStats) -> None:
    """Write the CSV (UTF-8 with a byte-order mark, for spreadsheets) atomically."""
    csv_export.write_csv(target, csv_rows(stats))


def print_table(name: str, stats: EventStats) -> None:
    print(f"{name}: {stats.sessions} session{'' if stats.sessions == 1 else 's'}")
    print(totals_line(stats.total_seconds, stats.facilitation_seconds, stats.procedural_seconds))
    for dimension in GROUP_DIMENSIONS:
        result = stats.dimensions[dimension]
        index = index_text(result.index)
        print(f"\n{TITLES[dimension].title}  (balance {index})")
        for row in result.rows:
            label = row.label.ljust(30)[:30]
            turns = f"{row.interventions:5d} turn{'' if row.interventions == 1 else 's'}".ljust(11)
            print(
                f"  {label}  {clock_text(row.seconds):>9}  {row.share * 100:5.1f} % of time  {turns}"
                f"  {row.people:5d} people  {row.people_share * 100:5.1f} % of people"
            )
    furthest = stats.furthest_from_balance(FURTHEST_LIMIT)
    print(f"\nFurthest from balance ({TITLES[stats.furthest_dimension].title.lower()}):")
    for item in furthest:
        print(f"  {(item.index or 0.0) * 100:3.0f} %  {item.title}  ({item.session_id})")
    if not furthest:
        print("  none: nobody has spoken yet")


def run_event_stats(repository: SessionRepository, now: Instant, name: str, args: Any) -> None:
    """The `stats --event` command; UnknownEventError and OSError are reported by the caller."""
    reference = ReferenceSet(args.reference) if args.reference else None
    stats = load_event_stats(repository, name, now, reference)
    if args.csv:
        write_csv(Path(args.csv), stats)
    if args.json:
        print(json.dumps(event_data(name, stats, reference), ensure_ascii=False, indent=2))
    else:
        print_table(name, stats)
