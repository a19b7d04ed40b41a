"""The report as the window and the command line use it: build it, export files (edits: services/console_report.py).

No Qt at import time: the PDF/ODT writers and the charts (which need Qt's painter) are imported only
when asked for, and a build without them says so instead of failing obscurely.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from moderator_app.domain.balance import Balance
from moderator_app.domain.clock import Instant
from moderator_app.domain.snapshot import SessionSnapshot
from moderator_app.domain.text import safe_file_name
from moderator_app.reports.atomic import export_failure
from moderator_app.reports.build import build_report
from moderator_app.reports.formats import find, load_writer
from moderator_app.reports.language import report_language
from moderator_app.reports.model import Report
from moderator_app.reports.templates import load_template
from moderator_app.storage.reports import ReportRepository


def report_of(
    snapshot: SessionSnapshot,
    drafts: ReportRepository,
    template_name: str,
    user_templates_dir: Path | None,
    now: Instant,
    *,
    balance: Balance | None = None,
    language: str | None = None,
) -> Report:
    """The session's report with that template, in ``language`` (a code; English when None).

    The open session's console builds it from its snapshot (``console.report``), the library from
    the stored session (``library.report_for``). Stored edits and attendance go on the fresh drafts.
    Raises UnknownTemplateError, TemplateError or ReportLanguageError (all with a message to show).
    """
    template = load_template(template_name, user_templates_dir)
    words = report_language(language, template)
    session_id = snapshot.session.id
    return build_report(
        snapshot,
        template,
        drafts.sections(session_id, template.name),
        drafts.attendance(session_id),
        now,
        balance=balance,
        language=words,
    )


def charts_for(report: Report) -> dict[str, bytes]:
    """The report's charts as PNG bytes ('gender', 'stakeholder_group'); none if this build cannot draw them."""
    try:
        from moderator_app.reports.charts import charts_for as draw
    except ImportError:
        return {}
    return dict(draw(report))


def default_file_name(report: Report, fmt: str) -> str:
    """'<session title> - <template>.<ext>', safe on every system (no bidi controls, no separators)."""
    return safe_file_name(f"{report.facts.title} - {report.template.name}", find(fmt).suffix, fallback="report")


def export_report(
    report: Report,
    fmt: str,
    target: Path,
    *,
    charts: Mapping[str, bytes] | None = None,
) -> Path:
    """Write the report in ``fmt`` to ``target`` (a file, or a folder to put a named file in); return the path.

    Whole or absent: every format is written to a temporary file beside the target and moved over it.
    ``charts`` None means draw them here for the formats that show them (reports/formats.py).
    Raises ReportFormatError for a format that is unknown or missing from this build.
    """
    chosen = find(fmt)
    target = Path(target)
    if target.is_dir():
        target = target / default_file_name(report, chosen.name)
    # Load the writer before drawing charts: a build without it should say so at once.
    write = load_writer(chosen)
    drawn = _charts(report, charts) if chosen.charts else {}
    try:
        write(report, target, drawn)
    except OSError as error:
        # "[Errno 28] No space left on device" becomes: the disk is full, free some space, export again.
        raise export_failure(error, target) from error
    return target


def _charts(report: Report, given: Mapping[str, bytes] | None) -> dict[str, bytes]:
    return dict(given) if given is not None else charts_for(report)
