"""reports/formats.py: one table of export formats, read by the command line, the save dialog and the export."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import pytest

from moderator_app.cli.main import build_parser
from moderator_app.domain.rapporteur import Attendance
from moderator_app.reports import formats
from moderator_app.reports.build import build_report
from moderator_app.reports.formats import FORMATS, ReportFormat, ReportFormatError, find, for_suffix, names
from moderator_app.reports.model import Report
from moderator_app.reports.templates import load_template
from moderator_app.services.reports import default_file_name, export_report


@pytest.fixture
def report(console, clock) -> Report:
    return build_report(console.snapshot, load_template("igf-workshop", None), {}, Attendance(), clock.now())


def test_names_and_suffixes_are_unique_and_every_alias_means_one_format():
    assert len(set(names())) == len(FORMATS)
    assert len({f.suffix for f in FORMATS}) == len(FORMATS)
    aliases = [alias for f in FORMATS for alias in f.aliases]
    assert len(set(aliases)) == len(aliases) and not set(aliases) & {f.suffix.lstrip(".") for f in FORMATS}


def test_a_format_is_found_by_name_or_suffix_and_an_unknown_one_lists_the_choices():
    assert find(".PDF").name == "pdf"
    assert for_suffix(".htm") is find("html") and for_suffix("markdown") is find("md")
    assert for_suffix(".txt") is None
    with pytest.raises(ReportFormatError, match=r"unknown format 'rtf'; use one of: pdf, docx, odt, html, md\."):
        find("rtf")


def test_the_command_line_offers_every_format_of_the_table(capsys):
    parser = build_parser()
    assert "(pdf, docx, odt, html, md)" in " ".join(parser.format_help().split())
    with pytest.raises(SystemExit):
        parser.parse_args(["report", "--help"])
    report_help = " ".join(capsys.readouterr().out.split())
    assert "--format FORMAT pdf, docx, odt, html, md (default: from the output's extension, else md)" in report_help


def test_adding_a_format_is_one_entry(report, tmp_path, monkeypatch):
    written: list[tuple[str, Mapping[str, bytes]]] = []

    def load():
        def write(report: Report, target: Path, charts: Mapping[str, bytes]) -> None:
            written.append((report.facts.title, charts))
            target.write_text("plain", encoding="utf-8")

        return write

    monkeypatch.setattr(formats, "FORMATS", (*FORMATS, ReportFormat("txt", ".txt", "Plain text", False, load)))
    assert "txt" in names() and for_suffix(".txt") is find("txt")
    assert default_file_name(report, "txt").endswith(".txt")
    target = export_report(report, "TXT", tmp_path)  # a folder: the file is named from the report
    assert target.suffix == ".txt" and target.read_text(encoding="utf-8") == "plain"
    assert written == [(report.facts.title, {})]  # a format without charts draws none


def test_a_format_this_build_cannot_write_says_so_before_drawing_anything(report, tmp_path, monkeypatch):
    def missing():
        raise ImportError("No module named 'docx'")

    drawn: list[Report] = []
    monkeypatch.setattr("moderator_app.services.reports.charts_for", lambda r: drawn.append(r) or {})
    monkeypatch.setattr(
        formats,
        "FORMATS",
        tuple(f if f.name != "docx" else ReportFormat("docx", ".docx", "Word", True, missing) for f in FORMATS),
    )
    with pytest.raises(ReportFormatError, match="format docx is not available in this build"):
        export_report(report, "docx", tmp_path / "r.docx")
    assert drawn == [] and not (tmp_path / "r.docx").exists()
