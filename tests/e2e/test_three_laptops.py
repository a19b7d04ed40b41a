"""Three laptops, three real processes on loopback, each with its own data folder: the onsite moderator
shares, the online moderator and the rapporteur join, all three work at once, and afterwards the
three libraries hold the same session, item for item."""

from __future__ import annotations

import queue
import signal
import subprocess
import sys
import threading
import time
from datetime import timedelta
from pathlib import Path

import pytest

from moderator_app.domain.snapshot import SessionSnapshot
from moderator_app.services.library import Library
from moderator_app.system.clock import SystemClock
from moderator_app.system.paths import AppPaths
from tests.e2e.driver_process import REPO_ROOT, driver_env

pytestmark = pytest.mark.network

#: How many things each laptop does while the others do theirs.
STEPS = 30
#: The scripted session's length in its own time, and how much faster than real time it runs.
SESSION_MINUTES = 20
SPEED = 60
PATIENCE_SECONDS = 90.0


class Laptop:
    """One ``laptop_driver`` process; its stdout read on a thread, the latest digest kept."""

    def __init__(self, data_dir: Path, role: str, *command: str, pace: dict[str, str] | None = None) -> None:
        self.data_dir = data_dir
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.e2e.laptop_driver",
                role,
                str(STEPS),
                "--",
                "--data-dir",
                str(data_dir),
                *command,
            ],
            cwd=REPO_ROOT,
            env={**driver_env(data_dir), **(pace or {})},
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
        )
        self.lines: queue.Queue[str] = queue.Queue()
        self.state = ""
        self.states = 0
        self.done = threading.Event()
        threading.Thread(target=self._pump, daemon=True).start()

    def _pump(self) -> None:
        assert self.process.stdout is not None
        for raw in self.process.stdout:
            line = raw.rstrip("\n")
            if line.startswith("STATE "):
                self.state = line.removeprefix("STATE ")
                self.states += 1
            elif line == "DONE":
                self.done.set()
            else:
                self.lines.put(line)

    def line_starting(self, wanted: str) -> str:
        deadline = time.monotonic() + PATIENCE_SECONDS
        while time.monotonic() < deadline:
            try:
                line = self.lines.get(timeout=1)
            except queue.Empty:
                if self.process.poll() is not None:
                    pytest.fail(f"the laptop exited ({self.process.returncode}):\n{self.stderr()}")
                continue
            if line.startswith(wanted):
                return line
        pytest.fail(f"no line starting {wanted!r}")

    def kill_9(self) -> None:
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=60)

    def wait_for_states(self, count: int) -> None:
        """Until the laptop has done or received ``count`` things (its script is under way)."""
        deadline = time.monotonic() + PATIENCE_SECONDS
        while self.states < count:
            assert time.monotonic() < deadline and self.process.poll() is None, self.stderr()
            time.sleep(0.05)

    def stop(self) -> int:
        self.process.send_signal(signal.SIGTERM)
        return self.process.wait(timeout=60)

    def stderr(self) -> str:
        return self.process.stderr.read() if self.process.stderr else ""

    def close(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait(timeout=30)


def stored(data_dir: Path, session_id: str) -> SessionSnapshot:
    with Library.open(AppPaths.resolve(data_dir), SystemClock()) as library:
        return library.load(session_id)


def by_id(snapshot: SessionSnapshot) -> dict[str, object]:
    """Every item of the session, keyed by kind and id; the queues in their order."""
    return {
        "session": snapshot.session,
        **{f"participant {p.id}": p for p in snapshot.participants},
        **{f"segment {s.id}": s for s in snapshot.segments},
        **{f"turn {i.id}": i for i in snapshot.interventions},
        **{f"note {n.id}": n for n in snapshot.notes},
        **{f"contingent {c.stakeholder_group}": c for c in snapshot.contingents},
        "queue": snapshot.queue,
        "remote queue": snapshot.remote_queue,
    }


def converge(laptops: list[Laptop]) -> None:
    """Every laptop's script over, then the three digests equal; then each stopped cleanly."""
    for laptop in laptops:
        assert laptop.done.wait(PATIENCE_SECONDS), laptop.stderr()
    deadline = time.monotonic() + PATIENCE_SECONDS
    while len({laptop.state for laptop in laptops}) != 1 and time.monotonic() < deadline:
        time.sleep(0.2)
    assert len({laptop.state for laptop in laptops}) == 1, [laptop.state for laptop in laptops]
    for laptop in laptops:
        assert laptop.stop() == 0
        log = laptop.stderr()
        assert "Traceback" not in log, log


def twenty_minutes() -> dict[str, str]:
    """A scripted session of 20 minutes in 20 s: the three laptops' clocks run 60 times faster than
    real time from this moment (CLOCK_BOOTTIME is the machine's, so all three share it), each step
    40 s of the session apart."""
    # The app's steady clock: CLOCK_BOOTTIME where there is one (Linux), else the monotonic clock.
    boottime = getattr(time, "CLOCK_BOOTTIME", None)
    steady = time.clock_gettime(boottime) if boottime is not None else time.monotonic()
    steps_seconds = SESSION_MINUTES * 60 / SPEED / STEPS
    return {"SESSION_CLOCK": f"{steady},{time.time()},{SPEED}", "STEP_SECONDS": str(steps_seconds)}


def test_a_scripted_20_minute_session_on_three_laptops_ends_with_the_same_session(tmp_path: Path) -> None:
    with Library.open(AppPaths.resolve(tmp_path / "moderator"), SystemClock()) as library:
        session_id = library.ensure_demo()
    pace = twenty_minutes()
    host = Laptop(tmp_path / "moderator", "moderator", "share", session_id, "--port", "0", pace=pace)
    joiners: list[Laptop] = []
    try:
        code = host.line_starting("Join code: ").removeprefix("Join code: ")
        port = int(host.line_starting("Address: ").rsplit(":", 1)[1])
        for role in ("online-moderator", "rapporteur"):
            joiners.append(
                Laptop(tmp_path / role, role, "join", code, "--address", f"127.0.0.1:{port}", "--role", role, pace=pace)
            )
        converge([host, *joiners])
    finally:
        for laptop in (host, *joiners):
            laptop.close()
    sessions = [stored(laptop.data_dir, session_id) for laptop in (host, *joiners)]
    assert by_id(sessions[1]) == by_id(sessions[0])
    assert by_id(sessions[2]) == by_id(sessions[0])
    # Each role's work is there, on every laptop.
    assert sum(1 for n in sessions[0].notes if n.text.startswith("Rapporteur's note")) == STEPS
    assert len(sessions[0].interventions) >= STEPS // 3
    assert sum(1 for p in sessions[0].participants if p.name.startswith("Remote participant")) == STEPS // 4 + 1
    # Twenty minutes of the session's time, turns of minutes, on the clock all three laptops share.
    turns = sorted(sessions[0].interventions, key=lambda turn: turn.started_at)
    notes = sorted(sessions[0].notes, key=lambda note: note.created_at)
    span = max(notes[-1].created_at, turns[-1].started_at) - min(turns[0].started_at, notes[0].created_at)
    assert span >= timedelta(minutes=SESSION_MINUTES - 2), span
    ended = [turn for turn in turns if turn.ended_at is not None]
    assert ended and max(turn.speaking_seconds_at_end for turn in ended) >= 60


def test_a_joiner_killed_mid_session_and_the_host_restarted_lose_nothing_and_double_nothing(tmp_path: Path) -> None:
    with Library.open(AppPaths.resolve(tmp_path / "moderator"), SystemClock()) as library:
        session_id = library.ensure_demo()
    port = "0"
    host = Laptop(tmp_path / "moderator", "moderator", "share", session_id, "--port", port)
    laptops: list[Laptop] = [host]
    try:
        code = host.line_starting("Join code: ").removeprefix("Join code: ")
        port = host.line_starting("Address: ").rsplit(":", 1)[1]
        join = ("join", code, "--address", f"127.0.0.1:{port}", "--role")
        rapporteur = Laptop(tmp_path / "rapporteur", "rapporteur", *join, "rapporteur")
        online = Laptop(tmp_path / "online", "online-moderator", *join, "online-moderator")
        laptops += [rapporteur, online]
        rapporteur.wait_for_states(STEPS // 2)
        rapporteur.kill_9()  # mid-script: some notes sent, maybe one committed but not yet sent
        host.wait_for_states(STEPS // 2)
        host.kill_9()
        host = Laptop(tmp_path / "moderator", "moderator", "share", session_id, "--port", port)
        assert host.line_starting("Join code: ") == f"Join code: {code}"  # the same code: joiners rejoin
        rapporteur = Laptop(tmp_path / "rapporteur", "rapporteur", *join, "rapporteur")
        laptops = [host, rapporteur, online]
        converge(laptops)
    finally:
        for laptop in laptops:
            laptop.close()
    sessions = [
        stored(folder, session_id) for folder in (tmp_path / "moderator", tmp_path / "rapporteur", tmp_path / "online")
    ]
    assert by_id(sessions[1]) == by_id(sessions[0])
    assert by_id(sessions[2]) == by_id(sessions[0])
    written = [n.text for n in sessions[0].notes if n.text.startswith("Rapporteur's note")]
    # The second run's notes all arrived, and whatever the first run committed before the kill too.
    assert len(written) >= STEPS
    assert len(sessions[0].notes) == len({n.id for n in sessions[0].notes})
