"""A stored list that is valid JSON but no list (a number, null, an object, a string) is found at the start.

Every such column is decoded with ``tuple(json.loads(…))``: a number or null raises TypeError,
which no recovery path catches (a traceback in the commands, a crash of the window at start); a
string turns into its characters. The start-up check must refuse these as it refuses broken JSON.
"""

from __future__ import annotations

import sqlite3

import pytest

from moderator_app.storage.errors import CorruptDatabaseError
from moderator_app.storage.integrity import check_database
from tests.storage.test_integrity import closed_database


@pytest.mark.parametrize(
    ("table", "column", "value"),
    [
        ("sessions", "tags", "5"),
        ("sessions", "organisers", "null"),
        ("sessions", "suggestion_priorities", '{"gender": 1}'),
        ("participants", "roles", '"participant"'),
        ("notes", "tags", "true"),
    ],
)
def test_a_json_value_that_is_not_a_list_is_refused_at_the_start(tmp_path, table, column, value):
    path = closed_database(tmp_path / "moderator.db", people=2)
    conn = sqlite3.connect(path)
    conn.execute(f"UPDATE {table} SET {column} = ?", [value])
    assert conn.total_changes, f"the premise: {table} has rows"
    conn.commit()
    conn.close()
    with pytest.raises(CorruptDatabaseError) as caught:
        check_database(path)
    assert caught.value.kind == "damaged" and f"{table}.{column}" in caught.value.problem
