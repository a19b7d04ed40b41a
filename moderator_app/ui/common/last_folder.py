"""Where a save dialog opens: the folder last chosen for that kind of file, else the home folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from moderator_app.system.settings import FOLDERS, read, write

#: The kinds of file that each keep their own folder (system/settings.py FOLDERS).
SESSION_FILE, REPORT, CSV = "session_file", "report", "csv"


def save_start(settings: QSettings | None, kind: str, file_name: str) -> str:
    """The path a save dialog proposes: ``file_name`` in the last folder used for ``kind``.

    A folder that has gone (a USB stick taken out) gives way to the home folder.
    """
    folder = read(settings, FOLDERS[kind])
    base = Path(folder) if folder and Path(folder).is_dir() else Path.home()
    return str(base / file_name)


def remember_folder(settings: QSettings | None, kind: str, chosen: str) -> None:
    """Keep the folder of the file just chosen for ``kind``, for the next save dialog of that kind."""
    if settings is not None and chosen:
        write(settings, FOLDERS[kind], str(Path(chosen).parent))
        settings.sync()
