"""Running the real command line in a subprocess, and checking its one-line errors."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def run_cli(
    data_dir: Path, *args: str, headless_by_itself: bool = False, timeout: float = 120, lang: str = "C.UTF-8"
) -> subprocess.CompletedProcess[str]:
    """`python -m moderator_app --data-dir DIR ARGS…` with a clean environment.

    ``headless_by_itself``: no display and no QT_QPA_PLATFORM at all, to prove the command picks
    offscreen on its own (report export); otherwise offscreen is set as for every test.
    ``lang``: the locale the command sees (reports are written in its language by default).
    """
    env = {**os.environ}
    env.pop("MODERATOR_APP_DATA_DIR", None)
    # A developer's own locale must not change what the commands print (reports follow the locale).
    for name in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        env.pop(name, None)
    env["LANG"] = lang
    if headless_by_itself:
        for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):
            env.pop(name, None)
    else:
        env["QT_QPA_PLATFORM"] = "offscreen"
    return subprocess.run(
        [sys.executable, "-m", "moderator_app", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=timeout,
        check=False,
    )


def assert_clean_error(result: subprocess.CompletedProcess[str], *fragments: str) -> None:
    """A non-zero exit with exactly one 'moderator-app: error: …' line naming the problem."""
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("moderator-app: error: "), result.stderr
    assert "Traceback" not in result.stderr
    for fragment in fragments:
        assert fragment in lines[0]
