"""One report, the same in every format: the Word document says what the PDF says, where it says it."""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile
from html.parser import HTMLParser
from pathlib import Path

import pytest

from moderator_app.domain.rapporteur import Attendance
from moderator_app.reports.templates import builtin_templates_dir
from moderator_app.services.reports import export_report
from moderator_app.services.sessions import DEMO_SESSION_ID
from tests.support import FakeClock, demo_console, stored_report

KERRY_ANN = "7c1d2e5a-2017-4c1d-9e1f-100000000001"
BUILTIN_TEMPLATES = sorted(
    folder.name for folder in builtin_templates_dir().iterdir() if (folder / "template.toml").is_file()
)


#: A first section the rapporteur rewrote (paragraph, line break, bullets) and a last one emptied.
EDITED_TEXT = "An edited paragraph\nwith a second line.\n\n- a first point\n- a second point"


@pytest.fixture(
    scope="module",
    params=[(name, filled) for name in BUILTIN_TEMPLATES for filled in (False, True)],
    ids=lambda param: f"{param[0]}-{'filled-in' if param[1] else 'drafts'}",
)
def exported(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory):
    """The demo session with turns, a remote request and notes, exported as PDF, HTML and Word.

    Each template twice: with the drafts as they come, and with attendance figures, a gender
    summary, the first section rewritten and the last one emptied by the rapporteur.
    """
    template_name, filled = request.param
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (Debian poppler-utils) is not installed")
    folder = tmp_path_factory.mktemp("formats")
    clock = FakeClock()
    db, console = demo_console(folder / "data", clock)
    console.give_floor(KERRY_ANN)
    clock.advance(30)
    console.next_speaker()
    console.add_note("Capacity building should follow national demand", ["key_issue"])
    console.add_note("The ministry will publish the plan", ["action"])
    clock.advance(75)
    remote = console.add_remote(name="Remote Asker", platform="Zoom", text="Who pays for the training?")
    console.give_floor(remote.participant_id, from_entry_id=remote.id)
    clock.advance(40)
    console.end_intervention()
    report = stored_report(db, DEMO_SESSION_ID, template_name, None, clock.now())
    if filled:
        attendance = Attendance(
            participants_onsite=40,
            participants_online=1250,
            women=23,
            gender_extent="partly",
            gender_summary="Two of the four speakers were women.\n- one point\n- another",
        )
        console.save_attendance(attendance)
        first, last = report.sections[0].key, report.sections[-1].key
        console.save_section_edit(report, first, EDITED_TEXT)
        console.save_section_edit(report, last, "")
        report = stored_report(db, DEMO_SESSION_ID, template_name, None, clock.now())
    pdf, html, word = folder / "r.pdf", folder / "r.html", folder / "r.docx"
    export_report(report, "pdf", pdf)
    export_report(report, "html", html)
    export_report(report, "docx", word)
    db.close()
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return text, word, html.read_text(encoding="utf-8"), report


def _word(path: Path):
    import docx

    return docx.Document(str(path))


def _lines(text: str) -> list[str]:
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


def _flat(text: str) -> str:
    return " ".join(text.split())


class _HtmlBlocks(HTMLParser):
    """The page as a reader sees it: headings, tables (rows of cells), pictures, and all the text."""

    def __init__(self) -> None:
        super().__init__()
        self.headings: list[tuple[int, str]] = []
        self.tables: list[list[list[str]]] = []
        self.pictures = 0
        self.words: list[str] = []
        self._heading: list[str] | None = None
        self._cell: list[str] | None = None
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("style", "title"):
            self._skip += 1
        elif tag in ("h1", "h2", "h3"):
            self._heading = []
        elif tag == "table":
            self.tables.append([])
        elif tag == "tr":
            self.tables[-1].append([])
        elif tag in ("td", "th"):
            self._cell = []
        elif tag == "img":
            self.pictures += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in ("style", "title"):
            self._skip -= 1
        elif tag in ("h1", "h2", "h3") and self._heading is not None:
            self.headings.append((int(tag[1]), _flat("".join(self._heading))))
            self._heading = None
        elif tag in ("td", "th") and self._cell is not None:
            self.tables[-1][-1].append(_flat("".join(self._cell)))
            self._cell = None

    def handle_data(self, data: str) -> None:
        if self._skip:
            return
        self.words.append(data)
        for part in (self._heading, self._cell):
            if part is not None:
                part.append(data)


def _html(page: str) -> _HtmlBlocks:
    parser = _HtmlBlocks()
    parser.feed(page)
    parser.close()
    return parser


