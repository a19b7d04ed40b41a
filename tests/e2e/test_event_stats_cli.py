"""`moderator-app stats --event NAME` as a real subprocess, on sessions stored through the repository.

Two sessions of "IGF 2017" and one of another event; every turn is timed on a FakeClock and has
ended, so the numbers below are exact and worked out by hand.
"""

from __future__ import annotations

import csv
import dataclasses
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from moderator_app.domain.enums import Gender, InterventionKind, Region, Role, StakeholderGroup
from moderator_app.domain.session import Participant, Session
from moderator_app.domain.snapshot import SessionSnapshot
from moderator_app.domain.timer import Intervention
from moderator_app.storage.database import open_database
from moderator_app.storage.errors import UnknownEventError
from moderator_app.storage.events import list_event_names, sessions_of_event
from moderator_app.storage.repository import SessionRepository
from moderator_app.system.paths import AppPaths
from tests.balance_support import person, turn
from tests.e2e.cli_support import assert_clean_error, run_cli
from tests.support import FakeClock

ROW_KEYS = {"key", "label", "seconds", "share", "interventions", "people", "people_share"}
NOW = datetime(2017, 12, 21, 9, 0, tzinfo=UTC)


def snapshot(session: Session, people: list[Participant], turns: list[Intervention]) -> SessionSnapshot:
    sid = session.id
    return SessionSnapshot(
        session=session,
        participants=tuple(dataclasses.replace(p, id=f"{sid}-{p.id}", session_id=sid) for p in people),
        segments=(),
        interventions=tuple(
            dataclasses.replace(i, id=f"{sid}-{i.id}", session_id=sid, participant_id=f"{sid}-{i.participant_id}")
            for i in turns
        ),
        queue=(),
    )


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """Alpha (IGF 2017): moderator 30 s, Ana (woman, government) 60 s, Ben (man, civil society) 40 s.
    Beta (IGF 2017): Cleo (woman, academia, region not stated) 30 s, Dan (man, government) 90 s and a
    10 s point of order. Other (EuroDIG): Eve 500 s, which must not count."""
    clock = FakeClock()
    ana = person("ana", group=StakeholderGroup.GOVERNMENT, gender=Gender.WOMAN, region=Region.WEOG, name="=cmd|ana")
    ben = person("ben", group=StakeholderGroup.CIVIL_SOCIETY, gender=Gender.MAN, region=Region.AFRICAN)
    mod = person("mod", roles=(Role.MODERATOR,))
    cleo = person("cleo", group=StakeholderGroup.ACADEMIA, gender=Gender.WOMAN, region=None)
    dan = person("dan", group=StakeholderGroup.GOVERNMENT, gender=Gender.MAN, region=Region.WEOG)
    eve = person("eve")
    paths = AppPaths(tmp_path / "data")
    db = open_database(paths.database)
    try:
        repository = SessionRepository(db)
        alpha = [turn(clock, "mod", 30), turn(clock, "ana", 60), turn(clock, "ben", 40)]
        repository.insert_snapshot(
            snapshot(Session("alpha", "Alpha", event="IGF 2017"), [ana, ben, mod], alpha), now=NOW
        )
        beta = [
            turn(clock, "cleo", 30),
            turn(clock, "dan", 90),
            turn(clock, "dan", 10, InterventionKind.POINT_OF_ORDER),
        ]
        repository.insert_snapshot(snapshot(Session("beta", "-Beta", event="IGF 2017"), [cleo, dan], beta), now=NOW)
        repository.insert_snapshot(
            snapshot(Session("other", "Other", event="EuroDIG"), [eve], [turn(clock, "eve", 500)]), now=NOW
        )
        repository.insert_snapshot(snapshot(Session("loose", "No event"), [], []), now=NOW)
    finally:
        db.close()
    return paths.data_dir


