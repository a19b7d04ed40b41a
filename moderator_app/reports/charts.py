"""Participation charts for the report as PNG bytes, painted with QPainter on a QImage (no widgets).

Each chart has one horizontal bar per row (gender, stakeholder group…): the bar's length is that
row's share of substantive speaking time, a black marker shows its share of the people present,
and the figures are written out beside it (m:ss, % of time, % of people). Bars are hatched and the
marker is a shape, so a grey print or a colour-blind reader loses nothing; a legend says in words
what bar and marker mean.

Works headless: QT_QPA_PLATFORM=offscreen plus a QGuiApplication. The GUI already has its
QApplication; the CLI calls ``ensure_app()`` first.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QGuiApplication, QImage, QPainter, QPen, QPolygonF

from moderator_app.domain.formatting import clock_text
from moderator_app.reports.fonts import report_font
from moderator_app.reports.language import ENGLISH, ReportLanguage
from moderator_app.reports.model import Report, StatRow

BAR_FILL = QColor("#9ab8d8")  # light enough to print as a pale grey behind the hatching
BAR_HATCH = QColor("#1f4e79")
MARKER = QColor("#000000")
GRID = QColor("#c8c8c8")
INK = QColor("#1a1a1a")
MUTED = QColor("#555555")
#: Qt's PNG "quality" picks the zlib level (PNG stays lossless). 70, a lighter level than Qt's
#: default, encodes the two charts faster and, on these flat-coloured pictures, smaller: every
#: HTML, PDF, ODT and Word export draws them (benchmarks/reports.py times the exports).
PNG_QUALITY = 70

_app: QGuiApplication | None = None


def ensure_app() -> QGuiApplication:
    """The running QGuiApplication, or a new one for headless use (CLI export, benchmarks).

    The GUI already has its QApplication (a QGuiApplication), which is returned as is. The
    application made here is kept for the life of the process, as Qt expects.
    """
    global _app
    existing = QCoreApplication.instance()
    if isinstance(existing, QGuiApplication):
        return existing
    if existing is not None:
        raise RuntimeError("a QCoreApplication is running; charts and PDF export need a QGuiApplication")
    _app = QGuiApplication(["moderator-app"])
    return _app


def _axis_top(rows: Sequence[StatRow]) -> float:
    """The scale's end: the largest share (time or people) rounded up to the next 10%, at least 10%."""
    largest = max((max(row.share, row.people_share) for row in rows), default=0.0)
    return min(1.0, max(0.1, math.ceil(largest * 10 - 1e-9) / 10))


#: Whose head count the marker shows (ReportStats.reference, the balance's ReferenceSet):
#: the legend's wording and the short words under each row's figures.
REFERENCE_WORDS = {
    "speakers": ("Black marker: share of the speakers (head count), for comparison", "{share} of speakers"),
    "took_floor": ("Black marker: share of those who took the floor (head count)", "{share} of those who spoke"),
    "everyone": ("Black marker: share of the participants listed (head count), for comparison", "{share} of people"),
}


def speaking_time_chart(
    rows: Sequence[StatRow],
    title: str,
    *,
    width: int = 1200,
    height: int | None = None,
    reference: str = "everyone",
    language: ReportLanguage = ENGLISH,
) -> bytes:
    """A PNG of speaking-time share per row with head-count markers; ``height`` defaults to fit the rows.

    ``reference`` says whose head count ``people_share`` is a share of (see REFERENCE_WORDS).
    """
    ensure_app()
    unit = width / 1200  # every length below is for a 1200 px wide chart, scaled
    row_height = 64 * unit
    top_area = 118 * unit
    legend_area = 104 * unit
    if height is None:
        height = math.ceil(top_area + max(1, len(rows)) * row_height + legend_area)

    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.setDotsPerMeterX(7874)  # 200 dpi: about 6 inches across when placed at its natural size
    image.setDotsPerMeterY(7874)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        legend, per_row = REFERENCE_WORDS.get(reference, REFERENCE_WORDS["everyone"])
        words = (language.t(legend), language.t(per_row))
        _paint(painter, rows, title, width, unit, row_height, top_area, words, language)
    finally:
        painter.end()

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # PySide6 takes the format as str at run time though its stubs say bytes.
    if not image.save(buffer, "PNG", PNG_QUALITY):  # type: ignore[call-overload]
        raise RuntimeError("Qt could not encode the chart as PNG")
    buffer.close()
    return bytes(data.data())


