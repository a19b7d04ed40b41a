"""One of the three laptops of a shared session, as a real process: the real ``share`` or ``join``
command, plus a short script of what that role does, run through the laptop's own console.

``python -m tests.e2e.laptop_driver ROLE STEPS -- [--data-dir DIR] share|join …``. Once the
session is shared (the host) or has arrived (a joiner), the laptop does ``STEPS`` things its role
does, a few milliseconds apart, while the others do theirs: the onsite moderator gives the floor,
ends turns, takes a point of order and calls the queue; the online moderator takes remote
requests down; the rapporteur writes notes. It prints ``DONE`` when its script is over, and
``STATE <digest>`` after everything it does or receives, the digest of its session as stored: the
test waits until the three digests agree, then stops the three commands and compares the libraries.

A scripted session of realistic length in a few seconds: ``SESSION_CLOCK`` (in the environment)
``"<steady>,<wall>,<speed>"`` runs the laptop's clock ``speed`` times faster than real time from a
moment the three processes share (a steady reading, CLOCK_BOOTTIME, system-wide, and a wall time),
so the three agree on the session's time as real laptops do; ``STEP_SECONDS`` spaces the steps.
"""

from __future__ import annotations

import asyncio
import hashlib
import os
import sys
from datetime import UTC, datetime
from typing import Any

from moderator_app.cli.main import main
from moderator_app.domain.clock import Instant
from moderator_app.domain.enums import InterventionKind
from moderator_app.domain.session import ParticipantDraft
from moderator_app.domain.snapshot import SessionSnapshot
from moderator_app.domain.suspend import SleepReading
from moderator_app.services.library import Library
from moderator_app.sync import headless
from moderator_app.sync.shared_session import SharedSession
from moderator_app.system import clock as clocks

#: Between two steps of a laptop's script: the three laptops' work interleaves on the link.
STEP_SECONDS = float(os.environ.get("STEP_SECONDS", "0.02"))


def session_clock(setting: str) -> type[clocks.SystemClock]:
    """The system clock run ``speed`` times faster from a shared moment (``"steady,wall,speed"``)."""
    steady_text, wall_text, speed_text = setting.split(",")
    steady0, speed = float(steady_text), float(speed_text)
    wall0 = datetime.fromtimestamp(float(wall_text), UTC)

    class SessionTimeClock(clocks.SystemClock):
        def now(self) -> Instant:
            real = super().now()
            steady = steady0 + (real.monotonic - steady0) * speed
            wall = wall0 + (real.wall - wall0) * speed
            return Instant(steady, wall.astimezone(real.wall.tzinfo), real.boot_id)

        def sleep_reading(self) -> SleepReading:
            real = super().sleep_reading()
            return SleepReading(steady0 + (real.steady - steady0) * speed, real.asleep, real.boot_id)

    return SessionTimeClock


def digest(snapshot: SessionSnapshot) -> str:
    """The session as stored, items in id order (the rows' order of arrival differs between laptops)."""
    parts = [
        repr(snapshot.session),
        *sorted(map(repr, snapshot.participants)),
        *sorted(map(repr, snapshot.segments)),
        *sorted(map(repr, snapshot.interventions)),
        *sorted(map(repr, snapshot.notes)),
        *sorted(map(repr, snapshot.contingents)),
        repr(snapshot.queue),
        repr(snapshot.remote_queue),
    ]
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:16]


def say_state(library: Library, session_id: str) -> None:
    if library.exists(session_id):
        print(f"STATE {digest(library.load(session_id))}", flush=True)


async def moderate(library: Library, session_id: str, steps: int) -> None:
    console = library.open_console(session_id)
    for number in range(steps):
        await asyncio.sleep(STEP_SECONDS)
        snapshot = console.snapshot
        if number % 5 == 4:
            someone = snapshot.participants[number % len(snapshot.participants)]
            console.enqueue(someone.id, InterventionKind.POINT_OF_ORDER)
        elif snapshot.current_intervention is not None and number % 3 == 0:
            console.end_intervention()
        elif snapshot.queue or snapshot.remote_queue:
            console.next_speaker()
        else:
            console.enqueue(snapshot.participants[number % len(snapshot.participants)].id)
        say_state(library, session_id)


async def take_requests(library: Library, session_id: str, steps: int) -> None:
    console = library.open_console(session_id)
    for number in range(steps):
        await asyncio.sleep(STEP_SECONDS)
        if number % 4 == 0:
            person = console.add_participant(ParticipantDraft(name=f"Remote participant {number}"))
            console.add_remote(participant_id=person.id, platform="Zoom chat", text=f"Question {number}")
        else:
            console.add_remote(name=f"Viewer {number}", platform="YouTube", text=f"Comment {number}")
        say_state(library, session_id)


async def write_notes(library: Library, session_id: str, steps: int) -> None:
    console = library.open_console(session_id)
    for number in range(steps):
        await asyncio.sleep(STEP_SECONDS)
        console.add_note(f"Rapporteur's note {number}: capacity building needs local trainers", ("key_issue",))
        say_state(library, session_id)


SCRIPTS = {"moderator": moderate, "online-moderator": take_requests, "rapporteur": write_notes}


def run(argv: list[str]) -> int:
    role, steps, separator, *command = argv
    assert separator == "--"
    started: list[asyncio.Task[None]] = []

    async def play(library: Library, session_id: str) -> None:
        while not library.exists(session_id):  # a joiner: the session arrives with the first update
            await asyncio.sleep(STEP_SECONDS)
        await SCRIPTS[role](library, session_id, int(steps))
        print("DONE", flush=True)

    def open_document(library: Library, session_id: str) -> Any:
        shared = SharedSession(library, session_id)
        pull = shared.pull

        def pulled(*, origin: str) -> Any:
            change = pull(origin=origin)
            say_state(library, session_id)
            return change

        shared.pull = pulled  # type: ignore[method-assign]
        started.append(asyncio.get_running_loop().create_task(play(library, session_id)))
        return shared

    headless.open_shared_session = open_document  # type: ignore[assignment]
    if "SESSION_CLOCK" in os.environ:
        clocks.SystemClock = session_clock(os.environ["SESSION_CLOCK"])  # type: ignore[misc]
    return main(command)


if __name__ == "__main__":
    sys.exit(run(sys.argv[1:]))
