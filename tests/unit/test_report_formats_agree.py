"""One report, the same in every format: the Word document says what the PDF says, where it says it."""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from moderator_app.reports.service import export_report, report_for
from moderator_app.sessions import DEMO_SESSION_ID
from tests.support import FakeClock, demo_console

KERRY_ANN = "7c1d2e5a-2017-4c1d-9e1f-100000000001"


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory):
    """The demo session with turns, a remote request and notes, exported as PDF and as Word."""
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (Debian poppler-utils) is not installed")
    folder = tmp_path_factory.mktemp("formats")
    clock = FakeClock()
    db, console = demo_console(folder / "data", clock)
    console.give_floor(KERRY_ANN)
    clock.advance(30)
    console.next_speaker()
    console.add_note("Capacity building should follow national demand", ["key_issue"])
    clock.advance(75)
    remote = console.add_remote(name="Remote Asker", platform="Zoom", text="Who pays for the training?")
    console.give_floor(remote.participant_id, from_entry_id=remote.id)
    clock.advance(40)
    console.end_intervention()
    report = report_for(db, DEMO_SESSION_ID, "igf-workshop", None, clock.now())
    pdf, word = folder / "r.pdf", folder / "r.docx"
    export_report(report, "pdf", pdf)
    export_report(report, "docx", word)
    db.close()
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return text, word


def _word(path: Path):
    import docx

    return docx.Document(str(path))


def _lines(text: str) -> list[str]:
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


def test_written_with_closes_both_and_neither_says_it_at_the_top(exported):
    pdf_text, word_path = exported
    document = _word(word_path)
    paragraphs = [p.text for p in document.paragraphs if p.text.strip()]
    assert paragraphs[-1].startswith("Written with moderator-app (IGF workshop report)")
    assert paragraphs[1] == "IGF workshop report"  # the subtitle under the title, as in the PDF
    assert not any("written" in p for p in paragraphs[:3])
    pdf_lines = [line for line in _lines(pdf_text) if not re.search(r"Page \d+ of \d+$", line)]
    assert pdf_lines[-1].startswith("Written with moderator-app (IGF workshop report)")
    assert "IGF workshop report" in pdf_lines[:4]  # under the title (which may take two lines)
    assert not any("written" in line for line in pdf_lines[:4])


def test_the_tables_have_the_same_columns_and_headings(exported):
    pdf_text, word_path = exported
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
    pdf_text, word_path = exported
    document = _word(word_path)
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading") and p.text]
    assert "Questions from remote participants" in headings
    flat = " ".join(_lines(pdf_text))
    at = 0
    for heading in headings:  # each found after the one before: the same order
        found = flat.find(heading, at)
        assert found >= 0, heading
        at = found + len(heading)
    assert len(document.inline_shapes) == 2


def test_the_word_file_has_no_blank_thumbnail(exported):
    _pdf_text, word_path = exported
    with zipfile.ZipFile(word_path) as package:
        names = package.namelist()
        relationships = package.read("_rels/.rels").decode("utf-8")
    assert not [name for name in names if "thumbnail" in name]
    assert "thumbnail" not in relationships
