"""The main window's parts ask for what they use, not for the window: none of them imports it.

Counted from the code's own imports, including those under TYPE_CHECKING and inside functions: an
import of the window from a part would put the part and the window in one import circle.
"""

from __future__ import annotations

import ast
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "moderator_app" / "ui"
WINDOW = "moderator_app.ui.window.main_window"
#: Only the app's start builds the window.
BUILDS_THE_WINDOW = {UI / "app.py"}


def imports(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def test_no_part_of_the_ui_imports_the_main_window() -> None:
    parts = [path for path in UI.rglob("*.py") if path not in BUILDS_THE_WINDOW and path.stem != "main_window"]
    assert len(parts) > 50
    offenders = sorted(str(path.relative_to(UI)) for path in parts if WINDOW in imports(path))
    assert not offenders, f"type these against a protocol of what they use (ui/window/host.py): {offenders}"


def test_the_window_is_a_plain_main_window_with_no_mixins() -> None:
    tree = ast.parse((UI / "window" / "main_window.py").read_text(encoding="utf-8"))
    window = next(node for node in tree.body if isinstance(node, ast.ClassDef) and node.name == "MainWindow")
    assert [ast.unparse(base) for base in window.bases] == ["QMainWindow"]
