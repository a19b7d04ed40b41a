"""A chart's bar label is shown whole: on one line, on two, and elided with "…" only when neither holds it."""

from __future__ import annotations

from PySide6.QtGui import QFontMetricsF

from moderator_app.reports.charts import _pixel_font, fitted_label

ROW_HEIGHT = 64.0  # charts.py's row height at unit 1, for a 24 px label font


def _metrics() -> QFontMetricsF:
    return QFontMetricsF(_pixel_font(24))


def test_a_label_that_fits_stays_on_one_line(qapp):
    assert fitted_label(_metrics(), "Government", 300, ROW_HEIGHT) == ("Government", False)


def test_a_long_label_wraps_whole_onto_two_lines_instead_of_being_cut(qapp):
    text = "Intergovernmental organisations"
    metrics = _metrics()
    width = metrics.horizontalAdvance(text) * 0.7
    assert fitted_label(metrics, text, width, ROW_HEIGHT) == (text, True)


def test_only_what_two_lines_cannot_hold_is_elided(qapp):
    text = "Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichen"  # one word: it cannot wrap
    metrics = _metrics()
    shown, wrap = fitted_label(metrics, text, 200, ROW_HEIGHT)
    assert not wrap and shown.endswith("…") and metrics.horizontalAdvance(shown) <= 200
