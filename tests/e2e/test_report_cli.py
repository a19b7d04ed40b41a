"""`moderator-app report` and `templates` run as real subprocesses on a data folder with notes."""

from __future__ import annotations

import importlib.util
import subprocess
import zipfile
from pathlib import Path

import pytest

from moderator_app.paths import AppPaths
from moderator_app.sessions import DEMO_SESSION_ID
from tests.e2e.cli_support import assert_clean_error, run_cli
from tests.support import FakeClock, demo_console

KERRY_ANN = "7c1d2e5a-2017-4c1d-9e1f-100000000001"


def run(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return run_cli(data_dir, *args, headless_by_itself=True)


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo with a short played session and tagged notes, written through the real console."""
    paths = AppPaths(tmp_path_factory.mktemp("report") / "data")
    clock = FakeClock()
    db, console = demo_console(paths.data_dir, clock)
    try:
        console.give_floor(KERRY_ANN)
        clock.advance(30)
        console.end_intervention()
        console.next_speaker()  # Lea
        clock.advance(75)
        console.add_note("Capacity building should follow national demand", ["key_issue", "recommendation"])
        console.add_note("Tom & Jerry <b>said</b> *this*", ["quote"])
        console.end_intervention()
    finally:
        db.close()
    return paths.data_dir


def test_report_writes_markdown_with_the_sessions_content(data_dir, tmp_path):
    target = tmp_path / "report.md"
    result = run(data_dir, "report", DEMO_SESSION_ID, "-o", str(target))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(target)
    text = target.read_text(encoding="utf-8")
    assert text.startswith("# Towards an Inclusive Cybersecurity Capacity Building Approach")
    assert "## Key issues raised" in text
    assert "- Capacity building should follow national demand (Lea Kaspar)" in text
    assert "| Woman | 1:15 | 100% | 1 | 100% |" in text


def test_report_writes_standalone_html_with_a_chosen_template(data_dir, tmp_path):
    target = tmp_path / "minutes.html"
    result = run(data_dir, "report", DEMO_SESSION_ID, "--template", "minutes", "--format", "html", "-o", str(target))
    assert result.returncode == 0, result.stderr
    html = target.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and "<style>" in html
    assert "<h2" in html and "Record of proceedings" in html
    assert "Tom &amp; Jerry &lt;b&gt;said&lt;/b&gt; *this*" in html


def test_templates_lists_the_builtins_with_their_folders(data_dir):
    result = run(data_dir, "templates")
    assert result.returncode == 0, result.stderr
    names = [line.split()[0] for line in result.stdout.splitlines()]
    assert names == ["igf-workshop", "igf-short", "minutes"]
    assert "built-in" in result.stdout and str(Path("templates", "minutes")) in result.stdout
    assert str(data_dir / "templates") in result.stderr


def test_templates_warns_about_a_broken_user_template_and_still_lists_the_rest(tmp_path):
    data = tmp_path / "data"
    broken = data / "templates" / "mine"
    broken.mkdir(parents=True)
    (broken / "template.toml").write_text("title = ", encoding="utf-8")
    result = run(data, "templates")
    assert result.returncode == 0
    assert [line.split()[0] for line in result.stdout.splitlines()] == ["igf-workshop", "igf-short", "minutes"]
    assert "warning: skipped" in result.stderr and "template.toml" in result.stderr


def test_unknown_session_fails_with_one_line(data_dir, tmp_path):
    assert_clean_error(run(data_dir, "report", "no-such-session", "-o", str(tmp_path / "r.md")), "no-such-session")


def test_unknown_template_fails_with_one_line_naming_the_available_ones(data_dir, tmp_path):
    result = run(data_dir, "report", DEMO_SESSION_ID, "--template", "fancy", "-o", str(tmp_path / "r.md"))
    assert_clean_error(result, "'fancy'", "igf-workshop, igf-short, minutes")


@pytest.mark.parametrize("args", [("--format", "rtf"), ()])
def test_unknown_format_fails_with_one_line(data_dir, tmp_path, args):
    result = run(data_dir, "report", DEMO_SESSION_ID, *args, "-o", str(tmp_path / "r.rtf"))
    assert_clean_error(result, "unknown format 'rtf'")
    assert not (tmp_path / "r.rtf").exists()


def test_unwritable_output_fails_with_one_line(data_dir, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    target = blocker / "report.md"  # a folder that is a file
    assert_clean_error(run(data_dir, "report", DEMO_SESSION_ID, "-o", str(target)), "cannot write", str(target))


def _renderer(fmt: str) -> bool:
    return importlib.util.find_spec(f"moderator_app.reports.{fmt}") is not None


@pytest.mark.parametrize(("fmt", "magic"), [("pdf", b"%PDF"), ("docx", b"PK"), ("odt", b"PK")])
def test_binary_formats_are_written_headless(data_dir, tmp_path, fmt, magic):
    if not _renderer(fmt):
        pytest.skip(f"moderator_app/reports/{fmt}.py is not in this build yet")
    target = tmp_path / f"report.{fmt}"
    result = run(data_dir, "report", DEMO_SESSION_ID, "-o", str(target))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(target)
    data = target.read_bytes()
    assert data.startswith(magic)
    if fmt == "docx":
        with zipfile.ZipFile(target) as package:
            assert "Capacity building should follow national demand" in package.read("word/document.xml").decode()
    if fmt == "odt":
        with zipfile.ZipFile(target) as package:
            assert "Capacity building should follow national demand" in package.read("content.xml").decode()
    assert [p.name for p in tmp_path.iterdir()] == [target.name]


def test_report_language_is_chosen_on_the_command_line(data_dir, tmp_path):
    target = tmp_path / "informe.md"
    result = run(data_dir, "report", DEMO_SESSION_ID, "--language", "es", "-o", str(target))
    assert result.returncode == 0, result.stderr
    assert "## Ponentes" in target.read_text(encoding="utf-8")


def test_an_unknown_report_language_fails_with_one_line(data_dir, tmp_path):
    result = run(data_dir, "report", DEMO_SESSION_ID, "--language", "xx", "-o", str(tmp_path / "r.md"))
    assert_clean_error(result, "reports cannot be written in 'xx'")
    assert not (tmp_path / "r.md").exists()


def test_report_language_defaults_to_the_users_locale(data_dir, tmp_path):
    target = tmp_path / "rapport.md"
    result = run_cli(
        data_dir, "report", DEMO_SESSION_ID, "-o", str(target), headless_by_itself=True, lang="fr_FR.UTF-8"
    )
    assert result.returncode == 0, result.stderr
    assert "## Intervenants" in target.read_text(encoding="utf-8")
