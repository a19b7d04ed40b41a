"""A restore that kill -9s itself at a chosen step: ``python -m tests.faults.restore_driver DATA_DIR BACKUP STEP``.

The step hook of storage/restore_swap.py is called after each step; here it sends SIGKILL to this
very process, so nothing after that step runs (no ``finally``, no clean-up), as with a real crash.
"""

from __future__ import annotations

import os
import signal
import sys
from datetime import UTC, datetime
from pathlib import Path

from moderator_app.storage.restore_swap import restore_atomically
from moderator_app.system.paths import AppPaths


def main(argv: list[str]) -> int:
    data_dir, backup, kill_at = Path(argv[0]), Path(argv[1]), argv[2]
    paths = AppPaths(data_dir)

    def step(name: str) -> None:
        if name == kill_at:
            os.kill(os.getpid(), signal.SIGKILL)

    restore_atomically(paths.database, backup, paths.backups, datetime.now(UTC), step=step)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
