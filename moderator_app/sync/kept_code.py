"""The code of a share in progress, kept so that a host that crashes comes back with the same code.

While ``share`` runs, its join code is kept in the data folder's ``sharing/`` folder, one file per
session, readable by the user only (as the certificate's key is). A clean stop deletes it, so the
next share has a new code and the old one stops working. A host that did not stop cleanly (a
power cut, kill -9) finds it when it shares the session again and serves the same code on the
same port: the laptops that had joined rejoin by themselves, with nobody typing anything.

A laptop that joined keeps what it joined with the same way (``joined.json``: the session, the
invitation, the role) while it is joined, and forgets it when it leaves (or its window closes). A
window that finds one at its next start was stopped without leaving (a crash, a power cut) and
joins again by itself (ui/sharing/commands.py). Like the code, it carries the share's secret, so it
is readable by the user only and gone after a clean leave.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from moderator_app.sync.certificate import SHARING_FOLDER, write_private
from moderator_app.sync.join_code import Invitation, JoinCode, JoinCodeError
from moderator_app.sync.link import ROLES

JOINED_FILE = "joined.json"


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


def has_kept_code(data_dir: Path, session_id: str) -> bool:
    """Whether a share of ``session_id`` was interrupted (checked without loading the certificate)."""
    return _path(data_dir, session_id).is_file()


@dataclass(frozen=True)
class KeptJoin:
    """What a laptop joined with: the session, the invitation (code and address), the role."""

    session_id: str
    invitation: Invitation
    role: str


def keep_join(data_dir: Path, joined: KeptJoin) -> None:
    """Keep what this laptop joined with, while it is joined."""
    record = {"session": joined.session_id, "invitation": joined.invitation.text(), "role": joined.role}
    folder = data_dir / SHARING_FOLDER  # a laptop that never shared has no certificate, nor its folder
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    write_private(folder / JOINED_FILE, json.dumps(record).encode("utf-8"))


def kept_join(data_dir: Path) -> KeptJoin | None:
    """What this laptop was joined with when it stopped without leaving, if it was."""
    try:
        record = json.loads((data_dir / SHARING_FOLDER / JOINED_FILE).read_text(encoding="utf-8"))
        joined = KeptJoin(str(record["session"]), Invitation.parse(str(record["invitation"])), str(record["role"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None  # none, or not one this version wrote: nothing to rejoin
    return joined if joined.role in ROLES else None


def forget_join(data_dir: Path) -> None:
    """This laptop left (or closed its window): its next start joins nothing by itself."""
    (data_dir / SHARING_FOLDER / JOINED_FILE).unlink(missing_ok=True)