def test_the_repository_lists_events_and_reads_one_events_sessions(data_dir):
    db = open_database(AppPaths(data_dir).database)
    try:
        repository = SessionRepository(db)
        assert list_event_names(repository) == ["EuroDIG", "IGF 2017"]
        sessions = sessions_of_event(repository, "IGF 2017")
        assert [(s.id, len(people), len(turns)) for s, people, turns in sessions] == [
            ("beta", 2, 3),
            ("alpha", 3, 3),
        ]
        assert sessions[0][0].event == "IGF 2017"
        with pytest.raises(UnknownEventError):
            sessions_of_event(repository, "IGF 2018")
    finally:
        db.close()


def test_stats_event_json_has_the_per_session_row_shape_and_the_hand_computed_numbers(data_dir):
    result = run_cli(data_dir, "stats", "--event", "IGF 2017", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert (data["event"], data["sessions"], data["total_speaking_seconds"]) == ("IGF 2017", 2, 220)
    assert (data["facilitation_seconds"], data["procedural_seconds"]) == (30, 10)
    assert list(data["dimensions"]) == ["stakeholder_group", "gender", "region", "attendance"]
    for rows in data["dimensions"].values():
        assert rows and all(set(row) == ROW_KEYS for row in rows)
    # Men: Ben 40 + Dan 90 = 130 of 220; women: Ana 60 + Cleo 30 = 90; two of the four speakers each.
    gender = {row["key"]: row for row in data["dimensions"]["gender"]}
    assert (gender["man"]["seconds"], gender["man"]["interventions"], gender["man"]["people"]) == (130, 2, 2)
    assert gender["woman"]["share"] == pytest.approx(9 / 22, abs=1e-6)
    assert gender["woman"]["people_share"] == 0.5
    assert data["balance_index"]["gender"] == pytest.approx(10 / 11, abs=1e-6)
    # Beta: women 30 of 120 → 0.75; Alpha: 60 of 100 → 0.9.
    assert data["furthest_from_balance"] == [
        {"session_id": "beta", "title": "-Beta", "index": 0.75},
        {"session_id": "alpha", "title": "Alpha", "index": 0.9},
    ]


def test_stats_event_prints_a_table_and_writes_a_formula_safe_csv(data_dir, tmp_path):
    target = tmp_path / "out" / "igf.csv"
    result = run_cli(data_dir, "stats", "--event", "IGF 2017", "--reference", "everyone", "--csv", str(target))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("IGF 2017: 2 sessions\n")
    assert "Gender  (balance " in result.stdout and "-Beta  (beta)" in result.stdout
    with target.open(encoding="utf-8-sig", newline="") as stream:
        lines = list(csv.reader(stream))
    assert lines[0] == ["dimension", "key", "label", "seconds", "share", "interventions", "people", "people_share"]
    gender = [line for line in lines if line[0] == "gender"]
    assert [line[1:4] + line[5:7] for line in gender] == [
        ["man", "Man", "130.0", "2", "2"],
        ["woman", "Woman", "90.0", "2", "2"],
    ]
    assert not [line for line in lines[1:] if line[2].startswith(("=", "+", "-", "@"))]
    assert not list(target.parent.glob("*.partial"))


def test_formula_cells_get_a_single_quote():
    from moderator_app.reports.csv_export import formula_safe

    assert [formula_safe(v) for v in ["=1+1", "+x", "-2", "@SUM", "\tx", "\rx", "ok", 3.5]] == [
        "'=1+1",
        "'+x",
        "'-2",
        "'@SUM",
        "'\tx",
        "'\rx",
        "ok",
        "3.5",
    ]


def test_an_unknown_event_is_one_line_and_a_non_zero_exit(data_dir):
    assert_clean_error(run_cli(data_dir, "stats", "--event", "IGF 2018", "--json"), "IGF 2018")
    assert_clean_error(run_cli(data_dir, "stats", "--csv", "x.csv"), "--event")


def test_stats_for_one_session_is_unchanged(data_dir):
    result = run_cli(data_dir, "stats", "alpha", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["session_id"] == "alpha" and data["total_speaking_seconds"] == 100
    assert "participant" in data["dimensions"]
