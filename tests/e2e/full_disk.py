"""Full disks for subprocess tests: a database that cannot grow, a size limit on files, a tiny tmpfs."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.e2e.cli_support import run_cli
from tests.support import mount_small_tmpfs


def run_cli_database_full(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """The command line with a database that cannot grow by a page (tests/e2e/full_database_cli.py)."""
    return _run(["-m", "tests.e2e.full_database_cli", "--data-dir", str(data_dir), *args])


def run_cli_file_size_limit(data_dir: Path, limit_bytes: int, *args: str) -> subprocess.CompletedProcess[str]:
    """The command line where no file may grow past ``limit_bytes`` (RLIMIT_FSIZE: writes fail with EFBIG)."""
    resource = pytest.importorskip("resource")

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit_bytes, limit_bytes))

    # The limit must be set in the child before it starts; no bytecode files, which would hit it too.
    return _run(["-m", "moderator_app", "--data-dir", str(data_dir), *args], limit, PYTHONDONTWRITEBYTECODE="1")


def _run(
    arguments: list[str], before: Callable[[], None] | None = None, **extra_env: str
) -> subprocess.CompletedProcess[str]:
    """Python from the checkout, headless, with the app's own data folder variable unset."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8", **extra_env}
    env.pop("MODERATOR_APP_DATA_DIR", None)
    return subprocess.run(
        [sys.executable, *arguments],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
        check=False,
        cwd=Path(__file__).resolve().parents[2],
        preexec_fn=before,
    )


@contextmanager
def tiny_full_disk(where: Path) -> Iterator[Path]:
    """A 64 KiB tmpfs at ``where``, filled to its last block: writes fail with ENOSPC.

    Needs root on Linux (skipped elsewhere); see ``mount_small_tmpfs``.
    """
    where.mkdir(parents=True, exist_ok=True)
    mount_small_tmpfs(where, "64k")
    try:
        with open(where / "filler", "wb", buffering=0) as filler:
            try:
                while True:
                    filler.write(b"\0" * 1024)
            except OSError:
                pass  # full to the last block
        yield where
    finally:
        subprocess.run(["umount", str(where)], capture_output=True, check=False)


__all__ = ["run_cli", "run_cli_database_full", "run_cli_file_size_limit", "tiny_full_disk"]
