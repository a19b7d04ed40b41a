"""Startup figures: moderator-app's window (first and second start) against a bare PySide6 window.

Prints the whole-process wall time (median and min, ms) and peak resident memory (MiB) of:

* ``python -m moderator_app --data-dir <new folder> --smoke``: the first start, which creates
  the database and the demo session;
* the same command again on that folder: an ordinary start;
* a bare PySide6 window (QApplication + QMainWindow, shown, exits on its first paint): the floor
  that any Qt app on this machine pays.

Each run is its own process, started by a small wrapper process whose only child it is, so
``getrusage(RUSAGE_CHILDREN).ru_maxrss`` in the wrapper is that run's peak RSS. Runs are interleaved
so that a noisy moment on the machine spreads over all three figures.

Usage: ``python benchmarks/startup.py [--runs N] [--platform offscreen]`` (``make bench``).
This is a script that prints figures; nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import textwrap
from dataclasses import dataclass, field
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
RUN_TIMEOUT_SECONDS = 120

#: Runs one command as its only child, then prints its wall time, peak RSS and exit status as JSON.
WRAPPER = textwrap.dedent(
    """
    import json, resource, subprocess, sys, time
    started = time.perf_counter()
    result = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    wall = time.perf_counter() - started
    maxrss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    # Linux reports KiB, macOS bytes.
    rss_bytes = maxrss if sys.platform == "darwin" else maxrss * 1024
    print(json.dumps({
        "wall_seconds": wall,
        "rss_bytes": rss_bytes,
        "returncode": result.returncode,
        "stderr": result.stderr.decode("utf-8", "replace")[-4000:],
    }))
    """
)

#: The floor: the least a PySide6 window costs to show and paint once.
BARE_WINDOW = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv)
    window = QMainWindow()
    window.setWindowTitle("bare PySide6 window")
    window.resize(1024, 700)

    class FirstPaint(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint:
                QTimer.singleShot(0, app.quit)
            return False

    first_paint = FirstPaint()
    window.installEventFilter(first_paint)
    window.show()
    QTimer.singleShot(30_000, lambda: app.exit(3))  # never painted: fail rather than hang
    sys.exit(app.exec())
    """
)


class RunFailed(Exception):
    """A measured command did not exit 0."""

    def __init__(self, label: str, command: list[str], returncode: int, stderr: str) -> None:
        super().__init__(label)
        self.label = label
        self.command = command
        self.returncode = returncode
        self.stderr = stderr


@dataclass
class Figures:
    label: str
    wall_ms: list[float] = field(default_factory=list)
    rss_mib: list[float] = field(default_factory=list)

    def add(self, wall_seconds: float, rss_bytes: int) -> None:
        self.wall_ms.append(wall_seconds * 1000)
        self.rss_mib.append(rss_bytes / (1024 * 1024))


def measure(label: str, command: list[str], env: dict[str, str]) -> tuple[float, int]:
    """Wall seconds and peak RSS bytes of one run of ``command`` in its own process."""
    try:
        completed = subprocess.run(
            [sys.executable, "-c", WRAPPER, *command],
            cwd=REPO_ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=RUN_TIMEOUT_SECONDS,
        )
    except subprocess.TimeoutExpired:
        raise RunFailed(label, command, -1, f"did not finish within {RUN_TIMEOUT_SECONDS} s") from None
    if completed.returncode != 0:
        raise RunFailed(label, command, completed.returncode, completed.stderr)
    report = json.loads(completed.stdout)
    if report["returncode"] != 0:
        raise RunFailed(label, command, report["returncode"], report["stderr"])
    return report["wall_seconds"], report["rss_bytes"]


def app_command(data_dir: Path) -> list[str]:
    return [sys.executable, "-m", "moderator_app", "--data-dir", str(data_dir), "--smoke"]


def bare_command() -> list[str]:
    return [sys.executable, "-c", BARE_WINDOW]


def qt_version() -> str:
    try:
        import PySide6

        return f"PySide6 {PySide6.__version__}"
    except ImportError:
        return "PySide6 not importable"


def run(runs: int, warmup: int, env: dict[str, str]) -> list[Figures]:
    first = Figures("first start (new data folder)")
    second = Figures("second start (same folder)")
    bare = Figures("bare PySide6 window")
    scratch = Path(tempfile.mkdtemp(prefix="moderator-app-bench-"))
    try:
        for index in range(warmup + runs):
            counted = index >= warmup  # warm-up runs fill the page cache and compile .pyc files
            data_dir = scratch / f"run-{index}"
            results = [
                (bare, measure(bare.label, bare_command(), env)),
                (first, measure(first.label, app_command(data_dir), env)),
                (second, measure(second.label, app_command(data_dir), env)),
            ]
            if counted:
                for figures, (wall_seconds, rss_bytes) in results:
                    figures.add(wall_seconds, rss_bytes)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return [first, second, bare]


def print_table(all_figures: list[Figures], runs: int, platform_name: str) -> None:
    print(
        f"moderator-app startup: {runs} run(s) each, QT_QPA_PLATFORM={platform_name or '(unset)'}, "
        f"Python {platform.python_version()}, {qt_version()}, {platform.system()} {platform.machine()}, "
        f"{os.cpu_count()} CPU(s)"
    )
    header = f"{'':32} {'median ms':>10} {'min ms':>8} {'RSS median MiB':>15} {'RSS max MiB':>12}"
    print(header)
    print("-" * len(header))
    for figures in all_figures:
        print(
            f"{figures.label:32} {statistics.median(figures.wall_ms):10.0f} {min(figures.wall_ms):8.0f} "
            f"{statistics.median(figures.rss_mib):15.1f} {max(figures.rss_mib):12.1f}"
        )
    bare = all_figures[-1]
    for figures in all_figures[:-1]:
        extra_ms = statistics.median(figures.wall_ms) - statistics.median(bare.wall_ms)
        extra_mib = statistics.median(figures.rss_mib) - statistics.median(bare.rss_mib)
        print(f"{figures.label} costs {extra_ms:+.0f} ms and {extra_mib:+.1f} MiB over the bare window (medians)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Print moderator-app's startup time and memory against a bare Qt window."
    )
    parser.add_argument("--runs", type=int, default=5, help="measured runs of each command (default 5)")
    parser.add_argument("--warmup", type=int, default=1, help="unmeasured runs first (default 1)")
    parser.add_argument(
        "--platform",
        default="offscreen",
        help="QT_QPA_PLATFORM for the runs (default offscreen; '' keeps the environment's)",
    )
    args = parser.parse_args(argv)
    if args.runs < 1 or args.warmup < 0:
        parser.error("--runs must be 1 or more and --warmup 0 or more")
    env = dict(os.environ)
    if args.platform:
        env["QT_QPA_PLATFORM"] = args.platform
    env.pop("MODERATOR_APP_DATA_DIR", None)  # every run names its own --data-dir
    try:
        all_figures = run(args.runs, args.warmup, env)
    except RunFailed as failure:
        print(f"startup benchmark: '{failure.label}' failed (exit status {failure.returncode}).", file=sys.stderr)
        print(f"  command: {' '.join(failure.command)}", file=sys.stderr)
        print(textwrap.indent(failure.stderr.rstrip() or "(no error output)", "  | "), file=sys.stderr)
        return 1
    print_table(all_figures, args.runs, env.get("QT_QPA_PLATFORM", ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
