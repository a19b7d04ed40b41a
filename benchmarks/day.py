"""Memory over a simulated 8-hour day: one window, session after session, in one process.

Sixteen half-hour sessions of the forum (benchmarks/forum_data.py, in a data folder of its own)
are opened one after another in the same window, as a moderator moving from room to room would.
In each: people join the queue, get the floor, are paused and resumed, notes are taken, the timer
ticks, and the rapporteur's report is built and rendered to HTML. The resident size is read after
every session; the growth is from the end of the second session (the first ones load Qt's
plugins, fonts and caches) to the end of the day.

Usage: QT_QPA_PLATFORM=offscreen python benchmarks/day.py [--sessions 16] [--actions 60]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.common import Figure, rss_mib, write_figures
from benchmarks.forum_data import generate
from benchmarks.live import flush_paint, open_window
from moderator_app.reports.text import render_html
from tests.support import FakeClock

LIMIT_PERCENT = 10.0


def run(sessions: int, actions: int) -> list[float]:
    clock = FakeClock()
    rng = random.Random(8)
    samples = []
    with tempfile.TemporaryDirectory() as folder:
        data_dir = Path(folder)
        generate(data_dir, scale=sessions / 300 * 2)  # twice the sessions needed, the forum's mix
        live = open_window(data_dir, "forum-0000", clock)
        window, bridge = live.window, live.window.bridge
        for n in range(sessions):
            window.commands.open_console(f"forum-{n:04d}")
            console = bridge.console
            people = [p.id for p in console.snapshot.participants]
            for k in range(actions):
                step = k % 6
                if step == 0:
                    waiting = {e.participant_id for e in console.snapshot.queue}
                    free = [p for p in people if p not in waiting] or people
                    bridge.run(lambda free=free, console=console: console.enqueue(rng.choice(free)))
                elif step == 1 and console.snapshot.queue:
                    bridge.run(console.next_speaker)
                elif step in (2, 3) and console.snapshot.current_intervention is not None:
                    bridge.run(console.toggle_timer)
                elif step == 4:
                    bridge.run(
                        lambda k=k, console=console: console.add_note(f"Point {k}: costs, rights and who decides")
                    )
                clock.advance(rng.uniform(10, 40))
                for _ in range(5):
                    clock.advance(0.1)
                    window.tick()
                flush_paint()
            report = console.report("igf-workshop", None, clock.now())
            render_html(report, report.template)
            samples.append(rss_mib())
            print(f"after session {n + 1:2d}: RSS {samples[-1]:6.1f} MiB")
        live.close()
    return samples


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=16, help="sessions in the day (default 16)")
    parser.add_argument("--actions", type=int, default=60, help="moderator actions per session (default 60)")
    parser.add_argument("--json", type=Path, help="append the figures to this JSON file (for run_all.py)")
    args = parser.parse_args()
    if args.sessions < 3:
        parser.error("--sessions must be 3 or more")
    samples = run(args.sessions, args.actions)
    baseline, end = samples[1], samples[-1]
    growth = 100 * (end - baseline) / baseline
    print(f"growth from session 2 to the end of the day: {growth:+.1f} % ({baseline:.1f} → {end:.1f} MiB)")
    write_figures(
        args.json,
        [
            Figure(
                f"memory growth over a day ({args.sessions} sessions)",
                growth,
                "%",
                LIMIT_PERCENT,
                "< 10 %",
                detail=f"{baseline:.0f} → {end:.0f} MiB, peak {max(samples):.0f} MiB",
            )
        ],
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
