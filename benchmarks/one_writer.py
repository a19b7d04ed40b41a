"""What one writer costs: taking and releasing the data folder's lock, and the refusal a second writer gets.

Times, in this process, the lock a headless command takes before it writes (open, flock, write the
holder's details; then release), and with a real second process holding the folder, how long
`moderator-app import` takes to refuse with no wait (MODERATOR_APP_LOCK_WAIT=0): the cost of a
command start plus the refusal, which is what a script sees.

Usage: python benchmarks/one_writer.py [--runs 200]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from moderator_app.system.writer_lock import WAIT_ENV, WriterLock

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=200)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        data_dir = Path(folder) / "data"
        times = []
        for _ in range(args.runs):
            started = time.perf_counter()
            lock = WriterLock(data_dir, "import")
            assert lock.try_acquire()
            lock.release()
            times.append(time.perf_counter() - started)
        print(f"lock taken and released: median {statistics.median(times) * 1e6:.0f} µs over {args.runs} runs")

        holder = subprocess.Popen(
            [
                sys.executable,
                "-c",
                "import sys, time\nfrom pathlib import Path\nfrom moderator_app.system.writer_lock import WriterLock\n"
                "WriterLock(Path(sys.argv[1]), 'window').acquire(0)\nprint('held', flush=True)\ntime.sleep(3600)\n",
                str(data_dir),
            ],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            text=True,
        )
        try:
            assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
            env = {**os.environ, WAIT_ENV: "0"}
            refusals = []
            for _ in range(5):
                started = time.perf_counter()
                result = subprocess.run(
                    [sys.executable, "-m", "moderator_app", "--data-dir", str(data_dir), "import", "none.json"],
                    cwd=ROOT,
                    env=env,
                    capture_output=True,
                    text=True,
                    check=False,
                )
                refusals.append(time.perf_counter() - started)
                assert result.returncode == 1 and "in use by" in result.stderr, result.stderr
            median = statistics.median(refusals)
            print(f"'import' refused while another process holds the folder: median {median:.2f} s")
        finally:
            holder.kill()
            holder.wait()
            if holder.stdout is not None:
                holder.stdout.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
