"""The link between laptops: a pycrdt document carried over TLS-encrypted WebSockets, code-guarded.

The document is opaque here: whatever ``pycrdt.Doc`` the host serves, the peers' documents are
kept in step with it by pycrdt-websocket's room (the Yjs sync protocol: state vectors, then the
updates the other side lacks, then every update as it happens). This module adds what a venue's
network needs around that protocol, and nothing of its own to the document itself.

The API::

    host = ShareHost(doc_provider, certificate, session_id="s1")   # doc_provider() -> Doc
    info = await host.start(port)        # JoinInfo: the code to read out and the addresses
    ...                                  # host.peers: who is connected, with their role
    await host.stop()                    # closes the port and every connection

    peer = SharePeer(JoinCode.parse(typed), "192.168.1.4:8765", doc_provider, "rapporteur")
    await peer.run()                     # until cancelled; reconnects by itself when the link
                                         # drops; raises JoinRefused when the host says no
    peer.offset_seconds                  # host's clock minus ours (None until measured)

The peer's ``doc_provider(session_id)`` is called once, on the first joining, with the id of the
session the host shares (a joiner knows only the code). Both sides take ``on_received``: called
after each update from the other side has been applied to the document, the moment to bring the
library to it (sync/shared_session.py's ``pull``); it runs in the event loop, between messages.

How a peer joins (one WebSocket, ``wss://HOST:PORT/share/<room>``):

1. TLS 1.3 with the host's self-made certificate (sync/certificate.py). The peer trusts no CA:
   it compares the certificate's SHA-256 fingerprint with the 60 bits the join code carries and
   hangs up on a mismatch before sending anything but the request line.
2. The path names the share's room, derived one-way from the code's secret (JoinCode.room): a
   code from an earlier share asks for a room that is gone and is told so (HTTP 404).
3. The host sends a fresh 32-byte nonce; the peer answers with its role and an HMAC-SHA256, keyed
   by the secret, of the nonce, the host's fingerprint and the role. The secret never crosses the
   network, and a recorded answer is worth nothing on the next connection (a new nonce).
4. The host answers with the session's id, then serves the sync protocol. Beside it, the peer
   measures its clock's offset to the host's as NTP does: several stamped round trips, the one
   with the smallest delay taken (``TIME_SAMPLES``), again on every reconnection.

What the host refuses, each with one log line (logger ``moderator_app.sync.link``) and a clear
reason for the peer (``JoinRefused``): a wrong code (close 4401), an unknown role (4403), no
proof within ``HANDSHAKE_TIMEOUT`` (4408), a message that is not the protocol's or does not
decode (1007), a message over ``MAX_MESSAGE_BYTES`` (1009, by websockets' ``max_size``), an
unknown room (HTTP 404), and more than ``MAX_PEERS`` connections at once (HTTP 503). A TLS or
WebSocket handshake must finish within ``HANDSHAKE_TIMEOUT`` too. Keepalive pings every
``PING_INTERVAL`` seconds notice a link gone silent (Wi-Fi lost without a goodbye).

Clocks are plain callables returning seconds since the epoch (``time.time`` by default), so a
test can make one laptop's clock run 5 s ahead.
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import json
import logging
import secrets
import socket
import ssl
import struct
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from moderator_app.sync.certificate import HostCertificate, fingerprint_of_der
from moderator_app.sync.join_code import JoinCode

if TYPE_CHECKING:
    from pycrdt import Doc
    from pycrdt.websocket import YRoom
    from websockets.asyncio.client import ClientConnection
    from websockets.asyncio.server import Server, ServerConnection
    from websockets.exceptions import ConnectionClosed
    from websockets.frames import Close
    from websockets.http11 import Request, Response

log = logging.getLogger(__name__)

#: The roles a peer may state (the onsite moderator is the host).
ROLES = ("online-moderator", "rapporteur")
#: The largest message either side accepts: a whole session's first sync is well under 1 MiB;
#: anything near this is a mistake or an attack, refused before it is held in memory twice.
MAX_MESSAGE_BYTES = 16 * 1024 * 1024
#: Connections a host keeps at once: the two other roles, a co-rapporteur and a few spare screens.
MAX_PEERS = 8
#: Seconds for the TLS handshake, for the WebSocket handshake, and for the proof of the code.
HANDSHAKE_TIMEOUT = 5.0
#: Keepalive: a ping every PING_INTERVAL s; no pong within PING_TIMEOUT s means the link is gone.
PING_INTERVAL = 5.0
PING_TIMEOUT = 10.0
#: Round trips per offset measurement (the least delayed one is kept).
TIME_SAMPLES = 8
#: Reconnection waits: the first, and the longest it doubles up to.
BACKOFF_FIRST = 0.25
BACKOFF_MOST = 5.0

# Our messages beside the Yjs ones (whose first byte is 0 sync, 1 awareness, 2 auth, 3 query).
HELLO = 0x70  # host -> peer: nonce
PROVE = 0x71  # peer -> host: HMAC (32 bytes) + role
WELCOME = 0x72  # host -> peer: JSON {"session": id}
TIME_ASK = 0x73  # peer -> host: t0
TIME_TELL = 0x74  # host -> peer: t0, t1 (received), t2 (sent)
_SYNC, _AWARENESS = 0, 1
_NONCE_BYTES = 32
_MAC_BYTES = 32
_STAMP = struct.Struct(">d")
_STAMPS = struct.Struct(">ddd")

# Close codes (4000-4999 are the application's own) and what the peer is told for each.
WRONG_CODE = 4401
UNKNOWN_ROLE = 4403
TOO_SLOW = 4408
MALFORMED = 1007
TOO_BIG = 1009
_REFUSALS = {
    WRONG_CODE: "the host refused the join code: check it on the host's screen",
    UNKNOWN_ROLE: "the host does not know this role",
    MALFORMED: "the host refused a message it could not read",
    TOO_SLOW: "this laptop took too long to prove it holds the join code",
    TOO_BIG: "the host refused a message larger than it accepts",
}
_HTTP_REFUSALS = {
    404: "this host is not sharing a session with that code: it may be from an earlier share",
    503: "the host already has as many laptops connected as it takes",
}


class JoinRefused(Exception):
    """The host said no (or is not the host the code names): retrying would not help."""


@dataclass(frozen=True)
class JoinInfo:
    """What the host shows: the code, the port, and the addresses this laptop can be reached at."""

    code: JoinCode
    port: int
    addresses: tuple[str, ...]

    def address_text(self) -> str:
        """``HOST:PORT`` for each address, comma-separated (the first is the likeliest)."""
        return ", ".join(f"{address}:{self.port}" for address in self.addresses)


@dataclass(frozen=True)
class ConnectedPeer:
    """A laptop connected to the host: its role and where it connects from."""

    role: str
    address: str


def server_context(certificate: HostCertificate) -> ssl.SSLContext:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.minimum_version = ssl.TLSVersion.TLSv1_3
    context.load_cert_chain(certificate.certificate_path, certificate.key_path)
    return context


def client_context() -> ssl.SSLContext:
    # No CA can vouch for a laptop's own certificate: the peer checks the fingerprint itself,
    # against the join code, once TLS is up (SharePeer._join) and before it sends anything secret.
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.minimum_version = ssl.TLSVersion.TLSv1_3
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    return context


class ShareHost:
    """Serves one session's document to the peers that hold its join code."""

    def __init__(
        self,
        doc_provider: Callable[[], Doc],
        certificate: HostCertificate,
        *,
        session_id: str,
        code: JoinCode | None = None,
        bind: str = "",
        clock: Callable[[], float] = time.time,
        max_peers: int = MAX_PEERS,
        max_message_bytes: int = MAX_MESSAGE_BYTES,
        handshake_timeout: float = HANDSHAKE_TIMEOUT,
        on_received: Callable[[], object] | None = None,
    ) -> None:
        """``code``: keep a share's code across a restart of the host; by default a fresh one.

        ``bind``: the interface to listen on ("" is every interface, as a venue needs).
        """
        self._doc_provider = doc_provider
        self._certificate = certificate
        self._session_id = session_id
        self.code = code or JoinCode.new(certificate.fingerprint)
        self._bind = bind
        self._clock = clock
        self._max_peers = max_peers
        self._max_message_bytes = max_message_bytes
        self._handshake_timeout = handshake_timeout
        self._on_received = on_received
        self._path = f"/share/{self.code.room()}"
        self._peers: dict[object, ConnectedPeer] = {}
        self._server: Server | None = None
        self._room: YRoom | None = None
        self._room_task: asyncio.Task[None] | None = None
        self._closing = asyncio.Event()

    @property
    def fingerprint(self) -> bytes:
        """The SHA-256 fingerprint of the certificate this host presents."""
        return self._certificate.fingerprint

    @property
    def peers(self) -> tuple[ConnectedPeer, ...]:
        """The laptops connected now, in the order they joined."""
        return tuple(self._peers.values())

    async def start(self, port: int = 0) -> JoinInfo:
        """Open the port (0: any free one) and serve; what to show the people joining."""
        from pycrdt.websocket import YRoom
        from websockets.asyncio.server import serve

        if self._server is not None:
            raise RuntimeError("this host is already sharing")
        room = YRoom(ready=True, ydoc=self._doc_provider(), log=log, exception_handler=_log_room_failure)
        room.on_message_error = self._undecodable
        self._room = room
        ready = asyncio.Event()
        self._room_task = asyncio.create_task(self._keep_room(room, ready))
        await ready.wait()
        try:
            self._server = await serve(
                self._serve,
                self._bind or None,
                port,
                ssl=server_context(self._certificate),
                process_request=self._check_request,
                max_size=self._max_message_bytes,
                open_timeout=self._handshake_timeout,
                ssl_handshake_timeout=self._handshake_timeout,
                ping_interval=PING_INTERVAL,
                ping_timeout=PING_TIMEOUT,
                logger=logging.getLogger(f"{__name__}.websockets"),
            )
        except BaseException:
            await self._stop_room()
            raise
        bound = self._server.sockets[0].getsockname()[1]
        addresses = (self._bind,) if self._bind else local_addresses()
        log.info("sharing session %s on port %d", self._session_id, bound)
        return JoinInfo(self.code, bound, addresses)

    async def stop(self) -> None:
        """Close every connection and the port; the document stays as it is."""
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()
            self._server = None
            log.info("stopped sharing session %s", self._session_id)
        await self._stop_room()

    async def _stop_room(self) -> None:
        self._closing.set()
        if self._room_task is not None:
            await self._room_task
            self._room_task = None
        self._closing = asyncio.Event()

    async def _keep_room(self, room: YRoom, ready: asyncio.Event) -> None:
        # The room's anyio task group is entered and left in this one task, as anyio requires.
        async with room:
            ready.set()
            await self._closing.wait()

    def _check_request(self, connection: ServerConnection, request: Request) -> Response | None:
        address = _address_of(connection)
        if request.path != self._path:
            log.warning("refused %s: it asked for a session this host is not sharing", address)
            return connection.respond(404, _HTTP_REFUSALS[404] + "\n")
        assert self._server is not None
        if len(self._server.all_connections) >= self._max_peers:
            log.warning("refused %s: %d laptops are connected already", address, self._max_peers)
            return connection.respond(503, _HTTP_REFUSALS[503] + "\n")
        return None

    async def _serve(self, connection: ServerConnection) -> None:
        from websockets.exceptions import ConnectionClosed

        address = _address_of(connection)
        nonce = secrets.token_bytes(_NONCE_BYTES)
        try:
            await connection.send(bytes([HELLO]) + nonce)
            async with asyncio.timeout(self._handshake_timeout):
                proof = await connection.recv()
        except TimeoutError:
            await _refuse(connection, address, TOO_SLOW, "no proof of the join code in time")
            return
        except ConnectionClosed as closed:
            _log_if_oversized(closed, address)
            return
        role = self._role_proven(proof, nonce)
        if role is None:
            await _refuse(connection, address, WRONG_CODE, "wrong join code")
            return
        if role not in ROLES:
            await _refuse(connection, address, UNKNOWN_ROLE, "unknown role")
            return
        with contextlib.suppress(ConnectionClosed):
            await connection.send(bytes([WELCOME]) + json.dumps({"session": self._session_id}).encode())
        self._peers[connection] = ConnectedPeer(role, address)
        log.info("%s joined as %s", address, role)
        try:
            assert self._room is not None
            await self._room.serve(_HostChannel(connection, address, self._clock, self._on_received))
        finally:
            del self._peers[connection]
            log.info("%s (%s) left", address, role)

    def _role_proven(self, proof: Any, nonce: bytes) -> str | None:
        """The role the peer states, if its proof is right; None for a wrong or shapeless proof."""
        if not isinstance(proof, bytes) or len(proof) <= 1 + _MAC_BYTES or proof[0] != PROVE:
            return None
        mac, role_bytes = proof[1 : 1 + _MAC_BYTES], proof[1 + _MAC_BYTES :]
        try:
            role = role_bytes.decode()
        except UnicodeDecodeError:
            return None
        expected = self.code.proof(nonce, self._certificate.fingerprint, role)
        return role if hmac.compare_digest(mac, expected) else None

    async def _undecodable(self, error: Exception, message: bytes, channel: Any) -> bool:
        # A sync message whose update does not decode: tampered, truncated or from a broken peer.
        # The document is untouched (pycrdt applies an update whole or not at all).
        await channel.refuse(MALFORMED, f"a message that does not decode ({type(error).__name__})")
        return True


