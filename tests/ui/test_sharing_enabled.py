"""Share, Join and Leave, and a joined role's commands, are on or off with the live link, each saying why.

The link's state is set by hand here (tests/ui/test_sharing_ui.py runs real links on loopback): the
window asks ``SharingCommands.state`` as it does when a link starts or ends.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from moderator_app.ui.sharing.commands import SharingCommands
from moderator_app.ui.window.action_table import ACTIONS
from moderator_app.ui.window.actions import Scope
from moderator_app.ui.window.enabled import NOT_SHARING, WRITERS, Sharing, role_refusal, why_disabled
from moderator_app.ui.window.main_window import MainWindow

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
#: Every command only the onsite moderator's laptop runs on a shared session.
HOST_ONLY = sorted(name for name, writers in WRITERS.items() if not writers)
NOTES = ("quick_note", "edit_note", "delete_note", "undo_note")
REMOTE = ("remote", "add_person")


@pytest.fixture
def link_is(monkeypatch: pytest.MonkeyPatch, window: MainWindow) -> Callable[[Sharing], None]:
    """Put the window's live link in a state, and tell the window, as SharingCommands does."""

    def set_state(state: Sharing) -> None:
        monkeypatch.setattr(SharingCommands, "state", property(lambda _self: state))
        window.sharing_changed()

    return set_state


def joined(window: MainWindow, role: str) -> Sharing:
    return Sharing(role=role, session_id=window.bridge.console.session_id)


def reason(window: MainWindow, name: str, state: Sharing) -> str:
    return why_disabled(window.act, window.bridge.console, window.act[name], state) or ""


