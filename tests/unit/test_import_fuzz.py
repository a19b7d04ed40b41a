"""Random and hostile input never crashes the importers or the session-file reader: a result that is stored
whole and reads back, or the project's own error (ImportFileError, SessionFileError, ValidationError), nothing else."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlite_utils import Database

from moderator_app.domain.text import ValidationError
from moderator_app.importers import ImportFileError
from moderator_app.importers.proposal import parse_proposal
from moderator_app.importers.roster import FIELDS, apply_mapping, parse_roster
from moderator_app.services.imports import import_proposal
from moderator_app.services.library import Library
from moderator_app.services.sessions import ensure_demo, store_snapshot
from moderator_app.storage.connection import AppDatabase
from moderator_app.storage.migrations import migrations
from moderator_app.storage.repository import SessionRepository
from moderator_app.storage.session_file import SessionFileError, parse_document, read_file, to_document
from moderator_app.system.paths import AppPaths
from moderator_app.system.resources import read_text, regions
from tests.support import FakeClock

FIELD_LINES = st.sampled_from(
    [
        "Proposer's Name: ",
        "Co-Proposer's Name: ",
        "Country: ",
        "Stakeholder Group: ",
        "Speaker: ",
        "Session Format: ",
        "Tag 1: ",
        "Content of the Session:",
        "Onsite Moderator: ",
        "Mr., ",
        "21 December 2017 - ",
        "",
    ]
)
HOSTILE = st.text(alphabet=st.characters(codec="utf-8"), max_size=200)
LINES = st.lists(st.tuples(FIELD_LINES, HOSTILE).map("".join), max_size=30)
ENDINGS = st.sampled_from(["\n", "\r\n", "\r", "\u2028"])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(lines=LINES, ending=ENDINGS)
def test_proposal_text_of_any_shape_parses_or_fails_cleanly(lines, ending):
    try:
        result = parse_proposal(ending.join(lines))
    except ImportFileError:
        return
    for participant in result.participants:
        assert participant.draft.name.strip()
    assert all(problem.line >= 0 for problem in result.not_understood)


@settings(max_examples=200, deadline=None)
@given(text=st.text(max_size=2000))
def test_any_unicode_text_as_a_proposal(text):
    try:
        parse_proposal(text)
    except ImportFileError:
        pass


CELLS = st.one_of(
    HOSTILE,
    st.sampled_from(["=1+2", '"', '""', "a,b", "x;y", "\t", "\x00", "Civil Society", "F", "FR", "España", "é"]),
)


@settings(max_examples=300, deadline=None)
@given(
    rows=st.lists(st.lists(CELLS, max_size=6), max_size=12),
    delimiter=st.sampled_from([",", ";", "\t"]),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252"]),
)
def test_roster_csv_of_any_shape_parses_or_fails_cleanly(rows, delimiter, encoding):
    text = "\n".join(
        delimiter.join(["Name", "Gender", "Country", "Sector"] if i == 0 else r) for i, r in enumerate([[], *rows])
    )
    data = text.encode(encoding, errors="replace")
    try:
        result = parse_roster(data)
    except ImportFileError:
        return
    lines = [row.line for row in result.rows] + [line for line, _ in result.errors]
    assert len(lines) == len(set(lines)) or not result.rows


@settings(max_examples=300, deadline=None)
@given(data=st.binary(max_size=3000))
def test_random_bytes_as_a_roster(data):
    try:
        result = parse_roster(data)
    except ImportFileError:
        return
    apply_mapping(result.raw, ["name"] * len(result.raw.headers))


@settings(max_examples=100, deadline=None)
@given(mapping=st.lists(st.sampled_from(FIELDS), max_size=8))
def test_any_mapping_the_user_picks_reads_the_rows_or_reports_them(mapping):
    result = parse_roster(b"Name,Gender,Country,Extra\nAna,F,FR,x\nBob,?,Atlantis,y\n")
    remapped = apply_mapping(result.raw, mapping)
    assert len(remapped.rows) + len(remapped.errors) >= 1


# -- session files ------------------------------------------------------------------------------
# Arbitrary JSON-ish values (with the characters a hostile file can carry through \u escapes)
# grafted anywhere into a valid session file: the reader says what is wrong, or the session it
# accepts is stored and reads back the same, again and again.
SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=40),
    st.sampled_from(
        [
            "",
            "\ud800",
            "a\udfffb",
            "\ufffe",
            "\u202eexe.txt",
            "'); DROP TABLE notes; --",
            "=HYPERLINK(1)",
            "2017-12-21T10:00:00+01:00",
            "2017-12-21",
            "x" * 700,
            "intervention",
            "onsite",
            "woman",
            "academia",
        ]
    ),
)
JSONISH = st.recursive(
    SCALARS,
    lambda children: st.one_of(
        st.lists(children, max_size=4), st.dictionaries(st.text(max_size=12), children, max_size=4)
    ),
    max_leaves=12,
)


def _demo_document():
    return json.loads(read_text("data", "demo-session.json"))


def _paths(node, prefix=()):
    """Every place in the document a value can be put: each key of each object, each item of each list."""
    yield prefix
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _paths(value, (*prefix, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _paths(value, (*prefix, index))


DOCUMENT_PATHS = [path for path in _paths(_demo_document()) if path]


def _graft(document, path, value):
    node = document
    for step in path[:-1]:
        node = node[step]
    node[path[-1]] = value


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(grafts=st.lists(st.tuples(st.sampled_from(DOCUMENT_PATHS), JSONISH), min_size=1, max_size=3))
def test_any_json_grafted_into_a_session_file_is_refused_clearly_or_stored_and_read_back(grafts):
    document = _demo_document()
    for path, value in grafts:
        try:
            _graft(document, path, value)
        except (KeyError, IndexError, TypeError):
            pass  # an earlier graft replaced this path's parent: the document is as odd as intended
    try:
        snapshot = parse_document(document)
    except SessionFileError as error:
        assert str(error) and len(str(error)) < 1000
        return
    _assert_stores_and_reads_back(snapshot)


@settings(max_examples=150, deadline=None)
@given(document=JSONISH)
def test_any_json_at_all_is_no_session_file_and_says_so(document):
    try:
        parse_document(document)
    except SessionFileError:
        return
    raise AssertionError("a random value was accepted as a session file")


def _assert_stores_and_reads_back(snapshot):
    clock = FakeClock()
    repository = _memory_repository()
    store_snapshot(repository, snapshot, clock)
    loaded = repository.load(snapshot.session.id)
    assert loaded == snapshot
    again = parse_document(json.loads(json.dumps(to_document(loaded, now=clock.now()))))
    assert again == loaded


def _value_at(path):
    node = _demo_document()
    for step in path:
        node = node[step]
    return node


TEXT_PATHS = [path for path in DOCUMENT_PATHS if isinstance(_value_at(path), str)]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(grafts=st.lists(st.tuples(st.sampled_from(TEXT_PATHS), HOSTILE), min_size=1, max_size=4))
def test_hostile_text_in_any_text_field_is_refused_clearly_or_stored_as_plain_text(grafts):
    document = _demo_document()
    for path, value in grafts:
        _graft(document, path, value)
    try:
        snapshot = parse_document(document)
    except SessionFileError as error:
        assert str(error) and len(str(error)) < 1000
        return
    _assert_stores_and_reads_back(snapshot)


def _memory_repository():
    db = AppDatabase(":memory:")
    db.execute("PRAGMA foreign_keys = ON")
    migrations.runner().apply(Database(db.conn, execute_plugins=False))
    return SessionRepository(db)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(lines=LINES, ending=ENDINGS)
def test_any_proposal_is_stored_whole_or_refused_with_nothing_stored(lines, ending):
    try:
        result = parse_proposal(ending.join(lines))
    except ImportFileError:
        return
    repository = _memory_repository()
    try:
        session_id = import_proposal(repository, result, FakeClock(), regions=regions())
    except ValidationError as error:
        assert str(error)
        assert repository.list_sessions() == []
        return
    stored = repository.load(session_id)
    assert [p.name for p in stored.participants] == [p.draft.name for p in result.participants]


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rows=st.lists(st.lists(CELLS, min_size=1, max_size=4), max_size=10))
def test_any_roster_adds_exactly_its_good_rows(rows):
    text = "\n".join(
        ",".join(f'"{cell.replace(chr(34), chr(34) * 2)}"' for cell in row) for row in [["Name", "Country"], *rows]
    )
    try:
        roster = parse_roster(text.encode("utf-8"))
    except ImportFileError:
        return
    repository = _memory_repository()
    session_id = ensure_demo(repository, FakeClock())
    before = len(repository.load(session_id).participants)
    library = Library(AppPaths(Path(tempfile.gettempdir())), FakeClock(), repository.db, None)
    summary = library.import_roster(session_id, roster, regions(), only_good_rows=True)
    assert len(repository.load(session_id).participants) == before + summary.imported
    assert summary.imported + len(summary.skipped_duplicates) == len(roster.rows)


@settings(max_examples=150, deadline=None)
@given(data=st.one_of(st.binary(max_size=2000), JSONISH.map(lambda value: json.dumps(value).encode())))
def test_any_bytes_as_a_session_file_are_refused_clearly(tmp_path_factory, data):
    path = tmp_path_factory.mktemp("file") / "session.json"
    path.write_bytes(data)
    try:
        read_file(path)
    except SessionFileError as error:
        assert str(error) and len(str(error)) < 1000
        return
    raise AssertionError("random bytes were accepted as a session file")
