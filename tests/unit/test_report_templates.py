"""Templates: the built-ins render the demo, user text stays literal, user folders never replace built-ins."""

from __future__ import annotations

import shutil
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from moderator_app.domain.rapporteur import Attendance
from moderator_app.domain.session import draft_from
from moderator_app.reports.build import build_report
from moderator_app.reports.formats import ReportFormatError
from moderator_app.reports.language import report_language
from moderator_app.reports.templates import (
    BuiltinNameClash,
    TemplateError,
    UnknownTemplateError,
    builtin_clash,
    builtin_templates_dir,
    list_templates,
    load_template,
    md_block,
    md_escape,
    scan_templates,
)
from moderator_app.reports.text import render_html, render_markdown
from moderator_app.services.reports import export_report
from tests.support import stored_report

BUILTINS = ("igf-workshop", "igf-short", "minutes")
LEA = "7c1d2e5a-2017-4c1d-9e1f-100000000002"
KERRY_ANN = "7c1d2e5a-2017-4c1d-9e1f-100000000001"
PNG = b"\x89PNG\r\n\x1a\n-not-really-a-chart"


@pytest.fixture
def played(console, clock):
    """The demo with a few tagged notes, as a rapporteur would take them."""
    console.give_floor(KERRY_ANN)
    clock.advance(30)
    console.add_note("Welcome; the session is recorded", ["key_issue"])
    console.end_intervention()
    console.next_speaker()
    clock.advance(90)
    console.add_note("Capacity building must follow demand", ["key_issue", "recommendation"])
    console.add_note("Map what donors already fund", ["action", "agreement"])
    console.add_note("Few women in national CERTs", ["gender"])
    console.end_intervention()
    return console


def report_of(console, clock, name: str, user_dir: Path | None = None):
    template = load_template(name, user_dir)
    report = build_report(console.snapshot, template, {}, Attendance(participants_onsite=35, women=14), clock.now())
    return report, template


@pytest.mark.parametrize("name", BUILTINS)
def test_every_builtin_renders_markdown_and_html_with_every_section_title(played, clock, name):
    report, template = report_of(played, clock, name)
    markdown = render_markdown(report, template)
    html = render_html(report, template)
    assert markdown.startswith("# Towards an Inclusive Cybersecurity Capacity Building Approach\n")
    assert html.startswith("<!DOCTYPE html>") and html.rstrip().endswith("</html>")
    for spec in template.sections:
        assert f"## {md_escape(spec.title)}" in markdown
        assert ">" + spec.title.replace("'", "&#39;") + "</h2>" in html
    assert "Kerry-Ann Barrett" in markdown and "Kerry-Ann Barrett" in html
    assert '"DejaVu Sans", "Droid Sans Fallback", sans-serif' in html
    assert "\n\n\n" not in markdown


def test_the_workshop_report_carries_drafts_gender_reporting_and_participation_tables(played, clock):
    report, template = report_of(played, clock, "igf-workshop")
    markdown = render_markdown(report, template)
    assert "- Capacity building must follow demand (Lea Kaspar)" in markdown
    assert "| Participants onsite (estimate) | 35 |" in markdown
    assert "| Women and gender-diverse people (estimate) | 14 |" in markdown
    # Lea: 90 s, all of the substantive time, and the one person of the comparison set (who took the floor)
    assert "| Woman | 1:30 | 100% | 1 | 100% |" in markdown
    assert "compares each group with everyone who took the floor (1 people)" in markdown
    assert "| Lea Kaspar | Global Partners Digital | Civil society |" in markdown
    assert "Few women in national CERTs" in markdown


def test_the_short_report_has_takeaways_and_calls_to_action_only(played, clock):
    report, template = report_of(played, clock, "igf-short")
    markdown = render_markdown(report, template)
    assert "## Key takeaways" in markdown and "## Calls to action" in markdown
    assert "- Map what donors already fund (Lea Kaspar)" in markdown
    assert "## Participation" not in markdown


