"""The Qt and python-docx renderers: PDF, ODT, DOCX and charts, from a hand-built report.

The report is built from the model's dataclasses directly, so these tests do not depend on the
templates or build_report. It carries an Arabic, a Chinese and an accented name and hostile text.
"""

from __future__ import annotations

import base64
import os
import subprocess
import unicodedata
import zipfile
from datetime import UTC, date, datetime, time
from pathlib import Path

import pytest

from moderator_app.domain.rapporteur import Attendance
from moderator_app.reports.model import (
    Report,
    ReportFacts,
    ReportSection,
    ReportStats,
    SectionSpec,
    SpeakerLine,
    StatRow,
    TemplateInfo,
    TimelineEntry,
)
from tests.support import require_tools

ARABIC = "ليلى حسن"
CHINESE = "王小明"
ACCENTED = "José Muñoz"
HOSTILE = "<script>alert(1)</script>"
TITLE = "Data flows & the Global South: who decides?"
SECTION_TITLES = ("Key issues raised", "Presentations", "Recommendations")


def sample_report() -> Report:
    """A small report with names in three scripts and text that must be shown, not executed."""
    sections = (
        ReportSection(
            "key_issues",
            SECTION_TITLES[0],
            "",
            f"- Cross-border data flows ({ARABIC})\n- Local hosting costs ({CHINESE})\n- Literal text: {HOSTILE}",
            "",
            edited=True,
            stale=False,
        ),
        ReportSection(
            "presentations",
            SECTION_TITLES[1],
            "",
            f"{ACCENTED} opened with the costs of compliance.\n\n{ARABIC} answered from the floor.",
            "",
            edited=False,
            stale=False,
        ),
        ReportSection("recommendations", SECTION_TITLES[2], "", "- Publish the study\n- Meet again", "", False, False),
    )
    template = TemplateInfo(
        name="igf-workshop",
        title="IGF workshop report",
        description="",
        sections=tuple(SectionSpec(s.key, s.title, s.key) for s in sections),
        folder=Path("."),
    )
    facts = ReportFacts(
        title=TITLE,
        session_type="Workshop",
        date=date(2017, 12, 21),
        start_time=time(10, 0),
        timezone="Europe/Geneva",
        venue="Room XXIV",
        planned_minutes=90,
        organisers=("Global Partners Digital",),
        moderators=(ACCENTED,),
        online_moderators=(CHINESE,),
        rapporteurs=(ARABIC,),
        speakers=(
            SpeakerLine("p1", ARABIC, "Cairo University", "Academia", remote=False),
            SpeakerLine("p2", CHINESE, "CAICT", "Government", remote=True),
            SpeakerLine("p3", ACCENTED, "", "Civil society", remote=False),
        ),
        tags=("data flows", "development"),
    )
    stats = ReportStats(
        total_seconds=1800,
        interventions=12,
        remote_interventions=3,
        by_dimension={
            "gender": (
                StatRow("Women", 1000, 1000 / 1800, 6, 0.5),
                StatRow("Men", 700, 700 / 1800, 5, 0.4),
                StatRow("Not stated", 100, 100 / 1800, 1, 0.1),
            ),
            "stakeholder_group": (
                StatRow("Academia", 600, 1 / 3, 4, 0.25),
                StatRow("Government", 900, 0.5, 6, 0.25),
                StatRow("Civil society", 300, 1 / 6, 2, 0.5),
            ),
            "region": (StatRow("Africa", 900, 0.5, 6, 0.3), StatRow("Asia-Pacific", 900, 0.5, 6, 0.7)),
            "attendance": (
                StatRow("Onsite", 1500, 1500 / 1800, 9, 0.6),
                StatRow("Remote", 300, 300 / 1800, 3, 0.4),
            ),
        },
        remote_questions=((CHINESE, "How will small hosts comply?"),),
    )
    attendance = Attendance(40, 25, 30, "partly", "Gender came up in the cost of connectivity.")
    timeline = (TimelineEntry(datetime(2017, 12, 21, 10, 5, tzinfo=UTC), ARABIC, "Opening", "intervention"),)
    return Report(template, facts, sections, stats, attendance, timeline, datetime(2017, 12, 21, 12, 0, tzinfo=UTC))


