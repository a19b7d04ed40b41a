"""The desktop entry and icon that packaging installs are well-formed and name the real command."""

from __future__ import annotations

import configparser
import xml.etree.ElementTree as ElementTree
from pathlib import Path

from moderator_app import APP_ID

ROOT = Path(__file__).resolve().parents[2]


def test_desktop_entry_launches_the_gui_command_under_the_app_id():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # keys are case-sensitive in desktop files
    entry.read(ROOT / "packaging" / f"{APP_ID}.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application"
    assert section["Exec"].split()[0] == "moderator-app"
    assert section["Icon"] == APP_ID
    assert section["Categories"].endswith(";")
    assert section["Terminal"] == "false"


def test_icons_are_the_same_valid_svg():
    packaged = ROOT / "packaging" / f"{APP_ID}.svg"
    bundled = ROOT / "resources" / "icons" / "moderator-app.svg"
    assert packaged.read_bytes() == bundled.read_bytes()
    root = ElementTree.parse(bundled).getroot()
    assert root.tag.endswith("svg") and root.get("viewBox") == "0 0 256 256"
