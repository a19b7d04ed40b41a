"""One live link of the window (sharing its session, or joined to another laptop's), on the GUI thread.

The link itself runs on a thread of its own with its own document (sync/running.py); this object
lives on the GUI thread with the library and the session's ``SharedSession``, and only queued Qt
signals cross: the link's thread emits them, Qt delivers them here. What arrives is applied to the
``SharedSession``'s document and brought into the library (``pull``), through the open console
when it holds the session, so the window refreshes what changed as after a local command.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from moderator_app.services.errors import SessionFileError
from moderator_app.sync.running import DocumentHandOff, Runner, RunningLink, joining, sharing
from moderator_app.sync.shared_session import SHARED_ORIGIN, SharedSession
from moderator_app.system.clock import HostTimeClock

if TYPE_CHECKING:
    from moderator_app.services.library import Library
    from moderator_app.sync.certificate import HostCertificate
    from moderator_app.sync.join_code import JoinCode

log = logging.getLogger(__name__)


class SessionLink(QObject):
    """A running link and the session it keeps in step; :meth:`stop` ends it and closes its port."""

    #: The host's port is open: what to show (a JoinInfo).
    started = Signal(object)
    #: The laptops connected to this host changed (a tuple of ConnectedPeer).
    peers_changed = Signal(object)
    #: A joiner's link came up (True) or dropped (False; it rejoins by itself).
    link_changed = Signal(bool)
    #: A joiner's copy of the shared session is in this library and up to date with the host's (its
    #: id), once per link: the window may open it.
    session_arrived = Signal(str)
    #: The link ended by itself: the reason in one line (a port in use, a refused join).
    failed = Signal(str)
    #: The host refused (and undid) a change this laptop sent: its words, naming what may not change.
    refused = Signal(str)
    # From the link's thread, queued to this one.
    _arrived = Signal()
    _named = Signal(str)
    _ended = Signal(object)
    _peers = Signal(object)
    _started = Signal(object)
    _link = Signal(bool)

    def __init__(
        self, library: Library, make_runner: Callable[[SessionLink], Runner], origin: str, *, joining: bool = False
    ) -> None:
        super().__init__()
        self._library = library
        self._origin = origin
        self.shared: SharedSession | None = None
        self._hand_off: DocumentHandOff | None = None
        self._stopped = False
        # Whether session_arrived has been said (a host has nothing to say: it holds the session).
        self._arrival_said = not joining
        self._arrived.connect(self._take)
        self._named.connect(self._attach)
        self._ended.connect(self._on_ended)
        self._peers.connect(self.peers_changed)
        self._started.connect(self.started)
        self._link.connect(self._link_up_or_down)
        self.running = RunningLink(make_runner(self), wake=self._arrived.emit, on_end=self._ended.emit)

    # -- the two kinds ---------------------------------------------------------------------
    @classmethod
    def host(
        cls, library: Library, certificate: HostCertificate, session_id: str, code: JoinCode, port: int, title: str
    ) -> SessionLink:
        """Share ``session_id`` on ``port`` (announced on the local network under ``title``)."""

        def runner(link: SessionLink) -> Runner:
            return sharing(
                certificate,
                session_id,
                code,
                port,
                on_started=link._started.emit,
                on_peers=link._peers.emit,
                title=title,
            )

        link = cls(library, runner, SHARED_ORIGIN)
        link._attach(session_id)
        link.running.start()
        return link

    @classmethod
    def joiner(cls, library: Library, code: JoinCode, address: str | None, role: str) -> SessionLink:
        """Join the session the host at ``address`` (None: found on the local network) shares."""
        from moderator_app.sync.link import HOST_ORIGIN

        def runner(link: SessionLink) -> Runner:
            return joining(
                code,
                address,
                role,
                on_session=link._named.emit,
                on_link=link._link.emit,
                on_refused=link.refused.emit,
                on_offset=link._keep_offset,
            )

        link = cls(library, runner, HOST_ORIGIN, joining=True)
        link.running.start()
        return link

    # -- the GUI thread --------------------------------------------------------------------
    @property
    def session_id(self) -> str | None:
        return self.shared.session_id if self.shared is not None else None

    def stop(self) -> None:
        """End the link (the port closes, the connections end), keeping what arrived until then."""
        if self._stopped:
            return
        self._stopped = True
        self.running.stop()
        self._take()
        self._close()

    def _attach(self, session_id: str) -> None:
        if self.shared is not None or self._stopped:
            return
        self.shared = SharedSession(self._library, session_id)
        self._hand_off = DocumentHandOff(self.shared.document.doc, self.running)
        self._take()

    def _take(self) -> None:
        if self._hand_off is None or self.shared is None or not self._hand_off.take():
            return
        try:
            self.shared.pull(origin=self._origin)
        except SessionFileError as refused:
            # Two laptops' updates crossing: kept, and applied once the next update makes it whole.
            log.warning("what arrived does not make a valid session yet, kept until it does: %s", refused)
            return
        except Exception:
            # Not a valid session yet (say, a person removed here while given the floor there): the
            # library keeps its last good state, and the next update may make it valid again.
            log.exception("the shared session's update could not be applied here")
            return
        # Said after the first update from the host is applied, whether the copy is new or this laptop
        # kept one from an earlier join (it left, or the app restarted): either way it is now current.
        if not self._arrival_said and self._library.exists(self.shared.session_id):
            self._arrival_said = True
            self.session_arrived.emit(self.shared.session_id)

    def _link_up_or_down(self, up: bool) -> None:
        # A laptop that holds the session already (it joined before, then left or crashed) may get
        # nothing new from the host: its copy is current. The link being up says it is joined.
        if up and not self._arrival_said and self.shared is not None and self._library.exists(self.shared.session_id):
            self._arrival_said = True
            self.session_arrived.emit(self.shared.session_id)
        self.link_changed.emit(up)

    def _on_ended(self, error: BaseException | None) -> None:
        if self._stopped:
            return
        self._stopped = True
        self._take()
        self._close()
        self.failed.emit(str(error) if error is not None else "")

    def _keep_offset(self, seconds: float) -> None:
        """On the link's thread: run the library on the host's time (one float, set whole)."""
        if isinstance(self._library.clock, HostTimeClock):
            self._library.clock.offset_seconds = seconds

    def _close(self) -> None:
        if isinstance(self._library.clock, HostTimeClock):
            self._library.clock.offset_seconds = 0.0  # on this laptop's own time again
        if self._hand_off is not None:
            self._hand_off.close()
            self._hand_off = None
        if self.shared is not None:
            self.shared.close()
