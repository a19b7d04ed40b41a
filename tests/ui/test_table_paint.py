"""The tables after each action look as they would rebuilt from scratch, though updated in place.

Rows that came, went or moved are told to the views as such instead of resetting the models,
cells are painted from the model's cached text, and the row numbers are measured at their ends:
each of these must show exactly what the slow way showed.
"""

from __future__ import annotations

import gc
import weakref

from PySide6.QtCore import QSortFilterProxyModel, QStringListModel, Qt
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QTableView

from moderator_app.ui.models.tables import QueueModel
from moderator_app.ui.widgets.panels import _table
from moderator_app.ui.window import gc_pauses
from moderator_app.ui.window.main_window import MainWindow

MATTHEW = "7c1d2e5a-2017-4c1d-9e1f-100000000007"  # on the demo roster, not in the queue


def cells(view: QTableView) -> list[list[object]]:
    """Every cell's text as the view's model gives it to Qt, row by row."""
    model = view.model()
    return [
        [model.data(model.index(row, column)) for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def test_the_queue_after_each_queue_action_shows_what_a_rebuilt_queue_shows(
    qtmodeltester, window: MainWindow, console
) -> None:
    view, model = window.queue_panel.view, window.queue_panel.model
    qtmodeltester.check(model)  # keeps checking every insertion, removal and move below
    steps = [
        lambda: console.enqueue(MATTHEW),  # joins the end
        lambda: console.move_entry(console.snapshot.queue[-1].id, 0),  # the last to the top
        console.next_speaker,  # the head gets the floor
        lambda: console.withdraw(console.snapshot.queue[1].id),  # one from the middle
        console.undo_queue,  # back in its place
        lambda: console.move_entry(console.snapshot.queue[0].id, len(console.snapshot.queue) - 1),
    ]
    for step in steps:
        window.bridge.run(step)
        fresh = QueueModel()
        fresh.set_rows(model.shown_rows())
        rebuilt = QTableView()
        rebuilt.setModel(fresh)
        assert cells(view) == cells(rebuilt)
        assert [row.entry.id for row in model.shown_rows()] == [entry.id for entry in console.snapshot.queue]


def test_a_selected_queue_entry_stays_selected_and_one_that_leaves_leaves_nothing_selected(
    window: MainWindow, console
) -> None:
    panel = window.queue_panel
    second = console.snapshot.queue[1].id
    panel.select_id(second)
    window.bridge.run(lambda: console.enqueue(MATTHEW))
    window.bridge.run(lambda: console.move_entry(console.snapshot.queue[-1].id, 0))
    assert panel.selected_id() == second
    assert panel.view.selectionModel().selectedRows()[0].row() == 2
    panel.select_id(console.snapshot.queue[0].id)
    window.bridge.run(console.next_speaker)  # the selected head gets the floor
    assert panel.selected_id() is None  # as after a rebuild: Qt would have moved it to the next
    assert panel.view.selectionModel().selectedRows() == []


def _options(delegate: QStyledItemDelegate, view: QTableView, row: int, column: int) -> dict[str, object]:
    option = QStyleOptionViewItem()
    option.initFrom(view)
    index = view.model().index(row, column)
    delegate.initStyleOption(option, index)
    return {
        "text": option.text,
        "features": option.features,
        "index": (option.index.row(), option.index.column(), option.index.model() is index.model()),
        "font": option.font.key(),
        "alignment": option.displayAlignment,
        "background": (option.backgroundBrush.style(), option.backgroundBrush.color().name()),
        "check": option.checkState,
        "decoration": (option.decorationSize.toTuple(), option.decorationPosition),
        "icon": option.icon.isNull(),
        "text colour": option.palette.text().color().name(),
        "style object": option.styleObject,
    }


def test_cells_are_styled_as_qt_styles_them_from_the_model(window: MainWindow, console) -> None:
    window.bridge.run(console.next_speaker)
    window.bridge.run(lambda: console.add_note("A point on spectrum"))
    plain = QStyledItemDelegate()
    views = [
        window.roster_panel.view,  # behind a sorting proxy
        window.queue_panel.view,
        window.history_panel.view,
        window.notes_panel.view,
    ]
    window.roster_panel.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert isinstance(window.roster_panel.view.model(), QSortFilterProxyModel)
    compared = 0
    for view in views:
        model = view.model()
        for row in range(min(model.rowCount(), 12)):
            for column in range(model.columnCount()):
                assert _options(view.itemDelegate(), view, row, column) == _options(plain, view, row, column)
                compared += 1
    assert compared > 100


def test_in_a_right_to_left_window_each_cell_keeps_its_own_word_order(window: MainWindow) -> None:
    view = window.queue_panel.view
    view.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    option = QStyleOptionViewItem()
    option.initFrom(view)
    view.itemDelegate().initStyleOption(option, view.model().index(0, QueueModel.SPOKEN))
    text = view.model().data(view.model().index(0, QueueModel.SPOKEN))
    assert option.text == "\u2068" + text + "\u2069"  # first strong isolate … pop directional isolate


def test_row_numbers_are_as_wide_as_qt_measures_them() -> None:
    for count in (0, 1, 9, 10, 99, 100, 101, 199, 200, 201, 999, 1000, 1001, 2500):
        model = QStringListModel([str(n) for n in range(count)])
        ours = _table("numbers", None)
        qts = QTableView()
        for view in (ours, qts):
            view.setModel(model)
        # Our own table models number their rows; any other model is measured by Qt's own rule.
        assert ours.verticalHeader().sizeHint() == qts.verticalHeader().sizeHint(), count


def test_row_numbers_of_our_models_match_qts_measure(window: MainWindow) -> None:
    for view in (window.queue_panel.view, window.history_panel.view, window.notes_panel.view):
        plain = QTableView()
        plain.setModel(view.model())
        plain.verticalHeader().setDefaultSectionSize(view.verticalHeader().defaultSectionSize())
        assert view.verticalHeader().sizeHint() == plain.verticalHeader().sizeHint()


class _Cycle:
    def __init__(self) -> None:
        self.me = self


def test_full_collections_leave_the_shown_session_alone_and_an_old_one_is_collected_later(qtbot, monkeypatch) -> None:
    gc.collect()
    leftover = _Cycle()  # like something of the previous session caught in a reference cycle
    alive = weakref.ref(leftover)
    gc_pauses.freeze_shown()
    assert gc.get_freeze_count() > 0
    del leftover
    gc.collect()
    assert alive() is not None  # frozen: a full collection does not walk it
    monkeypatch.setattr(gc_pauses, "COLLECT_AFTER_MS", 10)
    gc_pauses.session_opened()
    qtbot.waitUntil(lambda: alive() is None, timeout=2_000)
    assert gc.get_freeze_count() > 0  # and what is alive is frozen again


def test_the_start_pause_button_keeps_its_width_so_the_toolbar_stays_put(window: MainWindow, console) -> None:
    button = window.toolbar.widgetForAction(window.act["toggle"])
    others = [window.toolbar.widgetForAction(action) for action in (window.act["next"], window.act["enqueue"])]
    places = [other.x() for other in others]
    for step in (console.next_speaker, console.toggle_timer, console.toggle_timer, console.end_intervention):
        window.bridge.run(step)
        window.toolbar.layout().activate()
        assert [other.x() for other in others] == places
        assert button.width() >= button.sizeHint().width()  # its words always fit


def test_cell_texts_are_worked_out_once_per_row_and_again_after_midnight(
    window: MainWindow, console, monkeypatch
) -> None:
    from datetime import date, timedelta

    from moderator_app.ui.models import tables

    window.bridge.run(console.next_speaker)
    model = window.history_panel.model
    worked_out: list[int] = []
    cell = type(model).cell
    monkeypatch.setattr(
        type(model), "cell", lambda self, row, column: worked_out.append(column) or cell(self, row, column)
    )
    model.set_rows(model.shown_rows())  # rows shown anew: nothing worked out yet
    first = model.text_at(0, model.STARTED)
    for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
        assert model.data(model.index(0, model.STARTED), role) == first
    assert worked_out == [model.STARTED]  # once, though asked for four times

    class Tomorrow(date):
        @classmethod
        def today(cls) -> date:
            return date.today() + timedelta(days=1)

    monkeypatch.setattr(tables, "date", Tomorrow)
    model.text_at(0, model.STARTED)
    assert worked_out == [model.STARTED, model.STARTED]  # a new day: the time may need its date now
