"""Colour schemes: light, dark and high contrast, or the system's; timer phase colours and a visible focus ring.

The choice is kept in QSettings under ``ui/theme`` (system | light | dark | high-contrast) and applied at
start (app.py) and live from View → Colour scheme. The phase colours were chosen so that each pair stays
apart for people with protanopia, deuteranopia or tritanopia (see tests/unit/test_colour_vision.py and
docs/accessibility.md); the phase is always said in words and a shape too.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, QSettings, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from moderator_app.domain.enums import Phase
from moderator_app.system.settings import THEME, read

CHOICES = ("system", "light", "dark", "high-contrast")


@dataclass(frozen=True, slots=True)
class Theme:
    """A palette for the window and the timer's phase colours (background, text) that go with it."""

    name: str
    dark: bool
    window: str
    text: str
    base: str
    alternate_base: str
    button: str
    mid: str
    disabled_text: str
    highlight: str
    highlighted_text: str
    link: str
    focus: str
    phases: dict[str, tuple[str, str]]

    def phase(self, phase: Phase, *, running: bool) -> tuple[str, str]:
        """Background and text colour of the timer in this phase."""
        if phase is Phase.IDLE:
            return self.phases["idle"]
        if not running:
            return self.phases["paused"]
        return self.phases[phase.value]


#: Shared by light and dark: the timer panel paints its own background, so the same colours serve both.
_PHASES = {
    "normal": ("#047857", "#ffffff"),
    "warning": ("#fbbf24", "#111111"),
    "overtime": ("#b42318", "#ffffff"),
    "paused": ("#374151", "#ffffff"),
}

LIGHT = Theme(
    name="light",
    dark=False,
    window="#f3f4f6",
    text="#111827",
    base="#ffffff",
    alternate_base="#eef0f3",
    button="#e5e7eb",
    mid="#6b7280",
    disabled_text="#6b7280",
    highlight="#1d4ed8",
    highlighted_text="#ffffff",
    link="#1d4ed8",
    focus="#1d4ed8",
    phases={"idle": ("#e5e7eb", "#374151"), **_PHASES},
)

DARK = Theme(
    name="dark",
    dark=True,
    window="#1f2329",
    text="#e8eaed",
    base="#15181d",
    alternate_base="#23272e",
    button="#2d333b",
    mid="#8b949e",
    disabled_text="#8b949e",
    highlight="#2563eb",
    highlighted_text="#ffffff",
    link="#93c5fd",
    focus="#60a5fa",
    phases={"idle": ("#2b2f36", "#c0c7cf"), **_PHASES},
)

HIGH_CONTRAST = Theme(
    name="high-contrast",
    dark=True,
    window="#000000",
    text="#ffffff",
    base="#000000",
    alternate_base="#1a1a1a",
    button="#000000",
    mid="#ffffff",
    disabled_text="#a6a6a6",
    highlight="#ffff00",
    highlighted_text="#000000",
    link="#00ffff",
    focus="#00ffff",
    phases={
        "idle": ("#000000", "#ffffff"),
        "normal": ("#00332a", "#ffffff"),
        "warning": ("#ffd700", "#000000"),
        "overtime": ("#a00000", "#ffffff"),
        "paused": ("#ffffff", "#000000"),
    },
)

THEMES = {theme.name: theme for theme in (LIGHT, DARK, HIGH_CONTRAST)}

#: The stage display is projected in a dark room: it stays dark unless high contrast is chosen.
STAGE_IDLE = ("#111827", "#e5e7eb")


class _Notifier(QObject):
    changed = Signal()


_state: dict[str, object] = {}


def notifier() -> _Notifier:
    """Emits ``changed`` after a theme is applied, so widgets that paint phase colours repaint."""
    existing = _state.get("notifier")
    if isinstance(existing, _Notifier):
        return existing
    created = _Notifier()
    _state["notifier"] = created
    return created


def system_is_dark(app: QGuiApplication) -> bool:
    """The desktop's colour scheme (Qt 6.5+); where the platform does not say, the palette's window lightness."""
    scheme = app.styleHints().colorScheme()
    if scheme == Qt.ColorScheme.Dark:
        return True
    if scheme == Qt.ColorScheme.Light:
        return False
    return _system_palette(app).color(QPalette.ColorRole.Window).lightness() < 128


def _system_palette(app: QGuiApplication) -> QPalette:
    saved = _state.get("system_palette")
    if isinstance(saved, QPalette):
        return saved
    palette = QPalette(app.palette())
    _state["system_palette"] = palette
    return palette


def resolve(choice: str, app: QGuiApplication) -> Theme:
    """The concrete theme for a setting value (unknown values mean "system")."""
    if choice in THEMES:
        return THEMES[choice]
    return DARK if system_is_dark(app) else LIGHT


def current() -> Theme:
    """The theme in force (before any is applied: the system's)."""
    theme = _state.get("theme")
    if isinstance(theme, Theme):
        return theme
    app = QGuiApplication.instance()
    return resolve("system", app) if isinstance(app, QGuiApplication) else LIGHT


def current_choice() -> str:
    choice = _state.get("choice")
    return choice if isinstance(choice, str) else "system"