def sample_html(report: Report, *, data_uris: bool = True) -> str:
    """A small hand-written HTML report, as the templates would produce: escaped text, chart images."""
    import base64
    import html

    from moderator_app.reports.charts import charts_for

    charts = charts_for(report)
    parts = [f"<h1>{html.escape(report.facts.title)}</h1>", "<table border='1'>"]
    parts += [
        f"<tr><td>{html.escape(s.name)}</td><td>{html.escape(s.affiliation)}</td></tr>" for s in report.facts.speakers
    ]
    parts.append("</table>")
    for section in report.sections:
        parts.append(f"<h2>{html.escape(section.title)}</h2><p>{html.escape(section.text)}</p>")
    for key, png in charts.items():
        src = "data:image/png;base64," + base64.b64encode(png).decode() if data_uris else f"image://chart-{key}"
        parts.append(f'<p><img src="{src}" width="600" alt="{key}"></p>')
    return "<html><body>" + "".join(parts) + "</body></html>"


def plain(text: str) -> str:
    """Extracted PDF text as a reader would search it: Arabic presentation forms folded, bidi marks dropped."""
    folded = unicodedata.normalize("NFKC", text)
    return "".join(ch for ch in folded if unicodedata.category(ch) != "Cf")


@pytest.fixture
def report(qapp) -> Report:
    return sample_report()


@pytest.fixture
def charts(report: Report) -> dict[str, bytes]:
    from moderator_app.reports.charts import charts_for

    return charts_for(report)


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".partial"))


# -- fonts and charts ----------------------------------------------------------------------------
def test_bundled_fonts_register_once_and_the_report_font_falls_back_to_cjk(qapp):
    from moderator_app.reports.fonts import register_fonts, report_font

    families = register_fonts()
    assert register_fonts() == families
    assert {"DejaVu Sans", "Droid Sans Fallback"} <= set(families)
    assert report_font().families()[:2] == ["DejaVu Sans", "Droid Sans Fallback"]


def test_chart_is_a_png_of_the_requested_width_that_grows_with_its_rows(qapp):
    from PySide6.QtGui import QImage

    from moderator_app.reports.charts import speaking_time_chart

    rows = [StatRow(ARABIC, 400, 0.4, 3, 0.2), StatRow(CHINESE, 600, 0.6, 4, 0.8)]
    small, tall = QImage(), QImage()
    assert small.loadFromData(speaking_time_chart(rows, "By person", width=800))
    assert tall.loadFromData(speaking_time_chart(rows * 5, "By person", width=800))
    assert small.width() == tall.width() == 800
    assert tall.height() > small.height()
    fixed = QImage()
    assert fixed.loadFromData(speaking_time_chart([], "Nobody spoke", width=600, height=300))
    assert (fixed.width(), fixed.height()) == (600, 300)


def test_charts_for_a_report_are_gender_and_stakeholder_group(report, charts):
    assert set(charts) == {"gender", "stakeholder_group"}
    assert all(png.startswith(b"\x89PNG") for png in charts.values())


def test_chart_percentages_never_round_a_small_share_down_to_zero():
    from moderator_app.reports.language import ENGLISH  # what the charts label their shares with

    shares = (0, 0.003, 0.004999, 0.5, 1 / 3, 1)
    assert [ENGLISH.percent(s) for s in shares] == ["0%", "<1%", "<1%", "50%", "33%", "100%"]


# -- PDF -------------------------------------------------------------------------------------------
def pdf_text(path: Path) -> str:
    require_tools("pdftotext", package="poppler-utils")
    return plain(subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout)


@pytest.mark.parametrize("data_uris", [True, False], ids=["data-uri-images", "resource-images"])
def test_pdf_shows_title_names_in_three_scripts_sections_and_literal_markup(report, charts, tmp_path, data_uris):
    from moderator_app.reports.pdf import write_pdf

    target = tmp_path / "report.pdf"
    pages = write_pdf(report, sample_html(report, data_uris=data_uris), target, charts)
    assert pages >= 1
    assert target.read_bytes().startswith(b"%PDF")
    text = pdf_text(target)
    for expected in (TITLE, ARABIC, CHINESE, ACCENTED, *SECTION_TITLES, f"Page 1 of {pages}"):
        assert expected in text
    assert "<script>alert(1)</" in text  # shown as text, as the rapporteur typed it
    require_tools("pdfimages", package="poppler-utils")
    listing = subprocess.run(["pdfimages", "-list", str(target)], capture_output=True, text=True, check=True)
    assert len(listing.stdout.strip().splitlines()) - 2 == 2  # two header lines, then one line per chart
    assert leftovers(tmp_path) == []


