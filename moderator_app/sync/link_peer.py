"""The joining laptop: keeps its document in step with the host's, and rejoins when the link drops.

See sync/link.py for the protocol, the refusals and how to use it.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import ssl
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from moderator_app.sync.certificate import fingerprint_of_der
from moderator_app.sync.join_code import JoinCode
from moderator_app.sync.link import (
    BACKOFF_FIRST,
    BACKOFF_MOST,
    HANDSHAKE_TIMEOUT,
    HELLO,
    HOST_ORIGIN,
    HTTP_REFUSALS,
    MALFORMED,
    MAX_MESSAGE_BYTES,
    NONCE_BYTES,
    PING_INTERVAL,
    PING_TIMEOUT,
    PROVE,
    REFUSALS,
    REFUSED_TELL,
    REFUSED_TELL_BYTES,
    ROLES,
    STAMP,
    STAMPS,
    SYNC,
    SYNC_STEP2,
    SYNC_UPDATE,
    TIME_ASK,
    TIME_SAMPLES,
    TIME_TELL,
    WEBSOCKETS_LOG,
    WELCOME,
    AfterUpdates,
    JoinRefused,
    is_sync_protocol,
    log,
    parse_address,
)

if TYPE_CHECKING:
    from pycrdt import Doc
    from websockets.asyncio.client import ClientConnection
    from websockets.frames import Close

#: The update that changes nothing, as the sync protocol carries it (pycrdt skips it too).
EMPTY_UPDATE = b"\x00\x00"


def client_context() -> ssl.SSLContext:
    # No CA can vouch for a laptop's own certificate: the peer checks the fingerprint itself,
    # against the join code, once TLS is up (SharePeer._join) and before it sends anything secret.
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.minimum_version = ssl.TLSVersion.TLSv1_3
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    return context


@dataclass
class _Offset:
    delay: float
    offset: float


@dataclass
class SharePeer:
    """Keeps a document in step with the host's, from joining until cancelled (see the module doc)."""

    code: JoinCode
    address: str
    #: The document to keep in step, given the id of the session the host shares.
    doc_provider: Callable[[str], Doc]
    role: str
    clock: Callable[[], float] = time.time
    backoff: tuple[float, float] = (BACKOFF_FIRST, BACKOFF_MOST)
    #: Called with True when the link is up (joined, syncing), False when it dropped.
    on_link: Callable[[bool], None] | None = None
    #: Called with the offset each time it is measured (on every joining).
    on_offset: Callable[[float], None] | None = None
    #: Called after each update from the host has been applied to the document.
    on_received: Callable[[str], object] | None = None
    #: Called with the host's words when it refused (and undid) a change this laptop sent.
    on_refused: Callable[[str], None] | None = None
    #: The host's clock minus this laptop's, in seconds; None until measured.
    offset_seconds: float | None = field(default=None, init=False)
    #: The id of the session the host shares; None until joined.
    session_id: str | None = field(default=None, init=False)
    #: The document kept in step; None until joined.
    doc: Doc | None = field(default=None, init=False)

    def __post_init__(self) -> None:
        if self.role not in ROLES:
            raise JoinRefused(f"the role must be one of {', '.join(ROLES)}, not {self.role!r}")
        self.host, self.port = parse_address(self.address)

    async def run(self) -> None:
        """Join, and rejoin whenever the link drops, waiting longer after each failed attempt.

        Returns only by cancellation; raises JoinRefused when the host refuses this laptop.
        """
        from websockets.exceptions import WebSocketException

        wait = self.backoff[0]
        while True:
            joined = False
            try:
                joined = await self._join()
            except JoinRefused as refusal:
                log.warning("the host refused this laptop: %s", refusal)
                raise
            except (OSError, TimeoutError, ValueError, _LinkDropped, WebSocketException) as error:
                # No route, nobody listening, a handshake cut short: the host may be back soon.
                log.info("no link to %s: %s", self.address, error or type(error).__name__)
            if self.on_link is not None:
                self.on_link(False)
            wait = self.backoff[0] if joined else min(wait * 2, self.backoff[1])
            await asyncio.sleep(wait)

    async def _join(self) -> bool:
        """One connection, from handshake until it drops; whether it got as far as syncing."""
        # Called through its module: a bare connect() reads as opening a database to the
        # architecture test, which keeps that to storage/ and the library.
        from websockets.asyncio import client as websocket_client
        from websockets.exceptions import InvalidStatus

        uri = f"wss://{_bracketed(self.host)}:{self.port}{self.code.share_path()}"
        try:
            connection = await websocket_client.connect(
                uri,
                ssl=client_context(),
                max_size=MAX_MESSAGE_BYTES,
                open_timeout=HANDSHAKE_TIMEOUT,
                ping_interval=PING_INTERVAL,
                ping_timeout=PING_TIMEOUT,
                logger=WEBSOCKETS_LOG,
            )
        except InvalidStatus as error:
            status = error.response.status_code
            if status in HTTP_REFUSALS:
                raise JoinRefused(HTTP_REFUSALS[status]) from None
            raise
        try:
            fingerprint = _fingerprint_of(connection)
            if not self.code.pins(fingerprint):
                raise JoinRefused(
                    f"the laptop at {self.address} is not the host this code names (its certificate differs): "
                    "check the address on the host's screen"
                )
            await self._prove(connection, fingerprint)
            if self.on_link is not None:
                self.on_link(True)
            await self._sync(connection)
            return True
        finally:
            # A normal goodbye (1000) whatever ended the link, leaving included: the host logs
            # the peer as gone, not as failed.
            await connection.close()

    async def _prove(self, connection: ClientConnection, fingerprint: bytes) -> None:
        hello = await self._receive(connection)
        if len(hello) != 1 + NONCE_BYTES or hello[0] != HELLO:
            raise _LinkDropped("the host did not greet as a sharing host does")
        nonce = hello[1:]
        mac = self.code.proof(nonce, fingerprint, self.role)
        await connection.send(bytes([PROVE]) + mac + self.role.encode())
        welcome = await self._receive(connection)
        if not welcome or welcome[0] != WELCOME:
            raise _LinkDropped("the host did not welcome this laptop")
        try:
            session_id = str(json.loads(welcome[1:])["session"])
        except (ValueError, KeyError, TypeError):
            raise _LinkDropped("the host's welcome does not name a session") from None
        if self.session_id is not None and session_id != self.session_id:
            raise JoinRefused(
                f"the host now shares session {session_id}, not {self.session_id} that this laptop joined: "
                "join again with the new code"
            )
        if self.doc is None:
            self.doc = self.doc_provider(session_id)
        self.session_id = session_id

    async def _receive(self, connection: ClientConnection) -> bytes:
        from websockets.exceptions import ConnectionClosed

        try:
            async with asyncio.timeout(HANDSHAKE_TIMEOUT):
                message = await connection.recv()
        except ConnectionClosed as closed:
            raise _refusal_or_drop(closed.rcvd) from None
        if not isinstance(message, bytes):
            raise _LinkDropped("the host sent text where the protocol has bytes")
        return message

    async def _sync(self, connection: ClientConnection) -> None:
        from pycrdt import Provider

        assert self.doc is not None
        channel = _PeerChannel(connection, self.on_received, self.doc, self.on_refused)
        provider_task = asyncio.create_task(Provider(self.doc, channel, log).start())
        closed_task = asyncio.create_task(channel.closed.wait())
        try:
            measured = await self._measure_offset(channel)
            if measured is not None:
                self.offset_seconds = measured.offset
                if self.on_offset is not None:
                    self.on_offset(measured.offset)
                log.info("clock offset to the host: %+.3f s (round trip %.3f s)", measured.offset, measured.delay)
            await asyncio.wait({provider_task, closed_task}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for task in (provider_task, closed_task):
                task.cancel()
            await asyncio.gather(provider_task, closed_task, return_exceptions=True)
        if provider_task.done() and not provider_task.cancelled() and provider_task.exception() is not None:
            log.warning("a message from the host did not decode: %s", provider_task.exception())
        ended = _refusal_or_drop(connection.protocol.close_rcvd)
        if isinstance(ended, JoinRefused):
            raise ended
        log.info("the link to %s dropped: %s", self.address, ended)

    async def _measure_offset(self, channel: _PeerChannel) -> _Offset | None:
        best: _Offset | None = None
        for _ in range(TIME_SAMPLES):
            sent = self.clock()
            await channel.send(bytes([TIME_ASK]) + STAMP.pack(sent))
            reply = await channel.time_reply()
            if reply is None:
                return best
            arrived = self.clock()
            echoed, received, answered = STAMPS.unpack(reply)
            if echoed != sent:
                continue
            delay = (arrived - sent) - (answered - received)
            offset = ((received - sent) + (answered - arrived)) / 2
            if best is None or delay < best.delay:
                best = _Offset(delay, offset)
        return best


class _LinkDropped(Exception):
    """The link went down or never came up: worth another try."""


def _refusal_or_drop(close: Close | None) -> Exception:
    """What the host's closing frame means: a refusal to report, or a drop to recover from."""
    if close is None:
        return _LinkDropped("the link closed without a word")
    if close.code in REFUSALS:
        # websockets' own reasons (1007, 1009) say what was wrong; ours (4xxx) are the refusal's.
        detail = f" ({close.reason})" if close.reason and close.code < 4000 else ""
        return JoinRefused(REFUSALS[close.code] + detail)
    return _LinkDropped(f"the link closed (code {close.code})")


class _PeerChannel:
    """The host's connection as pycrdt's provider sees it; clock replies are set aside.

    The provider sends every update the document makes, those it applied from the host included,
    so each of the host's changes would come straight back to it: a second trip, and a role check
    on the host for nothing. The channel applies the host's updates to the document itself, noting
    the update each one made here, hands the provider the same message with nothing in it (which
    it takes as read), and does not send those updates back.
    """

    def __init__(
        self,
        connection: ClientConnection,
        on_received: Callable[[str], object] | None,
        doc: Doc,
        on_refused: Callable[[str], None] | None = None,
    ) -> None:
        self._connection = connection
        self.path = "host"
        self.closed = asyncio.Event()
        self._replies: asyncio.Queue[bytes | None] = asyncio.Queue()
        self._send_lock = asyncio.Lock()
        self._received = AfterUpdates(on_received, HOST_ORIGIN)
        self._doc = doc
        self._on_refused = on_refused
        # The update messages the provider will make of what came from the host, not to send back.
        self._echoes: Counter[bytes] = Counter()

    def __aiter__(self) -> _PeerChannel:
        return self

    async def __anext__(self) -> bytes:
        from websockets.exceptions import ConnectionClosed

        self._received.settle()
        while True:
            try:
                message = await self._connection.recv()
            except ConnectionClosed:
                self._end()
                raise StopAsyncIteration from None
            if isinstance(message, bytes) and len(message) == 1 + STAMPS.size and message[0] == TIME_TELL:
                self._replies.put_nowait(message[1:])
                continue
            if isinstance(message, bytes) and message[:1] == bytes([REFUSED_TELL]):
                words = message[1 : 1 + REFUSED_TELL_BYTES].decode("utf-8", errors="replace")
                log.warning("the host refused a change from this laptop: it may not change %s", words)
                if self._on_refused is not None:
                    self._on_refused(words)
                continue
            if is_sync_protocol(message):
                self._received.note(message)  # type: ignore[arg-type]
                return self._applied(message)  # type: ignore[arg-type]
            log.warning("the host sent a message outside the sync protocol; reconnecting")
            await self._connection.close(MALFORMED, "a message outside the sync protocol")
            self._end()
            raise StopAsyncIteration

    async def recv(self) -> bytes:
        return await self.__anext__()

    def _applied(self, message: bytes) -> bytes:
        """Apply an update from the host, noting what it made here; the message as the provider
        should see it (an update already applied is handed on empty; step 1 and awareness as they are)."""
        from pycrdt import create_update_message, read_message, write_message

        if message[0] != SYNC or message[1] not in (SYNC_STEP2, SYNC_UPDATE):
            return message
        update = read_message(message[2:])
        if update == EMPTY_UPDATE:
            return message
        made: list[bytes] = []
        subscription = self._doc.observe(lambda event: made.append(event.update))
        try:
            self._doc.apply_update(update)
        finally:
            self._doc.unobserve(subscription)
        for update_here in made:
            self._echoes[create_update_message(update_here)] += 1
        return message[:2] + write_message(EMPTY_UPDATE)

    async def send(self, message: bytes) -> None:
        from websockets.exceptions import ConnectionClosed

        if self._echoes[message] > 0:  # the host's own update, applied here: it has it
            self._echoes[message] -= 1
            if not self._echoes[message]:
                del self._echoes[message]
            return
        async with self._send_lock:
            try:
                await self._connection.send(message)
            except ConnectionClosed:
                self._end()

    async def time_reply(self) -> bytes | None:
        """The next clock reply, or None once the link is closed."""
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(HANDSHAKE_TIMEOUT):
                return await self._replies.get()
        return None

    def _end(self) -> None:
        self.closed.set()
        self._replies.put_nowait(None)


def _fingerprint_of(connection: ClientConnection) -> bytes:
    ssl_object = connection.transport.get_extra_info("ssl_object")
    der = ssl_object.getpeercert(binary_form=True) if ssl_object is not None else None
    if not der:
        raise JoinRefused("the host presented no certificate")
    return fingerprint_of_der(der)


def _bracketed(host: str) -> str:
    return f"[{host}]" if ":" in host else host
