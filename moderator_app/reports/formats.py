"""The report's export formats: the one table the command line, the save dialog and the export read.

Adding a format is one entry in :data:`FORMATS`: its name (what ``--format`` takes), the file
suffix, the words the save dialog shows, whether it shows the charts, and how it is written. A
writer is loaded only when that format is asked for: PDF and ODT need Qt's painter and Word needs
python-docx, and a build without them says so (ReportFormatError) before anything is drawn. The
module itself imports nothing heavy: the command line builds its help from it at every start.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from moderator_app.system.atomic import atomic_path

if TYPE_CHECKING:
    from moderator_app.reports.model import Report

# Writes a report to a file, with its charts (PNG bytes by key; empty when the format shows none).
Writer = Callable[["Report", Path, Mapping[str, bytes]], object]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Marks a label for the translation catalogue; the user interface translates it when it shows it."""
    return text


# The translation context of the formats' labels (QCoreApplication.translate(LABEL_CONTEXT, label)).
LABEL_CONTEXT = "ReportFormats"


class ReportFormatError(ValueError):
    """An export format that is unknown, or not available in this build."""


@dataclass(frozen=True, slots=True)
class ReportFormat:
    name: str
    suffix: str
    # What the save dialog calls it (translated there, in LABEL_CONTEXT).
    label: str
    # Whether the written file shows the charts (they are drawn first, with Qt).
    charts: bool
    # Imports the writer (a missing library raises ImportError) and returns it.
    load: Callable[[], Writer]
    # Other suffixes that mean this format when a file name says which it is.
    aliases: tuple[str, ...] = ()


def _write_text(target: Path, text: str) -> None:
    with atomic_path(target) as temp:
        temp.write_text(text, encoding="utf-8", newline="\n")


def _markdown() -> Writer:
    from moderator_app.reports.text import render_markdown

    return lambda report, target, _charts: _write_text(target, render_markdown(report, report.template))


def _html() -> Writer:
    from moderator_app.reports.text import render_html

    return lambda report, target, charts: _write_text(target, render_html(report, report.template, charts=charts))


def _pdf() -> Writer:
    from moderator_app.reports.pdf import write_pdf
    from moderator_app.reports.text import render_html

    return lambda report, target, charts: write_pdf(
        report, render_html(report, report.template, charts=charts), target, dict(charts)
    )


def _odt() -> Writer:
    from moderator_app.reports.odt import write_odt
    from moderator_app.reports.text import render_html

    return lambda report, target, charts: write_odt(
        report, render_html(report, report.template, charts=charts), target, dict(charts)
    )


def _docx() -> Writer:
    from moderator_app.reports.docx import write_docx

    return lambda report, target, charts: write_docx(report, target, dict(charts))


# Every format, in the order the save dialog offers them (its first is the dialog's default).
FORMATS: tuple[ReportFormat, ...] = (
    ReportFormat("pdf", ".pdf", QT_TRANSLATE_NOOP("ReportFormats", "PDF"), True, _pdf),
    ReportFormat("docx", ".docx", QT_TRANSLATE_NOOP("ReportFormats", "Word"), True, _docx),
    ReportFormat("odt", ".odt", QT_TRANSLATE_NOOP("ReportFormats", "OpenDocument text"), True, _odt),
    ReportFormat("html", ".html", QT_TRANSLATE_NOOP("ReportFormats", "Web page"), True, _html, aliases=("htm",)),
    ReportFormat("md", ".md", QT_TRANSLATE_NOOP("ReportFormats", "Markdown"), False, _markdown, aliases=("markdown",)),
)
# The format a file name without a known suffix is written in, on the command line.
DEFAULT_FOR_COMMAND_LINE = "md"


def names() -> tuple[str, ...]:
    """Every format's name, in the table's order (what ``--format`` takes)."""
    return tuple(f.name for f in FORMATS)


def find(name: str) -> ReportFormat:
    """The format called ``name`` (case and a leading dot ignored); ReportFormatError with the choices if none."""
    wanted = name.lower().lstrip(".")
    for fmt in FORMATS:
        if wanted == fmt.name:
            return fmt
    raise ReportFormatError(f"unknown format {wanted!r}; use one of: {', '.join(names())}.")


def for_suffix(suffix: str) -> ReportFormat | None:
    """The format a file's suffix (``.pdf``, ``htm``…) names, or None."""
    wanted = suffix.lower().lstrip(".")
    return next((f for f in FORMATS if "." + wanted == f.suffix or wanted in f.aliases), None)


def load_writer(fmt: ReportFormat) -> Writer:
    """The format's writer, or ReportFormatError when this build lacks what it needs."""
    try:
        return fmt.load()
    except ImportError as error:
        raise ReportFormatError(f"format {fmt.name} is not available in this build ({error}).") from None
