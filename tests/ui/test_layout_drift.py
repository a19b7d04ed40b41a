"""The console stays put while the chair works: long names elide, panels keep their sizes, nothing drifts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QToolButton, QWidget

from moderator_app.domain.session import ParticipantDraft

LONG = (
    "Internationale Vereinigung der Gesellschaften für Informationstechnologie und Datenschutz "
    "in Lateinamerika, Afrika und dem asiatisch-pazifischen Raum"
)


def _geometry(window) -> dict[str, QRect]:
    def where(widget: QWidget) -> QRect:
        return QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())

    shapes = {
        "centre": where(window.centralWidget()),
        # Its height gives way to the quick note's tag buttons while a note is typed (by design).
        "timer": QRect(where(window.timer_panel).x(), 0, window.timer_panel.width(), 0),
        "roster": where(window.roster_dock),
        "queue": where(window.queue_dock),
        "balance": where(window.balance_dock),
        "history": where(window.history_dock),
    }
    digits = window.timer_panel.time_label.font().pixelSize()
    shapes["digits"] = QRect(0, 0, digits, digits)
    return shapes


def _clipped_buttons(window) -> list[str]:
    """Buttons narrower than they ask, or cut off by their dock (a dock scrolls what it cannot show)."""
    cut = []
    for panel in (window.roster_panel, window.queue_panel):
        for button in panel.findChildren(QToolButton):
            if not button.isVisible():
                continue
            shown = button.visibleRegion().boundingRect()
            if button.width() < button.sizeHint().width() or shown.size() != button.size():
                cut.append(button.text())
    return cut


@pytest.mark.parametrize("size", [(1297, 705), (1280, 720)], ids=["1297x705", "1280x720"])
def test_no_roster_or_queue_button_is_cut_off_in_a_small_window(qtbot, window, size):
    # A 1366x768 laptop whose window is not maximised, and a 1280x720 screen: the buttons wrap onto
    # a second row, and the table above them gives up a row, instead of the dock scrolling them away.
    window.resize(*size)
    window._default_dock_sizes()
    _settle(window)
    assert _clipped_buttons(window) == []


def _visible(text: str) -> str:
    """Without the invisible direction isolates that wrap each name."""
    return "".join(ch for ch in text if ch not in "\u2066\u2067\u2068\u2069")


def _settle(window) -> None:
    for _ in range(3):
        QApplication.processEvents()
    window.tick()
    QApplication.processEvents()


@pytest.mark.parametrize("size", [(1600, 1000), (1366, 768)], ids=["1600x1000", "1366x768"])
def test_twenty_turns_with_long_affiliations_and_notes_move_nothing(qtbot, window, console, clock, size):
    window.resize(*size)
    window._default_dock_sizes()
    _settle(window)
    people = [
        console.add_participant(
            ParticipantDraft(
                name=f"Speaker Number {n} " + "Alvarez-Montenegro de la Fuente y Castellanos" * (n % 2 + 1),
                affiliation=LONG * (n % 3 + 1),
            )
        )
        for n in range(20)
    ]
    for person in people:
        console.enqueue(person.id)
    _settle(window)
    before = _geometry(window)
    arranged = bytes(window.saveState().data())
    assert _clipped_buttons(window) == []
    for _turn in range(20):
        qtbot.keyClick(window.timer_panel, Qt.Key.Key_N)
        clock.advance(40)
        _settle(window)
        # A note during the turn: the quick-note field takes the focus, shows its tags, then gives it back.
        qtbot.keyClick(
            window.timer_panel, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        )
        qtbot.keyClicks(window.quick_note.edit, "a point")
        _settle(window)
        assert _geometry(window) == before
        qtbot.keyClick(window.quick_note.edit, Qt.Key.Key_Escape)
        _settle(window)
        assert _geometry(window) == before
        assert _clipped_buttons(window) == []
    # What is saved is the arrangement the moderator had before the twenty turns, byte for byte.
    window.save_layout()
    assert bytes(window.settings.value("main/state").data()) == arranged


def test_long_texts_elide_with_an_ellipsis_and_show_whole_in_a_tooltip(qtbot, window, console):
    person = console.add_participant(ParticipantDraft(name="Maria " + "Alvarez-Montenegro " * 8, affiliation=LONG))
    console.enqueue(person.id)
    console.move_entry(console.snapshot.queue[-1].id, 0)
    window.resize(1366, 768)
    _settle(window)
    upcoming = window.next_label
    # Shortened by whole names (the rest counted as waiting), not cut in the middle of one.
    assert (
        upcoming.is_elided()
        and upcoming.shown_text() in window.refresher.next_speakers.texts(window.bridge.console)[1:]
    )
    assert upcoming.toolTip() == upcoming.text()  # the whole line, for the mouse
    qtbot.keyClick(window.timer_panel, Qt.Key.Key_N)
    _settle(window)
    for label in (window.timer_panel.speaker_label, window.timer_panel.affiliation_label, window.quick_note.link_label):
        width = label.fontMetrics().horizontalAdvance(label.shown_text())
        assert width <= label.contentsRect().width(), label.objectName()
        if label is window.quick_note.link_label and not label.is_elided():
            continue  # its words name the speaker shortly already; in a wide centre they fit whole
        assert label.is_elided() and _visible(label.shown_text()).endswith("…"), label.objectName()
        assert label.toolTip() == label.text()  # the whole text, for the mouse
    assert window.timer_panel.speaker_label.text() == person.name  # and for a screen reader
    short = window.timer_panel.phase_label
    assert short.toolTip() == ""


def test_in_a_short_timer_the_digits_never_run_over_the_lines_around_them(qtbot, window):
    from PySide6.QtGui import QFontMetrics

    from moderator_app.ui.window import role_layouts

    window.resize(1366, 768)
    _settle(window)
    window.layouts.apply(role_layouts.RAPPORTEUR)  # half the height for the notes
    qtbot.keyClick(window.timer_panel, Qt.Key.Key_N)
    window.note_commands.focus_quick_note()  # the tag buttons take more of the timer's height
    _settle(window)
    label = window.timer_panel.time_label
    glyphs = QFontMetrics(label.font()).tightBoundingRect("0:00").height()
    assert glyphs <= label.height()
