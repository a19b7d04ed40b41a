"""Notes → Search all sessions' notes (Ctrl+Shift+G): type, see the hits with their sessions, press Enter,
and the main window shows that session with the note selected in its Notes panel."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QDialog

from moderator_app.ui.dialogs.notes_search_dialog import MARKS_ROLE, NoteHitsModel, NotesSearchDialog, utf16_marks
from tests.note_search_support import HOSTILE, LONG_NOTE, add_library


def open_dialog(qtbot, window) -> NotesSearchDialog:
    window.act["search_all_notes"].trigger()
    dialog = window.findChild(NotesSearchDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.query_edit.hasFocus() or QApplication.focusWidget() is dialog.query_edit)
    return dialog


def search(qtbot, dialog: NotesSearchDialog, words: str) -> None:
    dialog.query_edit.clear()
    qtbot.keyClicks(dialog.query_edit, words)
    qtbot.keyClick(dialog.query_edit, Qt.Key.Key_Return)  # Enter: at once, without waiting for the typing pause


def column(dialog: NotesSearchDialog, number: int) -> list[str]:
    model = dialog.model
    return [model.data(model.index(row, number)) for row in range(model.rowCount())]


def test_the_menu_finds_notes_of_other_sessions_and_enter_shows_the_note_in_its_session(qtbot, window, repository):
    add_library(repository)
    window.notes_panel.search_edit.setText("something else")  # a filter that would hide the note
    demo = window.bridge.console.session_id
    dialog = open_dialog(qtbot, window)
    search(qtbot, dialog, "auct")
    assert column(dialog, NoteHitsModel.SESSION) == ["Beta: <i>regulation</i>"]
    assert column(dialog, NoteHitsModel.SPEAKER) == ["Ben Okafor"]
    assert column(dialog, NoteHitsModel.NOTE) == ["Spectrum auctions and régulation"]
    assert column(dialog, NoteHitsModel.DATE)[0] in ("2017-12-19", "19/12/2017", "12/19/2017")
    assert dialog.status_label.text() == "One note found in all sessions."
    qtbot.keyClick(dialog.query_edit, Qt.Key.Key_Down)  # into the hits
    assert dialog.view.hasFocus()
    qtbot.keyClick(dialog.view, Qt.Key.Key_Return)
    assert window.bridge.console.session_id == "beta" != demo
    assert window.notes_panel.selected_id() == "b1"
    assert window.notes_panel.search_edit.text() == ""
    assert window.notes_dock.isVisible()
    assert dialog.isVisible()  # the search stays open for the next hit
    assert "Beta" in dialog.status_label.text()
    qtbot.keyClick(dialog.view, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected.value  # Qt's own answer, not shadowed by the hits
    assert dialog.found is not None and [hit.note_id for hit in dialog.found.hits] == ["b1"]
    window.activateWindow()
    qtbot.waitUntil(lambda: window.notes_panel.view.hasFocus())  # the keys are on the note (F2 edits it)


def test_the_hits_of_several_sessions_come_newest_first_and_a_second_enter_opens_another_session(
    qtbot, window, repository
):
    add_library(repository)
    dialog = open_dialog(qtbot, window)
    search(qtbot, dialog, "spectrum")
    assert column(dialog, NoteHitsModel.SESSION) == [
        "Gamma",
        "Beta: <i>regulation</i>",
        "Beta: <i>regulation</i>",
        "Alpha: community networks",
    ]
    assert column(dialog, NoteHitsModel.TAGS)[0] == "Action / way forward, Gender / inclusion"
    dialog.view.setFocus()
    dialog.view.setCurrentIndex(dialog.model.index(3, 0))
    qtbot.keyClick(dialog.view, Qt.Key.Key_Return)
    assert (window.bridge.console.session_id, window.notes_panel.selected_id()) == ("alpha", "a1")
    dialog.view.setCurrentIndex(dialog.model.index(1, 0))
    dialog.open_button.click()
    assert (window.bridge.console.session_id, window.notes_panel.selected_id()) == ("beta", "b2")


def test_an_event_narrows_the_search_and_best_match_reorders_it(qtbot, window, repository):
    add_library(repository)
    dialog = open_dialog(qtbot, window)
    search(qtbot, dialog, "data")
    assert len(column(dialog, 0)) == 5
    dialog.scope_combo.setCurrentIndex(dialog.scope_combo.findData("EuroDIG"))
    assert set(column(dialog, NoteHitsModel.SESSION)) == {"Gamma"}
    assert "EuroDIG" in dialog.status_label.text()
    dialog.scope_combo.setCurrentIndex(dialog.scope_combo.findData(None))
    dialog.order_combo.setCurrentIndex(dialog.order_combo.findData("best"))
    assert column(dialog, NoteHitsModel.NOTE)[0] == "data data data privacy"
    assert dialog.status_label.text() == "5 notes found in all sessions, best match first."


def test_typing_searches_after_a_pause_and_punctuation_alone_gets_a_message(qtbot, window, repository):
    add_library(repository)
    dialog = open_dialog(qtbot, window)
    qtbot.keyClicks(dialog.query_edit, "europ")
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)
    search(qtbot, dialog, "!!! --")
    assert dialog.model.rowCount() == 0
    assert "letter or a digit" in dialog.status_label.text()
    search(qtbot, dialog, "zebra")
    assert dialog.model.rowCount() == 0
    assert dialog.status_label.text().startswith("None of the notes of all sessions contains every word.")
    assert not dialog.open_button.isEnabled() and not dialog.more_button.isEnabled()


def test_hostile_notes_are_shown_as_typed_never_as_html(qtbot, window, repository):
    add_library(repository)
    dialog = open_dialog(qtbot, window)
    search(qtbot, dialog, "protection")
    index = dialog.model.index(0, NoteHitsModel.NOTE)
    assert dialog.model.data(index) == HOSTILE
    assert [HOSTILE[start:end] for start, end in dialog.model.data(index, MARKS_ROLE)] == ["protection"]
    assert dialog.preview.toPlainText() == HOSTILE
    assert dialog.status_label.textFormat() == Qt.TextFormat.PlainText
    assert not dialog.view.grab().isNull()  # the marked cell paints (plain text with formats)
    search(qtbot, dialog, "shared")
    assert dialog.preview.toPlainText() == LONG_NOTE  # the whole 10,000 characters below the table
    start = LONG_NOTE.index("shared")
    cursor = dialog.preview.textCursor()
    for position, marked in ((start - 1, False), (start + 1, True), (start + 6, True), (start + 8, False)):
        cursor.setPosition(position)  # the format of the character before the cursor
        assert cursor.charFormat().fontUnderline() is marked, position
        assert (cursor.charFormat().fontWeight() == QFont.Weight.Bold) is marked, position
    assert len(dialog.model.data(dialog.model.index(0, NoteHitsModel.NOTE))) <= 242


def test_show_more_adds_the_next_page(qtbot, window, repository, monkeypatch):
    from moderator_app.ui.dialogs import notes_search_dialog

    add_library(repository)
    monkeypatch.setattr(notes_search_dialog, "PAGE", 2)
    dialog = open_dialog(qtbot, window)
    search(qtbot, dialog, "data")
    assert dialog.model.rowCount() == 2
    assert dialog.status_label.text().startswith("5 notes found in all sessions; showing the 2 newest.")
    dialog.view.setCurrentIndex(dialog.model.index(1, 0))
    dialog.more_button.click()
    assert dialog.model.rowCount() == 4
    assert dialog.view.currentIndex().row() == 1  # the same hit stays selected
    dialog.more_button.click()
    assert dialog.model.rowCount() == 5 and not dialog.more_button.isEnabled()


def test_the_shortcut_opens_the_same_window_again_with_its_words(qtbot, window, repository):
    add_library(repository)
    dialog = open_dialog(qtbot, window)
    search(qtbot, dialog, "europe")
    dialog.close()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(
        window.timer_panel, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    again = window.findChild(NotesSearchDialog)
    assert again is dialog and again.isVisible()
    assert again.query_edit.text() == "europe" and again.model.rowCount() == 1


def test_marks_are_counted_as_qt_counts_characters():
    assert utf16_marks("data", [(0, 4)]) == [(0, 4)]
    assert utf16_marks("🎤 data", [(2, 6)]) == [(3, 7)]  # the emoji is two UTF-16 units


def test_event_statistics_opens_the_search_on_its_event(qtbot, window, repository, monkeypatch):
    from moderator_app.ui.dialogs.event_stats_dialog import EventStatsDialog

    add_library(repository)

    def choose_and_search(dialog: EventStatsDialog) -> int:
        dialog.event_combo.setCurrentText("EuroDIG")
        dialog.search_button.click()
        return 1

    monkeypatch.setattr(EventStatsDialog, "exec", choose_and_search)
    window.act["event_stats"].trigger()
    dialog = window.findChild(NotesSearchDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.event_name() == "EuroDIG"
    search(qtbot, dialog, "data")
    assert set(column(dialog, NoteHitsModel.SESSION)) == {"Gamma"}


def test_an_event_with_many_matches_says_more_than(qtbot, window, repository, monkeypatch):
    from moderator_app.storage import note_search

    add_library(repository)
    monkeypatch.setattr(note_search, "RANKED_AT_MOST", 2)
    dialog = open_dialog(qtbot, window)
    dialog.scope_combo.setCurrentIndex(dialog.scope_combo.findData("IGF 2017"))
    search(qtbot, dialog, "data")
    assert dialog.status_label.text().startswith(
        "More than 2 notes found in the sessions of \u2068IGF 2017\u2069; showing the 2 newest."
    )
    dialog.order_combo.setCurrentIndex(dialog.order_combo.findData("best"))
    assert dialog.status_label.text().startswith(
        "More than 2 notes found in the sessions of \u2068IGF 2017\u2069: these are the best matches among the 2"
        " newest."
    )
