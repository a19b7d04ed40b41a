"""A share's code is kept while it runs: a crashed host serves it again, a stopped one does not."""

from __future__ import annotations

import stat
import sys
from pathlib import Path

import pytest

from moderator_app.sync.certificate import SHARING_FOLDER, HostCertificate
from moderator_app.sync.join_code import Invitation, JoinCode
from moderator_app.sync.kept_code import (
    JOINED_FILE,
    KeptJoin,
    forget_code,
    forget_join,
    keep_code,
    keep_join,
    kept_code,
    kept_join,
)


def test_a_kept_code_comes_back_until_it_is_forgotten(tmp_path: Path) -> None:
    certificate = HostCertificate.load_or_create(tmp_path)
    code = JoinCode.new(certificate.fingerprint)
    assert kept_code(tmp_path, "s-1", certificate.fingerprint) is None
    keep_code(tmp_path, "s-1", code)
    assert kept_code(tmp_path, "s-1", certificate.fingerprint) == code
    assert kept_code(tmp_path, "s-2", certificate.fingerprint) is None
    forget_code(tmp_path, "s-1")
    assert kept_code(tmp_path, "s-1", certificate.fingerprint) is None
    forget_code(tmp_path, "s-1")  # forgetting twice is no error


def test_a_code_for_a_certificate_made_since_is_not_served(tmp_path: Path) -> None:
    old = HostCertificate.load_or_create(tmp_path)
    keep_code(tmp_path, "s-1", JoinCode.new(old.fingerprint))
    old.key_path.unlink()
    new = HostCertificate.load_or_create(tmp_path)
    assert kept_code(tmp_path, "s-1", new.fingerprint) is None


def test_a_damaged_kept_code_means_a_new_one(tmp_path: Path) -> None:
    certificate = HostCertificate.load_or_create(tmp_path)
    keep_code(tmp_path, "../odd id/", JoinCode.new(certificate.fingerprint))
    [kept] = (tmp_path / "sharing").glob("share-*.code")
    kept.write_bytes(b"\xff not a code")
    assert kept_code(tmp_path, "../odd id/", certificate.fingerprint) is None


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_the_kept_code_is_readable_by_the_user_only(tmp_path: Path) -> None:
    certificate = HostCertificate.load_or_create(tmp_path)
    keep_code(tmp_path, "s-1", JoinCode.new(certificate.fingerprint))
    [kept] = (tmp_path / "sharing").glob("share-*.code")
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600


def test_what_a_laptop_joined_with_is_kept_privately_until_it_leaves(tmp_path: Path) -> None:
    code = JoinCode.new(b"f" * 32)
    joined = KeptJoin("s-1", Invitation(code, ("192.168.1.20:48765",)), "rapporteur")
    assert kept_join(tmp_path) is None
    keep_join(tmp_path, joined)  # on a laptop that never shared: the folder is made
    assert kept_join(tmp_path) == joined
    if sys.platform != "win32":
        folder = tmp_path / SHARING_FOLDER
        assert stat.S_IMODE((folder / JOINED_FILE).stat().st_mode) == 0o600
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    forget_join(tmp_path)
    assert kept_join(tmp_path) is None
    forget_join(tmp_path)  # twice is no error


@pytest.mark.parametrize(
    "written",
    [
        b"not json",
        b'{"session": "s-1", "role": "rapporteur"}',
        b'{"session": "s-1", "invitation": "moderator-app:join?code=ABCD", "role": "rapporteur"}',
        b'{"session": "s-1", "invitation": "X", "role": "onsite-moderator"}',
        b"[]",
    ],
)
def test_a_joined_record_that_does_not_read_right_rejoins_nothing(tmp_path: Path, written: bytes) -> None:
    folder = tmp_path / SHARING_FOLDER
    folder.mkdir()
    (folder / JOINED_FILE).write_bytes(written)
    assert kept_join(tmp_path) is None
