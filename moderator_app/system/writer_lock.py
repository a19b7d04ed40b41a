"""One writer per data folder: a lock file held for the life of a writer, released by the system when it dies.

The window holds the lock for as long as it is open; a headless command that writes (import,
backup…) holds it while it runs. The lock is an operating-system file lock (``flock`` on Linux and
macOS, ``msvcrt.locking`` on Windows), not the file's existence: the kernel drops it the moment the
holder's process ends, however it ends, so a ``kill -9`` or a power cut never leaves a stale lock
that blocks the next start. The file itself stays in the folder and says who holds it (process,
host, what kind of writer, since when) so a refusal can name the running app. No Qt: the command
line uses this without loading a GUI toolkit.
"""

from __future__ import annotations

import json
import os
import socket
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

LOCK_FILE_NAME = "moderator.lock"
#: Seconds a headless command waits for the folder to be free before it gives up (tests set it low).
WAIT_ENV = "MODERATOR_APP_LOCK_WAIT"
DEFAULT_WAIT_SECONDS = 5.0
POLL_SECONDS = 0.1
#: Windows locks a byte range, and a locked range cannot even be read by others; the lock sits far
#: past the holder's details so that a refused process can still read who holds the folder.
_WINDOWS_LOCK_OFFSET = 1 << 30

WINDOW_ROLE = "window"


def wait_seconds_from_env(default: float = DEFAULT_WAIT_SECONDS) -> float:
    """The wait a headless command allows, from $MODERATOR_APP_LOCK_WAIT (seconds), else ``default``."""
    raw = os.environ.get(WAIT_ENV, "").strip()
    try:
        value = float(raw) if raw else default
    except ValueError:
        return default
    return max(0.0, min(value, 600.0))


@dataclass(frozen=True, slots=True)
class Holder:
    """Who holds a data folder, as the holder wrote it into the lock file."""

    pid: int | None
    host: str
    role: str
    since: str

    def describe(self) -> str:
        """Plain words for a message: 'the moderator-app window (process 1234)'."""
        where = f"process {self.pid}" if self.pid else "another process"
        if self.host and self.host != socket.gethostname():
            where += f" on {self.host}"
        if self.role == WINDOW_ROLE:
            return f"the moderator-app window ({where})"
        return f"the moderator-app command '{self.role}' ({where})"

    @classmethod
    def from_text(cls, text: str) -> Holder | None:
        try:
            data: Any = json.loads(text)
        except ValueError:
            return None
        if not isinstance(data, dict):
            return None
        pid = data.get("pid")
        return cls(
            pid=pid if isinstance(pid, int) and pid > 0 else None,
            host=_one_line(data.get("host"), 200),
            role=_one_line(data.get("role"), 80),
            since=_one_line(data.get("since"), 40),
        )


def _one_line(value: object, limit: int) -> str:
    """The file is only data: no line breaks or control characters reach a message."""
    text = str(value or "")[:limit]
    return "".join(ch if ch.isprintable() else " " for ch in text).strip()


class DataFolderBusy(Exception):
    """Another writer holds the data folder; the message names it and says what to do."""

    def __init__(self, data_dir: Path, holder: Holder | None, waited_seconds: float) -> None:
        self.data_dir = data_dir
        self.holder = holder
        self.waited_seconds = waited_seconds
        who = holder.describe() if holder else "another moderator-app"
        if holder is not None and holder.role == WINDOW_ROLE:
            advice = "do this from that window, or close it and try again"
        else:
            advice = "wait for it to finish and try again"
        waited = f" (waited {waited_seconds:g} s)" if waited_seconds > 0 else ""
        super().__init__(f"the data folder {data_dir} is in use by {who}{waited}; {advice}.")


class WriterLock:
    """The data folder's writer lock. ``acquire``/``try_acquire``, then ``release`` (or use ``with``)."""

    def __init__(self, data_dir: Path, role: str) -> None:
        self.data_dir = Path(data_dir)
        self.path = self.data_dir / LOCK_FILE_NAME
        self.role = role
        self._fd: int | None = None
        #: Why no lock is held although nobody else holds one (the folder cannot hold a lock file).
        self.unavailable: str | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def try_acquire(self) -> bool:
        """Take the lock if it is free. True also when the folder cannot hold a lock file at all
        (read-only, missing rights): nothing can be written there either, and opening the
        database then says so in its own words; ``unavailable`` tells why."""
        if self._fd is not None:
            return True
        try:
            self.data_dir.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as error:
            self.unavailable = f"{error.strerror or error}: {self.path}"
            return True
        if not _lock(fd):
            os.close(fd)
            return False
        self._fd = fd
        self._write_details(fd)
        return True

    def acquire(
        self,
        wait_seconds: float,
        *,
        sleep: Callable[[float], None] = time.sleep,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        """Take the lock, trying again for up to ``wait_seconds``; DataFolderBusy if it stays taken."""
        deadline = monotonic() + wait_seconds
        while not self.try_acquire():
            remaining = deadline - monotonic()
            if remaining <= 0:
                raise DataFolderBusy(self.data_dir, self.holder(), wait_seconds)
            sleep(min(POLL_SECONDS, remaining))

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is None:
            return
        try:
            os.ftruncate(fd, 0)  # the file stays (removing it would race a newcomer); it no longer names us
        except OSError:
            pass
        _unlock(fd)
        os.close(fd)

    def holder(self) -> Holder | None:
        """Who holds the folder now, from the lock file (None if it says nothing readable)."""
        try:
            with open(self.path, "rb") as handle:
                text = handle.read(4096).decode("utf-8", "replace")
        except OSError:
            return None
        return Holder.from_text(text.strip("\0 \n"))

    def _write_details(self, fd: int) -> None:
        details = {
            "pid": os.getpid(),
            "host": socket.gethostname(),
            "role": self.role,
            "since": datetime.now(UTC).isoformat(timespec="seconds"),
        }
        data = (json.dumps(details) + "\n").encode("utf-8")
        try:
            os.ftruncate(fd, 0)
            os.lseek(fd, 0, os.SEEK_SET)
            os.write(fd, data)
        except OSError:
            pass  # the details only make a refusal friendlier; the lock itself is held

    def __enter__(self) -> WriterLock:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _lock(fd: int) -> bool:
        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        except OSError:
            pass

else:
    import fcntl

    def _lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        except OSError:
            # A file system without locks (some network shares): better one unguarded writer
            # than an app that cannot start; the database's own locking still applies.
            return True
        return True

    def _unlock(fd: int) -> None:
        try:
            fcntl.flock(fd, fcntl.LOCK_UN)
        except OSError:
            pass


def hold_for_command(data_dir: Path, command: str, wait_seconds: float | None = None) -> WriterLock:
    """The lock for a headless command that writes, waited for briefly; DataFolderBusy if it stays taken."""
    lock = WriterLock(data_dir, command)
    lock.acquire(wait_seconds_from_env() if wait_seconds is None else wait_seconds)
    return lock
