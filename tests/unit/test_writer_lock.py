"""The data folder's writer lock in one process (two real processes: tests/e2e/test_one_writer.py)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from moderator_app.system.writer_lock import (
    DEFAULT_WAIT_SECONDS,
    WAIT_ENV,
    DataFolderBusy,
    Holder,
    WriterLock,
    wait_seconds_from_env,
)


def test_second_lock_on_the_same_folder_is_refused_until_the_first_lets_go(tmp_path: Path) -> None:
    first = WriterLock(tmp_path, "window")
    assert first.try_acquire()
    second = WriterLock(tmp_path, "import")
    assert not second.try_acquire()
    first.release()
    assert second.try_acquire()
    second.release()


def test_the_lock_file_names_the_holder_and_is_emptied_on_release(tmp_path: Path) -> None:
    with WriterLock(tmp_path, "window") as lock:
        assert lock.try_acquire()
        holder = lock.holder()
        assert holder is not None
        assert holder.pid == os.getpid()
        assert holder.role == "window"
    assert (tmp_path / "moderator.lock").read_text() == ""


def test_acquire_waits_then_names_the_holder_and_what_to_do(tmp_path: Path) -> None:
    held = WriterLock(tmp_path, "window")
    held.try_acquire()
    now = [0.0]
    naps: list[float] = []

    def sleep(seconds: float) -> None:
        naps.append(seconds)
        now[0] += seconds

    with pytest.raises(DataFolderBusy) as caught:
        WriterLock(tmp_path, "import").acquire(2.0, sleep=sleep, monotonic=lambda: now[0])
    held.release()
    assert sum(naps) == pytest.approx(2.0)
    message = str(caught.value)
    assert f"the moderator-app window (process {os.getpid()})" in message
    assert "close it and try again" in message
    assert "\n" not in message


def test_a_command_holding_the_folder_is_named_as_a_command() -> None:
    busy = DataFolderBusy(Path("/data"), Holder(pid=7, host="", role="import", since=""), 1)
    assert "the moderator-app command 'import' (process 7)" in str(busy)
    assert "wait for it to finish" in str(busy)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "not json",
        "[1, 2]",
        json.dumps({"pid": "12; rm -rf /", "role": "x" * 10_000}),
        json.dumps({"pid": 5, "host": "evil\nmoderator-app: error: fake", "role": "\u202eimport"}),
        "\0\0\0",
    ],
)
def test_a_damaged_or_hostile_lock_file_never_breaks_the_refusal(text: str) -> None:
    holder = Holder.from_text(text)
    message = str(DataFolderBusy(Path("/data"), holder, 0))
    assert message.startswith("the data folder /data is in use by ")
    assert len(message) < 400
    assert message.isprintable()


def test_a_folder_that_cannot_hold_a_lock_file_is_left_to_the_database_to_report(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    lock = WriterLock(blocker / "data", "window")
    assert lock.try_acquire()
    assert not lock.held
    assert lock.unavailable


def test_the_wait_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(WAIT_ENV, "0.5")
    assert wait_seconds_from_env() == 0.5
    monkeypatch.setenv(WAIT_ENV, "soon")
    assert wait_seconds_from_env() == DEFAULT_WAIT_SECONDS
    monkeypatch.delenv(WAIT_ENV)
    assert wait_seconds_from_env() == DEFAULT_WAIT_SECONDS
