"""The report as the window and the command line use it: build from the database, save edits, export files.

No Qt at import time: the PDF/ODT writers and the charts (which need Qt's painter) are imported only
when asked for, and a build without them says so instead of failing obscurely.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from moderator_app.domain.balance import Balance
from moderator_app.domain.clock import Instant
from moderator_app.domain.rapporteur import Attendance
from moderator_app.domain.text import safe_file_name
from moderator_app.reports.atomic import export_failure
from moderator_app.reports.build import build_report
from moderator_app.reports.formats import find, load_writer
from moderator_app.reports.language import report_language
from moderator_app.reports.model import Report
from moderator_app.reports.templates import load_template
from moderator_app.storage.reports import ReportRepository
from moderator_app.storage.repository import SessionRepository

if TYPE_CHECKING:
    from moderator_app.storage.connection import AppDatabase


def report_for(
    db: AppDatabase,
    session_id: str,
    template_name: str,
    user_templates_dir: Path | None,
    now: Instant,
    *,
    balance: Balance | None = None,
    language: str | None = None,
) -> Report:
    """The session's report with that template, in ``language`` (a code; English when None).

    Stored edits and attendance go on the fresh drafts. Raises UnknownSessionError,
    UnknownTemplateError, TemplateError or ReportLanguageError (all with a message to show).
    """
    template = load_template(template_name, user_templates_dir)
    words = report_language(language, template)
    snapshot = SessionRepository(db).load(session_id)
    drafts = ReportRepository(db)
    return build_report(
        snapshot,
        template,
        drafts.sections(session_id, template.name),
        drafts.attendance(session_id),
        now,
        balance=balance,
        language=words,
    )


def save_section_edit(
    db: AppDatabase,
    session_id: str,
    report: Report,
    section_key: str,
    text: str,
    now: datetime,
    *,
    reviewed: bool = False,
) -> None:
    """Store the rapporteur's text for a section, with the draft it was written against.

    Text identical to the current draft is not an edit: any stored edit is dropped, so the section
    follows the session again (and cannot go stale). Typing in a section that is marked as changed
    since the last edit keeps that mark (the base draft stays the old one) until the rapporteur
    says they have seen the new material (``reviewed``) or takes the fresh draft.
    """
    section = report.section(section_key)
    if section is None:
        raise KeyError(f"the template {report.template.name!r} has no section {section_key!r}")
    repository = ReportRepository(db)
    if text.strip() == section.generated_text.strip():
        repository.reset_section(session_id, report.template.name, section_key)
        return
    base = section.generated_text
    stored = repository.sections(session_id, report.template.name).get(section_key)
    if stored is not None and section.stale and not reviewed:
        base = stored.generated_text
    repository.save_section(session_id, report.template.name, section_key, text, base, now=now)


def reset_section_edit(db: AppDatabase, session_id: str, template_name: str, section_key: str) -> None:
    """Forget the rapporteur's text: the section shows the draft again."""
    ReportRepository(db).reset_section(session_id, template_name, section_key)


def save_attendance(db: AppDatabase, session_id: str, attendance: Attendance, now: datetime) -> None:
    ReportRepository(db).save_attendance(session_id, attendance, now=now)


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
