"""The roster, queue and history panels that sit in the main window's docks."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QSize, QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from moderator_app.domain.text import isolate
from moderator_app.ui.models.tables import InterventionsModel, QueueModel, RosterModel, _TableModel
from moderator_app.ui.widgets.flow_layout import FlowLayout


class IsolatingDelegate(QStyledItemDelegate):
    """In a right-to-left window, each cell keeps the order of its own words: "7:40 in 2 turns" is not
    turned into "in 2 turns 7:40", and a Latin name stays whole among Arabic ones (the cell is still
    aligned the right-to-left way).

    The tables' models (models/tables.py) answer only a cell's text: the style options are filled
    from it here as Qt's own delegate would fill them, instead of Qt asking the model for eight
    roles, each a call into Python. That was most of painting the queue after an action
    (benchmarks/actions.py times the actions); tests/ui/test_table_paint.py checks that the options
    come out the same.
    """

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        model, row, column = index.model(), index.row(), index.column()
        if isinstance(model, QSortFilterProxyModel) and isinstance(model.sourceModel(), _TableModel):
            source = model.mapToSource(index)
            model, row, column = model.sourceModel(), source.row(), source.column()
        text = model.text_at(row, column) if isinstance(model, _TableModel) else None
        if text is None:
            super().initStyleOption(option, index)
        else:
            # The stubs type these two fields narrower than Qt: the index setter converts a
            # persistent index (as C++ does), and styleObject is a pointer that may be null.
            option.index = index  # type: ignore[assignment]
            option.features |= QStyleOptionViewItem.ViewItemFeature.HasDisplay
            option.text = text
            option.styleObject = None  # type: ignore[assignment]
        if option.direction == Qt.LayoutDirection.RightToLeft and option.text:
            option.text = isolate(option.text)


class RowNumbers(QHeaderView):
    """The row numbers down the side of a table, sized by the numbers that can be the widest.

    Qt sizes a header by measuring its first 100 and last 100 sections, each through the model's
    header data (four roles) and the style, and measures them all again whenever a row comes or
    goes, which slows every new turn in a long history (benchmarks/actions.py times them). Row
    numbers (1, 2, 3…) are widest where they have the most digits, so measuring the first and the
    last shown section gives the same size. Behind a sorting proxy (the roster) the numbers are out
    of order, and Qt's own measure is kept.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)

    def sizeHint(self) -> QSize:
        if not isinstance(self.model(), _TableModel):  # numbered 1, 2, 3… only by our own models
            return super().sizeHint()
        hint = QSize(0, 0)
        count = self.count()
        first = next((n for n in range(count) if not self.isSectionHidden(n)), None)
        if first is None:
            return hint
        last = next(n for n in range(count - 1, first - 1, -1) if not self.isSectionHidden(n))
        for section in {first, last}:
            hint = hint.expandedTo(self.sectionSizeFromContents(section))
        return hint


class PanelTable(QTableView):
    """A panel's table, which asks for a few rows' height: in a short dock the table gives up rows
    (it scrolls them), never the buttons under it (a dock's scroll area sizes its panel by what each
    part asks for, and Qt's own table asks for 192 pixels)."""

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), min(hint.height(), self.horizontalHeader().sizeHint().height() + 3 * 28))


def _table(name: str, parent: QWidget, view_class: type[QTableView] = PanelTable) -> QTableView:
    view = view_class(parent)
    rows = RowNumbers(view)
    rows.setSectionsClickable(True)  # as the table's own: a click on a number selects the row
    rows.setHighlightSections(True)
    view.setVerticalHeader(rows)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    # Tab leaves the table for the next panel (arrow keys move between rows): moving from cell to
    # cell on Tab would keep the keyboard in the table for ever.
    view.setTabKeyNavigation(False)
    view.setAlternatingRowColors(True)
    view.setItemDelegate(IsolatingDelegate(view))
    view.setWordWrap(False)
    view.verticalHeader().setDefaultSectionSize(28)
    view.horizontalHeader().setHighlightSections(False)
    view.horizontalHeader().setAccessibleName(name + " — " + QCoreApplication.translate("panels", "columns"))
    view.verticalHeader().setAccessibleName(name + " — " + QCoreApplication.translate("panels", "rows"))
    corner = view.findChild(QAbstractButton, "qt_tableview_cornerbutton")
    if corner is not None:
        corner.setAccessibleName(QCoreApplication.translate("panels", "Select all"))
    return view


