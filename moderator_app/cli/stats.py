"""``moderator-app stats [SESSION] [--json] [--reference …]``: a session's speaking-time balance.

With ``--event NAME`` (and ``--csv FILE``) the figures of every session of an event instead
(cli/event_stats.py).
"""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING

from moderator_app.cli.base import EXIT_OK, EXIT_USAGE, NO_SESSIONS, SubParsers, default_session, fail, with_library

if TYPE_CHECKING:
    from moderator_app.services.library import Library


def add_parser(commands: SubParsers, name: str) -> None:
    stats = commands.add_parser(name, help="speaking-time balance by person, group, gender, region, attendance")
    stats.add_argument("session_id", metavar="SESSION", nargs="?", help="default: the last session opened")
    stats.add_argument("--json", action="store_true", help="print JSON")
    stats.add_argument(
        "--reference",
        choices=["speakers", "took_floor", "everyone"],
        help="whose head count shares are compared with (default: the session's setting)",
    )
    stats.add_argument("--event", metavar="NAME", help="add up every session of this event instead of one session")
    stats.add_argument("--csv", metavar="FILE", help="with --event: also write the rows to this CSV file")


def run(args: argparse.Namespace) -> int:
    if args.event is not None or args.csv:
        from moderator_app.cli.event_stats import run_event_stats

        return with_library(args, lambda library: run_event_stats(library, args))
    return with_library(args, lambda library: _print_stats(library, args))


def _print_stats(library: Library, args: argparse.Namespace) -> int:
    from moderator_app.domain.balance import DIMENSIONS, ReferenceSet, compute_balance
    from moderator_app.domain.formatting import clock_text
    from moderator_app.services.event_stats import row_data

    session_id = default_session(library, args.session_id)
    if session_id is None:
        return fail(NO_SESSIONS, EXIT_USAGE)
    snapshot = library.load(session_id)
    reference = ReferenceSet(args.reference or snapshot.session.balance_reference)
    balance = compute_balance(snapshot.participants, snapshot.interventions, library.clock.now(), reference)
    order = list(DIMENSIONS)
    if args.json:
        data = {
            "session_id": snapshot.session.id,
            "reference": reference.value,
            "total_speaking_seconds": round(balance.total_seconds, 3),
            "facilitation_seconds": round(balance.facilitation_seconds, 3),
            "procedural_seconds": round(balance.procedural_seconds, 3),
            "dimensions": {
                dimension.value: [row_data(row) for row in balance.dimensions[dimension].rows] for dimension in order
            },
            "balance_index": {
                dimension.value: None if (value := balance.dimensions[dimension].index) is None else round(value, 6)
                for dimension in order
            },
            "not_yet_spoken": list(balance.not_yet_spoken),
        }
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return EXIT_OK
    from moderator_app.domain.balance import TITLES as titles
    from moderator_app.services.stats_text import index_text, totals_line

    reference_words = {"speakers": "speakers", "took_floor": "people who took the floor", "everyone": "people"}
    print(f"{snapshot.session.title}")
    print(totals_line(balance.total_seconds, balance.facilitation_seconds, balance.procedural_seconds))
    for dimension in order:
        result = balance.dimensions[dimension]
        index = index_text(result.index)
        print(f"\n{titles[dimension].title}  (balance {index})")
        width = max([len(row.label) for row in result.rows] + [10])
        for row in result.rows:
            label = row.label.ljust(min(width, 40))[:40]
            turns = f"{row.interventions:3d} turn{'' if row.interventions == 1 else 's'}".ljust(9)  # keeps columns
            print(
                f"  {label}  {clock_text(row.seconds):>7}  {row.share * 100:5.1f} % of time  {turns}"
                f"  {row.people_share * 100:5.1f} % of {reference_words[reference.value]}"
            )
    names = {p.id: p.name for p in snapshot.participants}
    print("\nNot yet spoken: " + (", ".join(names[i] for i in balance.not_yet_spoken) or "nobody"))
    return EXIT_OK
