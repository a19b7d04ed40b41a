"""kill -9 inside SQLite's checkpoints: the next start opens the library with every acknowledged note.

A checkpoint copies the pages the -wal holds into the main database file, page 1 (its header,
which says how many pages the file has) first. Killed half-way, the main file's header already
announces pages the file does not hold yet, while the -wal still holds them all and SQLite
replays it on the next open. A check that read the raw file before SQLite did would call that
library "cut short" and offer to replace it with an older backup.

The kill lands at a chosen write to the main file: strace's fault injection sends SIGKILL at the
Nth pwrite on that one path (``-P``), so no write of the -wal or elsewhere is counted. Nearly
every write to the main file of a library in WAL mode is a checkpoint's, and the driver
(tests/faults/checkpoint_driver.py) checkpoints every few pages. After each kill the library is
checked and opened as the app opens it; the next round goes on on the same folder.

``make test`` runs FAST_KILLS kills; ``make faults`` (MODERATOR_APP_FAULT_KILLS) runs more.
strace is part of the machines this project is built and tested on (Debian package ``strace``).
"""

from __future__ import annotations

import json
import os
import random
import shutil
import sqlite3
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from moderator_app.storage.database import open_database
from moderator_app.storage.integrity import check_database

KILLS_ENV = "MODERATOR_APP_FAULT_KILLS"
SEED_ENV = "MODERATOR_APP_FAULT_SEED"
FAST_KILLS = 8
#: The Nth write to the main file that is killed is drawn from 1 to this.
LATEST_WRITE = 60
ROOT = Path(__file__).resolve().parents[2]

pytestmark = [pytest.mark.faults, pytest.mark.skipif(sys.platform != "linux", reason="strace is Linux's")]


def _strace() -> str:
    found = shutil.which("strace")
    assert found, "these tests need strace (Debian package strace) to kill at a chosen write"
    return found


def _run_until_killed(data_dir: Path, seed: int, nth_write: int) -> tuple[list[str], str | None, int]:
    """Run the driver under strace until its ``nth_write``-th write to the main file; (acked, in doubt, code)."""
    database = data_dir / "moderator.db"
    command = [
        _strace(), "-f", "-qq", "-o", os.devnull, "-P", str(database),
        "-e", "trace=pwrite64,write", "-e", f"inject=pwrite64,write:signal=KILL:when={nth_write}",
        sys.executable, "-m", "tests.faults.checkpoint_driver", str(data_dir), str(seed), "400",
    ]  # fmt: skip
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, env=env, timeout=300, check=False)
    acked: list[str] = []
    doing: str | None = None
    for line in result.stdout.splitlines():
        item = json.loads(line)
        if "doing" in item:
            doing = item["doing"]
        elif "ack" in item:
            acked.append(item["ack"])
            doing = None
    return acked, doing, result.returncode


def _header_pages(path: Path) -> tuple[int, int]:
    """(pages the header announces, pages the file holds)."""
    with open(path, "rb") as stream:
        header = stream.read(100)
    page_size = struct.unpack(">H", header[16:18])[0]
    return struct.unpack(">I", header[28:32])[0], path.stat().st_size // page_size


def test_kill_9_inside_checkpoints_loses_no_acknowledged_note_and_is_never_called_damaged(tmp_path: Path) -> None:
    kills = int(os.environ.get(KILLS_ENV) or FAST_KILLS)
    seed = int(os.environ.get(SEED_ENV) or random.SystemRandom().randrange(1_000_000))
    chooser = random.Random(seed)
    replay = f"replay with {SEED_ENV}={seed} {KILLS_ENV}={kills}"
    data_dir = tmp_path / "data"
    # The library is made (and migrated) before the kills: these are about checkpoints, not first starts.
    first = subprocess.run(
        [sys.executable, "-m", "tests.faults.checkpoint_driver", str(data_dir), "0", "3"],
        cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}, capture_output=True, text=True, check=True,
    )  # fmt: skip
    acknowledged = {json.loads(line)["ack"] for line in first.stdout.splitlines() if "ack" in line}
    database = data_dir / "moderator.db"
    killed = cut_short_seen = 0
    for round_number in range(kills):
        nth = chooser.randint(1, LATEST_WRITE)
        acked, in_doubt, code = _run_until_killed(data_dir, seed * 1000 + round_number, nth)
        assert code in (-9, 137), f"round {round_number}: the driver was not killed (exit {code}); {replay}"
        killed += 1
        acknowledged.update(acked)
        announced, held = _header_pages(database)
        cut_short_seen += announced > held
        # What the app does first at a start: the check must pass, then the library opens.
        check_database(database)
        db = open_database(database, backup_dir=data_dir / "backups")
        try:
            assert db.conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
            stored = {row[0] for row in db.conn.execute("SELECT text FROM notes")}
        finally:
            db.close()
        missing = acknowledged - stored
        assert not missing, f"round {round_number} (write {nth}): {len(missing)} acknowledged notes lost; {replay}"
        if in_doubt is not None and in_doubt in stored:
            acknowledged.add(in_doubt)
    print(
        f"checkpoint kills: {killed}, main file cut short at the kill: {cut_short_seen}, "
        f"acknowledged notes: {len(acknowledged)}, lost: 0 (seed {seed})"
    )
    # The experiment must have made the very state the check used to misjudge.
    assert cut_short_seen > 0 or kills < 4, f"no kill left a main file shorter than its header says; {replay}"


def test_sqlite_itself_reads_the_state_a_killed_checkpoint_leaves(tmp_path: Path) -> None:
    """The premise, shown on SQLite alone: the header announces more pages, yet nothing is lost."""
    path = tmp_path / "plain.db"
    script = (
        "import sqlite3,sys\n"
        f"c=sqlite3.connect({str(path)!r},isolation_level=None)\n"
        "c.execute('PRAGMA journal_mode=WAL');c.execute('PRAGMA wal_autocheckpoint=0')\n"
        "c.execute('CREATE TABLE t(x)');c.execute('BEGIN')\n"
        "[c.execute('INSERT INTO t VALUES (?)',['x'*300]) for _ in range(2000)]\n"
        "c.execute('COMMIT');print('committed',flush=True);c.execute('PRAGMA wal_checkpoint(TRUNCATE)')\n"
    )
    result = subprocess.run(
        [_strace(), "-f", "-qq", "-o", os.devnull, "-P", str(path), "-e", "trace=pwrite64,write",
         "-e", "inject=pwrite64,write:signal=KILL:when=6", sys.executable, "-c", script],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.stdout.strip() == "committed" and result.returncode in (-9, 137)
    announced, held = _header_pages(path)
    assert announced > held
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT count(*) FROM t").fetchone()[0] == 2000
    assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    conn.close()
