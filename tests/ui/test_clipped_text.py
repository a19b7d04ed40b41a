"""No text is cut without an ellipsis: each label's text fits its rect, wraps in full, or elides with "…"."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from moderator_app.domain.session import ParticipantDraft
from moderator_app.ui.widgets.elided_label import ElidedLabel

LONG_NAME = "Maria Fernanda Alvarez-Montenegro de la Fuente"
LONG_AFFILIATION = "Intergovernmental organisation for the digital cooperation of small island developing states"


def clipped_labels(root: QWidget) -> list[str]:
    """Visible labels whose text does not fit: wider than one line, or more lines than their height."""
    cut = []
    for label in root.findChildren(QLabel):
        text = label.text()
        if not label.isVisible() or not text or label.textFormat() == Qt.TextFormat.RichText:
            continue
        if label.visibleRegion().isEmpty():  # scrolled out of a dock's view: not shown, not cut
            continue
        room = label.contentsRect()
        if isinstance(label, ElidedLabel):
            fits = label.fontMetrics().horizontalAdvance(label.shown_text()) <= room.width()
            fits = fits and (label.shown_text() == text or label.toolTip() == text)
        elif label.wordWrap():
            fits = label.heightForWidth(label.width()) <= label.height()
        else:
            widest = max(label.fontMetrics().horizontalAdvance(line) for line in text.split("\n"))
            fits = widest <= room.width()
        if not fits:
            cut.append(f"{label.objectName() or label.accessibleName() or type(label).__name__}: {text[:50]!r}")
    return cut


@pytest.mark.parametrize("size", [(1280, 720), (1366, 768), (1920, 1080)], ids=["1280", "1366", "1920"])
def test_no_label_in_the_console_is_cut(qtbot, window, console, clock, size):
    window.resize(*size)
    window._default_dock_sizes()
    window.focus_timer()
    for _turn in range(3):  # some have spoken: the suggestion gives its longest reasons
        qtbot.keyClick(window.timer_panel, Qt.Key.Key_N)
        clock.advance(200)
    person = console.add_participant(
        ParticipantDraft(
            name=LONG_NAME, affiliation=LONG_AFFILIATION, stakeholder_group="civil_society", gender="woman"
        )
    )
    console.enqueue(person.id)
    console.move_entry(console.snapshot.queue[-1].id, 0)
    window.refresher.refresh()
    for _ in range(3):
        QApplication.processEvents()
    assert clipped_labels(window) == []


def test_the_agenda_headings_are_as_wide_as_their_words(qtbot, console):
    from moderator_app.ui.dialogs.session_dialog import SessionDialog

    dialog = SessionDialog(console.session, list(console.snapshot.segments))
    qtbot.addWidget(dialog)
    dialog.show()
    header = dialog.table.horizontalHeader()
    for column in range(1, dialog.table.columnCount()):
        text = dialog.table.horizontalHeaderItem(column).text()
        assert header.sectionSize(column) >= header.fontMetrics().horizontalAdvance(text), text
    speaking = dialog.table.horizontalHeaderItem(dialog.SPEAKING)
    assert "empty = session default" in speaking.toolTip()  # the whole explanation, for the mouse


def test_report_sections_wrap_and_show_their_whole_title_in_a_tooltip(qtbot, console, app_paths):
    from moderator_app.ui.report.window import ReportWindow

    report = ReportWindow(console, app_paths.data_dir)
    qtbot.addWidget(report)
    report.show()
    sections = report.section_list
    assert sections.wordWrap()
    for row in range(sections.count()):
        item = sections.item(row)
        assert item.toolTip() == item.text()


def test_a_narrow_centre_drops_whole_names_and_the_next_segment_rather_than_cutting_them(qtbot, window, console):
    window.resize(1280, 720)
    window.focus_timer()
    qtbot.keyClick(window.timer_panel, Qt.Key.Key_N)
    window.next_label.setFixedWidth(
        window.next_label.fontMetrics().horizontalAdvance(
            window.refresher.next_speakers.texts(window.bridge.console)[-2]
        )
        + 8
    )
    window.refresher.refresh()
    QApplication.processEvents()
    shown = window.next_label.shown_text()
    assert shown != window.next_label.text() and shown in window.refresher.next_speakers.texts(window.bridge.console)
    assert window.next_label.toolTip() == window.next_label.text()
    segment = window.session_bar.segment_label
    title = console.snapshot.segment(console.snapshot.session.current_segment_id).title
    segment.setFixedWidth(segment.fontMetrics().horizontalAdvance(title) + 8)
    window.tick()
    QApplication.processEvents()
    assert "Next:" in segment.text() and segment.shown_text() == title  # not "Title   N…"
