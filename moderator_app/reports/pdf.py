"""PDF export and printing of the report's HTML through Qt's text engine (QTextDocument), page by page.

``build_document`` is shared with the ODT writer: one QTextDocument from the template's HTML,
with the bundled fonts as its default and the charts registered as image resources. Chart images
may be referenced as ``image://chart-gender`` / ``image://chart-stakeholder_group`` or embedded as
``data:image/png;base64,…`` URIs (what a browser-ready HTML export carries); data URIs are turned
into resource names before ``setHtml``, since QTextDocument does not reliably load them itself.

Pages are painted by hand (layout.draw per page) so each gets a footer with the session's title
and "Page n of N", and so the text is black on white even when the GUI runs a dark palette.
Needs a QGuiApplication (``charts.ensure_app()`` for headless use); imports QtGui only.
"""

from __future__ import annotations

import base64
import binascii
import errno
import re
from bisect import bisect_left
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QPointF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
    QPen,
    QTextBlock,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
)

from moderator_app.reports.atomic import export_failure
from moderator_app.reports.charts import ensure_app
from moderator_app.reports.fonts import report_font
from moderator_app.reports.language import ENGLISH, ReportLanguage
from moderator_app.reports.model import Report
from moderator_app.reports.templates import data_uri
from moderator_app.system.atomic import atomic_path

CREATOR = "moderator-app"
RESOLUTION_DPI = 300
MARGIN_MM = 15.0
FOOTER_POINT_SIZE = 8.0
#: What stands in a QTextDocument's text for an image (QChar::ObjectReplacementCharacter).
OBJECT_REPLACEMENT = "\ufffc"

#: ``src="data:image/…;base64,…"`` in either quote style; group 2 is the quote, 3 the type, 4 the data.
DATA_URI_SRC = re.compile(r"""(src\s*=\s*)(["'])data:image/([\w.+-]+);base64,([A-Za-z0-9+/=\s]*)\2""", re.IGNORECASE)

#: Tables, headings and lists as QTextDocument understands CSS (a subset: no selectors beyond these).
DEFAULT_STYLE = """
table { border-collapse: collapse; margin-top: 4px; margin-bottom: 8px; }
th, td { padding: 3px 6px; vertical-align: top; }
th { background-color: #e8e8e8; font-weight: bold; }
h1 { font-size: 18pt; margin-bottom: 6px; }
h2 { font-size: 13pt; margin-top: 14px; margin-bottom: 4px; }
h3 { font-size: 11pt; margin-top: 10px; margin-bottom: 2px; }
"""


def chart_url(key: str) -> str:
    """The resource name a template can use for a chart: ``image://chart-gender``."""
    return f"image://chart-{key}"


def _resolve_data_uris(html: str, charts: dict[str, bytes], document: QTextDocument) -> str:
    """Swap data URIs for resource names: a known chart's for its chart, ``image://inline-n`` otherwise.

    The charts as the templates' ``data_uri`` filter writes them are swapped by plain replacement;
    the pattern, which tries every one of the largest report's 900,000 characters, runs only when
    some other data URI is left, as it costs more than the replacing (benchmarks/reports.py times
    the exports).
    """
    for key, png in charts.items():
        html = html.replace(f'src="{data_uri(png)}"', f'src="{chart_url(key)}"')
    if "data:image/" not in html.lower():
        return html
    by_bytes = {png: key for key, png in charts.items()}
    counter = 0

    def replace(match: re.Match[str]) -> str:
        nonlocal counter
        prefix, quote, _kind, data = match.groups()
        try:
            raw = base64.b64decode("".join(data.split()), validate=True)
        except (binascii.Error, ValueError):
            return match.group(0)  # not ours to fix: left as it was, Qt shows a broken image
        key = by_bytes.get(raw)
        if key is not None:
            return f"{prefix}{quote}{chart_url(key)}{quote}"
        counter += 1
        name = f"image://inline-{counter}"
        image = QImage.fromData(raw)
        if image.isNull():
            return match.group(0)
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
        return f"{prefix}{quote}{name}{quote}"

    return DATA_URI_SRC.sub(replace, html)


def build_document(
    report: Report, html: str, charts: dict[str, bytes] | None = None, *, device: QPagedPaintDevice | None = None
) -> QTextDocument:
    """The report's HTML as a QTextDocument with the report font and the charts as image resources.

    With ``device`` (what ``paint_pages`` will paint on) the document is made ready for it as it is
    built, in the order that spares Qt work it would throw away (see ``_ready_for``).
    Makes a QGuiApplication if there is none (headless export); the GUI's own is used as is.
    """
    ensure_app()
    charts = dict(charts or {})
    document = QTextDocument()
    if device is not None:
        document.setDocumentMargin(0)  # set on a document holding text, it starts laying it out again
    document.setDefaultFont(report_font())
    document.setDefaultStyleSheet(DEFAULT_STYLE)
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, report.facts.title)
    for key, png in charts.items():
        image = QImage.fromData(png)
        if image.isNull():
            raise ValueError(f"the chart {key!r} is not an image Qt can read")
        for name in (chart_url(key), f"chart-{key}.png"):
            document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
    document.setHtml(_resolve_data_uris(html, charts, document))
    _single_spaced_images(document)
    if device is not None:
        _ready_for(document, device)
    return document


