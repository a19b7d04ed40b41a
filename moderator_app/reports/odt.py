"""ODT export (LibreOffice, Word) of the report's HTML through QTextDocumentWriter, written atomically.

Same QTextDocument as the PDF (``pdf.build_document``): same fonts, same chart images, which
Qt stores inside the ODT package. Needs a QGuiApplication; imports QtGui only.
"""

from __future__ import annotations

import errno
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QTextDocumentWriter

from moderator_app.reports.atomic import export_failure
from moderator_app.reports.model import Report
from moderator_app.reports.pdf import build_document
from moderator_app.system.atomic import write_bytes_atomic


def write_odt(report: Report, html: str, target: Path, charts: dict[str, bytes] | None = None) -> None:
    """Write the report as an OpenDocument text file (.odt), atomically."""
    document = build_document(report, html, charts)
    # Written in memory, then to disk by Python: Qt's writer does not notice a full disk when it
    # writes the file itself, and would leave a truncated package that looked like success.
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QTextDocumentWriter(buffer, QByteArray(b"odf"))
    if not writer.write(document):
        raise OSError(errno.EIO, f"could not write {target}: {buffer.errorString() or 'Qt could not write it'}")
    buffer.close()
    try:
        write_bytes_atomic(Path(target), bytes(buffer.data().data()))
    except OSError as error:
        raise export_failure(error, Path(target)) from error