def press(qtbot, window: MainWindow, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> str:
    window.focus_timer()
    window.message_label.setText("")
    qtbot.keyClick(window.timer_panel, key, modifier)
    return window.message_label.text()


def test_not_sharing_share_and_join_are_on_and_leave_is_off_saying_why(window, link_is):
    link_is(NOT_SHARING)
    act = window.act
    assert act["share_session"].isEnabled() and act["join_shared"].isEnabled()
    assert not act["leave_shared"].isEnabled()
    assert act["leave_shared"].text() == "&Leave the shared session"
    assert reason(window, "leave_shared", NOT_SHARING) == "This laptop is not sharing a session or joined to one."
    for name in (*NOTES, *REMOTE, "edit_person", "details", "enqueue"):
        assert act[name].isEnabled(), name


def test_while_sharing_join_is_off_and_leave_says_stop_sharing(qtbot, window, link_is):
    hosting = Sharing(hosting=True, session_id=window.bridge.console.session_id)
    link_is(hosting)
    act = window.act
    assert act["share_session"].isEnabled()  # brings the share's window back
    assert act["leave_shared"].isEnabled() and act["leave_shared"].text() == "&Stop sharing"
    assert not act["join_shared"].isEnabled()
    said = press(qtbot, window, Qt.Key.Key_J, CTRL_SHIFT)
    assert "This laptop is sharing its session" in said and "Stop sharing (Ctrl+Shift+L)" in said
    # The host is the onsite moderator's laptop: every command is its own.
    assert all(role_refusal(name, window.bridge.console, hosting) is None for name in WRITERS)
    assert act["next"].isEnabled() and act["edit_person"].isEnabled() and act["quick_note"].isEnabled()


def test_a_rapporteur_s_window_offers_the_notes_but_not_the_floor_queues_agenda_or_roster(qtbot, window, link_is):
    state = joined(window, "rapporteur")
    link_is(state)
    act = window.act
    assert act["leave_shared"].isEnabled() and act["leave_shared"].text() == "&Leave the shared session"
    assert not act["share_session"].isEnabled() and not act["join_shared"].isEnabled()
    assert "cannot share it" in reason(window, "share_session", state)
    assert "is joined to a shared session" in reason(window, "join_shared", state)
    for name in HOST_ONLY:
        assert not act[name].isEnabled(), name
        said = reason(window, name, state)
        assert "only the onsite moderator's laptop" in said and "joined as rapporteur" in said, name
    for name in REMOTE:
        assert not act[name].isEnabled(), name
        assert "online moderator's laptop" in reason(window, name, state)
    for name in NOTES:
        assert act[name].isEnabled(), name
    assert not window.toolbar.widgetForAction(act["next"]).isEnabled()
    # N, with people in the queue, says whose laptop gives the floor instead of the queue being empty.
    assert window.bridge.console.snapshot.queue
    assert "only the onsite moderator's laptop" in press(qtbot, window, Qt.Key.Key_N)
    assert window.bridge.console.snapshot.current_intervention is None


def test_a_rapporteur_s_mouse_and_panel_keys_are_refused_as_their_commands_are(qtbot, window, link_is):
    link_is(joined(window, "rapporteur"))
    console = window.bridge.console
    queue = console.snapshot.queue
    view = window.queue_panel.view
    view.selectRow(0)
    window.message_label.setText("")
    view.doubleClicked.emit(view.model().index(0, 0))  # what a double-click on the entry sends
    assert console.snapshot.current_intervention is None
    assert "only the onsite moderator's laptop" in window.message_label.text()
    window.queue_panel.model.move_requested.emit(queue[0].id, 2)
    assert console.snapshot.queue == queue
    window.remote_panel.who_edit.setText("Amina Diallo")
    window.remote_panel.submitted.emit()
    assert console.snapshot.remote_queue == ()
    assert "online moderator's laptop" in window.message_label.text()
    reference = console.session.balance_reference
    combo = window.balance_panel.reference_combo
    other = next(i for i in range(combo.count()) if combo.itemData(i) != reference)
    combo.setCurrentIndex(other)
    window.balance_panel.reference_changed.emit(combo.itemData(other))
    assert console.session.balance_reference == reference
    assert combo.currentData() == reference  # the choice goes back to the session's
    # The notes are the rapporteur's: a quick note is saved.
    qtbot.keyClicks(window.quick_note.edit, "Access came first")
    qtbot.keyClick(window.quick_note.edit, Qt.Key.Key_Return)
    assert [note.text for note in console.snapshot.notes] == ["Access came first"]


def test_an_online_moderator_s_window_takes_remote_requests_but_writes_no_notes(qtbot, window, link_is):
    state = joined(window, "online-moderator")
    link_is(state)
    act = window.act
    console = window.bridge.console
    for name in REMOTE:
        assert act[name].isEnabled(), name
    for name in NOTES:
        assert not act[name].isEnabled(), name
        said = reason(window, name, state)
        assert "the notes are written on the rapporteur's laptop" in said and "joined as online moderator" in said
    assert "only the onsite moderator's laptop" in reason(window, "interleave", state)
    qtbot.keyClicks(window.quick_note.edit, "A note here")
    qtbot.keyClick(window.quick_note.edit, Qt.Key.Key_Return)
    assert console.snapshot.notes == ()
    assert window.quick_note.edit.text() == "A note here"  # kept, not lost
    assert "rapporteur's laptop" in window.message_label.text()
    panel = window.remote_panel
    panel.who_edit.setText("Amina Diallo")
    panel.text_edit.setPlainText("Who pays the spectrum fees?")
    qtbot.keyClick(panel.who_edit, Qt.Key.Key_Return)
    (entry,) = console.snapshot.remote_queue
    panel.entry_command.emit("interleave", entry.id)
    assert console.snapshot.remote_queue == (entry,)  # bringing it in is the onsite moderator's
    panel.entry_command.emit("withdraw", entry.id)
    assert console.snapshot.remote_queue == ()


def test_a_joined_laptop_s_own_other_sessions_are_all_its_own(window, link_is):
    elsewhere = Sharing(role="rapporteur", session_id="another-session-than-the-one-shown")
    link_is(elsewhere)
    assert all(role_refusal(name, window.bridge.console, elsewhere) is None for name in WRITERS)
    for name in ("next", "details", "edit_person", "enqueue", "remote"):
        assert window.act[name].isEnabled(), name


def test_leaving_switches_everything_back_on(window, link_is):
    link_is(joined(window, "rapporteur"))
    assert not window.act["details"].isEnabled()
    link_is(NOT_SHARING)
    for name in ("details", "edit_person", "enqueue", "next", "remote", "join_shared", "share_session"):
        assert window.act[name].isEnabled(), name
    assert not window.act["leave_shared"].isEnabled()


def test_every_command_a_role_may_not_use_is_an_action_with_a_reason(window):
    names = {spec.name for spec in ACTIONS}
    assert set(WRITERS) <= names
    for role in ("online-moderator", "rapporteur"):
        state = joined(window, role)
        for name, writers in WRITERS.items():
            assert bool(reason(window, name, state)) == (role not in writers), (role, name)


def test_no_two_window_wide_commands_share_a_key(window):
    """The sharing keys (Ctrl+Shift+H, J, L) among them; the notes table's and the queue's own keys
    (F2, Del, Ctrl+Z) only work where their table or panel has the focus."""
    scoped = {spec.name for spec in ACTIONS if spec.scope is not Scope.WINDOW}
    seen: dict[str, str] = {}
    for _menu, actions in window.actions_by_menu:
        for action in actions:
            if action.objectName() in scoped:
                continue
            for key in action.shortcuts():
                text = key.toString(QKeySequence.SequenceFormat.PortableText)
                assert text not in seen, f"{text}: {seen.get(text)} and {action.text()}"
                seen[text] = action.text()
    assert {"Ctrl+Shift+H", "Ctrl+Shift+J", "Ctrl+Shift+L"} <= seen.keys()


def test_the_sharing_keys_run_their_commands(qtbot, window, monkeypatch, link_is):
    ran: list[str] = []
    for name in ("share_session", "join_session", "leave"):
        monkeypatch.setattr(window.sharing, name, lambda name=name: ran.append(name))
    link_is(NOT_SHARING)
    press(qtbot, window, Qt.Key.Key_H, CTRL_SHIFT)
    press(qtbot, window, Qt.Key.Key_J, CTRL_SHIFT)
    link_is(Sharing(hosting=True, session_id=window.bridge.console.session_id))
    press(qtbot, window, Qt.Key.Key_L, CTRL_SHIFT)
    assert ran == ["share_session", "join_session", "leave"]


def test_an_online_moderator_reads_the_report_without_writing_it_and_a_rapporteur_writes_it(qtbot, window, link_is):
    link_is(joined(window, "online-moderator"))
    window.act["report"].trigger()
    report = window.commands.report_window
    assert report is not None
    qtbot.addWidget(report)
    assert report.editor.isReadOnly() and not report.attendance_form.isEnabled()
    assert not report.refusal_label.isHidden()
    assert "rapporteur's laptop" in report.refusal_label.text() and "online moderator" in report.refusal_label.text()
    report.editor.setPlainText("typed anyway")  # a programmatic change: still nothing is stored
    report.save_pending()
    assert window.bridge.console.report_sections("igf-workshop") == {}
    link_is(joined(window, "rapporteur"))  # the window follows the link without reopening
    assert not report.editor.isReadOnly() and report.attendance_form.isEnabled()
    assert report.refusal_label.text() == "" and report.refusal_label.isHidden()
    link_is(NOT_SHARING)
    assert not report.editor.isReadOnly()
