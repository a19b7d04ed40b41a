"""Finding shared sessions on the local network (DNS-SD over multicast, with python-zeroconf). No Qt.

A laptop that shares a session announces it as a ``_moderator-app._tcp`` service: its title, the
port, and the fingerprint bits its join code holds (sync/join_code.py), never the code's secret. A laptop that
joins looks for the announcements, so the person joining only types the code; the address can be
typed instead wherever the venue's Wi-Fi keeps clients apart (discovery is a convenience, never
the only way in). What arrives from the network is data from strangers: every field is bounded,
decoded leniently and stripped of control characters before anything shows it.
"""

from __future__ import annotations

import ipaddress
import threading
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from zeroconf import IPVersion, ServiceBrowser, ServiceInfo, ServiceListener, Zeroconf

SERVICE_TYPE = "_moderator-app._tcp.local."
#: The longest title an announcement may carry (a real session title is far shorter).
MAX_TITLE = 200
#: A DNS-SD text record holds at most 255 bytes per entry: the title is cut to fit, on a character.
MAX_TITLE_BYTES = 250
#: The fingerprint's start, in hexadecimal digits: enough to tell hosts apart, not to pin a certificate.
FINGERPRINT_DIGITS = 16
#: How long a lookup of an announced service's details may take before it is passed over.
LOOKUP_MS = 1500


@dataclass(frozen=True, slots=True)
class Announcement:
    """A shared session seen on the network."""

    title: str
    host: str
    port: int
    fingerprint: str

    @property
    def address(self) -> str:
        """``host:port`` as the join command and the Join dialog take it."""
        return f"[{self.host}]:{self.port}" if ":" in self.host else f"{self.host}:{self.port}"


def clean_text(raw: bytes | None, limit: int) -> str:
    """Text from the network as plain, bounded, printable text (undecodable bytes replaced)."""
    text = (raw or b"")[: limit * 4].decode("utf-8", errors="replace")
    # Whitespace folds to one space; other control and format characters (direction marks, escapes) go.
    kept = "".join(" " if ch.isspace() else ch for ch in text if ch.isspace() or unicodedata.category(ch)[0] != "C")
    return " ".join(kept.split())[:limit]


def _hex(raw: bytes | None) -> str:
    text = clean_text(raw, FINGERPRINT_DIGITS).lower()
    return text if len(text) == FINGERPRINT_DIGITS and all(c in "0123456789abcdef" for c in text) else ""


def announcement_of(info: ServiceInfo) -> Announcement | None:
    """What a service's record says, or None when it is not a usable announcement of ours."""
    properties = info.properties or {}
    fingerprint = _hex(properties.get(b"fp"))
    addresses = info.parsed_scoped_addresses(IPVersion.All)
    if not fingerprint or not addresses or not 0 < (info.port or 0) < 65536:
        return None
    title = clean_text(properties.get(b"title"), MAX_TITLE) or "(untitled session)"
    return Announcement(title=title, host=addresses[0], port=int(info.port or 0), fingerprint=fingerprint)


def _fitting(title: str) -> bytes:
    """The title as UTF-8, cut on a character boundary to fit one text-record entry."""
    return title[:MAX_TITLE].encode("utf-8")[:MAX_TITLE_BYTES].decode("utf-8", errors="ignore").encode("utf-8")


def _zeroconf(interfaces: Sequence[str] | None) -> Zeroconf:
    if interfaces is None:
        return Zeroconf(ip_version=IPVersion.All)
    return Zeroconf(interfaces=list(interfaces), ip_version=IPVersion.V4Only)


class Advertiser:
    """Announces one shared session until :meth:`close` (sharing stopped: the announcement goes too)."""

    def __init__(
        self,
        title: str,
        port: int,
        fingerprint: str,
        *,
        addresses: Sequence[str],
        interfaces: Sequence[str] | None = None,
    ) -> None:
        packed = [ipaddress.ip_address(address).packed for address in addresses]
        name = clean_text(title.encode("utf-8"), 40) or "session"
        self._zeroconf = _zeroconf(interfaces)
        self._info = ServiceInfo(
            SERVICE_TYPE,
            f"{name} {fingerprint[:6]}.{SERVICE_TYPE}",
            addresses=packed,
            port=port,
            properties={"title": _fitting(title), "fp": fingerprint[:FINGERPRINT_DIGITS].lower()},
            server=f"moderator-app-{fingerprint[:12].lower()}.local.",
        )
        self._zeroconf.register_service(self._info, allow_name_change=True)

    def close(self) -> None:
        self._zeroconf.unregister_service(self._info)
        self._zeroconf.close()


class Browser(ServiceListener):
    """Keeps the list of shared sessions announced on the network; ``on_change`` runs on its thread."""

    def __init__(self, on_change: Callable[[], None] | None = None, *, interfaces: Sequence[str] | None = None) -> None:
        self._on_change = on_change
        self._lock = threading.Lock()
        self._seen: dict[str, Announcement] = {}
        self._zeroconf = _zeroconf(interfaces)
        self._browser = ServiceBrowser(self._zeroconf, SERVICE_TYPE, self)

    def found(self) -> list[Announcement]:
        """The sessions announced now, by title."""
        with self._lock:
            return sorted(self._seen.values(), key=lambda a: (a.title.casefold(), a.host, a.port))

    def matching(self, fingerprint: str) -> list[Announcement]:
        """The announcements of the host whose certificate starts with ``fingerprint``."""
        start = fingerprint[:FINGERPRINT_DIGITS].lower()
        return [a for a in self.found() if a.fingerprint == start]

    def close(self) -> None:
        self._browser.cancel()
        self._zeroconf.close()

    # -- ServiceListener (called on zeroconf's thread) -------------------------------------
    def add_service(self, zc: Zeroconf, type_: str, name: str) -> None:
        self._look_up(zc, type_, name)

    def update_service(self, zc: Zeroconf, type_: str, name: str) -> None:
        self._look_up(zc, type_, name)

    def remove_service(self, zc: Zeroconf, type_: str, name: str) -> None:
        with self._lock:
            gone = self._seen.pop(name, None)
        if gone is not None and self._on_change is not None:
            self._on_change()

    def _look_up(self, zc: Zeroconf, type_: str, name: str) -> None:
        info = zc.get_service_info(type_, name, timeout=LOOKUP_MS)
        announcement = announcement_of(info) if info is not None else None
        with self._lock:
            if announcement is None:
                self._seen.pop(name, None)
            else:
                self._seen[name] = announcement
        if self._on_change is not None:
            self._on_change()
