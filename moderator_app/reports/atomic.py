"""Plain words when an export could not be written (the writes themselves are system/atomic.py's).

Qt's writers (PDF, ODT) do not say why a file could not be written: QPdfWriter even goes on after
the disk fills up and leaves a cut-off file. ``export_failure`` finds out by writing a little beside
the target, so a full disk is called a full disk and the rapporteur is told what to do.
"""

from __future__ import annotations

import errno
import os
import shutil
import tempfile
from pathlib import Path

from moderator_app.system.atomic import disk_problem

#: What the probe writes beside the target to learn why a writer failed.
PROBE_BYTES = 1024 * 1024
#: Less free space than this after a failed write: the disk is full, whatever the writer said.
FULL_BELOW_BYTES = 1024 * 1024

#: By kind (system/atomic.py disk_problem): what happened and what to do; the file's name is shown beside it.
_WORDS = {
    "full": "the disk is full. Free some space or choose another drive, then export again.",
    "read-only": (
        "the folder cannot be written to (it is read-only, or you may not write there). "
        "Choose another folder, then export again."
    ),
    "io": (
        "the disk could not be written (input/output error). "
        "Check that the disk or USB stick is still connected, then export again."
    ),
}


class ExportWriteError(OSError):
    """An export that could not be written; ``str()`` is the plain sentence (``strerror``), without codes."""

    def __str__(self) -> str:
        return str(self.strerror)


def export_failure(error: OSError, target: Path) -> OSError:
    """``error`` in plain words when the disk caused it (full, read-only, failing); else ``error`` itself.

    Call it while the failed temporary file still exists: on a full disk, that file is what fills it.
    """
    if isinstance(error, ExportWriteError):
        return error
    known = disk_problem(error)
    code = error.errno
    if known is None or known == "io":
        # Qt's failures carry no cause, and a file cut short reads as an I/O error: ask the disk.
        probed = _probe(Path(target).parent)
        if probed is not None:
            code = probed
        elif known is None:
            return error
    if code is None:
        return error
    kind = disk_problem(OSError(code, os.strerror(code)))
    if kind is None:
        return error
    return ExportWriteError(code, _WORDS.get(kind, str(error)), str(target))


def _probe(folder: Path) -> int | None:
    """The errno of writing a little into ``folder`` now (ENOSPC when nearly full), or None if it works."""
    try:
        if shutil.disk_usage(folder).free < FULL_BELOW_BYTES:
            return errno.ENOSPC
        handle, name = tempfile.mkstemp(prefix=".moderator-app-probe.", suffix=".partial", dir=folder)
    except OSError as error:
        return error.errno
    try:
        chunk = bytes(64 * 1024)
        for _ in range(PROBE_BYTES // len(chunk)):
            os.write(handle, chunk)
        os.fsync(handle)
    except OSError as error:
        return error.errno
    finally:
        os.close(handle)
        os.unlink(name)
    return None
