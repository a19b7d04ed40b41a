"""``moderator-app status [SESSION] [--json]``: who has the floor, the timer and the queue."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING

from moderator_app.cli.base import EXIT_OK, EXIT_USAGE, NO_SESSIONS, SubParsers, default_session, fail, with_library

if TYPE_CHECKING:
    from moderator_app.services.library import Library


def add_parser(commands: SubParsers, name: str) -> None:
    status = commands.add_parser(name, help="show who has the floor, the timer and the queue")
    status.add_argument("session_id", metavar="SESSION", nargs="?", help="default: the last session opened")
    status.add_argument("--json", action="store_true", help="print JSON")


def run(args: argparse.Namespace) -> int:
    return with_library(args, lambda library: _print_status(library, args))


def _print_status(library: Library, args: argparse.Namespace) -> int:
    from moderator_app.domain import agenda, timer
    from moderator_app.domain.formatting import clock_text, countdown_text

    session_id = default_session(library, args.session_id)
    if session_id is None:
        return fail(NO_SESSIONS, EXIT_USAGE)
    snapshot = library.load(session_id)
    now = library.clock.now()
    current = snapshot.current_intervention
    reading = timer.read_timer(current, now, snapshot.session.warning_seconds)
    progress = agenda.progress(snapshot.session, snapshot.segments, now)
    speaker = snapshot.participant(current.participant_id) if current else None
    queue = [snapshot.participant(entry.participant_id) for entry in snapshot.queue]
    data = {
        "session": {"id": snapshot.session.id, "title": snapshot.session.title},
        "elapsed_seconds": round(progress.session_elapsed_seconds, 3),
        "segment": progress.segment.title if progress.segment else None,
        "intervention": None
        if current is None
        else {
            "id": current.id,
            "participant_id": current.participant_id,
            "speaker": speaker.name if speaker else None,
            "state": current.state.value,
            "phase": reading.phase.value,
            "speaking_seconds": round(reading.speaking_seconds, 3),
            "allotted_seconds": reading.allotted_seconds,
        },
        "queue": [{"participant_id": p.id, "name": p.name} for p in queue if p is not None],
        "participants": len(snapshot.participants),
        "interventions": len(snapshot.interventions),
    }
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return EXIT_OK
    print(snapshot.session.title)
    print(
        f"  session clock  {clock_text(progress.session_elapsed_seconds)}"
        + (f"  segment: {progress.segment.title}" if progress.segment else "")
    )
    if current is None or speaker is None:
        print("  nobody has the floor")
    else:
        shown = (
            countdown_text(reading.remaining_seconds)
            if reading.remaining_seconds is not None
            else clock_text(reading.speaking_seconds)
        )
        print(f"  {speaker.name}: {shown} ({current.state.value}, {reading.phase.value})")
    print("  queue: " + (", ".join(p.name for p in queue if p is not None) or "empty"))
    return EXIT_OK
