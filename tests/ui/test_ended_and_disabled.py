"""An ended session shows as ended, turns off what cannot be done, and a key that does nothing says why."""

from __future__ import annotations

from PySide6.QtCore import Qt

from moderator_app.ui.window.enabled import why_disabled


def _press(qtbot, window, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    window.focus_timer()
    qtbot.keyClick(window.timer_panel, key, modifier)


def test_after_end_session_the_timer_says_ended_and_calling_someone_is_off(qtbot, window, console, clock):
    _press(qtbot, window, Qt.Key.Key_N)
    clock.advance(30)
    console.end_session()
    window.refresher.refresh()
    timer = window.timer_panel
    assert "Session ended" in timer.phase_label.text()
    assert "Press N" not in timer.affiliation_label.text() and "Shift+F5" in timer.affiliation_label.text()
    assert console.snapshot.queue  # people still wait, but nobody can be given the floor
    for action in (window.act["toggle"], window.act["next"], window.act["suggested"]):
        assert not action.isEnabled(), action.text()
    assert not window.toolbar.widgetForAction(window.act["toggle"]).isEnabled()
    assert not window.balance_panel.suggestion_button.isEnabled()


def test_n_space_and_s_after_the_end_say_why_and_change_nothing(qtbot, window, console):
    console.start_session()
    console.end_session()
    window.refresher.refresh()
    turns = len(console.snapshot.interventions)
    for key in (Qt.Key.Key_N, Qt.Key.Key_Space, Qt.Key.Key_S):
        window.message_label.setText("")
        _press(qtbot, window, key)
        assert "session has ended" in window.message_label.text(), key
        assert "Shift+F5" in window.message_label.text()
    assert len(console.snapshot.interventions) == turns
    window.act["resume_session"].trigger()
    assert window.act["next"].isEnabled() and window.act["toggle"].isEnabled()
    assert "Session ended" not in window.timer_panel.phase_label.text()


def test_keys_switched_off_for_other_reasons_say_so_too(qtbot, window, console):
    window.message_label.setText("")
    _press(qtbot, window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)  # end turn, nobody speaking
    assert "Nobody has the floor" in window.message_label.text()
    for entry in list(console.snapshot.queue):
        console.withdraw(entry.id)
    window.refresher.refresh()
    _press(qtbot, window, Qt.Key.Key_N)
    assert "queue is empty" in window.message_label.text()


def test_every_action_that_can_be_switched_off_has_a_reason(window):
    switched = [
        window.act["toggle"],
        window.act["next"],
        window.act["suggested"],
        window.act["end"],
        window.act["plus"],
        window.act["minus"],
        window.act["allot"],
        window.act["undo"],
        window.act["redo"],
        window.act["interleave"],
        window.act["start_session"],
        window.act["end_session"],
        window.act["resume_session"],
        window.act["next_segment"],
        window.act["leave_shared"],
    ]
    assert all(why_disabled(window.act, window.bridge.console, action) for action in switched)


def test_ctrl_z_once_the_only_changed_entry_has_spoken_says_nothing_to_undo(qtbot, window, console):
    queued = {entry.participant_id for entry in console.snapshot.queue}
    newcomer = next(p for p in console.snapshot.participants if p.id not in queued)
    added = console.enqueue(newcomer.id)
    console.move_entry(added.id, 0)
    window.refresher.refresh()
    _press(qtbot, window, Qt.Key.Key_N)  # the newcomer speaks: both queue changes were about them
    assert console.snapshot.current_intervention.participant_id == newcomer.id
    assert not window.act["undo"].isEnabled()
    queue = console.snapshot.queue
    window.message_label.setText("")
    _press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "Nothing to undo" in window.message_label.text()
    assert "undone" not in window.message_label.text()
    assert console.snapshot.queue == queue
