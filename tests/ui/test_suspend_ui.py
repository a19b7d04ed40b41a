"""The sleep question in the window (fake clock), and a second start bringing the window forward."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from moderator_app.domain.session import Session
from moderator_app.domain.suspend import GapDecision
from moderator_app.services.sessions import create_session
from moderator_app.ui.single_instance import bring_to_front, server_name

LEA = "7c1d2e5a-2017-4c1d-9e1f-100000000002"


def _sleep_while_lea_speaks(window, console, clock, seconds: float = 725) -> None:
    console.give_floor(LEA)
    window.suspend_bar.watch()
    clock.advance(40)
    window.suspend_bar.watch()
    clock.suspend(seconds)
    window.suspend_bar.watch()


def _speaking(console) -> float:
    return console.reading().timer.speaking_seconds


def test_no_bar_until_the_laptop_sleeps_during_a_turn(window, console, clock) -> None:
    console.give_floor(LEA)
    window.suspend_bar.watch()
    clock.advance(120)
    window.suspend_bar.watch()
    assert not window.suspend_bar.isVisible()


def test_the_bar_asks_with_the_gap_in_words_and_the_speakers_name(window, console, clock) -> None:
    _sleep_while_lea_speaks(window, console, clock)
    bar = window.suspend_bar
    assert bar.isVisible()
    text = bar.message.text()
    assert "asleep for 12 min 5 s" in text
    assert "Lea Kaspar" in text
    assert bar.keep_button.isVisible() and bar.drop_button.isVisible()
    assert not bar.undo_button.isVisible()
    assert window.timer_panel.hasFocus()  # the question never takes the keyboard from the timer
    for button in (bar.keep_button, bar.drop_button, bar.undo_button, bar.close_button):
        assert button.accessibleName()


def test_dont_count_it_by_keyboard_takes_the_sleep_off_and_undo_puts_it_back(qtbot, window, console, clock) -> None:
    _sleep_while_lea_speaks(window, console, clock)
    bar = window.suspend_bar
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)  # &Don't count it
    qtbot.waitUntil(lambda: console.suspend_gaps()[0].decision is GapDecision.REMOVED)  # a mnemonic animates its click
    assert _speaking(console) == pytest.approx(40)
    assert [gap.decision for gap in console.suspend_gaps()] == [GapDecision.REMOVED]
    assert "taken off" in bar.message.text()
    assert bar.undo_button.isVisible()
    assert window.timer_panel.hasFocus()  # Space still pauses straight after
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)  # &Undo
    qtbot.waitUntil(lambda: console.suspend_gaps()[0].decision is GapDecision.PENDING)
    assert _speaking(console) == pytest.approx(765)
    assert bar.keep_button.isVisible()  # asked again


def test_keep_it_then_close_hides_the_bar_and_a_new_window_does_not_ask_again(
    qtbot, make_window, console, clock
) -> None:
    window = make_window()
    _sleep_while_lea_speaks(window, console, clock)
    qtbot.mouseClick(window.suspend_bar.keep_button, Qt.MouseButton.LeftButton)
    assert _speaking(console) == pytest.approx(765)
    qtbot.mouseClick(window.suspend_bar.close_button, Qt.MouseButton.LeftButton)
    assert not window.suspend_bar.isVisible()
    again = make_window()  # as after a restart: the decision is in the database
    assert not again.suspend_bar.isVisible()


def test_an_unanswered_question_is_there_again_in_a_new_window(make_window, console, clock) -> None:
    window = make_window()
    _sleep_while_lea_speaks(window, console, clock)
    again = make_window()
    assert again.suspend_bar.isVisible()
    assert "12 min 5 s" in again.suspend_bar.message.text()


def test_duration_words(window) -> None:
    words = window.suspend_bar.duration_words
    assert words(45.2) == "45 s"
    assert words(725) == "12 min 5 s"
    assert words(3780) == "1 h 3 min"


# -- a second start of the app (the socket itself is tested with two processes in tests/e2e) ----------
def test_second_start_restores_a_minimised_window_and_opens_the_session_asked_for(
    window, console, repository, clock
) -> None:
    other = Session(id="other-session", title="Another round table")
    create_session(repository, other, [], clock)
    window.showMinimized()
    assert bring_to_front(window, "other-session") is None
    assert not window.isMinimized()
    assert window.bridge.console.session_id == "other-session"
    assert "started again" in window.message_label.text()


def test_second_start_for_an_unknown_session_says_so_in_both_places(window, console) -> None:
    error = bring_to_front(window, "no-such-session")
    assert error is not None and "no-such-session" in error
    assert window.bridge.console.session_id == console.session_id
    assert "not here" in window.message_label.text()


def test_the_socket_name_is_per_data_folder_and_short(tmp_path) -> None:
    first, second = server_name(tmp_path / "a"), server_name(tmp_path / "b")
    assert first != second
    assert first == server_name(tmp_path / "a" / ".." / "a")
    assert len(first) < 50
