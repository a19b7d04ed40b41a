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
    modules += ["moderator_app.services.console", "moderator_app.services.library", "moderator_app.cli.main"]
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        f"print(sorted(k for k in sys.modules if k.split('.')[0] in {sorted(QT_MODULES)!r}))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def imported_modules(path: Path) -> set[str]:
    """Every module a file imports, by its full dotted name (including inside functions and TYPE_CHECKING)."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


#: The three ui/ files that still read storage directly, until their writes go through the console.
STORAGE_IN_UI_FOR_NOW = {"ui/report/window.py", "ui/handlers/imports.py", "ui/window/live_rows.py"}


@pytest.mark.parametrize("layer", ["ui", "cli"])
def test_the_interface_and_the_command_line_never_import_storage(layer):
    offenders = {
        str(path.relative_to(PACKAGE)): sorted(
            name for name in imported_modules(path) if name.startswith("moderator_app.storage")
        )
        for path in python_files(layer)
    }
    found = {path: names for path, names in offenders.items() if names}
    assert set(found) <= STORAGE_IN_UI_FOR_NOW, {p: n for p, n in found.items() if p not in STORAGE_IN_UI_FOR_NOW}


def opens_a_database(path: Path) -> list[str]:
    """The calls in a file that open an SQLite database: open_database(), sqlite3.connect(), Database()."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        if isinstance(func, ast.Name) and func.id in {"open_database", "Database", "connect"}:
            found.append(f"{func.id}() on line {node.lineno}")
        elif isinstance(func, ast.Attribute) and (
            func.attr in {"open_database", "Database"}
            or (func.attr == "connect" and isinstance(func.value, ast.Name) and func.value.id == "sqlite3")
        ):
            found.append(f"{func.attr}() on line {node.lineno}")
    return found


def test_only_storage_and_the_library_open_the_database():
    allowed = [PACKAGE / "storage", PACKAGE / "services"]
    offenders = {
        str(path.relative_to(PACKAGE)): calls
        for path in sorted(PACKAGE.rglob("*.py"))
        if (calls := opens_a_database(path))
        and not path.is_relative_to(allowed[0])
        and not (path.parent == allowed[1] and path.name.startswith("library"))
    }
    assert offenders == {}


def test_the_check_for_opening_sees_every_way_of_opening(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text(
        "import sqlite3\n"
        "from sqlite_utils import Database\n"
        "def later(path):\n"
        "    sqlite3.connect(path)\n"
        "    Database(path)\n"
        "    storage.database.open_database(path)\n"
        "    from moderator_app.storage.database import open_database\n"
        "    open_database(path)\n",
        encoding="utf-8",
    )
    assert len(opens_a_database(sample)) == 4
    assert "moderator_app.storage.database" in imported_modules(sample)
