"""Reports in a language other than the window's: catalogs complete, every format translated, errors clear."""

from __future__ import annotations

import zipfile
from datetime import date, datetime
from pathlib import Path

import pytest

from moderator_app.reports import messages
from moderator_app.reports.language import (
    LANGUAGES,
    ReportLanguage,
    ReportLanguageError,
    language_for_locale,
    read_catalog,
    report_language,
)
from moderator_app.reports.templates import load_template
from moderator_app.reports.text import render_html, render_markdown
from moderator_app.services.reports import export_report
from moderator_app.services.sessions import DEMO_SESSION_ID
from tests.support import FakeClock, demo_console, stored_report

KERRY_ANN = "7c1d2e5a-2017-4c1d-9e1f-100000000001"


@pytest.fixture(scope="module")
def played(tmp_path_factory: pytest.TempPathFactory):
    """The demo session with two turns and tagged notes, through the real console."""
    clock = FakeClock()
    db, console = demo_console(tmp_path_factory.mktemp("language") / "data", clock)
    console.give_floor(KERRY_ANN)
    clock.advance(30)
    console.end_intervention()
    console.next_speaker()
    clock.advance(75)
    console.add_note("Capacity building should follow national demand", ["key_issue", "recommendation"])
    console.end_intervention()
    yield db, clock
    db.close()


def _report(played, code: str, template: str = "igf-workshop"):
    db, clock = played
    return stored_report(db, DEMO_SESSION_ID, template, None, clock.now(), language=code)


@pytest.mark.parametrize("code", [code for code in LANGUAGES if code != "en"])
def test_every_built_in_catalog_translates_exactly_what_the_reports_print(code):
    problems = {str(path): gap for path, gap in messages.gaps(code).items() if gap[0] or gap[1]}
    assert problems == {}, "run: python -m moderator_app.reports.messages " + code


def test_the_message_list_finds_words_in_templates_writers_and_tables():
    found = messages.shared_messages()
    # One from a Jinja file, one from a Python writer, one from a label table, one from the calendar.
    assert {"Gender reporting", "Page {page} of {pages}", "Civil society", "December"} <= found
    workshop = next(f for f in messages.builtin_template_folders() if f.name == "igf-workshop")
    assert "Key issues raised" in messages.template_messages(workshop)


def test_a_spanish_report_has_spanish_headings_labels_dates_and_percentages(played):
    report = _report(played, "es")
    text = render_markdown(report, report.template)
    assert "## Cuestiones clave planteadas" in text
    assert "## Ponentes" in text and "## Speakers" not in text
    assert "| Mujer | 1:15 | 100 % | 1 | 100 % |" in text
    assert "Informe de taller del IGF" in text
    # The rapporteur's and the speakers' own words are never translated.
    assert "Capacity building should follow national demand (Lea Kaspar)" in text
    assert "de diciembre de 2017" in text
    html = render_html(report, report.template, charts={})
    assert '<html lang="es">' in html
    assert "Grupo de partes interesadas" in html


def test_a_french_word_document_is_french(played, tmp_path):
    report = _report(played, "fr")
    target = export_report(report, "docx", tmp_path / "rapport.docx", charts={})
    with zipfile.ZipFile(target) as archive:
        body = archive.read("word/document.xml").decode("utf-8")
    assert "Intervenants" in body and "Rapport sur le genre" in body and "Temps de parole de fond" in body
    assert "Speakers" not in body


def test_the_minutes_chronology_words_follow_the_language(played):
    report = _report(played, "es", "minutes")
    text = render_markdown(report, report.template)
    assert "| Tiempo | Quién | Qué |" in text
    assert "| Lea Kaspar | Declaración inicial (1:15) |" in text


def test_an_unknown_language_is_refused_naming_the_choices():
    with pytest.raises(ReportLanguageError, match=r"'de'.*en \(English\), es \(Español\), fr \(Français\)"):
        report_language("de")


def test_locale_names_map_to_report_languages():
    assert language_for_locale("es_AR.UTF-8") == "es"
    assert language_for_locale("fr-CA") == "fr"
    assert language_for_locale("de_DE") == "en"


def test_dates_numbers_and_percentages_per_language():
    day = date(2017, 12, 21)
    spanish, french = report_language("es"), report_language("fr")
    assert ReportLanguage().long_date(day) == "Thursday 21 December 2017"
    assert spanish.long_date(day) == "jueves, 21 de diciembre de 2017"
    assert french.long_date(day) == "jeudi 21 décembre 2017"
    assert french.date_time(datetime(2017, 12, 21, 10, 5)) == "21 décembre 2017, 10:05"
    assert (ReportLanguage().percent(0.004), french.percent(0.5), spanish.percent(None)) == ("<1%", "50\u202f%", "–")
    assert (ReportLanguage().number(12345), spanish.number(12345), french.number(12345)) == (
        "12,345",
        "12.345",
        "12\u202f345",
    )


def test_a_users_template_brings_its_own_translations(tmp_path):
    source = load_template("igf-short", None).folder
    mine = tmp_path / "templates" / "our-short"
    mine.mkdir(parents=True)
    for name in ("template.toml", "report.md.j2", "report.html.j2"):
        (mine / name).write_text((source / name).read_text(encoding="utf-8"), encoding="utf-8")
    (mine / "translations").mkdir()
    (mine / "translations" / "es.toml").write_text('"Key takeaways" = "Lo esencial"\n', encoding="utf-8")
    language = report_language("es", load_template("our-short", tmp_path / "templates"))
    assert language.t("Key takeaways") == "Lo esencial"
    assert language.t("Speakers") == "Ponentes"  # the shared words still apply


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ('"{count} turns" = "turnos"\n', "must keep the fields"),
        ('"Speakers" = 3\n', "must be text in quotes"),
        ('"Speakers" = "Ponentes\n', "not valid TOML"),
        ('[format]\nthousands_separator = "."\n"Speakers" = "Ponentes"\n', "put it at the end"),
    ],
)
def test_a_broken_catalog_is_refused_with_its_file_and_the_fix(tmp_path, content, problem):
    path = tmp_path / "es.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ReportLanguageError, match=problem) as raised:
        read_catalog(path)
    assert str(path) in str(raised.value)


def test_the_english_report_is_unchanged_by_the_catalogs(played):
    report = _report(played, "en")
    text = render_markdown(report, report.template)
    assert "## Speakers" in text and "| Woman | 1:15 | 100% | 1 | 100% |" in text
    assert Path(report.template.folder).name == "igf-workshop"
