"""UN regional groups derived from ISO 3166-1 country codes, from a bundled table."""

from __future__ import annotations

import csv
from dataclasses import dataclass

from moderator_app.domain.enums import Region


@dataclass(frozen=True, slots=True)
class Country:
    """A row of the bundled country table."""

    code: str
    name: str
    region: Region | None


def parse_country_table(text: str) -> dict[str, Country]:
    """Parse the bundled ``code,name,region`` CSV (header on the first line)."""
    countries: dict[str, Country] = {}
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    for number, fields in enumerate(csv.reader(lines[1:]), start=2):
        if len(fields) != 3 or len(fields[0].strip()) != 2:
            raise ValueError(f"country table row {number}: expected code,name,region, got {fields!r}")
        code, name, region = (field.strip() for field in fields)
        countries[code.upper()] = Country(code.upper(), name, Region(region) if region else None)
    return countries


def region_map(countries: dict[str, Country]) -> dict[str, Region]:
    return {code: country.region for code, country in countries.items() if country.region is not None}
