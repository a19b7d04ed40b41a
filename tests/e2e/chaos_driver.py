"""The console driver's ``chaos`` scenario: random moderator actions in a loop, each announced and acknowledged.

Used by the fault-injection suite (tests/faults/), which kills this process with SIGKILL at
random moments and then checks the data folder. Protocol, one JSON object per stdout line:

* ``{"resume": ...}`` first, once the console has opened the session: who has the floor and the
  speaking time the console shows at ``t`` (the monotonic clock the app itself uses,
  CLOCK_BOOTTIME on Linux, which every process on the machine shares).
* ``{"call": n, "action": ..., "t": ...}`` just *before* a command is called: from here on the
  command is "in doubt" (it may or may not have committed if the process dies).
* ``{"ack": n, "action": ..., "t": ...}`` just *after* the command returned (its transaction
  committed), with what it did (ids, texts) and the queue and floor as the console now holds them.

Actions are chosen by a seeded random generator; roughly half follow each other with no pause at
all (so a kill often lands inside a commit), the rest after a short, typing-like pause.
"""

from __future__ import annotations

import hashlib
import json
import random
import sys
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from moderator_app.domain.enums import InterventionKind, InterventionState
from moderator_app.domain.text import ValidationError
from moderator_app.services.console import SessionConsole
from moderator_app.storage.backups import backup_files, take_backup, thin_folder
from moderator_app.storage.connection import AppDatabase
from moderator_app.system.clock import SystemClock
from moderator_app.system.paths import AppPaths
from tests.e2e.console_driver import intervention_doc

#: Where the scenario writes its report exports, inside the data folder.
EXPORT_NAME = "exports/report.md"
#: Queue length the scenario keeps to (it enqueues below it, withdraws above it).
QUEUE_TARGET = 6
#: Hostile-looking note text is data: markup, a formula, RTL, quotes, SQL.
NOTE_SAMPLES = (
    "Agrees with the previous speaker on data localisation",
    "<b>not bold</b> & =SUM(A1:A9) '; DROP TABLE notes; --",
    "حرية التعبير على الإنترنت — question from the floor",
    "Follow up: multistakeholder model, capacity building\nsecond line",
    "\u202eRTL override\u202c and emoji 🎤",
)
TAGS = ("action", "question", "quote", "agreement", "key_issue")
QUEUE_KINDS = (InterventionKind.INTERVENTION, InterventionKind.QUESTION, InterventionKind.REPLY)
#: How far each backup's simulated clock moves past the newest backup: every tier of the thinning rule.
BACKUP_STEPS_MINUTES = (5, 5, 20, 70, 400, 1500, 4000, 12000)


def _emit(line: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(line, ensure_ascii=False) + "\n")
    sys.stdout.flush()


def _floor(console: SessionConsole) -> dict[str, Any] | None:
    current = console.snapshot.current_intervention
    return None if current is None else {"id": current.id, "state": current.state.value}


def _queues(console: SessionConsole) -> dict[str, list[str]]:
    return {
        "queue": [entry.id for entry in console.snapshot.queue],
        "remote": [entry.id for entry in console.snapshot.remote_queue],
    }


