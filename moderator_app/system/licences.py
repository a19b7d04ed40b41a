"""The app's own licence and those of the components it ships, read from resources/licenses/ (no Qt)."""

from __future__ import annotations

import json
import platform
from dataclasses import dataclass
from functools import cache
from importlib import metadata

from moderator_app import APP_NAME, __version__
from moderator_app.system.resources import read_text

APP_LICENSE = "GPL-3.0-or-later"


@dataclass(frozen=True, slots=True)
class Component:
    """One thing the app is made of or ships (itself, Python, Qt, a library, a font) and its licence."""

    name: str
    distribution: str | None  # the Python distribution it comes from, if any
    license: str  # an SPDX expression
    texts: tuple[str, ...]  # paths under resources/ of its licence texts

    def version(self) -> str | None:
        """The version running now, or None where there is none to read (fonts, Qt: the UI asks Qt)."""
        if self.distribution == APP_NAME:
            return __version__
        if self.name == "Python":
            return platform.python_version()
        if self.distribution is None:
            return None
        try:
            return metadata.version(self.distribution)
        except metadata.PackageNotFoundError:
            return None

    def licence_text(self) -> str:
        """The full licence texts, one after another."""
        return "\n\n\n".join(read_text(*path.split("/")).strip() for path in self.texts) + "\n"


@cache
def components() -> tuple[Component, ...]:
    """Every component listed in resources/licenses/components.json, the app first."""
    raw = json.loads(read_text("licenses", "components.json"))["components"]
    return tuple(
        Component(
            name=entry["name"],
            distribution=entry["distribution"],
            license=entry["license"],
            texts=tuple(entry["texts"]),
        )
        for entry in raw
    )
