"""Start-up figures: moderator-app's window against a bare PySide6 window, in the same run.

Prints the whole-process wall time (median and min, ms), CPU time (user + system, ms) and peak
resident memory (MiB) of:

* a bare PySide6 window (QApplication + QMainWindow, shown, exits on its first paint): the floor
  that any Qt app on this machine pays;
* ``python -m moderator_app --data-dir <new folder> --smoke``: the first start, with an empty data
  folder (it creates the database and the demo session);
* the same command again on that folder: an ordinary start;
* with ``--forum DIR``: the same on a data folder holding a whole forum (benchmarks/forum_data.py);
* with ``--largest DIR``: the window opened on the largest session (200 people, 1,000 turns, 3,000 notes).

Each run is its own process, started by a small wrapper process whose only child it is, so
``getrusage(RUSAGE_CHILDREN)`` in the wrapper is that run's peak RSS and CPU time. Runs are
interleaved so that a noisy moment on the machine spreads over all figures. When ``hyperfine`` is
installed, the wall-time medians come from it (``hyperfine -N --warmup 1``); otherwise from the
wrapper's own timing loop.

Usage: ``python benchmarks/startup.py [--runs N] [--platform offscreen] [--forum DIR] [--largest DIR]``.
This is a script that prints figures; nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import textwrap
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import Figure, machine, write_figures

REPO_ROOT = Path(__file__).resolve().parent.parent
RUN_TIMEOUT_SECONDS = 120
TARGET_RATIO = 1.5  # start-up at most 1.5× the bare window
MEMORY_RATIO = 2.0  # the largest session open: resident size at most 2× the bare window's

#: Runs one command as its only child, then prints its wall time, CPU time, peak RSS and exit status as JSON.
WRAPPER = textwrap.dedent(
    """
    import json, resource, subprocess, sys, time
    started = time.perf_counter()
    result = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    wall = time.perf_counter() - started
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    # Linux reports KiB, macOS bytes.
    rss_bytes = usage.ru_maxrss if sys.platform == "darwin" else usage.ru_maxrss * 1024
    print(json.dumps({
        "wall_seconds": wall,
        "cpu_seconds": usage.ru_utime + usage.ru_stime,
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
class Case:
    """One command to start again and again, and what its runs measured."""

    key: str
    label: str
    command: list[str]
    #: A folder emptied before every run (the first start needs a new data folder each time).
    fresh_dir: Path | None = None
    wall_ms: list[float] = field(default_factory=list)
    cpu_ms: list[float] = field(default_factory=list)
    rss_mib: list[float] = field(default_factory=list)
    hyperfine_ms: float | None = None

    def add(self, report: dict[str, float]) -> None:
        self.wall_ms.append(report["wall_seconds"] * 1000)
        self.cpu_ms.append(report["cpu_seconds"] * 1000)
        self.rss_mib.append(report["rss_bytes"] / (1024 * 1024))

    @property
    def median_ms(self) -> float:
        return self.hyperfine_ms if self.hyperfine_ms is not None else statistics.median(self.wall_ms)


def measure(case: Case, env: dict[str, str]) -> dict[str, float]:
    """Wall and CPU seconds and peak RSS bytes of one run of the case, in its own process."""
    if case.fresh_dir is not None:
        shutil.rmtree(case.fresh_dir, ignore_errors=True)
    try:
        completed = subprocess.run(
            [sys.executable, "-c", WRAPPER, *case.command],
            cwd=REPO_ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=RUN_TIMEOUT_SECONDS,
        )
    except subprocess.TimeoutExpired:
        raise RunFailed(case.label, case.command, -1, f"did not finish within {RUN_TIMEOUT_SECONDS} s") from None
    if completed.returncode != 0:
        raise RunFailed(case.label, case.command, completed.returncode, completed.stderr)
    report = json.loads(completed.stdout)
    if report["returncode"] != 0:
        raise RunFailed(case.label, case.command, report["returncode"], report["stderr"])
    return report


def app_command(data_dir: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "moderator_app", "--data-dir", str(data_dir), *extra, "--smoke"]


def hyperfine_medians(cases: list[Case], runs: int, warmup: int, env: dict[str, str], scratch: Path) -> None:
    """Wall-time medians from hyperfine (no shell between it and the command), when it is installed."""
    hyperfine = shutil.which("hyperfine")
    if hyperfine is None:
        return
    export = scratch / "hyperfine.json"
    command = [hyperfine, "-N", "--style", "none", "--runs", str(runs), "--warmup", str(warmup)]
    command += ["--export-json", str(export)]
    for case in cases:
        prepare = f"rm -rf {case.fresh_dir}" if case.fresh_dir is not None else "true"
        command += ["--prepare", prepare, "--command-name", case.key, " ".join(case.command)]
    completed = subprocess.run(command, cwd=REPO_ROOT, env=env, capture_output=True, text=True)
    if completed.returncode != 0:
        print(f"(hyperfine failed, using the timing loop: {completed.stderr.strip()[-300:]})", file=sys.stderr)
        return
    results = {result["command"]: result for result in json.loads(export.read_text())["results"]}
    for case in cases:
        if case.key in results:
            case.hyperfine_ms = results[case.key]["median"] * 1000


def run(args: argparse.Namespace, env: dict[str, str], scratch: Path) -> list[Case]:
    bare_script = scratch / "bare_window.py"
    bare_script.write_text(BARE_WINDOW, encoding="utf-8")
    empty = scratch / "empty"
    cases = [
        Case("bare", "bare PySide6 window", [sys.executable, str(bare_script)]),
        Case("first", "first start (empty data folder)", app_command(empty), fresh_dir=empty),
        Case("second", "second start (same folder)", app_command(scratch / "kept")),
    ]
    if args.forum is not None:
        cases.append(Case("forum", "forum library (300 sessions)", app_command(args.forum)))
    if args.largest is not None:
        cases.append(Case("largest", "largest session open", app_command(args.largest, "--session", args.session)))
    for index in range(args.warmup + args.runs):
        for case in cases:
            report = measure(case, env)
            if index >= args.warmup:  # warm-up runs fill the page cache and compile .pyc files
                case.add(report)
    if not args.no_hyperfine:
        hyperfine_medians(cases, args.runs, args.warmup, env, scratch)
    return cases


def print_table(cases: list[Case], runs: int, platform_name: str) -> None:
    print(f"moderator-app start-up: {runs} run(s) each, QT_QPA_PLATFORM={platform_name or '(unset)'}")
    for key, value in machine().items():
        print(f"  {key:7} {value}")
    source = "hyperfine" if any(case.hyperfine_ms is not None for case in cases) else "timing loop"
    header = f"{'':34} {'median ms':>10} {'min ms':>8} {'CPU ms':>8} {'RSS median MiB':>15} {'RSS max MiB':>12}"
    print(f"(wall-time medians from {source}; min, CPU and RSS from the wrapper's runs)")
    print(header)
    print("-" * len(header))
    for case in cases:
        print(
            f"{case.label:34} {case.median_ms:10.0f} {min(case.wall_ms):8.0f} {statistics.median(case.cpu_ms):8.0f} "
            f"{statistics.median(case.rss_mib):15.1f} {max(case.rss_mib):12.1f}"
        )
    bare = cases[0]
    for case in cases[1:]:
        print(
            f"{case.label}: {case.median_ms / bare.median_ms:.2f}× the bare window's wall time, "
            f"{statistics.median(case.cpu_ms) / statistics.median(bare.cpu_ms):.2f}× its CPU time, "
            f"{statistics.median(case.rss_mib) / statistics.median(bare.rss_mib):.2f}× its memory"
        )


def figures(cases: list[Case]) -> list[Figure]:
    bare = cases[0]
    bare_cpu = statistics.median(bare.cpu_ms)
    bare_rss = statistics.median(bare.rss_mib)
    result = [Figure("start-up: bare PySide6 window (the floor)", bare.median_ms, "ms")]
    for case in cases[1:]:
        ratio = case.median_ms / bare.median_ms
        detail = (
            f"{case.median_ms:.0f} ms vs {bare.median_ms:.0f} ms; CPU {statistics.median(case.cpu_ms):.0f} ms "
            f"= {statistics.median(case.cpu_ms) / bare_cpu:.2f}× the bare window's"
        )
        limit = TARGET_RATIO if case.key in ("first", "forum") else None
        result.append(Figure(f"start-up: {case.label}", ratio, "× bare", limit, "≤ 1.5× bare", detail=detail))
        if case.key == "largest":
            rss = statistics.median(case.rss_mib)
            result.append(
                Figure(
                    "memory: peak RSS, largest session open",
                    rss / bare_rss,
                    "× bare",
                    MEMORY_RATIO,
                    "≤ 2× bare",
                    detail=f"{rss:.0f} MiB vs {bare_rss:.0f} MiB",
                )
            )
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Print moderator-app's start-up time and memory against a bare Qt window."
    )
    parser.add_argument("--runs", type=int, default=5, help="measured runs of each command (default 5)")
    parser.add_argument("--warmup", type=int, default=1, help="unmeasured runs first (default 1)")
    parser.add_argument(
        "--platform",
        default="offscreen",
        help="QT_QPA_PLATFORM for the runs (default offscreen; '' keeps the environment's)",
    )
    parser.add_argument("--forum", type=Path, help="also start on this data folder (benchmarks/forum_data.py)")
    parser.add_argument("--largest", type=Path, help="also open the largest session in this data folder")
    parser.add_argument("--session", default="largest-session", help="the largest session's id (with --largest)")
    parser.add_argument(
        "--no-hyperfine", action="store_true", help="time with the Python loop even if hyperfine is here"
    )
    parser.add_argument("--json", type=Path, help="append the figures to this JSON file (for run_all.py)")
    args = parser.parse_args(argv)
    if args.runs < 1 or args.warmup < 0:
        parser.error("--runs must be 1 or more and --warmup 0 or more")
    env = dict(os.environ)
    if args.platform:
        env["QT_QPA_PLATFORM"] = args.platform
    env.pop("MODERATOR_APP_DATA_DIR", None)  # every run names its own --data-dir
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed app has its .pyc files; the warm-up writes them
    scratch = Path(tempfile.mkdtemp(prefix="moderator-app-bench-"))
    try:
        cases = run(args, env, scratch)
    except RunFailed as failure:
        print(f"startup benchmark: '{failure.label}' failed (exit status {failure.returncode}).", file=sys.stderr)
        print(f"  command: {' '.join(failure.command)}", file=sys.stderr)
        print(textwrap.indent(failure.stderr.rstrip() or "(no error output)", "  | "), file=sys.stderr)
        return 1
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    print_table(cases, args.runs, env.get("QT_QPA_PLATFORM", ""))
    write_figures(args.json, figures(cases))
    return 0


if __name__ == "__main__":
    sys.exit(main())
