"""The storage failures a caller of the services must be ready for, so that ui/ and cli/ need not import storage."""

from __future__ import annotations

from moderator_app.storage.errors import CorruptDatabaseError, StorageError

__all__ = ["CorruptDatabaseError", "StorageError"]
