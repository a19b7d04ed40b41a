"""The joining roles in the window's words (sync/link.py's ROLES are the wire's)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from moderator_app.sync.link import ROLES
from moderator_app.ui.window.role_layouts import ONLINE_MODERATOR, RAPPORTEUR

# The roles a laptop can join with, in the order the join dialog offers them.
JOIN_ROLES = ROLES
# The window's layout (View → Layout) for each role a laptop joins with.
LAYOUT_OF_ROLE = {"online-moderator": ONLINE_MODERATOR, "rapporteur": RAPPORTEUR}


def role_name(role: str) -> str:
    """``online-moderator`` → "online moderator", translated; an unknown role as it came."""
    names = {
        "online-moderator": QCoreApplication.translate("Sharing", "online moderator"),
        "rapporteur": QCoreApplication.translate("Sharing", "rapporteur"),
    }
    return names.get(role, role)
