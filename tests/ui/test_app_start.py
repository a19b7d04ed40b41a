"""The window's start takes the QApplication it runs in: the one already made, or a new one."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from moderator_app.ui.app import _application

ROOT = Path(__file__).resolve().parents[2]


def test_the_application_already_made_is_the_one_the_window_runs_in(qapp):
    assert _application() is qapp


def test_a_core_application_without_widgets_is_refused_in_words(tmp_path: Path):
    code = (
        "from PySide6.QtCore import QCoreApplication\n"
        "core = QCoreApplication([])\n"
        "from moderator_app.ui.app import run_gui\n"
        f"run_gui(data_dir={str(tmp_path)!r}, session_id=None, smoke=True)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 1
    assert "RuntimeError: the window needs a QApplication" in done.stderr
    assert not any(tmp_path.iterdir())  # refused before the data folder was touched
