"""A byte changed on the wire between the laptops: TLS refuses the record, the peer rejoins intact."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from pathlib import Path

import pytest
from pycrdt import Map

from moderator_app.sync.link_host import ShareHost
from moderator_app.sync.link_peer import SharePeer
from tests.sync.link_support import (
    TEST_BACKOFF,
    LinkWatch,
    certificate,
    items,
    run,
    shared_doc,
    until,
    wait,
)

pytestmark = pytest.mark.network


class TamperingProxy:
    """Passes TCP through to the host; flips one byte of the next chunk from the peer when told."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.tamper_next = False
        self.tampered = asyncio.Event()
        self._server: asyncio.Server | None = None
        self._tasks: set[asyncio.Task[None]] = set()

    async def start(self) -> int:
        self._server = await asyncio.start_server(self._relay, "127.0.0.1", 0)
        return int(self._server.sockets[0].getsockname()[1])

    async def stop(self) -> None:
        assert self._server is not None
        self._server.close()
        for task in self._tasks:
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)

    async def _relay(self, peer_reader: asyncio.StreamReader, peer_writer: asyncio.StreamWriter) -> None:
        host_reader, host_writer = await asyncio.open_connection("127.0.0.1", self.port)
        upstream = asyncio.create_task(self._pipe(peer_reader, host_writer, tamper=True))
        downstream = asyncio.create_task(self._pipe(host_reader, peer_writer, tamper=False))
        self._tasks |= {upstream, downstream}
        await asyncio.wait({upstream, downstream}, return_when=asyncio.FIRST_COMPLETED)
        for writer in (peer_writer, host_writer):
            writer.close()

    async def _pipe(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, *, tamper: bool) -> None:
        with contextlib.suppress(ConnectionError):
            while chunk := await reader.read(65536):
                if tamper and self.tamper_next and len(chunk) > 8:
                    self.tamper_next = False
                    chunk = chunk[:-4] + bytes([chunk[-4] ^ 0x01]) + chunk[-3:]
                    self.tampered.set()
                writer.write(chunk)
                await writer.drain()


def test_a_tampered_record_is_refused_and_the_update_arrives_intact_after_rejoining(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="moderator_app.sync.link")

    async def scenario() -> None:
        host_doc = shared_doc()
        host = ShareHost(lambda: host_doc, certificate(tmp_path), session_id="s-1", bind="127.0.0.1")
        info = await host.start()
        proxy = TamperingProxy(info.port)
        proxy_port = await proxy.start()
        peer_doc = shared_doc()
        watch = LinkWatch()
        peer = SharePeer(
            host.code,
            f"127.0.0.1:{proxy_port}",
            lambda _s: peer_doc,
            "rapporteur",
            backoff=TEST_BACKOFF,
            on_link=watch.on_link,
            on_offset=watch.on_offset,
        )
        task = asyncio.create_task(peer.run())
        await wait(watch.offset)  # joined, clock measured: what comes next is an update
        proxy.tamper_next = True
        peer_doc.get("items", type=Map)["note"] = "as written"
        await wait(proxy.tampered)
        await wait(watch.down)  # the host's TLS refused the record and the link dropped
        await until([host_doc], lambda: items(host_doc) == {"note": "as written"})
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
        await proxy.stop()
        await host.stop()

    run(scenario())
    refusals = [r.getMessage() for r in caplog.records if r.getMessage().startswith("refused ")]
    assert len(refusals) == 1
    assert refusals[0].endswith("data that failed TLS's check (DECRYPTION_FAILED_OR_BAD_RECORD_MAC)")
