"""What the stage display shows at one instant, worked out apart from painting (so it can be tested)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from moderator_app.domain.enums import Phase
from moderator_app.domain.formatting import clock_text, countdown_text
from moderator_app.domain.session import Participant
from moderator_app.domain.text import isolate
from moderator_app.services.console import LiveReading
from moderator_app.ui.common import theme
from moderator_app.ui.common.contexts import QT_TRANSLATE_NOOP

#: Seconds a phase change flashes for, and how fast (inverted colours, on/off).
FLASH_SECONDS = 2.0
FLASH_PERIOD = 0.25

MESSAGE_COLOURS = ("#fde047", "#111111")


# Written out as translate(context, text) at each call so lupdate can extract the strings.
translate = QCoreApplication.translate

PRESET_MESSAGES = (
    QT_TRANSLATE_NOOP("StageDisplay", "Please wrap up"),
    QT_TRANSLATE_NOOP("StageDisplay", "One minute"),
    QT_TRANSLATE_NOOP("StageDisplay", "Time is up"),
    QT_TRANSLATE_NOOP("StageDisplay", "Please speak closer to the microphone"),
)


def preset_label(text: str) -> str:
    return translate("StageDisplay", text)


@dataclass(frozen=True, slots=True)
class StageView:
    """Everything to paint: texts (large to small) and colours."""

    background: str
    foreground: str
    phase_text: str
    clock: str
    speaker: str
    affiliation: str
    footer: str
    message: str
    blackout: bool
    flashing: bool
    phase: Phase


def stage_view(
    reading: LiveReading,
    *,
    upcoming: list[Participant],
    show_next: bool,
    show_segment: bool,
    message: str,
    blackout: bool,
    flash_age: float | None,
) -> StageView:
    """The display at one reading. ``flash_age`` is the seconds since the phase last changed (None: never)."""
    timer = reading.timer
    phase = timer.phase
    flashing = flash_age is not None and 0 <= flash_age < FLASH_SECONDS
    if phase is Phase.IDLE:
        background, foreground = theme.stage_colours(Phase.IDLE, running=True)
        phase_text, clock = "", ""
    else:
        # Same meaning as the console's timer (see ui/theme.py); the words and shape say it too.
        background, foreground = theme.stage_colours(phase, running=timer.running)
        shape = {Phase.NORMAL: "●", Phase.WARNING: "▲", Phase.OVERTIME: "■"}[phase]
        words = {
            Phase.NORMAL: translate("StageDisplay", "ON TIME"),
            Phase.WARNING: translate("StageDisplay", "WRAP UP"),
            Phase.OVERTIME: translate("StageDisplay", "TIME IS UP"),
        }[phase]
        if not timer.running:
            shape, words = "❚❚", translate("StageDisplay", "PAUSED")
        phase_text = f"{shape}  {words}"
        clock = (
            countdown_text(timer.remaining_seconds)
            if timer.remaining_seconds is not None
            else clock_text(timer.speaking_seconds)
        )
    if flashing and flash_age is not None and int(flash_age / FLASH_PERIOD) % 2 == 0:
        # The first half of each beat is inverted: hard to miss from the stage, unlike a faint blink.
        background, foreground = foreground, background
    speaker = reading.speaker.name if reading.speaker else ""
    affiliation = reading.speaker.affiliation if reading.speaker else ""
    footer_parts = []
    if show_next and upcoming:
        # Each name isolated: an Arabic or Hebrew name cannot pull the dots and the next name round it.
        names = "  ·  ".join(isolate(p.name) for p in upcoming)
        footer_parts.append(translate("StageDisplay", "Next: %1").replace("%1", names))
    segment = reading.progress.segment
    if show_segment and segment is not None:
        footer_parts.append(segment.title)
    return StageView(
        background=background,
        foreground=foreground,
        phase_text=phase_text,
        clock=clock,
        speaker=speaker,
        affiliation=affiliation,
        footer="     ".join(footer_parts),
        message=message,
        blackout=blackout,
        flashing=flashing,
        phase=phase,
    )
