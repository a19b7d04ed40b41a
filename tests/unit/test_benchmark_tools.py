"""The benchmarks' generator and figure logic at tiny sizes, so `make bench` does not rot between runs.

Nothing here times anything: the figures themselves are printed by benchmarks/, never asserted.
"""

from __future__ import annotations

import subprocess
import sys
import unicodedata
from pathlib import Path

from benchmarks.common import Figure, percentile
from benchmarks.forum_data import generate, largest_session, write_largest_session
from benchmarks.run_all import summary_lines
from benchmarks.startup import Case, figures
from benchmarks.timer_truth import remaining_interval, worst_error_ms
from moderator_app.storage.database import open_database
from moderator_app.storage.repository import SessionRepository
from moderator_app.system.paths import AppPaths

TINY = {"participants": 12, "interventions": 30, "notes": 40, "waiting": 4}


def test_the_largest_session_is_the_same_every_time_and_has_a_queue():
    first, second = largest_session(**TINY), largest_session(**TINY)
    assert first == second
    assert (len(first.participants), len(first.interventions), len(first.notes), len(first.queue)) == (12, 30, 40, 4)
    assert all(not turn.is_open for turn in first.interventions)


def test_the_generator_writes_names_in_several_scripts(tmp_path: Path):
    session_id = write_largest_session(tmp_path, participants=200, interventions=10, notes=10)
    db = open_database(AppPaths(tmp_path).database)
    try:
        people = SessionRepository(db).load(session_id).participants
    finally:
        db.close()
    scripts = {unicodedata.name(name[0]).split()[0] for name in (p.name for p in people)}
    assert {"LATIN", "ARABIC", "CJK", "CYRILLIC", "DEVANAGARI"} <= scripts


def test_a_small_forum_has_the_counts_asked_for_and_is_reproducible(tmp_path: Path):
    counts = generate(tmp_path / "a", scale=0.01)
    generate(tmp_path / "b", scale=0.01)
    assert counts == {"sessions": 3, "participants": 50, "interventions": 600, "notes": 1000}
    titles = []
    for folder in ("a", "b"):
        db = open_database(AppPaths(tmp_path / folder).database)
        try:
            titles.append([s.title for s in SessionRepository(db).list_sessions()])
            assert db.execute("SELECT count(*) FROM notes").fetchone()[0] == 1000
        finally:
            db.close()
    assert titles[0] == titles[1]


def test_percentiles_and_verdicts():
    samples = [float(n) for n in range(1, 101)]
    assert percentile(samples, 0.5) == 50 and percentile(samples, 0.99) == 99 and percentile([7.0], 0.99) == 7
    assert Figure("tick", 3.0, "ms", 5.0, "< 5 ms").verdict == "met"
    assert Figure("action", 80.0, "ms", 50.0, "p99 < 50 ms").verdict == "MISSED by 30 ms (1.60×)"
    assert Figure("floor", 300.0, "ms").verdict == "info"


def test_startup_ratios_are_against_the_bare_window_of_the_same_run():
    bare = Case("bare", "bare PySide6 window", [], wall_ms=[300, 320], cpu_ms=[200, 200], rss_mib=[60, 60])
    app = Case("first", "first start (empty data folder)", [], wall_ms=[600, 640], cpu_ms=[500, 500], rss_mib=[90, 90])
    big = Case("largest", "largest session open", [], wall_ms=[700], cpu_ms=[600], rss_mib=[130])
    result = {figure.name: figure for figure in figures([bare, app, big])}
    start = result["start-up: first start (empty data folder)"]
    assert round(start.value, 2) == 2.0 and start.met is False
    memory = result["memory: peak RSS, largest session open"]
    assert round(memory.value, 2) == 2.17 and memory.met is False


def test_the_summary_lists_every_figure_with_its_verdict_and_the_machine():
    lines = summary_lines(
        [Figure("tick", 3.0, "ms", 5.0, "< 5 ms"), Figure("search", 70.0, "ms", 50.0, "< 50 ms")],
        {"CPU": "test CPU", "Python": "3.11"},
        60.0,
        quick=True,
    )
    text = "\n".join(lines)
    assert "| CPU | test CPU |" in text
    assert "| tick | 3 ms | < 5 ms | met |" in text and "MISSED by 20 ms" in text
    assert lines[-1] == "1 target(s) met, 1 missed."


def test_timer_truth_measures_how_far_the_digits_on_screen_were_from_the_clock():
    allotted = 100
    # Speaking since t=0 (speaking seconds = t): the countdown, rounded up, shows 1:40 while
    # 0 <= t < 1, then 1:39 while 1 <= t < 2, and so on.
    assert remaining_interval("1:39") == (98, 99) and remaining_interval("+0:05") is None
    on_time = [(0.0, "1:40"), (1.001, "1:39"), (2.001, "1:38")]
    worst, values = worst_error_ms(on_time, lambda t: t, allotted, 2.5)
    assert worst < 2 and values == 3
    late = [(0.0, "1:40"), (1.150, "1:39")]  # 1:39 painted 150 ms after it was due
    assert round(worst_error_ms(late, lambda t: t, allotted, 1.5)[0]) == 150
    early = [(0.0, "1:40"), (0.900, "1:39")]  # shown 100 ms too soon
    assert round(worst_error_ms(early, lambda t: t, allotted, 1.5)[0]) == 100


#: Five notes over each link, five apart on each side, half a second of an idle session.
TINY_SHARING = ("--changes", "5", "--offline", "5", "--idle-seconds", "0.5", "--idle-settle", "0", "--seed", "1")


def test_the_sharing_benchmark_runs_a_host_and_a_joined_laptop_at_tiny_sizes():
    result = subprocess.run(
        [sys.executable, "benchmarks/sharing.py", *TINY_SHARING],
        cwd=Path(__file__).resolve().parents[2],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "on loopback" in result.stdout
    assert "on a Wi-Fi-like link" in result.stdout
    assert result.stdout.count("  5 notes: p50") == 2  # each link's five notes arrived and were timed
    assert "through tc netem" in result.stdout or "through the user-space relay" in result.stdout
    assert "10 notes on both" in result.stdout  # each side's offline notes reached the other
    assert "clock offset to a host 5 s ahead: measured" in result.stdout
    # The three commands ran, joined, and each had its CPU read.
    for name in ("onsite moderator (share)", "online-moderator (join)", "rapporteur (join)", "all three"):
        assert name in result.stdout
