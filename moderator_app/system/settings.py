"""Every key of the app's settings file, with its default and how a stored value is read. No Qt.

The settings file (``settings.ini`` in the data folder, written through QSettings) keeps what the
user set once: window layout, theme, language, defaults for new sessions, the stage display, the
folders last used. Each key is declared here exactly once; the rest of the app reads and writes
it with :func:`read` and :func:`write`, passing the QSettings object (any object with its
``value``/``setValue``/``contains``/``remove`` methods). A new setting is one declaration here.

A stored value that cannot be read (a hand-edited file, a value from another version) gives the
default rather than an error. A key that is renamed keeps its old name in ``old_keys``:
:func:`upgrade`, run when the file is opened, moves the value over once and removes the old key.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, Protocol, TypeVar

from moderator_app.domain.balance import DIMENSIONS, Dimension
from moderator_app.domain.session import DEFAULT_ALLOTTED_SECONDS, DEFAULT_WARNING_SECONDS

T = TypeVar("T")


class Store(Protocol):
    """What is needed of a settings file (QSettings has it)."""

    def value(self, key: str) -> Any: ...
    def setValue(self, key: str, value: Any) -> None: ...
    def contains(self, key: str) -> bool: ...
    def remove(self, key: str) -> None: ...


def _identity(value: Any) -> Any:
    return value


@dataclass(frozen=True, slots=True)
class Setting(Generic[T]):
    key: str
    default: T
    #: A stored value (as QSettings hands it back: often text) to the setting's value; raises
    #: TypeError or ValueError when it cannot be read.
    parse: Callable[[Any], T]
    #: The value as it is stored.
    store: Callable[[T], Any] = field(default=_identity)
    #: Names the key had before, newest first (moved over by upgrade()).
    old_keys: tuple[str, ...] = ()


_DECLARED: dict[str, Setting[Any]] = {}


def _declare(
    key: str,
    default: T,
    parse: Callable[[Any], T],
    *,
    store: Callable[[T], Any] = _identity,
    old_keys: tuple[str, ...] = (),
) -> Setting[T]:
    setting = Setting(key, default, parse, store, old_keys)
    for name in (key, *old_keys):
        if name in _DECLARED or any(name in s.old_keys for s in _DECLARED.values()):
            raise ValueError(f"the settings key {name} is declared twice")
    _DECLARED[key] = setting
    return setting


# -- how stored values are read ---------------------------------------------------------------
def boolean(raw: Any) -> bool:
    """QSettings' INI file gives ``true``/``false`` back as text."""
    if isinstance(raw, bool):
        return raw
    text = str(raw).strip().lower()
    if text in ("true", "1"):
        return True
    if text in ("false", "0"):
        return False
    raise ValueError(f"not a yes or no: {raw!r}")


def text(raw: Any) -> str:
    if not isinstance(raw, str):
        raise TypeError(f"not text: {raw!r}")
    return raw


def whole_number(low: int, high: int) -> Callable[[Any], int]:
    def parse(raw: Any) -> int:
        value = int(raw)
        if not low <= value <= high:
            raise ValueError(f"{value} is outside {low}…{high}")
        return value

    return parse


def _dimensions(raw: Any) -> tuple[Dimension, ...]:
    names = [raw] if isinstance(raw, str) else list(raw)  # a list of one comes back as a plain string
    return tuple(d for d in DIMENSIONS if d.value in names) or DIMENSIONS


def _dimension_names(dimensions: tuple[Dimension, ...]) -> list[str]:
    return [d.value for d in dimensions]


# -- the settings ---------------------------------------------------------------------------------
#: The limits the domain accepts for a session (moderator_app.domain.session.clean_session).
ALLOTTED_RANGE = (10, 3600)
WARNING_RANGE = (0, 600)

#: The main window's geometry and dock layout (Qt's own bytes) and the version that saved them.
MAIN_GEOMETRY: Setting[Any] = _declare("main/geometry", None, _identity)
MAIN_STATE: Setting[Any] = _declare("main/state", None, _identity)
MAIN_VERSION = _declare("main/version", "", text)
#: The role whose layout the window was last arranged for (ui/window/role_layouts.py checks it).
LAYOUT_ROLE = _declare("main/layout_role", "moderator", text)
#: system, light, dark or high-contrast (ui/common/theme.py checks it).
THEME = _declare("ui/theme", "system", text)
#: "system", or a language code the interface is translated into (system/i18n.py checks it).
LANGUAGE = _declare("ui/language", "system", text)
#: The Getting-started walkthrough has been shown (or dismissed).
FIRST_RUN_DONE = _declare("ui/first_run_done", False, boolean)
#: Preferences: the defaults of a new session, and the Balance panel's tabs.
ALLOTTED_SECONDS = _declare("defaults/allotted_seconds", DEFAULT_ALLOTTED_SECONDS, whole_number(*ALLOTTED_RANGE))
WARNING_SECONDS = _declare("defaults/warning_seconds", DEFAULT_WARNING_SECONDS, whole_number(*WARNING_RANGE))
BALANCE_DIMENSIONS = _declare("balance/dimensions", DIMENSIONS, _dimensions, store=_dimension_names)
#: The stage display (the speaker's countdown on a second screen) and what it shows.
STAGE_OPEN = _declare("stage/open", False, boolean)
STAGE_FULL_SCREEN = _declare("stage/full_screen", False, boolean)
STAGE_SHOW_NEXT = _declare("stage/show_next", True, boolean)
STAGE_SHOW_SEGMENT = _declare("stage/show_segment", True, boolean)
STAGE_SOUND = _declare("stage/sound", False, boolean)  # off by default
#: A screen's name; "" = wherever the window system puts the stage display.
STAGE_SCREEN = _declare("stage/screen", "", text)
#: The folder last chosen for each kind of file a save dialog writes (ui/common/last_folder.py).
FOLDERS: dict[str, Setting[str]] = {
    kind: _declare(f"folders/{kind}", "", text) for kind in ("session_file", "report", "csv")
}

#: Every declared setting.
SETTINGS: tuple[Setting[Any], ...] = tuple(_DECLARED.values())


# -- reading and writing ------------------------------------------------------------------------
def read(store: Store | None, setting: Setting[T]) -> T:
    """The setting's value in ``store``; its default when missing, unreadable, or there is no store."""
    raw = store.value(setting.key) if store is not None else None
    if raw is None:
        return setting.default
    try:
        return setting.parse(raw)
    except (TypeError, ValueError):
        return setting.default


def write(store: Store, setting: Setting[T], value: T) -> None:
    store.setValue(setting.key, setting.store(value))


def upgrade(store: Store, settings: Sequence[Setting[Any]] | None = None) -> list[str]:
    """Move values kept under a key's old names to its current one (every declared setting's, unless
    ``settings`` says which); the keys moved (old names).

    The current key wins when both are there (it was written later). Old keys are removed either
    way, so each is moved once.
    """
    moved = []
    for setting in SETTINGS if settings is None else settings:
        for old in setting.old_keys:
            if not store.contains(old):
                continue
            if not store.contains(setting.key):
                store.setValue(setting.key, store.value(old))
                moved.append(old)
            store.remove(old)
    return moved
