"""One writer per data folder, with real processes: a second writer waits, then says who holds the folder.

The holder is the console driver (tests/e2e/console_driver.py), which holds the folder as the window
does, or the real window under the offscreen platform. The second process is the real command line
or a second window. ``kill -9`` of the holder must free the folder for the next start at once.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from moderator_app.system.writer_lock import LOCK_FILE_NAME, WAIT_ENV, Holder
from tests.e2e.driver_process import REPO_ROOT, Driver
from tests.e2e.driver_process import driver_env as _env

STARTUP_DEADLINE_SECONDS = 60.0


def _run(data_dir: Path, *args: str, wait: float = 1.0, timeout: float = 120.0) -> subprocess.CompletedProcess[str]:
    env = _env(data_dir)
    env[WAIT_ENV] = str(wait)
    return subprocess.run(
        [sys.executable, "-m", "moderator_app", "--data-dir", str(data_dir), *args],
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=timeout,
        check=False,
    )


def _one_error_line(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode != 0, result.stdout
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("moderator-app: error: "), result.stderr
    return lines[0]


def _holder(data_dir: Path) -> Holder | None:
    try:
        return Holder.from_text((data_dir / LOCK_FILE_NAME).read_text(encoding="utf-8"))
    except OSError:
        return None


def _session_ids(data_dir: Path) -> list[str]:
    result = _run(data_dir, "sessions", "--json")
    assert result.returncode == 0, result.stderr
    return [item["id"] for item in json.loads(result.stdout)]


@pytest.fixture
def held_folder(tmp_path: Path) -> Iterator[tuple[Path, Driver]]:
    """A data folder held by a running driver (the demo session open, a turn running)."""
    data_dir = tmp_path / "data"
    driver = Driver(data_dir, "running")
    try:
        driver.acks_until_ready()
        yield data_dir, driver
    finally:
        driver.close()


def test_import_while_the_app_runs_waits_then_fails_naming_the_app_and_changes_nothing(
    held_folder: tuple[Path, Driver], tmp_path: Path
) -> None:
    data_dir, driver = held_folder
    session_file = tmp_path / "demo.json"
    before = _session_ids(data_dir)
    assert _run(data_dir, "export", before[0], "-o", str(session_file)).returncode == 0

    result = _run(data_dir, "import", "--copy", str(session_file), wait=0.5)

    line = _one_error_line(result)
    assert f"process {driver.process.pid}" in line
    assert "moderator-app window" in line
    assert "close it and try again" in line
    assert result.stdout == ""
    assert _session_ids(data_dir) == before


@pytest.mark.parametrize(
    "command",
    [
        ("backup",),
        ("import-proposal", "proposal.txt"),
        ("import-roster", "SESSION", "roster.csv"),
        ("restore", "--newest"),
    ],
)
def test_every_writing_command_is_refused_while_the_app_runs(
    held_folder: tuple[Path, Driver], tmp_path: Path, command: tuple[str, ...]
) -> None:
    data_dir, driver = held_folder
    (tmp_path / "proposal.txt").write_text("Title: A round table\nSpeaker: Ana Lopez\n", encoding="utf-8")
    (tmp_path / "roster.csv").write_text("name\nAna\n", encoding="utf-8")
    session = _session_ids(data_dir)[0]
    args = [str(tmp_path / part) if part.endswith((".txt", ".csv")) else part for part in command]
    args = [session if part == "SESSION" else part for part in args]
    backups_before = sorted((data_dir / "backups").glob("*")) if (data_dir / "backups").exists() else []

    line = _one_error_line(_run(data_dir, *args, wait=0.2))

    assert f"process {driver.process.pid}" in line
    backups_after = sorted((data_dir / "backups").glob("*")) if (data_dir / "backups").exists() else []
    assert backups_after == backups_before


def test_reading_commands_work_while_the_app_runs(held_folder: tuple[Path, Driver], tmp_path: Path) -> None:
    data_dir, _driver = held_folder
    session = _session_ids(data_dir)[0]
    status = _run(data_dir, "status", "--json")
    assert status.returncode == 0, status.stderr
    assert json.loads(status.stdout)["intervention"]["state"] == "running"
    assert _run(data_dir, "stats", session).returncode == 0
    assert _run(data_dir, "backups").returncode == 0
    exported = _run(data_dir, "export", session, "-o", str(tmp_path / "out.json"))
    assert exported.returncode == 0, exported.stderr
    report = _run(data_dir, "report", session, "-o", str(tmp_path / "report.md"))
    assert report.returncode == 0, report.stderr
    assert (tmp_path / "report.md").read_text(encoding="utf-8").strip()


def test_kill_9_of_the_holder_frees_the_folder_for_the_next_writer(
    held_folder: tuple[Path, Driver], tmp_path: Path
) -> None:
    data_dir, driver = held_folder
    before = _session_ids(data_dir)
    session_file = tmp_path / "demo.json"
    assert _run(data_dir, "export", before[0], "-o", str(session_file)).returncode == 0
    driver.kill_9()
    holder = _holder(data_dir)
    assert holder is not None and holder.pid == driver.process.pid  # the dead holder's name is still in the file

    result = _run(data_dir, "import", "--copy", str(session_file), wait=0)

    assert result.returncode == 0, result.stderr
    assert len(_session_ids(data_dir)) == len(before) + 1


def test_a_writer_that_finishes_during_the_wait_lets_the_command_through(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time\n"
            "from pathlib import Path\n"
            "from moderator_app.system.writer_lock import WriterLock\n"
            "lock = WriterLock(Path(sys.argv[1]), 'import')\n"
            "lock.acquire(0)\n"
            "print('held', flush=True)\n"
            "time.sleep(1.0)\n"
            "lock.release()\n",
            str(data_dir),
        ],
        cwd=REPO_ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        result = _run(data_dir, "backup", wait=60)
        assert result.returncode == 0, result.stderr
        assert Path(result.stdout.strip()).is_file()
    finally:
        holder.wait(timeout=30)
        if holder.stdout is not None:
            holder.stdout.close()


class Window:
    """The real window (offscreen) as a subprocess, holding its data folder."""

    def __init__(self, data_dir: Path) -> None:
        env = _env(data_dir)
        self.process = subprocess.Popen(
            [sys.executable, "-m", "moderator_app", "--data-dir", str(data_dir)],
            cwd=REPO_ROOT,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + STARTUP_DEADLINE_SECONDS
        while True:
            holder = _holder(data_dir)
            if holder is not None and holder.pid == self.process.pid:
                return
            if self.process.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"the window did not take its data folder (exit {self.process.poll()})")
            time.sleep(0.1)

    def close(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait(timeout=30)


@pytest.fixture
def window_folder(tmp_path: Path) -> Iterator[tuple[Path, Window]]:
    data_dir = tmp_path / "data"
    window = Window(data_dir)
    try:
        yield data_dir, window
    finally:
        window.close()


def test_second_start_brings_the_running_window_forward_and_exits_0(
    window_folder: tuple[Path, Window], tmp_path: Path
) -> None:
    data_dir, window = window_folder
    second = _run(data_dir, wait=60)  # generous: the first window may still be starting its listener
    assert second.returncode == 0, second.stderr
    assert "already open" in second.stdout
    assert window.process.poll() is None  # the first window is untouched and still running

    unknown = _run(data_dir, "--session", "no-such-session", wait=60)
    line = _one_error_line(unknown)
    assert "no-such-session" in line
    assert window.process.poll() is None


def test_second_start_with_session_switches_the_running_window(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    # Two sessions in the folder: the demo (made by the first window) and a copy imported from its export.
    first = Window(data_dir)
    try:
        demo = _session_ids(data_dir)[0]
        assert _run(data_dir, "export", demo, "-o", str(tmp_path / "demo.json")).returncode == 0
    finally:
        first.close()
    copy = _run(data_dir, "import", "--copy", str(tmp_path / "demo.json"), wait=10)
    assert copy.returncode == 0, copy.stderr
    copy_id = copy.stdout.strip()
    window = Window(data_dir)
    try:
        assert json.loads(_run(data_dir, "status", "--json").stdout)["session"]["id"] == demo
        second = _run(data_dir, "--session", copy_id, wait=60)
        assert second.returncode == 0, second.stderr
        # The running window opened it: it is now the session the app was last on.
        status = _run(data_dir, "status", "--json")
        assert json.loads(status.stdout)["session"]["id"] == copy_id
        assert window.process.poll() is None
    finally:
        window.close()


def test_import_while_the_window_runs_is_refused_and_works_after_kill_9(
    window_folder: tuple[Path, Window], tmp_path: Path
) -> None:
    data_dir, window = window_folder
    demo = _session_ids(data_dir)[0]
    session_file = tmp_path / "demo.json"
    assert _run(data_dir, "export", demo, "-o", str(session_file)).returncode == 0

    refused = _run(data_dir, "import", "--copy", str(session_file), wait=0.3)
    assert f"moderator-app window (process {window.process.pid})" in _one_error_line(refused)

    os.kill(window.process.pid, signal.SIGKILL)
    window.process.wait(timeout=30)
    accepted = _run(data_dir, "import", "--copy", str(session_file), wait=0)
    assert accepted.returncode == 0, accepted.stderr
    smoke = _run(data_dir, "--smoke", wait=0)  # and the window starts again on the folder the kill left
    assert smoke.returncode == 0, smoke.stderr
