"""`moderator-app stats` run as a real subprocess on a data folder played through the real console.

The folder is prepared with a FakeClock so every second is exact; the expected numbers are worked out
by hand below and checked both against the command's output and against compute_balance in-process.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

import pytest

from moderator_app.domain.balance import Dimension, ReferenceSet, compute_balance
from moderator_app.domain.enums import InterventionKind
from moderator_app.services.sessions import DEMO_SESSION_ID
from moderator_app.storage.database import open_database
from moderator_app.storage.repository import SessionRepository
from moderator_app.system.paths import AppPaths
from tests.e2e.cli_support import run_cli
from tests.support import FakeClock, demo_console

KERRY_ANN = "7c1d2e5a-2017-4c1d-9e1f-100000000001"  # moderator
LEA = "7c1d2e5a-2017-4c1d-9e1f-100000000002"  # speaker, civil society, woman, GB (WEOG)
ALBERTO = "7c1d2e5a-2017-4c1d-9e1f-100000000003"  # speaker, government, man, ES (WEOG)
CHRIS = "7c1d2e5a-2017-4c1d-9e1f-100000000004"  # speaker, government, man, US (WEOG)
DAVID = "7c1d2e5a-2017-4c1d-9e1f-100000000005"  # speaker, group not stated, man, no country
KAJA = "7c1d2e5a-2017-4c1d-9e1f-100000000006"  # speaker, private sector, woman, no country
BELISARIO = "7c1d2e5a-2017-4c1d-9e1f-100000000009"  # organiser, intergovernmental, man, US
DANIELA = "7c1d2e5a-2017-4c1d-9e1f-100000000010"  # organiser, civil society, woman, GB

ROW_KEYS = {"key", "label", "seconds", "share", "interventions", "people", "people_share"}
DIMENSIONS = ["participant", "stakeholder_group", "gender", "region", "attendance"]


def run(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return run_cli(data_dir, *args)


def stats_json(data_dir: Path, *args: str) -> dict[str, Any]:
    result = run(data_dir, "stats", *args, "--json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """The demo, played: the moderator opens (30 s), Lea speaks 120 s, Alberto 60 s, Chris raises a
    point of order (10 s). Everything has ended, so the system clock the command reads cannot matter."""
    paths = AppPaths(tmp_path / "data")
    clock = FakeClock()
    db, console = demo_console(paths.data_dir, clock)
    try:
        console.give_floor(KERRY_ANN)
        clock.advance(30)
        console.end_intervention()
        console.next_speaker()  # Lea
        clock.advance(120)
        console.next_speaker()  # Alberto; Lea's turn ends
        clock.advance(60)
        console.end_intervention()
        console.enqueue(CHRIS, InterventionKind.POINT_OF_ORDER)
        console.next_speaker()
        clock.advance(10)
        console.end_intervention()
        assert console.snapshot.current_intervention is None
    finally:
        db.close()
    return paths.data_dir


def rows(data: dict[str, Any], dimension: str) -> list[tuple[Any, ...]]:
    return [
        (r["key"], r["label"], r["seconds"], r["share"], r["interventions"], r["people"], r["people_share"])
        for r in data["dimensions"][dimension]
    ]


def approx_rows(expected: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    return [
        (key, label, seconds, pytest.approx(share, abs=1e-6), turns, people, pytest.approx(people_share, abs=1e-6))
        for key, label, seconds, share, turns, people, people_share in expected
    ]


def test_stats_json_has_the_documented_shape(data_dir):
    data = stats_json(data_dir, DEMO_SESSION_ID)
    assert data["session_id"] == DEMO_SESSION_ID
    assert data["reference"] == "speakers"
    assert list(data["dimensions"]) == DIMENSIONS
    assert set(data["balance_index"]) == set(DIMENSIONS)
    for dimension in DIMENSIONS:
        assert data["dimensions"][dimension], dimension
        for row in data["dimensions"][dimension]:
            assert set(row) == ROW_KEYS
    assert {"total_speaking_seconds", "facilitation_seconds", "procedural_seconds", "not_yet_spoken"} <= set(data)


def test_stats_json_numbers_are_the_hand_computed_ones(data_dir):
    data = stats_json(data_dir)  # no id: the session the console used last
    assert data["session_id"] == DEMO_SESSION_ID
    # Substantive: Lea 120 + Alberto 60. The moderator's 30 s and Chris's point of order (10 s) are apart.
    assert data["total_speaking_seconds"] == 180
    assert data["facilitation_seconds"] == 30
    assert data["procedural_seconds"] == 10
    # Reference: the 5 speakers, 1/5 = 0.2 each.
    assert rows(data, "participant") == approx_rows(
        [
            (LEA, "Lea Kaspar", 120, 2 / 3, 1, 1, 0.2),
            (ALBERTO, "Alberto Hernandez", 60, 1 / 3, 1, 1, 0.2),
            (CHRIS, "Chris Painter", 0, 0, 0, 1, 0.2),  # his point of order is no turn
            (DAVID, "David Duren", 0, 0, 0, 1, 0.2),
            (KAJA, "Kaja Ciglic", 0, 0, 0, 1, 0.2),
        ]
    )
    # Σ|gap| = (2/3 − 0.2) + (1/3 − 0.2) + 3·0.2 = 0.4667 + 0.1333 + 0.6 = 1.2 → 1 − 0.6 = 0.4
    assert data["balance_index"]["participant"] == pytest.approx(0.4, abs=1e-6)
    assert rows(data, "stakeholder_group") == approx_rows(
        [
            ("civil_society", "Civil society", 120, 2 / 3, 1, 1, 0.2),
            ("government", "Government", 60, 1 / 3, 1, 2, 0.4),
            ("private_sector", "Private sector", 0, 0, 0, 1, 0.2),
            ("unknown", "Not stated", 0, 0, 0, 1, 0.2),  # David: last, though as large as private sector
        ]
    )
    # Σ|gap| = 0.4667 + 0.0667 + 0.2 + 0.2 = 0.9333 → 1 − 0.4667 = 0.5333
    assert data["balance_index"]["stakeholder_group"] == pytest.approx(1 - 7 / 15, abs=1e-6)
    assert rows(data, "gender") == approx_rows(
        [
            ("woman", "Woman", 120, 2 / 3, 1, 2, 0.4),
            ("man", "Man", 60, 1 / 3, 1, 3, 0.6),
        ]
    )
    # |2/3 − 0.4| + |1/3 − 0.6| = 0.5333 → 1 − 0.2667 = 0.7333
    assert data["balance_index"]["gender"] == pytest.approx(11 / 15, abs=1e-6)
    assert rows(data, "region") == approx_rows(
        [
            ("weog", "Western European and Others (WEOG)", 180, 1.0, 2, 3, 0.6),
            ("unknown", "Not stated", 0, 0, 0, 2, 0.4),  # David and Kaja have no country
        ]
    )
    assert data["balance_index"]["region"] == pytest.approx(0.6, abs=1e-6)  # 1 − ½(0.4 + 0.4)
    assert rows(data, "attendance") == approx_rows([("onsite", "Onsite", 180, 1.0, 2, 5, 1.0)])
    assert data["balance_index"]["attendance"] == pytest.approx(1.0)
    # Not the moderator, online moderator or rapporteur; Chris's point of order does not count as speaking.
    assert data["not_yet_spoken"] == [CHRIS, DAVID, KAJA, BELISARIO, DANIELA]


def test_stats_json_equals_compute_balance_in_process(data_dir):
    data = stats_json(data_dir, DEMO_SESSION_ID)
    db = open_database(AppPaths(data_dir).database)
    try:
        snapshot = SessionRepository(db).load(DEMO_SESSION_ID)
    finally:
        db.close()
    balance = compute_balance(snapshot.participants, snapshot.interventions, FakeClock().now(), ReferenceSet.SPEAKERS)
    assert data["total_speaking_seconds"] == pytest.approx(balance.total_seconds)
    for dimension in Dimension:
        result = balance.dimensions[dimension]
        assert rows(data, dimension.value) == approx_rows(
            [(r.key, r.label, r.seconds, r.share, r.interventions, r.people, r.people_share) for r in result.rows]
        )
        assert data["balance_index"][dimension.value] == pytest.approx(result.index, abs=1e-6)
    assert data["not_yet_spoken"] == list(balance.not_yet_spoken)


def test_reference_everyone_changes_people_share_but_not_time(data_dir):
    data = stats_json(data_dir, DEMO_SESSION_ID, "--reference", "everyone")
    assert data["reference"] == "everyone"
    assert data["total_speaking_seconds"] == 180
    # Everyone but the three facilitators: the 5 speakers and the 2 organisers, 7 people.
    # Women: Lea, Kaja, Daniela → 3/7; men: Alberto, Chris, David, Belisario → 4/7.
    gender = {r["key"]: r for r in data["dimensions"]["gender"]}
    assert (gender["woman"]["people"], gender["man"]["people"]) == (3, 4)
    assert gender["woman"]["people_share"] == pytest.approx(3 / 7, abs=1e-6)
    assert gender["woman"]["share"] == pytest.approx(2 / 3, abs=1e-6)
    # |2/3 − 3/7| = 5/21, twice → 1 − 5/21 = 16/21
    assert data["balance_index"]["gender"] == pytest.approx(16 / 21, abs=1e-6)
    groups = {r["key"]: r for r in data["dimensions"]["stakeholder_group"]}
    assert groups["intergovernmental_organization"]["people_share"] == pytest.approx(1 / 7, abs=1e-6)
    assert groups["civil_society"]["people"] == 2  # Lea and Daniela; Matthew is the online moderator
    people = {r["key"]: r for r in data["dimensions"]["participant"]}
    assert set(people) == {LEA, ALBERTO, CHRIS, DAVID, KAJA, BELISARIO, DANIELA}
    assert people[DANIELA]["seconds"] == 0 and people[DANIELA]["people_share"] == pytest.approx(1 / 7, abs=1e-6)


def test_stats_table_names_the_groups_and_the_people_not_yet_heard(data_dir):
    result = run(data_dir, "stats", DEMO_SESSION_ID)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert out.startswith("Towards an Inclusive Cybersecurity Capacity Building Approach\n")
    for heading in ("Person", "Stakeholder group", "Gender", "UN regional group", "Attendance"):
        assert f"\n{heading}  (balance " in out
    for label in ("Civil society", "Government", "Private sector", "Not stated", "Woman", "Man", "Onsite"):
        assert label in out
    assert "(balance 53 %)" in out  # stakeholder group, 0.5333
    assert "(balance 73 %)" in out  # gender, 0.7333
    lea_line = next(line for line in out.splitlines() if "Lea Kaspar" in line)
    assert "66.7 % of time" in lea_line and "20.0 % of speakers" in lea_line and "1 turn " in lea_line
    assert out.rstrip().endswith(
        "Not yet spoken: Chris Painter, David Duren, Kaja Ciglic, Belisario Contreras, Daniela Schnidrig"
    )
    assert result.stderr == ""
    # Within each table the columns line up, whether a row has "1 turn" or "0 turns".
    for block in out.split("\n\n")[1:-1]:
        lines = block.splitlines()[1:]
        assert len({line.index("% of time") for line in lines}) == 1, block
        assert len({line.index("% of speakers") for line in lines}) == 1, block


def test_stats_for_an_unknown_session_is_a_one_line_error(data_dir):
    result = run(data_dir, "stats", "no-such-session", "--json")
    assert result.returncode != 0
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("moderator-app: error: ")
    assert "no-such-session" in lines[0]
    assert "Traceback" not in result.stderr


def test_stats_on_an_empty_data_folder_is_a_one_line_error(tmp_path):
    result = run(tmp_path / "empty", "stats")
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("moderator-app: error: "), result.stderr


def test_a_reader_that_stops_early_is_not_an_error(data_dir):
    """`moderator-app stats | head -1`: the closed pipe ends the command quietly, with no error line."""
    import os
    import sys

    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader is gone before the command writes a byte
    try:
        result = subprocess.run(
            [sys.executable, "-m", "moderator_app", "--data-dir", str(data_dir), "stats", DEMO_SESSION_ID],
            stdout=write_end,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
            timeout=120,
            check=False,
        )
    finally:
        os.close(write_end)
    assert result.returncode == 0
    assert result.stderr == ""
