"""The log of a shared document's updates: kept in order per session, counted, compacted into one."""

from __future__ import annotations

from moderator_app.storage.sharing import compact_log, log_updates, logged_updates


def test_updates_are_kept_in_order_per_session_and_counted(repository):
    db = repository.db
    assert log_updates(db, "one", []) == 0
    assert log_updates(db, "one", [b"a", b"b"]) == 2
    assert log_updates(db, "two", [b"z"]) == 1
    assert log_updates(db, "one", [b"c"]) == 3
    assert log_updates(db, "one", []) == 3
    assert logged_updates(db, "one") == [b"a", b"b", b"c"]
    assert logged_updates(db, "two") == [b"z"]


def test_compacting_leaves_one_update_and_new_ones_follow_it(repository):
    db = repository.db
    log_updates(db, "one", [b"a", b"b", b"c"])
    log_updates(db, "two", [b"z"])
    compact_log(db, "one", b"abc")
    assert logged_updates(db, "one") == [b"abc"]
    assert log_updates(db, "one", [b"d"]) == 2
    assert logged_updates(db, "one") == [b"abc", b"d"]
    assert logged_updates(db, "two") == [b"z"]
