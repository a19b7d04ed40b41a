"""The join code: short enough to read out across a room, it lets a laptop in and names the host.

A code is 24 characters of Crockford's base 32 (digits and capitals without I, L, O and U, so
"0"/"O" and "1"/"I"/"L" cannot be confused; typing either is accepted), shown in six groups of
four: ``7K2Q-M9XD-...``. It holds

- a secret of 50 bits, fresh for each share, that the joiner proves it holds (sync/link.py:
  an HMAC of the host's nonce, so the secret itself never crosses the network);
- the first 60 bits of the SHA-256 fingerprint of the host's certificate, which the joiner pins
  instead of trusting a certificate authority (making another certificate with the same 60 bits
  is far beyond what anyone can do while a session lasts);
- two check characters, so a mistyped or misheard code is caught before anything is sent: the
  sum of the others' values modulo 32 catches any one wrong character, and their sum weighted by
  position modulo 31 catches two neighbours swapped (all but "0Z" for "Z0").

The address (``HOST:PORT``) is shown beside the code, not in it: it changes with the network,
and the code stays short. ``repr()`` and ``str()`` of a ``JoinCode`` never show the secret, so
logging one is safe.

An **invitation** is the code and the addresses in one line of text,
``moderator-app:join?code=7K2Q-…&at=192.168.1.20:8765``: what the host's QR code holds, so a
phone that reads it can pass it on as a message, and what the Join window and ``moderator-app
join`` take in place of the code (pasted, it fills in the address too). It carries the secret
like the code itself, so it goes only where the code would.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass, field
from urllib.parse import parse_qs, quote, urlsplit

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
#: What a person may type for a character of the code: Crockford's lenient reading.
_READ_AS = {"O": "0", "I": "1", "L": "1"}
SECRET_BITS = 50
FINGERPRINT_BITS = 60
_PAYLOAD_LENGTH = (SECRET_BITS + FINGERPRINT_BITS) // 5
LENGTH = _PAYLOAD_LENGTH + 2
GROUP = 4


class JoinCodeError(ValueError):
    """A code that cannot be a join code: the message says what to check."""


@dataclass(frozen=True)
class JoinCode:
    """A parsed join code: the share's secret and the pinned prefix of the host's fingerprint."""

    secret: bytes = field(repr=False)
    fingerprint_prefix: bytes

    @classmethod
    def new(cls, fingerprint: bytes) -> JoinCode:
        """A fresh code for a share by the host whose certificate has this SHA-256 fingerprint."""
        secret = secrets.randbits(SECRET_BITS).to_bytes(_SECRET_BYTES, "big")
        return cls(secret, _prefix_of(fingerprint))

    @classmethod
    def parse(cls, text: str) -> JoinCode:
        """The code typed as ``text`` (any case, with or without dashes and spaces)."""
        cleaned = "".join(text.split()).replace("-", "").upper()
        cleaned = "".join(_READ_AS.get(character, character) for character in cleaned)
        wrong = sorted({character for character in cleaned if character not in ALPHABET})
        if wrong:
            raise JoinCodeError(f"a join code has only digits and letters; {''.join(wrong)!r} cannot be in one")
        if len(cleaned) != LENGTH:
            raise JoinCodeError(
                f"a join code has {LENGTH} letters and digits, this one has {len(cleaned)}: "
                "check it on the host's screen"
            )
        values = [ALPHABET.index(character) for character in cleaned]
        payload_values = values[:_PAYLOAD_LENGTH]
        if values[_PAYLOAD_LENGTH:] != _checks_of(payload_values):
            raise JoinCodeError("this join code has a typing error: check it on the host's screen")
        payload = 0
        for value in payload_values:
            payload = payload * 32 + value
        secret = payload >> FINGERPRINT_BITS
        prefix = payload & ((1 << FINGERPRINT_BITS) - 1)
        return cls(secret.to_bytes(_SECRET_BYTES, "big"), prefix.to_bytes(_PREFIX_BYTES, "big"))

    def text(self) -> str:
        """The code as the host shows it: six groups of four, dash-separated."""
        secret = int.from_bytes(self.secret, "big")
        payload = (secret << FINGERPRINT_BITS) | int.from_bytes(self.fingerprint_prefix, "big")
        values = []
        for _ in range(_PAYLOAD_LENGTH):
            payload, value = divmod(payload, 32)
            values.append(value)
        values.reverse()
        plain = "".join(ALPHABET[value] for value in values + _checks_of(values))
        return "-".join(plain[start : start + GROUP] for start in range(0, LENGTH, GROUP))

    def __str__(self) -> str:
        return repr(self)

    def pins(self, fingerprint: bytes) -> bool:
        """Whether a certificate with this SHA-256 fingerprint is the one the code names."""
        return hmac.compare_digest(_prefix_of(fingerprint), self.fingerprint_prefix)

    def share_path(self) -> str:
        """The path a joiner asks the host for: it names the host's certificate, nothing secret.

        The request line goes out before the joiner has checked the certificate (websockets sends
        it with the handshake), so a laptop posing as the host would read it: anything derived from
        the secret there would let it try every secret offline. A code typed for another laptop asks
        for a path this host does not serve, and is told so.
        """
        return f"/share/{self.fingerprint_prefix.hex()}"

    def proof(self, nonce: bytes, fingerprint: bytes, role: str) -> bytes:
        """The joiner's proof that it holds the secret, bound to this connection's nonce and host."""
        message = b"moderator-app join v1\0" + nonce + fingerprint + role.encode()
        return hmac.new(self.secret, message, hashlib.sha256).digest()


#: The scheme and path that begin an invitation.
INVITATION_PREFIX = "moderator-app:join"


@dataclass(frozen=True)
class Invitation:
    """A join code with the addresses (``HOST:PORT``) the host can be reached at, first likeliest."""

    code: JoinCode
    addresses: tuple[str, ...] = ()

    def text(self) -> str:
        """The invitation as one line (no secret in ``repr()``; this text holds it)."""
        query = "&".join(
            [f"code={self.code.text()}", *(f"at={quote(address, safe=':[]')}" for address in self.addresses)]
        )
        return f"{INVITATION_PREFIX}?{query}"

    @classmethod
    def parse(cls, text: str) -> Invitation:
        """An invitation, or a bare code (then with no address), as typed or pasted."""
        stripped = text.strip()
        if not stripped.lower().startswith(INVITATION_PREFIX):
            return cls(JoinCode.parse(stripped))
        parts = urlsplit(stripped)
        fields: dict[str, list[str]] = {}
        for key, values in parse_qs(parts.query).items():
            fields.setdefault(key.lower(), []).extend(values)
        codes = fields.get("code", [])
        if len(codes) != 1:
            raise JoinCodeError("this invitation holds no join code: type the code the host's screen shows")
        addresses = tuple(address.strip() for address in fields.get("at", []) if address.strip())
        return cls(JoinCode.parse(codes[0]), addresses)


_SECRET_BYTES = (SECRET_BITS + 7) // 8
_PREFIX_BYTES = (FINGERPRINT_BITS + 7) // 8


def _prefix_of(fingerprint: bytes) -> bytes:
    bits = int.from_bytes(fingerprint, "big") >> (len(fingerprint) * 8 - FINGERPRINT_BITS)
    return bits.to_bytes(_PREFIX_BYTES, "big")


def _checks_of(values: list[int]) -> list[int]:
    return [sum(values) % 32, sum(position * value for position, value in enumerate(values, 1)) % 31]
