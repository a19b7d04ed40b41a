"""Atomic file writes for exports (the one implementation lives in storage/atomic.py, shared with session files)."""

from moderator_app.storage.atomic import atomic_path, write_bytes_atomic

__all__ = ["atomic_path", "write_bytes_atomic"]
