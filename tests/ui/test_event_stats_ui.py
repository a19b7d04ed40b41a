"""Session → Event statistics…: the event's tables, the index in words, the furthest sessions, the CSV."""

from __future__ import annotations

import csv
from dataclasses import replace

from moderator_app.domain.balance import Dimension
from moderator_app.domain.enums import Gender
from moderator_app.domain.snapshot import SessionSnapshot
from moderator_app.ui.dialogs.event_stats_dialog import EventStatsDialog
from tests.balance_support import person, turn


def add_session(repository, clock, sid: str, title: str, event: str, turns: list[tuple[str, float]]) -> None:
    """Ana (woman) and Ben (man), both speakers; each (who, seconds) an ended turn."""
    from datetime import UTC, datetime

    from moderator_app.domain.session import Session

    people = [person("ana", gender=Gender.WOMAN), person("ben", gender=Gender.MAN)]
    snapshot = SessionSnapshot(
        session=Session(sid, title, event=event),
        participants=tuple(replace(p, id=f"{sid}-{p.id}", session_id=sid) for p in people),
        segments=(),
        interventions=tuple(
            replace(turn(clock, f"{sid}-{who}", seconds), id=f"{sid}-t{n}", session_id=sid)
            for n, (who, seconds) in enumerate(turns)
        ),
        queue=(),
    )
    repository.insert_snapshot(snapshot, now=datetime(2017, 12, 1, tzinfo=UTC))


def test_the_dialog_shows_the_event_and_exports_a_csv(qtbot, library, repository, clock, tmp_path, monkeypatch):
    # One: Ana 60, Ben 40 → women 0.6 against ½ → 0.9. Two: Ana 30, Ben 90 → ¼ → 0.75.
    add_session(repository, clock, "one", "One", "IGF 2017", [("ana", 60), ("ben", 40)])
    add_session(repository, clock, "two", "=Two", "IGF 2017", [("ana", 30), ("ben", 90)])
    add_session(repository, clock, "three", "Three", "EuroDIG", [("ana", 10)])
    dialog = EventStatsDialog(["EuroDIG", "IGF 2017"], library.event_stats, current="IGF 2017")
    qtbot.addWidget(dialog)
    assert dialog.event_combo.currentText() == "IGF 2017"
    assert dialog.summary.text().startswith("2 sessions; substantive speaking time 3:40")
    gender = dialog.tables[Dimension.GENDER]
    # Men 130 s of 220 (59.1 %), women 90 s (40.9 %); two people of four each.
    rows = [[gender.item(r, c).text() for c in range(5)] for r in range(gender.rowCount())]
    assert rows == [["Man", "2:10", "59.1", "2", "50.0"], ["Woman", "1:30", "40.9", "2", "50.0"]]
    # 1 − ½(|9/22 − ½| · 2) = 10/11 ≈ 91 %; 9 % would have to change hands.
    assert dialog.index_labels[Dimension.GENDER].text().startswith("Balance 91 %: 9 % of the speaking time")
    assert [dialog.furthest.item(r, 0).text() for r in range(dialog.furthest.rowCount())] == ["=Two", "One"]
    assert dialog.furthest.item(0, 1).text() == "75 %"
    for table in (*dialog.tables.values(), dialog.furthest):
        assert table.accessibleName()
    target = tmp_path / "igf.csv"
    monkeypatch.setattr(
        "moderator_app.ui.dialogs.event_stats_dialog.QFileDialog.getSaveFileName", lambda *a: (str(target), "")
    )
    dialog.export_button.click()
    assert dialog.exported == str(target)
    with target.open(encoding="utf-8-sig", newline="") as stream:
        lines = list(csv.reader(stream))
    assert ["gender", "man", "Man", "130.0", "0.590909", "2", "2", "0.5"] in lines
    dialog.event_combo.setCurrentText("EuroDIG")
    assert dialog.summary.text().startswith("1 sessions")


def test_with_no_events_the_dialog_says_how_to_make_one(qtbot):
    dialog = EventStatsDialog([], lambda name: (_ for _ in ()).throw(AssertionError(name)))
    qtbot.addWidget(dialog)
    assert "Session details" in dialog.summary.text()
    assert not dialog.export_button.isEnabled()


def test_the_session_menu_opens_event_statistics(window, monkeypatch):
    shown = []
    monkeypatch.setattr(EventStatsDialog, "exec", lambda self: shown.append(self.event_combo.count()) or 0)
    window.act["event_stats"].trigger()
    assert shown == [0]  # the demo belongs to no event