def test_minutes_show_the_timeline_until_the_record_is_edited(played, clock, repository):
    report, template = report_of(played, clock, "minutes")
    html = render_html(report, template)
    assert "<th>Time</th>" in html and "Opening statement (1:30)" in html
    played.save_section_edit(report, "record", "- Opened at 10:00, closed at noon")
    edited = stored_report(repository.db, played.session_id, "minutes", None, clock.now())
    html = render_html(edited, template)
    assert "<th>Time</th>" not in html
    assert "<li>Opened at 10:00, closed at noon</li>" in html


def test_charts_are_embedded_in_html_as_data_uris_and_left_out_of_markdown(played, clock):
    report, template = report_of(played, clock, "igf-workshop")
    html = render_html(report, template, charts={"gender": PNG})
    assert '<img src="data:image/png;base64,' in html and 'alt="Speaking time by gender"' in html
    assert html.count("<img") == 1
    assert "<img" not in render_html(report, template)
    assert "data:image" not in render_markdown(report, template)


def test_markup_in_names_and_notes_is_escaped_in_html_and_literal_in_markdown(played, clock):
    lea = played.snapshot.participant(LEA)
    played.update_participant(LEA, replace(draft_from(lea), name="<script>x</script> *Lea*"))
    played.give_floor(LEA)
    played.add_note("Use <b>bold</b> | pipes # and [links](http://x)", ["key_issue"])
    played.end_intervention()
    report, template = report_of(played, clock, "igf-workshop")
    html = render_html(report, template)
    assert "&lt;script&gt;x&lt;/script&gt; *Lea*" in html
    assert "<script>" not in html and "<b>bold</b>" not in html
    markdown = render_markdown(report, template)
    assert r"\<script\>x\</script\> \*Lea\*" in markdown
    assert r"Use \<b\>bold\</b\> \| pipes \# and \[links\](http://x)" in markdown


@pytest.mark.parametrize(
    ("text", "escaped"),
    [
        ("plain words stay plain", "plain words stay plain"),
        ("*a* _b_ `c` [d] #e <f> g|h \\", r"\*a\* \_b\_ \`c\` \[d\] \#e \<f\> g\|h \\"),
        ("- not a bullet", r"\- not a bullet"),
        ("+ nor this", r"\+ nor this"),
        ("1. nor a numbered item", r"1\. nor a numbered item"),
        ("2024 was a year", "2024 was a year"),
        ("line one\n- line two", "line one\n\\- line two"),
    ],
)
def test_markdown_escaping_keeps_user_text_literal_and_readable(text, escaped):
    assert md_escape(text) == escaped


def test_section_text_bullets_stay_bullets_in_markdown():
    assert (
        md_block("Intro *here*\n- first\n- 2. second\n\nAfter") == "Intro \\*here\\*\n\n- first\n- 2\\. second\n\nAfter"
    )


def test_a_user_folder_named_like_a_builtin_is_refused_never_used_in_its_place(tmp_path, played, clock):
    user_dir = tmp_path / "templates"
    shutil.copytree(builtin_templates_dir() / "igf-short", user_dir / "igf-short")
    manifest = user_dir / "igf-short" / "template.toml"
    manifest.write_text(manifest.read_text(encoding="utf-8").replace("IGF short report", "Our club's notes"), "utf-8")
    template = load_template("igf-short", user_dir)
    assert (template.title, template.builtin) == ("IGF short report", True)
    templates, problems = scan_templates(user_dir)
    assert [(t.name, t.builtin) for t in templates] == [(name, True) for name in BUILTINS]
    assert len(problems) == 1
    message = str(problems[0])
    assert str(user_dir / "igf-short") in message and "has the name of the built-in template 'igf-short'" in message
    assert "rename the folder, for example to 'igf-short-mine'" in message
    assert builtin_clash("igf-short", user_dir) is not None and builtin_clash("minutes", user_dir) is None
    report, _ = report_of(played, clock, "igf-short", user_dir)
    assert "Our club's notes" not in render_markdown(report, template)