def _button_row(parent: QWidget, actions: list[QAction]) -> FlowLayout:
    # Wrapped onto a second row where the panel is too narrow, never cut off.
    row = FlowLayout()
    for action in actions:
        button = QToolButton(parent)
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setAccessibleName(action.text().replace("&", "").replace("…", ""))
        # Buttons never keep focus, so Space always reaches the timer.
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        row.addWidget(button)
    return row


class RosterPanel(QWidget):
    """Filter, roster table and its buttons."""

    def __init__(self, actions: list[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = RosterModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(self.tr("Filter by name, organisation, group, country…"))
        self.filter_edit.setAccessibleName(self.tr("Filter the roster"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        self.view = _table(self.tr("Roster"), self)
        self.view.setAccessibleDescription(
            self.tr("Everyone in the session with their speaking time; Q queues, F2 edits, Ctrl+Enter gives the floor")
        )
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.resizeSection(RosterModel.NAME, 165)
        header.resizeSection(RosterModel.SPOKEN, 120)
        header.resizeSection(RosterModel.GROUP, 130)
        header.resizeSection(RosterModel.GENDER, 70)
        header.resizeSection(RosterModel.AFFILIATION, 170)
        header.setStretchLastSection(True)
        for hidden in (RosterModel.COUNTRY, RosterModel.REGION, RosterModel.ATTENDANCE):
            self.view.setColumnHidden(hidden, True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.view)
        layout.addLayout(_button_row(self, actions))

    def selected_id(self) -> str | None:
        """The participant under the cursor, or the only one the filter leaves (F2, Q, Ctrl+Enter act on them)."""
        index = self.view.currentIndex()
        if not index.isValid():
            if self.proxy.rowCount() != 1:
                return None
            index = self.proxy.index(0, 0)
        return self.proxy.data(self.proxy.index(index.row(), 0), Qt.ItemDataRole.UserRole)

    def select_id(self, participant_id: str) -> None:
        for row in range(self.proxy.rowCount()):
            if self.proxy.data(self.proxy.index(row, 0), Qt.ItemDataRole.UserRole) == participant_id:
                self.view.selectRow(row)
                return


class QueuePanel(QWidget):
    """The queue table (drag and drop reorders) and its buttons."""

    def __init__(self, actions: list[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = QueueModel(self)
        self.view = _table(self.tr("Queue"), self)
        self.view.setAccessibleDescription(
            self.tr("Who waits for the floor, in order; Alt+Up and Alt+Down move, Delete withdraws")
        )
        self.view.setModel(self.model)
        self.view.setDragEnabled(True)
        self.view.setAcceptDrops(True)
        self.view.setDropIndicatorShown(True)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setDragDropOverwriteMode(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QueueModel.NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(QueueModel.SPOKEN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(QueueModel.KIND, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(QueueModel.WAITING, QHeaderView.ResizeMode.ResizeToContents)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.view)
        layout.addLayout(_button_row(self, actions))

    def selected_id(self) -> str | None:
        index = self.view.currentIndex()
        return self.model.data(self.model.index(index.row(), 0), Qt.ItemDataRole.UserRole) if index.isValid() else None

    def select_id(self, entry_id: str | None) -> None:
        row = self.model.row_of(entry_id)
        if row >= 0:
            self.view.selectRow(row)
        elif entry_id is not None:
            self.view.selectionModel().clear()  # it is gone: nothing selected, as after a rebuild


class HistoryPanel(QWidget):
    """The interventions so far."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = InterventionsModel(self)
        self.view = _table(self.tr("Interventions so far"), self)
        self.view.setAccessibleDescription(self.tr("Every turn so far, newest first, with its speaking time"))
        self.view.setModel(self.model)
        self.view.horizontalHeader().setSectionResizeMode(InterventionsModel.SPEAKER, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.view)
