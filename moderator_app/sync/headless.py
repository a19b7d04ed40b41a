"""Sharing without a window: the ``share`` and ``join`` commands' loops (cli/share.py, cli/join.py).

Each runs one asyncio loop until SIGINT (Ctrl+C) or SIGTERM, then closes the link (the host its
port) and the shared document, and returns. What they keep in step is a :class:`SharedDocument`,
opened by an ``open_document(library, session_id)`` callable: by default the session's
``SharedSession`` (sync/shared_session.py), which writes the library's changes into the document
and brings the library to the document after each update from another laptop (``pull``). The host
checks each update against the role its sender proved (sync/roles.py).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import signal
import sys
from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any, Protocol, TextIO

from moderator_app.sync.link import WEBSOCKETS_LOG
from moderator_app.sync.link_host import ShareHost
from moderator_app.sync.link_peer import SharePeer

#: How long `join` without an address looks for the host's announcement on the local network.
DISCOVERY_SECONDS = 8.0

if TYPE_CHECKING:
    from pathlib import Path

    from pycrdt import Doc

    from moderator_app.services.library import Library
    from moderator_app.sync.discovery import Advertiser
    from moderator_app.sync.join_code import JoinCode
    from moderator_app.sync.link_host import JoinInfo


class _HasDoc(Protocol):
    @property
    def doc(self) -> Doc: ...


class SharedDocument(Protocol):
    """A session's document kept in step with the library while it is open."""

    @property
    def document(self) -> _HasDoc: ...

    def pull(self, *, origin: str) -> object:
        """Bring the library to the document, after updates from ``origin`` were applied to it."""
        ...

    def close(self) -> None: ...


OpenDocument = Callable[["Library", str], SharedDocument]


class PortUnavailable(Exception):
    """The port to share on is taken (or not ours to open): one line saying which."""


def open_shared_session(library: Library, session_id: str) -> SharedDocument:
    """The session's SharedSession: the document the commands share."""
    from moderator_app.sync.shared_session import SharedSession

    return SharedSession(library, session_id)


def run_until_stopped(main: Callable[[asyncio.Event], Coroutine[Any, Any, int]]) -> int:
    """Run ``main(stop)`` in a new event loop; ``stop`` is set by SIGINT or SIGTERM."""

    async def guarded() -> int:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for number in (signal.SIGINT, signal.SIGTERM):
            # Windows has no signal handlers in asyncio: Ctrl+C arrives as KeyboardInterrupt.
            with contextlib.suppress(NotImplementedError):
                loop.add_signal_handler(number, stop.set)
        return await main(stop)

    try:
        return asyncio.run(guarded())
    except KeyboardInterrupt:
        return 0