class Chaos:
    """One driver process: the console, the database it writes through, and a seeded generator."""

    def __init__(
        self, console: SessionConsole, db: AppDatabase, paths: AppPaths, clock: SystemClock, seed: int
    ) -> None:
        self.console = console
        self.db = db
        self.paths = paths
        self.clock = clock
        self.rng = random.Random(seed)
        self.seed = seed
        self.count = 0

    def now(self) -> float:
        return self.clock.now().monotonic

    def resume_line(self) -> None:
        now = self.clock.now()
        reading = self.console.reading(now)
        current = reading.intervention
        _emit(
            {
                "resume": True,
                "t": now.monotonic,
                "session_id": self.console.session_id,
                "intervention": intervention_doc(current) if current else None,
                "speaking_seconds": reading.timer.speaking_seconds if current else None,
                "notes": len(self.console.snapshot.notes),
                **_queues(self.console),
            }
        )

    def step(self, action: str, call: dict[str, Any], command: Callable[[], dict[str, Any]]) -> None:
        """Announce, run, acknowledge: the ack is printed only after the command (and its commit) returned."""
        self.count += 1
        _emit({"call": self.count, "action": action, "t": self.now(), **call})
        try:
            result = command()
        except ValidationError as error:  # refused before anything was written, as the window would show it
            result = {"refused": str(error)}
        _emit(
            {
                "ack": self.count,
                "action": action,
                "t": self.now(),
                **result,
                "floor": _floor(self.console),
                **_queues(self.console),
            }
        )

    def choose(self) -> str:
        snapshot = self.console.snapshot
        current = snapshot.current_intervention
        weights = {
            "add_note": 30,
            "edit_note": 8 if snapshot.notes else 0,
            "delete_note": 2 if snapshot.notes else 0,
            "enqueue": 15 if len(snapshot.queue) < QUEUE_TARGET else 1,
            "withdraw": 5 if len(snapshot.queue) > QUEUE_TARGET // 2 else 0,
            "move": 5 if len(snapshot.queue) >= 2 else 0,
            "next_speaker": 10 if snapshot.queue or snapshot.remote_queue else 0,
            # Pausing is rarer than resuming, so most kills find a speaker's timer running (what the
            # resume check is about), and some find it paused.
            "toggle_timer": 0 if current is None else 4 if current.state is InterventionState.RUNNING else 12,
            "end_intervention": 2 if current else 0,
            "adjust_time": 4 if current else 0,
            "backup": 3,
            "export_report": 3,
        }
        actions = [name for name, weight in weights.items() if weight]
        return self.rng.choices(actions, [weights[name] for name in actions])[0]

    def act(self, action: str) -> None:
        getattr(self, action)()

    # -- the actions -----------------------------------------------------------------------
    def add_note(self) -> None:
        text = f"{self.rng.choice(NOTE_SAMPLES)} [{self.seed}-{self.count + 1}]"
        tags = self.rng.sample(TAGS, self.rng.randint(0, 2))

        def command() -> dict[str, Any]:
            note = self.console.add_note(text, tags)
            return {"note": {"id": note.id, "text": note.text, "tags": list(note.tags)}}

        self.step("add_note", {"text": text}, command)

    def edit_note(self) -> None:
        note = self.rng.choice(self.console.snapshot.notes[-20:])
        text = f"{note.text.split(' [')[0]} (edited) [{self.seed}-{self.count + 1}]"

        def command() -> dict[str, Any]:
            edited = self.console.update_note(note.id, text=text)
            return {"note": {"id": edited.id, "text": edited.text, "tags": list(edited.tags)}}

        self.step("edit_note", {"note_id": note.id, "text": text}, command)

    def delete_note(self) -> None:
        note = self.rng.choice(self.console.snapshot.notes[-20:])

        def command() -> dict[str, Any]:
            self.console.delete_note(note.id)
            return {"note_id": note.id}

        self.step("delete_note", {"note_id": note.id}, command)

    def enqueue(self) -> None:
        queued = {entry.participant_id for entry in self.console.snapshot.queue}
        waiting = [p for p in self.console.snapshot.participants if p.id not in queued]
        if not waiting:
            return
        participant = self.rng.choice(waiting)
        kind = self.rng.choice(QUEUE_KINDS)

        def command() -> dict[str, Any]:
            entry = self.console.enqueue(participant.id, kind)
            return {"entry_id": entry.id}

        self.step("enqueue", {"participant_id": participant.id}, command)

    def withdraw(self) -> None:
        entry = self.rng.choice(self.console.snapshot.queue)

        def command() -> dict[str, Any]:
            self.console.withdraw(entry.id)
            return {}

        self.step("withdraw", {"entry_id": entry.id}, command)

    def move(self) -> None:
        entry = self.rng.choice(self.console.snapshot.queue)
        index = self.rng.randrange(len(self.console.snapshot.queue))

        def command() -> dict[str, Any]:
            self.console.move_entry(entry.id, index)
            return {}

        self.step("move", {"entry_id": entry.id}, command)

    def next_speaker(self) -> None:
        before = self.console.snapshot.current_intervention
        notes_before = {note.id for note in self.console.snapshot.notes}

        def command() -> dict[str, Any]:
            started = self.console.next_speaker()
            carried = [
                {"id": n.id, "text": n.text, "tags": list(n.tags)}
                for n in self.console.snapshot.notes
                if n.id not in notes_before
            ]
            ended = next((i for i in self.console.snapshot.interventions if before and i.id == before.id), None)
            return {
                "started": intervention_doc(started),
                "ended": intervention_doc(ended) if ended else None,
                "notes": carried,
            }

        self.step("next_speaker", {"ending_id": before.id if before else None}, command)

    def toggle_timer(self) -> None:
        current = self.console.snapshot.current_intervention
        assert current is not None
        target = InterventionState.PAUSED if current.state is InterventionState.RUNNING else InterventionState.RUNNING

        def command() -> dict[str, Any]:
            return {"intervention": intervention_doc(self.console.toggle_timer())}

        self.step("toggle_timer", {"intervention_id": current.id, "to": target.value}, command)

    def end_intervention(self) -> None:
        current = self.console.snapshot.current_intervention
        assert current is not None

        def command() -> dict[str, Any]:
            return {"intervention": intervention_doc(self.console.end_intervention())}

        self.step("end_intervention", {"intervention_id": current.id}, command)

    def adjust_time(self) -> None:
        current = self.console.snapshot.current_intervention
        assert current is not None
        delta = self.rng.choice((-30, 30))

        def command() -> dict[str, Any]:
            return {"intervention": intervention_doc(self.console.adjust_time(delta))}

        self.step("adjust_time", {"intervention_id": current.id}, command)

    def backup_time(self) -> datetime:
        """A simulated clock for backups, later than the newest one by minutes to days, so thinning has work."""
        existing = backup_files(self.paths.backups)
        start = existing[-1][1] if existing else self.clock.now().wall
        return start + timedelta(minutes=self.rng.choice(BACKUP_STEPS_MINUTES))

    def backup(self) -> None:
        """A backup, then the folder thinned as the window does (by the simulated clock)."""
        stamp = self.backup_time()

        def command() -> dict[str, Any]:
            written = take_backup(self.db, self.paths.backups, stamp, reason="faults")
            deleted = thin_folder(self.paths.backups, stamp) if written else []
            return {"path": str(written) if written else None, "deleted": [str(path) for path in deleted]}

        self.step("backup", {"now": stamp.isoformat()}, command)

    def export_report(self) -> None:
        # Imported here, not at the top: every restart pays for its imports, and most rounds never export.
        from moderator_app.reports.templates import user_templates_dir
        from moderator_app.reports.text import render_markdown
        from moderator_app.services.reports import export_report

        report = self.console.report("igf-workshop", user_templates_dir(self.paths.data_dir), self.clock.now())
        text = render_markdown(report, report.template)
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
        target = self.paths.data_dir / EXPORT_NAME

        def command() -> dict[str, Any]:
            written = export_report(report, "md", target)
            return {"path": str(written), "sha256": hashlib.sha256(Path(written).read_bytes()).hexdigest()}

        self.step("export_report", {"path": str(target), "sha256": digest}, command)


def run_chaos(console: SessionConsole, db: AppDatabase, paths: AppPaths, clock: SystemClock, *, seed: int) -> None:
    """Print the resume line, then act until killed."""
    chaos = Chaos(console, db, paths, clock, seed)
    chaos.resume_line()
    while True:
        chaos.act(chaos.choose())
        if chaos.rng.random() < 0.5:
            time.sleep(chaos.rng.uniform(0.0, 0.08))  # a moderator's pause between keys; otherwise back to back
