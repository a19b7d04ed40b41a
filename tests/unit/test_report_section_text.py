"""The rapporteur's section text loses NUL, ESC, form feed, vertical tab and the like on the way in, keeps tabs."""

from __future__ import annotations

import zipfile

import pytest

from moderator_app.domain.rapporteur import Attendance
from moderator_app.domain.text import clean_block
from moderator_app.services.reports import export_report
from moderator_app.storage.reports import ReportRepository
from tests.support import stored_report

CONTROLS = "\x00\x1b\x0c\x0b\x07\x7f\x85"
TYPED = f"Line one{CONTROLS} ends\n\t- indented\x1b[31m red\x00\nLast\x0cpage"
CLEAN = "Line one ends\n\t- indented[31m red\nLastpage"


def test_clean_block_can_keep_tabs_for_text_the_user_lays_out():
    assert clean_block(TYPED, keep_tabs=True) == CLEAN
    assert clean_block("a\tb\x0bc") == "abc"  # names, notes: no tabs, as before


@pytest.fixture
def edited(console, clock, repository):
    db = repository.db
    report = stored_report(db, console.session_id, "igf-workshop", None, clock.now())
    console.save_section_edit(report, "key_issues", TYPED)
    console.save_attendance(Attendance(gender_summary="Said\x00 so\x1b\x0b"))
    return stored_report(db, console.session_id, "igf-workshop", None, clock.now())


def test_section_text_and_the_gender_summary_are_stored_without_control_characters(edited, console, repository):
    stored = repository.db.execute(
        "SELECT text FROM report_sections WHERE session_id = ? AND section = 'key_issues'", [console.session_id]
    ).fetchone()[0]
    assert stored == CLEAN
    summary = repository.db.execute(
        "SELECT gender_summary FROM report_attendance WHERE session_id = ?", [console.session_id]
    ).fetchone()[0]
    assert summary == "Said so"


def test_text_stored_before_the_cleaning_is_cleaned_on_the_way_out(console, repository, clock):
    ReportRepository(repository.db).save_section(
        console.session_id, "igf-workshop", "key_issues", "x", "x", now=clock.now().wall
    )
    repository.db.execute("UPDATE report_sections SET text = ? WHERE session_id = ?", [TYPED, console.session_id])
    sections = ReportRepository(repository.db).sections(console.session_id, "igf-workshop")
    assert sections["key_issues"].text == CLEAN


@pytest.mark.parametrize("fmt", ["md", "html", "pdf", "odt", "docx"])
def test_no_export_carries_them(edited, tmp_path, fmt):
    section = edited.section("key_issues")
    assert section is not None and section.text == CLEAN  # what every writer is given
    target = export_report(edited, fmt, tmp_path / f"report.{fmt}", charts={})
    if fmt in ("md", "html"):
        content = target.read_text(encoding="utf-8")
    elif fmt == "pdf":
        content = target.read_bytes().decode("latin-1")
        assert content.rstrip().endswith("%%EOF")
        return  # the text is in compressed streams: the report it was drawn from is checked above
    else:
        with zipfile.ZipFile(target) as package:
            content = package.read("content.xml" if fmt == "odt" else "word/document.xml").decode("utf-8")
    assert "indented" in content
    for char in CONTROLS:
        assert char not in content, (fmt, repr(char))
