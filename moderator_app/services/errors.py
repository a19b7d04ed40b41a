"""The errors the interface and the command line catch, raised through services/ from storage.

ui/ and cli/ import them from here, never from ``moderator_app.storage``: what a caller must
handle is part of the services' contract; which storage module raises it is not. (A backup skipped
for want of disk space, NoRoomForBackup, is in services/backups.py, loaded only when backing up.)
"""

from __future__ import annotations

from moderator_app.storage.errors import CorruptDatabaseError, EmptySearchError, StorageError, UnknownEventError
from moderator_app.storage.repository import UnknownSessionError
from moderator_app.storage.session_file import SessionFileError


class ImportConflictError(SessionFileError):
    """The file's session (or some of its ids) is already in this data folder."""


__all__ = [
    "CorruptDatabaseError",
    "EmptySearchError",
    "ImportConflictError",
    "SessionFileError",
    "StorageError",
    "UnknownEventError",
    "UnknownSessionError",
]
