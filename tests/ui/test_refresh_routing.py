"""A change refreshes only the panels that show a part it touched; the action table builds the menus.

Each test emits a hand-made Change naming one part, as the console will for its commands, and
records which panels were actually updated (their update methods replaced by recorders).
"""

from __future__ import annotations

import dataclasses

import pytest

from moderator_app.domain.changes import Change, Part
from moderator_app.ui.window import refresh as refresh_module
from moderator_app.ui.window.action_table import ACTIONS, MENUS, TOOLBAR
from moderator_app.ui.window.actions import ActionSpec, build_actions
from moderator_app.ui.window.main_window import MainWindow
from moderator_app.ui.window.refresh import Panel


def record_updates(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> set[Panel]:
    """Replace each panel's update with one that notes the panel; the set fills as the window refreshes."""
    seen: set[Panel] = set()

    def noting(panel: Panel):  # type: ignore[no-untyped-def]
        return lambda *_args, **_kwargs: seen.add(panel)

    refresher = window.refresher
    monkeypatch.setattr(refresher, "shown", dataclasses.replace(refresher.shown, set_title=noting(Panel.TITLE)))
    monkeypatch.setattr(window.roster_panel.model, "update_rows", noting(Panel.ROSTER))
    monkeypatch.setattr(window.queue_panel.model, "update_rows", noting(Panel.QUEUE))
    monkeypatch.setattr(window.history_panel.model, "update_rows", noting(Panel.HISTORY))
    monkeypatch.setattr(window.note_commands, "refresh", noting(Panel.NOTES))
    monkeypatch.setattr(window.remote_commands, "refresh", noting(Panel.REMOTE))
    monkeypatch.setattr(window.balance_panel, "show_balance", noting(Panel.BALANCE))
    monkeypatch.setattr(window.next_label, "set_choices", noting(Panel.NEXT))
    monkeypatch.setattr(window.timer_panel, "show_reading", noting(Panel.CLOCKS))
    monkeypatch.setattr(window.session_bar, "show_reading", noting(Panel.CLOCKS))
    monkeypatch.setattr(window.suspend_bar, "refresh", noting(Panel.SUSPEND))
    monkeypatch.setattr(refresh_module, "update_enabled", noting(Panel.ENABLED))
    return seen


EVERY_TABLE = {Panel.ROSTER, Panel.QUEUE, Panel.HISTORY}

#: What a change to each part must update, written out by hand (not read from refresh.PANEL_PARTS).
EXPECTED = {
    Part.NOTES: {Panel.NOTES},
    Part.REPORT: set(),
    Part.QUEUE: {Panel.QUEUE, Panel.BALANCE, Panel.NEXT, Panel.CLOCKS, Panel.ENABLED},
    Part.REMOTE_QUEUE: {Panel.REMOTE, Panel.BALANCE, Panel.NEXT, Panel.CLOCKS, Panel.ENABLED},
    Part.CONTINGENTS: {Panel.BALANCE, Panel.ENABLED},
    Part.SEGMENTS: {Panel.HISTORY, Panel.NOTES, Panel.BALANCE, Panel.NEXT, Panel.CLOCKS, Panel.ENABLED},
    Part.SESSION: {Panel.TITLE, Panel.BALANCE, Panel.NEXT, Panel.CLOCKS, Panel.SUSPEND, Panel.ENABLED},
    Part.PARTICIPANTS: EVERY_TABLE
    | {Panel.NOTES, Panel.REMOTE, Panel.BALANCE, Panel.NEXT, Panel.CLOCKS, Panel.SUSPEND},
    Part.INTERVENTIONS: EVERY_TABLE | {Panel.NOTES, Panel.BALANCE, Panel.CLOCKS, Panel.SUSPEND, Panel.ENABLED},
}


@pytest.mark.parametrize("part", list(Part), ids=[part.value for part in Part])
def test_a_change_to_one_part_refreshes_only_the_panels_showing_it(window, monkeypatch, part: Part) -> None:
    seen = record_updates(window, monkeypatch)
    window.bridge.changed.emit(Change.of(7, window.bridge.console.session_id, {part: ["some-id"]}))
    assert seen == EXPECTED[part]
    assert window.refresher.last_refreshed == seen  # what the actions benchmark prints


def test_a_whole_change_refreshes_every_panel(window, monkeypatch) -> None:
    seen = record_updates(window, monkeypatch)
    window.bridge.changed.emit(Change.everything(8, window.bridge.console.session_id))
    assert seen == set(Panel)


def test_a_change_to_another_session_refreshes_nothing(window, monkeypatch) -> None:
    seen = record_updates(window, monkeypatch)
    window.bridge.changed.emit(Change.of(9, "another-session", {Part.PARTICIPANTS: ["p"], Part.QUEUE: ["q"]}))
    window.bridge.changed.emit(Change.everything(10, "another-session"))
    assert seen == set()


def test_a_notes_change_leaves_the_roster_as_it_is_until_a_change_names_the_people(window, console) -> None:
    """The roster is not rebuilt for a note: what changed unannounced shows once a change names it."""
    before = window.roster_panel.model.shown_rows()
    snapshot = console.snapshot
    renamed = dataclasses.replace(snapshot.participants[0], name="Renamed Elsewhere")
    # Changed behind the window's back (no change told yet), as a write another laptop made would be.
    console._writer.snapshot = dataclasses.replace(snapshot, participants=(renamed, *snapshot.participants[1:]))
    window.refresher.refresh(Change.of(9, console.session_id, {Part.NOTES: ["n"]}))
    assert window.roster_panel.model.shown_rows() == before
    window.refresher.refresh(Change.of(10, console.session_id, {Part.PARTICIPANTS: [renamed.id]}))
    assert any(row.participant.name == "Renamed Elsewhere" for row in window.roster_panel.model.shown_rows())


def test_every_action_of_the_table_is_built_once_under_its_menu(window) -> None:
    names = [spec.name for spec in ACTIONS]
    assert len(names) == len(set(names))
    assert set(window.act) == set(names)
    menu_of = {spec.name: spec.menu for spec in ACTIONS}
    stage = window.stage.menu.title()
    menus = [(title, actions) for title, actions in window.actions_by_menu if title != stage]
    for (key, _title), (_shown_title, actions) in zip(MENUS, menus, strict=True):
        assert [a.objectName() for a in actions] == [name for name in names if menu_of[name] == key]
    assert [a.objectName() for a in window.toolbar.actions()] == list(TOOLBAR)


def test_two_actions_of_one_name_are_refused(window) -> None:
    twice = (
        ActionSpec("same", "file", "&One", lambda _h: None),
        ActionSpec("same", "edit", "&Two", lambda _h: None),
    )
    with pytest.raises(ValueError, match="same"):
        build_actions(window, window, MENUS, twice)
