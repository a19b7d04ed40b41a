"""The main window as a moderator uses it: keys, timer phases, queue, messages, layout."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QComboBox, QLineEdit

from moderator_app.domain.enums import InterventionState
from moderator_app.domain.session import ParticipantDraft
from moderator_app.ui.common import theme
from moderator_app.ui.dialogs.simple import ShortcutsDialog
from moderator_app.ui.models.tables import QUEUE_MIME


def press(qtbot, window, key, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(window.focusWidget() or window, key, modifier)


def test_window_opens_on_demo_with_nobody_speaking(window, console):
    assert "Towards an Inclusive Cybersecurity" in window.windowTitle()
    assert window.roster_panel.model.rowCount() == len(console.snapshot.participants) == 10
    assert window.queue_panel.model.rowCount() == 5
    assert "Nobody has the floor" in window.timer_panel.phase_label.text()
    assert window.timer_panel.hasFocus()


def test_n_gives_floor_to_head_of_queue_and_timer_shows_name_and_countdown(qtbot, window, console, clock):
    head = console.snapshot.participant(console.snapshot.queue[0].participant_id)
    press(qtbot, window, Qt.Key.Key_N)
    assert console.snapshot.current_intervention.participant_id == head.id
    assert window.timer_panel.speaker_label.text() == head.name
    clock.advance(20)
    window.tick()
    assert window.timer_panel.time_label.text() == "2:40"
    assert "ON TIME" in window.timer_panel.phase_label.text()
    assert window.queue_panel.model.rowCount() == 4


def test_phases_change_colour_shape_and_words_at_warning_and_overtime(qtbot, window, clock):
    press(qtbot, window, Qt.Key.Key_N)
    clock.advance(155)  # 25 s left of 3:00, inside the 30 s warning
    window.tick()
    assert "WRAP UP" in window.timer_panel.phase_label.text()
    assert "▲" in window.timer_panel.phase_label.text()
    assert theme.current().phases["warning"][0] in window.timer_panel.styleSheet()
    clock.advance(35)  # 10 s over
    window.tick()
    assert window.timer_panel.time_label.text() == "+0:10"
    assert "OVER TIME" in window.timer_panel.phase_label.text()
    assert "■" in window.timer_panel.phase_label.text()
    assert theme.current().phases["overtime"][0] in window.timer_panel.styleSheet()


def test_space_pauses_and_resumes_and_paused_time_is_not_counted(qtbot, window, console, clock):
    press(qtbot, window, Qt.Key.Key_N)
    clock.advance(10)
    press(qtbot, window, Qt.Key.Key_Space)
    assert console.snapshot.current_intervention.state is InterventionState.PAUSED
    window.tick()
    assert "PAUSED" in window.timer_panel.phase_label.text()
    clock.advance(60)
    press(qtbot, window, Qt.Key.Key_Space)
    clock.advance(5)
    window.tick()
    assert window.timer_panel.time_label.text() == "2:45"


def test_plus_and_minus_change_allotted_time_by_thirty_seconds(qtbot, window, console):
    press(qtbot, window, Qt.Key.Key_N)
    press(qtbot, window, Qt.Key.Key_Plus)
    assert console.snapshot.current_intervention.allotted_seconds == 210
    press(qtbot, window, Qt.Key.Key_Minus)
    press(qtbot, window, Qt.Key.Key_Minus)
    assert console.snapshot.current_intervention.allotted_seconds == 150


def test_typing_in_the_roster_filter_does_not_trigger_shortcuts_and_esc_returns_to_timer(qtbot, window, console):
    window.roster_panel.filter_edit.setFocus()
    qtbot.keyClicks(window.roster_panel.filter_edit, "na")
    assert window.roster_panel.filter_edit.text() == "na"
    assert console.snapshot.current_intervention is None
    assert len(console.snapshot.queue) == 5
    press(qtbot, window, Qt.Key.Key_Escape)
    assert window.timer_panel.hasFocus()
    press(qtbot, window, Qt.Key.Key_N)
    assert console.snapshot.current_intervention is not None


def test_ending_with_nobody_speaking_shows_a_message_instead_of_failing(qtbot, window):
    press(qtbot, window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert window.act["end"].isEnabled() is False
    window.commands.end_intervention()
    assert "Nobody has the floor" in window.message_label.text()
    assert window.message_label.text().startswith("⚠")


def test_dropping_a_queue_entry_reorders_the_stored_queue(window, console):
    model = window.queue_panel.model
    first = console.snapshot.queue[0].id
    mime = model.mimeData([model.index(0, 0)])
    assert mime.hasFormat(QUEUE_MIME)
    model.dropMimeData(mime, Qt.DropAction.MoveAction, 3, 0, model.index(-1, -1))
    assert [e.id for e in console.snapshot.queue].index(first) == 2
    assert model.row_object(2).entry.id == first
    empty = QMimeData()
    assert model.dropMimeData(empty, Qt.DropAction.MoveAction, 0, 0, model.index(-1, -1)) is False


def test_queue_keyboard_moves_and_undo_redo(qtbot, window, console):
    original = [e.id for e in console.snapshot.queue]
    window.queue_panel.view.selectRow(0)
    press(qtbot, window, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert [e.id for e in console.snapshot.queue][1] == original[0]
    press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [e.id for e in console.snapshot.queue] == original
    press(qtbot, window, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert [e.id for e in console.snapshot.queue][1] == original[0]


def test_hostile_names_are_shown_as_plain_text(qtbot, window, console):
    hostile = "<b>Bold</b> <img src=x> \u202eevil =cmd|' /C calc'!A0"
    added = console.add_participant(ParticipantDraft(name=hostile))
    console.give_floor(added.id)
    window.tick()
    label = window.timer_panel.speaker_label
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert label.text() == console.snapshot.participant(added.id).name
    assert "<b>" in label.text()


def test_shortcut_list_shows_every_action_that_has_keys(window):
    groups = [(name, actions) for name, actions in window.actions_by_menu]
    dialog = ShortcutsDialog(groups, window)
    listed = {dialog.table.item(row, 1).text() for row in range(dialog.table.rowCount())}
    with_keys = {a.text().replace("&", "") for _n, actions in groups for a in actions if a.shortcuts()}
    assert listed == with_keys
    for required in ("Next speaker", "End intervention", "Give 30 s more", "Take 30 s away", "Next agenda segment"):
        assert required in listed
    keys = {dialog.table.item(row, 0).text() for row in range(dialog.table.rowCount())}
    assert "Space" in keys and "N" in keys


def test_every_interactive_control_has_an_accessible_name(window):
    controls = [
        widget
        for kind in (QAbstractButton, QLineEdit, QAbstractItemView, QComboBox)
        for widget in window.findChildren(kind)
        if widget.isVisible()
    ]
    assert controls
    unnamed = [f"{type(w).__name__}:{w.objectName()}" for w in controls if not w.accessibleName().strip()]
    assert unnamed == []


def test_dock_layout_is_restored_on_restart(make_window):
    first = make_window()
    first.history_dock.hide()
    first.save_layout()
    first.close()
    second = make_window()
    assert second.history_dock.isHidden()


def test_next_segment_moves_the_agenda_and_the_session_bar_shows_it(qtbot, window, console):
    press(qtbot, window, Qt.Key.Key_N)
    press(qtbot, window, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    second = sorted(console.snapshot.segments, key=lambda s: s.position)[1]
    assert console.session.current_segment_id == second.id
    window.tick()
    assert second.title in window.session_bar.accessibleDescription()  # the label itself may be shortened


def test_models_pass_the_qt_model_tester(qtmodeltester, window, qtbot):
    press(qtbot, window, Qt.Key.Key_N)
    window.refresher.refresh()
    for model in (window.roster_panel.model, window.queue_panel.model, window.history_panel.model):
        qtmodeltester.check(model)


def test_keyboard_shortcuts_page_lists_every_shortcut_of_the_app(window):
    from pathlib import Path

    from PySide6.QtGui import QKeySequence

    page = (Path(__file__).resolve().parents[2] / "docs" / "keyboard-shortcuts.md").read_text(encoding="utf-8")
    rows = [line for line in page.splitlines() if line.startswith("| `")]
    missing = []
    for _menu, actions in window.actions_by_menu:
        for action in actions:
            if not action.shortcuts():
                continue
            keys = " or ".join(f"`{s.toString(QKeySequence.SequenceFormat.PortableText)}`" for s in action.shortcuts())
            if not any(row.startswith(f"| {keys} |") for row in rows):
                missing.append(f"{keys} ({action.text()})")
    assert missing == []
    assert len(rows) == sum(1 for _m, actions in window.actions_by_menu for a in actions if a.shortcuts())


def test_delete_withdraws_from_the_queue_only_while_the_queue_has_focus(qtbot, window, console):
    waiting = len(console.snapshot.queue)
    window.queue_panel.view.selectRow(0)
    window.roster_panel.view.setFocus()
    qtbot.keyClick(window.roster_panel.view, Qt.Key.Key_Delete)
    assert len(console.snapshot.queue) == waiting
    window.queue_panel.view.setFocus()
    window.queue_panel.view.selectRow(0)
    qtbot.keyClick(window.queue_panel.view, Qt.Key.Key_Delete)
    assert len(console.snapshot.queue) == waiting - 1


def test_taking_all_time_away_shows_overtime_not_an_untimed_count_up(qtbot, window, console, clock):
    press(qtbot, window, Qt.Key.Key_N)
    console.set_allotted(60)
    clock.advance(10)
    press(qtbot, window, Qt.Key.Key_Minus)
    press(qtbot, window, Qt.Key.Key_Minus)
    window.tick()
    assert window.timer_panel.time_label.text() == "+0:10"
    assert "OVER TIME" in window.timer_panel.phase_label.text()


def test_paused_turn_has_its_own_shape(qtbot, window):
    press(qtbot, window, Qt.Key.Key_N)
    press(qtbot, window, Qt.Key.Key_Space)
    window.tick()
    assert "❚❚" in window.timer_panel.phase_label.text()
    assert "●" not in window.timer_panel.phase_label.text()


def test_s_gives_the_floor_to_the_suggested_speaker_and_the_panel_says_why(qtbot, window, console):
    window.tick()
    assert "Suggested next" in window.balance_panel.suggestion_label.text()
    suggestion = console.suggestion()
    press(qtbot, window, Qt.Key.Key_S)
    assert console.snapshot.current_intervention.participant_id == suggestion.participant_id