def fitted_label(metrics: QFontMetricsF, text: str, width: float, height: float) -> tuple[str, bool]:
    """A bar's label for a ``width`` × ``height`` box: whole on one line, whole on two (True: wrap it),
    or elided with "…" only when even two lines cannot hold it ("Intergovernmental organisation")."""
    if metrics.horizontalAdvance(text) <= width:
        return text, False
    flags = int(Qt.AlignmentFlag.AlignRight) | int(Qt.TextFlag.TextWordWrap)
    wrapped = metrics.boundingRect(QRectF(0, 0, width, 10 * height), flags, text)
    if wrapped.width() <= width + 0.5 and wrapped.height() <= height:
        return text, True
    return metrics.elidedText(text, Qt.TextElideMode.ElideRight, width), False


def _pixel_font(pixels: float, *, bold: bool = False) -> QFont:
    font = report_font(bold=bold)
    font.setPixelSize(max(1, round(pixels)))
    return font


def _paint(
    painter: QPainter,
    rows: Sequence[StatRow],
    title: str,
    width: int,
    unit: float,
    row_height: float,
    top_area: float,
    people_words: tuple[str, str],
    language: ReportLanguage = ENGLISH,
) -> None:
    margin = 24 * unit
    label_font = _pixel_font(24 * unit)
    small_font = _pixel_font(20 * unit)
    title_font = _pixel_font(32 * unit, bold=True)

    painter.setPen(INK)
    painter.setFont(title_font)
    title_rect = QRectF(margin, margin * 0.6, width - 2 * margin, 44 * unit)
    elided = QFontMetricsF(title_font).elidedText(title, Qt.TextElideMode.ElideRight, title_rect.width())
    painter.drawText(title_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, elided)

    # Labels and figures get the room their words need (longer in Spanish or French), within bounds
    # that leave the bars at least half the chart; what still does not fit is elided.
    label_metrics = QFontMetricsF(label_font)
    small_metrics = QFontMetricsF(small_font)
    value_texts = [
        (
            language.t("{clock} · {share} of time", clock=clock_text(row.seconds), share=language.percent(row.share)),
            people_words[1].format(share=language.percent(row.people_share)),
        )
        for row in rows
    ]
    widest_label = max((label_metrics.horizontalAdvance(row.label) for row in rows), default=0.0)
    widest_value = max(
        (max(label_metrics.horizontalAdvance(a), small_metrics.horizontalAdvance(b)) for a, b in value_texts),
        default=0.0,
    )
    label_width = min(max(widest_label + 4 * unit, 0.2 * width), 0.3 * width)
    values_width = min(max(widest_value + 4 * unit, 0.18 * width), 0.28 * width)
    bar_left = margin + label_width + 16 * unit
    bar_right = width - margin - values_width - 16 * unit
    bar_span = bar_right - bar_left
    top = top_area
    bottom = top + max(1, len(rows)) * row_height
    axis_top = _axis_top(rows)
    if not rows:
        painter.setPen(MUTED)
        painter.setFont(label_font)
        painter.drawText(
            QRectF(margin, top - 40 * unit, width - 2 * margin, row_height),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            language.t("No speaking time recorded."),
        )
        return

    # Grid lines and their percentages along the top, every 10% (every 20% past 50%, to stay legible).
    step = 0.1 if axis_top <= 0.5 else 0.2
    painter.setFont(small_font)
    ticks = [i * step for i in range(int(axis_top / step + 1e-9) + 1)]
    if not math.isclose(ticks[-1], axis_top):
        ticks.append(axis_top)
    for tick in ticks:
        x = bar_left + bar_span * tick / axis_top
        painter.setPen(QPen(GRID, max(1.0, unit)))
        painter.drawLine(QPointF(x, top - 6 * unit), QPointF(x, bottom))
        painter.setPen(MUTED)
        painter.drawText(
            QRectF(x - 40 * unit, top - 38 * unit, 80 * unit, 28 * unit),
            Qt.AlignmentFlag.AlignCenter,
            language.percent(tick),
        )

    bar_thickness = 30 * unit
    for index, row in enumerate(rows):
        y = top + index * row_height
        middle = y + row_height / 2
        painter.setFont(label_font)
        painter.setPen(INK)
        label, wrap = fitted_label(label_metrics, row.label, label_width, row_height)
        # Right-aligned against the bars; Qt's layout orders and shapes Arabic text itself.
        painter.drawText(
            QRectF(margin, y, label_width, row_height),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            | (int(Qt.TextFlag.TextWordWrap) if wrap else 0),
            label,
        )

        bar_length = bar_span * min(row.share, axis_top) / axis_top
        bar = QRectF(bar_left, middle - bar_thickness / 2, bar_length, bar_thickness)
        _draw_bar(painter, bar, unit)

        marker_x = bar_left + bar_span * min(row.people_share, axis_top) / axis_top
        _draw_marker(painter, marker_x, middle, bar_thickness, unit)

        values = QRectF(width - margin - values_width, y, values_width, row_height)
        painter.setFont(label_font)
        painter.setPen(INK)
        time_text, people_text = value_texts[index]
        painter.drawText(
            values.adjusted(0, 4 * unit, 0, -row_height / 2),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
            label_metrics.elidedText(time_text, Qt.TextElideMode.ElideRight, values_width),
        )
        painter.setFont(small_font)
        painter.setPen(MUTED)
        painter.drawText(
            values.adjusted(0, row_height / 2, 0, -2 * unit),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
            small_metrics.elidedText(people_text, Qt.TextElideMode.ElideRight, values_width),
        )

    painter.setPen(QPen(INK, max(1.0, 1.5 * unit)))
    painter.drawLine(QPointF(bar_left, top - 6 * unit), QPointF(bar_left, bottom))
    _draw_legend(painter, margin, bottom + 24 * unit, width, unit, small_font, people_words[0], language)


