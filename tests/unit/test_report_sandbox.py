"""Report templates run sandboxed: known escape payloads fail with a clear template error, nothing runs."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import jinja2
import pytest

from moderator_app.domain.rapporteur import Attendance
from moderator_app.reports import sandbox
from moderator_app.reports.build import build_report
from moderator_app.reports.language import LANGUAGES, ReportLanguageError, fill_fields, report_language
from moderator_app.reports.templates import (
    FILTERS,
    TemplateError,
    _autoescape,
    builtin_templates_dir,
    load_template,
)
from moderator_app.reports.text import render_html, render_markdown

BUILTINS = ("igf-workshop", "igf-short", "minutes")
PNG = b"\x89PNG\r\n\x1a\n-not-really-a-chart"


def user_template(tmp_path: Path, body: str, *, name: str = "shared-by-a-colleague") -> tuple[Path, Path]:
    """A user's template (a copy of the minutes) whose Markdown file is ``body`` after one line of text."""
    user_dir = tmp_path / "templates"
    shutil.copytree(builtin_templates_dir() / "minutes", user_dir / name)
    (user_dir / name / "report.md.j2").write_text("# {{ facts.title | md }}\n" + body + "\n", encoding="utf-8")
    return user_dir, user_dir / name / "report.md.j2"


def render_user_markdown(console, clock, user_dir: Path, name: str = "shared-by-a-colleague") -> str:
    template = load_template(name, user_dir)
    report = build_report(console.snapshot, template, {}, Attendance(), clock.now())
    return render_markdown(report, template)


def marker_payloads(marker: Path) -> list[tuple[str, str]]:
    command = f"touch {marker}"
    return [
        (f"{{{{ cycler.__init__.__globals__.os.popen('{command}').read() }}}}", "'cycler' is undefined"),
        (f"{{{{ joiner.__init__.__globals__.os.system('{command}') }}}}", "'joiner' is undefined"),
        (f"{{{{ lipsum.__globals__['os'].popen('{command}').read() }}}}", "'lipsum' is undefined"),
        (f"{{{{ namespace.__init__.__globals__.os.system('{command}') }}}}", "'namespace' is undefined"),
        (
            "{% for c in ''.__class__.__mro__[1].__subclasses__() %}{% if c.__name__ == 'Popen' %}"
            f"{{{{ c('{command}', shell=True) }}}}{{% endif %}}{{% endfor %}}",
            "cannot read '__class__' of a str value",
        ),
        (f"{{{{ self._TemplateReference__context.cycler.__init__.__globals__.os.system('{command}') }}}}", "read"),
        (f"{{{{ request.application.__globals__.__builtins__.__import__('os').popen('{command}') }}}}", "'request'"),
        (f"{{{{ config.__class__.__init__.__globals__['os'].popen('{command}') }}}}", "'config' is undefined"),
        (f"{{{{ _.__globals__['os'].system('{command}') }}}}", "cannot read '__globals__'"),
        (f"{{{{ report.section.__func__.__globals__['os'].system('{command}') }}}}", "cannot read '__func__'"),
    ]


def test_known_escape_payloads_fail_with_a_template_error_and_run_nothing(console, clock, tmp_path):
    marker = tmp_path / "ran"
    for number, (payload, fragment) in enumerate(marker_payloads(marker)):
        user_dir, file = user_template(tmp_path / str(number), payload)
        with pytest.raises(TemplateError) as caught:
            render_user_markdown(console, clock, user_dir)
        message = str(caught.value)
        assert message.startswith(f"report template 'shared-by-a-colleague': {file}"), message
        assert fragment in message, (payload, message)
        assert "\n" not in message
        assert not marker.exists(), payload


