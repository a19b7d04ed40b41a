"""Timer truth: while the GUI thread is kept busy by other work, does the displayed time follow the clock?

The real main window (real clock, real QTimer ticks, offscreen) shows a running intervention of the
largest session. A second QTimer busies the GUI thread in chunks of 30-80 ms (seeded, about half of
the time), as a slow export or a big refresh would. Every time the big timer digits are painted,
the text painted and the monotonic time are recorded. Afterwards each painted value is compared
with the clock over the whole span it stayed on screen (from its paint to the next one): the
error is how far the true countdown was from the interval of times that value stands for
(``countdown_text``: whole seconds, rounded up). Prints the largest error, early or late.

Usage: QT_QPA_PLATFORM=offscreen python benchmarks/timer_truth.py [--seconds 600]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QEvent, QObject, QTimer

from benchmarks.common import Figure, write_figures
from benchmarks.forum_data import write_largest_session
from benchmarks.live import open_window
from moderator_app.domain.clock import Instant
from moderator_app.system.clock import SystemClock

LIMIT_MS = 100.0


class PaintLog(QObject):
    """Records (monotonic seconds, text) whenever the watched label paints."""

    def __init__(self, label, clock: SystemClock) -> None:  # type: ignore[no-untyped-def]
        super().__init__(label)
        self.label = label
        self.clock = clock
        self.painted: list[tuple[float, str]] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.painted.append((self.clock.now().monotonic, self.label.text()))
        return False


def remaining_interval(text: str) -> tuple[float, float] | None:
    """The remaining seconds ``(low, high]`` for which ``countdown_text`` shows ``text`` (None: over time)."""
    if text.startswith("+"):
        return None
    parts = [int(part) for part in text.split(":")]
    shown = 0
    for part in parts:
        shown = shown * 60 + part
    return (shown - 1, shown)


def worst_error_ms(painted: list[tuple[float, str]], speaking_at, allotted: int, end: float) -> tuple[float, int]:  # type: ignore[no-untyped-def]
    """The largest distance (ms) between the clock and the value on screen, and how many values were shown."""
    worst = 0.0
    spans = [(at, text, painted[n + 1][0] if n + 1 < len(painted) else end) for n, (at, text) in enumerate(painted)]
    for start, text, stop in spans:
        interval = remaining_interval(text)
        if interval is None:
            continue
        low, high = interval
        for moment in (start, stop):
            remaining = allotted - speaking_at(moment)
            if remaining > high:  # the display is ahead of the clock
                worst = max(worst, (remaining - high) * 1000)
            elif remaining <= low:  # the display lags behind the clock
                worst = max(worst, (low - remaining) * 1000)
    return worst, len({text for _, text in painted})


def run(seconds: float, seed: int) -> tuple[float, int, float]:
    clock = SystemClock()
    with tempfile.TemporaryDirectory() as folder:
        data_dir = Path(folder)
        session_id = write_largest_session(data_dir)
        live = open_window(data_dir, session_id, clock, ticking=True)
        console = live.console
        # A long turn, so the countdown runs for the whole measurement.
        console.give_floor(console.snapshot.participants[5].id, allotted_seconds=int(seconds) + 3600)
        current = console.snapshot.current_intervention
        assert current is not None
        allotted = current.allotted_seconds or 0
        log = PaintLog(live.window.timer_panel.time_label, clock)
        live.window.timer_panel.time_label.installEventFilter(log)
        rng = random.Random(seed)
        busy_ms: list[float] = []

        def busy() -> None:
            chunk = rng.uniform(0.030, 0.080)
            started = time.perf_counter()
            while time.perf_counter() - started < chunk:
                pass
            busy_ms.append(chunk * 1000)
            loader.start(rng.randint(20, 80))

        loader = QTimer()
        loader.setSingleShot(True)
        loader.timeout.connect(busy)
        loader.start(10)
        QTimer.singleShot(int(seconds * 1000), live.app.quit)
        started = time.perf_counter()
        live.app.exec()
        elapsed = time.perf_counter() - started
        loader.stop()
        end = clock.now().monotonic
        turn = console.snapshot.current_intervention
        assert turn is not None
        wall, boot = clock.now().wall, clock.now().boot_id  # the monotonic clock decides within one boot

        def speaking_at(moment: float) -> float:
            return turn.speaking_seconds(Instant(moment, wall, boot))

        worst, values = worst_error_ms(log.painted, speaking_at, allotted, end)
        load = sum(busy_ms) / 1000 / elapsed
        live.close()
    return worst, values, load


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=600, help="length of the run (default 600 = 10 minutes)")
    parser.add_argument("--seed", type=int, default=2017)
    parser.add_argument("--json", type=Path, help="append the figures to this JSON file (for run_all.py)")
    args = parser.parse_args()
    worst, values, load = run(args.seconds, args.seed)
    print(
        f"{args.seconds:.0f} s run, GUI thread busy {load:.0%} of the time in 30-80 ms chunks: "
        f"{values} different values shown, largest difference from the clock {worst:.0f} ms"
    )
    write_figures(
        args.json,
        [
            Figure(
                f"timer truth: largest display error, {args.seconds / 60:g}-minute run",
                worst,
                "ms",
                LIMIT_MS,
                "≤ 100 ms",
                detail=f"GUI thread busy {load:.0%} in 30-80 ms chunks; {values} values shown",
            )
        ],
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
