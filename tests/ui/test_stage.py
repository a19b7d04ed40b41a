"""The stage display follows the console exactly, flashes at phase changes, shows messages and blackout."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from moderator_app.domain.enums import Phase
from moderator_app.ui.common import theme
from moderator_app.ui.stage.view import FLASH_SECONDS


def press(qtbot, window, key, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(window.focusWidget() or window, key, modifier)


@pytest.fixture
def staged(qtbot, window):
    beeps: list[int] = []
    window.stage.beep = lambda: beeps.append(1)
    window.stage.toggle_display()
    qtbot.addWidget(window.stage.display)
    window.stage.beeps = beeps
    return window


def test_display_shows_the_same_countdown_phase_and_speaker_as_the_console(qtbot, staged, console, clock):
    press(qtbot, staged, Qt.Key.Key_N)
    clock.advance(20)
    staged.tick()
    view = staged.stage.display.view
    assert view.clock == staged.timer_panel.time_label.text() == "2:40"
    assert view.speaker == console.reading().speaker.name
    assert "ON TIME" in view.phase_text and "●" in view.phase_text
    press(qtbot, staged, Qt.Key.Key_Space)  # pause in the console
    clock.advance(30)
    staged.tick()
    view = staged.stage.display.view
    assert view.clock == "2:40" and "PAUSED" in view.phase_text


def test_phases_change_words_and_colour_and_overtime_counts_up_with_a_plus(qtbot, staged, clock):
    press(qtbot, staged, Qt.Key.Key_N)
    clock.advance(160)
    staged.tick()
    view = staged.stage.display.view
    assert view.phase is Phase.WARNING and "WRAP UP" in view.phase_text and "▲" in view.phase_text
    clock.advance(FLASH_SECONDS + 10)  # past the flash: steady colours
    staged.tick()
    assert staged.stage.display.view.background == theme.DARK.phases["warning"][0]
    clock.advance(30)
    staged.tick()
    view = staged.stage.display.view
    assert view.phase is Phase.OVERTIME and view.clock.startswith("+") and "■" in view.phase_text


def test_a_phase_change_flashes_briefly_then_stops(qtbot, staged, clock):
    press(qtbot, staged, Qt.Key.Key_N)
    clock.advance(149)
    staged.tick()
    assert not staged.stage.display.view.flashing
    clock.advance(2)  # into the last 30 s
    staged.tick()
    assert staged.stage.display.view.flashing
    clock.advance(FLASH_SECONDS + 0.5)
    staged.tick()
    assert not staged.stage.display.view.flashing


def test_sound_cues_only_when_switched_on_once_per_phase(qtbot, staged, clock):
    press(qtbot, staged, Qt.Key.Key_N)
    for _ in range(200):  # 200 s of ticks: warning at 150 s, overtime at 180 s
        clock.advance(1)
        staged.tick()
    assert staged.stage.beeps == []  # off by default
    staged.stage.act_sound.setChecked(True)
    press(qtbot, staged, Qt.Key.Key_N) if staged.bridge.console.snapshot.queue else None
    for _ in range(200):
        clock.advance(1)
        staged.tick()
    assert len(staged.stage.beeps) == 2


def test_messages_from_the_keyboard_stay_until_cleared(qtbot, staged, clock):
    press(qtbot, staged, Qt.Key.Key_N)
    press(qtbot, staged, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    staged.tick()
    assert staged.stage.display.view.message == "Please wrap up"
    clock.advance(60)
    staged.tick()
    assert staged.stage.display.view.message == "Please wrap up"
    press(qtbot, staged, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    staged.tick()
    assert staged.stage.display.view.message == ""
    staged.stage.set_message("<b>Closer to the mic</b>")
    staged.tick()
    assert staged.stage.display.view.message == "<b>Closer to the mic</b>"  # drawn as text


def test_blackout_hides_the_timer_and_comes_back(qtbot, staged):
    press(qtbot, staged, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    staged.tick()
    assert staged.stage.display.view.blackout
    staged.stage.toggle_blackout()
    staged.tick()
    assert not staged.stage.display.view.blackout


def test_f9_shows_and_hides_the_display_and_the_screen_menu_lists_every_screen(qtbot, window):
    press(qtbot, window, Qt.Key.Key_F9)
    qtbot.addWidget(window.stage.display)
    assert window.stage.display.isVisible()
    window.stage._fill_screen_menu()
    assert len(window.stage.screen_menu.actions()) == len(QGuiApplication.screens())
    window.stage.show_on(QGuiApplication.screens()[0])
    assert window.stage.display.isFullScreen()
    press(qtbot, window, Qt.Key.Key_F9)
    assert not window.stage.display.isVisible()


def test_the_display_paints_at_any_size_without_error(qtbot, staged, clock):
    press(qtbot, staged, Qt.Key.Key_N)
    staged.stage.set_message("Please speak closer to the microphone")
    for size in ((480, 270), (1920, 1080), (700, 1200)):
        staged.stage.display.resize(*size)
        staged.tick()
        image = staged.stage.display.grab().toImage()
        assert image.width() == size[0]


def test_a_message_for_one_speaker_is_cleared_when_the_next_one_starts(qtbot, staged):
    press(qtbot, staged, Qt.Key.Key_N)
    staged.stage.set_message("Time is up")
    staged.tick()
    press(qtbot, staged, Qt.Key.Key_N)
    staged.tick()
    assert staged.stage.display.view.message == ""
