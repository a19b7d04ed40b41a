"""Per-tick cost of the live balance for a big session: 200 participants, 1,000 interventions.

Prints, in milliseconds over many ticks (median, 95th percentile, max):
  recompute  - compute_balance + suggestion + contingents (the domain work of one tick)
  panel      - recompute + BalancePanel.show_balance + Qt painting what changed (as the event loop does)
  tick       - MainWindow.tick() as the timer calls it + Qt painting what changed, whole window
  full paint - the worst case: tick() then a forced repaint of every widget in the window

Usage: QT_QPA_PLATFORM=offscreen python benchmarks/balance.py [--ticks 300]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QEvent, QSettings
from PySide6.QtWidgets import QApplication

from moderator_app.domain.enums import InterventionKind, StakeholderGroup
from moderator_app.domain.session import ParticipantDraft
from moderator_app.domain.steering import Contingent, contingent_status
from moderator_app.services.console import SessionConsole
from moderator_app.services.library import Library
from moderator_app.system.paths import AppPaths
from moderator_app.system.resources import countries, regions
from moderator_app.ui.bridge import ConsoleBridge
from moderator_app.ui.handlers.live import AppContext
from moderator_app.ui.window.main_window import MainWindow
from tests.support import FakeClock

PARTICIPANTS = 200
INTERVENTIONS = 1000


def build(console: SessionConsole, clock: FakeClock) -> None:
    """A forum-sized session through the real console service (every action committed)."""
    rng = random.Random(2017)
    groups = [g.value for g in StakeholderGroup] + [None]
    genders = ["woman", "man", "non_binary", None]
    codes = sorted(regions())
    people = []
    for n in range(PARTICIPANTS - len(console.snapshot.participants)):
        draft = ParticipantDraft(
            name=f"Participant {n:03d}",
            stakeholder_group=rng.choice(groups),
            gender=rng.choice(genders),
            country=rng.choice([*codes, ""]),
            roles=("speaker",) if n % 4 == 0 else ("participant",),
            attendance=rng.choice(["onsite", "onsite", "remote"]),
        )
        people.append(console.add_participant(draft).id)
    everyone = [p.id for p in console.snapshot.participants]
    for n in range(INTERVENTIONS):
        kind = InterventionKind.POINT_OF_ORDER if n % 50 == 0 else InterventionKind.INTERVENTION
        console.give_floor(rng.choice(everyone), kind)
        clock.advance(rng.uniform(20, 200))
    for person in rng.sample(everyone, 12):
        try:
            console.enqueue(person)
        except Exception:  # already queued: fine for a benchmark
            pass
    console.set_contingents(
        [Contingent(StakeholderGroup.GOVERNMENT, 3600), Contingent(StakeholderGroup.CIVIL_SOCIETY, 3600)]
    )


def flush_paint() -> None:
    """Deliver the pending update requests now, so their painting is inside the measurement."""
    QApplication.sendPostedEvents(None, QEvent.Type.UpdateRequest)
    QApplication.sendPostedEvents(None, QEvent.Type.UpdateLater)
    QApplication.processEvents()


def measure(label: str, action: Callable[[], None], ticks: int, clock: FakeClock) -> None:
    samples = []
    for _ in range(ticks):
        clock.advance(0.1)
        start = time.perf_counter()
        action()
        samples.append((time.perf_counter() - start) * 1000)
    samples.sort()
    p95 = samples[int(len(samples) * 0.95) - 1]
    print(f"{label:10s} median {statistics.median(samples):6.2f} ms   p95 {p95:6.2f} ms   max {samples[-1]:6.2f} ms")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--ticks", type=int, default=300)
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as folder:
        paths = AppPaths(Path(folder))
        clock = FakeClock()
        library = Library.open(paths, clock)
        console = library.open_console(library.ensure_demo())
        started = time.perf_counter()
        build(console, clock)
        snapshot = console.snapshot
        print(
            f"session: {len(snapshot.participants)} participants, {len(snapshot.interventions)} interventions "
            f"(one running), {len(snapshot.queue)} waiting; built in {time.perf_counter() - started:.1f} s"
        )
        settings = QSettings(str(paths.settings), QSettings.Format.IniFormat)
        window = MainWindow(ConsoleBridge(console), AppContext(library, countries(), regions()), settings)
        window.tick_timer.stop()
        window.resize(1500, 900)
        window.show()
        app.processEvents()
        panel = window.balance_panel

        def recompute() -> None:
            balance = console.balance()
            console.suggestion(balance)
            contingent_status(console.snapshot.contingents, balance)

        def panel_update() -> None:
            balance = console.balance()
            panel.show_balance(
                balance,
                console.snapshot.participants,
                console.suggestion(balance),
                contingent_status(console.snapshot.contingents, balance),
                describe=False,  # the window refreshes the screen-reader text once a second, not every tick
            )
            flush_paint()

        def tick() -> None:
            window.tick()
            flush_paint()

        def full_paint() -> None:
            window.tick()
            window.repaint()

        for tab in (0, 1):  # person (200 rows) and stakeholder group
            panel.tabs.setCurrentIndex(tab)
            print(f"-- balance panel showing: {panel.tabs.tabText(tab)}")
            measure("recompute", recompute, args.ticks, clock)
            measure("panel", panel_update, args.ticks, clock)
            measure("tick", tick, args.ticks, clock)
            measure("full paint", full_paint, args.ticks, clock)
        library.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