def _ready_for(document: QTextDocument, device: QPagedPaintDevice) -> None:
    """Make the document ready to be laid out on the device's pages and painted there.

    The device's metrics, no margin of the document's own (the pages have theirs), and each block
    keeps its shaped glyphs for painting. The page size is set last, by ``paint_pages``. Order
    matters (benchmarks/reports.py times the largest report): a margin set on a document holding
    text starts laying it out again, work thrown away; once the device is set, changing a block's
    format (``_single_spaced_images``) lays out everything up to that block, the costliest part of
    an export; with the page size set before the text, Qt's pagination came out wrong (a line left
    across a page's foot).
    """
    _keep_shaped_text(document)
    document.setDocumentMargin(0)
    document.documentLayout().setPaintDevice(device)


def _single_spaced_images(document: QTextDocument) -> None:
    """Give lines holding an image single line height.

    Qt applies a CSS ``line-height: 1.45`` to an image's line too, leaving half a chart's height
    blank under each chart; browsers size such a line by the image alone. An image stands in the
    text as an object replacement character, so only the blocks holding one are looked at (the
    character typed into a note is text, not an image, and leaves its line as it is).
    """
    done: set[int] = set()
    found = document.find(OBJECT_REPLACEMENT)
    while not found.isNull():
        block = found.block()
        if block.blockNumber() not in done:
            done.add(block.blockNumber())
            if _holds_image(block):
                block_format = block.blockFormat()
                block_format.setLineHeight(100, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
                QTextCursor(block).setBlockFormat(block_format)
        found = document.find(OBJECT_REPLACEMENT, found)


def _holds_image(block: QTextBlock) -> bool:
    fragments = block.begin()
    while not fragments.atEnd():
        if fragments.fragment().charFormat().isImageFormat():
            return True
        fragments += 1
    return False


def _keep_shaped_text(document: QTextDocument) -> None:
    """Let each block keep its shaped glyphs once laid out, so painting the pages reuses them.

    QTextLayout drops a block's glyphs after breaking it into lines (an editor's memory saving) and
    shapes the text again when the block is painted: laying out and painting a 267-page report shaped
    its 600,000 characters twice. Kept, they cost memory until the document goes with the export.
    Call before the document is laid out for the pages.
    """
    block = document.begin()
    while block.isValid():
        block.layout().setCacheEnabled(True)
        block = block.next()


@dataclass(frozen=True, slots=True)
class _Line:
    """A laid-out line: where it starts, which block it is in, its place there, where the block ends."""

    top: float
    block: int
    index: int
    block_bottom: float


def _lines(document: QTextDocument) -> list[_Line]:
    """Every laid-out line of text, down the document."""
    layout = document.documentLayout()
    lines: list[_Line] = []
    block = document.begin()
    while block.isValid():
        box = layout.blockBoundingRect(block)
        text_layout = block.layout()
        number = block.blockNumber()
        for n in range(text_layout.lineCount()):
            lines.append(_Line(box.top() + text_layout.lineAt(n).y(), number, n, box.bottom()))
        block = block.next()
    lines.sort(key=lambda line: line.top)
    return lines


def _page_band(lines: list[_Line], tops: list[float], index: int, width: float, height: float) -> QRectF:
    """The band of the document that page ``index`` asks Qt to draw.

    Qt draws each line the band touches and, for glyphs that reach up, the one line above it. Every
    line drawn is written into the page's text layer, even where the page's clip hides it, so a band
    starting at the page's top put the previous page's last line into this page's text a second
    time (search, copy and screen readers met it twice). The band starts where that line above is
    this page's first line: at the second line of a paragraph carried over from the previous page
    (at its end if it has one line here), or just past the previous paragraph. It ends a pixel before
    the next page's first line.
    """
    start, end = index * height, (index + 1) * height
    first = bisect_left(tops, start)
    top = start
    if first < len(lines) and lines[first].top < end:
        line = lines[first]
        if line.index > 0:  # a paragraph carried over: its lines above belong to the previous page
            top = line.block_bottom
            for other in islice(lines, first + 1, None):
                if other.top >= end:
                    break
                if other.block == line.block:
                    top = other.top + 0.5
                    break
        elif first > 0:
            top = max(start, lines[first - 1].block_bottom + 0.5)
    after = bisect_left(tops, end)
    bottom = tops[after] - 1 if after < len(tops) else end
    return QRectF(0, top, width, max(bottom - top, 1.0))


def paint_pages(
    document: QTextDocument, device: QPagedPaintDevice, footer_title: str, language: ReportLanguage = ENGLISH
) -> int:
    """Lay the document out for ``device`` and paint it page by page with a footer; return the page count."""
    if document.documentLayout().paintDevice() is not device or document.documentMargin() != 0:
        _ready_for(document, device)  # not built by build_document(..., device=device)
    footer_font = report_font(FOOTER_POINT_SIZE)
    footer_metrics = QFontMetricsF(footer_font, device)
    footer_height = footer_metrics.height() * 2.5
    page_width = float(device.width())
    body_height = device.height() - footer_height
    document.setPageSize(QSizeF(page_width, body_height))
    pages = document.pageCount()
    lines = _lines(document)
    tops = [line.top for line in lines]

    palette = QPalette()
    # Paper is white whatever the desktop theme: a dark palette would print white text.
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText):
        palette.setColor(role, QColor("black"))
    palette.setColor(QPalette.ColorRole.Base, QColor("white"))

    painter = QPainter()
    if not painter.begin(device):
        raise OSError(
            QCoreApplication.translate("pdf", "Could not start writing the document (is the folder writable?)")
        )
    # Charts go in as they were drawn (Flate, like their PNG), not as Qt's default JPEG: no fringes
    # around the hatching and the small text, less than half the bytes, about the same time.
    painter.setRenderHint(QPainter.RenderHint.LosslessImageRendering)
    try:
        for index in range(pages):
            if index and not device.newPage():
                raise OSError(QCoreApplication.translate("pdf", "Could not start a new page"))
            top = index * body_height
            painter.save()
            painter.translate(0, -top)
            context = QAbstractTextDocumentLayout.PaintContext()
            context.palette = palette
            painter.setClipRect(QRectF(0, top, page_width, body_height))
            context.clip = _page_band(lines, tops, index, page_width, body_height)
            document.documentLayout().draw(painter, context)
            painter.restore()
            number = language.t("Page {page} of {pages}", page=index + 1, pages=pages)
            _paint_footer(painter, footer_title, number, page_width, body_height, footer_height, footer_font)
    finally:
        painter.end()
    return pages


