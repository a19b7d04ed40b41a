"""system/settings.py: every settings key is declared once, read with its default, and upgraded from old names."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from moderator_app.domain.balance import DIMENSIONS, Dimension
from moderator_app.system import settings
from moderator_app.system.settings import (
    ALLOTTED_SECONDS,
    BALANCE_DIMENSIONS,
    SETTINGS,
    STAGE_SHOW_NEXT,
    STAGE_SOUND,
    Setting,
    boolean,
    read,
    text,
    upgrade,
    write,
)
from moderator_app.ui.common.settings_file import open_settings

PACKAGE = Path(settings.__file__).resolve().parents[1]
#: What a settings key looks like: a group, a slash, a name.
KEY = re.compile(r"(?:main|ui|stage|defaults|balance|folders|report|window|view)/[A-Za-z_]*")


def raw_keys(tree: ast.AST) -> list[tuple[int, str]]:
    """Settings keys spelled as text (an f-string's first part included) in a module."""
    return [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and KEY.fullmatch(node.value)
    ]


def test_no_settings_key_is_spelled_outside_the_declarations():
    spelled = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        if path == Path(settings.__file__).resolve():
            continue
        keys = raw_keys(ast.parse(path.read_text(encoding="utf-8")))
        if keys:
            spelled[path.relative_to(PACKAGE).as_posix()] = keys
    assert spelled == {}, "declare the key in system/settings.py and read/write it through it"


def test_the_scan_finds_a_key_spelled_in_the_code():
    assert raw_keys(ast.parse('settings.value("stage/sound", False)')) == [(1, "stage/sound")]
    assert raw_keys(ast.parse('settings.value(f"folders/{kind}")')) == [(1, "folders/")]
    assert raw_keys(ast.parse('"see docs/recovery.md"')) == []


def test_every_key_is_declared_once_and_every_declaration_is_listed():
    keys = [setting.key for setting in SETTINGS]
    assert len(keys) == len(set(keys))
    declared = [value for value in vars(settings).values() if isinstance(value, Setting)]
    declared += list(settings.FOLDERS.values())
    assert {s.key for s in declared} == set(keys)
    with pytest.raises(ValueError, match="stage/sound is declared twice"):
        settings._declare("stage/sound", True, boolean)


def test_a_value_that_cannot_be_read_gives_the_default(tmp_path):
    store = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    assert read(None, STAGE_SHOW_NEXT) is True
    assert read(store, STAGE_SOUND) is False
    store.setValue(STAGE_SOUND.key, "maybe")
    store.setValue(ALLOTTED_SECONDS.key, 99999)
    store.setValue(BALANCE_DIMENSIONS.key, ["nonsense"])
    assert read(store, STAGE_SOUND) is False
    assert read(store, ALLOTTED_SECONDS) == ALLOTTED_SECONDS.default
    assert read(store, BALANCE_DIMENSIONS) == DIMENSIONS


def test_values_written_come_back_from_the_file_with_their_types(tmp_path):
    path = tmp_path / "settings.ini"
    store = QSettings(str(path), QSettings.Format.IniFormat)
    write(store, STAGE_SOUND, True)
    write(store, ALLOTTED_SECONDS, 90)
    write(store, BALANCE_DIMENSIONS, (Dimension.GENDER,))
    store.sync()
    again = QSettings(str(path), QSettings.Format.IniFormat)  # INI gives text back
    assert read(again, STAGE_SOUND) is True
    assert read(again, ALLOTTED_SECONDS) == 90
    assert read(again, BALANCE_DIMENSIONS) == (Dimension.GENDER,)


def test_an_old_key_is_upgraded_once_and_the_current_one_wins(tmp_path, monkeypatch):
    renamed = Setting("stage/chime", False, boolean, old_keys=("stage/sound_cue", "sound"))
    other = Setting("ui/colours", "system", text, old_keys=("view/colours",))
    monkeypatch.setattr(settings, "SETTINGS", (*SETTINGS, renamed, other))
    path = tmp_path / "settings.ini"
    old = QSettings(str(path), QSettings.Format.IniFormat)
    old.setValue("stage/sound_cue", True)
    old.setValue("sound", False)  # an older name still: the newer one's value is kept
    old.setValue("view/colours", "dark")
    old.setValue("ui/colours", "light")  # written by a newer version: it wins
    old.sync()
    del old

    store = open_settings(path)
    assert read(store, renamed) is True
    assert read(store, other) == "light"
    assert not any(store.contains(key) for key in ("stage/sound_cue", "sound", "view/colours"))
    write(store, renamed, False)
    store.sync()
    assert upgrade(store) == []  # nothing is moved twice
    assert read(open_settings(path), renamed) is False