def stage_colours(phase: Phase, *, running: bool) -> tuple[str, str]:
    """Background and text of the stage display in this phase."""
    theme = current()
    if theme is not HIGH_CONTRAST and phase is Phase.IDLE:
        return STAGE_IDLE
    return (theme if theme is HIGH_CONTRAST else DARK).phase(phase, running=running)


def build_palette(theme: Theme) -> QPalette:
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: theme.window,
        QPalette.ColorRole.WindowText: theme.text,
        QPalette.ColorRole.Base: theme.base,
        QPalette.ColorRole.AlternateBase: theme.alternate_base,
        QPalette.ColorRole.ToolTipBase: theme.base,
        QPalette.ColorRole.ToolTipText: theme.text,
        QPalette.ColorRole.PlaceholderText: theme.disabled_text,
        QPalette.ColorRole.Text: theme.text,
        QPalette.ColorRole.Button: theme.button,
        QPalette.ColorRole.ButtonText: theme.text,
        QPalette.ColorRole.BrightText: theme.highlight,
        QPalette.ColorRole.Highlight: theme.highlight,
        QPalette.ColorRole.HighlightedText: theme.highlighted_text,
        QPalette.ColorRole.Link: theme.link,
        QPalette.ColorRole.Mid: theme.mid,
        QPalette.ColorRole.Dark: theme.mid,
        QPalette.ColorRole.Light: theme.alternate_base,
    }
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(theme.disabled_text))
    return palette


def focus_stylesheet(theme: Theme) -> str:
    """A 3-pixel focus ring in the theme's focus colour, on every control that takes the keyboard.

    Borders trade width for padding, so a control does not change size when it gains the focus.
    """
    fields = "QLineEdit, QAbstractSpinBox, QPlainTextEdit, QTextEdit"
    focused_fields = "QLineEdit:focus, QAbstractSpinBox:focus, QPlainTextEdit:focus, QTextEdit:focus"
    return f"""
{fields} {{ border: 1px solid {theme.mid}; border-radius: 3px; padding: 2px; }}
{focused_fields} {{ border: 3px solid {theme.focus}; padding: 0px; }}
QComboBox:focus {{ border: 3px solid {theme.focus}; border-radius: 3px; }}
QAbstractItemView {{ border: 1px solid {theme.mid}; }}
QAbstractItemView:focus {{ border: 3px solid {theme.focus}; }}
QPushButton, QToolButton {{ border: 1px solid {theme.mid}; border-radius: 4px; padding: 4px 9px;
    background: {theme.button}; color: {theme.text}; }}
QPushButton:focus, QToolButton:focus {{ border: 3px solid {theme.focus}; padding: 2px 7px; }}
QPushButton:hover, QToolButton:hover {{ background: {theme.alternate_base}; }}
QPushButton:pressed, QToolButton:pressed, QPushButton:checked, QToolButton:checked {{
    background: {theme.highlight}; color: {theme.highlighted_text}; }}
QPushButton:disabled, QToolButton:disabled {{ color: {theme.disabled_text}; border-style: dashed; }}
QPushButton:default {{ border-width: 2px; padding: 3px 8px; }}
QPushButton:default:focus {{ border-width: 3px; padding: 2px 7px; }}
QToolBar QToolButton {{ border-color: transparent; background: transparent; }}
QToolBar QToolButton:hover {{ border-color: {theme.mid}; }}
QCheckBox, QRadioButton {{ border: 3px solid transparent; border-radius: 3px; padding: 1px; }}
QCheckBox:focus, QRadioButton:focus {{ border: 3px solid {theme.focus}; }}
QCheckBox::indicator, QRadioButton::indicator {{ width: 13px; height: 13px; border: 2px solid {theme.mid};
    background: {theme.base}; }}
QRadioButton::indicator {{ border-radius: 8px; }}
QCheckBox::indicator:checked, QRadioButton::indicator:checked {{ background: {theme.highlight};
    border-color: {theme.text}; }}
QCheckBox::indicator:disabled, QRadioButton::indicator:disabled {{ border-style: dashed; }}
QTabBar::tab:focus {{ border: 3px solid {theme.focus}; }}
QSlider:focus {{ border: 3px solid {theme.focus}; }}
"""


def apply(app: QApplication, choice: str) -> Theme:
    """Apply a colour scheme now: palette, focus ring, and a nudge to the phase-colour painters."""
    _system_palette(app)  # remember the desktop's own palette before replacing it
    theme = resolve(choice, app)
    app.setPalette(_system_palette(app) if choice not in THEMES else build_palette(theme))
    app.setStyleSheet(focus_stylesheet(theme))
    _state["theme"] = theme
    _state["choice"] = choice if choice in THEMES else "system"
    if not _state.get("follows_system"):
        # While "system" is chosen, a change of the desktop's scheme applies at once.
        app.styleHints().colorSchemeChanged.connect(lambda _scheme: _follow_system(app))
        _state["follows_system"] = True
    notifier().changed.emit()
    return theme


def _follow_system(app: QApplication) -> None:
    if current_choice() == "system":
        _state.pop("system_palette", None)
        apply(app, "system")


def saved_choice(settings: QSettings) -> str:
    value = read(settings, THEME)
    return value if value in CHOICES else "system"


def apply_saved(app: QApplication, settings: QSettings) -> Theme:
    """At start: the scheme chosen last time (Preferences or View → Colour scheme)."""
    return apply(app, saved_choice(settings))
