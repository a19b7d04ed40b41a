"""User data is shown as text, never rendered: a name written as markup stays those characters everywhere.

A session whose title, event, segments, every participant's name and affiliation, and a note are
``<h1><font color=red>…`` is opened in the window, in every dialog of the app (the same list the
accessibility walk uses, so a new dialog cannot be missed) and in each confirmation and message
that quotes user data. No label or message box showing it may render it as rich text.
"""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtGui import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLabel, QMessageBox, QWidget

from moderator_app.domain.session import Segment, draft_from
from moderator_app.importers.proposal import parse_proposal
from moderator_app.importers.roster import parse_roster
from moderator_app.system.resources import countries, read_text
from moderator_app.ui.dialogs.import_preview import ProposalPreview, RosterPreview
from moderator_app.ui.dialogs.participant_dialog import ParticipantDialog
from moderator_app.ui.handlers.imports import ask_import_proposal
from moderator_app.ui.window.main_window import MainWindow
from tests.ui.test_accessibility import DIALOGS

HOSTILE = "<h1><font color=red>X</font></h1>"


def rendered_as_markup(label: QLabel) -> bool:
    """The label shows user markup as formatting (the raw tags are in a text Qt treats as HTML)."""
    return HOSTILE in label.text() and label.textFormat() != Qt.TextFormat.PlainText


def tooltip_offenders(root: QWidget) -> list[str]:
    """Tooltips (of widgets, and of every cell of every table) that Qt would render as HTML."""

    def rendered(tip: object) -> bool:
        return isinstance(tip, str) and HOSTILE in tip and Qt.mightBeRichText(tip)

    problems = []
    for widget in [root, *root.findChildren(QWidget)]:
        if rendered(widget.toolTip()):
            problems.append(f"{type(widget).__name__} tooltip: {widget.toolTip()[:80]!r}")
        model = widget.model() if isinstance(widget, QAbstractItemView) else None
        for row in range(model.rowCount() if model is not None else 0):
            column = 0
            while (index := model.index(row, column)).isValid():  # list models hide their columnCount
                tip = model.data(index, Qt.ItemDataRole.ToolTipRole)
                if rendered(tip):
                    problems.append(f"{type(widget).__name__} cell tooltip: {str(tip)[:80]!r}")
                column += 1
    return problems


def offenders(root: QWidget) -> list[str]:
    """Labels and tooltips under ``root`` that would render the user's markup."""
    labels = [root] if isinstance(root, QLabel) else []
    labels += root.findChildren(QLabel)
    return [
        f"{type(label.parentWidget()).__name__}: {label.text()[:80]!r}" for label in labels if rendered_as_markup(label)
    ] + tooltip_offenders(root)


@pytest.fixture
def boxes(monkeypatch) -> list[QMessageBox]:
    """Every message box opened (answered at once with Yes or OK), kept to be checked."""
    opened: list[QMessageBox] = []

    def answer(box: QMessageBox) -> int:
        opened.append(box)
        for button in (QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.Ok):
            if box.button(button) is not None:
                return int(button.value)
        return int(QMessageBox.StandardButton.Cancel.value)

    monkeypatch.setattr(QMessageBox, "exec", answer)
    return opened


def assert_plain(boxes: list[QMessageBox]) -> None:
    quoted = [box for box in boxes if HOSTILE in box.text() or HOSTILE in box.informativeText()]
    assert quoted, "the message quotes the user data"
    for box in quoted:
        assert box.textFormat() == Qt.TextFormat.PlainText, box.text()
        assert offenders(box) == []


@pytest.fixture
def hostile(console, clock):  # type: ignore[no-untyped-def]
    """The demo session with markup in every text a user gives it."""
    console.update_details(
        # A long title, so that the session bar elides it and shows the whole in a tooltip.
        replace(console.session, title=f"{HOSTILE} {'A very long title ' * 10}", event=HOSTILE, venue=HOSTILE),
        [Segment("hostile-segment", console.session_id, HOSTILE, 10)],
    )
    for person in console.snapshot.participants:
        console.update_participant(person.id, replace(draft_from(person), name=f"{HOSTILE} {person.name}"))
    console.next_speaker()
    console.add_note(HOSTILE, ["key_issue"])
    clock.advance(30)
    return console


@pytest.fixture
def window(hostile, make_window) -> MainWindow:  # type: ignore[no-untyped-def]
    return make_window()


def test_the_main_window_shows_every_name_as_text(window):
    window.tick()
    assert offenders(window) == []


