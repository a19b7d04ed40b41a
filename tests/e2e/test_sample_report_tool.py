"""tools/sample_report.py (the report shown in docs/images) still runs against the library it stages."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_sample_report_tool_writes_the_staged_round_table_s_report(tmp_path):
    target = tmp_path / "sample.md"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "sample_report.py"), str(target)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    text = target.read_text(encoding="utf-8")
    assert text.startswith("# Community networks")
    assert "| Participants onsite (estimate) | 48 |" in text  # the attendance it stores went into the report