def test_pdf_embeds_the_bundled_fonts_and_carries_the_title_as_metadata(report, charts, tmp_path):
    from moderator_app.reports.pdf import write_pdf

    require_tools("pdffonts", "pdfinfo", package="poppler-utils")
    target = tmp_path / "report.pdf"
    write_pdf(report, sample_html(report), target, charts)
    fonts = subprocess.run(["pdffonts", str(target)], capture_output=True, text=True, check=True).stdout
    assert "DejaVuSans" in fonts and "DroidSansFallback" in fonts
    info = subprocess.run(["pdfinfo", str(target)], capture_output=True, text=True, check=True).stdout
    assert f"Title:           {TITLE}" in info
    assert "moderator-app" in info


def test_a_long_report_runs_onto_numbered_pages(report, tmp_path):
    from moderator_app.reports.pdf import write_pdf

    html = "<h1>Long</h1>" + "".join(f"<p>Paragraph {n} about {ARABIC} and {CHINESE}.</p>" for n in range(400))
    target = tmp_path / "long.pdf"
    pages = write_pdf(report, html, target)
    assert pages > 3
    text = pdf_text(target)
    assert f"Page {pages} of {pages}" in text
    assert "Paragraph 0 " in text and "Paragraph 399 " in text


def test_a_document_built_for_the_pdf_writer_gets_the_same_pages_as_one_built_without_it(report, tmp_path):
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter

    from moderator_app.reports.pdf import MARGIN_MM, RESOLUTION_DPI, build_document, paint_pages, write_pdf

    html = "<h1>Long</h1>" + "".join(f"<p>Paragraph {n} about {ARABIC} and {CHINESE}.</p>" for n in range(300))
    pages = write_pdf(report, html, tmp_path / "built-for-the-writer.pdf")
    device = QPdfWriter(str(tmp_path / "built-without.pdf"))
    device.setResolution(RESOLUTION_DPI)
    margins = QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM)
    portrait = QPageLayout.Orientation.Portrait
    device.setPageLayout(
        QPageLayout(QPageSize(QPageSize.PageSizeId.A4), portrait, margins, QPageLayout.Unit.Millimeter)
    )
    assert paint_pages(build_document(report, html), device, TITLE) == pages
    del device
    assert pdf_text(tmp_path / "built-without.pdf") == pdf_text(tmp_path / "built-for-the-writer.pdf")


def test_data_uris_of_known_charts_become_chart_resources(report, charts):
    from moderator_app.reports.pdf import build_document

    document = build_document(report, sample_html(report, data_uris=True), charts)
    assert "data:image" not in document.toHtml()
    assert "image://chart-gender" in document.toHtml()
    assert "image://chart-stakeholder_group" in document.toHtml()


def test_other_data_uris_in_any_spelling_become_inline_images_and_broken_ones_stay(report, charts):
    from moderator_app.reports.pdf import build_document

    known = base64.b64encode(charts["gender"]).decode()
    other = base64.b64encode(charts["stakeholder_group"]).decode()
    html = (
        f"<p><img SRC = 'DATA:image/png;BASE64,{known}'></p>"  # a chart, spelt otherwise than the filter
        f'<p><img src="data:image/png;base64,{other[:40]}\n{other[40:]}"></p>'  # not given as a chart
        '<p><img src="data:image/png;base64,not*base64"></p>'
    )
    document = build_document(report, html, {"gender": charts["gender"]})
    resolved = document.toHtml()
    assert "image://chart-gender" in resolved and "image://inline-1" in resolved
    assert "not*base64" in resolved  # left as it was: Qt shows a broken image


