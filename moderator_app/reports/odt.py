"""ODT export (LibreOffice, Word) of the report's HTML through QTextDocumentWriter, written atomically.

Same QTextDocument as the PDF (``pdf.build_document``): same fonts, same chart images, which
Qt stores inside the ODT package. Needs a QGuiApplication; imports QtGui only.
"""

from __future__ import annotations

import errno
import zipfile
from pathlib import Path

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QTextDocumentWriter

from moderator_app.reports.atomic import atomic_path, export_failure
from moderator_app.reports.model import Report
from moderator_app.reports.pdf import build_document


def write_odt(report: Report, html: str, target: Path, charts: dict[str, bytes] | None = None) -> None:
    """Write the report as an OpenDocument text file (.odt), atomically."""
    document = build_document(report, html, charts)
    with atomic_path(Path(target)) as temp:
        try:
            writer = QTextDocumentWriter(str(temp), QByteArray(b"odf"))
            if not writer.write(document):
                raise OSError(errno.EIO, writer.device().errorString() if writer.device() else "Qt could not write it")
            writer.device().close()
            del writer
            # An ODT is a zip package: one cut short by a full disk has no directory at its end.
            if temp.stat().st_size == 0 or not zipfile.is_zipfile(temp):
                raise OSError(errno.EIO, "the ODT file came out empty or cut short")
        except OSError as error:
            # Told here, while the cut-off file still fills the disk: afterwards the disk looks fine.
            raise export_failure(error, Path(target)) from error
