"""Take the README screenshot from the real app: stage a mid-session state, open the window, grab it.

Usage: python tools/screenshot.py OUT.png [--width 1500 --height 900]
Run under a real X server (Xvfb) for faithful fonts; offscreen works too.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from moderator_app.clock import SystemClock
from moderator_app.console import SessionConsole
from moderator_app.domain.clock import Instant
from moderator_app.domain.enums import InterventionKind
from moderator_app.paths import AppPaths
from moderator_app.resources import countries, regions
from moderator_app.sessions import ensure_demo
from moderator_app.storage.database import open_database
from moderator_app.storage.repository import SessionRepository
from moderator_app.ui.bridge import ConsoleBridge
from moderator_app.ui.commands import AppContext
from moderator_app.ui.main_window import MainWindow


class ShiftedClock:
    """The system clock seen ``offset`` seconds in the past: lets the script replay earlier minutes."""

    def __init__(self) -> None:
        self.real = SystemClock()
        self.offset = 0.0

    def now(self) -> Instant:
        real = self.real.now()
        return Instant(real.monotonic - self.offset, real.wall - timedelta(seconds=self.offset), real.boot_id)


def stage(console: SessionConsole, clock: ShiftedClock) -> None:
    """Replay the first 24 minutes of the demo round table, ending 2:38 into a speaker's turn."""
    clock.offset = 24 * 60
    console.start_session()
    clock.offset -= 4 * 60
    console.next_segment()  # speakers' round
    for speaking_seconds in (298, 341, 262):
        console.next_speaker()
        clock.offset -= speaking_seconds
    clock.offset = 158  # the current speaker started 2:38 ago
    console.next_speaker()
    by_name = {p.name: p for p in console.snapshot.participants}
    console.enqueue(by_name["Matthew Shears"].id, InterventionKind.QUESTION)
    console.enqueue(by_name["Belisario Contreras"].id, InterventionKind.REPLY)
    console.adjust_time(-30)
    clock.offset = 0


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("output")
    parser.add_argument("--width", type=int, default=1500)
    parser.add_argument("--height", type=int, default=900)
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as folder:
        paths = AppPaths(Path(folder))
        db = open_database(paths.database)
        repository = SessionRepository(db)
        clock = ShiftedClock()
        session_id = ensure_demo(repository, clock)
        console = SessionConsole(repository, clock, session_id, regions=regions())
        stage(console, clock)
        settings = QSettings(str(paths.settings), QSettings.Format.IniFormat)
        window = MainWindow(
            ConsoleBridge(console), AppContext(paths, repository, clock, countries(), regions()), settings
        )
        window.resize(args.width, args.height)
        window.show()
        window._default_dock_sizes()

        def capture() -> None:
            window.grab().save(args.output)
            app.quit()

        QTimer.singleShot(1500, capture)
        app.exec()
        print(args.output, datetime.now().isoformat(timespec="seconds"))
        db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
