"""Every moderator action on the largest session, as the window runs it, and the timer's tick.

The largest session (benchmarks/forum_data.py: 200 participants, 1,000 interventions, 3,000 notes,
12 waiting) is opened in the real main window with the real clock. Each action goes through the
window's bridge exactly as a key press does: the console validates it, commits it to the database
(synchronous=FULL: durable when it returns), reads back what changed, and the window refreshes
its tables; the timing ends after Qt has painted what changed. Actions, in rounds:

  start        - N with nobody speaking: the head of the queue gets the floor
  pause        - Space while someone speaks
  resume       - Space again
  add to queue - A: someone joins the end of the queue
  reorder      - the last in the queue moved to the top
  next speaker - N while someone speaks: their turn ends, the next one's starts (one commit)
  save a note  - Enter in the quick-note field
  tick         - the 100 ms timer tick while someone speaks (timer digits, session clock) plus painting
  second tick  - the tick when the speaker reaches a new whole second: also the live balance and
                 the tables' totals (once a second)

Prints p50/p99/max per action, and the panels each action's refresh updated (those showing a part
its change named: ui/window/refresh.py); with --phases also the CPU of the command (its commit and
the window's refresh) apart from Qt's layout and painting after it.
Usage: python benchmarks/actions.py [--rounds 100] [--ticks 500] [--phases]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.common import Figure, percentile, write_figures
from benchmarks.forum_data import write_largest_session
from benchmarks.live import flush_paint, open_window, summary, timed_wall_cpu_ms
from moderator_app.ui.window.refresh import Panel

ACTION_P99_MS = 50.0
TICK_MS = 5.0


#: CPU milliseconds of each action's two halves, by action: (command + commit + refresh, layout + painting).
PHASES: dict[str, list[tuple[float, float]]] = {}

#: The panels each action's refresh updated, by action (every round's, together).
REFRESHED: dict[str, set[str]] = {}

NAMES = ("start", "pause", "resume", "add to queue", "reorder", "next speaker", "save a note", "tick", "second tick")


def run(rounds: int, ticks: int) -> tuple[dict[str, list[float]], dict[str, list[float]]]:
    """Wall and CPU milliseconds of every action, by action."""
    samples: dict[str, list[float]] = {name: [] for name in NAMES}
    cpu: dict[str, list[float]] = {name: [] for name in NAMES}

    def record(name: str, action) -> None:  # type: ignore[no-untyped-def]
        wall_ms, cpu_ms = timed_wall_cpu_ms(action)
        samples[name].append(wall_ms)
        cpu[name].append(cpu_ms)

    with tempfile.TemporaryDirectory() as folder:
        data_dir = Path(folder)
        session_id = write_largest_session(data_dir)
        live = open_window(data_dir, session_id)
        console, bridge, refresher = live.console, live.window.bridge, live.window.refresher
        rng = random.Random(9)
        people = [p.id for p in console.snapshot.participants]

        def act(name: str, command) -> None:  # type: ignore[no-untyped-def]
            def timed() -> None:
                refresher.last_refreshed = frozenset()
                started = time.process_time()
                bridge.run(command)  # the command, its commit and the window's refresh
                ran = time.process_time()
                REFRESHED.setdefault(name, set()).update(refresher.last_refreshed)
                flush_paint()  # Qt laying out and painting what changed
                PHASES.setdefault(name, []).append(((ran - started) * 1000, (time.process_time() - ran) * 1000))

            record(name, timed)

        for n in range(rounds):
            if console.snapshot.current_intervention is not None:
                bridge.run(console.end_intervention)
                flush_paint()  # untimed: painted now, not inside the next action's timing
            waiting = {entry.participant_id for entry in console.snapshot.queue}
            free = [p for p in people if p not in waiting]
            act("add to queue", lambda free=free: console.enqueue(rng.choice(free)))
            queue = console.snapshot.queue
            act("reorder", lambda queue=queue: console.move_entry(queue[-1].id, 0))
            act("start", console.next_speaker)
            act("pause", console.toggle_timer)
            act("resume", console.toggle_timer)
            act("save a note", lambda n=n: console.add_note(f"Round {n}: a point on data flows and who decides"))
            free = [p for p in people if p not in {entry.participant_id for entry in console.snapshot.queue}]
            bridge.run(lambda free=free: console.enqueue(rng.choice(free)))
            flush_paint()
            act("next speaker", console.next_speaker)
        for _ in range(ticks):
            record("tick", lambda: (live.window.tick(), flush_paint()))
        for _ in range(ticks):
            live.window.refresher.live_second = -1  # as when the running turn reaches its next whole second
            record("second tick", lambda: (live.window.tick(), flush_paint()))
        snapshot = console.snapshot
        print(
            f"session at the end: {len(snapshot.participants)} participants, {len(snapshot.interventions)} "
            f"interventions, {len(snapshot.notes)} notes, {len(snapshot.queue)} waiting"
        )
        live.close()
    return samples, cpu


def panel_list(panels: set[str]) -> str:
    """The panels in the window's order, or "every panel"."""
    every = [str(panel) for panel in Panel]
    if set(every) <= panels:
        return "every panel"
    return ", ".join(panel for panel in every if panel in panels) or "none"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=100, help="rounds of every action (default 100)")
    parser.add_argument("--ticks", type=int, default=500, help="timer ticks to time (default 500)")
    parser.add_argument("--json", type=Path, help="append the figures to this JSON file (for run_all.py)")
    parser.add_argument(
        "--phases", action="store_true", help="also print each action's CPU split: command and refresh, then painting"
    )
    args = parser.parse_args()
    samples, cpu = run(args.rounds, args.ticks)
    if args.phases:
        print("CPU p50 of each half: the command, its commit and the window's refresh | Qt's layout and painting")
        for name, halves in PHASES.items():
            ran, painted = [h[0] for h in halves], [h[1] for h in halves]
            print(f"{name:13s} {percentile(ran, 0.5):6.1f} ms | {percentile(painted, 0.5):6.1f} ms")
    figures = []
    print("wall time (what the moderator waits), then CPU time (the work itself, whatever else the machine does):")
    for name, values in samples.items():
        print(f"{name:13s} wall {summary(values)}")
        print(f"{'':13s} CPU  {summary(cpu[name])}")
        if name in ("tick", "second tick"):
            figures.append(
                Figure(
                    "tick while someone speaks (median)" if name == "tick" else "once-a-second tick (median)",
                    percentile(values, 0.5),
                    "ms",
                    TICK_MS,
                    "< 5 ms",
                    detail=f"p99 {percentile(values, 0.99):.1f} ms; CPU p50 {percentile(cpu[name], 0.5):.1f} ms",
                )
            )
        else:
            figures.append(
                Figure(
                    f"action p99: {name}",
                    percentile(values, 0.99),
                    "ms",
                    ACTION_P99_MS,
                    "p99 < 50 ms",
                    detail=(
                        f"p50 {percentile(values, 0.5):.1f} ms, max {max(values):.1f} ms; "
                        f"CPU p50 {percentile(cpu[name], 0.5):.1f}, p99 {percentile(cpu[name], 0.99):.1f} ms"
                    ),
                )
            )
    print("panels each action's refresh updated:")
    for name, panels in REFRESHED.items():
        print(f"{name:13s} {panel_list(panels)}")
    write_figures(args.json, figures)
    return 0


if __name__ == "__main__":
    sys.exit(main())