def test_a_clash_in_letter_case_alone_is_refused_too(tmp_path):
    user_dir = tmp_path / "templates"
    shutil.copytree(builtin_templates_dir() / "minutes", user_dir / "Minutes")
    with pytest.raises(BuiltinNameClash, match="has the name of the built-in template 'minutes'"):
        load_template("Minutes", user_dir)
    assert [t.name for t in list_templates(user_dir)] == list(BUILTINS)


def test_a_renamed_copy_of_a_builtin_is_used(tmp_path, played, clock):
    user_dir = tmp_path / "templates"
    shutil.copytree(builtin_templates_dir() / "igf-short", user_dir / "igf-short-mine")
    template = load_template("igf-short-mine", user_dir)
    assert (template.builtin, template.folder) == (False, user_dir / "igf-short-mine")
    report, _ = report_of(played, clock, "igf-short-mine", user_dir)
    assert render_markdown(report, template).startswith("# ")


def test_a_new_user_template_is_listed_beside_the_builtins(tmp_path):
    user_dir = tmp_path / "templates"
    shutil.copytree(builtin_templates_dir() / "minutes", user_dir / "board-minutes")
    listed = {t.name: t.builtin for t in list_templates(user_dir)}
    assert listed == {"igf-workshop": True, "igf-short": True, "minutes": True, "board-minutes": False}


def test_broken_toml_in_a_user_template_names_file_and_line_and_spares_the_builtins(tmp_path):
    user_dir = tmp_path / "templates"
    shutil.copytree(builtin_templates_dir() / "minutes", user_dir / "mine")
    (user_dir / "mine" / "template.toml").write_text('title = "Mine"\n\n[[sections]\nkey = "x"\n', "utf-8")
    with pytest.raises(TemplateError) as caught:
        load_template("mine", user_dir)
    message = str(caught.value)
    assert str(user_dir / "mine" / "template.toml") in message and "line 3" in message
    templates, problems = scan_templates(user_dir)
    assert [t.name for t in templates] == list(BUILTINS)
    assert len(problems) == 1 and "mine" in str(problems[0])
    assert load_template("minutes", user_dir).builtin


def test_a_jinja_syntax_error_names_the_file_and_line(tmp_path):
    user_dir = tmp_path / "templates"
    shutil.copytree(builtin_templates_dir() / "igf-short", user_dir / "short")
    (user_dir / "short" / "report.html.j2").write_text("<h1>{{ facts.title }}</h1>\n{% for s in sections %}\n", "utf-8")
    with pytest.raises(TemplateError) as caught:
        load_template("short", user_dir)
    assert str(user_dir / "short" / "report.html.j2") in str(caught.value)
    assert "report template 'short'" in str(caught.value)
    assert "line 2" in str(caught.value) or "line 3" in str(caught.value)


@pytest.mark.parametrize(
    ("manifest", "fragment"),
    [
        ('description = "no title"\n', "needs a title"),
        ('title = "T"\n', "at least one [[sections]]"),
        ('title = "T"\n[[sections]]\nkey = "a"\ntitle = "A"\nsource = "gossip"\n', "source 'gossip' is not known"),
        ('title = "T"\n[[sections]]\nkey = "a"\ntitle = "A"\n[[sections]]\nkey = "a"\ntitle = "B"\n', "used twice"),
        ('title = "T"\n[[sections]]\nkey = "Bad Key"\ntitle = "A"\n', "key 'Bad Key'"),
        (
            'title = "T"\nincludes = ["charts"]\n[[sections]]\nkey = "a"\ntitle = "A"\n',
            "includes must be a list drawn from: attendance_figures, attendance, participation, remote_questions",
        ),
    ],
)
def test_a_manifest_that_does_not_describe_a_template_is_refused_clearly(tmp_path, manifest, fragment):
    folder = tmp_path / "templates" / "odd"
    shutil.copytree(builtin_templates_dir() / "minutes", folder)
    (folder / "template.toml").write_text(manifest, "utf-8")
    with pytest.raises(TemplateError, match=r"template\.toml") as caught:
        load_template("odd", tmp_path / "templates")
    assert fragment in str(caught.value)


