"""The sharing host: serves one session's document to the laptops that hold its join code.

See sync/link.py for the protocol, the refusals and how to use it.
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
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from moderator_app.sync.certificate import HostCertificate
from moderator_app.sync.join_code import JoinCode
from moderator_app.sync.link import (
    HANDSHAKE_TIMEOUT,
    HELLO,
    HTTP_REFUSALS,
    MAC_BYTES,
    MALFORMED,
    MAX_MESSAGE_BYTES,
    MAX_PEERS,
    NONCE_BYTES,
    PING_INTERVAL,
    PING_TIMEOUT,
    PROVE,
    REFUSED_TELL,
    REFUSED_TELL_BYTES,
    ROLES,
    STAMP,
    SYNC,
    SYNC_STEP2,
    SYNC_UPDATE,
    TIME_ASK,
    TIME_TELL,
    TOO_BIG,
    TOO_SLOW,
    UNKNOWN_ROLE,
    WEBSOCKETS_LOG,
    WELCOME,
    WRONG_CODE,
    AfterUpdates,
    is_sync_protocol,
    log,
)

if TYPE_CHECKING:
    from pycrdt import Doc
    from pycrdt.websocket import YRoom
    from websockets.asyncio.server import Server, ServerConnection
    from websockets.exceptions import ConnectionClosed
    from websockets.http11 import Request, Response


#: Every IPv4 interface, and only IPv4: listening on every family with port 0 would give each its
#: own free port, and the addresses shown (local_addresses) are IPv4 ones, link-local included.
EVERY_INTERFACE = "0.0.0.0"


#: A host's check of a peer's update: given the peer's role and the update, None to take it as it
#: is, or (having applied it and undone all it changed) what the role may not change, in words.
Gate = Callable[[str, bytes], "str | None"]


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


class ShareHost:
    """Serves one session's document to the peers that hold its join code."""

    def __init__(
        self,
        doc_provider: Callable[[], Doc],
        certificate: HostCertificate,
        *,
        session_id: str,
        code: JoinCode | None = None,
        bind: str = EVERY_INTERFACE,
        clock: Callable[[], float] = time.time,
        max_peers: int = MAX_PEERS,
        max_message_bytes: int = MAX_MESSAGE_BYTES,
        handshake_timeout: float = HANDSHAKE_TIMEOUT,
        on_received: Callable[[str], object] | None = None,
        on_peers: Callable[[tuple[ConnectedPeer, ...]], None] | None = None,
        gate: Gate | None = None,
    ) -> None:
        """``code``: keep a share's code across a restart of the host; by default a fresh one.

        ``bind``: the address to listen on (by default every IPv4 interface, as a venue needs).
        ``on_peers``: called with ``peers`` each time a laptop joins or leaves (the moderator sees
        who is connected, with their role).
        ``gate``: checks each update a peer sends against the role it proved (sync/roles.py's
        ``RoleGate.admit``); without one, every update is taken as it comes.
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
        self._on_peers = on_peers
        self._gate = gate
        self._path = self.code.share_path()
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
                self._bind,
                port,
                ssl=server_context(self._certificate),
                process_request=self._check_request,
                max_size=self._max_message_bytes,
                open_timeout=self._handshake_timeout,
                ssl_handshake_timeout=self._handshake_timeout,
                ping_interval=PING_INTERVAL,
                ping_timeout=PING_TIMEOUT,
                logger=WEBSOCKETS_LOG,
            )
        except BaseException:
            await self._stop_room()
            raise
        bound = self._server.sockets[0].getsockname()[1]
        addresses = local_addresses() if self._bind == EVERY_INTERFACE else (self._bind,)
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
            log.warning("refused %s: its code names another host", address)
            return connection.respond(404, HTTP_REFUSALS[404] + "\n")
        # The server's connections: those past their handshake, proving the code or syncing.
        if len(connection.server.all_connections) >= self._max_peers:
            log.warning("refused %s: %d laptops are connected already", address, self._max_peers)
            return connection.respond(503, HTTP_REFUSALS[503] + "\n")
        return None

    async def _serve(self, connection: ServerConnection) -> None:
        from websockets.exceptions import ConnectionClosed

        address = _address_of(connection)
        nonce = secrets.token_bytes(NONCE_BYTES)
        try:
            await connection.send(bytes([HELLO]) + nonce)
            async with asyncio.timeout(self._handshake_timeout):
                proof = await connection.recv()
        except TimeoutError:
            await _refuse(connection, address, TOO_SLOW, "no proof of the join code in time")
            return
        except ConnectionClosed as closed:
            _log_refused_below(closed, address)
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
        self._tell_peers()
        try:
            assert self._room is not None
            await self._room.serve(_HostChannel(connection, address, role, self._clock, self._on_received, self._gate))
        finally:
            del self._peers[connection]
            log.info("%s (%s) left", address, role)
            self._tell_peers()

    def _tell_peers(self) -> None:
        if self._on_peers is not None:
            self._on_peers(self.peers)

    def _role_proven(self, proof: Any, nonce: bytes) -> str | None:
        """The role the peer states, if its proof is right; None for a wrong or shapeless proof."""
        if not isinstance(proof, bytes) or len(proof) <= 1 + MAC_BYTES or proof[0] != PROVE:
            return None
        mac, role_bytes = proof[1 : 1 + MAC_BYTES], proof[1 + MAC_BYTES :]
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
        role: str,
        clock: Callable[[], float],
        on_received: Callable[[str], object] | None,
        gate: Gate | None,
    ) -> None:
        self._connection = connection
        self._role = role
        self._gate = gate
        self._clock = clock
        self.path = address
        self._send_lock = asyncio.Lock()
        self._received = AfterUpdates(on_received, role)

    def __aiter__(self) -> _HostChannel:
        return self

    async def __anext__(self) -> bytes:
        from websockets.exceptions import ConnectionClosed

        self._received.settle()
        while True:
            try:
                message = await self._connection.recv()
            except ConnectionClosed as closed:
                _log_refused_below(closed, self.path)
                raise StopAsyncIteration from None
            received = self._clock()
            if isinstance(message, bytes) and len(message) == 1 + STAMP.size and message[0] == TIME_ASK:
                await self.send(bytes([TIME_TELL]) + message[1:] + STAMP.pack(received) + STAMP.pack(self._clock()))
                continue
            if is_sync_protocol(message):
                self._received.note(message)  # type: ignore[arg-type]
                refused = self._refused(message)  # type: ignore[arg-type]
                if refused is not None:
                    # The sender is told, so its window can say why its change was undone there.
                    await self.send(bytes([REFUSED_TELL]) + refused.encode("utf-8")[:REFUSED_TELL_BYTES])
                    continue
                return message  # type: ignore[return-value]
            await self.refuse(MALFORMED, "a message outside the sync protocol")
            raise StopAsyncIteration

    async def recv(self) -> bytes:
        return await self.__anext__()

    def _refused(self, message: bytes) -> str | None:
        """What the gate refused of the update ``message`` carries (having applied it and undone all
        it changed), in words; None when it took it."""
        if self._gate is None or message[0] != SYNC or message[1] not in (SYNC_STEP2, SYNC_UPDATE):
            return None
        from pycrdt import read_message

        try:
            refused = self._gate(self._role, read_message(message[2:]))
        except Exception:
            # An update that does not decode: the room refuses it (and the connection) as usual.
            return None
        if refused is not None:
            log.warning("refused changes from %s (%s): it may not change %s", self.path, self._role, refused)
        return refused

    async def send(self, message: bytes) -> None:
        from websockets.exceptions import ConnectionClosed

        # A peer gone mid-broadcast is no failure of the room's: its connection handler ends it.
        async with self._send_lock:
            with contextlib.suppress(ConnectionClosed):
                await self._connection.send(message)

    async def refuse(self, code: int, reason: str) -> None:
        await _refuse(self._connection, self.path, code, reason)


async def _refuse(connection: Any, address: str, code: int, reason: str) -> None:
    log.warning("refused %s: %s", address, reason)
    await connection.close(code, reason)


def _log_refused_below(closed: ConnectionClosed, address: str) -> None:
    """Say once what websockets or TLS refused on a connection before a message reached us."""
    if closed.sent is not None and closed.sent.code == TOO_BIG:
        # websockets refused the message itself (max_size) and closed with 1009.
        log.warning("refused %s: a message over the size limit (%s)", address, closed.sent.reason)
    elif isinstance(closed.__cause__, ssl.SSLError):
        # A record that fails TLS's integrity check was changed on the way: TLS ends the link.
        log.warning("refused %s: data that failed TLS's check (%s)", address, closed.__cause__.reason)


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
