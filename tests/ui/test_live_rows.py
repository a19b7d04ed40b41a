"""The tables after an action and after each second of a running turn show what a full rebuild shows.

Only the changed rows are built, so a big session stays quick: the history inserts the new turn on
top and reuses the rows of finished turns; the queue's rows are inserted, removed and moved rather
than reset (tests/ui/test_table_paint.py checks what the views show); once a second only the
speaker's rows are replaced.
"""

from __future__ import annotations

from moderator_app.ui.window.main_window import MainWindow
from moderator_app.ui.window.tick_schedule import shown_instant

MATTHEW = "7c1d2e5a-2017-4c1d-9e1f-100000000007"  # on the demo roster, not in the queue


def shown(window: MainWindow) -> tuple[tuple[object, ...], ...]:
    return tuple(panel.model.shown_rows() for panel in (window.roster_panel, window.queue_panel, window.history_panel))


def rebuilt(window: MainWindow) -> tuple[tuple[object, ...], ...]:
    """What a from-scratch rebuild of the three tables shows at the instant the window shows."""
    for panel in (window.roster_panel, window.queue_panel, window.history_panel):
        panel.model.set_rows([])
    window.refresher._refresh_lists(shown_instant(window.bridge.console.clock.now()))
    return shown(window)


def test_tables_after_actions_and_live_seconds_equal_a_full_rebuild(window, console, clock) -> None:
    steps = [
        console.next_speaker,
        lambda: console.enqueue(MATTHEW),
        lambda: console.move_entry(console.snapshot.queue[-1].id, 0),  # rows moved, not rebuilt
        lambda: console.withdraw(console.snapshot.queue[1].id),  # a row removed
        console.toggle_timer,
        console.toggle_timer,
        console.next_speaker,
        lambda: console.give_floor(MATTHEW),
        console.end_intervention,
        console.next_speaker,
    ]
    for step in steps:
        clock.advance(4.25)
        window.bridge.run(step)
        after_action = shown(window)
        assert after_action == rebuilt(window)
        for _ in range(3):  # whole seconds of the running turn: only the speaker's rows move
            clock.advance(1.0)
            window.refresher.live_second = -1
            window.tick()
            live = shown(window)
            assert live == rebuilt(window)
    current = console.snapshot.current_intervention
    assert current is not None
    history = window.history_panel.model.shown_rows()
    assert history[0].intervention.id == current.id  # newest on top
    assert len(history) == len(console.snapshot.interventions)


def test_balance_bars_repaint_only_the_bars_that_look_different(qtbot) -> None:
    from dataclasses import replace

    from moderator_app.domain.balance import BalanceRow
    from moderator_app.ui.widgets.balance_panel import BalanceBars, BarRow

    bars = BalanceBars()
    qtbot.addWidget(bars)
    bars.resize(320, 200)
    rows = [
        BarRow(
            label,
            BalanceRow(key=label, label=label, seconds=s, share=s / 600, interventions=1, people=1, people_share=1 / 3),
        )
        for label, s in (("Civil society", 300.0), ("Government", 200.0), ("Private sector", 100.0))
    ]
    bars.set_rows(rows, "speakers")
    repainted: list[tuple[int, ...]] = []
    bars.update = lambda *args: repainted.append(args)  # type: ignore[method-assign]
    # A hundredth of a second more for the first group: nothing it shows changes.
    same_look = [replace(rows[0], row=rows[0].row._replace(seconds=300.01)), *rows[1:]]
    bars.set_rows(same_look, "speakers")
    assert repainted == []
    # Ten seconds more: its clock and bar change, the other two bars are left alone.
    moved = [replace(rows[0], row=rows[0].row._replace(seconds=310.0, share=310 / 610)), *rows[1:]]
    bars.set_rows(moved, "speakers")
    assert repainted == [(0, 2, bars.width(), bars.ROW_HEIGHT)]
    assert bars.rows == moved
    bars.set_rows(moved, "everyone present")  # other words under every bar: all repainted
    assert repainted[-1] == ()


def test_the_notes_table_after_each_change_equals_a_full_rebuild(window, console, clock) -> None:
    """Rows of unchanged notes are kept; a new, edited or deleted note, or a renamed speaker, shows at once."""
    from moderator_app.domain.session import ParticipantDraft
    from moderator_app.ui.handlers.notes import NoteCommands

    def notes_shown() -> tuple[object, ...]:
        return window.notes_panel.model.shown_rows()

    def notes_rebuilt() -> tuple[object, ...]:
        fresh = NoteCommands(window)  # no rows kept from before
        fresh.refresh()
        return notes_shown()

    window.bridge.run(console.next_speaker)
    speaker = console.snapshot.current_intervention.participant_id
    first = console.add_note("Spectrum for community networks", ["key_issue"])
    steps = [
        lambda: console.add_note("A second point"),
        lambda: console.update_note(first.id, text="Spectrum set aside for community networks"),
        lambda: console.update_participant(speaker, ParticipantDraft(name="Renamed Speaker")),
        lambda: console.delete_note(first.id),
        lambda: console.add_note("After the deletion"),
    ]
    for step in steps:
        clock.advance(2)
        window.bridge.run(step)
        after = notes_shown()
        assert after == notes_rebuilt()
    texts = [row.note.text for row in notes_shown()]
    assert texts == ["A second point", "After the deletion"]
    assert any(row.participant is not None and row.participant.name == "Renamed Speaker" for row in notes_shown())


def test_the_digits_show_the_next_second_just_before_the_clock_reaches_it(window, console, clock) -> None:
    """The window shows the clocks LEAD_MS ahead, so a tick held up by other work is less late."""
    from moderator_app.ui.window.tick_schedule import LEAD_MS

    window.bridge.run(console.next_speaker)
    clock.advance(9.0 - (LEAD_MS + 15) / 1000)  # further from 0:09 than the lead
    window.tick()
    before = window.timer_panel.time_label.text()
    clock.advance(30 / 1000)  # now within the lead of 0:09
    window.tick()
    after = window.timer_panel.time_label.text()
    assert before != after
    reading = console.reading()
    assert reading.timer.speaking_seconds < 9.0  # the clock itself is not there yet