def _word_blocks(document) -> tuple[list[tuple[int, str]], list[list[list[str]]], list[str]]:
    """The Word file's headings (Title as 1, Heading N as N + 1), tables and text, in body order."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    headings: list[tuple[int, str]] = []
    tables: list[list[list[str]]] = []
    words: list[str] = []
    for child in document.element.body.iterchildren():
        if child.tag.endswith("}p"):
            paragraph = Paragraph(child, document)
            style = paragraph.style.name
            if style == "Title":
                headings.append((1, _flat(paragraph.text)))
            elif style.startswith("Heading "):
                headings.append((int(style.split()[1]) + 1, _flat(paragraph.text)))
            words.append(paragraph.text)
        elif child.tag.endswith("}tbl"):
            table = Table(child, document)
            tables.append([[_flat(cell.text) for cell in row.cells] for row in table.rows])
            words.extend(cell.text for row in table.rows for cell in row.cells)
    return headings, tables, words


def test_word_has_the_html_pages_headings_tables_and_words_in_order(exported):
    """Word is built in Python, the PDF and ODT from the HTML page: the two must say the same, in order."""
    _pdf_text, word_path, page, _report = exported
    html = _html(page)
    headings, tables, words = _word_blocks(_word(word_path))
    assert headings == html.headings
    assert tables == html.tables
    assert _flat(" ".join(words)) == _flat(" ".join(html.words))
    assert len(_word(word_path).inline_shapes) == html.pictures


def test_written_with_closes_both_and_neither_says_it_at_the_top(exported):
    pdf_text, word_path, _page, report = exported
    title = report.template.title
    document = _word(word_path)
    paragraphs = [p.text for p in document.paragraphs if p.text.strip()]
    assert paragraphs[-1].startswith(f"Written with moderator-app ({title})")
    assert paragraphs[1] == title  # the subtitle under the title, as in the PDF
    assert not any("written" in p for p in paragraphs[:3])
    pdf_lines = [line for line in _lines(pdf_text) if not re.search(r"Page \d+ of \d+$", line)]
    assert pdf_lines[-1].startswith(f"Written with moderator-app ({title})")
    assert title in pdf_lines[:4]  # under the title (which may take two lines)
    assert not any("written" in line for line in pdf_lines[:4])


def test_the_tables_have_the_same_columns_and_headings(exported):
    pdf_text, word_path, _page, _report = exported
    document = _word(word_path)
    flat = " ".join(_lines(pdf_text))
    for table in document.tables:
        headings = [cell.text for cell in table.rows[0].cells]
        if table.rows[0].cells[0].text in ("Session", "Participants onsite (estimate)"):
            continue  # label/value tables: no heading row
        # The same heading row, in the same order, is in the PDF.
        assert " ".join(headings) in flat, headings
    speakers = next(t for t in document.tables if t.rows[0].cells[0].text == "Name")
    assert [c.text for c in speakers.rows[0].cells] == ["Name", "Institution", "Stakeholder group"]
    for row in speakers.rows[1:]:
        assert " ".join(cell.text for cell in row.cells) in flat  # the same row, word for word


def test_the_same_headings_in_the_same_order_and_the_charts_in_both(exported):
    pdf_text, word_path, _page, report = exported
    document = _word(word_path)
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading") and p.text]
    if report.template.name == "igf-workshop":
        assert "Questions from remote participants" in headings
        assert len(document.inline_shapes) == 2
    flat = " ".join(_lines(pdf_text))
    at = 0
    for heading in headings:  # each found after the one before: the same order
        found = flat.find(heading, at)
        assert found >= 0, heading
        at = found + len(heading)


def test_the_word_file_has_no_blank_thumbnail(exported):
    _pdf_text, word_path, _page, _report = exported
    with zipfile.ZipFile(word_path) as package:
        names = package.namelist()
        relationships = package.read("_rels/.rels").decode("utf-8")
    assert not [name for name in names if "thumbnail" in name]
    assert "thumbnail" not in relationships


@pytest.fixture(scope="module")
def played(tmp_path_factory: pytest.TempPathFactory):
    """The demo session with a turn and a tagged note, for the translated reports."""
    folder = tmp_path_factory.mktemp("languages")
    clock = FakeClock()
    db, console = demo_console(folder / "data", clock)
    console.give_floor(KERRY_ANN)
    clock.advance(30)
    console.next_speaker()
    console.add_note("Capacity building should follow national demand", ["key_issue"])
    clock.advance(20)
    console.end_intervention()
    yield db, clock, folder
    db.close()


@pytest.mark.parametrize("code", ["es", "fr"])
@pytest.mark.parametrize("template_name", BUILTIN_TEMPLATES)
def test_a_translated_word_file_says_what_its_html_page_says(played, template_name, code):
    """The Word writer's own words (Attendance, Who, What, Note…) come from the same catalogs as the page's."""
    db, clock, folder = played
    report = stored_report(db, DEMO_SESSION_ID, template_name, None, clock.now(), language=code)
    page, word = folder / f"{template_name}-{code}.html", folder / f"{template_name}-{code}.docx"
    export_report(report, "html", page, charts={})
    export_report(report, "docx", word, charts={})
    html = _html(page.read_text(encoding="utf-8"))
    headings, tables, words = _word_blocks(_word(word))
    assert headings == html.headings
    assert tables == html.tables
    assert _flat(" ".join(words)) == _flat(" ".join(html.words))