def test_a_chart_line_is_single_spaced_and_a_typed_replacement_character_is_just_text(report, charts):
    from moderator_app.reports.pdf import build_document

    spaced = 'style="line-height: 145%"'
    html = (
        f"<p {spaced}>Before the chart</p>"
        f'<p {spaced}><img src="image://chart-gender" width="640"></p>'
        f"<p {spaced}>A note that holds \ufffc, typed</p>"
    )
    document = build_document(report, html, charts)
    heights = []
    block = document.begin()
    while block.isValid():
        heights.append((block.text(), block.blockFormat().lineHeight()))
        block = block.next()
    assert [height for _, height in heights] == [145, 100, 145]
    assert "typed" in heights[2][0]


def test_print_document_paints_the_same_pages_on_a_given_device(report, charts, tmp_path):
    from PySide6.QtGui import QPdfWriter

    from moderator_app.reports.pdf import print_document

    device = QPdfWriter(str(tmp_path / "printed.pdf"))
    assert print_document(report, sample_html(report), device, charts) >= 1
    del device
    assert CHINESE in pdf_text(tmp_path / "printed.pdf")


# -- ODT -------------------------------------------------------------------------------------------
def test_odt_is_an_opendocument_package_with_the_names_and_charts(report, charts, tmp_path):
    from moderator_app.reports.odt import write_odt

    target = tmp_path / "report.odt"
    write_odt(report, sample_html(report), target, charts)
    with zipfile.ZipFile(target) as package:
        assert package.read("mimetype") == b"application/vnd.oasis.opendocument.text"
        content = package.read("content.xml").decode("utf-8")
        pictures = [name for name in package.namelist() if name.startswith("Pictures/")]
    for expected in (TITLE.replace("&", "&amp;"), ARABIC, CHINESE, ACCENTED, *SECTION_TITLES):
        assert expected in content
    assert "&lt;script&gt;" in content
    assert len(pictures) == 2
    assert leftovers(tmp_path) == []


