"""The sharing host's own TLS certificate: made once, on the first share, kept in the data folder.

A venue has no certificate authority we could trust, so the host signs its own certificate and
the join code carries part of its SHA-256 fingerprint: the joiner pins that instead of asking a
CA (sync/link.py). The same certificate serves every later share, so a join code read out
yesterday still names this laptop; what changes from share to share is the code's secret.

The private key is written readable by the user only (0600, its folder 0700), created in one
step so it is never readable by others even for a moment.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

#: The folder, inside the data folder, that holds what sharing keeps between runs.
SHARING_FOLDER = "sharing"
CERTIFICATE_FILE = "host-certificate.pem"
KEY_FILE = "host-key.pem"

#: Long enough never to expire in the middle of an event; pinning, not expiry, is what protects.
VALIDITY = timedelta(days=3650)


class CertificateError(Exception):
    """The certificate or key in the data folder cannot be read (one line, says which file)."""


@dataclass(frozen=True)
class HostCertificate:
    """Where the host's certificate and key are, and the certificate's SHA-256 fingerprint."""

    certificate_path: Path
    key_path: Path
    fingerprint: bytes

    @classmethod
    def load_or_create(cls, data_dir: Path, now: datetime | None = None) -> HostCertificate:
        """The certificate kept in ``data_dir``, made (with its key) if there is none yet."""
        folder = data_dir / SHARING_FOLDER
        certificate_path = folder / CERTIFICATE_FILE
        key_path = folder / KEY_FILE
        if not (certificate_path.exists() and key_path.exists()):
            _create(folder, certificate_path, key_path, now or datetime.now(UTC))
        return cls(certificate_path, key_path, _fingerprint_of(certificate_path))


def fingerprint_of_der(der: bytes) -> bytes:
    """The SHA-256 fingerprint of a certificate in DER form (what a TLS peer presents)."""
    return hashlib.sha256(der).digest()


def _fingerprint_of(certificate_path: Path) -> bytes:
    from cryptography import x509
    from cryptography.hazmat.primitives.serialization import Encoding

    try:
        certificate = x509.load_pem_x509_certificate(certificate_path.read_bytes())
    except (OSError, ValueError) as error:
        raise CertificateError(f"cannot read the sharing certificate {certificate_path}: {error}") from error
    return fingerprint_of_der(certificate.public_bytes(Encoding.DER))


def _create(folder: Path, certificate_path: Path, key_path: Path, now: datetime) -> None:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "moderator-app sharing host")])
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + VALIDITY)
        .sign(key, hashes.SHA256())
    )
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    key_pem = key.private_bytes(Encoding.PEM, PrivateFormat.PKCS8, NoEncryption())
    # Key first, certificate last: a start interrupted in between leaves no certificate, so the
    # next share makes both again rather than pairing a certificate with a missing key.
    write_private(key_path, key_pem)
    write_private(certificate_path, certificate.public_bytes(Encoding.PEM))


def write_private(path: Path, content: bytes) -> None:
    """Write ``content`` to a new file at ``path`` readable and writable by the user only."""
    path.unlink(missing_ok=True)
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "wb") as file:
        file.write(content)
