"""The real main window on a data folder, for benchmarks that time what a moderator feels (offscreen by default)."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QEvent, QSettings
from PySide6.QtWidgets import QApplication

from benchmarks.common import percentile
from moderator_app.services.console import SessionConsole
from moderator_app.services.library import Library
from moderator_app.system.clock import Clock, SystemClock
from moderator_app.system.paths import AppPaths
from moderator_app.system.resources import countries, regions
from moderator_app.ui.bridge import ConsoleBridge
from moderator_app.ui.handlers.live import AppContext
from moderator_app.ui.window.main_window import MainWindow


@dataclass
class Live:
    """A window on a session, as run_gui builds it."""

    app: QApplication
    window: MainWindow
    library: Library
    clock: Clock

    @property
    def console(self) -> SessionConsole:
        return self.window.bridge.console

    def close(self) -> None:
        self.window.tick_timer.stop()
        self.window.backups.timer.stop()
        self.window.layout_timer.stop()
        self.window.hide()
        self.window.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        self.library.close()


def application() -> QApplication:
    existing = QApplication.instance()
    return existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])


def open_window(data_dir: Path, session_id: str, clock: Clock | None = None, *, ticking: bool = False) -> Live:
    """The main window on ``session_id``; the timer's ticks stopped unless ``ticking`` (benchmarks tick by hand)."""
    app = application()
    clock = clock or SystemClock()
    paths = AppPaths(data_dir)
    library = Library.open(paths, clock)
    console = library.open_console(session_id)
    settings = QSettings(str(paths.settings), QSettings.Format.IniFormat)
    window = MainWindow(ConsoleBridge(console), AppContext(library, countries(), regions()), settings)
    if not ticking:
        window.tick_timer.stop()
    window.backups.timer.stop()  # a backup in the middle of a timing would be measured as the action's
    window.resize(1500, 900)
    window.show()
    flush_paint()
    return Live(app, window, library, clock)


def flush_paint() -> None:
    """Deliver the pending update requests now, so their painting is inside the measurement.

    Three passes: what the first pass runs can post more. A table view lays itself out again from
    a zero-time timer after rows came or went, and the header measures its columns the same way;
    the repaint that follows is posted from there. With one pass that work was measured as part of
    the next action instead (the next speaker paid for the untimed add to the queue before it).
    """
    for _ in range(3):
        QApplication.sendPostedEvents(None, QEvent.Type.UpdateRequest)
        QApplication.sendPostedEvents(None, QEvent.Type.UpdateLater)
        QApplication.processEvents()


def timed_ms(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return (time.perf_counter() - started) * 1000


def timed_wall_cpu_ms(action: Callable[[], object]) -> tuple[float, float]:
    """Wall and CPU milliseconds of ``action``: on a busy machine the CPU time shows the work itself."""
    started, started_cpu = time.perf_counter(), time.process_time()
    action()
    return (time.perf_counter() - started) * 1000, (time.process_time() - started_cpu) * 1000


def summary(samples: list[float]) -> str:
    return (
        f"p50 {percentile(samples, 0.5):7.2f}  p99 {percentile(samples, 0.99):7.2f}  max {max(samples):7.2f} ms"
        f"  (n={len(samples)})"
    )
