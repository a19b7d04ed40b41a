"""Things that grow are declared once: the balance dimensions (domain/balance.py) are not listed again."""

from __future__ import annotations

import ast
from pathlib import Path

from moderator_app.domain.balance import DIMENSIONS, GROUP_DIMENSIONS, TITLES

PACKAGE = Path(__file__).resolve().parents[2] / "moderator_app"
DIMENSION_VALUES = {d.value for d in DIMENSIONS}
#: The one place each layer names the dimensions: the English titles, and the window's translated ones.
DIMENSION_TABLES = {"domain/balance.py", "ui/common/labels.py"}


def _names_a_dimension(node: ast.AST) -> bool:
    if isinstance(node, ast.Tuple) and node.elts:
        node = node.elts[0]  # ("gender", heading, rows): a row of a table keyed by dimension
    if isinstance(node, ast.Constant):
        return node.value in DIMENSION_VALUES
    return isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "Dimension"


def dimension_lists(tree: ast.AST) -> list[int]:
    """Line numbers of literals (dict, tuple, list, set) made mostly of three or more dimensions.

    "Mostly": a participant's fields include the dimensions' names (gender, region…) among many others.
    """
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Dict):
            entries: list[ast.AST] = [key for key in node.keys if key is not None]
        elif isinstance(node, ast.Tuple | ast.List | ast.Set):
            entries = list(node.elts)
        else:
            continue
        named = sum(_names_a_dimension(entry) for entry in entries)
        if named >= 3 and named >= 0.6 * len(entries):
            found.append(node.lineno)
    return found


def test_no_module_lists_the_balance_dimensions_again():
    copies = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE).as_posix()
        lines = dimension_lists(ast.parse(path.read_text(encoding="utf-8")))
        if lines and relative not in DIMENSION_TABLES:
            copies[relative] = lines
    assert copies == {}, "derive these from domain.balance DIMENSIONS / TITLES instead"


def test_the_guard_finds_a_copy():
    assert dimension_lists(ast.parse('{"gender": 1, "region": 2, "attendance": 3}')) == [1]
    assert dimension_lists(ast.parse('[("gender", "G"), ("region", "R"), ("attendance", "A")]')) == [1]
    assert dimension_lists(ast.parse("(Dimension.GENDER, Dimension.REGION, Dimension.ATTENDANCE)")) == [1]
    assert dimension_lists(ast.parse('("gender", "stakeholder_group")')) == []
    assert dimension_lists(ast.parse('("id", "name", "gender", "region", "attendance", "roles", "country")')) == []


def test_every_dimension_has_its_titles_in_the_command_line_the_reports_and_the_window(qapp):
    from moderator_app.reports.text import TABLE_ORDER
    from moderator_app.ui.common.labels import dimension_titles

    assert set(TITLES) == set(DIMENSIONS)
    assert sorted(TABLE_ORDER) == sorted(GROUP_DIMENSIONS)
    for dimension in DIMENSIONS:
        titles = dimension_titles(dimension)
        assert titles.tab and titles.heading and titles.choice.replace("&", "")
        assert (titles.priority is None) == (dimension not in GROUP_DIMENSIONS)
