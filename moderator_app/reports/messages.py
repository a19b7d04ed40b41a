"""Every fixed English text a built-in report can print: what the report catalogs must translate.

Gathered from the code, not listed by hand, so a new heading cannot slip past the translators:
``_("…")`` in the built-in Jinja files, ``t("…")`` / ``language.t("…")`` calls in the report
writers, the label tables the reports print, and each built-in template's title, section titles
and hints. ``python -m moderator_app.reports.messages es`` prints what the Spanish catalog lacks
(as TOML lines to fill in) and what it holds that no report prints any more.
"""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from collections.abc import Iterable
from pathlib import Path

from moderator_app.reports import language as language_module
from moderator_app.reports.language import CATALOG_FOLDER, LANGUAGES, read_catalog, shared_catalog_dir

_REPORTS_PACKAGE = Path(__file__).parent
#: ``_("text")`` or ``_('text')`` in a Jinja file (the first argument; Jinja strings cannot span lines here).
_JINJA_CALL = re.compile(r"""\b_\(\s*(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)')""")


def _builtin_templates() -> Path:
    return shared_catalog_dir().parent.parent


def _python_calls(path: Path) -> set[str]:
    """First arguments of ``t("…")`` and ``<anything>.t("…")`` calls in a Python file."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        func = node.func
        named_t = (isinstance(func, ast.Name) and func.id == "t") or (
            isinstance(func, ast.Attribute) and func.attr == "t"
        )
        first = node.args[0]
        if named_t and isinstance(first, ast.Constant) and isinstance(first.value, str):
            found.add(first.value)
    return found


def _jinja_calls(text: str) -> set[str]:
    return {(double or single).replace('\\"', '"').replace("\\'", "'") for double, single in _JINJA_CALL.findall(text)}


def _label_tables() -> Iterable[str]:
    from moderator_app.domain.balance import TITLES
    from moderator_app.domain.names import ENGLISH, NOT_STATED
    from moderator_app.domain.rapporteur import GENDER_EXTENT_LABELS
    from moderator_app.reports import text as text_module
    from moderator_app.reports.build import KIND_LABELS, TAG_LABELS
    from moderator_app.reports.charts import CHART_TITLES, REFERENCE_WORDS

    yield NOT_STATED
    yield from ENGLISH.values()
    yield from KIND_LABELS.values()
    yield from TAG_LABELS.values()
    yield from GENDER_EXTENT_LABELS.values()
    yield from CHART_TITLES.values()
    yield from (TITLES[dimension].report_heading for dimension in text_module.TABLE_ORDER)
    for legend, per_row in REFERENCE_WORDS.values():
        yield legend
        yield per_row
    yield from language_module.MONTHS
    yield from language_module.WEEKDAYS
    yield from (language_module.LONG_DATE, language_module.DAY_MONTH_YEAR, language_module.PERCENT)


def shared_messages() -> set[str]:
    """What the shared catalog must translate: the writers' words and the shared Jinja pieces'."""
    messages: set[str] = set(_label_tables())
    for path in sorted(_REPORTS_PACKAGE.glob("*.py")):
        messages |= _python_calls(path)
    for path in sorted((_builtin_templates() / "_shared").glob("*.j2")):
        messages |= _jinja_calls(path.read_text(encoding="utf-8"))
    messages.discard("")
    return messages


def template_messages(folder: Path) -> set[str]:
    """What a template's own catalog must translate: its title, section titles and hints, its Jinja words."""
    manifest = tomllib.loads((folder / "template.toml").read_text(encoding="utf-8"))
    messages = {manifest["title"]}
    for section in manifest.get("sections", []):
        messages.add(section["title"])
        if section.get("hint"):
            messages.add(section["hint"])
    for path in sorted(folder.glob("*.j2")):
        messages |= _jinja_calls(path.read_text(encoding="utf-8"))
    messages.discard("")
    return messages


def builtin_template_folders() -> list[Path]:
    root = _builtin_templates()
    return sorted(p for p in root.iterdir() if p.is_dir() and not p.name.startswith(("_", ".")))


def gaps(code: str) -> dict[Path, tuple[set[str], set[str]]]:
    """Per catalog file of ``code``: (missing messages, messages no report prints).

    A template's own catalog only needs what the shared catalog does not already translate.
    """
    shared_file = shared_catalog_dir() / f"{code}.toml"
    shared = read_catalog(shared_file).words
    needed_shared = shared_messages()
    result = {shared_file: (needed_shared - shared.keys(), shared.keys() - needed_shared)}
    for folder in builtin_template_folders():
        path = folder / CATALOG_FOLDER / f"{code}.toml"
        own = read_catalog(path).words
        needed = template_messages(folder)
        result[path] = (needed - own.keys() - shared.keys(), own.keys() - needed)
    return result


def _toml_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def main(argv: list[str] | None = None) -> int:
    codes = (argv if argv is not None else sys.argv[1:]) or [code for code in LANGUAGES if code != "en"]
    problems = 0
    for code in codes:
        for path, (missing, unused) in gaps(code).items():
            for text in sorted(missing):
                print(f"{path}: missing\n{_toml_string(text)} = {_toml_string('')}")
            for text in sorted(unused):
                print(f"{path}: not printed by any report: {_toml_string(text)}")
            problems += len(missing) + len(unused)
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
