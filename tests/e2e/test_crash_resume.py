"""A real process is killed with SIGKILL mid-session: every acknowledged action survives, and the timer resumes.

The driver (tests/e2e/console_driver.py) runs the real console, storage and clock in a
subprocess, prints one JSON line per committed action, then ``READY``. The test kills it with
``kill -9`` (no atexit, no close, no checkpoint) and looks at what a fresh process finds.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from moderator_app.storage.database import open_database
from tests.e2e.driver_process import REPO_ROOT, Ack, Driver, driver_env

#: The tolerance the crash-resume requirement allows between the timer shown after a restart and real time.
TIMER_TOLERANCE_SECONDS = 1.0
#: How long the app stays dead. It must exceed the tolerance so that a timer restarting from zero,
#: or from the moment of the crash, cannot pass; this is the quantity under test, not a wait for readiness.
DEAD_SECONDS = 2.5


def _run_cli(data_dir: Path, *args: str, timeout: float = 120.0) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "moderator_app", "--data-dir", str(data_dir), *args],
        cwd=REPO_ROOT,
        env=driver_env(data_dir),
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=timeout,
    )


def _status(data_dir: Path) -> dict[str, Any]:
    result = _run_cli(data_dir, "status", "--json")
    assert result.returncode == 0, f"status failed ({result.returncode}): {result.stderr}"
    return json.loads(result.stdout)


@dataclass
class RunningCrash:
    data_dir: Path
    acks: list[Ack]
    running_ack: Ack
    status: dict[str, Any]
    status_started_at: float
    status_finished_at: float


@pytest.fixture(scope="module")
def running_crash(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningCrash]:
    """Drive a session to a running turn, kill -9 the process, stay dead a while, then ask `status`."""
    data_dir = tmp_path_factory.mktemp("crash-running") / "data"
    driver = Driver(data_dir, "running")
    try:
        acks = driver.acks_until_ready()
        driver.kill_9()
    finally:
        driver.close()
    running_ack = [ack for ack in acks if ack.data["action"] == "next_speaker"][-1]
    # Let real time pass while the app is dead: the timer must count it.
    time.sleep(max(0.0, running_ack.read_at + DEAD_SECONDS - time.monotonic()))
    status_started_at = time.monotonic()
    status = _status(data_dir)
    status_finished_at = time.monotonic()
    yield RunningCrash(data_dir, acks, running_ack, status, status_started_at, status_finished_at)


def test_running_turn_keeps_counting_through_kill_9_within_one_second(running_crash: RunningCrash) -> None:
    acknowledged = running_crash.running_ack.data["intervention"]
    shown = running_crash.status["intervention"]
    assert shown is not None, "after the crash nobody has the floor"
    assert shown["id"] == acknowledged["id"]
    assert shown["participant_id"] == acknowledged["participant_id"]
    assert shown["state"] == "running"
    # `status` read its clock somewhere between these two instants; the turn began before the test
    # read its acknowledgement, and only a moment before (the ack is printed right after the commit).
    elapsed_low = running_crash.status_started_at - running_crash.running_ack.read_at
    elapsed_high = running_crash.status_finished_at - running_crash.running_ack.read_at
    speaking = shown["speaking_seconds"]
    assert elapsed_low - TIMER_TOLERANCE_SECONDS <= speaking <= elapsed_high + TIMER_TOLERANCE_SECONDS, (
        f"speaking_seconds {speaking} is not within {TIMER_TOLERANCE_SECONDS} s of the "
        f"real elapsed time since the turn was acknowledged ({elapsed_low:.3f}–{elapsed_high:.3f} s)"
    )


def _rows(db: Any, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    cursor = db.execute(sql, params)
    columns = [column[0] for column in cursor.description]
    return [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]


def test_every_acknowledged_action_is_on_disk_after_kill_9(running_crash: RunningCrash) -> None:
    acks = [ack.data for ack in running_crash.acks]
    session_id = acks[0]["session_id"]
    expected_participants = list(acks[0]["participants"])
    expected_participants += [ack["participant"] for ack in acks if ack["action"] == "add_participant"]
    ended = {ack["intervention"]["id"]: ack["intervention"] for ack in acks if ack["action"] == "end_intervention"}
    started = [ack["intervention"] for ack in acks if ack["action"] == "next_speaker"]
    final_queue = acks[-1]["queue"]
    assert ended and final_queue and any(p["name"] == "ليلى حسن" for p in expected_participants)

    db = open_database(running_crash.data_dir / "moderator.db")
    try:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []

        participants = _rows(db, "SELECT * FROM participants WHERE session_id = ? ORDER BY position", [session_id])
        assert [p["id"] for p in participants] == [p["id"] for p in expected_participants]
        for stored, acknowledged in zip(participants, expected_participants, strict=True):
            assert stored["name"] == acknowledged["name"]
            assert stored["affiliation"] == acknowledged["affiliation"]
            assert stored["stakeholder_group"] == acknowledged["stakeholder_group"]
            assert stored["gender"] == acknowledged["gender"]
            assert stored["country"] == acknowledged["country"]
            assert stored["region"] == acknowledged["region"]
            assert json.loads(stored["roles"]) == acknowledged["roles"]
            assert stored["attendance"] == acknowledged["attendance"]

        queue_rows = _rows(db, "SELECT * FROM queue_entries WHERE session_id = ? ORDER BY position", [session_id])
        assert [(q["id"], q["participant_id"], q["kind"]) for q in queue_rows] == [
            (q["id"], q["participant_id"], q["kind"]) for q in final_queue
        ]
        withdrawn = [ack["entry_id"] for ack in acks if ack["action"] == "withdraw"]
        assert withdrawn and not set(withdrawn) & {q["id"] for q in queue_rows}

        interventions = _rows(db, "SELECT * FROM interventions WHERE session_id = ? ORDER BY rowid", [session_id])
        assert [i["id"] for i in interventions] == [i["id"] for i in started]
        for stored in interventions:
            if stored["id"] not in ended:
                continue
            past = ended[stored["id"]]
            assert stored["state"] == "ended"
            assert stored["participant_id"] == past["participant_id"]
            assert stored["segment_id"] == past["segment_id"]
            assert stored["kind"] == past["kind"]
            assert stored["allotted_seconds"] == past["allotted_seconds"]
            assert stored["started_at"] == past["started_at"]
            assert stored["ended_at"] == past["ended_at"]
            assert stored["banked_speaking_seconds"] == past["banked_speaking_seconds"]
            assert stored["banked_paused_seconds"] == past["banked_paused_seconds"]
            assert stored["pause_count"] == past["pause_count"]
            assert stored["anchor_mono"] is None
        open_ones = [i for i in interventions if i["state"] != "ended"]
        assert [i["id"] for i in open_ones] == [started[-1]["id"]]
    finally:
        db.close()


def test_window_opens_on_the_crashed_data_folder_and_the_turn_still_runs(
    running_crash: RunningCrash, tmp_path: Path
) -> None:
    data_dir = tmp_path / "copy"  # the other tests read the crashed folder as the kill left it
    shutil.copytree(running_crash.data_dir, data_dir)
    result = _run_cli(data_dir, "--smoke")
    assert result.returncode == 0, f"--smoke exited {result.returncode}:\n{result.stderr}"
    after = _status(data_dir)["intervention"]
    assert after is not None
    assert after["id"] == running_crash.running_ack.data["intervention"]["id"]
    assert after["state"] == "running"


def test_paused_turn_stays_paused_with_the_same_time_after_kill_9(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    driver = Driver(data_dir, "paused")
    try:
        acks = driver.acks_until_ready()
        driver.kill_9()
    finally:
        driver.close()
    paused = acks[-1].data["intervention"]
    assert acks[-1].data["action"] == "pause" and paused["state"] == "paused"
    assert paused["banked_speaking_seconds"] > 0.5  # it spoke twice before the pause, so a reset to 0 shows

    shown = _status(data_dir)["intervention"]
    assert shown is not None
    assert shown["id"] == paused["id"]
    assert shown["state"] == "paused"
    assert shown["speaking_seconds"] == pytest.approx(paused["banked_speaking_seconds"], abs=0.01)

    db = open_database(data_dir / "moderator.db")
    try:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        row = _rows(db, "SELECT * FROM interventions WHERE id = ?", [paused["id"]])[0]
        assert row["state"] == "paused"
        assert row["pause_count"] == paused["pause_count"] == 2
        assert row["banked_speaking_seconds"] == paused["banked_speaking_seconds"]
        assert row["banked_paused_seconds"] == paused["banked_paused_seconds"]
        assert row["anchor_mono"] == paused["anchor"]["monotonic"]
    finally:
        db.close()
