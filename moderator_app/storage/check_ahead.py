"""The start's integrity check on a thread of its own, so the window's modules load meanwhile.

``check_database()`` (storage/integrity.py) reads the whole file, which takes longer the larger the
library (benchmarks/integrity.py times it). SQLite lets go of Python's lock while it reads, so on a
machine with two cores the check costs the start almost no time when it runs beside the imports.
Nothing changes in what is checked or when the file is first written: :meth:`CheckAhead.wait`
(called by ``open_database()`` in place of the check) returns only once the check has passed, and
raises what the check raised. Start it only once the data folder's writer lock is held, as the
check itself would be.
"""

from __future__ import annotations

import threading
from pathlib import Path

from moderator_app.storage.integrity import check_database


class CheckAhead:
    """``check_database(path)`` started now on a daemon thread; :meth:`wait` gives its outcome."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="integrity-check", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            check_database(self.path)
        except BaseException as error:  # handed to the thread that waits, whatever it is
            self._error = error

    def wait(self, path: Path) -> None:
        """Return once the check has passed; raise what it raised (CorruptDatabaseError…)."""
        if Path(path) != self.path:
            check_database(path)  # a different file: checked here, as always
            return
        self._thread.join()
        if self._error is not None:
            error, self._error = self._error, None
            raise error