def test_the_stage_display_shows_the_speaker_as_text(window):
    display = window.stage.ensure_display()
    window.tick()
    assert offenders(display) == []


@pytest.mark.parametrize("dialog_class", list(DIALOGS), ids=lambda cls: cls.__name__)
def test_every_dialog_shows_user_data_as_text(qtbot, window, dialog_class):
    dialog = DIALOGS[dialog_class](window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert offenders(dialog) == []
    dialog.close()


def test_removing_a_participant_asks_about_them_in_plain_text(window, boxes, monkeypatch):
    person = window.bridge.console.snapshot.participants[-1]
    monkeypatch.setattr(window.commands, "_selected_participant", lambda: person.id)
    window.commands.remove_participant()
    assert_plain(boxes)
    assert window.bridge.console.snapshot.participant(person.id) is None, "answered Yes: removed"


def test_every_open_top_level_widget_is_clean_after_the_walk(window):
    assert [problem for widget in QApplication.topLevelWidgets() for problem in offenders(widget)] == []


def test_the_question_about_a_session_already_here_names_it_in_plain_text(window, boxes, tmp_path, monkeypatch):
    target = tmp_path / "session.json"
    window.commands.context.library.export_file(window.bridge.console.session_id, target)
    monkeypatch.setattr("moderator_app.ui.handlers.live.QFileDialog.getOpenFileName", lambda *a, **k: (str(target), ""))
    window.commands.import_file()  # the box is answered with Cancel: nothing is imported
    assert_plain(boxes)


def test_a_session_file_error_quoting_the_files_text_is_plain(window, boxes, tmp_path, monkeypatch):
    target = tmp_path / "strange.json"
    document = json.loads(read_text("data", "demo-session.json"))
    document["participants"][0]["gender"] = HOSTILE
    target.write_text(json.dumps(document), encoding="utf-8")
    monkeypatch.setattr("moderator_app.ui.handlers.live.QFileDialog.getOpenFileName", lambda *a, **k: (str(target), ""))
    window.commands.import_file()
    assert_plain(boxes)


def test_a_country_that_is_not_one_is_quoted_in_plain_text(qtbot, boxes):
    dialog = ParticipantDialog(countries())
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("Ana")
    dialog.country_combo.setEditText(HOSTILE)
    dialog.accept()
    assert_plain(boxes)
    assert dialog.result() != dialog.DialogCode.Accepted


def test_a_proposal_file_named_with_markup_is_named_in_plain_text(window, boxes, tmp_path: Path):
    # A file name cannot hold "/", so the markup here has no closing tags; Qt would still render it.
    name = "<h1><font color=red>X.txt"
    path = tmp_path / name
    path.write_bytes(b"")
    ask_import_proposal(window.commands, path)
    quoted = [box for box in boxes if name in box.text()]
    assert quoted and all(box.textFormat() == Qt.TextFormat.PlainText for box in quoted)


def test_no_module_of_the_interface_opens_a_message_box_qt_would_render(tmp_path):
    """The static QMessageBox functions guess at HTML; every box comes from ui/message_box.py instead."""
    static = re.compile(r"QMessageBox\.(warning|information|question|critical|about)\(|QMessageBox\(")
    package = Path(__file__).resolve().parents[2] / "moderator_app" / "ui"
    found = [
        f"{path.relative_to(package)}:{number}"
        for path in sorted(package.rglob("*.py"))
        if path.name != "message_box.py"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if static.search(line)
    ]
    assert found == []


def test_the_import_previews_show_markup_in_the_files_as_text(qtbot, window):
    proposal = ProposalPreview(parse_proposal(f"{HOSTILE}\nSpeaker: {HOSTILE}\nModerator: Ana {HOSTILE}\n"), window)
    roster = RosterPreview(
        parse_roster(f"Name;Affiliation\n{HOSTILE};{HOSTILE}\n".encode()),
        window.bridge.console.snapshot.participants,
        window,
    )
    for dialog in (proposal, roster):
        qtbot.addWidget(dialog)
        dialog.show()
        assert offenders(dialog) == []


def test_a_note_found_by_search_is_shown_as_text(window):
    from moderator_app.ui.handlers.note_search import open_notes_search

    window.bridge.console.add_note(f"Spectrum {HOSTILE}", ["key_issue"])
    dialog = open_notes_search(window)
    dialog.query_edit.setText("spectrum")
    dialog.run_search()
    dialog.view.setCurrentIndex(dialog.view.model().index(0, 0))
    assert HOSTILE in dialog.preview.toPlainText(), "the note is shown with its characters as typed"
    assert offenders(dialog) == []
    dialog.close()
