"""Dialogs as a moderator drives them from the keyboard."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QLineEdit, QSpinBox

from moderator_app.domain.enums import InterventionKind
from moderator_app.domain.session import Segment
from moderator_app.system.resources import countries
from moderator_app.ui.dialogs.balance_dialog import BalanceSettingsDialog
from moderator_app.ui.dialogs.participant_dialog import ParticipantDialog
from moderator_app.ui.dialogs.queue_picker import QueuePicker, rank_matches
from moderator_app.ui.dialogs.session_dialog import SessionDialog


def picker(qtbot, console, kind=InterventionKind.INTERVENTION) -> QueuePicker:
    dialog = QueuePicker(console.snapshot.participants, kind)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_picker_starts_with_typing_in_the_search_field(qtbot, console):
    dialog = picker(qtbot, console)
    assert dialog.focusWidget() is dialog.search


def test_picker_enter_on_a_new_name_adds_a_new_participant_not_the_first_of_the_roster(qtbot, console):
    dialog = picker(qtbot, console)
    qtbot.keyClicks(dialog.search, "Zed Newperson")
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    assert dialog.new_name == "Zed Newperson"
    assert dialog.participant_id is None


def test_picker_two_letters_only_match_the_start_of_a_word(qtbot, console):
    names = [p.name for p in rank_matches(console.snapshot.participants, "li")]
    assert "Kaja Ciglic" not in names
    dialog = picker(qtbot, console)
    qtbot.keyClicks(dialog.search, "Li")
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    assert dialog.new_name == "Li"


def test_picker_word_start_finds_a_person_and_arrow_keys_move_the_choice(qtbot, console):
    dialog = picker(qtbot, console)
    qtbot.keyClicks(dialog.search, "kas")
    assert dialog.view.item(0).text().startswith("Lea Kaspar")
    qtbot.keyClick(dialog.search, Qt.Key.Key_Down)  # onto "Add “kas” as a new participant"
    qtbot.keyClick(dialog.search, Qt.Key.Key_Up)
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    lea = next(p for p in console.snapshot.participants if p.name == "Lea Kaspar")
    assert dialog.participant_id == lea.id


def test_picker_keeps_the_kind_it_was_opened_with(qtbot, console):
    dialog = picker(qtbot, console, InterventionKind.POINT_OF_ORDER)
    qtbot.keyClicks(dialog.search, "Chris")
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    assert dialog.kind is InterventionKind.POINT_OF_ORDER


def test_agenda_minutes_that_are_not_plain_digits_give_a_message_not_a_crash(qtbot, console, monkeypatch):
    shown = []
    monkeypatch.setattr("moderator_app.ui.common.message_box.warning", lambda *a: shown.append(a[2]))
    dialog = SessionDialog(console.session, list(console.snapshot.segments))
    qtbot.addWidget(dialog)
    dialog.table.item(0, SessionDialog.MINUTES).setText("²")
    dialog.accept()
    assert dialog.session is None
    assert "whole number" in shown[0]


def test_session_without_a_start_time_keeps_none_after_editing(qtbot, console):
    from dataclasses import replace

    dialog = SessionDialog(replace(console.session, start_time=None), [])
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.session is not None and dialog.session.start_time is None


@pytest.mark.parametrize(
    "build",
    [
        lambda console: ParticipantDialog(countries()),
        lambda console: SessionDialog(console.session, [Segment("g", console.session_id, "Opening", 5)]),
        lambda console: QueuePicker(console.snapshot.participants, InterventionKind.INTERVENTION),
        lambda console: BalanceSettingsDialog("speakers", ("not_yet_spoken",), ()),
    ],
    ids=["participant", "session", "queue-picker", "balance-settings"],
)
def test_every_dialog_control_has_an_accessible_name(qtbot, console, build):
    dialog = build(console)
    qtbot.addWidget(dialog)
    dialog.show()
    controls = [
        widget
        for kind in (QLineEdit, QComboBox, QSpinBox, QAbstractItemView)
        for widget in dialog.findChildren(kind)
        if widget.isVisible() and not isinstance(widget.parent(), (QComboBox, QAbstractSpinBox))
    ]
    buttons = [b for b in dialog.findChildren(QAbstractButton) if b.isVisible() and not b.text()]
    unnamed = [type(w).__name__ for w in controls + buttons if not w.accessibleName().strip()]
    assert unnamed == []


def test_the_event_field_offers_the_events_here_and_keeps_a_new_one(qtbot, console):
    dialog = SessionDialog(console.session, [], events=["IGF 2017", "EuroDIG"])
    qtbot.addWidget(dialog)
    assert dialog.event_combo.accessibleName() == "Event"
    assert [dialog.event_combo.itemText(i) for i in range(dialog.event_combo.count())] == ["EuroDIG", "IGF 2017"]
    assert dialog.event_combo.currentText() == ""
    dialog.event_combo.setEditText("  IGF   2018 ")
    dialog.accept()
    assert dialog.session is not None and dialog.session.event == "IGF 2018"


def test_the_event_field_refuses_more_than_200_characters(qtbot, console, monkeypatch):
    shown = []
    monkeypatch.setattr("moderator_app.ui.common.message_box.warning", lambda *a: shown.append(a[2]))
    dialog = SessionDialog(console.session, [])
    qtbot.addWidget(dialog)
    dialog.event_combo.setEditText("x" * 201)
    dialog.accept()
    assert dialog.session is None and "Event" in shown[0]


def test_session_details_set_the_session_code_and_type_apart_from_the_format(qtbot, console):
    from dataclasses import replace

    from moderator_app.domain.enums import SessionType

    dialog = SessionDialog(replace(console.session, session_code="WS #4", session_type=SessionType.WORKSHOP), [])
    qtbot.addWidget(dialog)
    assert (dialog.code_edit.text(), dialog.type_combo.currentData()) == ("WS #4", "workshop")
    dialog.code_edit.setText("Open Forum #27")
    dialog.type_combo.setCurrentIndex(dialog.type_combo.findData("open_forum"))
    dialog.format_edit.setText("Round Table")
    dialog.accept()
    assert dialog.session is not None
    assert (dialog.session.session_code, dialog.session.session_type, dialog.session.format) == (
        "Open Forum #27",
        SessionType.OPEN_FORUM,
        "Round Table",
    )


def test_session_details_set_the_attendance_figures_for_the_report(qtbot, console):
    from moderator_app.domain.rapporteur import Attendance

    given = Attendance(participants_onsite=40, gender_extent="partly", gender_summary="Said so.")
    dialog = SessionDialog(console.session, [], attendance=given)
    qtbot.addWidget(dialog)
    assert (dialog.onsite_spin.value(), dialog.online_spin.value()) == (40, -1)
    assert dialog.online_spin.text() == "not stated"
    dialog.online_spin.setValue(25)
    dialog.women_spin.setValue(30)
    dialog.onsite_spin.setValue(-1)
    dialog.accept()
    assert dialog.attendance == Attendance(
        participants_onsite=None, participants_online=25, women=30, gender_extent="partly", gender_summary="Said so."
    )
    assert interactive_names_missing(dialog) == []


def interactive_names_missing(dialog) -> list[str]:
    from PySide6.QtWidgets import QSpinBox

    return [w.objectName() or "spin" for w in dialog.findChildren(QSpinBox) if not w.accessibleName()]


def test_editing_session_details_stores_the_attendance_figures(window, repository):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from moderator_app.storage.reports import ReportRepository
    from moderator_app.ui.dialogs.session_dialog import SessionDialog as Dialog

    def answer() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, Dialog) and w.isVisible())
        dialog.women_spin.setValue(12)
        dialog.accept()

    QTimer.singleShot(0, answer)
    window.commands.edit_session()
    session_id = window.bridge.console.session_id
    assert ReportRepository(repository.db).attendance(session_id).women == 12


@pytest.mark.parametrize("language", ["en", "es", "fr"])
def test_the_add_new_participant_line_uses_glyphs_of_the_ui_font_not_an_emoji(qtbot, console, language):
    from PySide6.QtCore import QCoreApplication, QTranslator
    from PySide6.QtGui import QFontMetrics

    from moderator_app.system.resources import resource

    translator = QTranslator()
    if language != "en":
        assert translator.load(str(resource("translations", f"moderator_app_{language}.qm")))
        QCoreApplication.installTranslator(translator)
    try:
        dialog = picker(qtbot, console)
        dialog.search.setText("Zzyzx Newcomer")
        item = dialog.view.item(dialog.view.count() - 1)
        own_words = item.text().replace("Zzyzx Newcomer", "")
        metrics = QFontMetrics(item.font())
        assert all(metrics.inFontUcs4(ord(ch)) for ch in own_words), own_words
        # Nothing from the dingbat or emoji blocks, which UI fonts often lack and draw from another font.
        assert not [ch for ch in own_words if 0x2700 <= ord(ch) <= 0x27BF or ord(ch) >= 0x1F000]
        assert item.font().bold()
    finally:
        QCoreApplication.removeTranslator(translator)
