"""The code of a share in progress, kept so that a host that crashes comes back with the same code.

While ``share`` runs, its join code is kept in the data folder's ``sharing/`` folder, one file per
session, readable by the user only (as the certificate's key is). A clean stop deletes it, so the
next share has a new code and the old one stops working. A host that did not stop cleanly (a
power cut, kill -9) finds it when it shares the session again and serves the same code on the
same port: the laptops that had joined rejoin by themselves, with nobody typing anything.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from moderator_app.sync.certificate import SHARING_FOLDER, write_private
from moderator_app.sync.join_code import JoinCode, JoinCodeError


def _path(data_dir: Path, session_id: str) -> Path:
    # A session id is the user's to choose on import: hashed, it is always a plain file name.
    name = hashlib.sha256(session_id.encode()).hexdigest()[:32]
    return data_dir / SHARING_FOLDER / f"share-{name}.code"


def kept_code(data_dir: Path, session_id: str, fingerprint: bytes) -> JoinCode | None:
    """The code of an interrupted share of ``session_id`` by this certificate, if there is one."""
    try:
        code = JoinCode.parse(_path(data_dir, session_id).read_text(encoding="ascii"))
    except (OSError, UnicodeDecodeError, JoinCodeError):
        return None
    # A certificate made anew since (its key lost) invalidates the old code: it names the old one.
    return code if code.pins(fingerprint) else None


def keep_code(data_dir: Path, session_id: str, code: JoinCode) -> None:
    """Keep ``code`` while the share runs."""
    write_private(_path(data_dir, session_id), code.text().encode("ascii"))


def forget_code(data_dir: Path, session_id: str) -> None:
    """The share stopped cleanly: the next one gets a new code."""
    _path(data_dir, session_id).unlink(missing_ok=True)
