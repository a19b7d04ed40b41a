"""A link (host or peer) running on a thread of its own, beside a document owned by another thread.

The window's library, console and ``SharedSession`` live on the GUI thread; the link runs an
asyncio loop. A pycrdt ``Doc`` must never be touched from two threads, so the link's thread keeps
its OWN document, the *wire* document, created on that thread and handed to the link, and only
bytes cross between the threads:

- **wire → here.** Every update the wire document makes (what the other laptops sent) is put in a
  thread-safe inbox and ``wake`` is called (on the link's thread: it must only hand off, e.g. emit a
  queued Qt signal). The owning thread takes them with :meth:`RunningLink.received` and applies them
  to its own document.
- **here → wire.** The owning thread passes its document's updates to :meth:`RunningLink.send`;
  the link's thread applies them to the wire document, which the link then sends to the others.
- **No echo.** An update applied to the wire document from :meth:`send` is not put back in the inbox,
  and :class:`DocumentHandOff` does not send back what it applied from the inbox.

:meth:`RunningLink.stop` sets the runner's ``stop`` event and joins the thread: the runner closes
its port or connection before it returns.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import queue
import threading
from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any

from pycrdt import Doc, Subscription, TransactionEvent

from moderator_app.sync.headless import DISCOVERY_SECONDS, PortUnavailable, announce, find_host, run_peer_until
from moderator_app.sync.link import BACKOFF_FIRST, BACKOFF_MOST, JoinRefused
from moderator_app.sync.link_host import EVERY_INTERFACE, ShareHost
from moderator_app.sync.link_peer import SharePeer
from moderator_app.sync.roles import RoleGate

if TYPE_CHECKING:
    from moderator_app.sync.certificate import HostCertificate
    from moderator_app.sync.discovery import Advertiser
    from moderator_app.sync.join_code import JoinCode
    from moderator_app.sync.link_host import ConnectedPeer, JoinInfo

log = logging.getLogger(__name__)

#: ``runner(wire_doc, stop)``: runs the link on the wire document until ``stop`` is set.
Runner = Callable[[Doc, asyncio.Event], Coroutine[Any, Any, None]]


class RunningLink:
    """Runs ``runner`` in a new thread with its own event loop and wire document."""

    def __init__(
        self,
        runner: Runner,
        *,
        wake: Callable[[], None] = lambda: None,
        on_end: Callable[[BaseException | None], None] = lambda error: None,
        name: str = "moderator-app link",
    ) -> None:
        """``wake``: called on the link's thread after updates were put in the inbox.
        ``on_end``: called on the link's thread when the runner returned (None) or failed (its error)."""
        self._runner = runner
        self._wake = wake
        self._on_end = on_end
        self._inbox: queue.SimpleQueue[bytes] = queue.SimpleQueue()
        self._outbox: queue.SimpleQueue[bytes] = queue.SimpleQueue()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stop: asyncio.Event | None = None
        self._stop_asked = threading.Event()
        self._from_here = False
        self._wire: Doc | None = None
        self._thread = threading.Thread(target=self._main, name=name, daemon=True)

    def start(self) -> None:
        self._thread.start()

    @property
    def running(self) -> bool:
        return self._thread.is_alive()

    # -- called from the owning thread ---------------------------------------------------------
    def send(self, update: bytes) -> None:
        """Hand an update of the owning thread's document to the wire document."""
        self._outbox.put(update)
        loop = self._loop
        if loop is not None:
            # The loop may have closed since: the link is gone, and so is the need to send.
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(self._take_outbox)

    def received(self) -> list[bytes]:
        """The updates the wire document made since the last call, in order."""
        taken: list[bytes] = []
        while True:
            try:
                taken.append(self._inbox.get_nowait())
            except queue.Empty:
                return taken

    def stop(self, timeout: float | None = 10.0) -> None:
        """Ask the runner to stop, and wait for its thread to end (it closes the port first)."""
        self._stop_asked.set()
        loop, stop = self._loop, self._stop
        if loop is not None and stop is not None:
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(stop.set)
        if self._thread.is_alive() and threading.current_thread() is not self._thread:
            self._thread.join(timeout)

    # -- the link's thread -----------------------------------------------------------------------
    def _main(self) -> None:
        error: BaseException | None = None
        try:
            asyncio.run(self._run())
        except Exception as failure:
            error = failure
        self._on_end(error)

    async def _run(self) -> None:
        self._stop = asyncio.Event()
        wire: Doc[Any] = Doc()
        self._wire = wire
        subscription: Subscription = wire.observe(self._heard)
        # The loop is published before the outbox is first read: an update sent in between is
        # then either read here or announced to the loop (see send).
        self._loop = asyncio.get_running_loop()
        self._take_outbox()
        if self._stop_asked.is_set():
            self._stop.set()
        try:
            await self._runner(wire, self._stop)
        finally:
            self._loop = None
            wire.unobserve(subscription)
            self._wire = None

    def _take_outbox(self) -> None:
        wire = self._wire
        if wire is None:
            return
        while True:
            try:
                update = self._outbox.get_nowait()
            except queue.Empty:
                return
            self._from_here = True
            try:
                wire.apply_update(update)
            except Exception:
                log.exception("an update of this laptop's document could not be applied to the link's")
            finally:
                self._from_here = False

    def _heard(self, event: TransactionEvent) -> None:
        if self._from_here:
            return
        self._inbox.put(event.update)
        self._wake()


