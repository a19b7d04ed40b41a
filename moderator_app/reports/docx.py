"""Word (.docx) export with python-docx, straight from the Report model (no HTML, no Qt).

Fonts: Word picks a run's font by script. The styles here name DejaVu Sans for Latin (ascii,
hAnsi) and complex scripts such as Arabic (cs), and Droid Sans Fallback for Chinese, Japanese and
Korean (eastAsia): the fonts bundled with the app, with the glyphs for all three. Word does not
embed them; on a machine without them it substitutes its own fonts for each script (Arial,
Microsoft YaHei, SimSun…), which also have the glyphs, so names never turn into boxes.
Charts are passed in as PNG bytes (``charts.charts_for``), so this module needs no Qt.
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from pathlib import Path

from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import Inches, Mm, Pt, RGBColor
from docx.table import Table
from docx.text.paragraph import Paragraph
from docx.text.run import Run

from moderator_app.domain.formatting import clock_text
from moderator_app.domain.rapporteur import GENDER_EXTENT_LABELS
from moderator_app.reports.language import ReportLanguage
from moderator_app.reports.model import Report, StatRow
from moderator_app.reports.text import stat_tables, when_text
from moderator_app.system.atomic import write_bytes_atomic

LATIN_AND_ARABIC_FONT = "DejaVu Sans"
EAST_ASIAN_FONT = "Droid Sans Fallback"
AUTHOR = "moderator-app"
CHART_WIDTH = Inches(6.5)
NOT_STATED = "Not stated"
MUTED = RGBColor(0x55, 0x55, 0x55)

#: Characters XML 1.0 cannot hold (lxml refuses them): control codes other than tab and newlines.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _clean(text: object) -> str:
    return _NOT_XML.sub("", str(text))


def _set_fonts(style_font_element: BaseOxmlElement) -> None:
    """Name the report fonts for every script on a w:rPr, dropping theme fonts that would override them."""
    fonts = style_font_element.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        style_font_element.insert(0, fonts)
    for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(theme), None)
    for slot in ("w:ascii", "w:hAnsi", "w:cs"):
        fonts.set(qn(slot), LATIN_AND_ARABIC_FONT)
    fonts.set(qn("w:eastAsia"), EAST_ASIAN_FONT)
    language = style_font_element.find(qn("w:lang"))
    if language is None:
        language = OxmlElement("w:lang")
        style_font_element.append(language)
    # Tells Word which font slot Han characters and Arabic belong to when it has to guess.
    language.set(qn("w:eastAsia"), "zh-CN")
    language.set(qn("w:bidi"), "ar-SA")


def _prepare(document: DocumentObject, report: Report) -> None:
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(210), Mm(297)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Mm(18))
    for name in ("Normal", "Title", "Heading 1", "Heading 2", "List Bullet", "Table Grid"):
        style = document.styles[name]
        _set_fonts(style.element.get_or_add_rPr())
    if document.styles["List Bullet"].style_id != BULLET_STYLE_ID:  # a python-docx whose template differs
        raise RuntimeError(f"the Word template's bullet style is not {BULLET_STYLE_ID!r}")
    document.styles["Normal"].font.size = Pt(10)
    properties = document.core_properties
    properties.title = _clean(report.facts.title)
    properties.author = AUTHOR
    properties.last_modified_by = AUTHOR
    properties.subject = _clean(report.template.title)
    properties.keywords = _clean(", ".join(report.facts.tags))
    properties.created = report.generated_at.replace(tzinfo=None)
    # python-docx's own template carries a blank page as the file's thumbnail: file managers and
    # Word's Open dialog showed the report as an empty page. No thumbnail at all is better.
    package = document.part.package
    for key, relationship in list(package.rels.items()):
        if relationship.reltype == RT.THUMBNAIL:
            package.rels.pop(key)


def _mark_header_row(table: Table) -> None:
    """Bold, shaded first row, repeated at the top of each page the table runs onto."""
    row = table.rows[0]
    properties = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    properties.append(header)
    for cell in row.cells:
        shading = OxmlElement("w:shd")
        shading.set(qn("w:val"), "clear")
        shading.set(qn("w:color"), "auto")
        shading.set(qn("w:fill"), "E8E8E8")
        cell._tc.get_or_add_tcPr().append(shading)
        for paragraph in cell.paragraphs:
            for run in paragraph.runs:
                run.bold = True


def _table(
    document: DocumentObject,
    headings: Sequence[str] | None,
    rows: Sequence[Sequence[str]],
    *,
    numeric_from: int | None = None,
    widths: Sequence[float] | None = None,
) -> Table:
    """A grid table; columns from ``numeric_from`` on are right-aligned, ``widths`` in inches."""
    columns = len(headings) if headings else len(rows[0])
    table = document.add_table(rows=0, cols=columns)
    table.style = document.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    all_rows = ([list(headings)] if headings else []) + [list(row) for row in rows]
    for values in all_rows:
        cells = table.add_row().cells
        for index, value in enumerate(values):
            paragraph = cells[index].paragraphs[0]
            _text_run(paragraph, _clean(value))
            if numeric_from is not None and index >= numeric_from:
                paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if headings:
        _mark_header_row(table)
    if widths:
        # Word reads the cells' widths, LibreOffice the grid's: set both, and keep them fixed.
        table.autofit = False
        for column, width in zip(table.columns, widths, strict=False):
            column.width = Inches(width)
        for row in table.rows:
            for cell, width in zip(row.cells, widths, strict=False):
                cell.width = Inches(width)
    last = len(table.rows) - 1
    for index, row in enumerate(table.rows):
        for cell in row.cells:
            for paragraph in cell.paragraphs:
                paragraph.paragraph_format.space_before = Pt(1)
                paragraph.paragraph_format.space_after = Pt(1)
                # A short table stays on one page instead of leaving its header row behind.
                paragraph.paragraph_format.keep_with_next = index < last and last < 15
    _space_after(document)
    return table


def _space_after(document: DocumentObject) -> None:
    """An empty small paragraph: Word butts the next paragraph against a table otherwise."""
    paragraph = document.add_paragraph()
    paragraph.paragraph_format.space_after = Pt(0)
    paragraph.paragraph_format.line_spacing = Pt(6)


def _joined(values: Sequence[str], report: Report) -> str:
    return ", ".join(v for v in values if v) or report.language.t(NOT_STATED)


def _when(report: Report) -> str:
    return when_text(report.facts, report.language)


def _muted(document: DocumentObject, text: str, *, italic: bool = True) -> None:
    run = document.add_paragraph().add_run(_clean(text))
    run.italic = italic
    run.font.color.rgb = MUTED


#: The "List Bullet" style's id in python-docx's default template, which every document here starts from.
BULLET_STYLE_ID = "ListBullet"


def _bullet(document: DocumentObject) -> Paragraph:
    """A new empty "List Bullet" paragraph.

    python-docx looks a style up by name (and scans every style for the default) on each
    ``add_paragraph(style=...)``: with a thousand bullets that was most of a big report's export
    time. The style's id is set on the paragraph's XML instead (checked in ``_prepare``).
    """
    paragraph = document.add_paragraph()
    paragraph._p.style = BULLET_STYLE_ID
    return paragraph


def _text_run(paragraph: Paragraph, text: str) -> Run:
    """A run holding ``text``. python-docx's ``Run.text`` turns tabs and line breaks into their elements
    character by character; a line without them (nearly all) is written as one ``<w:t>`` at once."""
    run = paragraph.add_run()
    if "\t" in text or "\n" in text or "\r" in text:
        run.text = text
    elif text:
        run._r.add_t(text)
    return run


def _add_text(document: DocumentObject, text: str) -> None:
    """Section text: '- ' (or '• ') lines become bullets, blank lines separate paragraphs, other line breaks stay."""
    paragraph = None
    for raw in text.replace("\r\n", "\n").split("\n"):
        line = raw.strip()
        if not line:
            paragraph = None
        elif line.startswith(("- ", "• ")):
            _text_run(_bullet(document), _clean(line[2:].strip()))
            paragraph = None
        elif paragraph is None:
            paragraph = document.add_paragraph()
            _text_run(paragraph, _clean(line))
        else:
            run = paragraph.add_run()
            run.add_break()
            _text_run(paragraph, _clean(line))


def _facts(document: DocumentObject, report: Report) -> None:
    facts, t = report.facts, report.language.t
    # The rows the HTML and PDF show, in their order: venue, online moderator and tags only when given.
    rows = [
        (t("Session"), facts.title),
        (t("Type"), facts.session_type or t(NOT_STATED)),
        *([(t("Session code"), facts.session_code)] if facts.session_code else []),
        *([(t("Format"), facts.session_format)] if facts.session_format else []),
        (t("Date and time"), _when(report)),
        *([(t("Venue"), facts.venue)] if facts.venue else []),
        (t("Organisers"), _joined(facts.organisers, report)),
        (t("Chair / moderator"), _joined(facts.moderators, report)),
        *([(t("Online moderator"), _joined(facts.online_moderators, report))] if facts.online_moderators else []),
        (t("Rapporteur"), _joined(facts.rapporteurs, report)),
        *([(t("Tags"), _joined(facts.tags, report))] if facts.tags else []),
    ]
    _label_table(document, rows, widths=(1.6, 5.0))


def _label_table(document: DocumentObject, rows: Sequence[tuple[str, str]], widths: Sequence[float]) -> None:
    """A label/value table with no heading row, the labels bold (the HTML's <th> in each row)."""
    table = _table(document, None, rows, widths=widths)
    for row in table.rows:
        for run in row.cells[0].paragraphs[0].runs:
            run.bold = True


def _speakers(document: DocumentObject, report: Report) -> None:
    facts, t = report.facts, report.language.t
    document.add_heading(t("Speakers"), level=1)
    if not facts.speakers:
        _muted(document, t("No speakers on the roster."))
        return
    _table(
        document,
        (t("Name"), t("Institution"), t("Stakeholder group")),
        [
            (
                s.name + (f" ({t('remote')})" if s.remote else ""),
                s.affiliation or t(NOT_STATED),
                s.stakeholder_group or t(NOT_STATED),
            )
            for s in facts.speakers
        ],
        widths=(2.3, 2.5, 1.8),
    )


def _attendance_rows(report: Report) -> list[tuple[str, str]]:
    """Onsite, online and total participants: the minutes' Attendance table, and the top of Gender reporting."""
    attendance, language = report.attendance, report.language
    t = language.t

    def figure(value: int | None) -> str:
        return t(NOT_STATED) if value is None else language.number(value)

    return [
        (t("Participants onsite (estimate)"), figure(attendance.participants_onsite)),
        (t("Participants online (estimate)"), figure(attendance.participants_online)),
        (t("Participants in total (estimate)"), figure(attendance.participants_total)),
    ]


def _attendance(document: DocumentObject, report: Report) -> None:
    attendance, language = report.attendance, report.language
    t = language.t
    extent = GENDER_EXTENT_LABELS.get(attendance.gender_extent, attendance.gender_extent)
    women = t(NOT_STATED) if attendance.women is None else language.number(attendance.women)
    rows = [
        *_attendance_rows(report),
        (t("Women and gender-diverse people (estimate)"), women),
        (t("Gender equality and women's empowerment discussed"), t(extent)),
    ]
    _table(document, None, rows, numeric_from=None, widths=(2.6, 4.0))
    if attendance.gender_summary.strip():
        _add_text(document, attendance.gender_summary)


def _timeline(document: DocumentObject, report: Report) -> None:
    """The minutes' record as the HTML shows it until the rapporteur edits it: a Time / Who / What table."""
    t = report.language.t
    if not report.timeline:
        _muted(document, t("Nothing recorded."))
        return
    rows = []
    for entry in report.timeline:
        what = entry.what
        if entry.kind == "note":
            tags = f" ({', '.join(entry.tags)})" if entry.tags else ""
            what = f"{t('Note')}{tags}: {what}"
        rows.append((entry.at.strftime("%H:%M"), entry.who, what))
    _table(document, (t("Time"), t("Who"), t("What")), rows, widths=(0.7, 1.9, 4.0))


def _sections(document: DocumentObject, report: Report) -> None:
    """The template's sections in its order; a chronology section not yet edited is the timeline table."""
    sources = {spec.key: spec.source for spec in report.template.sections}
    t = report.language.t
    for section in report.sections:
        document.add_heading(_clean(section.title), level=1)
        if sources.get(section.key) == "chronology" and not section.edited:
            _timeline(document, report)
        elif section.text.strip():
            _add_text(document, section.text)
        else:
            _muted(document, t("Nothing recorded."))


def _stat_rows(rows: Sequence[StatRow], language: ReportLanguage) -> list[tuple[str, str, str, str, str]]:
    """The columns of the HTML and PDF tables: group, time, % of time, turns, % of people."""
    percent = language.percent
    return [
        (row.label, clock_text(row.seconds), percent(row.share), str(row.interventions), percent(row.people_share))
        for row in rows
    ]


def remote_participation_text(report: Report) -> str:
    """How many remote requests, how many read out, by which channel, how many not reached."""
    stats, t = report.stats, report.language.t
    text = t(
        "Remote participation: {requests} requests from remote participants, {read} of them read out, "
        "{waiting} not reached.",
        requests=stats.remote_read_out + stats.remote_waiting,
        read=stats.remote_read_out,
        waiting=stats.remote_waiting,
    )
    if stats.remote_channels:
        channels = ", ".join(f"{name or t('channel not recorded')} {count}" for name, count in stats.remote_channels)
        text += " " + t("Read out by channel:") + " " + channels + "."
    return text


def _participation(document: DocumentObject, report: Report, charts: dict[str, bytes]) -> None:
    stats, t = report.stats, report.language.t
    summary = t(
        "Substantive speaking time {time} in {count} interventions, {remote} of them remote. "
        "Moderation and reporting ({facilitation}) and points of order ({procedural}) are not counted in the tables.",
        time=clock_text(stats.total_seconds),
        count=stats.interventions,
        remote=stats.remote_interventions,
        facilitation=clock_text(stats.facilitation_seconds),
        procedural=clock_text(stats.procedural_seconds),
    )
    document.add_paragraph(summary)
    document.add_paragraph(
        t(
            "“% of people” compares each group with everyone who took the floor ({count} people); "
            "the moderators' and rapporteurs' own time is counted apart.",
            count=stats.compared_people,
        )
    )
    # As in the HTML and PDF: both charts first, then one table per group, headed as there.
    for key in ("gender", "stakeholder_group"):
        if key in charts:
            document.add_picture(io.BytesIO(charts[key]), width=CHART_WIDTH)
            picture = document.paragraphs[-1]
            picture.alignment = WD_ALIGN_PARAGRAPH.CENTER
            picture.paragraph_format.keep_together = True
    for _key, heading, rows in stat_tables(report):
        document.add_heading(heading, level=2)
        if rows:
            _table(
                document,
                (heading, t("Time"), t("% of time"), t("Turns"), t("% of people")),
                _stat_rows(rows, report.language),
                numeric_from=1,
                widths=(2.4, 1.0, 1.1, 0.9, 1.2),
            )
        else:
            _muted(document, t("Nobody to count yet."))


def write_docx(report: Report, target: Path, charts: dict[str, bytes] | None = None) -> None:
    """Write the report as a Word document, atomically; ``charts`` maps 'gender'/'stakeholder_group' to PNGs."""
    charts = dict(charts or {})
    language = report.language
    t = language.t
    document = Document()
    _prepare(document, report)
    document.add_heading(_clean(report.facts.title), level=0)
    _muted(document, t(report.template.title), italic=False)  # "written …" closes the report, as in the PDF
    # The blocks the template's own pages show (template.toml `includes`), where they show them, and no others.
    includes = report.template.includes
    _facts(document, report)
    if "attendance_figures" in includes:
        document.add_heading(t("Attendance"), level=1)
        _label_table(document, _attendance_rows(report), widths=(2.6, 4.0))
    _speakers(document, report)
    _sections(document, report)

    if "attendance" in includes:
        document.add_heading(t("Gender reporting"), level=1)
        _attendance(document, report)
    if "participation" in includes:
        document.add_heading(t("Participation"), level=1)
        _participation(document, report, charts)
        document.add_heading(t("Remote participation"), level=2)
        document.add_paragraph(remote_participation_text(report))

    if "remote_questions" in includes:
        # A sub-heading of Participation when there is one, as in the HTML and PDF; "None." if none.
        document.add_heading(t("Questions from remote participants"), level=2 if "participation" in includes else 1)
        for who, question in report.stats.remote_questions:
            paragraph = _bullet(document)
            _text_run(paragraph, _clean(who) + (": " + _clean(question) if question else ""))
        if not report.stats.remote_questions:
            _muted(document, t("None."))
    footer = t(
        "Written with moderator-app ({template}), {when}.",
        template=t(report.template.title),
        when=language.date_time(report.generated_at),
    )
    _muted(document, footer, italic=False)

    # Saved in memory first: python-docx leaves its zip file open when a write fails (a full disk),
    # and the zip's finaliser then fails again at exit with a traceback after our one-line error.
    buffer = io.BytesIO()
    document.save(buffer)
    write_bytes_atomic(Path(target), buffer.getvalue())
