"""The Spanish and French catalogues: up to date with the code, complete, compiled, and faithful to placeholders."""

from __future__ import annotations

import ast
import importlib.util
import re
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from moderator_app.domain.text import ValidationError
from moderator_app.ui.common import errors

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("translations_tool", ROOT / "tools" / "translations.py")
assert _spec is not None and _spec.loader is not None
tool = importlib.util.module_from_spec(_spec)
sys.modules["translations_tool"] = tool
_spec.loader.exec_module(tool)

LANGUAGES = tool.LANGUAGES
PLACEHOLDERS = re.compile(r"%(?:\d|n)|\{\w+(?::[^{}]*)?\}")


def _accelerators(text: str) -> int:
    return len(re.findall(r"&(?!&)\S", text.replace("&&", "")))


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_ts_file_lists_exactly_the_strings_in_the_code(language: str) -> None:
    missing, gone = tool.stale_messages(language)
    assert not missing, f"run `make translations`: new strings not in {language}: {sorted(missing)[:10]}"
    assert not gone, f"run `make translations`: strings no longer in the code: {sorted(gone)[:10]}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated(language: str) -> None:
    todo = tool.unfinished(language)
    assert not todo, f"{len(todo)} unfinished in {language}, e.g. {[(m.context, m.source) for m in todo[:10]]}"


def test_no_string_is_filed_without_a_context() -> None:
    """A bare tr() outside a class lands in context "" where no runtime lookup finds it."""
    empty = [m.source for m in tool.messages(tool.ts_file("es")) if not m.context]
    assert not empty, f"use self.tr() in a class or QCoreApplication.translate(context, …): {empty[:10]}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_placeholders_and_one_accelerator(language: str) -> None:
    problems = []
    for message in tool.messages(tool.ts_file(language)):
        forms = message.translation.split(" | ") if message.numerus else [message.translation]
        for form in forms:
            wanted = sorted(set(PLACEHOLDERS.findall(message.source)) - ({"%n"} if message.numerus else set()))
            got = sorted(set(PLACEHOLDERS.findall(form)) - ({"%n"} if message.numerus else set()))
            if wanted != got:
                problems.append(f"{message.context}: {message.source!r} → {form!r} (placeholders)")
            if _accelerators(message.source) != _accelerators(form):
                problems.append(f"{message.context}: {message.source!r} → {form!r} (accelerator)")
            if message.source.endswith("…") != form.endswith("…"):
                problems.append(f"{message.context}: {message.source!r} → {form!r} (… opens a dialog)")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_shipped_qm_file_is_compiled_from_the_ts_file(language: str, tmp_path: Path) -> None:
    fresh = tmp_path / f"{language}.qm"
    tool.lrelease(tool.ts_file(language), fresh)
    shipped = tool.qm_file(language)
    assert shipped.is_file(), "run `make translations` then `make` to build the .qm files"
    # Compared by what they translate, not byte for byte: another lrelease version may lay bytes out anew.
    loaded = QTranslator(), QTranslator()
    assert loaded[0].load(str(shipped)) and loaded[1].load(str(fresh))
    stale = [
        (m.context, m.source)
        for m in tool.messages(tool.ts_file(language))
        if not m.numerus
        and loaded[0].translate(m.context, m.source, m.comment or None)
        != loaded[1].translate(m.context, m.source, m.comment or None)
    ]
    assert not stale, f"{shipped.name} is older than its .ts (run make): {stale[:5]}"


def _raised_templates() -> set[str]:
    """Every ValidationError message raised in the Qt-free layers the window shows (not importers' row reports)."""
    templates = set()
    package = ROOT / "moderator_app"
    for path in package.rglob("*.py"):
        relative = path.relative_to(package).as_posix()
        if relative.startswith(("ui/", "reports/", "importers/")) or relative in ("app.py", "i18n.py"):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "ValidationError":
                first = node.args[0]
                assert isinstance(first, ast.Constant), (
                    f"{relative}:{node.lineno}: ValidationError takes a plain template and keyword values, "
                    "not an f-string, so the interface can translate it"
                )
                templates.add(first.value)
    return templates


def test_every_console_and_domain_message_is_in_the_error_catalogue() -> None:
    missing = _raised_templates() - set(errors.TEMPLATES)
    assert not missing, f"add to moderator_app/ui/common/errors.py TEMPLATES: {sorted(missing)}"


def test_validation_errors_keep_their_english_text_for_logs_and_the_command_line() -> None:
    error = ValidationError("{label} is too long ({length:,} characters).", label="Name", length=12345)
    assert str(error) == "Name is too long (12,345 characters)."
    assert error.template.startswith("{label}") and error.params["length"] == 12345


@pytest.fixture
def spanish(qapp: QCoreApplication):  # type: ignore[no-untyped-def]
    translator = QTranslator()
    assert translator.load(str(tool.qm_file("es")))
    qapp.installTranslator(translator)
    QLocale.setDefault(QLocale("es"))
    yield
    qapp.removeTranslator(translator)
    QLocale.setDefault(QLocale.system())


def test_a_domain_message_is_shown_translated_with_its_values_in_the_locale(spanish: None) -> None:
    error = ValidationError(
        "{label} is too long ({length:,} characters); shorten it to at most {maximum:,}.",
        label="Name",
        length=12345,
        maximum=200,
    )
    assert errors.error_text(error) == "Nombre es demasiado largo (12.345 caracteres); acórtelo a 200 como máximo."


def test_an_unknown_message_is_shown_as_it_is(spanish: None) -> None:
    assert errors.error_text(ValidationError("Something new")) == "Something new"
    assert errors.error_text(OSError("disk full")) == "disk full"
