"""Import previews: what was found is shown before anything is saved; the mapping re-reads; Cancel saves nothing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QWidget

from moderator_app.importers.proposal import parse_proposal
from moderator_app.importers.roster import parse_roster
from moderator_app.ui.dialogs.import_preview import ProposalPreview, RosterPreview
from moderator_app.ui.handlers.imports import ask_import_proposal, ask_import_roster

PROPOSAL = (
    "Towards an Inclusive Cybersecurity Capacity Building Approach\n"
    "21 December 2017 - A Workshop on Other in Geneva, Switzerland\n"
    "Proposer's Name: Mr. Belisario Contreras\nSpeaker: Dr. Lea Kaspar\nSession Format: Round Table - 90 Min\n"
    "Gibberish line\n"
)


def interactive_without_names(dialog: QWidget) -> list[str]:
    kinds = ("QLineEdit", "QComboBox", "QSpinBox", "QPushButton", "QTableWidget", "QListWidget")
    return [
        w.metaObject().className()
        for w in dialog.findChildren(QWidget)
        if w.metaObject().className() in kinds
        and not w.accessibleName()
        and w.parent().metaObject().className() not in ("QSpinBox", "QComboBox")  # their own inner editors
    ]


def test_proposal_preview_shows_fields_people_and_what_was_not_understood(qtbot):
    preview = ProposalPreview(parse_proposal(PROPOSAL))
    qtbot.addWidget(preview)
    assert preview.title_edit.text() == "Towards an Inclusive Cybersecurity Capacity Building Approach"
    assert (preview.date_edit.text(), preview.venue_edit.text()) == ("2017-12-21", "Geneva, Switzerland")
    assert (preview.format_edit.text(), preview.minutes_spin.value()) == ("Round Table", 90)
    assert preview.people.rowCount() == 2
    assert "please confirm" in preview.people.item(0, 4).text()  # Mr. → man, from the honorific
    assert preview.people.item(1, 4).text() == ""  # Dr. says nothing
    assert preview.gender_combos[1].currentData() is None
    assert preview.problems.count() == 1 and "Line 6" in preview.problems.item(0).text()
    assert all(label.textFormat().name == "PlainText" for label in preview.findChildren(QLabel) if label.text())
    assert interactive_without_names(preview) == []


def test_proposal_preview_edits_are_what_gets_imported(qtbot):
    preview = ProposalPreview(parse_proposal(PROPOSAL))
    qtbot.addWidget(preview)
    preview.title_edit.setText("Edited")
    preview.gender_combos[0].setCurrentIndex(0)  # the moderator says: not stated
    preview.date_edit.setText("not a date")
    preview.accept()
    assert preview.session is None and "2017-12-21" in preview.error_label.text()
    preview.date_edit.setText("")
    preview.accept()
    assert preview.session is not None and preview.session.title == "Edited" and preview.session.date is None
    assert preview.drafts[0].gender is None
    assert preview.result() == QDialog.DialogCode.Accepted.value  # Qt's own answer, not shadowed by the page read


def test_roster_preview_keeps_the_remapped_roster_and_qt_its_answer(qtbot):
    preview = RosterPreview(parse_roster(b"Who;Pays\nAna;Suisse\n"), [])
    qtbot.addWidget(preview)
    assert preview.roster.rows == ()
    preview.combos[0].setCurrentIndex(preview.combos[0].findData("name"))
    assert [row.draft.name for row in preview.roster.rows] == ["Ana"]
    preview.accept()
    assert preview.result() == QDialog.DialogCode.Accepted.value


def test_roster_preview_shows_detection_and_remaps_when_a_combo_changes(qtbot):
    data = "Who;Sexe;Pays\nAna;femme;Suisse\nZoé;??;France\n".encode("cp1252")
    preview = RosterPreview(parse_roster(data), [])
    qtbot.addWidget(preview)
    assert "Windows-1252" in preview.detected.text() and "semicolon" in preview.detected.text()
    assert preview.mapping == ("ignore", "gender", "country")
    assert preview.rows.rowCount() == 0 and not preview.import_button.isEnabled()
    preview.combos[0].setCurrentIndex(preview.combos[0].findData("name"))
    assert preview.rows.rowCount() == 1 and preview.rows.item(0, 1).text() == "Ana"
    assert preview.errors.count() == 1 and preview.errors.item(0).text().startswith("Line 3")
    assert preview.import_button.isEnabled()
    assert interactive_without_names(preview) == []


def test_roster_preview_offers_skip_or_update_for_people_already_there(qtbot, console):
    existing = console.snapshot.participants
    data = f"Name\n{existing[0].name}\nSomeone New\n".encode()
    preview = RosterPreview(parse_roster(data), existing)
    qtbot.addWidget(preview)
    assert preview.duplicates == [(2, existing[0].id)]
    assert preview.duplicate_choice.isEnabled() and preview.duplicate_mode == "skip"


def _answer_dialog(button: str) -> None:
    """Press a button of the modal preview once it is open (exec() blocks until then)."""

    def press() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, press)
            return
        getattr(dialog, button).click()

    QTimer.singleShot(0, press)


def test_import_nothing_stores_nothing(window, repository, tmp_path: Path):
    before_sessions = repository.list_sessions()
    before_people = list(window.bridge.console.snapshot.participants)
    proposal = tmp_path / "proposal.txt"
    proposal.write_text(PROPOSAL, encoding="utf-8")
    _answer_dialog("cancel_button")
    assert ask_import_proposal(window.commands, proposal) is None
    assert repository.list_sessions() == before_sessions
    roster = tmp_path / "roster.csv"
    roster.write_text("Name\nBrand New Person\n", encoding="utf-8")
    _answer_dialog("cancel_button")
    assert ask_import_roster(window.commands, roster) is False
    assert list(repository.load(window.bridge.console.session_id).participants) == before_people


def test_import_good_rows_adds_them_to_the_open_session(window, tmp_path: Path):
    roster = tmp_path / "roster.csv"
    roster.write_text("Name,Gender\nBrand New Person,F\nBad,??\n", encoding="utf-8")
    _answer_dialog("import_button")
    assert ask_import_roster(window.commands, roster) is True
    names = [p.name for p in window.bridge.console.snapshot.participants]
    assert "Brand New Person" in names and "Bad" not in names


def test_a_roster_import_keeps_the_queue_undo_and_says_what_it_added(window, tmp_path: Path):
    from moderator_app.domain.changes import Part

    console = window.bridge.console
    waiting = next(
        p for p in console.snapshot.participants if p.id not in {e.participant_id for e in console.snapshot.queue}
    )
    console.enqueue(waiting.id)
    heard = []
    window.bridge.changed.connect(heard.append)
    roster = tmp_path / "roster.csv"
    roster.write_text("Name\nBrand New Person\n", encoding="utf-8")
    _answer_dialog("import_button")
    assert ask_import_roster(window.commands, roster) is True
    assert window.bridge.console is console  # the same console: nothing opened again
    added = next(p for p in console.snapshot.participants if p.name == "Brand New Person")
    assert [change.ids for change in heard] == [{Part.PARTICIPANTS: frozenset({added.id})}]
    assert console.can_undo_queue
    console.undo_queue()
    assert waiting.id not in {e.participant_id for e in console.snapshot.queue}


def test_create_session_from_a_proposal_opens_it(window, repository, tmp_path: Path):
    proposal = tmp_path / "proposal.txt"
    proposal.write_text(PROPOSAL, encoding="utf-8")
    _answer_dialog("import_button")
    session_id = ask_import_proposal(window.commands, proposal)
    assert session_id is not None and window.bridge.console.session_id == session_id
    assert {p.name for p in window.bridge.console.snapshot.participants} == {"Belisario Contreras", "Lea Kaspar"}


def test_the_menus_offer_both_imports(window):
    texts = [a.text() for _, actions in window.actions_by_menu for a in actions]
    assert "Import workshop &proposal…" in texts and "Import roster (&CSV)…" in texts


def test_proposal_preview_says_who_was_found_with_code_type_region_and_roles_to_confirm(qtbot):
    page = (
        "IGF 2019 WS #289 Technical Policies\nSpeaker 1: Kwame Mensah, Civil Society, African Group\n\n"
        "Tahar Schaa, Government\n"
    )
    preview = ProposalPreview(parse_proposal(page))
    qtbot.addWidget(preview)
    assert (preview.code_edit.text(), preview.type_combo.currentData()) == ("WS #289", "workshop")
    assert preview.people_summary.text() == "People (2): 1 speaker, 1 to be confirmed"
    assert preview.people.item(0, 7).text() == "African Group"
    assert "to be confirmed" in preview.people.item(1, 1).text()
    preview.code_edit.setText("WS #290")
    preview.type_combo.setCurrentIndex(preview.type_combo.findData("open_forum"))
    preview.accept()
    assert preview.session is not None
    assert (preview.session.session_code, preview.session.session_type.value) == ("WS #290", "open_forum")
    assert interactive_without_names(preview) == []


def test_proposal_preview_warns_in_words_when_no_person_was_read(qtbot):
    preview = ProposalPreview(parse_proposal("IGF 2023 Open Forum #1 A forum\nSomething else\n"))
    qtbot.addWidget(preview)
    assert preview.people_summary.text().startswith("Warning: no person could be read from this page")
    assert preview.problems.count() == 1


def test_a_session_page_copied_to_the_clipboard_imports_from_its_html(window, repository):
    from PySide6.QtCore import QMimeData

    from moderator_app.ui.handlers.imports import ask_import_proposal_from_clipboard

    mime = QMimeData()
    mime.setHtml("<h1>IGF 2024 Open Forum #27 Review of Kyoto</h1><h2>Speakers</h2><p>Yoichi Iida, Government</p>")
    mime.setText("plain text that is not used when the HTML is there")
    QApplication.clipboard().setMimeData(mime)
    _answer_dialog("import_button")
    try:
        session_id = ask_import_proposal_from_clipboard(window.commands)
    finally:
        # The clipboard owns the data now; cleared here, it is deleted once, while the application
        # lives (left to the end of the run, it was deleted twice and the test process crashed on exit).
        QApplication.clipboard().clear()
    assert session_id is not None
    stored = repository.load(session_id)
    assert (stored.session.title, stored.session.session_code) == ("Review of Kyoto", "Open Forum #27")
    assert [p.name for p in stored.participants] == ["Yoichi Iida"]


def test_a_saved_page_dropped_on_the_window_opens_the_import(window, repository, tmp_path: Path):
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent

    page = tmp_path / "session.html"
    page.write_text("<html><body><h1>IGF 2019 WS #289 Dropped</h1><p>Speaker 1: Ana Lopez</p></body></html>")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(page))])
    enter = QDragEnterEvent(
        window.rect().center(), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    _answer_dialog("import_button")
    drop = QDropEvent(
        QPointF(window.rect().center()),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, drop)
    titles = [s.title for s in repository.list_sessions()]
    assert "Dropped" in titles
    other = QMimeData()
    other.setUrls([QUrl.fromLocalFile(str(tmp_path / "picture.png"))])
    refused = QDragEnterEvent(
        window.rect().center(), Qt.DropAction.CopyAction, other, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier
    )
    refused.ignore()
    QApplication.sendEvent(window, refused)
    assert not refused.isAccepted()


def test_a_page_pasted_into_the_box_imports_like_a_file(window, repository):
    from moderator_app.ui.dialogs.paste_page import PastePageDialog
    from moderator_app.ui.handlers.imports import ask_import_pasted_page

    def paste_then_read() -> None:
        box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, PastePageDialog) and w.isVisible())
        assert box.text_edit.accessibleName()
        box.text_edit.setPlainText("IGF 2022 WS #12 Pasted here\nSpeaker 1: Ana Lopez, Civil Society, GRULAC\n")
        _answer_dialog("import_button")
        box.read_button.click()

    QTimer.singleShot(0, paste_then_read)
    session_id = ask_import_pasted_page(window.commands)
    assert session_id is not None
    stored = repository.load(session_id)
    assert stored.session.title == "Pasted here"
    assert [(p.name, p.region.value) for p in stored.participants] == [("Ana Lopez", "grulac")]


def test_create_session_is_reached_by_tab_and_by_alt_c(qtbot):
    from PySide6.QtCore import Qt

    preview = ProposalPreview(parse_proposal(PROPOSAL))
    qtbot.addWidget(preview)
    preview.show()
    qtbot.waitExposed(preview)
    preview.activateWindow()
    qtbot.waitUntil(preview.isActiveWindow)
    preview.title_edit.setFocus()
    QApplication.processEvents()
    seen = []
    for _ in range(22):  # twice round the dialog
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    assert preview.import_button in seen  # Tab leaves the table and its gender lists, on to the buttons
    assert seen.count(preview.people) == 2  # once into the table per round, not once per cell
    assert preview.import_button.isDefault()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: preview.session is not None)  # a mnemonic animates its click
    assert preview.session.title.startswith("Towards an Inclusive")


def test_proposal_preview_shows_who_takes_part_online_and_imports_it(qtbot):
    page = (
        "WS169: Regional Participation\nSpeakers:\n"
        "Paiva, Gustavo (Remote)  - UFRN - Stakeholder group: Civil Society - Country: Brasil\n"
        "Kimberly Anastácio - Ibidem - Stakeholder group: Civil Society - Country: Brasil\n"
    )
    preview = ProposalPreview(parse_proposal(page))
    qtbot.addWidget(preview)
    assert [preview.people.item(row, 8).text() for row in range(2)] == ["Remote", "Onsite"]
    preview.accept()
    assert {d.name: d.attendance for d in preview.drafts} == {"Gustavo Paiva": "remote", "Kimberly Anastácio": "onsite"}
