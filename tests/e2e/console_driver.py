"""A headless moderator for crash tests: drives the real console, acknowledges each commit, waits to be killed.

Run as ``python -m tests.e2e.console_driver --data-dir DIR [--scenario running|paused|chaos]`` from
the checkout. Every line on stdout is one JSON object describing an action *after* the console
returned from it (so after its transaction committed), except the last, ``READY``. The process
then sleeps until it is killed; the test kills it with SIGKILL and checks that every
acknowledged action is still on disk.

The ``chaos`` scenario (the fault-injection suite, tests/faults/) never prints READY: it first
prints a ``resume`` line (what the restarted console shows), then runs random moderator actions
from ``--seed`` until it is killed, see tests/e2e/chaos_driver.py.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Sequence
from typing import Any

from moderator_app.domain.clock import Instant
from moderator_app.domain.enums import InterventionKind
from moderator_app.domain.session import Participant, ParticipantDraft
from moderator_app.domain.timer import Intervention
from moderator_app.services.console import SessionConsole
from moderator_app.services.sessions import ensure_demo
from moderator_app.storage.database import open_database
from moderator_app.storage.repository import SessionRepository
from moderator_app.system.clock import SystemClock
from moderator_app.system.paths import AppPaths
from moderator_app.system.resources import regions
from moderator_app.system.writer_lock import WINDOW_ROLE, WriterLock

# From the demo session (resources/data/demo-session.json).
MATTHEW_SHEARS = "7c1d2e5a-2017-4c1d-9e1f-100000000007"
DAVID_DUREN = "7c1d2e5a-2017-4c1d-9e1f-100000000005"


def _instant(instant: Instant | None) -> dict[str, Any] | None:
    if instant is None:
        return None
    return {"monotonic": instant.monotonic, "wall": instant.wall.isoformat(), "boot_id": instant.boot_id}


def intervention_doc(intervention: Intervention) -> dict[str, Any]:
    return {
        "id": intervention.id,
        "participant_id": intervention.participant_id,
        "segment_id": intervention.segment_id,
        "kind": intervention.kind.value,
        "allotted_seconds": intervention.allotted_seconds,
        "state": intervention.state.value,
        "started_at": intervention.started_at.isoformat(),
        "ended_at": intervention.ended_at.isoformat() if intervention.ended_at else None,
        "banked_speaking_seconds": intervention.banked_speaking_seconds,
        "banked_paused_seconds": intervention.banked_paused_seconds,
        "pause_count": intervention.pause_count,
        "anchor": _instant(intervention.anchor),
    }


def participant_doc(participant: Participant) -> dict[str, Any]:
    return {
        "id": participant.id,
        "name": participant.name,
        "affiliation": participant.affiliation,
        "stakeholder_group": participant.stakeholder_group.value if participant.stakeholder_group else None,
        "gender": participant.gender.value if participant.gender else None,
        "country": participant.country,
        "region": participant.region.value if participant.region else None,
        "roles": [role.value for role in participant.roles],
        "attendance": participant.attendance.value,
    }


class Acknowledger:
    """Prints what the console committed, reading it back from the console's reloaded snapshot."""

    def __init__(self, console: SessionConsole) -> None:
        self.console = console

    def __call__(self, action: str, **fields: Any) -> None:
        snapshot = self.console.snapshot
        line = {
            "action": action,
            **fields,
            "queue": [
                {"id": entry.id, "participant_id": entry.participant_id, "kind": entry.kind.value}
                for entry in snapshot.queue
            ],
        }
        sys.stdout.write(json.dumps(line, ensure_ascii=False) + "\n")
        sys.stdout.flush()


def run_running(console: SessionConsole, ack: Acknowledger) -> None:
    """Roster and queue changes, one ended turn, then a turn left running."""
    layla = console.add_participant(
        ParticipantDraft(
            name="ليلى حسن",
            affiliation="Arab Digital Rights Network",
            stakeholder_group="civil_society",
            gender="woman",
            country="EG",
            roles=("participant",),
            attendance="remote",
        )
    )
    ack("add_participant", participant=participant_doc(console.snapshot.participant(layla.id)))
    entry = console.enqueue(layla.id, InterventionKind.QUESTION)
    ack("enqueue", entry_id=entry.id, participant_id=layla.id)
    entry = console.enqueue(MATTHEW_SHEARS, InterventionKind.REPLY)  # a reply jumps to the head of the queue
    ack("enqueue", entry_id=entry.id, participant_id=MATTHEW_SHEARS)
    first = console.next_speaker()
    ack("next_speaker", intervention=intervention_doc(first))
    ended = console.end_intervention()
    ack("end_intervention", intervention=intervention_doc(ended))
    running = console.next_speaker()
    ack("next_speaker", intervention=intervention_doc(running))
    withdrawn = next(entry for entry in console.snapshot.queue if entry.participant_id == DAVID_DUREN)
    console.withdraw(withdrawn.id)
    ack("withdraw", entry_id=withdrawn.id)


def run_paused(console: SessionConsole, ack: Acknowledger, speak_seconds: float) -> None:
    """A turn that spoke, paused, resumed, spoke again and was left paused."""
    started = console.next_speaker()
    ack("next_speaker", intervention=intervention_doc(started))
    time.sleep(speak_seconds)  # the speaker talks
    ack("pause", intervention=intervention_doc(console.toggle_timer()))
    time.sleep(speak_seconds / 2)  # an interruption
    ack("resume", intervention=intervention_doc(console.toggle_timer()))
    time.sleep(speak_seconds)
    ack("pause", intervention=intervention_doc(console.toggle_timer()))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", required=True)
    parser.add_argument("--scenario", choices=("running", "paused", "chaos"), default="running")
    parser.add_argument("--seed", type=int, default=0, help="chooses the chaos scenario's actions")
    parser.add_argument("--speak-seconds", type=float, default=0.4, help="how long a speaker talks (paused scenario)")
    parser.add_argument("--lock-wait", type=float, default=30.0, help="seconds to wait for the data folder")
    args = parser.parse_args(argv)

    paths = AppPaths.resolve(args.data_dir)
    # The driver stands in for the window, so it holds the data folder the way the window does; a
    # kill -9 drops the lock with the process, which is what lets the next start in.
    lock = WriterLock(paths.data_dir, WINDOW_ROLE)
    lock.acquire(args.lock_wait)
    db = open_database(paths.database, backup_dir=paths.backups)
    repository = SessionRepository(db)
    clock = SystemClock()
    session_id = ensure_demo(repository, clock)
    console = SessionConsole(repository, clock, session_id, regions=regions())
    if args.scenario == "chaos":
        from tests.e2e.chaos_driver import run_chaos

        run_chaos(console, db, paths, clock, seed=args.seed)  # returns only when killed
        return 0
    ack = Acknowledger(console)
    ack(
        "open_session",
        session_id=session_id,
        participants=[participant_doc(p) for p in console.snapshot.participants],
    )
    if args.scenario == "running":
        run_running(console, ack)
    else:
        run_paused(console, ack, args.speak_seconds)
    # The database is deliberately left open: a kill -9 must find the WAL as the app leaves it.
    sys.stdout.write("READY\n")
    sys.stdout.flush()
    while True:
        time.sleep(3600)


if __name__ == "__main__":
    sys.exit(main())
