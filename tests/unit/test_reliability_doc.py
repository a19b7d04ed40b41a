"""docs/reliability.md names the tests that prove each promise: every one it names must exist."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
REFERENCE = re.compile(r"`(tests/[\w/]+\.py)::(\w+)`")


def test_every_test_the_reliability_page_names_exists():
    text = (ROOT / "docs" / "reliability.md").read_text(encoding="utf-8")
    references = REFERENCE.findall(text)
    assert len(references) > 50
    missing = []
    for file, name in references:
        path = ROOT / file
        if not path.is_file():
            missing.append(f"{file} (no such file)")
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names = {node.name for node in ast.walk(tree) if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)}
        if name not in names:
            missing.append(f"{file}::{name}")
    assert missing == []


def test_every_section_says_which_tests_prove_it():
    text = (ROOT / "docs" / "reliability.md").read_text(encoding="utf-8")
    sections = re.split(r"^## ", text, flags=re.M)[1:]
    promises = [s for s in sections if not s.startswith("What is not promised")]
    assert len(promises) >= 10
    assert [s.splitlines()[0] for s in promises if "Tests:" not in s] == []
