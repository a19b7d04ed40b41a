"""The online moderator's Remote queue panel: its fields keep single keys to themselves, Enter adds,
I brings a request into the main queue, the Next line shows it, and every control has a name."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QComboBox, QLineEdit, QPlainTextEdit

from moderator_app.domain.enums import Attendance, InterventionKind
from moderator_app.domain.session import Segment
from moderator_app.ui.dialogs.session_dialog import SessionDialog

LEA = "7c1d2e5a-2017-4c1d-9e1f-100000000002"
REMOTE_SEGMENT = "7c1d2e5a-2017-4c1d-9e1f-200000000004"


def test_ctrl_shift_r_focuses_the_name_field_and_typing_there_never_fires_single_keys(qtbot, window, console):
    qtbot.keyClick(
        window.timer_panel, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    panel = window.remote_panel
    assert panel.who_edit.hasFocus()
    assert window.remote_dock.isVisible()
    queue_before = console.snapshot.queue
    qtbot.keyClicks(panel.who_edit, "Nina Sipi")
    qtbot.keyClick(panel.who_edit, Qt.Key.Key_Space)
    qtbot.keyClicks(panel.who_edit, "+-AIPQST")
    assert panel.who_edit.text() == "Nina Sipi +-AIPQST"
    panel.text_edit.setFocus()
    qtbot.keyClicks(panel.text_edit, "N n I i")
    assert panel.text_edit.toPlainText() == "N n I i"
    panel.kind_combo.setFocus()
    qtbot.keyClick(panel.kind_combo, Qt.Key.Key_N)
    qtbot.keyClick(panel.kind_combo, Qt.Key.Key_Space)
    assert console.snapshot.current_intervention is None
    assert console.snapshot.queue == queue_before
    assert console.snapshot.remote_queue == ()


def test_enter_adds_and_a_new_name_creates_a_remote_participant(qtbot, window, console):
    panel = window.remote_panel
    window.remote_commands.focus_remote()
    qtbot.keyClicks(panel.who_edit, "Amina Diallo")
    assert "New" in panel.who_status.text()
    panel.affiliation_edit.setText("Dakar Community WiFi")
    panel.platform_combo.setCurrentText("Mastodon replies")
    panel.text_edit.setPlainText("Who pays the spectrum fees?")
    qtbot.keyClick(panel.who_edit, Qt.Key.Key_Return)
    (entry,) = console.snapshot.remote_queue
    amina = console.snapshot.participant(entry.participant_id)
    assert (amina.name, amina.affiliation, amina.attendance) == (
        "Amina Diallo",
        "Dakar Community WiFi",
        Attendance.REMOTE,
    )
    assert (entry.platform, entry.text, entry.kind) == (
        "Mastodon replies",
        "Who pays the spectrum fees?",
        InterventionKind.QUESTION,
    )
    assert panel.model.rowCount() == 1
    assert panel.who_edit.text() == "" and panel.text_edit.toPlainText() == ""
    assert panel.platform() == "Mastodon replies"  # the channel stays for the next request
    assert "(2)" not in window.remote_dock.windowTitle() and "(1)" in window.remote_dock.windowTitle()
    assert "Amina Diallo" in window.message_label.text()
    names = [
        window.roster_panel.model.data(window.roster_panel.model.index(r, 0))
        for r in range(window.roster_panel.model.rowCount())
    ]
    assert "Amina Diallo (remote)" in names


def test_ctrl_enter_in_the_text_adds_and_a_known_remote_name_is_not_added_again(qtbot, window, console):
    panel = window.remote_panel
    guest = console.add_remote(name="Remote Guest", platform="Zoom chat")
    console.withdraw_remote(guest.id)
    window.refresher.refresh()
    before = len(console.snapshot.participants)
    panel.who_edit.setText("remote guest")
    assert "On the roster" in panel.who_status.text()
    panel.kind_combo.setCurrentIndex(2)  # Comment (an intervention)
    panel.text_edit.setFocus()
    qtbot.keyClicks(panel.text_edit, "A comment")
    qtbot.keyClick(panel.text_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    (entry,) = console.snapshot.remote_queue
    assert entry.participant_id == guest.participant_id and entry.kind is InterventionKind.INTERVENTION
    assert len(console.snapshot.participants) == before
    assert console.snapshot.current_intervention is None  # not the roster's "give the floor"


def test_an_onsite_name_typed_as_a_remote_request_becomes_a_separate_remote_participant(qtbot, window, console):
    panel = window.remote_panel
    lea = console.snapshot.participant(LEA)
    panel.who_edit.setText(lea.name.lower())
    assert "someone onsite has this name" in panel.who_status.text()


def test_i_brings_the_first_remote_request_into_the_main_queue_and_the_next_line_shows_it(qtbot, window, console):
    console.add_remote(name="Amina Diallo", platform="Zoom chat", text="Who pays the spectrum fees?")
    window.tick()
    assert "1 remote waiting" in window.next_label.text()
    window.focus_timer()
    qtbot.keyClick(window.timer_panel, Qt.Key.Key_I)
    assert console.snapshot.remote_queue == ()
    head = console.snapshot.queue[0]
    assert head.text == "Who pays the spectrum fees?"
    window.tick()
    assert window.next_label.text().startswith("Next: 1. ")
    assert "Amina Diallo" in window.next_label.text().split("2.")[0]
    assert "(remote)" in window.next_label.text().split("2.")[0]
    name_cell = window.queue_panel.model.data(window.queue_panel.model.index(0, 0))
    assert "Amina Diallo" in name_cell and "remote · Zoom chat" in name_cell and "spectrum fees" in name_cell
    qtbot.keyClick(window.timer_panel, Qt.Key.Key_N)
    assert console.snapshot.current_intervention.participant_id == head.participant_id


def test_in_the_remote_segment_the_next_line_and_n_follow_the_remote_queue(qtbot, window, console):
    for _ in range(len(console.snapshot.queue)):
        console.withdraw(console.snapshot.queue[0].id)
    window.refresher.refresh()
    assert not window.act["next"].isEnabled()
    remote = console.add_remote(name="Chen Jing", platform="Slido")
    assert window.act["next"].isEnabled()  # an empty main queue: N calls from the remote one
    console.enqueue(LEA)
    console.start_session()
    while console.session.current_segment_id != REMOTE_SEGMENT:
        console.next_segment()
    window.tick()
    assert window.next_label.text().startswith("Next: 1. ")
    assert "Chen Jing" in window.next_label.text().split("2.")[0]
    qtbot.keyClick(window.timer_panel, Qt.Key.Key_N)
    assert console.snapshot.current_intervention.participant_id == remote.participant_id


def test_double_click_gives_a_remote_request_the_floor_with_its_text_as_a_note(qtbot, window, console):
    entry = console.add_remote(name="Amina Diallo", platform="Zoom chat", text="Who pays?")
    window.remote_dock.raise_()
    panel = window.remote_panel
    qtbot.waitUntil(panel.view.isVisible)
    panel.view.selectRow(0)
    rect = panel.view.visualRect(panel.model.index(0, 0))
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    current = console.snapshot.current_intervention
    assert current.participant_id == entry.participant_id and current.kind is InterventionKind.QUESTION
    assert any(n.intervention_id == current.id and "Who pays?" in n.text for n in console.snapshot.notes)
    assert panel.model.rowCount() == 0


def test_the_remote_table_keys_withdraw_and_move(qtbot, window, console):
    a = console.add_remote(name="Remote A")
    b = console.add_remote(name="Remote B")
    panel = window.remote_panel
    panel.view.setFocus()
    panel.select_id(b.id)
    qtbot.keyClick(panel.view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert [e.id for e in console.snapshot.remote_queue] == [b.id, a.id]
    main_before = console.snapshot.queue
    panel.select_id(b.id)
    qtbot.keyClick(panel.view, Qt.Key.Key_Delete)
    assert [e.id for e in console.snapshot.remote_queue] == [a.id]
    assert console.snapshot.queue == main_before  # the main queue's Delete did not fire
    c = console.add_remote(name="Remote C")
    panel.select_id(c.id)
    qtbot.keyClick(panel.view, Qt.Key.Key_I)  # in the table: the selected one, not the first
    assert [e.id for e in console.snapshot.remote_queue] == [a.id]
    assert console.snapshot.queue[0].id == c.id


def test_the_remote_model_passes_the_qt_model_tester(qtmodeltester, window, console):
    console.add_remote(name="Remote A", platform="Zoom chat", text="x" * 500)
    console.add_remote(name="Remote B")
    qtmodeltester.check(window.remote_panel.model)


def test_every_remote_control_has_an_accessible_name(window):
    window.remote_dock.raise_()
    panel = window.remote_panel
    controls = [
        widget
        for kind in (QAbstractButton, QLineEdit, QAbstractItemView, QComboBox, QPlainTextEdit)
        for widget in panel.findChildren(kind)
        if widget.isVisible()
    ]
    assert len(controls) >= 10
    unnamed = [f"{type(w).__name__}:{w.objectName()}" for w in controls if not w.accessibleName().strip()]
    assert unnamed == []
    assert panel.who_status.textFormat() == Qt.TextFormat.PlainText


def test_the_agenda_has_a_checkable_remote_queue_column(qtbot, console):
    segments = [Segment("g1", console.session_id, "Opening", 5), Segment("g2", console.session_id, "Remote", 10, 1)]
    dialog = SessionDialog(console.session, segments)
    qtbot.addWidget(dialog)
    remote = dialog.table.item(1, SessionDialog.REMOTE)
    assert remote.flags() & Qt.ItemFlag.ItemIsUserCheckable
    remote.setCheckState(Qt.CheckState.Checked)
    dialog.table.setCurrentCell(1, 0)
    dialog._move_row(-1)
    dialog.accept()
    assert [(s.title, s.remote_queue) for s in dialog.segments] == [("Remote", True), ("Opening", False)]


def test_the_balance_suggests_a_remote_request_in_words_and_s_calls_it(qtbot, window, console):
    for entry in list(console.snapshot.queue):
        console.withdraw(entry.id)
    remote = console.add_remote(name="Amina Remote", platform="Zoom", text="How is this funded?")
    window.refresher.refresh()
    words = window.balance_panel.suggestion_label.text()
    assert "Amina Remote" in words and "remote request" in words and "first intervention" in words
    assert window.act["suggested"].isEnabled() and window.balance_panel.suggestion_button.isEnabled()
    window.focus_timer()
    qtbot.keyClick(window.timer_panel, Qt.Key.Key_S)
    assert console.snapshot.current_intervention.participant_id == remote.participant_id
    assert console.snapshot.remote_queue == ()


def test_the_new_remote_participant_line_uses_a_plus_the_ui_font_has(qtbot, window):
    from PySide6.QtGui import QFontMetrics

    window.remote_panel.who_edit.setText("Zzyzx Newcomer")
    status = window.remote_panel.who_status.text()
    assert status.startswith("+ New")
    metrics = QFontMetrics(window.remote_panel.who_status.font())
    assert all(metrics.inFontUcs4(ord(ch)) for ch in status)
    assert not [ch for ch in status if ord(ch) >= 0xFF00 or 0x2700 <= ord(ch) <= 0x27BF]  # no full-width or dingbat
