"""Dates, times, numbers and country names as the interface's locale writes them (QLocale's default)."""

from __future__ import annotations

import csv
from datetime import date, datetime
from functools import cache

from PySide6.QtCore import QDate, QLocale, QTime

from moderator_app.domain.regions import Country
from moderator_app.system.resources import countries, read_text


def locale() -> QLocale:
    """The locale moderator_app.system.i18n installed (QLocale.setDefault); the system's before that."""
    return QLocale()


def number(value: float, decimals: int = 0) -> str:
    """``value`` with the locale's decimal mark and digit grouping (1,234.5 · 1 234,5 · 1.234,5)."""
    if decimals == 0:
        return locale().toString(round(value))
    return locale().toString(float(value), "f", decimals)


def percent(share: float, decimals: int = 0) -> str:
    """A share (0.25) as the number of a percentage ("25"), for sentences that write the % sign themselves."""
    return number(share * 100, decimals)


def _is_neutral() -> bool:
    """The "C" locale (a bare system, the tests) has no conventions of its own: ISO 8601 is used."""
    return locale().language() == QLocale.Language.C


def date_text(day: date) -> str:
    """The locale's short date, always with a four-digit year (26/11/2026, 11/26/2026, 2026-11-26 in "C")."""
    if _is_neutral():
        return day.isoformat()
    pattern = locale().dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy", 1)
    return locale().toString(QDate(day.year, day.month, day.day), pattern)


def time_text(moment: datetime, *, with_seconds: bool = True) -> str:
    """Local clock time in the locale's 12- or 24-hour style."""
    local = moment.astimezone()
    pattern = "HH:mm" if _is_neutral() else locale().timeFormat(QLocale.FormatType.ShortFormat)
    if with_seconds and "s" not in pattern:
        pattern = pattern.replace("mm", "mm:ss", 1)
    return locale().toString(QTime(local.hour, local.minute, local.second), pattern)


def date_time_text(moment: datetime, *, with_seconds: bool = True) -> str:
    local = moment.astimezone()
    return f"{date_text(local.date())} {time_text(local, with_seconds=with_seconds)}"


@cache
def _translated_names() -> dict[str, dict[str, str]]:
    """{language: {code: name}} from resources/data/country_names_fr_es.csv (first spelling of each)."""
    lines = [line for line in read_text("data", "country_names_fr_es.csv").splitlines() if line.strip()]
    rows = list(csv.reader(line for line in lines if not line.startswith("#")))
    names: dict[str, dict[str, str]] = {"fr": {}, "es": {}}
    for code, french, spanish in rows[1:]:
        names["fr"][code.strip().upper()] = french.split("|")[0].strip()
        names["es"][code.strip().upper()] = spanish.split("|")[0].strip()
    return names


def country_name(country: Country, language: str | None = None) -> str:
    """The country's name in the interface language (English when the table has no other)."""
    language = language or QLocale.languageToCode(locale().language())
    return _translated_names().get(language, {}).get(country.code) or country.name


def country_label(code: str) -> str:
    """ "Alemania (DE)" for a known code in a Spanish window; an unknown code as it is."""
    country = countries().get(code) if code else None
    return f"{country_name(country)} ({code})" if country is not None else code


def country_names(country: Country) -> list[str]:
    """Every name the country is known by here (English, French, Spanish), for matching typed text."""
    found = [country.name]
    for table in _translated_names().values():
        name = table.get(country.code)
        if name and name not in found:
            found.append(name)
    return found
