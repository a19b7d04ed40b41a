"""Atomic file writes: the target is either the whole new file or left as it was, even after a power cut. No Qt.

Every file the app writes for the user (reports, CSV, session files) goes through ``atomic_path``:
a temporary file beside the target, fsynced, ``os.replace``d over it, then the folder fsynced so the
rename itself survives a power loss.
"""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from moderator_app.system.files import glob_literal, remove_stale_partials


def disk_problem(error: OSError) -> str | None:
    """What a failed file write says about the disk: ``full``, ``read-only``, ``io``; None when it says nothing."""
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return "full"
    if error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return "read-only"
    if error.errno == errno.EIO:
        return "io"
    return None


def fsync_folder(folder: Path) -> None:
    """Make a rename or a new file in ``folder`` durable (a no-op where folders cannot be opened: Windows)."""
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; once the block succeeds, move it over ``target``.

    The writer (QPdfWriter, python-docx…) writes to the yielded path by name. If the block raises,
    or writes nothing, the temporary file is removed and ``target`` is untouched.
    """
    target = Path(target)
    if target.is_dir():
        # Checked first so the error names the target, not the temporary file beside it.
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(target))
    target.parent.mkdir(parents=True, exist_ok=True)
    remove_stale_partials(target.parent, f".{glob_literal(target.name)}.*.partial")  # left by a killed write
    handle, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".partial", dir=target.parent)
    os.close(handle)
    temp = Path(temp_name)
    try:
        yield temp
        if temp.stat().st_size == 0:
            raise OSError(errno.EIO, f"nothing was written to {target}")
        with open(temp, "rb") as stream:
            os.fsync(stream.fileno())
        # mkstemp makes the file private (0600); an export is an ordinary document.
        os.chmod(temp, target.stat().st_mode & 0o7777 if target.exists() else 0o644)
        os.replace(temp, target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    fsync_folder(target.parent)


def write_bytes_atomic(target: Path, data: bytes) -> None:
    """Write ``data`` to ``target`` whole or not at all."""
    with atomic_path(target) as temp:
        temp.write_bytes(data)