def test_a_missing_jinja_file_is_named(tmp_path):
    folder = tmp_path / "templates" / "half"
    shutil.copytree(builtin_templates_dir() / "minutes", folder)
    (folder / "report.md.j2").unlink()
    with pytest.raises(TemplateError, match=r"report\.md\.j2: missing"):
        load_template("half", tmp_path / "templates")


@pytest.mark.parametrize("name", ["nope", "../igf-short", "_shared", ""])
def test_an_unknown_template_lists_the_available_ones(name):
    with pytest.raises(UnknownTemplateError) as caught:
        load_template(name, None)
    assert "available: igf-workshop, igf-short, minutes" in str(caught.value)


def test_export_writes_markdown_atomically_under_a_safe_derived_name(played, clock, tmp_path, repository):
    played.update_session(replace(played.session, title="Data \u200fflows/trust"))
    report = stored_report(repository.db, played.session_id, "igf-short", None, clock.now())
    folder = tmp_path / "exports"
    folder.mkdir()
    written = export_report(report, "md", folder)
    assert written.parent == folder
    assert written.name == "Data flows-trust - igf-short.md"
    assert written.read_text(encoding="utf-8").startswith("# Data \u200fflows/trust")
    assert [p.name for p in folder.iterdir()] == [written.name]  # no temporary file left behind


def test_export_refuses_an_unknown_format(played, clock, tmp_path, repository):
    # A format missing from the build: tests/unit/test_report_formats.py.
    report = stored_report(repository.db, played.session_id, "igf-short", None, clock.now())
    with pytest.raises(ReportFormatError, match="unknown format 'rtf'"):
        export_report(report, "rtf", tmp_path / "r.rtf")
    assert not (tmp_path / "r.rtf").exists()


def test_an_edit_equal_to_the_draft_is_no_edit(played, clock, repository):
    report = stored_report(repository.db, played.session_id, "igf-short", None, clock.now())
    draft = report.section("takeaways").generated_text
    played.save_section_edit(report, "takeaways", "Mine")
    assert stored_report(repository.db, played.session_id, "igf-short", None, clock.now()).section("takeaways").edited
    played.save_section_edit(report, "takeaways", draft + "\n")
    assert (
        not stored_report(repository.db, played.session_id, "igf-short", None, clock.now()).section("takeaways").edited
    )


def test_the_report_engine_loads_no_qt():
    modules = [f"moderator_app.reports.{name}" for name in ("model", "build", "templates", "text")]
    modules.append("moderator_app.services.reports")
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "print(sorted(k for k in sys.modules if k.split('.')[0] in ('PySide6', 'shiboken6')))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


@pytest.mark.parametrize(
    ("line", "includes"),
    [
        ("", ("attendance", "participation", "remote_questions")),  # unsaid: the workshop report's blocks
        ('includes = ["attendance_figures"]\n', ("attendance_figures",)),
        ("includes = []\n", ()),
    ],
)
def test_includes_names_the_word_exports_blocks_and_defaults_to_the_workshops(tmp_path, line, includes):
    folder = tmp_path / "templates" / "mine"
    shutil.copytree(builtin_templates_dir() / "minutes", folder)
    (folder / "template.toml").write_text(f'title = "T"\n{line}[[sections]]\nkey = "a"\ntitle = "A"\n', "utf-8")
    assert load_template("mine", tmp_path / "templates").includes == includes


def test_attendance_figures_are_written_the_reports_way_in_every_format(played, clock):
    """1,250 in English and 1.250 in Spanish, as the Word export writes them, not a bare 1250."""
    template = load_template("minutes", None)
    report = build_report(played.snapshot, template, {}, Attendance(participants_online=1250), clock.now())
    assert "<td>1,250</td>" in render_html(report, template)
    assert "| 1,250 |" in render_markdown(report, template)
    spanish = build_report(
        played.snapshot,
        template,
        {},
        Attendance(participants_online=1250),
        clock.now(),
        language=report_language("es", template),
    )
    assert "<td>1.250</td>" in render_html(spanish, template)
