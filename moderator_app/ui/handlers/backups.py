"""Automatic backups from the window (session end, close, every 5 minutes) and File → Restore from backup."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from moderator_app.services.errors import StorageError
from moderator_app.ui.common import message_box

if TYPE_CHECKING:
    from moderator_app.services.backups import DiskUsage
    from moderator_app.ui.handlers.live import AppContext, Commands
    from moderator_app.ui.window.host import WindowHost

BACKUP_INTERVAL_MS = 5 * 60 * 1000


class BackupCommands(QObject):
    """Takes backups on the GUI thread (a few ms: see docs/backups.md) and never lets one interrupt the session."""

    def __init__(self, host: WindowHost, context: AppContext, commands: Commands) -> None:
        super().__init__(host.window())
        self.host = host
        #: The parent of the restore's dialogs.
        self.window = host.window()
        self.context = context
        self.commands = commands
        self.last_seconds: float | None = None
        # How free space is read (None: shutil.disk_usage); a test puts a nearly full disk here.
        self.disk_usage: DiskUsage | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(BACKUP_INTERVAL_MS)
        self.timer.timeout.connect(lambda: self.backup_now("timer"))
        self.timer.start()

    def backup_now(self, reason: str) -> Path | None:
        """Take a backup if something changed since the last one, then thin the folder.

        A failure (disk full, read-only folder) becomes a status-bar message; nothing is raised.
        """
        from moderator_app.services.backups import NoRoomForBackup, megabytes

        started = time.perf_counter()
        try:
            taken = self.context.library.take_backup(reason, disk_usage=self.disk_usage)
        except NoRoomForBackup as skipped:
            self.host.show_message(
                self.tr(
                    "Backup skipped: only %1 MB free on the disk, and a backup must leave %2 MB for the session "
                    "to go on. Free some space; the session itself is saved."
                )
                .replace("%1", str(megabytes(skipped.free)))
                .replace("%2", str(megabytes(skipped.margin))),
                True,
            )
            return None
        except (StorageError, sqlite3.Error, OSError) as error:
            self.host.show_message(
                self.tr("Backup failed: %1. The session itself is saved; free some space or check the folder.").replace(
                    "%1", str(error)
                ),
                True,
            )
            return None
        self.last_seconds = time.perf_counter() - started
        return taken

    def restore_from_backup(self) -> None:
        from moderator_app.ui.dialogs.restore_dialog import RestoreDialog

        library = self.context.library
        backups, unreadable = library.list_backups()
        if not backups:
            message_box.information(
                self.window,
                self.tr("Restore from backup"),
                self.tr("There are no backups in %1 yet.").replace("%1", str(library.paths.backups)),
            )
            return
        dialog = RestoreDialog(backups, unreadable, self.window)
        if dialog.exec() and dialog.chosen is not None:
            self.restore(dialog.chosen)

    def restore(self, backup: Path) -> bool:
        """Restore through the library (which backs up the current state first and opens the file
        again), then run a fresh console on it: the open one read from the connection now closed.

        The same session is shown again if the backup has it, else the one the app would open at start.
        """
        library = self.context.library
        session_id = self.host.bridge.console.session_id
        self.commands.close_report()  # it reads through the connection that is about to close
        try:
            restored = library.restore(backup)
            if not library.exists(session_id):
                session_id = library.session_to_open(None)
        except StorageError as error:
            message_box.critical(self.window, self.tr("Restore from backup"), str(error))
            return False
        self.commands.open_console(session_id)
        if restored.problem is not None:
            message_box.warning(self.window, self.tr("Restore from backup"), str(restored.problem))
            return False
        if restored.moved_aside is not None:  # the database had been damaged: kept under another name, not backed up
            done = self.tr("Restored the backup %1. The damaged database was kept as %2.").replace(
                "%2", restored.moved_aside.name
            )
        else:
            done = self.tr("Restored the backup %1. The state before it was backed up too.")
        self.host.show_message(done.replace("%1", backup.name), False)
        return True
