"""Keep Python's full garbage collections out of a moderator's key presses, so no action stalls.

Now and then, after enough new objects have outlived the young generations, Python walks every
object it tracks to look for reference cycles. With the largest session open that is about
50,000 objects (modules, the window, the session's people, turns and notes, the tables' rows),
long enough that the actions it fell in took far longer than the others: most of the gap between
the actions' median and their p99 (benchmarks/actions.py measures both).

What is there once a session is on screen lives as long as it is on screen, so it is frozen
(``gc.freeze``): full collections leave it alone and walk only what came after, a small part. Frozen
objects are still freed as usual the moment nothing refers to them (the old session's turns when
another session is opened); only reference cycles among them would wait. So after another
session is opened, once the window has been idle a moment, the heap is unfrozen, collected once
and frozen again: that one full collection happens while nobody is waiting for an action.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QTimer

#: How long after another session is opened the one full collection runs.
COLLECT_AFTER_MS = 3_000

_pending: list[QTimer] = []


def freeze_shown() -> None:
    """Everything alive now stays out of full collections (start-up, once the window shows the session)."""
    gc.freeze()


def session_opened() -> None:
    """Another session is on screen: freeze it now, and collect what the previous one left in cycles
    a moment later (once: a second session opened meanwhile moves that moment on)."""
    gc.freeze()
    if not _pending:
        timer = QTimer()
        timer.setSingleShot(True)
        timer.timeout.connect(_collect_and_freeze)
        _pending.append(timer)
    _pending[0].start(COLLECT_AFTER_MS)


def _collect_and_freeze() -> None:
    gc.unfreeze()
    gc.collect()
    gc.freeze()