class _HostChannel:
    """A peer's connection as the room sees it: only well-formed sync messages get through.

    The clock requests are answered here, beside the room, stamped when they arrive and leave.
    """

    def __init__(
        self,
        connection: ServerConnection,
        address: str,
        clock: Callable[[], float],
        on_received: Callable[[], object] | None,
    ) -> None:
        self._connection = connection
        self._clock = clock
        self.path = address
        self._send_lock = asyncio.Lock()
        self._received = _AfterUpdates(on_received)

    def __aiter__(self) -> _HostChannel:
        return self

    async def __anext__(self) -> bytes:
        from websockets.exceptions import ConnectionClosed

        self._received.settle()
        while True:
            try:
                message = await self._connection.recv()
            except ConnectionClosed as closed:
                _log_if_oversized(closed, self.path)
                raise StopAsyncIteration from None
            received = self._clock()
            if isinstance(message, bytes) and len(message) == 1 + _STAMP.size and message[0] == TIME_ASK:
                await self.send(bytes([TIME_TELL]) + message[1:] + _STAMP.pack(received) + _STAMP.pack(self._clock()))
                continue
            if _is_sync_protocol(message):
                self._received.note(message)  # type: ignore[arg-type]
                return message  # type: ignore[return-value]
            await self.refuse(MALFORMED, "a message outside the sync protocol")
            raise StopAsyncIteration

    async def recv(self) -> bytes:
        return await self.__anext__()

    async def send(self, message: bytes) -> None:
        from websockets.exceptions import ConnectionClosed

        # A peer gone mid-broadcast is no failure of the room's: its connection handler ends it.
        async with self._send_lock:
            with contextlib.suppress(ConnectionClosed):
                await self._connection.send(message)

    async def refuse(self, code: int, reason: str) -> None:
        await _refuse(self._connection, self.path, code, reason)


