"""The report window's way out: export to a file (in the background, with a busy bar) and print.

Its words stay in the report window's translation context: it is that window's toolbar and status
bar that the rapporteur sees.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QLabel, QProgressBar, QStatusBar, QWidget

from moderator_app.reports.formats import FORMATS as REPORT_FORMATS
from moderator_app.reports.formats import LABEL_CONTEXT, for_suffix
from moderator_app.reports.formats import find as find_format
from moderator_app.reports.model import Report
from moderator_app.reports.templates import TemplateError
from moderator_app.reports.text import render_html
from moderator_app.services import reports as service
from moderator_app.system.paths import AppPaths
from moderator_app.ui.common import labels, message_box, save_guard
from moderator_app.ui.common.last_folder import REPORT, remember_folder, save_start
from moderator_app.ui.common.settings_file import open_settings
from moderator_app.ui.report.export import ExportRunner

# Written out as translate("ReportWindow", text) at each call so lupdate can extract the strings in
# the report window's context.
translate = QCoreApplication.translate


class OutputHost(Protocol):
    """What export and print use of the report window."""

    report: Report | None
    data_dir: Path
    act_export: QAction
    act_print: QAction

    def save_pending(self) -> None: ...

    def statusBar(self) -> QStatusBar: ...


class ReportOutput:
    """Export and print for one report window; one export at a time, never cut short on close."""

    def __init__(self, host: OutputHost, window: QWidget) -> None:
        self.host = host
        self.window = window
        self.exporter = ExportRunner(window)
        self.label = QLabel(window)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.progress = QProgressBar(window)
        self.progress.setRange(0, 0)  # busy: the writers cannot say how far they are
        self.progress.setMaximumWidth(160)
        self.progress.setAccessibleName(translate("ReportWindow", "Export in progress"))
        for widget in (self.label, self.progress):
            host.statusBar().addPermanentWidget(widget)
            widget.hide()

    def export(self) -> None:
        host = self.host
        host.save_pending()
        report = host.report
        if report is None:
            return
        settings = open_settings(AppPaths(host.data_dir).settings)
        filters = {f.name: f"{translate(LABEL_CONTEXT, f.label)} (*{f.suffix})" for f in REPORT_FORMATS}
        default = REPORT_FORMATS[0]
        suggested = save_start(settings, REPORT, service.default_file_name(report, default.name))
        title = translate("ReportWindow", "Export report")
        name, chosen_filter = QFileDialog.getSaveFileName(
            self.window, title, str(suggested), ";;".join(filters.values())
        )
        if not name:
            return
        remember_folder(settings, REPORT, name)
        fmt = next((f for f, text in filters.items() if text == chosen_filter), default.name)
        chosen = name
        named = for_suffix(Path(name).suffix)
        if named is not None:
            fmt = named.name
        else:
            name += find_format(fmt).suffix
        # The file picked (the database itself, say) as well as the one written (a backup's name + .pdf).
        if any(save_guard.refused(self.window, title, path, host.data_dir) for path in (chosen, name)):
            return
        self._started(fmt)
        self.exporter.start(
            report, fmt, Path(name), finished=self._finished, failed=self._failed, crashed=self._crashed
        )

    def _started(self, fmt: str) -> None:
        """A busy bar and words in the status bar; export and print wait until the file is written."""
        self.host.act_export.setEnabled(False)
        self.host.act_print.setEnabled(False)
        self.label.setText(translate("ReportWindow", "Writing the %1 file…").replace("%1", fmt.upper()))
        self.label.show()
        self.progress.show()

    def _ended(self) -> None:
        self.progress.hide()
        self.label.hide()
        self.host.act_export.setEnabled(True)
        self.host.act_print.setEnabled(True)

    def _finished(self, written: str) -> None:
        self._ended()
        self.host.statusBar().showMessage(
            translate("ReportWindow", "Exported to %1").replace("%1", labels.person(written, 200)), 10_000
        )

    def _failed(self, message: str) -> None:
        self._ended()
        message_box.warning(
            self.window,
            translate("ReportWindow", "Export report"),
            translate("ReportWindow", "The report was not written: %1").replace("%1", message),
        )

    def _crashed(self, error: object) -> None:
        self._ended()
        assert isinstance(error, BaseException)
        sys.excepthook(type(error), error, error.__traceback__)  # the crash dialog, on the GUI thread

    def print_report(self) -> None:
        self.host.save_pending()
        report = self.host.report
        if report is None:
            return
        from moderator_app.reports import charts, pdf

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self.window)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        drawn = charts.charts_for(report)
        try:
            html = render_html(report, report.template, charts=drawn)
        except TemplateError as error:
            message_box.warning(self.window, translate("ReportWindow", "Print report"), str(error))
            return
        pages = pdf.print_document(report, html, printer, drawn)
        self.host.statusBar().showMessage(
            translate("ReportWindow", "Sent %1 page(s) to the printer.").replace("%1", str(pages)), 10_000
        )
