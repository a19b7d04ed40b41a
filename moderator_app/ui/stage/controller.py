"""The Stage menu: open the display on a screen, full screen, messages, blackout, sound cues."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication, QKeySequence, QScreen
from PySide6.QtWidgets import QApplication, QInputDialog, QMenu

from moderator_app.domain.enums import Phase
from moderator_app.services.console import LiveReading
from moderator_app.system.settings import (
    STAGE_FULL_SCREEN,
    STAGE_OPEN,
    STAGE_SCREEN,
    STAGE_SHOW_NEXT,
    STAGE_SHOW_SEGMENT,
    STAGE_SOUND,
    read,
    write,
)
from moderator_app.ui.stage.view import FLASH_SECONDS, PRESET_MESSAGES, preset_label, stage_view
from moderator_app.ui.stage.window import StageWindow

if TYPE_CHECKING:
    from moderator_app.ui.window.host import TickHost


# Written out as translate(context, text) at each call so lupdate can extract the strings.
translate = QCoreApplication.translate


class StageController:
    """Owns the stage window and what it shows beyond the timer (message, blackout, options).

    Messages and blackout are what the room sees now, not session data: they are not stored.
    The options (next speakers, segment, sound, screen) are remembered in the window settings.
    """

    def __init__(self, host: TickHost, settings: QSettings, beep: Callable[[], None] = QApplication.beep) -> None:
        self.host = host
        #: The main window: the parent of the stage's menu, actions and dialog, and the one given the keys back.
        self.window = host.window()
        self.settings = settings
        self.beep = beep
        self.display: StageWindow | None = None
        self.message = ""
        self.blackout = False
        self._phase: Phase | None = None
        self._intervention_id: str | None = None
        self._flash_started: float | None = None
        self.menu = QMenu(translate("StageController", "S&tage"), self.window)
        self.actions: list[QAction] = []
        self._build_actions()

    # -- actions --------------------------------------------------------------------------
    def _action(self, text: str, slot: Callable[[], None], keys: str = "", *, checkable: bool = False) -> QAction:
        action = QAction(text, self.window)
        if keys:
            action.setShortcut(QKeySequence(keys))
        action.setCheckable(checkable)
        action.setStatusTip(text.replace("&", ""))
        action.triggered.connect(lambda _checked=False: slot())
        self.window.addAction(action)
        self.menu.addAction(action)
        self.actions.append(action)
        return action

    def _build_actions(self) -> None:
        self.act_show = self._action(
            translate("StageController", "&Show stage display"), self.toggle_display, "F9", checkable=True
        )
        self.act_full = self._action(
            translate("StageController", "Stage display &full screen"), self.toggle_full_screen, "Shift+F9"
        )
        self.screen_menu = self.menu.addMenu(translate("StageController", "Show on s&creen"))
        self.screen_menu.aboutToShow.connect(self._fill_screen_menu)
        self.menu.addSeparator()
        self.act_next = self._action(
            translate("StageController", "Show the &next speakers"), self._options_changed, checkable=True
        )
        self.act_segment = self._action(
            translate("StageController", "Show the agenda se&gment"), self._options_changed, checkable=True
        )
        self.act_sound = self._action(
            translate("StageController", "Sound cue at warning and at time up"), self._options_changed, checkable=True
        )
        self.act_next.setChecked(read(self.settings, STAGE_SHOW_NEXT))
        self.act_segment.setChecked(read(self.settings, STAGE_SHOW_SEGMENT))
        self.act_sound.setChecked(read(self.settings, STAGE_SOUND))
        self.menu.addSeparator()
        self.preset_actions = []
        for number, text in enumerate(PRESET_MESSAGES, start=1):
            label = preset_label(text)
            self.preset_actions.append(
                self._action(
                    translate("StageController", "Message: %1").replace("%1", label),
                    partial(self.set_message, label),
                    f"Ctrl+{number}",
                )
            )
        self.act_custom = self._action(translate("StageController", "&Custom message…"), self.ask_message, "Ctrl+5")
        self.act_clear = self._action(
            translate("StageController", "C&lear message"), lambda: self.set_message(""), "Ctrl+0"
        )
        self.act_blackout = self._action(
            translate("StageController", "&Blackout (logo only)"), self.toggle_blackout, "Ctrl+Shift+B", checkable=True
        )

    def _options_changed(self) -> None:
        write(self.settings, STAGE_SHOW_NEXT, self.act_next.isChecked())
        write(self.settings, STAGE_SHOW_SEGMENT, self.act_segment.isChecked())
        write(self.settings, STAGE_SOUND, self.act_sound.isChecked())
        self.host.tick()

    # -- the window -------------------------------------------------------------------------
    def ensure_display(self) -> StageWindow:
        if self.display is None:
            self.display = StageWindow()
            self.display.destroyed.connect(lambda *_: setattr(self, "display", None))
            self.display.shown_state_changed.connect(self._remember)
            name = read(self.settings, STAGE_SCREEN)
            screen = next((s for s in QGuiApplication.screens() if s.name() == name), None)
            if screen is not None:
                self.display.setScreen(screen)
                self.display.move(screen.geometry().topLeft())
        return self.display

    def close_display(self, *, reopen_next_start: bool = False) -> None:
        """Close the display for good (the console is closing): no window left on the projector.

        ``reopen_next_start`` (a restart): the next start opens it again where it was, as after a
        crash, when this is never called. A deliberate quit forgets it.
        """
        display, self.display = self.display, None
        if display is not None:
            display.shown_state_changed.disconnect(self._remember)
            display.close()
            display.deleteLater()
        self.act_show.setChecked(False)
        if not reopen_next_start:
            write(self.settings, STAGE_OPEN, False)
            self.settings.sync()

    def _remember(self) -> None:
        """Where the display is now (open, screen, full screen), on disk at once: a crash keeps it."""
        display = self.display
        shown = display is not None and display.isVisible()
        write(self.settings, STAGE_OPEN, shown)
        if display is not None and shown:
            write(self.settings, STAGE_FULL_SCREEN, display.isFullScreen())
            screen = display.screen()
            if screen is not None:
                write(self.settings, STAGE_SCREEN, screen.name())
        self.settings.sync()

    def restore(self) -> None:
        """At start: open the display again if it was open when the app last stopped (a crash, a restart)."""
        if not read(self.settings, STAGE_OPEN):
            return
        display = self.ensure_display()
        if read(self.settings, STAGE_FULL_SCREEN):
            display.showFullScreen()
        else:
            display.show()
        self.act_show.setChecked(True)
        self._give_keys_back()

    def toggle_display(self) -> None:
        display = self.ensure_display()
        if display.isVisible():
            display.hide()
        else:
            display.show()
            self._give_keys_back()
        self.act_show.setChecked(display.isVisible())

    def toggle_full_screen(self) -> None:
        display = self.ensure_display()
        if display.isFullScreen():
            display.showNormal()
        else:
            display.showFullScreen()
        self.act_show.setChecked(True)
        self._give_keys_back()

    def _give_keys_back(self) -> None:
        """Keep the console the active window, so Space, N and the rest keep working."""
        self.window.activateWindow()
        self.window.raise_()
        self.host.tick()

    def _fill_screen_menu(self) -> None:
        self.screen_menu.clear()
        group = QActionGroup(self.screen_menu)
        current = self.display.screen() if self.display is not None else None
        for screen in QGuiApplication.screens():
            size = screen.geometry()
            action = self.screen_menu.addAction(f"{screen.name()}  ({size.width()}×{size.height()})")
            action.setCheckable(True)
            action.setChecked(screen is current)
            group.addAction(action)
            action.triggered.connect(lambda _checked=False, screen=screen: self.show_on(screen))

    def show_on(self, screen: QScreen) -> None:
        """Put the display on ``screen`` (the projector) and fill it."""
        display = self.ensure_display()
        write(self.settings, STAGE_SCREEN, screen.name())
        display.showNormal()
        display.setScreen(screen)
        display.setGeometry(screen.availableGeometry())
        display.showFullScreen()
        self.act_show.setChecked(True)
        self._give_keys_back()

    # -- what the room sees -----------------------------------------------------------------
    def set_message(self, text: str) -> None:
        self.message = " ".join(text.split())[:200]
        self.host.show_message(
            translate("StageController", "Stage message: %1").replace("%1", self.message)
            if self.message
            else translate("StageController", "Stage message cleared."),
            False,
        )
        self.host.tick()

    def ask_message(self) -> None:
        text, ok = QInputDialog.getText(
            self.window,
            translate("StageController", "Message to the speaker"),
            translate("StageController", "Shown on the stage display:"),
        )
        if ok and text.strip():
            self.set_message(text)

    def toggle_blackout(self) -> None:
        self.blackout = not self.blackout
        self.act_blackout.setChecked(self.blackout)
        self.host.tick()

    def on_tick(self, reading: LiveReading) -> None:
        """Called with the reading the console's own timer just showed: same state, same instant."""
        self._follow_phase(reading)
        if self.display is None or not self.display.isVisible():
            return
        upcoming = [p for _e, p in self.host.bridge.console.upcoming(2)]
        flash_age = reading.now.monotonic - self._flash_started if self._flash_started is not None else None
        self.display.show_view(
            stage_view(
                reading,
                upcoming=upcoming,
                show_next=self.act_next.isChecked(),
                show_segment=self.act_segment.isChecked(),
                message=self.message,
                blackout=self.blackout,
                flash_age=flash_age,
            )
        )

    def flashing(self, reading: LiveReading) -> bool:
        """Whether the shown stage display is flashing at ``reading`` (it then needs quick ticks)."""
        if self._flash_started is None or self.display is None or not self.display.isVisible():
            return False
        return 0 <= reading.now.monotonic - self._flash_started < FLASH_SECONDS

    def _follow_phase(self, reading: LiveReading) -> None:
        """Start a flash (and a sound, if asked for) when a turn enters its warning or its overtime."""
        intervention_id = reading.intervention.id if reading.intervention else None
        phase = reading.timer.phase
        same_turn = intervention_id is not None and intervention_id == self._intervention_id
        if same_turn and phase != self._phase and phase in (Phase.WARNING, Phase.OVERTIME) and reading.timer.running:
            self._flash_started = reading.now.monotonic
            if self.act_sound.isChecked():
                self.beep()
        if not same_turn:
            self._flash_started = None
            if self._intervention_id is not None and self.message:
                # "Time is up" was for the previous speaker: a new turn starts without it.
                self.message = ""
        self._phase, self._intervention_id = phase, intervention_id