class _AfterUpdates:
    """Calls ``on_received`` once an update handed to the document has been applied.

    Both pycrdt's room and its provider apply a sync message before they ask the channel for the
    next one: the next ask (or the end of the link) is when the document holds it.
    """

    def __init__(self, on_received: Callable[[], object] | None) -> None:
        self._on_received = on_received
        self._pending = False

    def note(self, message: bytes) -> None:
        # Step 1 is only a state vector; step 2 and updates carry content.
        self._pending = self._pending or (message[0] == _SYNC and message[1] in (1, 2))

    def settle(self) -> None:
        if not self._pending or self._on_received is None:
            return
        self._pending = False
        try:
            self._on_received()
        except Exception:
            # The library refused what the document now holds (say, not a valid session): the
            # link goes on, as the next update may make it valid again.
            log.exception("the received update could not be applied here")


def _is_sync_protocol(message: Any) -> bool:
    if not isinstance(message, bytes) or not message:
        return False
    if message[0] == _SYNC:
        return len(message) >= 2 and message[1] in (0, 1, 2)
    return message[0] == _AWARENESS


async def _refuse(connection: Any, address: str, code: int, reason: str) -> None:
    log.warning("refused %s: %s", address, reason)
    await connection.close(code, reason)


def _log_if_oversized(closed: ConnectionClosed, address: str) -> None:
    # websockets refuses the message itself (max_size) and closes with 1009: say so once.
    if closed.sent is not None and closed.sent.code == TOO_BIG:
        log.warning("refused %s: a message over the size limit (%s)", address, closed.sent.reason)


