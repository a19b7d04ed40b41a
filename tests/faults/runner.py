"""The kill loop: start the console driver, let it work, kill -9 it at a random moment, check, restart. Repeat.

One seed decides everything the test chooses (when to kill, the driver's own seeds), so a failure
names a seed that replays the same choices. The moment a kill lands within the driver's work
still depends on the machine's speed, so a replay is the same experiment, not the same trace.
"""

from __future__ import annotations

import json
import queue
import random
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from moderator_app.system.clock import SystemClock
from tests.e2e.driver_process import Driver
from tests.faults.model import Model, verify_and_settle

#: The promise under test: a running turn resumes with its speaking time right within this.
RESUME_TOLERANCE_SECONDS = 1.0
#: Every this many kills the suite starts over in a fresh folder (so first starts are killed too).
FRESH_FOLDER_EVERY = 25
#: How the moment of each kill is chosen, and how often: anywhere in the work; during start-up
#: (imports, opening and migrating the database, loading the session); during a backup; during a
#: report export.
KILL_MODES = {"random": 60, "startup": 14, "backup": 13, "export": 13}
#: The longest a driver may take to print its first line (a loaded CI machine is slow to start Python).
STARTUP_DEADLINE_SECONDS = 60.0
#: How long the driver works, at most, before a "random" kill.
WORK_SECONDS = 1.5
#: Now and then the app stays dead a while before the restart (a laptop rebooted, the moderator
#: finding the icon): longer than the tolerance, so that a timer which lost the dead time shows.
DEAD_CHANCE, DEAD_SECONDS = 0.3, (1.2, 2.5)

_clock = SystemClock()


def monotonic() -> float:
    """The clock the app itself times turns with (CLOCK_BOOTTIME on Linux), shared by every process."""
    return _clock.now().monotonic


@dataclass
class Figures:
    """What the suite measured; the numbers the reliability note quotes."""

    seed: int
    kills: int = 0
    kills_by_mode: dict[str, int] = field(default_factory=dict)
    kills_in_doubt: int = 0  # the kill landed inside a command (announced, not yet acknowledged)
    kills_during: dict[str, int] = field(default_factory=dict)  # ... inside which command
    integrity_checks_ok: int = 0
    long_dead: int = 0  # restarts after the app stayed dead DEAD_SECONDS with a turn running
    acked_actions: int = 0
    acked_notes: int = 0
    acked_interventions: int = 0
    lost_notes: int = 0
    lost_interventions: int = 0
    partial_files_left: int = 0
    backups_thinned: int = 0  # deleted by the thinning after acknowledged backups
    resume_errors_running: list[float] = field(default_factory=list)
    resume_errors_paused: list[float] = field(default_factory=list)
    seconds: float = 0.0
    problems: list[str] = field(default_factory=list)

    def summary(self) -> dict[str, Any]:
        running = [abs(e) for e in self.resume_errors_running]
        paused = [abs(e) for e in self.resume_errors_paused]
        return {
            "seed": self.seed,
            "kills_survived": self.kills if not self.problems else None,
            "kills": self.kills,
            "kills_by_mode": self.kills_by_mode,
            "kills_inside_a_command": self.kills_in_doubt,
            "kills_inside": self.kills_during,
            "restarts_after_a_long_death": self.long_dead,
            "integrity_checks_ok": self.integrity_checks_ok,
            "acknowledged_actions": self.acked_actions,
            "acknowledged_notes": self.acked_notes,
            "acknowledged_interventions": self.acked_interventions,
            "lost_notes": self.lost_notes,
            "lost_interventions": self.lost_interventions,
            "running_resumes": len(running),
            "running_resume_error_max_s": round(max(running), 4) if running else None,
            "running_resume_error_median_s": round(statistics.median(running), 4) if running else None,
            "paused_resumes": len(paused),
            "paused_resume_error_max_s": round(max(paused), 4) if paused else None,
            "partial_files_left_by_kills": self.partial_files_left,
            "backups_thinned": self.backups_thinned,
            "seconds": round(self.seconds, 1),
            "problems": self.problems[:20],
        }

    def lines(self) -> list[str]:
        s = self.summary()
        return [
            f"fault injection, seed {s['seed']}: {s['kills']} kill -9 "
            f"({', '.join(f'{k} {v}' for k, v in s['kills_by_mode'].items())}) in {s['seconds']} s; "
            f"{s['kills_inside_a_command']} landed inside a command "
            f"({', '.join(f'{k} {v}' for k, v in sorted(s['kills_inside'].items()))})",
            f"  integrity_check ok after {s['integrity_checks_ok']} of {s['kills']} kills; acknowledged "
            f"{s['acknowledged_actions']} actions, {s['acknowledged_notes']} notes, "
            f"{s['acknowledged_interventions']} interventions; lost: {s['lost_notes']} notes, "
            f"{s['lost_interventions']} interventions",
            f"  running timer after restart: {s['running_resumes']} resumes "
            f"({s['restarts_after_a_long_death']} after {DEAD_SECONDS[0]}-{DEAD_SECONDS[1]} s dead), error max "
            f"{s['running_resume_error_max_s']} s, median {s['running_resume_error_median_s']} s; "
            f"paused: {s['paused_resumes']} resumes, error max {s['paused_resume_error_max_s']} s",
            f"  temporary .partial files left behind by kills: {s['partial_files_left_by_kills']}; "
            f"backups thinned: {s['backups_thinned']}",
            *(f"  PROBLEM: {p}" for p in s["problems"]),
        ]


