"""`moderator-app search WORDS [--event NAME] [--best] [--limit N] [--json]` as a real subprocess."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from moderator_app.storage.database import open_database
from moderator_app.storage.repository import SessionRepository
from moderator_app.system.paths import AppPaths
from tests.e2e.cli_support import run_cli
from tests.note_search_support import HOSTILE, add_library


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    paths = AppPaths(tmp_path / "data")
    db = open_database(paths.database)
    try:
        add_library(SessionRepository(db))
    finally:
        db.close()
    return paths.data_dir


def test_json_lists_the_hits_of_every_session_newest_first_with_their_sessions(data_dir):
    done = run_cli(data_dir, "search", "spectrum", "--json")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert (data["words"], data["event"], data["order"], data["total"], data["shown"]) == (
        ["spectrum"],
        None,
        "newest",
        4,
        4,
    )
    assert [hit["note_id"] for hit in data["hits"]] == ["g1", "b2", "b1", "a1"]
    first = data["hits"][0]
    assert (first["session_title"], first["session_date"], first["event"], first["speaker"], first["tags"]) == (
        "Gamma",
        "2018-06-05",
        "EuroDIG",
        "Ève Martin",
        ["action", "gender"],
    )
    assert [first["excerpt"][start:end] for start, end in first["marks"]] == ["Spectrum"]


def test_an_event_best_match_and_a_limit(data_dir):
    data = json.loads(run_cli(data_dir, "search", "data", "--event", "IGF 2017", "--best", "--json").stdout)
    assert data["order"] == "best" and data["event"] == "IGF 2017"
    assert data["hits"][0]["note_id"] == "b3"
    assert {hit["session_id"] for hit in data["hits"]} == {"alpha", "beta"}
    limited = json.loads(run_cli(data_dir, "search", "data", "--limit", "2", "--json").stdout)
    assert (limited["total"], limited["shown"]) == (5, 2)


def test_the_table_says_how_many_and_prints_hostile_text_as_it_is(data_dir):
    done = run_cli(data_dir, "search", "protection")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "1 note in every session contains protection; all shown, newest first."
    assert "Alpha: community networks  (alpha)" in lines[2]
    assert lines[3] == "    " + HOSTILE  # not a terminal: no bold, nothing escaped
    assert "\x1b" not in done.stdout


def test_several_words_and_operators_are_words(data_dir):
    data = json.loads(run_cli(data_dir, "search", "NEAR(data)", "OR", "--json").stdout)
    assert [hit["note_id"] for hit in data["hits"]] == ["g2"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["!!!"], "type at least one word with a letter or a digit"),
        (["data", "--event", "Nowhere"], "no sessions belong to an event called 'Nowhere'"),
    ],
)
def test_bad_searches_get_a_one_line_message_and_exit_2(data_dir, args, message):
    done = run_cli(data_dir, "search", *args)
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr.startswith("moderator-app: error: " + message)
    assert "Traceback" not in done.stderr


def test_nothing_found_says_so(data_dir):
    done = run_cli(data_dir, "search", "zebra")
    assert done.returncode == 0
    assert done.stdout.strip() == (
        "0 notes in every session contain zebra: none; try fewer words or the start of a word."
    )