# -- DOCX ------------------------------------------------------------------------------------------
def docx_text(document) -> str:
    parts = [p.text for p in document.paragraphs]
    parts += [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return "\n".join(parts)


def test_docx_has_facts_speakers_sections_bullets_tables_and_two_charts(report, charts, tmp_path):
    import docx

    target = tmp_path / "report.docx"
    from moderator_app.reports.docx import write_docx

    write_docx(report, target, charts)
    document = docx.Document(str(target))
    text = docx_text(document)
    for expected in (TITLE, ARABIC, CHINESE, ACCENTED, HOSTILE, "Cairo University", "Room XXIV", *SECTION_TITLES):
        assert expected in text
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert [h for h in headings if h in SECTION_TITLES] == list(SECTION_TITLES)
    bullets = [p.text for p in document.paragraphs if p.style.name == "List Bullet"]
    assert f"Cross-border data flows ({ARABIC})" in bullets and "Meet again" in bullets
    speakers = next(t for t in document.tables if t.rows[0].cells[0].text == "Name")
    assert [c.text for c in speakers.rows[2].cells] == [f"{CHINESE} (remote)", "CAICT", "Government"]
    gender = next(t for t in document.tables if t.rows[1].cells[0].text == "Women")
    assert [c.text for c in gender.rows[1].cells] == ["Women", "16:40", "56%", "6", "50%"]
    assert len(document.inline_shapes) == 2
    assert document.core_properties.title == TITLE
    assert document.core_properties.author == "moderator-app"
    assert leftovers(tmp_path) == []


def test_docx_names_fonts_for_arabic_and_chinese_in_its_styles(report, tmp_path):
    import docx
    from docx.oxml.ns import qn

    from moderator_app.reports.docx import write_docx

    target = tmp_path / "report.docx"
    write_docx(report, target)
    document = docx.Document(str(target))
    fonts = document.styles["Normal"].element.rPr.find(qn("w:rFonts"))
    assert fonts.get(qn("w:eastAsia")) == "Droid Sans Fallback"
    assert fonts.get(qn("w:cs")) == "DejaVu Sans"
    assert fonts.get(qn("w:ascii")) == "DejaVu Sans"
    assert len(document.inline_shapes) == 0  # no charts given, none drawn


def test_docx_drops_control_characters_word_cannot_hold(report, tmp_path):
    import dataclasses

    import docx

    from moderator_app.reports.docx import write_docx

    broken = dataclasses.replace(report.sections[0], text="bell\x07 and form feed\x0c kept out")
    write_docx(dataclasses.replace(report, sections=(broken,)), tmp_path / "r.docx")
    assert "bell and form feed kept out" in docx_text(docx.Document(str(tmp_path / "r.docx")))


# -- atomic writes -----------------------------------------------------------------------------------
def test_a_failing_pdf_writer_leaves_the_previous_file_and_no_temporary_file(report, tmp_path, monkeypatch):
    from moderator_app.reports import pdf

    target = tmp_path / "report.pdf"
    target.write_bytes(b"%PDF the earlier export")

    def broken(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(pdf, "paint_pages", broken)
    with pytest.raises(OSError, match="disk full"):
        pdf.write_pdf(report, "<p>x</p>", target)
    assert target.read_bytes() == b"%PDF the earlier export"
    assert leftovers(tmp_path) == []


def test_a_failing_docx_save_leaves_the_previous_file_and_no_temporary_file(report, tmp_path, monkeypatch):
    import docx.document

    from moderator_app.reports.docx import write_docx

    target = tmp_path / "report.docx"
    target.write_bytes(b"earlier")

    def broken(self, stream):  # the document is built in memory, then written whole
        stream.write(b"half a fi")
        raise OSError("disk full")

    monkeypatch.setattr(docx.document.Document, "save", broken)
    with pytest.raises(OSError, match="disk full"):
        write_docx(report, target)
    assert target.read_bytes() == b"earlier"
    assert leftovers(tmp_path) == []


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs POSIX permissions and a non-root user")
def test_exports_to_a_read_only_folder_fail_and_write_nothing(report, tmp_path):
    from moderator_app.reports.docx import write_docx
    from moderator_app.reports.odt import write_odt
    from moderator_app.reports.pdf import write_pdf

    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        for write in (
            lambda: write_pdf(report, "<p>x</p>", folder / "r.pdf"),
            lambda: write_odt(report, "<p>x</p>", folder / "r.odt"),
            lambda: write_docx(report, folder / "r.docx"),
        ):
            with pytest.raises(OSError):
                write()
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o755)


def test_an_export_onto_a_folder_names_the_folder(report, tmp_path):
    from moderator_app.reports.pdf import write_pdf

    (tmp_path / "report.pdf").mkdir()
    with pytest.raises(IsADirectoryError, match=r"report\.pdf"):
        write_pdf(report, "<p>x</p>", tmp_path / "report.pdf")


def test_an_export_into_a_folder_that_cannot_exist_fails_and_writes_nothing(report, tmp_path):
    from moderator_app.reports.docx import write_docx
    from moderator_app.reports.odt import write_odt
    from moderator_app.reports.pdf import write_pdf

    blocker = tmp_path / "notes.txt"  # a file where the folder should be: fails even for root
    blocker.write_text("x")
    for write in (
        lambda: write_pdf(report, "<p>x</p>", blocker / "r.pdf"),
        lambda: write_odt(report, "<p>x</p>", blocker / "r.odt"),
        lambda: write_docx(report, blocker / "r.docx"),
    ):
        with pytest.raises(OSError):
            write()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]


def test_exported_files_are_readable_by_others_like_any_document(report, tmp_path):
    from moderator_app.reports.docx import write_docx

    write_docx(report, tmp_path / "r.docx")
    assert (tmp_path / "r.docx").stat().st_mode & 0o777 == 0o644


def test_word_export_adds_only_the_blocks_its_template_includes(tmp_path, report):
    from dataclasses import replace

    import docx

    from moderator_app.reports.docx import write_docx

    short = replace(report, template=replace(report.template, includes=()))
    write_docx(short, tmp_path / "short.docx")
    headings = [
        p.text for p in docx.Document(str(tmp_path / "short.docx")).paragraphs if p.style.name.startswith("Heading")
    ]
    assert "Participation" not in headings and "Gender reporting" not in headings
    write_docx(report, tmp_path / "full.docx")
    headings = [
        p.text for p in docx.Document(str(tmp_path / "full.docx")).paragraphs if p.style.name.startswith("Heading")
    ]
    assert "Participation" in headings and "Gender reporting" in headings
