"""The faster PySide6 source check gives PySide6's own answers (it only reads the file more cheaply)."""

from __future__ import annotations

import importlib
import json
import sys

import pytest

from moderator_app.system import qt_startup

feature = sys.modules.get("shibokensupport.feature")


@pytest.mark.skipif(feature is None, reason="this PySide6 has no per-module source check")
def test_same_answers_as_pyside() -> None:
    assert qt_startup.faster_pyside_source_check()
    check = feature._mod_uses_pyside  # type: ignore[union-attr]
    assert getattr(check, "_moderator_app", False)
    # Installing twice keeps one wrapper around PySide6's own check.
    assert qt_startup.faster_pyside_source_check()
    assert feature._mod_uses_pyside is check  # type: ignore[union-attr]
    uses_qt = importlib.import_module("moderator_app.reports.charts")
    plain = importlib.import_module("moderator_app.domain.formatting")
    assert check(uses_qt) is True
    assert check(plain) is False
    assert check(sys) is False  # built in: no file, PySide6's own answer
    assert check(json) is False