def _log_room_failure(error: Exception, logger: logging.Logger) -> bool:
    logger.error("the shared room failed: %s", error)
    return True


def _address_of(connection: Any) -> str:
    remote = connection.remote_address
    return f"{remote[0]}:{remote[1]}" if remote else "an unknown address"


def local_addresses() -> tuple[str, ...]:
    """This laptop's IPv4 addresses others may reach, the likeliest first (never loopback)."""
    found: list[str] = []
    probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        # No packet leaves: connecting a UDP socket only asks the system which interface it would
        # use, which is the one the venue's network is on, internet or not.
        probe.connect(("10.254.254.254", 1))
        found.append(probe.getsockname()[0])
    except OSError:
        pass
    finally:
        probe.close()
    with contextlib.suppress(OSError):
        for info in socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET):
            found.append(str(info[4][0]))
    usable = [address for address in dict.fromkeys(found) if not address.startswith("127.")]
    return tuple(usable) or ("127.0.0.1",)


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
    on_received: Callable[[], object] | None = None
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
        """Join, and rejoin whenever the link drops, waiting longer after each failed attempt."""
        wait = self.backoff[0]
        while True:
            joined = False
            try:
                joined = await self._join()
            except JoinRefused as refusal:
                log.warning("the host refused this laptop: %s", refusal)
                raise
            except (OSError, TimeoutError, ValueError, _LinkDropped) as error:
                log.info("no link to %s: %s", self.address, error or type(error).__name__)
            except Exception as error:  # websockets' handshake errors
                if type(error).__module__.startswith("websockets"):
                    log.info("no link to %s: %s", self.address, error)
                else:
                    raise
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

        uri = f"wss://{_bracketed(self.host)}:{self.port}/share/{self.code.room()}"
        try:
            connection = await websocket_client.connect(
                uri,
                ssl=client_context(),
                max_size=MAX_MESSAGE_BYTES,
                open_timeout=HANDSHAKE_TIMEOUT,
                ping_interval=PING_INTERVAL,
                ping_timeout=PING_TIMEOUT,
                logger=logging.getLogger(f"{__name__}.websockets"),
            )
        except InvalidStatus as error:
            status = error.response.status_code
            if status in _HTTP_REFUSALS:
                raise JoinRefused(_HTTP_REFUSALS[status]) from None
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
        if len(hello) != 1 + _NONCE_BYTES or hello[0] != HELLO:
            raise _LinkDropped("the host did not greet as a sharing host does")
        nonce = hello[1:]
        mac = self.code.proof(nonce, fingerprint, self.role)
        await connection.send(bytes([PROVE]) + mac + self.role.encode())
        welcome = await self._receive(connection)
        if not welcome or welcome[0] != WELCOME:
            raise _LinkDropped("the host did not welcome this laptop")
        session_id = str(json.loads(welcome[1:])["session"])
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
        channel = _PeerChannel(connection, self.on_received)
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
            await channel.send(bytes([TIME_ASK]) + _STAMP.pack(sent))
            reply = await channel.time_reply()
            if reply is None:
                return best
            arrived = self.clock()
            echoed, received, answered = _STAMPS.unpack(reply)
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
    if close.code in _REFUSALS:
        detail = f" ({close.reason})" if close.reason else ""
        return JoinRefused(_REFUSALS[close.code] + detail)
    return _LinkDropped(f"the link closed (code {close.code})")


