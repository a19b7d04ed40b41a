"""kill -9 at random moments of a live session: nothing acknowledged is lost, and the timer resumes right.

The real console service runs in a subprocess (tests/e2e/console_driver.py, scenario ``chaos``):
notes typed, edited and deleted, the queue changing, speakers called, the timer paused and
resumed, backups taken and the report exported, each printed as acknowledged only after its
commit returned. tests/faults/runner.py kills it with SIGKILL at random moments (anywhere, during
start-up, inside a backup, inside an export), checks the folder the kill left
(tests/faults/model.py) and restarts it on that folder.

``make test`` runs a fast subset (FAST_KILLS kills); ``make faults`` the full run. Environment:
MODERATOR_APP_FAULT_KILLS (how many kills), MODERATOR_APP_FAULT_SEED (replay a run; printed
otherwise), MODERATOR_APP_FAULT_FIGURES (a JSON file to write the figures to).
"""

from __future__ import annotations

import json
import os
import random
import sys
from pathlib import Path

import pytest

from tests.faults.conftest import RESULTS
from tests.faults.runner import RESUME_TOLERANCE_SECONDS, run_faults

KILLS_ENV = "MODERATOR_APP_FAULT_KILLS"
SEED_ENV = "MODERATOR_APP_FAULT_SEED"
FIGURES_ENV = "MODERATOR_APP_FAULT_FIGURES"
#: Kills in the default run: enough to reach every kill mode, well under a minute.
FAST_KILLS = 10

pytestmark = [
    pytest.mark.faults,
    pytest.mark.skipif(sys.platform == "win32", reason="kill -9 (SIGKILL) is POSIX"),
]


def test_kill_9_at_random_moments_loses_nothing_acknowledged_and_a_running_turn_resumes_within_1s(
    tmp_path: Path,
) -> None:
    kills = int(os.environ.get(KILLS_ENV) or FAST_KILLS)
    seed = int(os.environ.get(SEED_ENV) or random.SystemRandom().randrange(1_000_000))
    print(f"fault injection: {kills} kills, seed {seed} (replay: {SEED_ENV}={seed} {KILLS_ENV}={kills})")
    figures = run_faults(tmp_path, kills, seed, log=print)
    RESULTS.append(figures)
    if os.environ.get(FIGURES_ENV):
        target = Path(os.environ[FIGURES_ENV])
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(figures.summary(), indent=2) + "\n", encoding="utf-8")
    replay = f"replay with: {SEED_ENV}={seed} {KILLS_ENV}={kills} make faults"
    report = "\n".join([*figures.lines(), replay])
    assert not figures.problems, report
    assert figures.kills == kills, report
    assert figures.lost_notes == 0 and figures.lost_interventions == 0, report
    assert figures.integrity_checks_ok == kills, report
    # The figures must come from real work: notes and turns acknowledged before kills, timers resumed.
    assert figures.acked_notes > 0 and figures.acked_interventions > 0, report
    assert figures.resume_errors_running, report
    assert max(abs(error) for error in figures.resume_errors_running) <= RESUME_TOLERANCE_SECONDS, report
