"""The Notes dock: full-text search, filters by speaker, segment and tag, the notes table and its buttons."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from moderator_app.domain.notes import NoteTag
from moderator_app.domain.session import Participant, Segment
from moderator_app.ui.common import labels
from moderator_app.ui.models.notes import NoteRow, NotesModel
from moderator_app.ui.widgets.panels import _button_row, _table


class NotesView(QTableView):
    """The notes table. It claims the keys of its own actions (F2, Ctrl+Z) while it has focus,
    so they edit or undo notes here instead of the window's roster edit or queue undo."""

    def _own_action(self, event: QKeyEvent) -> QAction | None:
        pressed = QKeySequence(event.keyCombination())
        for action in self.actions():
            if any(key.matches(pressed) == QKeySequence.SequenceMatch.ExactMatch for key in action.shortcuts()):
                return action
        return None

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) and self._own_action(event):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        action = self._own_action(event)
        if action is not None:
            action.trigger()
            return
        super().keyPressEvent(event)


def _combo(name: str, parent: QWidget) -> QComboBox:
    combo = QComboBox(parent)
    combo.setAccessibleName(name)
    combo.setToolTip(name)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    # Narrow enough that the filters fit the panel under the timer without a sideways scroll bar
    # (the list opens as wide as its longest entry).
    combo.setMinimumContentsLength(6)
    return combo


class NotesPanel(QWidget):
    """Search, filters, count, table and buttons; the window fills it (see NoteCommands.refresh)."""

    filters_changed = Signal()

    def __init__(self, actions: Sequence[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(self.tr("Search notes: words or the start of words"))
        self.search_edit.setAccessibleName(self.tr("Search the notes"))
        self.search_edit.setClearButtonEnabled(True)
        self.speaker_combo = _combo(self.tr("Filter notes by speaker"), self)
        self.segment_combo = _combo(self.tr("Filter notes by segment"), self)
        self.tag_combo = _combo(self.tr("Filter notes by tag"), self)
        self.tag_combo.addItem(self.tr("All tags"), None)
        for tag in NoteTag:
            self.tag_combo.addItem(labels.note_tag(tag), tag.value)
        self.count_label = QLabel(self)
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)
        self.count_label.setAccessibleName(self.tr("Notes shown"))
        self.model = NotesModel(self)
        self.view = _table(self.tr("Notes"), self, NotesView)
        self.view.setAccessibleDescription(self.tr("The notes taken; F2 edits, Delete deletes, Ctrl+Z undoes"))
        self.view.setModel(self.model)
        header = self.view.horizontalHeader()
        for column in (NotesModel.TIME, NotesModel.SPEAKER, NotesModel.SEGMENT, NotesModel.TAGS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(NotesModel.TIME, 80)
        header.resizeSection(NotesModel.SPEAKER, 150)
        header.resizeSection(NotesModel.SEGMENT, 150)
        header.resizeSection(NotesModel.TAGS, 150)
        header.setSectionResizeMode(NotesModel.TEXT, QHeaderView.ResizeMode.Stretch)
        filters = QHBoxLayout()
        filters.setContentsMargins(0, 0, 0, 0)
        filters.addWidget(self.search_edit, 2)
        filters.addWidget(self.speaker_combo, 1)
        filters.addWidget(self.segment_combo, 1)
        filters.addWidget(self.tag_combo, 1)
        filters.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(filters)
        layout.addWidget(self.view)
        layout.addLayout(_button_row(self, list(actions)))
        self.search_edit.textChanged.connect(lambda _t: self.filters_changed.emit())
        for combo in (self.speaker_combo, self.segment_combo, self.tag_combo):
            combo.currentIndexChanged.connect(lambda _i: self.filters_changed.emit())

    def set_choices(self, participants: Sequence[Participant], segments: Sequence[Segment]) -> None:
        """Refill the speaker and segment filters, keeping what was chosen (if it still exists)."""
        self._fill(
            self.speaker_combo,
            self.tr("All speakers"),
            sorted(((p.name, p.id) for p in participants), key=lambda item: item[0].casefold()),
        )
        self._fill(
            self.segment_combo,
            self.tr("All segments"),
            [(s.title, s.id) for s in sorted(segments, key=lambda s: s.position)],
        )

    def _fill(self, combo: QComboBox, all_text: str, items: list[tuple[str, str]]) -> None:
        current = combo.currentData()
        wanted = [(all_text, None), *items]
        if [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())] == wanted:
            return
        combo.blockSignals(True)
        combo.clear()
        for text, value in wanted:
            combo.addItem(text, value)
        found = combo.findData(current) if current is not None else 0
        combo.setCurrentIndex(max(0, found))
        combo.blockSignals(False)
        if found < 0:
            self.filters_changed.emit()

    def filters(self) -> tuple[str, str | None, str | None, NoteTag | None]:
        tag = self.tag_combo.currentData()
        return (
            self.search_edit.text().strip(),
            self.speaker_combo.currentData(),
            self.segment_combo.currentData(),
            NoteTag(tag) if tag else None,
        )

    def show_rows(self, rows: Sequence[NoteRow], total: int) -> None:
        selected = self.selected_id()
        self.model.update_rows(rows)
        self.select_id(selected)
        self.count_label.setText(
            self.tr("%1 of %2 notes").replace("%1", str(len(rows))).replace("%2", str(total))
            if total != 1
            else self.tr("%1 of 1 note").replace("%1", str(len(rows)))
        )

    def selected_id(self) -> str | None:
        index = self.view.currentIndex()
        return self.model.data(self.model.index(index.row(), 0), Qt.ItemDataRole.UserRole) if index.isValid() else None

    def select_id(self, note_id: str | None) -> None:
        row = self.model.row_of(note_id)
        if row >= 0:
            self.view.selectRow(row)
        elif note_id is not None:
            self.view.selectionModel().clear()  # it is gone: nothing selected, as after a rebuild
