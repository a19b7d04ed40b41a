"""ODT export (LibreOffice, Word) of the report's HTML through QTextDocumentWriter, written atomically.

Same QTextDocument as the PDF (``pdf.build_document``): same fonts, same chart images, which
Qt stores inside the ODT package. Needs a QGuiApplication; imports QtGui only.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QTextDocumentWriter

from moderator_app.reports.atomic import atomic_path
from moderator_app.reports.model import Report
from moderator_app.reports.pdf import build_document


def write_odt(report: Report, html: str, target: Path, charts: dict[str, bytes] | None = None) -> None:
    """Write the report as an OpenDocument text file (.odt), atomically."""
    document = build_document(report, html, charts)
    with atomic_path(Path(target)) as temp:
        writer = QTextDocumentWriter(str(temp), QByteArray(b"odf"))
        if not writer.write(document):
            raise OSError(f"could not write {target}: {writer.device().errorString() if writer.device() else ''}")
        writer.device().close()
        del writer
