"""``moderator-app stats --event NAME [--json] [--csv FILE]``: an event's figures as JSON, a table or a CSV file.

The JSON rows have the shape of a session's ``stats --json`` rows (services/event_stats.py); the
CSV is the one the Event statistics dialog exports.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from moderator_app.cli.base import EXIT_OK, EXIT_USAGE, fail
from moderator_app.domain.balance import GROUP_DIMENSIONS, TITLES, ReferenceSet
from moderator_app.domain.event_stats import EventStats
from moderator_app.domain.formatting import clock_text
from moderator_app.services.errors import UnknownEventError
from moderator_app.services.event_stats import FURTHEST_LIMIT, event_data, write_csv
from moderator_app.services.library import Library
from moderator_app.services.stats_text import index_text, totals_line


def run_event_stats(library: Library, args: argparse.Namespace) -> int:
    """The ``stats --event`` command."""
    if args.event is None or args.session_id:
        return fail(
            "--csv needs --event NAME" if args.event is None else "give a SESSION or --event, not both", EXIT_USAGE
        )
    reference = ReferenceSet(args.reference) if args.reference else None
    try:
        stats = library.event_stats(args.event, reference)
        if args.csv:
            write_csv(Path(args.csv), stats)
    except UnknownEventError as error:
        return fail(str(error.args[0]), EXIT_USAGE)
    except OSError as error:
        if not args.csv:
            raise
        # Written to a temporary file beside it: name the file the user asked for.
        return fail(f"cannot write {args.csv}: {error.strerror or error}")
    if args.json:
        print(json.dumps(event_data(args.event, stats, reference), ensure_ascii=False, indent=2))
    else:
        print_table(args.event, stats)
    return EXIT_OK


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
