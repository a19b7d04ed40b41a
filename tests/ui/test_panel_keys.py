"""No keyboard trap: Tab leaves every table, F6 goes round the panels, F7 reaches the queue."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget


def _walk(qtbot, start: QWidget, key: Qt.Key, count: int, modifier=Qt.KeyboardModifier.NoModifier) -> list[QWidget]:
    """Real key presses from ``start``: the widget with the focus after each."""
    start.setFocus(Qt.FocusReason.OtherFocusReason)
    QApplication.processEvents()
    seen = [QApplication.focusWidget()]
    for _ in range(count):
        qtbot.keyClick(QApplication.focusWidget(), key, modifier)
        seen.append(QApplication.focusWidget())
    return seen


def test_tab_from_the_timer_reaches_the_queue_and_comes_back_round(qtbot, window):
    seen = _walk(qtbot, window.timer_panel, Qt.Key.Key_Tab, 40)
    roster, queue = window.roster_panel.view, window.queue_panel.view
    assert roster in seen and queue in seen
    # One Tab takes the focus out of the roster table, never from cell to cell inside it.
    after_roster = seen[seen.index(roster) + 1]
    assert after_roster is not roster
    order = [queue, window.remote_panel.view, window.balance_panel.tabs, window.history_panel.view]
    assert [seen.index(widget) for widget in order] == sorted(seen.index(widget) for widget in order)
    assert window.timer_panel in seen[1:]  # round the window and back to the start: no trap


def test_no_table_in_the_window_keeps_tab_for_itself(qtbot, window):
    for view in (
        window.roster_panel.view,
        window.queue_panel.view,
        window.remote_panel.view,
        window.history_panel.view,
        window.notes_panel.view,
    ):
        assert not view.tabKeyNavigation(), view.accessibleName()
    window.roster_panel.view.setCurrentIndex(window.roster_panel.proxy.index(0, 0))
    seen = _walk(qtbot, window.roster_panel.view, Qt.Key.Key_Tab, 1)
    assert seen[1] is not window.roster_panel.view
    seen = _walk(qtbot, window.queue_panel.view, Qt.Key.Key_Backtab, 1, Qt.KeyboardModifier.ShiftModifier)
    assert seen[1] is not window.queue_panel.view


def test_f6_goes_round_every_panel_and_shift_f6_goes_back(qtbot, window):
    seen = _walk(qtbot, window.timer_panel, Qt.Key.Key_F6, 7)
    assert seen == [
        window.timer_panel,
        window.roster_panel.view,
        window.queue_panel.view,
        window.remote_panel.view,
        window.balance_panel.tabs,
        window.history_panel.view,
        window.notes_panel.view,
        window.timer_panel,
    ]
    back = _walk(qtbot, window.timer_panel, Qt.Key.Key_F6, 2, Qt.KeyboardModifier.ShiftModifier)
    assert back[1:] == [window.notes_panel.view, window.history_panel.view]
    # A panel stacked behind another comes to the front when F6 reaches it.
    assert window.history_panel.isVisible()


def test_f6_from_a_text_field_still_moves_and_skips_a_closed_panel(qtbot, window):
    window.balance_dock.close()
    seen = _walk(qtbot, window.roster_panel.filter_edit, Qt.Key.Key_F6, 3)
    assert seen[1:] == [window.queue_panel.view, window.remote_panel.view, window.history_panel.view]


def test_f7_puts_the_keys_on_the_queue_where_delete_and_alt_arrows_work(qtbot, window, console):
    first, second = (entry.id for entry in console.snapshot.queue[:2])
    waiting = len(console.snapshot.queue)
    qtbot.keyClick(window.timer_panel, Qt.Key.Key_F7)
    view = window.queue_panel.view
    assert QApplication.focusWidget() is view
    assert window.queue_panel.selected_id() == first  # a row is current at once
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert [entry.id for entry in console.snapshot.queue[:2]] == [second, first]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Delete)
    assert len(console.snapshot.queue) == waiting - 1


def test_the_panel_keys_are_in_the_view_menu_and_the_shortcut_list(window):
    view_menu = dict(window.actions_by_menu)[window.tr("&View")]
    keys = {action.shortcut().toString() for action in view_menu}
    assert {"F6", "Shift+F6", "F7"} <= keys


def test_f2_in_the_roster_filter_edits_the_only_match(qtbot, window, console, monkeypatch):
    from moderator_app.ui.dialogs import participant_dialog

    shown = []
    monkeypatch.setattr(participant_dialog, "ask_participant", lambda _w, _c, draft=None: shown.append(draft))
    person = console.snapshot.participants[3]
    qtbot.keyClick(window.timer_panel, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    filter_edit = window.roster_panel.filter_edit
    assert QApplication.focusWidget() is filter_edit
    qtbot.keyClicks(filter_edit, person.name)
    assert window.roster_panel.proxy.rowCount() == 1
    qtbot.keyClick(filter_edit, Qt.Key.Key_F2)
    assert [draft.name for draft in shown] == [person.name]
    # With several matches and none chosen, F2 still asks to pick one first.
    filter_edit.setText(person.name.split()[0][:1])
    assert window.roster_panel.proxy.rowCount() > 1
    window.roster_panel.view.setCurrentIndex(window.roster_panel.proxy.index(-1, -1))
    qtbot.keyClick(filter_edit, Qt.Key.Key_F2)
    assert len(shown) == 1 and "Select someone" in window.message_label.text()


def test_tab_into_a_panel_stacked_behind_another_brings_it_to_the_front(qtbot, window):
    window.queue_dock.raise_()
    QApplication.processEvents()
    assert window.remote_dock.visibleRegion().isEmpty()  # behind the queue's tab
    seen = _walk(qtbot, window.queue_panel.view, Qt.Key.Key_Tab, 1)
    assert seen[1] is window.remote_panel.who_edit
    QApplication.processEvents()
    assert not window.remote_dock.visibleRegion().isEmpty()  # the field being typed in is in sight
