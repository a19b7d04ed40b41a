"""Notes as a rapporteur takes them mid-session: the quick-note field, the Notes panel, edit, delete, undo."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from moderator_app.domain.notes import NoteTag
from moderator_app.domain.session import ParticipantDraft
from moderator_app.ui.dialogs.note_dialog import NoteDialog
from moderator_app.ui.models.notes import NotesModel

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


def press(qtbot, window, key, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(window.focusWidget() or window, key, modifier)


def type_note(qtbot, window, text):
    press(qtbot, window, Qt.Key.Key_N, CTRL_SHIFT)
    qtbot.keyClicks(window.quick_note.edit, text)


def shown_texts(window):
    model = window.notes_panel.model
    return [model.row_object(row).note.text for row in range(model.rowCount())]


def test_ctrl_shift_n_puts_the_focus_in_the_quick_note_field(qtbot, window):
    press(qtbot, window, Qt.Key.Key_N, CTRL_SHIFT)
    assert window.quick_note.edit.hasFocus()
    assert "Typing a note" in window.quick_note.state_label.text()


def test_enter_saves_a_note_linked_to_the_speaker_turn_and_segment_at_the_clock_time(qtbot, window, console, clock):
    press(qtbot, window, Qt.Key.Key_N)
    current = console.snapshot.current_intervention
    clock.advance(42)
    type_note(qtbot, window, "Capacity building matters")
    press(qtbot, window, Qt.Key.Key_Return)
    [note] = console.snapshot.notes
    assert note.text == "Capacity building matters"
    assert note.created_at == clock.wall
    assert note.intervention_id == current.id
    assert note.participant_id == current.participant_id
    assert note.segment_id == current.segment_id == console.session.current_segment_id
    assert window.quick_note.edit.text() == ""
    assert window.quick_note.edit.hasFocus()  # ready for the next note
    assert shown_texts(window) == ["Capacity building matters"]


def test_link_line_names_the_speaker_or_says_nobody_has_the_floor(qtbot, window, console):
    assert "nobody has the floor" in window.quick_note.link_label.text()
    press(qtbot, window, Qt.Key.Key_N)
    speaker = console.snapshot.participant(console.snapshot.current_intervention.participant_id)
    assert speaker.name in window.quick_note.link_label.text()
    assert window.quick_note.link_label.text().startswith("→ linked to:")


def test_alt_digits_toggle_tags_that_show_a_check_mark_and_reset_after_saving(qtbot, window, console):
    type_note(qtbot, window, "Agree on a multistakeholder follow-up")
    press(qtbot, window, Qt.Key.Key_1, ALT)
    press(qtbot, window, Qt.Key.Key_6, ALT)
    press(qtbot, window, Qt.Key.Key_3, ALT)
    press(qtbot, window, Qt.Key.Key_3, ALT)  # toggled off again
    buttons = window.quick_note.buttons
    assert buttons[0].text().startswith("✓") and buttons[5].text().startswith("✓")
    assert not buttons[2].text().startswith("✓")
    assert window.quick_note.edit.text() == "Agree on a multistakeholder follow-up"
    press(qtbot, window, Qt.Key.Key_Return)
    assert console.snapshot.notes[0].tags == (NoteTag.KEY_ISSUE, NoteTag.ACTION)
    assert not any(button.isChecked() or button.text().startswith("✓") for button in buttons)


def test_typing_n_and_space_in_the_field_does_not_call_the_next_speaker(qtbot, window, console):
    type_note(qtbot, window, "n n +-")
    assert console.snapshot.current_intervention is None
    assert len(console.snapshot.queue) == 5
    assert window.quick_note.edit.text() == "n n +-"


def test_esc_returns_the_keys_to_the_timer_and_n_works_again(qtbot, window, console):
    type_note(qtbot, window, "draft")
    press(qtbot, window, Qt.Key.Key_Escape)
    assert window.timer_panel.hasFocus()
    assert window.quick_note.edit.text() == "draft"  # kept for later
    press(qtbot, window, Qt.Key.Key_N)
    assert console.snapshot.current_intervention is not None


def test_an_empty_note_is_refused_with_a_message(qtbot, window, console):
    type_note(qtbot, window, "   ")
    press(qtbot, window, Qt.Key.Key_Return)
    assert console.snapshot.notes == ()
    assert window.message_label.text().startswith("⚠")
    assert "nothing was saved" in window.message_label.text()


def test_search_finds_notes_by_a_word_prefix_and_an_arabic_word(qtbot, window, console):
    console.add_note("Infrastructure sharing lowers costs")
    console.add_note("الشمول الرقمي للنساء")
    console.add_note("Spectrum policy")
    window.refresher.refresh()
    assert window.notes_panel.count_label.text() == "3 of 3 notes"
    qtbot.keyClicks(window.notes_panel.search_edit, "infra")
    assert shown_texts(window) == ["Infrastructure sharing lowers costs"]
    assert window.notes_panel.count_label.text() == "1 of 3 notes"
    window.notes_panel.search_edit.setText("الرقمي")
    assert shown_texts(window) == ["الشمول الرقمي للنساء"]
    window.notes_panel.search_edit.setText('"quoted" * - : (')
    assert shown_texts(window) == []
    window.notes_panel.search_edit.clear()
    assert len(shown_texts(window)) == 3


def test_filters_by_speaker_segment_and_tag(qtbot, window, console):
    console.add_note("Before anyone spoke", ["question"])
    first = console.next_speaker()
    console.add_note("First speaker's point", ["key_issue"])
    console.next_segment()
    second = console.next_speaker()
    console.add_note("Second speaker's point", ["key_issue", "quote"])
    window.refresher.refresh()
    panel = window.notes_panel
    panel.speaker_combo.setCurrentIndex(panel.speaker_combo.findData(first.participant_id))
    assert shown_texts(window) == ["First speaker's point"]
    panel.speaker_combo.setCurrentIndex(0)
    panel.segment_combo.setCurrentIndex(panel.segment_combo.findData(second.segment_id))
    assert shown_texts(window) == ["Second speaker's point"]
    panel.segment_combo.setCurrentIndex(0)
    panel.tag_combo.setCurrentIndex(panel.tag_combo.findData("key_issue"))
    assert shown_texts(window) == ["First speaker's point", "Second speaker's point"]
    assert panel.count_label.text() == "2 of 3 notes"
    assert panel.speaker_combo.itemText(0) == "All speakers"


def _focus_notes_table(window, row=0):
    window.notes_dock.show()
    window.notes_dock.raise_()
    window.notes_panel.view.setFocus()
    window.notes_panel.view.selectRow(row)


def test_f2_edits_text_and_relinks_to_another_speaker(qtbot, window, console, monkeypatch):
    turn = console.next_speaker()
    note = console.add_note("Frist draft")
    window.refresher.refresh()
    other = next(p for p in console.snapshot.participants if p.id != turn.participant_id)

    def fill_in(dialog: NoteDialog) -> int:
        assert dialog.intervention_id == turn.id
        dialog.text_edit.setPlainText("First draft, corrected")
        dialog.speaker_combo.setCurrentIndex(dialog.speaker_combo.findData(other.id))
        dialog.tag_boxes[NoteTag.RECOMMENDATION].setChecked(True)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(NoteDialog, "exec", fill_in)
    _focus_notes_table(window)
    qtbot.keyClick(window.notes_panel.view, Qt.Key.Key_F2)
    [edited] = console.snapshot.notes
    assert edited.id == note.id
    assert edited.text == "First draft, corrected"
    assert edited.participant_id == other.id
    assert edited.intervention_id is None  # the turn was someone else's
    assert edited.tags == (NoteTag.RECOMMENDATION,)
    assert window.notes_panel.model.data(window.notes_panel.model.index(0, NotesModel.SPEAKER)) == other.name


def test_delete_removes_a_note_only_while_the_notes_table_has_focus(qtbot, window, console):
    console.add_note("Keep me unless the table is focused")
    window.refresher.refresh()
    queued = len(console.snapshot.queue)
    window.notes_panel.view.selectRow(0)
    window.roster_panel.view.setFocus()
    qtbot.keyClick(window.roster_panel.view, Qt.Key.Key_Delete)
    window.focus_timer()
    press(qtbot, window, Qt.Key.Key_Delete)
    assert len(console.snapshot.notes) == 1
    _focus_notes_table(window)
    qtbot.keyClick(window.notes_panel.view, Qt.Key.Key_Delete)
    assert console.snapshot.notes == ()
    assert len(console.snapshot.queue) == queued
    assert window.notes_panel.count_label.text() == "0 of 0 notes"


def test_ctrl_z_in_the_notes_table_restores_a_deleted_note_and_leaves_the_queue_alone(qtbot, window, console):
    console.add_note("Worth keeping", ["quote"])
    console.withdraw(console.snapshot.queue[0].id)  # a queue change Ctrl+Z would undo elsewhere
    queue = [e.id for e in console.snapshot.queue]
    window.refresher.refresh()
    _focus_notes_table(window)
    qtbot.keyClick(window.notes_panel.view, Qt.Key.Key_Delete)
    assert console.snapshot.notes == ()
    qtbot.keyClick(window.notes_panel.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [n.text for n in console.snapshot.notes] == ["Worth keeping"]
    assert console.snapshot.notes[0].tags == (NoteTag.QUOTE,)
    assert [e.id for e in console.snapshot.queue] == queue
    assert shown_texts(window) == ["Worth keeping"]
    window.focus_timer()
    press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(console.snapshot.queue) == len(queue) + 1  # outside the table, Ctrl+Z is the queue's


def test_hostile_text_and_names_are_shown_as_plain_text(qtbot, window, console):
    hostile = "<b>Bold</b> <img src=x> \u202eevil"
    person = console.add_participant(ParticipantDraft(name="<i>Ital</i> Name"))
    console.give_floor(person.id)
    console.add_note(hostile)
    window.refresher.refresh()
    link = window.quick_note.link_label
    assert link.textFormat() == Qt.TextFormat.PlainText
    assert "<i>Ital</i> Name" in link.text()
    model = window.notes_panel.model
    cell = model.data(model.index(0, NotesModel.TEXT))
    assert "<b>Bold</b>" in cell and "\u202e" in cell
    assert cell.startswith("\u2068") and cell.endswith("\u2069")  # the override cannot leak out of its cell
    assert window.notes_panel.count_label.textFormat() == Qt.TextFormat.PlainText


def test_notes_model_passes_the_qt_model_tester(qtmodeltester, window, console):
    console.add_note("One")
    console.add_note("Two", ["question"])
    window.refresher.refresh()
    qtmodeltester.check(window.notes_panel.model)


def test_the_notes_dock_is_tabbed_with_the_interventions(window):
    assert window.notes_dock in window.tabifiedDockWidgets(window.history_dock)


def test_every_control_of_the_notes_panel_and_quick_note_has_an_accessible_name(qtbot, window, console):
    from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QComboBox, QLineEdit

    console.add_note("Named controls")
    window.refresher.refresh()
    window.notes_dock.raise_()
    qtbot.waitUntil(window.notes_panel.view.isVisible)
    window.quick_note.edit.setFocus()  # the tag buttons show while a note is being written
    qtbot.waitUntil(window.quick_note.tag_box.isVisible)
    controls = [
        widget
        for parent in (window.notes_panel, window.quick_note)
        for kind in (QAbstractButton, QLineEdit, QAbstractItemView, QComboBox)
        for widget in parent.findChildren(kind)
        if widget.isVisible()
    ]
    assert len(controls) > 15
    assert [type(w).__name__ for w in controls if not w.accessibleName().strip()] == []


def test_tag_buttons_show_only_while_a_note_is_written_so_the_timer_keeps_its_room(qtbot, window):
    bar = window.quick_note
    assert not bar.tag_box.isVisible()
    bar.edit.setFocus()
    qtbot.waitUntil(bar.tag_box.isVisible)
    bar.toggle_tag(0)
    window.focus_timer()
    assert bar.tag_box.isVisible()  # a tag is chosen: keep showing it
    bar.toggle_tag(0)
    qtbot.waitUntil(lambda: not bar.tag_box.isVisible())


def test_after_next_segment_the_timer_and_the_note_link_name_the_turn_s_segment(qtbot, window, console):
    window.focus_timer()
    qtbot.keyClick(window.timer_panel, Qt.Key.Key_N)
    first = console.snapshot.segment(console.snapshot.current_intervention.segment_id)
    qtbot.keyClick(window.timer_panel, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    window.tick()
    moved_to = console.snapshot.segment(console.snapshot.session.current_segment_id)
    assert moved_to.id != first.id
    assert first.title in window.timer_panel.detail_label.text()
    assert moved_to.title not in window.timer_panel.detail_label.text()
    assert first.title in window.quick_note.link_label.text()
    assert moved_to.title in window.session_bar.segment_label.text()  # the agenda has moved on
    # The next turn belongs to the new segment, in both places.
    qtbot.keyClick(window.timer_panel, Qt.Key.Key_N)
    window.tick()
    assert moved_to.title in window.timer_panel.detail_label.text()
    assert moved_to.title in window.quick_note.link_label.text()
