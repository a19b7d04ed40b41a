"""Search every session's notes (or one event's): a table of hits with the matched words marked, the
whole note below, and Enter to show the note in its session's Notes panel."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, Qt, QTimer
from PySide6.QtGui import QFont, QKeyEvent, QPainter, QPalette, QTextCharFormat, QTextCursor, QTextLayout, QTextOption
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from moderator_app.domain.search_text import Excerpt
from moderator_app.services.errors import EmptySearchError
from moderator_app.services.note_search import PAGE, NoteHit, NoteSearch, SearchOrder
from moderator_app.ui.common import labels
from moderator_app.ui.common.accessibility import describe_buttons
from moderator_app.ui.common.locale_format import date_text, number, time_text
from moderator_app.ui.models.tables import Index, _TableModel
from moderator_app.ui.widgets.panels import _table

#: The data role that holds an excerpt's marks (the places of the matched words).
MARKS_ROLE = Qt.ItemDataRole.UserRole + 1
#: Typing pauses this long before the search runs (Enter runs it at once).
TYPING_PAUSE_MS = 250

Search = Callable[[str, "str | None", SearchOrder, int], NoteSearch]


class NoteHitsModel(_TableModel):
    """The hits: session, its date, the note's time, speaker, tags, and the excerpt with its marks."""

    SESSION, DATE, TIME, SPEAKER, TAGS, NOTE = range(6)
    HEADERS = ("Session", "Date", "Time", "Speaker", "Tags", "Note")  # translated in headerData

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return (
                self.tr("Session"),
                self.tr("Date"),
                self.tr("Time"),
                self.tr("Speaker"),
                self.tr("Tags"),
                self.tr("Note"),
            )[section]
        return super().headerData(section, orientation, role)

    def key(self, row: NoteHit) -> str:
        return row.note_id

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == MARKS_ROLE and index.isValid() and index.column() == self.NOTE:
            hit = self.row_object(index.row())
            return hit.excerpt.marks if hit else None
        return super().data(index, role)

    def cell(self, row: NoteHit, column: int) -> str:
        if column == self.SESSION:
            return row.session_title
        if column == self.DATE:
            return date_text(row.session_date) if row.session_date else "—"
        if column == self.TIME:
            return time_text(row.created_at) if row.created_at.year >= 2000 else "—"
        if column == self.SPEAKER:
            return row.speaker or "—"
        if column == self.TAGS:
            return ", ".join(labels.note_tag(tag) for tag in row.tags)
        if column == self.NOTE:
            return row.excerpt.text
        return ""