def say_log_lines() -> None:
    """The link's log (who joined, what was refused) on stderr, one line each."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("moderator-app: %(message)s"))
    link_log = logging.getLogger("moderator_app.sync")
    link_log.addHandler(handler)
    link_log.setLevel(logging.INFO)
    link_log.propagate = False
    # Each refusal is one line of ours; websockets' notes on the same connection would repeat it.
    WEBSOCKETS_LOG.setLevel(logging.WARNING)


async def share(
    library: Library,
    session_id: str,
    data_dir: Path,
    port: int,
    stop: asyncio.Event,
    *,
    open_document: OpenDocument,
    out: TextIO = sys.stdout,
) -> None:
    """Serve ``session_id`` on ``port`` until ``stop`` is set; print the code and the address.

    The code of a share that did not stop cleanly is served again (sync/kept_code.py).
    """
    from moderator_app.sync.certificate import HostCertificate
    from moderator_app.sync.join_code import Invitation, JoinCode
    from moderator_app.sync.kept_code import forget_code, keep_code, kept_code
    from moderator_app.sync.roles import RoleGate

    certificate = HostCertificate.load_or_create(data_dir)
    code = kept_code(data_dir, session_id, certificate.fingerprint) or JoinCode.new(certificate.fingerprint)
    shared = open_document(library, session_id)
    try:
        host = ShareHost(
            lambda: shared.document.doc,
            certificate,
            session_id=session_id,
            code=code,
            on_received=lambda origin: shared.pull(origin=origin),
            gate=RoleGate(lambda: shared.document.doc).admit,
        )
        try:
            info = await host.start(port)
        except OSError as error:
            # asyncio words it as a sentence naming the address; the system's own words are shorter.
            reason = os.strerror(error.errno) if error.errno else str(error)
            raise PortUnavailable(f"cannot listen on port {port}: {reason}") from None
        keep_code(data_dir, session_id, code)
        announced: list[Advertiser] = []
        try:
            print(f"Sharing session {session_id}.", file=out)
            print(f"Join code: {info.code.text()}", file=out)
            print(f"Address: {info.address_text()}", file=out)
            addresses = tuple(f"{address}:{info.port}" for address in info.addresses)
            print(f"Invitation (code and address in one): {Invitation(code, addresses).text()}", file=out)
            print("Stop with Ctrl+C.", file=out, flush=True)
            title = library.load(session_id).session.title
            announced.append(await asyncio.to_thread(announce, title, info))
            await stop.wait()
        finally:
            for advertiser in announced:
                await asyncio.to_thread(advertiser.close)
            await host.stop()
        forget_code(data_dir, session_id)
    finally:
        shared.close()
    print("Stopped sharing: the port is closed.", file=out, flush=True)


def announce(title: str, info: JoinInfo) -> Advertiser:
    """Announce the share on the local network (where multicast passes; the address works anyway)."""
    from moderator_app.sync.discovery import Advertiser

    return Advertiser(title, info.port, info.code.fingerprint_prefix.hex(), addresses=info.addresses)


async def find_host(code: JoinCode, *, seconds: float = DISCOVERY_SECONDS) -> str | None:
    """The address of the host the code names, as announced on the local network; None if not seen."""
    from moderator_app.sync.discovery import Browser

    seen = asyncio.Event()
    loop = asyncio.get_running_loop()

    def heard() -> None:  # on zeroconf's thread
        loop.call_soon_threadsafe(seen.set)

    browser = await asyncio.to_thread(Browser, heard)
    try:
        deadline = loop.time() + seconds
        while True:
            found = browser.matching(code.fingerprint_prefix.hex())
            if found:
                return found[0].address
            remaining = deadline - loop.time()
            if remaining <= 0:
                return None
            seen.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(seen.wait(), remaining)
    finally:
        await asyncio.to_thread(browser.close)


async def join(
    library: Library,
    code: JoinCode,
    address: str,
    role: str,
    stop: asyncio.Event,
    *,
    open_document: OpenDocument,
    on_offset: Callable[[float], None] | None = None,
    out: TextIO = sys.stdout,
) -> None:
    """Keep this library's copy of the host's session in step until ``stop`` is set.

    Raises JoinRefused when the host refuses (or is not the host the code names).
    """
    opened: list[SharedDocument] = []

    def document_for(session_id: str) -> Doc:
        opened.append(open_document(library, session_id))
        return opened[0].document.doc

    def on_link(up: bool) -> None:
        if up:
            print(f"Joined session {peer.session_id} as {role}.", file=out, flush=True)
        else:
            print("The link to the host dropped: joining again…", file=out, flush=True)

    peer = SharePeer(
        code,
        address,
        document_for,
        role,
        on_link=on_link,
        on_offset=on_offset,
        on_received=lambda origin: opened[0].pull(origin=origin),
    )
    try:
        await run_peer_until(peer, stop)
    finally:
        for shared in opened:
            shared.close()
    print("Left the shared session.", file=out, flush=True)


async def run_peer_until(peer: SharePeer, stop: asyncio.Event) -> None:
    """Run ``peer`` (rejoining by itself) until ``stop`` is set; a refusal that ends it is raised."""
    running = asyncio.create_task(peer.run())
    stopped = asyncio.create_task(stop.wait())
    try:
        await asyncio.wait({running, stopped}, return_when=asyncio.FIRST_COMPLETED)
    finally:
        for task in (running, stopped):
            task.cancel()
        await asyncio.gather(running, stopped, return_exceptions=True)
    if running.done() and not running.cancelled() and running.exception() is not None:
        raise running.exception()  # type: ignore[misc]
