"""A session page (saved .html/.htm or .txt) dropped on the window opens the import preview, as File → Import does."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QDragEnterEvent, QDropEvent

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow

    from moderator_app.ui.handlers.live import Commands

PAGE_SUFFIXES = (".html", ".htm", ".txt")


def dropped_page(event: QDragEnterEvent | QDropEvent) -> Path | None:
    """The one local session-page file being dragged, or None (several files, a folder, another kind)."""
    urls = event.mimeData().urls() if event.mimeData() is not None else []
    if len(urls) != 1 or not urls[0].isLocalFile():
        return None
    path = Path(urls[0].toLocalFile())
    return path if path.suffix.casefold() in PAGE_SUFFIXES else None


class PageDrop(QObject):
    """Watches the window for a dragged session page; the importer itself loads only on a drop."""

    def __init__(self, window: QMainWindow, commands: Commands) -> None:
        super().__init__(window)
        self.commands = commands
        window.setAcceptDrops(True)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.DragEnter and isinstance(event, QDragEnterEvent):
            if dropped_page(event) is not None:
                event.acceptProposedAction()
                return True
        elif event.type() == QEvent.Type.Drop and isinstance(event, QDropEvent):
            path = dropped_page(event)
            if path is not None:
                event.acceptProposedAction()
                from moderator_app.ui.handlers.imports import ask_import_proposal

                ask_import_proposal(self.commands, path)
                return True
        return False
