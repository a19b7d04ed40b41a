"""The fault suite's figures, printed at the end of the pytest run (also without -s) and on failure."""

from __future__ import annotations

from typing import Any, Protocol


class HasLines(Protocol):
    def lines(self) -> list[str]: ...


#: Filled by the tests in this folder (runner.Figures and others), printed by pytest_terminal_summary.
RESULTS: list[HasLines] = []


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if not RESULTS:
        return
    terminalreporter.section("fault injection figures")
    for figures in RESULTS:
        for line in figures.lines():
            terminalreporter.write_line(line)