@pytest.mark.parametrize(
    ("payload", "fragment"),
    [
        ("{{ '{0.__class__.__init__.__globals__}'.format(facts) }}", "str.format is not available"),
        ("{{ 'x'.format_map }}", "str.format is not available"),
        ("{{ '%s' | format(facts) }}", "No filter named 'format'"),
        ("{{ _('{x.__class__.__init__.__globals__}', x=facts) }}", "only plain fields"),
        ("{{ _('{x:>999999999}', x=facts.title) }}", "only plain fields"),
        ("{{ facts.title | attr('__class__') }}", "No filter named 'attr'"),
        ("{{ sections | map('attr', '__class__') | list }}", "No filter named 'attr'"),
        ("{{ sections | map(attribute='__class__') | list }}", "cannot read '__class__'"),
        ("{{ sections | map('pprint') | list }}", "No filter named 'pprint'"),
        ("{{ template.folder.read_text() }}", "cannot read 'read_text'"),
        ("{{ template.folder.joinpath('x').write_text('owned') }}", "cannot read 'joinpath'"),
        ("{% set seen = [] %}{{ seen.append(1) }}", "cannot read 'append'"),
        ("{{ language.catalog }}", "cannot read 'catalog'"),
        ("{{ range(3) | list }}", "'range' is undefined"),
        ("{{ dict(a=1) }}", "'dict' is undefined"),
    ],
)
def test_format_strings_filters_and_objects_cannot_reach_python(console, clock, tmp_path, payload, fragment):
    user_dir, file = user_template(tmp_path, payload)
    with pytest.raises(TemplateError) as caught:
        render_user_markdown(console, clock, user_dir)
    assert fragment in str(caught.value)
    assert f"{file}, line 2" in str(caught.value)


@pytest.mark.parametrize(
    ("payload", "fragment"),
    [
        ("{{ 'a' * 10**9 }}", "repeats a text or list 1,000,000,000 times"),
        ("{{ [1] * 10**8 }}", "repeats a text or list"),
        ("{{ 7 ** 100000 }}", "too large for a report"),
        ("{{ (10 ** 1000) * (10 ** 1000) }}", "too large for a report"),
        ("{{ '%999999999d' % 1 }}", "wider than 1000"),
        ("{{ '%*d' % (999999999, 1) }}", "wider than 1000"),
        (
            "{% macro grow(s, n) %}{% if n %}{{ grow(s ~ s, n - 1) }}{% else %}{{ s | length }}{% endif %}"
            "{% endmacro %}{{ grow('ab', 60) }}",
            "longer than 20,000,000 characters",
        ),
        (
            "{% macro grow(s, n) %}{% if n %}{{ grow(s + s, n - 1) }}{% else %}{{ s | length }}{% endif %}"
            "{% endmacro %}{{ grow('ab', 60) }}",
            "longer than 20,000,000 characters",
        ),
        ("{{ facts.title" + " | replace('', '0123456789')" * 8 + " | length }}", "longer than 20,000,000"),
        ("{% macro again() %}{{ again() }}{% endmacro %}{{ again() }}", "a macro calls itself without end"),
    ],
)
def test_templates_cannot_exhaust_memory(console, clock, tmp_path, payload, fragment):
    user_dir, file = user_template(tmp_path, payload)
    with pytest.raises(TemplateError) as caught:
        render_user_markdown(console, clock, user_dir)
    assert fragment in str(caught.value)
    assert str(file) in str(caught.value)


@pytest.mark.parametrize(
    "payload",
    [
        # Each piece is allowed; what the macro builds in memory before returning is what is too much.
        "{% set big = 'x' * 10**7 %}{% macro grow() %}{% for a in facts.title %}{% for b in facts.title %}"
        "{{ big }}{% endfor %}{% endfor %}{% endmacro %}{{ grow() | length }}",
        "{% set block %}{% for a in facts.title %}{% for b in facts.title %}{% for c in facts.title %}"
        + "literal text " * 200
        + "{% endfor %}{% endfor %}{% endfor %}{% endset %}{{ block | length }}",
    ],
)
def test_what_macros_and_set_blocks_print_in_memory_is_bounded_too(console, clock, tmp_path, payload):
    user_dir, _ = user_template(tmp_path, payload)
    with pytest.raises(TemplateError, match="prints more than 100,000,000 characters"):
        render_user_markdown(console, clock, user_dir)


