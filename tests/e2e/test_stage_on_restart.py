"""The real window with its stage display brought back at start: a polite kill still ends the process."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from moderator_app.system.writer_lock import LOCK_FILE_NAME, Holder
from moderator_app.ui.single_instance import server_name
from tests.e2e.driver_process import REPO_ROOT, STARTUP_DEADLINE_SECONDS, driver_env


def _holder_pid(data_dir: Path) -> int | None:
    try:
        return Holder.from_text((data_dir / LOCK_FILE_NAME).read_text(encoding="utf-8")).pid
    except OSError:
        return None


def settings_text(data_dir: Path) -> str:
    return (data_dir / "settings.ini").read_text(encoding="utf-8")


def test_a_window_whose_stage_display_came_back_after_a_crash_still_ends_on_sigterm(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    # What a crash with the display open full screen leaves in the settings (and no walkthrough).
    (data_dir / "settings.ini").write_text(
        "[stage]\nopen=true\nfull_screen=true\n\n[ui]\nfirst_run_done=true\n", encoding="utf-8"
    )
    process = subprocess.Popen(
        [sys.executable, "-m", "moderator_app", "--data-dir", str(data_dir)],
        cwd=REPO_ROOT,
        env=driver_env(data_dir),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + STARTUP_DEADLINE_SECONDS
        # Up and running once the window has painted (it then listens for later starts) and the
        # display is back (it writes the screen it opened on).
        listening = Path(tempfile.gettempdir()) / server_name(data_dir)
        while (
            _holder_pid(data_dir) != process.pid or not listening.exists() or "screen=" not in settings_text(data_dir)
        ):
            if process.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"the window did not bring its stage display back (exit {process.poll()})")
            time.sleep(0.1)
        os.kill(process.pid, signal.SIGTERM)  # closes the console as Quit does
        # Before the fix the stage display kept the process alive with no console: it never ended.
        assert process.wait(timeout=STARTUP_DEADLINE_SECONDS) == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(timeout=30)
        if process.stderr is not None:
            process.stderr.close()
    assert "open=false" in settings_text(data_dir)  # a deliberate quit: the next start opens no display
