"""`make bench`: every benchmark, then one summary of every figure beside its target, with the machine.

Generates the data once (benchmarks/forum_data.py: the largest session and the whole forum, in a
temporary folder), runs each benchmark script as its own process (so one's memory or Qt state
never colours another's figures), lets each print its own table, and ends with the summary.

  make bench        everything, the timer-truth run for 10 minutes (about 25 minutes in all)
  make bench-quick  the same with fewer runs, a 60-second timer-truth run and a shorter day

Usage: python benchmarks/run_all.py [--quick] [--timer-seconds 600] [--markdown FILE]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.common import REPO_ROOT, Figure, machine, read_figures
from benchmarks.forum_data import generate, write_largest_session


def plan(args: argparse.Namespace, forum: Path, largest: Path) -> list[tuple[str, list[str]]]:
    """(title, script and arguments) of every benchmark, in the order they run."""
    quick = args.quick
    return [
        (
            "Start-up and memory against a bare PySide6 window",
            ["startup.py", "--runs", "3" if quick else "10", "--forum", str(forum), "--largest", str(largest)],
        ),
        ("Moderator actions and the timer tick, largest session", ["actions.py", "--rounds", "30" if quick else "100"]),
        ("Report exports, largest session", ["reports.py", "--runs", "1" if quick else "3"]),
        ("The forum: full-text search and opening every session", ["forum.py", str(forum)]),
        ("Event statistics over the forum (stats --event)", ["event_stats.py", str(forum), "--runs", "3"]),
        ("Memory over a simulated day", ["day.py", "--sessions", "6" if quick else "16"]),
        ("CPU while a timer runs", ["cpu_idle.py", "--seconds", "10" if quick else "20"]),
        ("The host's role check per update, largest session", ["role_check.py", "--rounds", "30" if quick else "100"]),
        (
            "Live sharing: host to joined laptop, catch-up, clock, idle CPU",
            ["sharing.py", *(["--quick"] if quick else ["--wifi-runs", "3"])],
        ),
        ("Merging a report section saved on two laptops", ["text_merge.py", "--runs", "5" if quick else "20"]),
        (
            "Timer truth with a busy GUI thread",
            ["timer_truth.py", "--seconds", str(args.timer_seconds or (60 if quick else 600))],
        ),
    ]


def summary_lines(figures: list[Figure], info: dict[str, str], took_s: float, quick: bool) -> list[str]:
    lines = [
        f"moderator-app benchmarks ({'make bench-quick' if quick else 'make bench'}), "
        f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, {took_s / 60:.0f} minutes",
        "",
        "| machine | |",
        "|---|---|",
        *(f"| {key} | {value} |" for key, value in info.items()),
        "",
        "| figure | measured | target | verdict | detail |",
        "|---|---|---|---|---|",
    ]
    for figure in figures:
        value = f"{figure.value:.3g} {figure.unit}" if abs(figure.value) < 1000 else f"{figure.value:.0f} {figure.unit}"
        lines.append(f"| {figure.name} | {value} | {figure.target or '—'} | {figure.verdict} | {figure.detail} |")
    met = sum(1 for f in figures if f.met)
    missed = sum(1 for f in figures if f.met is False)
    lines += ["", f"{met} target(s) met, {missed} missed."]
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer runs, a 60 s timer-truth run, a shorter day")
    parser.add_argument("--timer-seconds", type=float, help="length of the timer-truth run (default 600, quick 60)")
    parser.add_argument("--markdown", type=Path, help="also write the summary to this file")
    args = parser.parse_args()
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    started = time.perf_counter()
    failures = []
    with tempfile.TemporaryDirectory(prefix="moderator-app-bench-") as folder:
        scratch = Path(folder)
        forum, largest = scratch / "forum", scratch / "largest"
        print("== Generating the data (benchmarks/forum_data.py)", flush=True)
        t0 = time.perf_counter()
        counts = generate(forum)
        write_largest_session(largest)
        print(f"forum {counts} and the largest session written in {time.perf_counter() - t0:.0f} s", flush=True)
        results = scratch / "figures.json"
        for title, (script, *arguments) in plan(args, forum, largest):
            print(f"\n== {title} (benchmarks/{script} {' '.join(arguments)})", flush=True)
            command = [sys.executable, str(REPO_ROOT / "benchmarks" / script), *arguments]
            if script != "event_stats.py":
                command += ["--json", str(results)]
            code = subprocess.run(command, cwd=REPO_ROOT, env=env).returncode
            if code != 0:
                failures.append(f"benchmarks/{script} exited with status {code}")
        figures = read_figures(results)
    lines = summary_lines(figures, machine(), time.perf_counter() - started, args.quick)
    print("\n== Summary\n")
    print("\n".join(lines))
    for failure in failures:
        print(f"FAILED: {failure}", file=sys.stderr)
    if args.markdown is not None:
        args.markdown.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