class DocumentHandOff:
    """The owning thread's side: its document's updates to the link, the link's into its document."""

    def __init__(self, doc: Doc, link: RunningLink) -> None:
        self._doc = doc
        self._link = link
        self._applying = False
        self._subscription: Subscription | None = doc.observe(self._made)
        # What the document holds already (the session as stored, the log): the link starts from it.
        link.send(doc.get_update())

    def take(self) -> bool:
        """Apply the updates the link received to the document; whether there were any."""
        updates = self._link.received()
        self._applying = True
        try:
            for update in updates:
                self._doc.apply_update(update)
        finally:
            self._applying = False
        return bool(updates)

    def close(self) -> None:
        if self._subscription is not None:
            self._doc.unobserve(self._subscription)
            self._subscription = None

    def _made(self, event: TransactionEvent) -> None:
        if not self._applying:
            self._link.send(event.update)


def sharing(
    certificate: HostCertificate,
    session_id: str,
    code: JoinCode,
    port: int,
    *,
    on_started: Callable[[JoinInfo], None],
    on_peers: Callable[[tuple[ConnectedPeer, ...]], None],
    title: str | None = None,
    bind: str = EVERY_INTERFACE,
) -> Runner:
    """The host's runner: serve the wire document on ``port`` until stopped, then close the port.

    ``on_started`` is called (on the link's thread) with what to show once the port is open;
    ``title``: announce the share on the local network under it (None: no announcement). A port
    that cannot be opened ends the runner with PortUnavailable."""

    async def serve(wire: Doc, stop: asyncio.Event) -> None:
        host = ShareHost(
            lambda: wire,
            certificate,
            session_id=session_id,
            code=code,
            bind=bind,
            on_peers=on_peers,
            gate=RoleGate(lambda: wire).admit,  # each joined laptop changes only what its role may
        )
        try:
            info = await host.start(port)
        except OSError as error:
            reason = os.strerror(error.errno) if error.errno else str(error)
            raise PortUnavailable(f"cannot listen on port {port}: {reason}") from None
        advertisers: list[Advertiser] = []
        try:
            on_started(info)
            if title is not None:
                advertisers.append(await asyncio.to_thread(announce, title, info))
            await stop.wait()
        finally:
            for advertiser in advertisers:
                await asyncio.to_thread(advertiser.close)
            await host.stop()

    return serve


def joining(
    code: JoinCode,
    address: str | None,
    role: str,
    *,
    on_session: Callable[[str], None],
    on_link: Callable[[bool], None],
    on_offset: Callable[[float], None] | None = None,
    on_refused: Callable[[str], None] | None = None,
    look_seconds: float = DISCOVERY_SECONDS,
    backoff: tuple[float, float] = (BACKOFF_FIRST, BACKOFF_MOST),
) -> Runner:
    """The joiner's runner: keep the wire document in step with the host's, rejoining by itself,
    until stopped. ``address`` None: look for the host the code names on the local network first.

    ``on_session`` is called (on the link's thread) with the shared session's id once the host named
    it. Ends with JoinRefused when the host refuses this laptop or cannot be found."""

    async def keep_in_step(wire: Doc, stop: asyncio.Event) -> None:
        found = address or await find_host(code, seconds=look_seconds)
        if found is None:
            raise JoinRefused(
                "no laptop sharing this code was found on this network (multicast may be blocked here): "
                "type the address the host shows"
            )

        def provide(session_id: str) -> Doc:
            on_session(session_id)
            return wire

        peer = SharePeer(
            code, found, provide, role, on_link=on_link, on_offset=on_offset, on_refused=on_refused, backoff=backoff
        )
        await run_peer_until(peer, stop)

    return keep_in_step