@pytest.mark.parametrize(
    "payload",
    [
        "{% for a in facts.title %}{% for b in facts.title %}{% for c in facts.title %}{% endfor %}{% endfor %}"
        "{% endfor %}",
        "{% macro fan(n) %}{% if n %}{{ fan(n - 1) }}{{ fan(n - 1) }}{% endif %}{% endmacro %}{{ fan(40) }}",
    ],
)
def test_loops_and_calls_share_one_budget_per_render(console, clock, tmp_path, monkeypatch, payload):
    user_dir, _ = user_template(tmp_path, payload)
    monkeypatch.setattr(sandbox, "MAX_STEPS", 5_000)
    with pytest.raises(TemplateError, match="does too much work"):
        render_user_markdown(console, clock, user_dir)
    # The budget is per render: the built-in reports need far less than the real one.
    monkeypatch.setattr(sandbox, "MAX_STEPS", 5_000_000)
    template = load_template("minutes", None)
    report = build_report(console.snapshot, template, {}, Attendance(), clock.now())
    assert render_markdown(report, template).startswith("# ")


def test_what_the_documentation_offers_templates_still_works(console, clock, tmp_path):
    body = "\n".join(
        [
            "{% import '_shared/macros.md.j2' as m with context %}",
            "{{ m.speakers_table(facts.speakers) }}",
            "{% for s in sections %}{{ loop.index }}. {{ s.title | upper }} {{ s.text.strip() | length }}{% endfor %}",
            "{{ section_by_key.get('record').key }} {{ report.section('actions').title | md }}",
            "{{ language.code }} {{ language.name }} {{ generated_at.strftime('%Y') }} {{ generated_at.year }}",
            "{{ _('{count} turns', count=stats.interventions) }} {{ stats.total_seconds | mss }} {{ 0.5 | pct }}",
            "{{ facts.tags | map('md') | join(', ') }} {{ (facts.title ~ '!') | lower }} {{ '%05.1f' % 3.14159 }}",
            "{{ [3, 1, 2] | sort | join('-') }} {{ sections | map(attribute='key') | join(',') }} {{ 2 ** 10 }}",
        ]
    )
    user_dir, _ = user_template(tmp_path, body)
    text = render_user_markdown(console, clock, user_dir)
    assert "1. RECORD OF PROCEEDINGS" in text
    assert "record Actions" in text or "record Action" in text
    assert "en English " in text and f"{clock.now().wall.year}" in text
    assert "1-2-3 record,actions,other 1024" in text
    assert "003.1" in text


def test_an_include_through_a_link_out_of_the_folder_is_refused(console, clock, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("the key to everything", encoding="utf-8")
    user_dir, _ = user_template(tmp_path, "{% include 'notes.txt' %}")
    try:
        os.symlink(secret, user_dir / "shared-by-a-colleague" / "notes.txt")
    except OSError:
        if sys.platform != "win32":
            raise  # POSIX always allows links: a failure here is a real one
        pytest.skip("Windows makes symbolic links only in Developer Mode or for an administrator")
    with pytest.raises(TemplateError, match="leads outside the template's folder") as caught:
        render_user_markdown(console, clock, user_dir)
    assert "the key to everything" not in str(caught.value)


def plain_environment(template) -> jinja2.Environment:
    """What reports were rendered with before the sandbox: the reference for the built-ins' output."""
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader([str(template.folder), str(builtin_templates_dir())]),
        autoescape=_autoescape,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    environment.filters.update(FILTERS)
    return environment


@pytest.mark.parametrize("name", BUILTINS)
def test_the_builtins_render_exactly_as_without_the_sandbox(console, clock, name):
    template = load_template(name, None)
    reference = plain_environment(template)
    for code in LANGUAGES:
        report = build_report(
            console.snapshot,
            template,
            {},
            Attendance(participants_onsite=35, women=14, gender_summary="Some *talk*"),
            clock.now(),
            language=report_language(code, template),
        )
        charts = {"gender": PNG, "stakeholder_group": PNG}
        assert render_markdown(report, template) == render_markdown(report, template, reference)
        assert render_html(report, template, charts=charts) == render_html(report, template, reference, charts)


def test_fields_are_filled_by_name_only():
    assert fill_fields("{count} of {total} {{braces}}", {"count": 2, "total": 3}) == "2 of 3 {braces}"
    for text in ("{x.__class__}", "{x[0]}", "{x!r}", "{x:>99}", "{0}"):
        with pytest.raises(ReportLanguageError, match="only plain fields"):
            fill_fields(text, {"x": "value", "0": "value"})
    with pytest.raises(ReportLanguageError, match="not given a value"):
        fill_fields("{missing}", {})
