"""One window per data folder: a second start hands over to the first (brings it to the front) and exits.

The first window holds the folder's writer lock (moderator_app/system/writer_lock.py) and listens on a local
socket named after the folder. A second start that finds the lock taken asks through that socket;
the running window comes to the front (and opens the session asked for with --session), and the
second process exits 0 with one line saying so. If nobody answers (the holder is a headless command
such as an import), it waits briefly for the lock like any writer, then says who holds the folder.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QApplication

from moderator_app.system.writer_lock import WINDOW_ROLE, DataFolderBusy, WriterLock, wait_seconds_from_env
from moderator_app.ui.window.host import WindowHost

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalSocket

    from moderator_app.ui.handlers.live import Commands


class InstanceHost(WindowHost, Protocol):
    """What a later start asks of the running window: to come to the front and open a session."""

    @property
    def commands(self) -> Commands: ...


# PySide6.QtNetwork is imported where a socket is made: a start that finds the folder free only needs
# it for the server, which app.py starts after the window's first paint, so the window shows sooner
# (benchmarks/startup.py times the start).

REPLY_TIMEOUT_MS = 3000
MAX_REQUEST_BYTES = 64 * 1024
RETRY_SECONDS = 0.2


def server_name(data_dir: Path) -> str:
    """The local socket's name: one per user and data folder, short enough for any platform."""
    try:
        user = getpass.getuser()
    except Exception:  # no login name in some containers and services
        user = "user"
    key = f"{user}\0{Path(data_dir).resolve()}"
    return "moderator-app-" + hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:24]


def ask_running_window(
    name: str, session_id: str | None, timeout_ms: int = REPLY_TIMEOUT_MS
) -> dict[str, object] | None:
    """Ask the window listening on ``name`` to come to the front; its reply, or None if nobody answered."""
    from PySide6.QtNetwork import QLocalSocket

    sock = QLocalSocket()
    sock.connectToServer(name)
    if not sock.waitForConnected(timeout_ms):
        return None
    try:
        sock.write(json.dumps({"action": "activate", "session": session_id}).encode("utf-8") + b"\n")
        sock.flush()
        deadline = time.monotonic() + timeout_ms / 1000
        while not sock.canReadLine():
            left_ms = int((deadline - time.monotonic()) * 1000)
            if left_ms <= 0 or not sock.waitForReadyRead(left_ms):
                return None
        reply = json.loads(bytes(sock.readLine(MAX_REQUEST_BYTES).data()).decode("utf-8", "replace"))
    except ValueError:
        return None
    finally:
        sock.abort()
    return reply if isinstance(reply, dict) else None


class InstanceServer(QObject):
    """Answers a second start: calls ``handler(session_id)`` (an error text, or None) and replies."""

    def __init__(self, name: str, handler: Callable[[str | None], str | None], parent: QObject | None = None) -> None:
        from PySide6.QtNetwork import QLocalServer

        super().__init__(parent)
        self.handler = handler
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not self.server.listen(name):
            # We hold the folder's lock, so a socket left under this name is a dead window's: remove it.
            QLocalServer.removeServer(name)
            self.server.listen(name)
        self.server.newConnection.connect(self._accept)

    @property
    def listening(self) -> bool:
        return self.server.isListening()

    def _accept(self) -> None:
        while (sock := self.server.nextPendingConnection()) is not None:
            sock.readyRead.connect(lambda s=sock: self._read(s))
            sock.disconnected.connect(sock.deleteLater)
            if sock.canReadLine():
                self._read(sock)

    def _read(self, sock: QLocalSocket) -> None:
        if not sock.canReadLine():
            if sock.bytesAvailable() > MAX_REQUEST_BYTES:
                sock.abort()
            return
        try:
            request = json.loads(bytes(sock.readLine(MAX_REQUEST_BYTES).data()).decode("utf-8", "replace"))
        except ValueError:
            request = None
        if not isinstance(request, dict) or request.get("action") != "activate":
            reply: dict[str, object] = {"ok": False, "error": "not a request this window understands"}
        else:
            session = request.get("session")
            error = self.handler(session if isinstance(session, str) and session else None)
            reply = {"ok": error is None, **({"error": error} if error else {})}
        sock.write(json.dumps(reply).encode("utf-8") + b"\n")
        sock.flush()
        sock.disconnectFromServer()


def bring_to_front(host: InstanceHost, session_id: str | None) -> str | None:
    """Show the window on top (restored if minimised) and open ``session_id``; an error text, or None."""
    window = host.window()
    state = window.windowState() & ~Qt.WindowState.WindowMinimized
    window.setWindowState(state | Qt.WindowState.WindowActive)
    window.show()
    window.raise_()
    window.activateWindow()
    QApplication.alert(window)  # where the window manager refuses focus, the task bar entry asks for it
    if session_id and session_id != host.bridge.console.session_id:
        # The reply goes to the other process's terminal (plain English); the window says it in its language.
        if QApplication.activeModalWidget() is not None:
            host.show_message(
                QCoreApplication.translate(
                    "single_instance", "Finish the open dialog, then open the session with File → Open."
                ),
                True,
            )
            return f"the window has a dialog open; finish it, then open session {session_id} from File → Open"
        if not host.commands.context.library.exists(session_id):
            host.show_message(
                QCoreApplication.translate(
                    "single_instance", "moderator-app was started again for a session that is not here: %1"
                ).replace("%1", session_id[:80]),
                True,
            )
            return f"there is no session {session_id!r} in this data folder"
        host.commands.open_console(session_id)
    host.show_message(
        QCoreApplication.translate(
            "single_instance", "moderator-app was started again: this window is the one in use."
        ),
        False,
    )
    return None


@dataclass
class Claim:
    """The outcome of starting the window on a data folder."""

    lock: WriterLock | None = None
    #: Set when this start handed over to a running window: print it and exit 0.
    handed_over: str | None = None
    #: Set when the folder stayed busy: show it and exit 1.
    error: str | None = None
    #: Set when the running window answered but could not do what was asked (it shows why itself).
    refused: str | None = None
    server: InstanceServer | None = field(default=None, repr=False)

    def serve(self, host: InstanceHost) -> None:
        """Listen for later starts; each brings the window to the front."""
        if self.lock is not None:
            self.server = InstanceServer(
                server_name(self.lock.data_dir), lambda session: bring_to_front(host, session), host.window()
            )

    def release(self) -> None:
        if self.server is not None:
            self.server.server.close()
        if self.lock is not None:
            self.lock.release()


def claim_data_folder(data_dir: Path, session_id: str | None, wait_seconds: float | None = None) -> Claim:
    """Take the folder for this window, or hand over to the window that has it, or say who holds it."""
    lock = WriterLock(data_dir, WINDOW_ROLE)
    name = server_name(data_dir)
    wait = wait_seconds_from_env() if wait_seconds is None else wait_seconds
    deadline = time.monotonic() + wait
    while True:
        if lock.try_acquire():
            return Claim(lock=lock)
        reply = ask_running_window(name, session_id)
        if reply is not None:
            if reply.get("ok"):
                return Claim(
                    handed_over=f"moderator-app is already open on {data_dir}; its window was brought to the front."
                )
            return Claim(refused=f"moderator-app is already open on {data_dir}: {reply.get('error')}.")
        if time.monotonic() >= deadline:
            return Claim(error=str(DataFolderBusy(data_dir, lock.holder(), wait)))
        time.sleep(RETRY_SECONDS)
