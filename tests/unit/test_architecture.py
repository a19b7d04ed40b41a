"""The layers stay apart: no Qt below the UI, and a domain that does no I/O and reads no clock."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

from tests import import_graph

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


@pytest.mark.parametrize("layer", ["ui", "cli"])
def test_the_interface_and_the_command_line_never_import_storage(layer):
    offenders = sorted(
        f"{edge.source}:{edge.line} imports {edge.target}"
        for edge in import_graph.edges(PACKAGE)
        if layer_of(edge.source) == layer and layer_of(edge.target) == "storage"
    )
    assert offenders == []


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


# -- the import graph: no cycles, layers only import downwards ---------------------------------

#: What each layer may import besides itself. The package's own ``__init__`` (name, version, id)
#: is open to every layer. cli/ and ui/ sit side by side on top: they reach the data only through
#: services/, never storage/.
LAYER_MAY_IMPORT = {
    "domain": set(),
    "system": {"domain"},
    "storage": {"domain", "system"},
    "importers": {"domain", "system"},
    "reports": {"domain", "system"},
    "services": {"domain", "system", "storage", "importers", "reports"},
    "sync": {"domain", "system", "services"},
    "ui": {"domain", "system", "importers", "reports", "services", "sync"},
    "cli": {"domain", "system", "importers", "reports", "services", "sync"},
    "__main__": {"cli"},
}
#: The one way up across the top: the command line starts the window when no command is given.
ALLOWED_ACROSS = {("moderator_app.cli.main", "moderator_app.ui.app")}


def layer_of(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


def package_graph() -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {name: set() for name in import_graph.module_files(PACKAGE)}
    for edge in import_graph.edges(PACKAGE):
        graph[edge.source].add(edge.target)
    return graph


def test_the_import_graph_sees_type_checking_function_level_and_relative_imports(tmp_path):
    package = tmp_path / "moderator_app"
    (package / "ui").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "ui" / "__init__.py").write_text("")
    (package / "ui" / "a.py").write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from moderator_app.ui.b import B\n"
    )
    (package / "ui" / "b.py").write_text("def later():\n    from . import c\n")
    (package / "ui" / "c.py").write_text("import importlib\nimportlib.import_module('moderator_app.ui.a')\n")
    found = {(edge.source, edge.target) for edge in import_graph.edges(package)}
    assert found == {
        ("moderator_app.ui.a", "moderator_app.ui.b"),
        ("moderator_app.ui.b", "moderator_app.ui.c"),
        ("moderator_app.ui.c", "moderator_app.ui.a"),
    }
    graph: dict[str, set[str]] = {}
    for source, target in found:
        graph.setdefault(source, set()).add(target)
    assert import_graph.cycles(graph) == [["moderator_app.ui.a", "moderator_app.ui.b", "moderator_app.ui.c"]]


def test_no_module_imports_itself_back_through_others():
    assert import_graph.cycles(package_graph()) == []


def test_every_module_belongs_to_a_layer():
    strays = [name for name in package_graph() if layer_of(name) not in LAYER_MAY_IMPORT and name != "moderator_app"]
    assert strays == []


def test_imports_only_point_down_the_layers():
    wrong = sorted(
        f"{edge.source}:{edge.line} imports {edge.target}"
        for edge in import_graph.edges(PACKAGE)
        if edge.target != "moderator_app"
        and layer_of(edge.target) != layer_of(edge.source)
        and layer_of(edge.target) not in LAYER_MAY_IMPORT[layer_of(edge.source)]
        and (edge.source, edge.target) not in ALLOWED_ACROSS
    )
    assert wrong == []
