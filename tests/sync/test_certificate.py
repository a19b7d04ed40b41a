"""The host's certificate: made once in the data folder, private, and the same on every share."""

from __future__ import annotations

import stat
import sys
from pathlib import Path

import pytest

from moderator_app.sync.certificate import CertificateError, HostCertificate


def test_the_certificate_is_made_once_and_kept(tmp_path: Path) -> None:
    first = HostCertificate.load_or_create(tmp_path)
    again = HostCertificate.load_or_create(tmp_path)
    assert first == again
    assert len(first.fingerprint) == 32
    assert first.certificate_path.parent == tmp_path / "sharing"


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_the_key_and_certificate_are_readable_by_the_user_only(tmp_path: Path) -> None:
    made = HostCertificate.load_or_create(tmp_path)
    for path in (made.key_path, made.certificate_path):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(made.key_path.parent.stat().st_mode) == 0o700


def test_a_lost_key_makes_a_new_certificate(tmp_path: Path) -> None:
    first = HostCertificate.load_or_create(tmp_path)
    first.key_path.unlink()
    second = HostCertificate.load_or_create(tmp_path)
    assert second.fingerprint != first.fingerprint
    assert second.key_path.exists()


def test_a_damaged_certificate_is_named_in_one_line(tmp_path: Path) -> None:
    made = HostCertificate.load_or_create(tmp_path)
    made.certificate_path.write_text("not a certificate")
    with pytest.raises(CertificateError, match=r"cannot read the sharing certificate .*host-certificate\.pem"):
        HostCertificate.load_or_create(tmp_path)
