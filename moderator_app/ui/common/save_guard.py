"""Every save dialog's last check: the chosen file is not one of the app's own (see output_paths.py)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from moderator_app.system.output_paths import protected_reason
from moderator_app.ui.common import message_box


def refused(parent: QWidget | None, title: str, chosen: str, data_dir: Path | None) -> bool:
    """True, after saying why, when ``chosen`` is the database, its companions, the settings or a backup."""
    if data_dir is None or protected_reason(chosen, data_dir) is None:
        return False
    message_box.warning(
        parent,
        title,
        QCoreApplication.translate(
            "SaveGuard",
            "%1 is one of the app's own files (the database, its companions, the settings or a backup); "
            "writing there would destroy it. Nothing was written: choose another file.",
        ).replace("%1", chosen),
    )
    return True
