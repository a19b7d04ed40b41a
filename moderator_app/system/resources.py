"""Bundled files (country table, demo session, styles) through importlib.resources."""

from __future__ import annotations

from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

from moderator_app.domain.enums import Region
from moderator_app.domain.regions import Country, parse_country_table, region_map


def _root() -> Traversable:
    # An installed wheel or a PyInstaller bundle carries resources/ inside the package;
    # a source checkout (editable install, tests) has it at the top level beside the package.
    packaged = resources.files("moderator_app").joinpath("resources")
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "resources"


def resource(*parts: str) -> Traversable:
    """A file under the bundled ``resources`` folder."""
    node = _root()
    for part in parts:
        node = node.joinpath(part)
    return node


def read_text(*parts: str) -> str:
    return resource(*parts).read_text(encoding="utf-8")


@cache
def countries() -> dict[str, Country]:
    return parse_country_table(read_text("data", "countries.csv"))


@cache
def regions() -> dict[str, Region]:
    return region_map(countries())
