"""The report window while a co-rapporteur writes the same section from another laptop: it shows their
text as it arrives, and a save merges what was typed here with it, the cursor beside the same words.

The other laptop is a second library in this process, joined through the shared document with no
network (tests/sync/test_shared_session.py); its updates reach this laptop's library as over the
link, through the open console, whose changes the window hears through the bridge.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPlainTextEdit

from moderator_app.domain.changes import Part
from moderator_app.domain.rapporteur import Attendance, StoredSection
from moderator_app.storage.sharing import write_items
from moderator_app.ui.bridge import ConsoleBridge
from moderator_app.ui.report.editor_text import show_text
from moderator_app.ui.report.window import ReportWindow
from tests.sync.test_shared_session import TEMPLATE, Laptop, exchange, join
from tests.sync.test_shared_session import host as host  # the fixture

KEY = "key_issues"
ISSUE = "Capacity building must include civil society from the start."


@pytest.fixture
def laptops(tmp_path: Path, host: Laptop) -> Iterator[tuple[Laptop, Laptop]]:
    host.console().add_note(ISSUE, ["key_issue"])
    other = join(tmp_path, host, "co-rapporteur")
    yield host, other
    other.stop()


def select(window: ReportWindow, key: str) -> None:
    for row in range(window.section_list.count()):
        if window.section_list.item(row).data(Qt.ItemDataRole.UserRole) == key:
            window.section_list.setCurrentRow(row)
    assert window.current_key == key


@pytest.fixture
def report_window(qtbot, laptops) -> ReportWindow:
    here, _other = laptops
    console = here.console()  # the open console: what arrives from the other laptop goes through it
    bridge = ConsoleBridge(console)
    window = ReportWindow(console, here.folder, bridge=bridge)
    qtbot.addWidget(window)
    window.show()
    select(window, KEY)
    return window


def other_saves(other: Laptop, typed_from: str, typed: str) -> None:
    """The co-rapporteur's window saves ``typed``, written against ``typed_from``."""
    console = other.console()
    report = console.report(TEMPLATE, None, other.clock.now())
    console.save_section_edit(report, KEY, typed, based_on=typed_from)


def put_cursor(window: ReportWindow, position: int) -> None:
    cursor = window.editor.textCursor()
    cursor.setPosition(position)
    window.editor.setTextCursor(cursor)


def test_the_other_laptops_text_is_shown_as_it_arrives_and_a_save_keeps_both(qtbot, laptops, report_window):
    here, other = laptops
    window = report_window
    draft = window.editor.toPlainText()
    assert ISSUE in draft
    at_society = draft.index("society")
    put_cursor(window, at_society)

    # Nothing typed here: the other laptop's edit is shown, the cursor still before "society".
    theirs = "In short: " + draft
    other_saves(other, draft, theirs)
    exchange(here, other)
    assert window.editor.toPlainText() == theirs
    assert window.editor.textCursor().position() == theirs.index("society")
    assert not window.save_timer.isActive()  # shown, not typed: nothing to save

    # Typing here, then the other laptop's next edit arrives before the save: the editor is left alone.
    window.editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(window.editor, " Mine.")
    assert window.editor.toPlainText() == theirs + " Mine."
    other_saves(other, theirs, theirs.replace("In short:", "In short, for the record:"))
    exchange(here, other)
    assert window.editor.toPlainText() == theirs + " Mine."

    # The save merges: both edits are kept, on both laptops, and the cursor stays after "Mine.".
    window.save_pending()
    both = theirs.replace("In short:", "In short, for the record:") + " Mine."
    assert window.editor.toPlainText() == both
    assert window.editor.textCursor().position() == len(both)
    assert "Merged" in window.statusBar().currentMessage()
    exchange(here, other)
    for laptop in (here, other):
        assert laptop.console().report_sections(TEMPLATE)[KEY].text == both


def test_an_edit_of_another_section_leaves_the_text_being_typed_alone(qtbot, laptops, report_window):
    here, other = laptops
    window = report_window
    console = other.console()
    report = console.report(TEMPLATE, None, other.clock.now())
    window.editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(window.editor, " Typed here.")
    typed = window.editor.toPlainText()
    console.save_section_edit(report, "takeaways", "Their takeaways.")
    exchange(here, other)
    assert window.editor.toPlainText() == typed
    assert "Their takeaways." in window.preview.toPlainText()  # the preview follows the other laptop
    window.save_pending()
    assert here.console().report_sections(TEMPLATE)[KEY].text == typed


def test_show_text_keeps_the_selection_beside_the_same_words_past_an_emoji(qtbot):
    editor = QPlainTextEdit()
    qtbot.addWidget(editor)
    editor.setPlainText("🎤 Léa spoke about trust.")
    cursor = editor.textCursor()
    start = editor.toPlainText().index("trust")  # in characters; Qt counts the emoji as two
    cursor.setPosition(start + 1)
    cursor.setPosition(start + 1 + len("trust"), QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    assert editor.textCursor().selectedText() == "trust"
    assert show_text(editor, "🎤 Zoë and 🎤 Léa spoke about trust.")
    assert editor.textCursor().selectedText() == "trust"
    assert not show_text(editor, editor.toPlainText())


def test_the_report_window_opened_from_the_main_window_follows_what_arrives(qtbot, window, console, clock):
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    report = window.commands.report_window
    qtbot.addWidget(report)
    select(report, KEY)
    # What another laptop wrote, committed as a shared update is: through the open console.
    item_id = f"{TEMPLATE}:{KEY}"
    sections = {item_id: StoredSection("Written on the co-rapporteur's laptop.", "")}
    ids = {Part.REPORT: frozenset({item_id})}
    write = partial(
        write_items,
        console.repository.db,
        console.snapshot,
        ids,
        sections=sections,
        attendance=Attendance(),
        now=clock.now().wall,
    )
    assert console.apply_shared(write, ids, origin="shared") is not None
    assert report.editor.toPlainText() == "Written on the co-rapporteur's laptop."
    assert "✎" in report.section_list.currentItem().text()
