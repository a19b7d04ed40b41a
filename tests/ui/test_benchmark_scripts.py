"""The window benchmarks run end to end at tiny sizes (their figures are printed by `make bench`, never asserted)."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from benchmarks import actions, day, forum
from benchmarks.forum_data import generate, write_largest_session

TINY = {"participants": 20, "interventions": 15, "notes": 30, "waiting": 4}


def test_actions_benchmark_times_every_action_and_the_tick(monkeypatch):
    monkeypatch.setattr(actions, "write_largest_session", partial(write_largest_session, **TINY))
    wall, cpu = actions.run(rounds=2, ticks=3)
    assert set(wall) == set(actions.NAMES) == set(cpu)
    assert all(len(wall[name]) == 2 for name in actions.NAMES if "tick" not in name)
    # Each action's refresh is shown with the panels it updated.
    assert set(actions.REFRESHED) == {name for name in actions.NAMES if "tick" not in name}
    assert all(actions.REFRESHED[name] for name in actions.REFRESHED)
    assert actions.panel_list({"notes"}) == "notes"
    assert len(wall["tick"]) == len(wall["second tick"]) == 3


def test_forum_benchmark_searches_and_opens_every_session(tmp_path: Path):
    generate(tmp_path, scale=0.01)
    names = [figure.name for figure in forum.report(tmp_path)]
    assert names == [
        "full-text search, all 100,000 notes, newest first, first 50 (median)",
        "full-text search, all 100,000 notes, best match, first 50 (median)",
        "full-text search, one session of the forum (median)",
        "open any session of the forum (max of 300)",
    ]


def test_day_benchmark_reads_the_memory_after_every_session():
    assert len(day.run(sessions=3, actions=6)) == 3
