"""Turns console notifications into a Qt signal, and runs commands with user-facing error handling."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject, Signal

from moderator_app.domain.changes import Change
from moderator_app.domain.snapshot import SessionSnapshot
from moderator_app.domain.text import ValidationError
from moderator_app.services.console import SessionConsole
from moderator_app.services.errors import CorruptDatabaseError, StorageError
from moderator_app.ui.common.errors import error_text

T = TypeVar("T")


class ConsoleBridge(QObject):
    """Owns the current console; emits ``changed`` after every committed command."""

    #: After every committed write: the domain.changes.Change saying what changed.
    changed = Signal(object)
    #: A message for the moderator: (text, is_error).
    message = Signal(str, bool)
    #: A command could not be stored (disk full, read-only folder…): the plain message. It was rolled back.
    storage_failed = Signal(str)
    #: A command was stored again after one that could not be: the warning can go.
    storage_recovered = Signal()

    def __init__(self, console: SessionConsole, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._unsubscribe: Callable[[], None] | None = None
        self.storage_failing = False
        self.console = console
        self.attach(console)

    def attach(self, console: SessionConsole) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
        self.console = console
        self._unsubscribe = console.subscribe(self._on_change)
        self.changed.emit(Change.everything(0, console.session_id))

    def _on_change(self, _snapshot: SessionSnapshot) -> None:
        self.changed.emit(Change.everything(0, self.console.session_id))

    def run(self, command: Callable[[], T], *, done: str | None = None) -> T | None:
        """Run a console command; problems become a message, never a traceback mid-session."""
        try:
            result = command()
        except ValidationError as error:
            self.message.emit(error_text(error), True)
            return None
        except CorruptDatabaseError as error:
            # Rows that cannot be read back: nothing more can be trusted to this file. The next
            # start finds it and offers the newest good backup (ui/recovery_dialog.py).
            words = self.tr(
                "The data file reads as damaged: %1 Nothing was changed. Everything saved before is in the "
                "backups: close and restart the app to be offered the newest good one."
            ).replace("%1", error.problem)
            self.storage_failing = True
            self.message.emit(words, True)
            self.storage_failed.emit(words)
            return None
        except StorageError as error:
            # The environment's doing (see storage/errors.py): the command was rolled back and the
            # window keeps showing the stored state; doing it again once space is freed works.
            self.storage_failing = True
            self.message.emit(str(error), True)
            self.storage_failed.emit(str(error))
            return None
        except sqlite3.Error as error:
            self.message.emit(
                self.tr("Could not save this change: %1. Nothing was changed; check the disk and try again.").replace(
                    "%1", str(error)
                ),
                True,
            )
            return None
        if self.storage_failing:
            self.storage_failing = False
            self.storage_recovered.emit()
        if done:
            self.message.emit(done, False)
        return result
