"""Start-up before and after a change, interleaved: the same command from two checkouts, in random order.

On a shared machine the load changes from minute to minute, so two runs of startup.py one after the
other can differ by more than a change does. This script starts ``python -m moderator_app --smoke``
from each checkout in turn (``PYTHONPATH`` and working folder set to it), in a new random order
every round, and prints each one's median and smallest wall and CPU time (user + system of the
process, from ``wait4``). The smallest CPU time is the figure the load disturbs least.

Usage::

    git archive <commit> | tar -x -C /tmp/before       # the code before, as plain files
    python benchmarks/startup_ab.py --runs 15 --case second /tmp/before .
    python benchmarks/startup_ab.py --runs 15 --case forum --forum DIR /tmp/before .
    python benchmarks/startup_ab.py --runs 15 --case first /tmp/before .

``first``: a new empty data folder every run; ``second``: one folder per checkout, started once
before the rounds; ``forum``: a copy of DIR (benchmarks/forum_data.py) per checkout. A bare PySide6
window (startup.py's) runs in each round too, for the ratios. Nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.startup import BARE_WINDOW


def run_once(command: list[str], cwd: Path, env: dict[str, str]) -> tuple[float, float]:
    """Wall and CPU milliseconds of one run of ``command`` (its own process, output discarded)."""
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _pid, status, usage = os.wait4(process.pid, 0)
    wall = (time.perf_counter() - started) * 1000
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise SystemExit(f"startup_ab: {' '.join(command)} exited with {process.returncode}")
    return wall, (usage.ru_utime + usage.ru_stime) * 1000


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Start-up of two checkouts, interleaved in random order.")
    parser.add_argument("before", type=Path, help="the checkout before the change (a folder of plain files)")
    parser.add_argument("after", type=Path, help="the checkout after it")
    parser.add_argument("--runs", type=int, default=15, help="measured rounds (default 15; one more warms up)")
    parser.add_argument("--case", choices=["first", "second", "forum"], default="second")
    parser.add_argument("--forum", type=Path, help="with --case forum: a forum data folder to copy")
    args = parser.parse_args(argv)
    if args.case == "forum" and args.forum is None:
        parser.error("--case forum needs --forum DIR")
    scratch = Path(tempfile.mkdtemp(prefix="moderator-app-ab-"))
    trees = {"before": args.before.resolve(), "after": args.after.resolve()}
    base_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    base_env.pop("MODERATOR_APP_DATA_DIR", None)
    base_env.pop("PYTHONDONTWRITEBYTECODE", None)
    bare = scratch / "bare_window.py"
    bare.write_text(BARE_WINDOW, encoding="utf-8")
    results: dict[str, list[tuple[float, float]]] = {"bare": [], "before": [], "after": []}
    try:
        folders = {name: scratch / f"data-{name}" for name in trees}
        if args.case == "forum":
            for folder in folders.values():
                shutil.copytree(args.forum, folder)

        def command(name: str) -> tuple[list[str], Path, dict[str, str]]:
            if name == "bare":
                return [sys.executable, str(bare)], scratch, base_env
            folder = folders[name]
            if args.case == "first":
                shutil.rmtree(folder, ignore_errors=True)
            env = {**base_env, "PYTHONPATH": str(trees[name])}
            return [sys.executable, "-m", "moderator_app", "--data-dir", str(folder), "--smoke"], trees[name], env

        for round_number in range(args.runs + 1):  # round 0 warms up (page cache, .pyc files)
            order = list(results)
            random.shuffle(order)
            for name in order:
                measured = run_once(*command(name))
                if round_number:
                    results[name].append(measured)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    bare_cpu = statistics.median(cpu for _wall, cpu in results["bare"])
    print(f"start-up A/B, case {args.case}, {args.runs} interleaved rounds; load average {os.getloadavg()[0]:.2f}")
    print(f"{'':8} {'wall med':>9} {'wall min':>9} {'CPU med':>8} {'CPU min':>8} {'CPU ×bare':>10}")
    for name, runs in results.items():
        walls = [wall for wall, _cpu in runs]
        cpus = [cpu for _wall, cpu in runs]
        print(
            f"{name:8} {statistics.median(walls):9.0f} {min(walls):9.0f} {statistics.median(cpus):8.0f} "
            f"{min(cpus):8.0f} {statistics.median(cpus) / bare_cpu:10.2f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
