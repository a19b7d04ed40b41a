"""The main window's parts ask for what they use, not for the window: none of them imports it.

Counted from the code's own imports, including those under TYPE_CHECKING and inside functions: an
import of the window from a part would put the part and the window in one import circle.
"""

from __future__ import annotations

import ast
from pathlib import Path

from tests import import_graph

PACKAGE = Path(__file__).resolve().parents[2] / "moderator_app"
WINDOW = "moderator_app.ui.window.main_window"
#: Only the app's start builds the window.
BUILDS_THE_WINDOW = {"moderator_app.ui.app"}


def test_no_part_of_the_ui_imports_the_main_window() -> None:
    importers = {edge.source for edge in import_graph.edges(PACKAGE) if edge.target == WINDOW}
    assert BUILDS_THE_WINDOW <= importers  # the graph sees the one import there is
    offenders = sorted(importers - BUILDS_THE_WINDOW)
    assert not offenders, f"type these against a protocol of what they use (ui/window/host.py): {offenders}"


def test_the_window_is_a_plain_main_window_with_no_mixins() -> None:
    tree = ast.parse((PACKAGE / "ui" / "window" / "main_window.py").read_text(encoding="utf-8"))
    window = next(node for node in tree.body if isinstance(node, ast.ClassDef) and node.name == "MainWindow")
    assert [ast.unparse(base) for base in window.bases] == ["QMainWindow"]
