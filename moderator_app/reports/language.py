"""The language a report is written in, independent of the window's: words, dates and percentages.

A report's fixed words (headings, table labels, the names of stakeholder groups, months) come from
catalogs: TOML files mapping the English text to its translation. The shared catalog lives in
``resources/templates/_shared/translations/<code>.toml``; a template folder may hold its own
``translations/<code>.toml`` (its title, section titles and hints), which wins over the shared one.
English needs no catalog: the English text is the key. No Qt here (reports are written headless too).

Placeholders are Python format fields: ``"{count} interventions"``. A translation that drops or
invents a field is refused when the catalog is read, so a report never fails half-way through.
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Protocol

from moderator_app.reports.toml_files import read_toml
from moderator_app.system.resources import resource


class TemplateFolder(Protocol):
    """What the language needs of a report template (reports/model.py TemplateInfo): its folder,
    which may hold catalogs of its own. Named so, the model can use the language without a cycle."""

    @property
    def folder(self) -> Path: ...


#: The languages reports can be written in: code → the language's own name.
LANGUAGES: dict[str, str] = {"en": "English", "es": "Español", "fr": "Français"}
DEFAULT_LANGUAGE = "en"
CATALOG_FOLDER = "translations"

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
#: How a long date reads; each language orders (and joins) the parts its own way.
LONG_DATE = "{weekday} {day} {month} {year}"
DAY_MONTH_YEAR = "{day} {month} {year}"
#: A percentage: "42%" in English and Spanish, "42 %" (narrow no-break space) in French.
PERCENT = "{value}%"


class ReportLanguageError(ValueError):
    """An unknown language code, or a catalog that cannot be used (the message names the file)."""


def _fields(text: str) -> set[str]:
    try:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name}
    except ValueError:
        return {"<malformed>"}


def fill_fields(text: str, params: Mapping[str, object]) -> str:
    """``text`` with each ``{name}`` replaced by ``params[name]``; ``{{`` and ``}}`` are braces.

    Not ``str.format``: texts come from templates and their catalogs, which anyone may write, and
    ``"{x.__class__}"`` or ``"{x:>999999999}"`` would read attributes or make huge text. A field here
    is a plain name and nothing else.
    """
    out: list[str] = []
    try:
        parts = list(string.Formatter().parse(text))
    except ValueError as error:
        raise ReportLanguageError(f"the text {text!r} has a broken {{field}}: {error}.") from None
    for literal, name, spec, conversion in parts:
        out.append(literal)
        if name is None:
            continue
        if not name.isidentifier() or spec or conversion:
            raise ReportLanguageError(
                f"the text {text!r} has the field {{{name}{'!' + conversion if conversion else ''}"
                f"{':' + spec if spec else ''}}}; only plain fields such as {{count}} can be filled in."
            )
        if name not in params:
            raise ReportLanguageError(f"the text {text!r} has the field {{{name}}}, which is not given a value.")
        out.append(str(params[name]))
    return "".join(out)


@dataclass(frozen=True)
class ReportLanguage:
    """One language's words for a report; ``t`` translates, falling back to the English text."""

    code: str = DEFAULT_LANGUAGE
    catalog: Mapping[str, str] = field(default_factory=dict)
    thousands_separator: str = ","

    @property
    def name(self) -> str:
        return LANGUAGES.get(self.code, self.code)

    def t(self, text: str, /, **params: object) -> str:
        """``text`` in this language, with ``{name}`` fields filled from ``params``."""
        translated = self.catalog.get(text) or text
        return fill_fields(translated, params) if params else translated

    def long_date(self, day: date) -> str:
        """'Thursday 21 December 2017', 'jueves, 21 de diciembre de 2017', 'jeudi 21 décembre 2017'."""
        return self.t(
            LONG_DATE,
            weekday=self.t(WEEKDAYS[day.weekday()]),
            day=day.day,
            month=self.t(MONTHS[day.month - 1]),
            year=day.year,
        )

    def date_time(self, moment: datetime) -> str:
        """'21 December 2017, 10:30' in this language (the footer's 'written on')."""
        day = self.t(DAY_MONTH_YEAR, day=moment.day, month=self.t(MONTHS[moment.month - 1]), year=moment.year)
        return f"{day}, {moment:%H:%M}"

    def percent(self, share: float | None) -> str:
        """A share as a whole percentage ('–' when there is none; '<1' for a small non-zero share)."""
        if share is None:
            return "–"
        value = "<1" if 0 < share < 0.005 else f"{round(share * 100):d}"
        return self.t(PERCENT, value=value)

    def number(self, value: int) -> str:
        """A whole number with this language's thousands separator (1,234 · 1.234 · 1 234)."""
        return f"{value:,}".replace(",", self.thousands_separator)


ENGLISH = ReportLanguage()


def shared_catalog_dir() -> Path:
    return Path(str(resource("templates"))) / "_shared" / CATALOG_FOLDER


@dataclass(frozen=True)
class Catalog:
    """One catalog file: English text → translation, and the optional ``[format]`` table's settings."""

    words: dict[str, str] = field(default_factory=dict)
    thousands_separator: str | None = None


def read_catalog(path: Path) -> Catalog:
    """A catalog file; a missing file is an empty catalog, a broken one an error naming it."""
    try:
        data = read_toml(path, ReportLanguageError)
    except FileNotFoundError:
        return Catalog()
    settings = data.pop("format", {})
    separator = settings.get("thousands_separator") if isinstance(settings, dict) else None
    if (
        not isinstance(settings, dict)
        or set(settings) - {"thousands_separator"}
        or (separator is not None and not isinstance(separator, str))
    ):
        raise ReportLanguageError(
            f'{path}: [format] takes only thousands_separator = "…"; put it at the end of the file, '
            "since every line after [format] belongs to it."
        )
    words: dict[str, str] = {}
    for english, translated in data.items():
        if not isinstance(translated, str):
            raise ReportLanguageError(f"{path}: the translation of {english!r} must be text in quotes.")
        if _fields(english) != _fields(translated):
            raise ReportLanguageError(
                f"{path}: the translation of {english!r} must keep the fields "
                f"{sorted(_fields(english)) or 'none'}; it has {sorted(_fields(translated)) or 'none'}."
            )
        words[english] = translated
    return Catalog(words, separator)


def report_language(code: str | None, template: TemplateFolder | None = None) -> ReportLanguage:
    """The language ``code`` for reports with ``template``: the shared words, then the template's own."""
    code = (code or DEFAULT_LANGUAGE).strip().lower().replace("_", "-").split("-")[0]
    if code not in LANGUAGES:
        choices = ", ".join(f"{key} ({name})" for key, name in LANGUAGES.items())
        raise ReportLanguageError(f"reports cannot be written in {code!r}; choose one of: {choices}.")
    # English is the catalogs' key, so it needs none; a template may still reword its English.
    files = [] if code == DEFAULT_LANGUAGE else [shared_catalog_dir() / f"{code}.toml"]
    if template is not None:
        files.append(template.folder / CATALOG_FOLDER / f"{code}.toml")
    words: dict[str, str] = {}
    separator = ","
    for path in files:
        catalog = read_catalog(path)
        words.update(catalog.words)
        separator = catalog.thousands_separator if catalog.thousands_separator is not None else separator
    return ReportLanguage(code, words, separator)


def language_for_locale(name: str) -> str:
    """The report language that matches a locale name ('es_AR' → 'es'); English when none does."""
    code = name.strip().lower().replace("_", "-").split("-")[0]
    return code if code in LANGUAGES else DEFAULT_LANGUAGE
