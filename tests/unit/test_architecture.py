"""The layers stay apart: no Qt below the UI, and a domain that does no I/O and reads no clock."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "moderator_app"
QT_FREE_LAYERS = ("domain", "storage", "importers")
QT_MODULES = {"PySide6", "shiboken6"}
IMPURE_FOR_DOMAIN = {"sqlite3", "sqlite_utils", "time", "os"}


def python_files(layer: str) -> list[Path]:
    folder = PACKAGE / layer
    return sorted(folder.rglob("*.py")) if folder.is_dir() else []


def imported_roots(path: Path) -> set[str]:
    """Top-level module names imported anywhere in the file (including inside functions)."""
    roots: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            roots.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            roots.add(node.module.split(".")[0])
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name | ast.Attribute)
            and getattr(node.func, "id", getattr(node.func, "attr", "")) in {"__import__", "import_module"}
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            roots.add(node.args[0].value.split(".")[0])
    return roots


def test_the_qt_free_layers_exist_and_have_code():
    assert python_files("domain")
    assert python_files("storage")


@pytest.mark.parametrize("layer", QT_FREE_LAYERS)
def test_core_layers_never_import_qt(layer):
    offenders = {
        str(path.relative_to(PACKAGE)): sorted(imported_roots(path) & QT_MODULES) for path in python_files(layer)
    }
    assert {path: names for path, names in offenders.items() if names} == {}


def test_domain_does_no_io_and_reads_no_clock():
    offenders = {
        str(path.relative_to(PACKAGE)): sorted(imported_roots(path) & IMPURE_FOR_DOMAIN)
        for path in python_files("domain")
    }
    assert {path: names for path, names in offenders.items() if names} == {}


def test_the_import_check_itself_sees_every_import_form(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text(
        "import os.path\n"
        "from PySide6.QtCore import QObject\n"
        "def later():\n"
        "    import shiboken6\n"
        "    from time import monotonic\n"
        "    __import__('sqlite3')\n"
        "from . import sibling\n",
        encoding="utf-8",
    )
    assert imported_roots(sample) == {"os", "PySide6", "shiboken6", "time", "sqlite3"}


def test_importing_the_core_does_not_load_qt_indirectly():
    modules = [
        "moderator_app." + ".".join(path.relative_to(PACKAGE).with_suffix("").parts)
        for layer in QT_FREE_LAYERS
        for path in python_files(layer)
        if path.name != "__init__.py"
    ]
    modules += ["moderator_app.services.console", "moderator_app.services.sessions", "moderator_app.cli.main"]
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        f"print(sorted(k for k in sys.modules if k.split('.')[0] in {sorted(QT_MODULES)!r}))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