def _paint_footer(
    painter: QPainter,
    title: str,
    number: str,
    width: float,
    body_height: float,
    footer_height: float,
    font: QFont,
) -> None:
    painter.save()
    painter.setFont(font)
    metrics = QFontMetricsF(painter.font(), painter.device())
    rule_y = body_height + footer_height * 0.3
    painter.setPen(QPen(QColor("#888888"), max(1.0, painter.device().logicalDpiY() / 150)))
    painter.drawLine(QPointF(0, rule_y), QPointF(width, rule_y))
    painter.setPen(QColor("#333333"))
    number_width = metrics.horizontalAdvance(number) + metrics.averageCharWidth() * 2
    text_rect = QRectF(0, rule_y, width, body_height + footer_height - rule_y)
    painter.drawText(
        text_rect.adjusted(0, 0, -number_width, 0),
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
        metrics.elidedText(title, Qt.TextElideMode.ElideRight, width - number_width),
    )
    painter.drawText(text_rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, number)
    painter.restore()


def write_pdf(report: Report, html: str, target: Path, charts: dict[str, bytes] | None = None) -> int:
    """Write the report as an A4 PDF at 300 dpi, atomically; return the number of pages."""
    with atomic_path(Path(target)) as temp:
        try:
            writer = QPdfWriter(str(temp))
            writer.setResolution(RESOLUTION_DPI)
            writer.setTitle(report.facts.title)
            writer.setCreator(CREATOR)
            writer.setPageLayout(
                QPageLayout(
                    QPageSize(QPageSize.PageSizeId.A4),
                    QPageLayout.Orientation.Portrait,
                    QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                    QPageLayout.Unit.Millimeter,
                )
            )
            document = build_document(report, html, charts, device=writer)
            pages = paint_pages(document, writer, report.facts.title, report.language)
            del document, writer  # the file is complete once the painter has ended; drop Qt's handle before the move
            _require_whole_pdf(temp)
        except OSError as error:
            # Told here, while the cut-off file still fills the disk: afterwards the disk looks fine.
            raise export_failure(error, Path(target)) from error
    return pages


def _require_whole_pdf(path: Path) -> None:
    """Raise if the PDF does not end with its end-of-file mark: QPdfWriter cuts files short silently."""
    with open(path, "rb") as stream:
        size = stream.seek(0, 2)
        stream.seek(max(0, size - 1024))
        if b"%%EOF" not in stream.read(1024):
            raise OSError(errno.EIO, f"the PDF came out cut short ({size:,} bytes)")


def print_document(
    report: Report, html: str, printer: QPagedPaintDevice, charts: dict[str, bytes] | None = None
) -> int:
    """Print the report on a QPrinter set up by the GUI's print dialog (same pages as the PDF)."""
    for method, value in (("setDocName", report.facts.title), ("setCreator", CREATOR)):
        if hasattr(printer, method):  # QPrinter has both; a plain QPagedPaintDevice has neither
            getattr(printer, method)(value)
    document = build_document(report, html, charts, device=printer)
    return paint_pages(document, printer, report.facts.title, report.language)