class Round:
    """One driver process, from start to kill, with the lines it printed."""

    def __init__(self, data_dir: Path, child_seed: int) -> None:
        self.driver = Driver(data_dir, "chaos", "--seed", str(child_seed))
        self.started_at = monotonic()
        self.lines: list[dict[str, Any]] = []
        self.exited = False

    def read_until(self, deadline: float, stop: Callable[[dict[str, Any]], bool] = lambda _: False) -> bool:
        """Read lines until ``stop`` says so (True) or the deadline passes or the driver exits (False)."""
        while not self.exited:
            try:
                line = self.driver.next_line(deadline - monotonic())
            except queue.Empty:
                return False
            if line is None:
                self.exited = True
                return False
            self.lines.append(json.loads(line))
            if stop(self.lines[-1]):
                return True
        return False

    def kill(self) -> float:
        killed_at = monotonic()
        if self.driver.process.poll() is None:
            self.driver.kill_9()
        self.lines.extend(json.loads(line) for line in self.driver.rest_after_exit())
        return killed_at

    def close(self) -> None:
        self.driver.close()


def _wait_to_kill(run: Round, mode: str, rng: random.Random, startup_guess: float) -> None:
    """Let the driver work until the moment this kill mode chose."""
    if mode in ("startup", "first-start"):
        run.read_until(run.started_at + rng.uniform(0.0, startup_guess))
        return
    if not run.read_until(run.started_at + STARTUP_DEADLINE_SECONDS, lambda line: "resume" in line):
        return
    if mode == "random":
        run.read_until(monotonic() + rng.uniform(0.0, WORK_SECONDS))
        return
    wanted = {"backup": "backup", "export": "export_report"}[mode]
    if run.read_until(monotonic() + 20.0, lambda line: line.get("call") is not None and line["action"] == wanted):
        run.read_until(monotonic() + rng.uniform(0.0, 0.05))


def _check_resume(model: Model, line: dict[str, Any], figures: Figures, where: str) -> None:
    """The restarted console shows who had the floor, in the state acknowledged, with the time truly spoken."""

    def problem(text: str) -> None:
        figures.problems.append(f"{where}: {text}")

    if model.started and (line["queue"], line["remote"]) != (model.queue, model.remote):
        problem(f"after restart the queue is {line['queue']}, not {model.queue}")
    expected = model.open_turn
    shown = line["intervention"]
    if (shown["id"] if shown else None) != expected:
        problem(f"after restart {shown['id'] if shown else 'nobody'} has the floor, not {expected or 'nobody'}")
        return
    if shown is None or expected is None:
        return
    turn = model.turns[expected]
    if shown["state"] != turn.state:
        problem(f"after restart turn {expected} is {shown['state']}, not {turn.state}")
        return
    low, high = turn.speaking_bounds(line["t"])
    speaking = line["speaking_seconds"]
    error = speaking - (low + high) / 2
    (figures.resume_errors_running if turn.state == "running" else figures.resume_errors_paused).append(error)
    if not low - RESUME_TOLERANCE_SECONDS <= speaking <= high + RESUME_TOLERANCE_SECONDS:
        problem(
            f"after restart turn {expected} shows {speaking:.3f} s spoken; it truly spoke "
            f"{low:.3f}–{high:.3f} s ({turn.state})"
        )


def _take_in(model: Model, lines: list[dict[str, Any]], figures: Figures, where: str) -> dict[str, Any] | None:
    """Feed a round's lines to the model; return the command in doubt (announced, never acknowledged)."""
    pending: dict[str, Any] | None = None
    for line in lines:
        if "resume" in line:
            _check_resume(model, line, figures, where)
            model.apply_resume(line)
        elif "call" in line:
            pending = line
        elif "ack" in line:
            assert pending is not None and pending["call"] == line["ack"], f"ack without its call: {line}"
            model.apply_ack(pending, line)
            figures.backups_thinned += len(line.get("deleted") or ())
            pending = None
    return pending


