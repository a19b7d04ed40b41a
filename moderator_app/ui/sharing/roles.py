"""The joining roles in the window's words (sync/link.py's ROLES are the wire's)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from moderator_app.sync.link import ROLES

#: The roles a laptop can join with, in the order the join dialog offers them.
JOIN_ROLES = ROLES


def role_name(role: str) -> str:
    """``online-moderator`` → "online moderator", translated; an unknown role as it came."""
    names = {
        "online-moderator": QCoreApplication.translate("Sharing", "online moderator"),
        "rapporteur": QCoreApplication.translate("Sharing", "rapporteur"),
    }
    return names.get(role, role)
