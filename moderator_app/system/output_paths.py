"""The one check every export makes before writing: never over the app's own files. No Qt.

An export or report written to ``moderator.db`` (or its ``-wal``/``-shm``, the lock file, the
settings, or a backup) would replace the library with a JSON or Markdown file. Every command with
an output option and every save dialog asks ``check_output_path`` first. The comparison sees
through what makes two names one file: a relative path, ``..``, ``~``, symbolic links, hard links,
and letter case (refused whatever the file system, since on Windows and macOS ``Moderator.DB`` *is*
the database).
"""

from __future__ import annotations

import os
from pathlib import Path

from moderator_app.system.paths import AppPaths

#: What each protected file is, for the message; the names are those in the data folder.
_PROTECTED = (
    ("moderator.db", "the database holding every session"),
    ("moderator.db-wal", "the database's write-ahead log (moderator.db-wal)"),
    ("moderator.db-shm", "the database's shared-memory file (moderator.db-shm)"),
    ("moderator.db-journal", "the database's journal (moderator.db-journal)"),
    ("moderator.lock", "the data folder's lock file (moderator.lock)"),
    ("settings.ini", "the app's settings file (settings.ini)"),
)


class ProtectedOutputError(ValueError):
    """The chosen output is one of the app's own files; the message says which and what to do."""


def _resolved(path: Path) -> Path:
    """Absolute, with ``~``, ``..`` and every symbolic link along it followed (the file need not exist)."""
    return Path(os.path.realpath(Path(path).expanduser().absolute()))


def _same(a: Path, b: Path) -> bool:
    """One file under two names: equal ignoring case, or the same file on disk (a hard link)."""
    if os.path.normcase(str(a)).casefold() == os.path.normcase(str(b)).casefold():
        return True
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False  # one of them does not exist, so they are not one file


def _within(path: Path, folder: Path) -> bool:
    """``path`` is ``folder`` or anything under it."""
    return any(_same(candidate, folder) for candidate in (path, *path.parents))


def protected_reason(target: str | os.PathLike[str], data_dir: Path) -> str | None:
    """What ``target`` would overwrite in the data folder, or None when it is free to write."""
    paths = AppPaths(_resolved(data_dir))
    chosen = _resolved(Path(target))
    for name, what in _PROTECTED:
        if _same(chosen, paths.data_dir / name):
            return what
    if _within(chosen, _resolved(paths.backups)):
        return "in the backups folder, where only the app's own backups go"
    return None


def check_output_path(target: str | os.PathLike[str], data_dir: Path) -> None:
    """Raise ProtectedOutputError when ``target`` (a file, or a folder to write into) is one of the app's files."""
    reason = protected_reason(target, data_dir)
    if reason is not None:
        raise ProtectedOutputError(
            f"{target} is {reason}; writing there would destroy it. Nothing was written: choose another file."
        )