class Campaign:
    """The rounds of one seeded run, in one or more data folders."""

    def __init__(self, work_dir: Path, kills: int, seed: int, log: Callable[[str], None]) -> None:
        self.work_dir, self.kills, self.log = work_dir, kills, log
        self.rng = random.Random(seed)
        self.figures = Figures(seed)
        self.model, self.data_dir = Model(), work_dir
        self.startup_times: list[float] = []

    def run(self) -> Figures:
        """Kill the driver ``kills`` times; stop at the first round that finds a problem."""
        began = monotonic()
        for number in range(self.kills):
            if number % FRESH_FOLDER_EVERY == 0:
                _count_acks(self.model, self.figures)
                self.model, self.data_dir = Model(), self.work_dir / f"folder-{number // FRESH_FOLDER_EVERY}"
                mode = "first-start"
            else:
                mode = self.rng.choices(list(KILL_MODES), list(KILL_MODES.values()))[0]
            self.one_round(number, mode)
            if self.figures.problems:
                break
            turn = self.model.open_turn
            if turn and self.model.turns[turn].state == "running" and self.rng.random() < DEAD_CHANCE:
                self.figures.long_dead += 1
                time.sleep(self.rng.uniform(*DEAD_SECONDS))
        else:
            self.one_round(self.kills, "final")  # one more start, to check the last kill's resume
        _count_acks(self.model, self.figures)
        self.figures.partial_files_left = sum(
            1
            for pattern in ("*.partial", "*.partial-journal")
            for path in self.work_dir.rglob(pattern)
            if "check" not in path.relative_to(self.work_dir).parts
        )
        self.figures.seconds = monotonic() - began
        return self.figures

    def one_round(self, number: int, mode: str) -> None:
        """Start the driver on the folder (after kill ``number``), kill it as ``mode`` says, check what is left."""
        figures = self.figures
        startup_guess = statistics.median(self.startup_times) if self.startup_times else 1.0
        run = Round(self.data_dir, self.rng.randrange(2**31))
        try:
            if mode == "final":
                run.read_until(run.started_at + STARTUP_DEADLINE_SECONDS, lambda line: "resume" in line)
            else:
                _wait_to_kill(run, mode, self.rng, startup_guess)
            killed_at = run.kill()
            if run.exited and run.driver.process.returncode != -9:
                stderr = run.driver.stderr_text()[-3000:]
                figures.problems.append(f"the driver ended by itself ({run.driver.process.returncode}):\n{stderr}")
        finally:
            run.close()
        resume = next((line for line in run.lines if "resume" in line), None)
        if resume is not None:
            self.startup_times.append(resume["t"] - run.started_at)
        elif mode in ("random", "backup", "export", "final"):
            figures.problems.append(f"after kill {number} the driver did not start within {STARTUP_DEADLINE_SECONDS} s")
        where = "first start" if mode == "first-start" else f"restart after kill {number}"
        pending = _take_in(self.model, run.lines, figures, where)
        if mode == "final":
            return
        figures.kills += 1
        figures.kills_by_mode[mode] = figures.kills_by_mode.get(mode, 0) + 1
        doubt = pending["action"] if pending else None
        if doubt is not None:
            figures.kills_in_doubt += 1
            figures.kills_during[doubt] = figures.kills_during.get(doubt, 0) + 1
        verdict = verify_and_settle(self.model, self.data_dir, self.work_dir / "check", pending, killed_at)
        figures.integrity_checks_ok += not any("integrity_check" in p for p in verdict.problems)
        figures.lost_notes += verdict.lost_notes
        figures.lost_interventions += verdict.lost_interventions
        figures.problems.extend(f"kill {number + 1} ({mode}, in doubt: {doubt}): {p}" for p in verdict.problems)
        acks = sum("ack" in line for line in run.lines)
        self.log(
            f"kill {number + 1}/{self.kills} ({mode}) after {killed_at - run.started_at:.2f} s, "
            f"{acks} acks, in doubt: {doubt}"
        )


def run_faults(work_dir: Path, kills: int, seed: int, log: Callable[[str], None] = lambda _: None) -> Figures:
    """Kill the driver ``kills`` times at random moments (see Campaign); the figures say what happened."""
    return Campaign(work_dir, kills, seed, log).run()


def _count_acks(model: Model, figures: Figures) -> None:
    figures.acked_actions += model.acked_actions
    figures.acked_notes += model.acked_notes
    figures.acked_interventions += model.acked_interventions
