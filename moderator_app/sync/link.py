"""The link between laptops: a pycrdt document carried over TLS-encrypted WebSockets, code-guarded.

The document is opaque here: whatever ``pycrdt.Doc`` the host serves, the peers' documents are
kept in step with it by pycrdt-websocket's room (the Yjs sync protocol: state vectors, then the
updates the other side lacks, then every update as it happens). This module adds what a venue's
network needs around that protocol, and nothing of its own to the document itself.

The API (the host in sync/link_host.py, the peer in sync/link_peer.py, what both speak here)::

    host = ShareHost(doc_provider, certificate, session_id="s1")   # doc_provider() -> Doc
    info = await host.start(port)        # JoinInfo: the code to read out and the addresses
    ...                                  # host.peers: who is connected, with their role
                                         # (ShareHost(on_peers=...) hears each change)
                                         # ShareHost(gate=RoleGate(doc_provider).admit)
                                         # checks each peer's update against its role
                                         # (sync/roles.py) before the room applies it
    await host.stop()                    # closes the port and every connection

    peer = SharePeer(JoinCode.parse(typed), "192.168.1.4:8765", doc_provider, "rapporteur")
    await peer.run()                     # until cancelled; reconnects by itself when the link
                                         # drops; raises JoinRefused when the host says no
    peer.offset_seconds                  # host's clock minus ours (None until measured)

The peer's ``doc_provider(session_id)`` is called once, on the first joining, with the id of the
session the host shares (a joiner knows only the code). Both sides take ``on_received(origin)``:
called after each update from the other side has been applied to the document, the moment to
bring the library to it (sync/shared_session.py's ``pull``), with where it came from: on the host,
the role the sending laptop proved it was given; on a peer, ``HOST_ORIGIN`` (the host relays
everyone's). It runs in the event loop, between messages.

How a peer joins (one WebSocket, ``wss://HOST:PORT/share/<fingerprint bits>``):

1. TLS 1.3 with the host's self-made certificate (sync/certificate.py). The peer trusts no CA:
   it compares the certificate's SHA-256 fingerprint with the 60 bits the join code carries and
   hangs up on a mismatch before sending anything but the request line.
2. The path names the host's certificate by the code's fingerprint bits, and nothing secret: it
   is sent before the peer has checked the certificate (JoinCode.share_path). A code for another
   laptop is told so (HTTP 404).
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
unknown path (HTTP 404), more than ``MAX_PEERS`` connections at once (HTTP 503), and data
changed on the way (TLS's integrity check fails and ends the link; the peer rejoins). A TLS or
WebSocket handshake must finish within ``HANDSHAKE_TIMEOUT`` too. Keepalive pings every
``PING_INTERVAL`` seconds notice a link gone silent (Wi-Fi lost without a goodbye).

Clocks are plain callables returning seconds since the epoch (``time.time`` by default), so a
test can make one laptop's clock run 5 s ahead.
"""

from __future__ import annotations

import logging
import struct
from collections.abc import Callable
from typing import Any

from moderator_app.services.errors import SessionFileError

#: The link's one logger, host and peer alike: who joined, what was refused and why.
log = logging.getLogger(__name__)
#: websockets' own log of each connection (frames, opening, closing): a level below ours.
WEBSOCKETS_LOG = logging.getLogger(f"{__name__}.websockets")

#: The roles a peer may state (the onsite moderator is the host).
ROLES = ("online-moderator", "rapporteur")
#: The port a share uses unless told otherwise: the same each time, so the address people were
#: given stays right; 0 takes any free one.
DEFAULT_PORT = 48765
#: Where a peer's received updates come from: the host, which relays every laptop's.
HOST_ORIGIN = "host"
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
REFUSED_TELL = 0x75  # host -> peer: what of its update the host refused and undid, in words (UTF-8)
#: At most this much of a refusal's words is sent (they name kinds of items, never content).
REFUSED_TELL_BYTES = 1000
SYNC, AWARENESS = 0, 1
#: The sync messages that carry an update (the second byte of a SYNC message; 0 is step 1).
SYNC_STEP2, SYNC_UPDATE = 1, 2
NONCE_BYTES = 32
MAC_BYTES = 32
STAMP = struct.Struct(">d")
STAMPS = struct.Struct(">ddd")

# Close codes (4000-4999 are the application's own) and what the peer is told for each.
WRONG_CODE = 4401
UNKNOWN_ROLE = 4403
TOO_SLOW = 4408
MALFORMED = 1007
TOO_BIG = 1009
REFUSALS = {
    WRONG_CODE: "the host refused the join code: check it on the host's screen (a code from an earlier share "
    "no longer works)",
    UNKNOWN_ROLE: "the host does not know this role",
    MALFORMED: "the host refused a message it could not read",
    TOO_SLOW: "this laptop took too long to prove it holds the join code",
    TOO_BIG: "the host refused a message larger than it accepts",
}
HTTP_REFUSALS = {
    404: "the laptop at this address is not the host this code names: check the address and the code",
    503: "the host already has as many laptops connected as it takes",
}


class JoinRefused(Exception):
    """The host said no (or is not the host the code names): retrying would not help."""


class AfterUpdates:
    """Calls ``on_received`` once an update handed to the document has been applied.

    Both pycrdt's room and its provider apply a sync message before they ask the channel for the
    next one: the next ask (or the end of the link) is when the document holds it.
    """

    def __init__(self, on_received: Callable[[str], object] | None, origin: str) -> None:
        self._on_received = on_received
        self._origin = origin
        self._pending = False

    def note(self, message: bytes) -> None:
        # Step 1 is only a state vector; step 2 and updates carry content.
        self._pending = self._pending or (message[0] == SYNC and message[1] in (SYNC_STEP2, SYNC_UPDATE))

    def settle(self) -> None:
        if not self._pending or self._on_received is None:
            return
        self._pending = False
        try:
            self._on_received(self._origin)
        except SessionFileError as refused:
            # What the document holds is not a valid session for a moment (two laptops' updates
            # crossing, one arrived before the other): the update is kept in the log and the
            # library applies the document once the next update makes it whole again.
            log.warning("what arrived does not make a valid session yet, kept until it does: %s", refused)
        except Exception:
            # A bug: the link goes on, as the next update may be applied; the details are for a report.
            log.exception("the received update could not be applied here")


def is_sync_protocol(message: Any) -> bool:
    """Whether ``message`` is a Yjs sync message (step 1, step 2, update) or an awareness one."""
    if not isinstance(message, bytes) or not message:
        return False
    if message[0] == SYNC:
        return len(message) >= 2 and message[1] in (0, 1, 2)
    return message[0] == AWARENESS


def parse_address(text: str) -> tuple[str, int]:
    """``HOST:PORT`` (``[v6]:PORT`` for IPv6) as a host and a port, or a clear JoinRefused."""
    host, colon, port_text = text.strip().rpartition(":")
    host = host.strip("[]")
    if not colon or not host or not port_text.isdigit() or not 0 < int(port_text) < 65536:
        shown = text if len(text) <= 60 else text[:60] + "…"  # a pasted page must not flood the message
        raise JoinRefused(f"the address must be HOST:PORT as the host's screen shows it, not {shown!r}")
    return host, int(port_text)