def utf16_marks(text: str, marks: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Marks counted in Python characters, counted as Qt counts them (UTF-16: an emoji is two)."""
    if all(ord(char) < 0x10000 for char in text):
        return list(marks)

    def position(index: int) -> int:
        return index + sum(1 for char in text[:index] if ord(char) >= 0x10000)

    return [(position(start), position(end)) for start, end in marks]


def _mark_format() -> QTextCharFormat:
    """How a matched word looks: bold and underlined (never colour alone)."""
    mark = QTextCharFormat()
    mark.setFontWeight(QFont.Weight.Bold)
    mark.setFontUnderline(True)
    return mark


class MarkedTextDelegate(QStyledItemDelegate):
    """Paints an excerpt as plain text with its matched words bold and underlined.

    The text is laid out with QTextLayout and character formats: it is never parsed as HTML, so
    markup in a note is shown as typed. Each cell is laid out alone, so its direction marks reorder
    nothing outside it."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        marks = index.data(MARKS_ROLE) or ()
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        text = item.text
        item.text = ""
        widget = item.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, widget)
        area = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, item, widget)
        layout = QTextLayout(text, item.font)
        text_option = QTextOption()
        text_option.setWrapMode(QTextOption.WrapMode.NoWrap)
        text_option.setTextDirection(item.direction)
        layout.setTextOption(text_option)
        formats = []
        for start, end in utf16_marks(text, marks):
            mark = QTextLayout.FormatRange()
            mark.start, mark.length, mark.format = start, end - start, _mark_format()
            formats.append(mark)
        layout.setFormats(formats)
        layout.beginLayout()
        line = layout.createLine()
        line.setNumColumns(max(1, len(text)))  # one line as long as the text; the cell clips it
        layout.endLayout()
        selected = bool(item.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setClipRect(area)
        painter.setPen(item.palette.color(role))
        top = area.top() + (area.height() - line.height()) / 2
        left: float = area.left() + 3
        if item.direction == Qt.LayoutDirection.RightToLeft:
            left = area.right() - 3 - line.naturalTextWidth()
        layout.draw(painter, QPointF(left, top))
        painter.restore()


class HitsView(QTableView):
    """The hits table: Enter shows the current hit (and is not passed on to the dialog's buttons)."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activated.emit(self.currentIndex())
            event.accept()
            return
        super().keyPressEvent(event)


class SearchField(QLineEdit):
    """The words to search for; Down goes to the hits."""

    def __init__(self, parent: QWidget, to_results: Callable[[], None]) -> None:
        super().__init__(parent)
        self._to_results = to_results

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down:
            self._to_results()
            return
        super().keyPressEvent(event)


class NotesSearchDialog(QDialog):
    """Find notes in every session, or one event's; Enter on a hit shows that note in the main window.

    ``search(query, event, order, limit)`` runs the search (services/note_search.py);
    ``show_note(hit)`` opens the hit's session and selects the note, returning False if it could not.
    The dialog stays open (not modal), so hit after hit can be looked at.
    """

    def __init__(
        self,
        search: Search,
        events: Sequence[str],
        show_note: Callable[[NoteHit], bool],
        parent: QWidget | None = None,
        event: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Search all sessions' notes"))
        self._search = search
        self._show_note = show_note
        self.found: NoteSearch | None = None
        self._limit = PAGE
        self.query_edit = SearchField(self, self.focus_results)
        self.query_edit.setPlaceholderText(self.tr("Words or the starts of words, e.g. “regul women”"))
        self.query_edit.setAccessibleName(self.tr("Search for"))
        self.query_edit.setAccessibleDescription(
            self.tr("Notes that contain every word are found; Enter searches, Down goes to the notes found")
        )
        self.query_edit.setClearButtonEnabled(True)
        self.query_edit.setMaxLength(500)
        self.scope_combo = QComboBox(self)
        self.scope_combo.setAccessibleName(self.tr("Search in"))
        self.scope_combo.setAccessibleDescription(self.tr("Every session in the data folder, or one event's sessions"))
        self.scope_combo.addItem(self.tr("All sessions"), None)
        for name in events:
            self.scope_combo.addItem(self.tr("Event: %1").replace("%1", labels.person(name, 60)), name)
        if event is not None and self.scope_combo.findData(event) >= 0:
            self.scope_combo.setCurrentIndex(self.scope_combo.findData(event))
        self.order_combo = QComboBox(self)
        self.order_combo.setAccessibleName(self.tr("Order"))
        self.order_combo.setAccessibleDescription(
            self.tr("Newest first: notes written or imported last come first. Best match: the most relevant first")
        )
        self.order_combo.addItem(self.tr("Newest first"), SearchOrder.NEWEST.value)
        self.order_combo.addItem(self.tr("Best match first"), SearchOrder.BEST.value)
        self.search_button = QPushButton(self.tr("&Search"), self)
        self.search_button.setAccessibleName(self.tr("Search"))
        self.search_button.setAccessibleDescription(self.tr("Search the notes for these words now (Enter)"))
        self.search_button.setDefault(True)
        self.search_button.clicked.connect(self.run_search)
        self.status_label = QLabel(self)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label.setWordWrap(True)
        self.status_label.setAccessibleName(self.tr("Search result"))
        self.model = NoteHitsModel(self)
        self.view = _table(self.tr("Notes found"), self, HitsView)
        self.view.setAccessibleDescription(
            self.tr("One note per row, matched words in bold; Enter shows the note in its session's Notes panel")
        )
        self.view.setModel(self.model)
        self.view.setItemDelegateForColumn(NoteHitsModel.NOTE, MarkedTextDelegate(self.view))
        header = self.view.horizontalHeader()
        for column, width in (
            (NoteHitsModel.SESSION, 200),
            (NoteHitsModel.DATE, 95),
            (NoteHitsModel.TIME, 75),
            (NoteHitsModel.SPEAKER, 140),
            (NoteHitsModel.TAGS, 110),
        ):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        header.setSectionResizeMode(NoteHitsModel.NOTE, QHeaderView.ResizeMode.Stretch)
        self.view.activated.connect(self.show_hit)
        self.view.selectionModel().currentRowChanged.connect(lambda _now, _before: self._preview())
        self.preview = QPlainTextEdit(self)
        self.preview.setReadOnly(True)
        self.preview.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.preview.setAccessibleName(self.tr("The whole note"))
        self.preview.setAccessibleDescription(self.tr("The selected note in full, matched words in bold"))
        self.preview.setTabChangesFocus(True)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.view)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        self.more_button = QPushButton(self.tr("Show &more"), self)
        self.more_button.setAccessibleName(self.tr("Show more"))
        self.more_button.setAccessibleDescription(
            self.tr("Add the next %1 notes found to the list").replace("%1", str(PAGE))
        )
        self.more_button.setAutoDefault(False)
        self.more_button.clicked.connect(self.show_more)
        self.open_button = QPushButton(self.tr("Show in &Notes panel"), self)
        self.open_button.setAccessibleName(self.tr("Show in Notes panel"))
        self.open_button.setAccessibleDescription(
            self.tr("Open the selected note's session in the main window and select the note (Enter)")
        )
        self.open_button.setAutoDefault(False)
        self.open_button.clicked.connect(lambda: self.show_hit(self.view.currentIndex()))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.more_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        for button in buttons.buttons():
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)
        describe_buttons(buttons)
        buttons.rejected.connect(self.reject)
        fields = QGridLayout()
        search_label = QLabel(self.tr("Search &for:"), self)
        search_label.setBuddy(self.query_edit)
        scope_label = QLabel(self.tr("&In:"), self)
        scope_label.setBuddy(self.scope_combo)
        order_label = QLabel(self.tr("&Order:"), self)
        order_label.setBuddy(self.order_combo)
        fields.addWidget(search_label, 0, 0)
        fields.addWidget(self.query_edit, 0, 1, 1, 3)
        fields.addWidget(self.search_button, 0, 4)
        fields.addWidget(scope_label, 1, 0)
        fields.addWidget(self.scope_combo, 1, 1)
        fields.addWidget(order_label, 1, 2)
        fields.addWidget(self.order_combo, 1, 3)
        fields.setColumnStretch(1, 2)
        fields.setColumnStretch(3, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(fields)
        layout.addWidget(self.status_label)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(TYPING_PAUSE_MS)
        self._typing.timeout.connect(self.run_search)
        self.query_edit.textEdited.connect(lambda _text: self._typing.start())
        self.scope_combo.currentIndexChanged.connect(lambda _i: self.run_search())
        self.order_combo.currentIndexChanged.connect(lambda _i: self.run_search())
        self._show_status(self._hint())
        self._update_buttons()
        self.resize(1100, 640)

    # -- searching ----------------------------------------------------------------------
    def event_name(self) -> str | None:
        return self.scope_combo.currentData()

    def order(self) -> SearchOrder:
        return SearchOrder(self.order_combo.currentData())

    def run_search(self) -> None:
        """Search again from the first page."""
        self._limit = PAGE
        self._fetch(keep=None)

    def show_more(self) -> None:
        self._limit += PAGE
        self._fetch(keep=self._current_id())

    def _fetch(self, keep: str | None) -> None:
        self._typing.stop()
        query = self.query_edit.text()
        if not query.strip():
            self._show(None, self._hint())
            return
        try:
            result = self._search(query, self.event_name(), self.order(), self._limit)
        except EmptySearchError:
            self._show(
                None, self.tr("Type at least one word with a letter or a digit: punctuation alone is not searched.")
            )
            return
        except LookupError:  # the event has no sessions any more (renamed or deleted meanwhile)
            self._show(None, self.tr("No session belongs to this event any more; choose All sessions."))
            return
        self._show(result, self.describe(result))
        row = self.model.row_of(keep) if keep else -1
        if row >= 0:
            self.view.selectRow(row)
            self.view.scrollTo(self.model.index(row, 0))

    def _show(self, result: NoteSearch | None, status: str) -> None:
        self.found = result
        self.model.set_rows(result.hits if result else ())
        self._show_status(status)
        if result and result.hits:
            self.view.setCurrentIndex(self.model.index(0, 0))
        self._preview()
        self._update_buttons()

    def _show_status(self, text: str) -> None:
        self.status_label.setText(text)
        self.status_label.setAccessibleDescription(text)

    def _hint(self) -> str:
        return self.tr(
            "Type words to find the notes that contain them all, in every session or one event's: the start of a word"
            " is enough (“regul” finds “regulation”), and accents and capitals do not matter."
        )

    def describe(self, result: NoteSearch) -> str:
        """What was found and what is shown, in words (how many, which ones, what to do for more)."""
        where = (
            self.tr("all sessions")
            if result.event is None
            else self.tr("the sessions of %1").replace("%1", labels.person(result.event, 60))
        )
        total, shown = number(result.total), number(len(result.hits))
        if result.total == 0:
            none = self.tr("None of the notes of %1 contains every word. Try fewer words or the start of a word.")
            return none.replace("%1", where)
        if result.more_than:
            text = (
                self.tr(
                    "More than %1 notes found in %2: these are the best matches among the %1 newest."
                    " Add words to narrow the search."
                )
                if result.order is SearchOrder.BEST
                else self.tr(
                    "More than %1 notes found in %2; showing the %3 newest. Show more, or add words to narrow the"
                    " search."
                )
            )
            return text.replace("%1", total).replace("%2", where).replace("%3", shown)
        if result.order is SearchOrder.BEST and result.ranked < result.total:
            return (
                self.tr(
                    "%1 notes found in %2: too many to rank them all, so these are the best matches among the %3"
                    " newest. Add words to narrow the search."
                )
                .replace("%1", total)
                .replace("%2", where)
                .replace("%3", number(result.ranked))
            )
        if result.total == 1:
            return self.tr("One note found in %1.").replace("%1", where)
        if len(result.hits) >= result.total:
            if result.order is SearchOrder.BEST:
                return self.tr("%1 notes found in %2, best match first.").replace("%1", total).replace("%2", where)
            return self.tr("%1 notes found in %2, newest first.").replace("%1", total).replace("%2", where)
        if result.order is SearchOrder.BEST:
            return (
                self.tr(
                    "%1 notes found in %2; showing the %3 best matches. Show more, or add words to narrow the search."
                )
                .replace("%1", total)
                .replace("%2", where)
                .replace("%3", shown)
            )
        return (
            self.tr("%1 notes found in %2; showing the %3 newest. Show more, or add words to narrow the search.")
            .replace("%1", total)
            .replace("%2", where)
            .replace("%3", shown)
        )

    # -- the hits -----------------------------------------------------------------------
    def _current_hit(self) -> NoteHit | None:
        index = self.view.currentIndex()
        return self.model.row_object(index.row()) if index.isValid() else None

    def _current_id(self) -> str | None:
        hit = self._current_hit()
        return hit.note_id if hit else None

    def _preview(self) -> None:
        hit = self._current_hit()
        self.preview.setPlainText(hit.full.text if hit else "")
        if hit:
            _mark_words(self.preview, hit.full)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.more_button.setEnabled(bool(self.found and self.found.more))
        self.open_button.setEnabled(self._current_hit() is not None)

    def focus_results(self) -> None:
        if self.model.rowCount():
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)
            if not self.view.currentIndex().isValid():
                self.view.setCurrentIndex(self.model.index(0, 0))

    def show_hit(self, index: QModelIndex | QPersistentModelIndex) -> None:
        hit = self.model.row_object(index.row()) if index.isValid() else None
        if hit is None:
            return
        if self._show_note(hit):
            self._show_status(
                self.tr("Shown in the Notes panel: a note of “%1”. Esc closes this window.").replace(
                    "%1", labels.person(hit.session_title, 60)
                )
            )
        else:
            self._show_status(self.tr("That note is no longer there (deleted since the search); search again."))

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.query_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.query_edit.selectAll()


def _mark_words(editor: QPlainTextEdit, shown: Excerpt) -> None:
    """Make the matched words of the note in ``editor`` bold and underlined (character formats of its
    plain-text document: nothing is parsed as markup)."""
    cursor = QTextCursor(editor.document())
    for start, end in utf16_marks(shown.text, shown.marks):
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(_mark_format())
