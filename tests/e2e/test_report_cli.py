"""`moderator-app report` and `templates` run as real subprocesses on a data folder with notes."""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from moderator_app.reports.templates import builtin_templates_dir
from moderator_app.services.sessions import DEMO_SESSION_ID
from moderator_app.system.paths import AppPaths
from tests.e2e.cli_support import assert_clean_error, run_cli
from tests.support import FakeClock, demo_console, mount_small_tmpfs

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


@pytest.mark.parametrize(("fmt", "magic"), [("pdf", b"%PDF"), ("docx", b"PK"), ("odt", b"PK")])
def test_binary_formats_are_written_headless(data_dir, tmp_path, fmt, magic):
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


def _user_template(data_dir: Path, name: str, html: str) -> Path:
    folder = data_dir / "templates" / name
    shutil.copytree(builtin_templates_dir() / "igf-short", folder)
    (folder / "report.html.j2").write_text(html, encoding="utf-8")
    return folder


@pytest.mark.parametrize(
    ("html", "fragments"),
    [
        ("<h1>{{ facts.title }}</h1>\n{% include 'footer.html' %}\n", ["line 2: includes 'footer.html'"]),
        ("<h1>{{ facts.title }}</h1>\n{{ cycler.__init__.__globals__.os.popen('id').read() }}\n", ["line 2", "cycler"]),
        ("<h1>{{ facts.title }}</h1>\n{{ ''.__class__.__mro__ }}\n", ["line 2", "cannot read '__class__'"]),
        ("<h1>{{ facts.title }}</h1>\n{{ facts.nope }}\n", ["line 2", "has no attribute 'nope'"]),
        ("<h1>{{ facts.title }</h1>\n", ["line 1", "unexpected '}'"]),
    ],
)
def test_a_template_error_is_one_line_naming_the_template_and_the_problem(data_dir, tmp_path, html, fragments):
    folder = _user_template(data_dir, "shared", html)
    try:
        target = tmp_path / "r.html"
        result = run(data_dir, "report", DEMO_SESSION_ID, "--template", "shared", "-o", str(target))
        assert_clean_error(result, "report template 'shared'", str(folder / "report.html.j2"), *fragments)
        assert "cannot write" not in result.stderr
        assert not target.exists()
    finally:
        shutil.rmtree(data_dir / "templates")


def test_a_user_folder_named_like_a_builtin_is_not_used_and_the_commands_say_so(data_dir, tmp_path):
    folder = _user_template(data_dir, "igf-short", "{{ cycler.__init__.__globals__.os.popen('id').read() }}")
    try:
        listed = run(data_dir, "templates")
        assert [line.split()[1] for line in listed.stdout.splitlines()] == ["built-in"] * 3
        assert "warning: skipped" in listed.stderr
        assert "has the name of the built-in template 'igf-short'" in listed.stderr
        target = tmp_path / "short.md"
        result = run(data_dir, "report", DEMO_SESSION_ID, "--template", "igf-short", "-o", str(target))
        assert result.returncode == 0, result.stderr
        warning = result.stderr.strip().splitlines()
        assert len(warning) == 1 and warning[0].startswith("moderator-app: warning: ")
        assert str(folder) in warning[0] and "rename the folder" in warning[0]
        assert target.read_text(encoding="utf-8").startswith("# Towards an Inclusive")
    finally:
        shutil.rmtree(data_dir / "templates")


def test_a_full_disk_is_named_as_such(data_dir, tmp_path):
    tiny = tmp_path / "tiny"
    tiny.mkdir()
    mount_small_tmpfs(tiny, "16k")
    try:
        target = tiny / "report.pdf"
        result = run(data_dir, "report", DEMO_SESSION_ID, "-o", str(target))  # charts and all: more than 16 KiB
        assert_clean_error(result, f"cannot write {target}: the disk is full. Free some space")
        assert list(tiny.iterdir()) == []
    finally:
        subprocess.run(["umount", str(tiny)], check=False)
