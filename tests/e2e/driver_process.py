"""The console driver (tests/e2e/console_driver.py) as a subprocess that a test can read and kill -9."""

from __future__ import annotations

import json
import os
import queue
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
#: Generous: a cold start on a slow CI machine imports PySide6-free code only, but may still take seconds.
STARTUP_DEADLINE_SECONDS = 60.0


def driver_env(data_dir: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["MODERATOR_APP_DATA_DIR"] = str(data_dir)  # belt and braces: never the real user folder
    env["PYTHONUNBUFFERED"] = "1"
    return env


@dataclass
class Ack:
    """One acknowledged action, and when (test's monotonic clock) the test read it."""

    data: dict[str, Any]
    read_at: float


class Driver:
    """The console driver as a subprocess, its stdout read line by line on a thread so reads have deadlines."""

    def __init__(self, data_dir: Path, scenario: str, *extra_args: str) -> None:
        self.data_dir = data_dir
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.e2e.console_driver",
                "--data-dir",
                str(data_dir),
                "--scenario",
                scenario,
                *extra_args,
            ],
            cwd=REPO_ROOT,
            env=driver_env(data_dir),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
        )
        self._lines: queue.Queue[str | None] = queue.Queue()
        self._reader = threading.Thread(target=self._pump, daemon=True)
        self._reader.start()

    def _pump(self) -> None:
        assert self.process.stdout is not None
        # A line cut short by the kill has no newline: it was never wholly written, so it is not an ack.
        for line in self.process.stdout:
            if line.endswith("\n"):
                self._lines.put(line[:-1])
        self._lines.put(None)

    def next_line(self, timeout: float) -> str | None:
        """The next whole line; None once the process has exited and everything was read.

        Raises queue.Empty when nothing came within ``timeout`` seconds.
        """
        return self._lines.get(timeout=max(0.0, timeout))

    def rest_after_exit(self) -> list[str]:
        """Every line still unread, once the process is gone (the pipe keeps what was written before death)."""
        self._reader.join(timeout=30)
        rest: list[str] = []
        while True:
            line = self._lines.get(timeout=30)
            if line is None:
                return rest
            rest.append(line)

    def stderr_text(self) -> str:
        self.process.wait(timeout=30)
        return self.process.stderr.read() if self.process.stderr else ""

    def acks_until_ready(self, deadline_seconds: float = STARTUP_DEADLINE_SECONDS) -> list[Ack]:
        deadline = time.monotonic() + deadline_seconds
        acks: list[Ack] = []
        while True:
            try:
                line = self.next_line(deadline - time.monotonic())
            except queue.Empty:
                pytest.fail(f"the driver did not print READY within {deadline_seconds:.0f} s; got {len(acks)} acks")
            read_at = time.monotonic()
            if line is None:
                pytest.fail(f"the driver exited ({self.process.returncode}) before READY:\n{self.stderr_text()}")
            if line == "READY":
                return acks
            acks.append(Ack(json.loads(line), read_at))

    def kill_9(self) -> None:
        os.kill(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=30)
        assert self.process.returncode == -signal.SIGKILL

    def close(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait(timeout=30)
        for stream in (self.process.stdout, self.process.stderr):
            if stream is not None:
                stream.close()
