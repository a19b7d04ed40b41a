"""Report export off the GUI thread: the window stays responsive while a PDF or Word file is written.

The report model is built on the GUI thread (it is a frozen snapshot of the session and the
rapporteur's edits, read through the window's own database connection); the worker only draws
the charts and writes the file (services/reports.py export_report: QImage/QPainter, QTextDocument and
QPdfWriter, or python-docx), which needs no database and no widget. It reports back through
queued signals, so the window's slots run on the GUI thread. The file is written atomically, so
a failed export leaves nothing half-written.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from moderator_app.reports.formats import ReportFormatError
from moderator_app.reports.model import Report
from moderator_app.reports.templates import TemplateError
from moderator_app.services import reports as service


class ExportSignals(QObject):
    """What the worker tells the window: the file written, a problem to show, or a bug."""

    finished = Signal(str)  # the path written
    failed = Signal(str)  # a message for the rapporteur (disk full, folder gone…)
    crashed = Signal(object)  # an unexpected exception: a bug, for the crash dialog


class ExportJob(QRunnable):
    """Writes one report file in a worker thread; never touches a widget."""

    def __init__(self, report: Report, fmt: str, target: Path) -> None:
        super().__init__()
        self.report = report
        self.fmt = fmt
        self.target = target
        self.signals = ExportSignals()

    def run(self) -> None:
        try:
            written = service.export_report(self.report, self.fmt, self.target)
        except (OSError, ReportFormatError, TemplateError) as error:
            # A full disk or a template's mistake (one line naming the template): words, not a crash.
            self.signals.failed.emit(str(error))
        except Exception as error:  # a bug: shown by the crash dialog on the GUI thread, never swallowed
            self.signals.crashed.emit(error)
        else:
            self.signals.finished.emit(str(written))


_Callbacks = tuple[Callable[[str], None], Callable[[str], None], Callable[[object], None]]


class ExportRunner(QObject):
    """Runs export jobs one at a time on a pool of its own, and says whether one is under way."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._job: ExportJob | None = None
        self._callbacks: _Callbacks | None = None

    @property
    def busy(self) -> bool:
        return self._job is not None

    def start(
        self,
        report: Report,
        fmt: str,
        target: Path,
        *,
        finished: Callable[[str], None],
        failed: Callable[[str], None],
        crashed: Callable[[object], None],
    ) -> None:
        """Start writing ``report`` as ``fmt`` to ``target``.

        The job's signals are connected before it starts, so a quick job cannot finish unheard; the
        callbacks run on the GUI thread, after ``busy`` has become false.
        """
        job = ExportJob(report, fmt, target)
        job.setAutoDelete(False)  # kept (with its signals) until its result has been delivered
        self._callbacks = (finished, failed, crashed)
        job.signals.finished.connect(self._finished)
        job.signals.failed.connect(self._failed)
        job.signals.crashed.connect(self._crashed)
        self._job = job
        self.pool.start(job)

    # Slots of this QObject (GUI thread): the job is over before the window hears of it.
    def _finished(self, written: str) -> None:
        self._over()[0](written)

    def _failed(self, message: str) -> None:
        self._over()[1](message)

    def _crashed(self, error: object) -> None:
        self._over()[2](error)

    def _over(self) -> _Callbacks:
        """The job is over: not busy any more; its callbacks (finished, failed, crashed)."""
        assert self._callbacks is not None, "a job signals only after start() has kept its callbacks"
        self._job = None
        return self._callbacks

    def wait(self) -> None:
        """Block until a running export has finished (closing the window must not cut a file short)."""
        self.pool.waitForDone()