class _PeerChannel:
    """The host's connection as pycrdt's provider sees it; clock replies are set aside."""

    def __init__(self, connection: ClientConnection, on_received: Callable[[], object] | None) -> None:
        self._connection = connection
        self.path = "host"
        self.closed = asyncio.Event()
        self._replies: asyncio.Queue[bytes | None] = asyncio.Queue()
        self._send_lock = asyncio.Lock()
        self._received = _AfterUpdates(on_received)

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
            if isinstance(message, bytes) and len(message) == 1 + _STAMPS.size and message[0] == TIME_TELL:
                self._replies.put_nowait(message[1:])
                continue
            if _is_sync_protocol(message):
                self._received.note(message)  # type: ignore[arg-type]
                return message  # type: ignore[return-value]
            log.warning("the host sent a message outside the sync protocol; reconnecting")
            await self._connection.close(MALFORMED, "a message outside the sync protocol")
            self._end()
            raise StopAsyncIteration

    async def recv(self) -> bytes:
        return await self.__anext__()

    async def send(self, message: bytes) -> None:
        from websockets.exceptions import ConnectionClosed

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


def parse_address(text: str) -> tuple[str, int]:
    """``HOST:PORT`` (``[v6]:PORT`` for IPv6) as a host and a port, or a clear JoinRefused."""
    host, colon, port_text = text.strip().rpartition(":")
    host = host.strip("[]")
    if not colon or not host or not port_text.isdigit() or not 0 < int(port_text) < 65536:
        raise JoinRefused(f"the address must be HOST:PORT as the host's screen shows it, not {text!r}")
    return host, int(port_text)


def _bracketed(host: str) -> str:
    return f"[{host}]" if ":" in host else host
