"""Hosts and peers on loopback in one event loop, and waiting on what they do without sleeping."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Awaitable, Callable, Coroutine
from pathlib import Path
from typing import Any, TypeVar

from pycrdt import Doc, Map, Text

from moderator_app.sync.certificate import HostCertificate
from moderator_app.sync.link import HELLO, PROVE, WELCOME
from moderator_app.sync.link_host import ShareHost
from moderator_app.sync.link_peer import SharePeer, client_context

T = TypeVar("T")

#: How long a test waits for something that happens within milliseconds on loopback before it
#: gives up: a bound on a hang, not a timing assertion.
PATIENCE = 20.0
#: Quick reconnections, so a test of a dropped link does not wait out the real backoff.
TEST_BACKOFF = (0.02, 0.2)


def run(scenario: Coroutine[Any, Any, T]) -> T:
    """Run one test's scenario in a fresh event loop, bounded so a hang fails instead of stalling."""

    async def bounded() -> T:
        async with asyncio.timeout(PATIENCE * 3):
            return await scenario

    return asyncio.run(bounded())


def shared_doc() -> Doc:
    """A document as the link sees one: a map of items and a shared text."""
    doc = Doc()
    doc["items"] = Map()
    doc["report"] = Text()
    return doc


def items(doc: Doc) -> dict[str, Any]:
    return dict(doc.get("items", type=Map).to_py() or {})


def report(doc: Doc) -> str:
    return str(doc.get("report", type=Text))


async def until(docs: list[Doc], condition: Callable[[], bool]) -> None:
    """Wait until ``condition`` holds, checking after every change to any of ``docs``."""
    changed = asyncio.Event()
    subscriptions = [(doc, doc.observe(lambda _event: changed.set())) for doc in docs]
    try:
        async with asyncio.timeout(PATIENCE):
            while not condition():
                await changed.wait()
                changed.clear()
    finally:
        for doc, subscription in subscriptions:
            doc.unobserve(subscription)


class LinkWatch:
    """A peer's ``on_link`` and ``on_offset`` calls, as events a test can wait on."""

    def __init__(self) -> None:
        self.up = asyncio.Event()
        self.down = asyncio.Event()
        self.offset = asyncio.Event()

    def on_link(self, up: bool) -> None:
        (self.up if up else self.down).set()
        (self.down if up else self.up).clear()

    def on_offset(self, _seconds: float) -> None:
        self.offset.set()


async def wait(event: asyncio.Event) -> None:
    async with asyncio.timeout(PATIENCE):
        await event.wait()


def make_peer(host: ShareHost, port: int, doc: Doc, role: str = "rapporteur", **options: Any) -> SharePeer:
    return SharePeer(host.code, f"127.0.0.1:{port}", lambda _session: doc, role, backoff=TEST_BACKOFF, **options)


@contextlib.asynccontextmanager
async def running(peer: SharePeer) -> AsyncIterator[asyncio.Task[None]]:
    """The peer's ``run()`` as a task, cancelled when the block ends."""
    task = asyncio.create_task(peer.run())
    try:
        yield task
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task


def certificate(folder: Path) -> HostCertificate:
    return HostCertificate.load_or_create(folder)


async def raw_connect(port: int, path: str) -> Any:
    """A bare WebSocket to the host, for speaking the protocol wrongly on purpose."""
    from websockets.asyncio.client import connect

    return await connect(f"wss://127.0.0.1:{port}{path}", ssl=client_context())


async def raw_join(host: ShareHost, port: int, role: str = "rapporteur") -> tuple[Any, bytes]:
    """A bare WebSocket that has proven the code: the connection, and the proof it sent."""
    connection = await raw_connect(port, host.code.share_path())
    hello = await connection.recv()
    assert hello[0] == HELLO
    proof = bytes([PROVE]) + host.code.proof(hello[1:], host_fingerprint(host), role) + role.encode()
    await connection.send(proof)
    welcome = await connection.recv()
    assert welcome[0] == WELCOME
    return connection, proof


def host_fingerprint(host: ShareHost) -> bytes:
    return host.fingerprint


async def closed_with(connection: Any) -> tuple[int | None, str]:
    """Read until the host closes the connection; the code and reason it closed with."""
    from websockets.exceptions import ConnectionClosed

    async with asyncio.timeout(PATIENCE):
        with contextlib.suppress(ConnectionClosed):
            while True:
                await connection.recv()
    close = connection.protocol.close_rcvd
    return (close.code, close.reason) if close else (None, "")


async def first(awaitable: Awaitable[T]) -> T:
    async with asyncio.timeout(PATIENCE):
        return await awaitable
