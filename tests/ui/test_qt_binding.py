"""Guards against Qt-binding releases that would crash a live session."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel, QProgressBar


def test_repeated_widget_updates_do_not_leak_references_to_none(qtbot):
    # The timer updates labels ten times a second. A binding that drops one reference
    # to None per call (PySide6 6.12.0 did) aborts the app within minutes on Python 3.11.
    label = QLabel()
    bar = QProgressBar()
    qtbot.addWidget(label)
    qtbot.addWidget(bar)
    label.setText("warm-up")
    before = sys.getrefcount(None)
    for value in range(500):
        label.setText("2:59")
        bar.setValue(value % 100)
    after = sys.getrefcount(None)
    # Immortal None (Python 3.12+) reports a constant count; on 3.11 it must not fall.
    assert after >= before - 5