def _draw_bar(painter: QPainter, bar: QRectF, unit: float) -> None:
    if bar.width() <= 0:
        return
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(BAR_FILL)
    painter.drawRect(bar)
    hatch = QBrush(BAR_HATCH, Qt.BrushStyle.BDiagPattern)
    painter.setBrush(hatch)
    painter.drawRect(bar)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(BAR_HATCH, max(1.0, 1.5 * unit)))
    painter.drawRect(bar)


def _draw_marker(painter: QPainter, x: float, middle: float, bar_thickness: float, unit: float) -> None:
    """A black upright line through the bar with a triangle on top: visible on and beside the bar."""
    reach = bar_thickness / 2 + 8 * unit
    painter.setPen(QPen(MARKER, max(2.0, 3 * unit)))
    painter.drawLine(QPointF(x, middle - reach), QPointF(x, middle + reach))
    size = 9 * unit
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(MARKER)
    painter.drawPolygon(
        QPolygonF(
            [
                QPointF(x - size, middle - reach - size * 1.4),
                QPointF(x + size, middle - reach - size * 1.4),
                QPointF(x, middle - reach),
            ]
        )
    )
    painter.setBrush(Qt.BrushStyle.NoBrush)


def _draw_legend(
    painter: QPainter,
    left: float,
    top: float,
    width: int,
    unit: float,
    font: QFont,
    marker_text: str,
    language: ReportLanguage = ENGLISH,
) -> None:
    painter.setFont(font)
    metrics = QFontMetricsF(font)
    line = 34 * unit
    sample = QRectF(left, top + line / 2 - 10 * unit, 46 * unit, 20 * unit)
    _draw_bar(painter, sample, unit)
    painter.setPen(INK)
    text_left = sample.right() + 12 * unit
    room = width - text_left - left
    bar_text = language.t("Bar: share of substantive speaking time (minutes:seconds and % of the total)")
    painter.drawText(
        QRectF(text_left, top, room, line),
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
        metrics.elidedText(bar_text, Qt.TextElideMode.ElideRight, room),
    )
    _draw_marker(painter, sample.center().x(), top + line * 1.5 + 8 * unit, 6 * unit, unit)
    painter.setPen(INK)
    painter.drawText(
        QRectF(text_left, top + line + 8 * unit, room, line),
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
        metrics.elidedText(marker_text, Qt.TextElideMode.ElideRight, room),
    )


CHART_TITLES = {
    "gender": "Speaking time by gender",
    "stakeholder_group": "Speaking time by stakeholder group",
}


def charts_for(report: Report, *, width: int = 1200) -> dict[str, bytes]:
    """The report's two charts as PNG bytes: 'gender' and 'stakeholder_group'."""
    reference, language = report.stats.reference, report.language
    return {
        key: speaking_time_chart(
            rows, language.t(CHART_TITLES[key]), width=width, reference=reference, language=language
        )
        for key, rows in (("gender", report.stats.by_gender), ("stakeholder_group", report.stats.by_stakeholder_group))
    }
