"""Live sharing under kill -9: three laptops as real processes, any of them killed at a random moment
and started again, while the others keep working; afterwards the three libraries hold the same
session, item for item, with every note the rapporteur's laptop committed and none twice.

``make test`` runs FAST_KILLS kills; ``make faults`` (MODERATOR_APP_FAULT_KILLS) runs more, and
MODERATOR_APP_FAULT_SEED=N replays a run.
"""

from __future__ import annotations

import os
import random
from pathlib import Path

import pytest

from moderator_app.services.library import Library
from moderator_app.system.clock import SystemClock
from moderator_app.system.paths import AppPaths
from tests.e2e.test_three_laptops import Laptop, by_id, converge, stored
from tests.faults.conftest import RESULTS

KILLS_ENV = "MODERATOR_APP_FAULT_KILLS"
SEED_ENV = "MODERATOR_APP_FAULT_SEED"
FAST_KILLS = 3
ROLES = ("moderator", "online-moderator", "rapporteur")

pytestmark = [pytest.mark.faults, pytest.mark.network]


class _Lines:
    def __init__(self, lines: list[str]) -> None:
        self._lines = lines

    def lines(self) -> list[str]:
        return self._lines


def test_laptops_killed_at_random_and_started_again_converge_with_nothing_lost(tmp_path: Path) -> None:
    kills = int(os.environ.get(KILLS_ENV) or FAST_KILLS)
    seed = int(os.environ.get(SEED_ENV) or random.SystemRandom().randrange(1_000_000))
    chooser = random.Random(seed)
    replay = f"replay with {SEED_ENV}={seed} {KILLS_ENV}={kills}"
    folders = {role: tmp_path / role for role in ROLES}
    with Library.open(AppPaths.resolve(folders["moderator"]), SystemClock()) as library:
        session_id = library.ensure_demo()
    host = Laptop(folders["moderator"], "moderator", "share", session_id, "--port", "0")
    laptops: dict[str, Laptop] = {"moderator": host}
    killed = {role: 0 for role in ROLES}
    try:
        code = host.line_starting("Join code: ").removeprefix("Join code: ")
        port = host.line_starting("Address: ").rsplit(":", 1)[1]
        commands = {
            "moderator": ("share", session_id, "--port", port),
            **{role: ("join", code, "--address", f"127.0.0.1:{port}", "--role", role) for role in ROLES[1:]},
        }
        for role in ROLES[1:]:
            laptops[role] = Laptop(folders[role], role, *commands[role])
        for _ in range(kills):
            victim = chooser.choice(ROLES)
            laptop = laptops[victim]
            laptop.wait_for_states(laptop.states + chooser.randint(1, 8))  # a random moment of its work
            laptop.kill_9()
            killed[victim] += 1
            laptops[victim] = Laptop(folders[victim], victim, *commands[victim])
        converge(list(laptops.values()))
    finally:
        for laptop in laptops.values():
            laptop.close()
    sessions = {role: stored(folders[role], session_id) for role in ROLES}
    for role in ROLES[1:]:
        assert by_id(sessions[role]) == by_id(sessions["moderator"]), f"{role} differs from the host; {replay}"
    # Every note the rapporteur's laptop holds reached the host, and none is there twice.
    theirs = {note.id for note in sessions["rapporteur"].notes}
    assert theirs <= {note.id for note in sessions["moderator"].notes}, replay
    assert len(sessions["moderator"].notes) == len({note.id for note in sessions["moderator"].notes}), replay
    summary = (
        f"sharing kills: {sum(killed.values())} (host {killed['moderator']}, online moderator "
        f"{killed['online-moderator']}, rapporteur {killed['rapporteur']}), three libraries equal, "
        f"{len(sessions['moderator'].notes)} notes, {len(sessions['moderator'].interventions)} turns (seed {seed})"
    )
    print(summary)
    RESULTS.append(_Lines([summary]))
