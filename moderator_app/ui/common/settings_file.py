"""The settings file opened as QSettings, its old keys upgraded (keys and defaults: system/settings.py)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from moderator_app.system.settings import upgrade


def open_settings(path: Path) -> QSettings:
    """``path`` (settings.ini in the data folder) as QSettings in INI format, renamed keys moved over."""
    settings = QSettings(str(path), QSettings.Format.IniFormat)
    upgrade(settings)
    return settings
