"""Shared fixtures: headless Qt, a data folder in tmp_path, a fake clock, a console on the demo session."""

from __future__ import annotations

import gc
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import pytest

from moderator_app.services.console import SessionConsole
from moderator_app.services.library import Library
from moderator_app.services.sessions import ensure_demo
from moderator_app.storage.repository import SessionRepository
from moderator_app.system.paths import DATA_DIR_ENV, AppPaths
from moderator_app.system.resources import regions
from tests.support import FakeClock, fill_in_test_details


@pytest.fixture(autouse=True)
def _collectable_after_each_test() -> Iterator[None]:
    """The app freezes what is alive once its one window shows a session (ui/gc_pauses.py); the
    suite makes hundreds of windows, so what a test leaves behind is made collectable again."""
    yield
    gc.unfreeze()


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No test may touch the real user data folder."""
    data_dir = tmp_path / "data"
    monkeypatch.setenv(DATA_DIR_ENV, str(data_dir))
    return data_dir


@pytest.fixture
def app_paths(tmp_path: Path) -> AppPaths:
    return AppPaths(tmp_path / "data")


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def library(app_paths: AppPaths, clock: FakeClock) -> Iterator[Library]:
    """The data folder's library, opened on a fresh folder."""
    opened = Library.open(app_paths, clock)
    yield opened
    opened.close()


@pytest.fixture
def repository(library: Library) -> SessionRepository:
    return library.repository


@pytest.fixture
def console(repository: SessionRepository, clock: FakeClock) -> SessionConsole:
    """A console on the built-in demo session, driven by the fake clock, with test details filled in."""
    session_id = ensure_demo(repository, clock)
    console = SessionConsole(repository, clock, session_id, regions=regions())
    fill_in_test_details(console)
    return console
