"""The rapporteur's view: a draft report prefilled from the session, edited in place, exported or printed."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from itertools import pairwise
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from moderator_app.domain.changes import ATTENDANCE_ID, Change, Part
from moderator_app.domain.rapporteur import Attendance
from moderator_app.reports.language import LANGUAGES as REPORT_LANGUAGES
from moderator_app.reports.language import ReportLanguageError, language_for_locale
from moderator_app.reports.model import Report
from moderator_app.reports.templates import TemplateError, user_templates_dir
from moderator_app.reports.text import render_html
from moderator_app.services.console import SessionConsole
from moderator_app.services.console_report import section_id
from moderator_app.services.errors import StorageError
from moderator_app.ui.bridge import ConsoleBridge
from moderator_app.ui.common import message_box
from moderator_app.ui.report.attendance import AttendanceForm
from moderator_app.ui.report.editor_text import show_text
from moderator_app.ui.report.output import ReportOutput
from moderator_app.ui.report.templates import fill_template_list

ATTENDANCE_KEY = "__attendance__"
SAVE_AFTER_MS = 600


# Written out as translate(context, text) at each call so lupdate can extract the strings.
translate = QCoreApplication.translate


class ReportWindow(QMainWindow):
    """Sections on the left, the one being written in the middle, the report as it will look on the right.

    Every keystroke is saved shortly after typing stops (and when switching section or closing):
    nothing the rapporteur writes is held only in the window. Refreshing from the session never
    overwrites their words; a section whose draft has moved on since they edited it says so and
    shows the fresh draft beside theirs.

    A co-rapporteur may write the same section from another laptop. The window remembers the text
    it last loaded or saved for the section (its base); a save is merged with what the section
    holds by then (console_report.py), and the editor shows the merged text. Told of each change by
    ``bridge``, it shows the other laptop's text as it arrives while nothing typed here is unsaved.
    """

    def __init__(
        self,
        console: SessionConsole,
        data_dir: Path,
        parent: QWidget | None = None,
        *,
        bridge: ConsoleBridge | None = None,
    ) -> None:
        super().__init__(parent)
        self.console = console
        self._bridge = bridge
        self.data_dir = data_dir
        self.user_templates = user_templates_dir(data_dir)
        self.data_dir = data_dir  # its settings.ini keeps the folder last exported to (last_folder.py)
        self.report: Report | None = None
        self.current_key: str | None = None
        self._loading = False
        self._dirty = False
        # The section's text as last loaded or saved: what the text being typed was written against.
        self._base: str | None = None
        # True while this window's own write is being committed (its change is not another laptop's).
        self._writing = False
        # Why this laptop may not write the report (set_refusal), or None.
        self._refusal: str | None = None
        self.setWindowTitle(self.tr("Rapporteur's report — %1").replace("%1", console.session.title))
        self.resize(1400, 900)
        self.save_timer = QTimer(self)
        self.save_timer.setSingleShot(True)
        self.save_timer.setInterval(SAVE_AFTER_MS)
        self.save_timer.timeout.connect(self.save_pending)
        self._build_toolbar()
        self._build_body()
        self.statusBar().showMessage(self.tr("Your edits are saved as you type."))
        self._build_export_progress()
        self.reload()
        if bridge is not None:
            bridge.changed.connect(self.follow)

    # -- construction -------------------------------------------------------------------
    def _build_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Report"), self)
        toolbar.setObjectName("reportToolbar")
        self.addToolBar(toolbar)
        self.template_combo = QComboBox(self)
        self.template_combo.setAccessibleName(self.tr("Report template"))
        self.template_combo.setAccessibleDescription(self.tr("Which report to draft: its sections and layout"))
        fill_template_list(self.template_combo, self.user_templates)
        self.template_combo.currentIndexChanged.connect(lambda _i: self.reload())
        toolbar.addWidget(QLabel(self.tr(" Template: "), self))
        toolbar.addWidget(self.template_combo)
        self.language_combo = QComboBox(self)
        self.language_combo.setAccessibleName(self.tr("Report language"))
        self.language_combo.setAccessibleDescription(
            self.tr("The language the report's headings and labels are written in; it can differ from the window's.")
        )
        for code, name in REPORT_LANGUAGES.items():
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(language_for_locale(QLocale().name()))))
        self.language_combo.currentIndexChanged.connect(lambda _i: self.reload())
        toolbar.addWidget(QLabel(self.tr(" Language: "), self))
        toolbar.addWidget(self.language_combo)
        self.act_refresh = self._action(toolbar, self.tr("&Refresh from the session"), self.reload, "F5")
        self.act_export = self._action(toolbar, self.tr("&Export…"), self.export, "Ctrl+E")
        self.act_print = self._action(toolbar, self.tr("&Print…"), self.print_report, "Ctrl+P")
        self.act_close = self._action(None, self.tr("&Close"), self.close, "Ctrl+W")

    def _build_export_progress(self) -> None:
        """Export and print, and the busy bar shown while an export runs in the background."""
        self.output = ReportOutput(self, self)
        self.exporter = self.output.exporter
        self.export_label, self.export_progress = self.output.label, self.output.progress

    def _action(self, toolbar: QToolBar | None, text: str, slot: Callable[[], object], keys: str) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(keys))
        action.setToolTip(f"{text.replace('&', '')} ({keys})")
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        if toolbar is not None:
            toolbar.addAction(action)
            button = toolbar.widgetForAction(action)
            if button is not None:
                button.setAccessibleName(text.replace("&", "").replace("…", ""))
        return action

    def _build_body(self) -> None:
        self.section_list = QListWidget(self)
        self.section_list.setAccessibleName(self.tr("Report sections"))
        self.section_list.setAccessibleDescription(self.tr("The report's sections; choose one to edit it"))
        self.section_list.currentItemChanged.connect(self._section_chosen)
        # Long titles and their marks wrap onto a second line instead of ending in "…".
        self.section_list.setWordWrap(True)
        self.section_list.setResizeMode(QListView.ResizeMode.Adjust)
        self.section_title = QLabel(self)
        self.section_title.setTextFormat(Qt.TextFormat.PlainText)
        self.section_title.setStyleSheet("font-size: 18px; font-weight: bold;")
        self.section_hint = QLabel(self)
        self.section_hint.setTextFormat(Qt.TextFormat.PlainText)
        self.section_hint.setWordWrap(True)
        self.editor = QPlainTextEdit(self)
        self.editor.setAccessibleName(self.tr("Section text"))
        self.editor.setAccessibleDescription(self.tr("Your text for this section, saved as you type"))
        self.editor.setPlaceholderText(self.tr("Write this section here. Lines starting with “- ” become bullets."))
        self.editor.textChanged.connect(self._text_changed)
        # Tab moves on to the buttons (a tab character would also turn the section into "your text").
        self.editor.setTabChangesFocus(True)
        self.stale_box = QGroupBox(self.tr("⚠ The session has changed since you edited this section"), self)
        self.fresh_text = QPlainTextEdit(self)
        self.fresh_text.setReadOnly(True)
        self.fresh_text.setTabChangesFocus(True)
        self.fresh_text.setAccessibleName(self.tr("Fresh draft from the session"))
        self.fresh_text.setAccessibleDescription(self.tr("What the draft says now, from the session as it stands"))
        # Alt+R, Alt+F and Alt+K choose from the keyboard too; Tab reaches each button.
        self.use_fresh = QPushButton(self.tr("&Replace my text with the fresh draft"), self)
        self.use_fresh.setAccessibleName(self.use_fresh.text().replace("&", ""))
        self.use_fresh.setAccessibleDescription(self.tr("Replace your text of this section with the fresh draft"))
        self.use_fresh.clicked.connect(self._use_fresh_draft)
        self.reset_button = QPushButton(self.tr("&Follow the session again (drop my edit)"), self)
        self.reset_button.setAccessibleName(self.reset_button.text().replace("&", ""))
        self.reset_button.setAccessibleDescription(
            self.tr("Drop your edit so that the section follows the session again")
        )
        self.reset_button.clicked.connect(self._use_fresh_draft)
        stale_layout = QVBoxLayout(self.stale_box)
        stale_layout.addWidget(
            QLabel(self.tr("Fresh draft from the session (your text is kept until you choose):"), self)
        )
        stale_layout.addWidget(self.fresh_text)
        self.keep_mine = QPushButton(self.tr("&Keep my text (I have seen the new material)"), self)
        self.keep_mine.setAccessibleName(self.keep_mine.text().replace("&", ""))
        self.keep_mine.setAccessibleDescription(self.tr("Keep your text and stop pointing out this change"))
        self.keep_mine.clicked.connect(self._keep_mine)
        stale_buttons = QHBoxLayout()
        stale_buttons.addWidget(self.use_fresh)
        stale_buttons.addWidget(self.keep_mine)
        stale_layout.addLayout(stale_buttons)
        # Why this laptop reads the report without writing it (a joined role that may not), or hidden.
        self.refusal_label = QLabel(self)
        self.refusal_label.setTextFormat(Qt.TextFormat.PlainText)
        self.refusal_label.setWordWrap(True)
        self.refusal_label.setAccessibleName(self.tr("Why the report cannot be edited here"))
        self.refusal_label.hide()
        section_page = QWidget(self)
        section_layout = QVBoxLayout(section_page)
        section_layout.addWidget(self.refusal_label)
        section_layout.addWidget(self.section_title)
        section_layout.addWidget(self.section_hint)
        section_layout.addWidget(self.editor, 2)
        section_layout.addWidget(self.reset_button)
        section_layout.addWidget(self.stale_box, 1)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(section_page)
        self.attendance_form = AttendanceForm(self)
        self.attendance_form.changed.connect(self._attendance_changed)
        # The form's fields, by the names the window has always had for them.
        form = self.attendance_form
        self.onsite_spin, self.online_spin, self.women_spin = form.onsite_spin, form.online_spin, form.women_spin
        self.extent_combo, self.gender_summary = form.extent_combo, form.gender_summary
        self.pages.addWidget(self.attendance_form)
        self.preview = QTextBrowser(self)
        self.preview.setAccessibleName(self.tr("Report preview"))
        self.preview.setAccessibleDescription(self.tr("The report as it will look when exported"))
        self.preview.setOpenLinks(False)
        splitter = QSplitter(self)
        splitter.addWidget(self.section_list)
        splitter.addWidget(self.pages)
        splitter.addWidget(self.preview)
        splitter.setSizes([260, 560, 580])
        # Tab in screen order: the text, then what can be done about it, then the preview.
        chain = [self.section_list, self.editor, self.reset_button, self.fresh_text, self.use_fresh, self.keep_mine]
        for before, after in pairwise([*chain, self.preview]):
            QWidget.setTabOrder(before, after)
        self.setCentralWidget(splitter)

    # -- loading --------------------------------------------------------------------------
    @property
    def template_name(self) -> str:
        return str(self.template_combo.currentData() or "igf-workshop")

    @property
    def report_language(self) -> str:
        return str(self.language_combo.currentData() or "en")

    def reload(self) -> None:
        """Rebuild the report from the session (the rapporteur's edits stay as they are)."""
        self.save_pending()
        try:
            self.report = self._build_report()
        except (TemplateError, ReportLanguageError) as error:
            message_box.warning(self, self.windowTitle(), str(error))
            return
        self._loading = True
        keep = self.current_key
        self.section_list.clear()
        for section in self.report.sections:
            item = QListWidgetItem()
            self._label_item(item, self._section_label(section.title, section.edited, section.stale))
            item.setData(Qt.ItemDataRole.UserRole, section.key)
            self.section_list.addItem(item)
        item = QListWidgetItem()
        self._label_item(item, self.tr("Attendance and gender"))
        item.setData(Qt.ItemDataRole.UserRole, ATTENDANCE_KEY)
        self.section_list.addItem(item)
        self.attendance_form.load(self.report.attendance)
        self._loading = False
        keys = [self.section_list.item(row).data(Qt.ItemDataRole.UserRole) for row in range(self.section_list.count())]
        self.section_list.setCurrentRow(keys.index(keep) if keep in keys else 0)
        self._show_section(self.section_list.currentItem())
        self.update_preview()

    @staticmethod
    def _label_item(item: QListWidgetItem, text: str) -> None:
        item.setText(text)
        item.setToolTip(text)  # the whole title and mark, however narrow the list

    def _section_label(self, title: str, edited: bool, stale: bool) -> str:
        if stale:
            return "⚠ " + title + "  " + self.tr("(session changed since your edit)")
        if edited:
            return "✎ " + title + "  " + self.tr("(your text)")
        return title

    def _section_chosen(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if self._loading:
            return
        self.save_pending()
        self._show_section(current)

    def _show_section(self, item: QListWidgetItem | None) -> None:
        if item is None or self.report is None:
            return
        key = item.data(Qt.ItemDataRole.UserRole)
        self.current_key = key
        if key == ATTENDANCE_KEY:
            self.pages.setCurrentIndex(1)
            return
        self.pages.setCurrentIndex(0)
        section = self.report.section(key)
        if section is None:
            return
        self._loading = True
        self.section_title.setText(section.title)
        self.section_hint.setText(section.hint)
        self.editor.setPlainText(section.text)
        self._base = section.text
        self.fresh_text.setPlainText(section.generated_text)
        self.stale_box.setVisible(section.stale)
        self.reset_button.setVisible(section.edited and not section.stale)
        self._loading = False

    # -- saving ----------------------------------------------------------------------------
    def _text_changed(self) -> None:
        if not self._loading:
            self._dirty = True
            self.save_timer.start()

    def _attendance_changed(self) -> None:
        if not self._loading:
            self._dirty = True
            self.save_timer.start()

    def set_refusal(self, reason: str | None) -> None:
        """Read-only, saying why (``reason``: a joined role the host would refuse report edits from),
        or writable again (None). The host refuses such an edit anyway; here it cannot be typed."""
        self._refusal = reason
        self.refusal_label.setText("⚠ " + reason if reason else "")
        self.refusal_label.setVisible(bool(reason))
        self.editor.setReadOnly(bool(reason))
        self.editor.setPlaceholderText(
            "" if reason else self.tr("Write this section here. Lines starting with “- ” become bullets.")
        )
        self.statusBar().showMessage(
            self.tr("Read only on this laptop.") if reason else self.tr("Your edits are saved as you type.")
        )
        self.attendance_form.setEnabled(not reason)
        for button in (self.reset_button, self.use_fresh, self.keep_mine):
            button.setEnabled(not reason)

    def save_pending(self) -> None:
        """Store what has been typed (called by the timer, on section change, refresh and close)."""
        # A flag, not the timer's state: when the single-shot timer fires it is no longer active.
        if not self._dirty or self.report is None or self._refusal:
            return
        self._dirty = False
        self.save_timer.stop()
        try:
            if self.current_key == ATTENDANCE_KEY:
                with self._own_write():
                    self.console.save_attendance(self.attendance_from_form())
            elif self.current_key is not None:
                self._save_section(self.report, self.current_key)
        except StorageError as error:
            # Disk full or read-only: the text stays in the editor and is saved at the next try.
            self._dirty = True
            self.statusBar().setStyleSheet("color: #b91c1c; font-weight: bold;")
            self.statusBar().showMessage("⚠ " + str(error))
            return
        self.statusBar().setStyleSheet("")
        self._rebuild_quietly()

    def _save_section(self, report: Report, key: str, *, reviewed: bool = False) -> None:
        """Save the editor's text, merged with what another laptop stored meanwhile, and show the result."""
        typed = self.editor.toPlainText()
        with self._own_write():
            saved = self.console.save_section_edit(report, key, typed, reviewed=reviewed, based_on=self._base)
        self._base = saved
        if saved != typed:
            self._show_text(saved)
            self.statusBar().showMessage(
                self.tr("Merged with the text saved on another laptop in this section meanwhile."), 10_000
            )

    @contextmanager
    def _own_write(self) -> Iterator[None]:
        self._writing = True
        try:
            yield
        finally:
            self._writing = False

    def _show_text(self, text: str) -> None:
        """The editor reads ``text``, the cursor beside the same words (nothing to save: it is stored)."""
        self._loading = True
        try:
            show_text(self.editor, text)
        finally:
            self._loading = False

    def follow(self, change: Change) -> None:
        """Another laptop's edit of the report, arrived while the window is open: the list's marks and the
        preview follow it, and so does the text being edited unless something typed here is unsaved
        (then the next save merges the two)."""
        if self._writing or self.report is None or not change.touches(Part.REPORT) or not self.isVisible():
            return  # a closed window is reloaded when it is opened again
        if change.session_id != self.console.session_id:
            return
        if self._bridge is not None and self._bridge.console is not self.console:
            return  # another session's console, or this one's opened afresh: reloaded when shown again
        try:
            self._rebuild_quietly()
        except (TemplateError, ReportLanguageError):
            return  # a user's template that broke since: F5 says why
        key = self.current_key
        if key is None or self._dirty:
            return
        named = change.ids.get(Part.REPORT, frozenset())
        if key == ATTENDANCE_KEY:
            if change.whole or ATTENDANCE_ID in named:
                self._loading = True
                self.attendance_form.load(self.report.attendance)
                self._loading = False
            return
        section = self.report.section(key)
        if section is None or not (change.whole or section_id(self.report.template.name, key) in named):
            return
        self._base = section.text
        self._show_text(section.text)
        self.fresh_text.setPlainText(section.generated_text)
        self.stale_box.setVisible(section.stale)

    def attendance_from_form(self) -> Attendance:
        return self.attendance_form.figures()

    def _build_report(self) -> Report:
        now = self.console.clock.now()
        return self.console.report(
            self.template_name,
            self.user_templates,
            now,
            balance=self.console.balance(now),
            language=self.report_language,
        )

    def _rebuild_quietly(self) -> None:
        """After a save: new report, list marks and preview, without touching the text being typed."""
        self.report = self._build_report()
        for row, section in enumerate(self.report.sections):
            self._label_item(
                self.section_list.item(row), self._section_label(section.title, section.edited, section.stale)
            )
        current = self.report.section(self.current_key or "")
        if current is not None:
            self.reset_button.setVisible(current.edited and not current.stale)
        self.update_preview()

    def _keep_mine(self) -> None:
        """The rapporteur has read the fresh draft and keeps their text: the section is no longer stale."""
        if self.report is None or self.current_key in (None, ATTENDANCE_KEY):
            return
        self.save_pending()
        self._save_section(self.report, str(self.current_key), reviewed=True)
        self.reload()

    def _use_fresh_draft(self) -> None:
        if self.report is None or self.current_key in (None, ATTENDANCE_KEY):
            return
        with self._own_write():
            self.console.reset_section_edit(self.template_name, str(self.current_key))
        self.reload()

    def update_preview(self) -> None:
        if self.report is None:
            return
        scroll = self.preview.verticalScrollBar().value()
        try:
            html = render_html(self.report, self.report.template)
        except TemplateError as error:
            # A user's template that fails while rendering: its one-line error in place of the report.
            self.preview.setPlainText(self.tr("This template cannot be shown: %1").replace("%1", str(error)))
            return
        self.preview.setHtml(html)
        self.preview.verticalScrollBar().setValue(scroll)

    # -- export and print (ui/report/output.py) --------------------------------------------
    def export(self) -> None:
        self.output.export()

    def print_report(self) -> None:
        self.output.print_report()

    @property
    def exporting(self) -> bool:
        return self.exporter.busy

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_pending()
        self.exporter.wait()  # a file being written is finished, not cut short
        super().closeEvent(event)
