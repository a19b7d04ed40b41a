"""Hostile names, titles and notes go through every report format as text: escaped, never run or rendered.

One session carries markup, script, template syntax, Markdown link and heading syntax, spreadsheet
formulas, SQL and a right-to-left override in its title, a speaker's name, an affiliation and a note;
the report is exported as Markdown, HTML, PDF, DOCX and ODT, and each file is read back.
"""

from __future__ import annotations

import re
import subprocess
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest

from moderator_app.domain.session import draft_from
from moderator_app.services.reports import export_report
from tests.support import require_tools, stored_report

LEA = "7c1d2e5a-2017-4c1d-9e1f-100000000002"
NAME = "<script>alert(1)</script> {{ 7*7 }} [Lea](javascript:alert(1))"
AFFILIATION = '=HYPERLINK("http://evil","x") & Co'
TITLE = "<b>Bold</b> & {% raw %}Data{% endraw %} \u202egpj.exe # Not a heading"
NOTE = "<img src=x onerror=alert(1)> </p><h1>Injected</h1> ![i](http://x/i.png) '); DROP TABLE notes; --"
PNG = b"\x89PNG\r\n\x1a\n-not-really-a-chart"


@pytest.fixture
def hostile_report(console, repository, clock):
    console.update_session(replace(console.session, title=TITLE))
    lea = console.snapshot.participant(LEA)
    console.update_participant(LEA, replace(draft_from(lea), name=NAME, affiliation=AFFILIATION))
    console.give_floor(LEA)
    clock.advance(40)
    console.add_note(NOTE, ["key_issue"])
    console.end_intervention()
    return stored_report(repository.db, console.session_id, "igf-workshop", None, clock.now())


def test_markdown_shows_every_hostile_text_literally(hostile_report, tmp_path):
    text = export_report(hostile_report, "md", tmp_path / "r.md", charts={}).read_text(encoding="utf-8")
    assert r"\<script\>alert(1)\</script\>" in text
    assert r"\[Lea\](javascript:alert(1))" in text
    assert r"\<img src=x onerror=alert(1)\>" in text and r"\<h1\>Injected\</h1\>" in text
    assert r"!\[i\](http://x/i.png)" in text
    assert r"{{ 7\*7 }}" in text and "{% raw %}Data{% endraw %}" in text  # user text is never a template
    # No markup or link survives unescaped: every < and [ of user text has its backslash.
    assert not re.search(r"(?<!\\)<(script|img|h1|b)\b", text)
    assert "](javascript:" not in text.replace(r"\](javascript:", "")


def test_html_escapes_every_hostile_text(hostile_report, tmp_path):
    text = export_report(hostile_report, "html", tmp_path / "r.html", charts={}).read_text(encoding="utf-8")
    for markup in ("<script>", "<img src=x", "<h1>Injected", "<b>Bold</b>"):
        assert markup not in text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in text
    assert "&lt;img src=x onerror=alert(1)&gt;" in text
    assert "{{ 7*7 }}" in text and "{% raw %}Data{% endraw %}" in text  # user text is never a template
    assert "javascript:" not in re.sub(r">[^<]*<", "><", text)  # only inside text nodes, never in an attribute


def pdf_text(path: Path) -> str:
    require_tools("pdftotext", package="poppler-utils")
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


def test_pdf_prints_the_hostile_text_as_text(qapp, hostile_report, tmp_path):
    text = " ".join(pdf_text(export_report(hostile_report, "pdf", tmp_path / "r.pdf", charts={})).split())
    assert "<script>alert(1)</script>" in text
    assert "<img src=x onerror=alert(1)>" in text and "<h1>Injected</h1>" in text
    assert "DROP TABLE notes" in text


def test_docx_holds_the_hostile_text_as_text(hostile_report, tmp_path):
    import docx

    target = export_report(hostile_report, "docx", tmp_path / "r.docx", charts={})
    document = docx.Document(str(target))
    parts = [p.text for p in document.paragraphs]
    parts += [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    text = "\n".join(parts)
    assert NAME in text and AFFILIATION in text and NOTE in text
    with zipfile.ZipFile(target) as package:
        xml = package.read("word/document.xml").decode("utf-8")
    assert "<script>" not in xml and "&lt;script&gt;" in xml
    assert "javascript:" not in "".join(package_rels(target))


def package_rels(target: Path) -> list[str]:
    with zipfile.ZipFile(target) as package:
        return [package.read(name).decode("utf-8") for name in package.namelist() if name.endswith(".rels")]


def test_odt_holds_the_hostile_text_as_text(qapp, hostile_report, tmp_path):
    target = export_report(hostile_report, "odt", tmp_path / "r.odt", charts={})
    with zipfile.ZipFile(target) as package:
        content = package.read("content.xml").decode("utf-8")
    assert "<script>" not in content and "&lt;script&gt;alert(1)&lt;/script&gt;" in content
    assert "&lt;h1&gt;Injected&lt;/h1&gt;" in content
    assert "<text:a" not in content  # no user text became a link


def test_every_format_is_written_whole_under_a_safe_name(qapp, hostile_report, tmp_path):
    folder = tmp_path / "exports"
    folder.mkdir()
    for fmt in ("md", "html", "pdf", "docx", "odt"):
        target = export_report(hostile_report, fmt, folder, charts={})
        assert target.parent == folder
        assert "\u202e" not in target.name and "<" not in target.name and "#" not in target.name
        assert target.stat().st_size > 0
    assert sorted(p.suffix for p in folder.iterdir()) == [".docx", ".html", ".md", ".odt", ".pdf"]
