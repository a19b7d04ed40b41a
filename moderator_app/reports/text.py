"""A Report as Markdown or as a standalone, printable HTML page, through the template's Jinja files."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

import jinja2

from moderator_app.domain.balance import GROUP_DIMENSIONS, TITLES, Dimension
from moderator_app.domain.rapporteur import GENDER_EXTENT_LABELS
from moderator_app.reports.language import ENGLISH, ReportLanguage, ReportLanguageError
from moderator_app.reports.model import Report, ReportFacts, StatRow, TemplateInfo
from moderator_app.reports.templates import HTML_FILE, MARKDOWN_FILE, make_environment, template_problem

NOT_STATED = "Not stated"
_BLANK_RUNS = re.compile(r"\n(?:[ \t]*\n){2,}")
#: The report's fonts: the bundled DejaVu Sans, then Droid Sans Fallback for CJK, then the system's.
FONT_FAMILY = '"DejaVu Sans", "Droid Sans Fallback", sans-serif'


def when_text(facts: ReportFacts, language: ReportLanguage = ENGLISH) -> str:
    """'Thursday 21 December 2017, 10:00 (Europe/Zurich)': the date and time as the form asks."""
    parts = []
    if facts.date is not None:
        parts.append(language.long_date(facts.date))
    if facts.start_time is not None:
        parts.append(f"{facts.start_time:%H:%M}" + (f" ({facts.timezone})" if facts.timezone else ""))
    if facts.planned_minutes:
        parts.append(language.t("{minutes} minutes", minutes=facts.planned_minutes))
    return ", ".join(parts) or language.t(NOT_STATED)


#: The participation tables in the order reports print them: gender first (the IGF report form
#: asks for it first), then the balance's own order.
TABLE_ORDER: tuple[Dimension, ...] = tuple(sorted(GROUP_DIMENSIONS, key=lambda d: d is not Dimension.GENDER))


def stat_tables(report: Report) -> list[tuple[str, str, tuple[StatRow, ...]]]:
    """(key, heading, rows) for each participation table, in the order reports print them."""
    stats, t = report.stats, report.language.t
    return [(d.value, t(TITLES[d].report_heading), stats.by_dimension.get(d.value, ())) for d in TABLE_ORDER]


def render_context(report: Report, charts: Mapping[str, bytes] | None = None) -> dict[str, Any]:
    """The variables every template sees (documented in docs/reports.md)."""
    language = report.language
    extent = GENDER_EXTENT_LABELS.get(report.attendance.gender_extent, report.attendance.gender_extent)
    return {
        "report": report,
        "template": report.template,
        "facts": report.facts,
        "when": when_text(report.facts, language),
        "sections": report.sections,
        "section_by_key": {section.key: section for section in report.sections},
        "stats": report.stats,
        "stat_tables": stat_tables(report),
        "attendance": report.attendance,
        "gender_extent": language.t(extent),
        "timeline": report.timeline,
        "generated_at": report.generated_at,
        "charts": dict(charts or {}),
        "font_family": FONT_FAMILY,
        "not_stated": language.t(NOT_STATED),
        "language": language,
        "_": language.t,
    }


def _render(
    report: Report,
    template: TemplateInfo,
    environment: jinja2.Environment | None,
    file_name: str,
    charts: Mapping[str, bytes] | None,
) -> str:
    environment = environment or make_environment(template)
    try:
        return environment.get_template(file_name).render(render_context(report, charts))
    except (jinja2.TemplateError, ReportLanguageError, UnicodeDecodeError, OSError, RecursionError) as error:
        # A missing include is an OSError to Jinja: it is the template's fault, not the disk's.
        raise template_problem(template, file_name, error) from None
    except Exception as error:
        if template.builtin:
            raise  # a built-in template that fails is a bug, for the crash dialog
        # Anything else a user's template does wrong (1 / 0, "a" + 1…) is still the template's.
        raise template_problem(template, file_name, error) from None


def render_markdown(report: Report, template: TemplateInfo, environment: jinja2.Environment | None = None) -> str:
    """The report as Markdown: user text escaped so a name like *Ana* stays literal; tables, no images."""
    text = _render(report, template, environment, MARKDOWN_FILE, None)
    # Template logic leaves runs of blank lines; Markdown means the same with one.
    return _BLANK_RUNS.sub("\n\n", text).strip() + "\n"


def render_html(
    report: Report,
    template: TemplateInfo,
    environment: jinja2.Environment | None = None,
    charts: Mapping[str, bytes] | None = None,
) -> str:
    """The report as one standalone HTML page (inline CSS, A4, charts as data URIs when given)."""
    return _render(report, template, environment, HTML_FILE, charts)
