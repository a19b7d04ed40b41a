"""The main window's updating: after each committed change (``refresh``) and on each timer tick (``tick``).

A change says which parts of the session it touched (domain/changes.py); ``PANEL_PARTS`` says which
parts each panel shows, and ``refresh`` updates only the panels whose parts changed. Within a
panel only what changed is rebuilt (the tables update changed rows), and once a second while someone
speaks only the speaker's rows and the balance follow the clock. ``benchmarks/actions.py`` times the
actions and prints the panels each one's refresh touched.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from moderator_app.domain.changes import Change, Part
from moderator_app.domain.clock import Instant
from moderator_app.domain.steering import contingent_status
from moderator_app.ui.models.tables import InterventionRow, QueueRow, intervention_rows, roster_rows
from moderator_app.ui.window.enabled import Sharing, update_enabled
from moderator_app.ui.window.live_rows import follow_speakers
from moderator_app.ui.window.next_speakers import NextSpeakers
from moderator_app.ui.window.tick_schedule import shown_instant, tick_wait_ms

if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QLabel, QToolBar

    from moderator_app.domain.snapshot import SessionSnapshot
    from moderator_app.domain.timer import Intervention
    from moderator_app.ui.bridge import ConsoleBridge
    from moderator_app.ui.handlers.notes import NoteCommands
    from moderator_app.ui.handlers.remote import RemoteCommands
    from moderator_app.ui.stage.controller import StageController
    from moderator_app.ui.widgets.balance_panel import BalancePanel
    from moderator_app.ui.widgets.elided_label import ElidedLabel
    from moderator_app.ui.widgets.panels import HistoryPanel, QueuePanel, RosterPanel
    from moderator_app.ui.widgets.session_bar import SessionBar
    from moderator_app.ui.widgets.suspend_bar import SuspendBar
    from moderator_app.ui.widgets.timer_panel import TimerPanel


class Panel(StrEnum):
    """What the window shows, as far as updating it goes."""

    TITLE = "title"
    ROSTER = "roster"
    QUEUE = "queue"
    HISTORY = "history"
    NOTES = "notes"
    REMOTE = "remote"
    BALANCE = "balance"
    #: The next-speakers line under the timer.
    NEXT = "next"
    #: The timer, the session bar with the agenda's progress, and the stage display: one reading.
    CLOCKS = "clocks"
    SUSPEND = "suspend"
    #: Which actions are switched on, and what Start / pause / resume says.
    ENABLED = "enabled"


#: The parts of a session each panel shows: a change touching none of them leaves the panel alone.
PANEL_PARTS: Mapping[Panel, frozenset[Part]] = {
    Panel.TITLE: frozenset({Part.SESSION}),
    # Everyone's time so far is in the roster and the queue, so a turn changes them too.
    Panel.ROSTER: frozenset({Part.PARTICIPANTS, Part.INTERVENTIONS}),
    Panel.QUEUE: frozenset({Part.QUEUE, Part.PARTICIPANTS, Part.INTERVENTIONS}),
    Panel.HISTORY: frozenset({Part.INTERVENTIONS, Part.PARTICIPANTS, Part.SEGMENTS}),
    # The notes name their speaker and segment; the quick note says which turn it would be linked to.
    Panel.NOTES: frozenset({Part.NOTES, Part.PARTICIPANTS, Part.SEGMENTS, Part.INTERVENTIONS}),
    Panel.REMOTE: frozenset({Part.REMOTE_QUEUE, Part.PARTICIPANTS}),
    # The suggestion weighs both queues; the reference and priorities are the session's settings.
    Panel.BALANCE: frozenset(
        {Part.PARTICIPANTS, Part.INTERVENTIONS, Part.QUEUE, Part.REMOTE_QUEUE, Part.CONTINGENTS, Part.SESSION}
        | {Part.SEGMENTS}
    ),
    # Who N calls next depends on the agenda's segment (a remote segment calls the remote queue first).
    Panel.NEXT: frozenset({Part.QUEUE, Part.REMOTE_QUEUE, Part.PARTICIPANTS, Part.SESSION, Part.SEGMENTS}),
    # The timer shows the next turn's allotted time; the stage, the next speakers.
    Panel.CLOCKS: frozenset(
        {Part.SESSION, Part.SEGMENTS, Part.INTERVENTIONS, Part.QUEUE, Part.REMOTE_QUEUE, Part.PARTICIPANTS}
    ),
    # A sleep gap belongs to a turn of a speaker.
    Panel.SUSPEND: frozenset({Part.INTERVENTIONS, Part.SESSION, Part.PARTICIPANTS}),
    Panel.ENABLED: frozenset(
        {Part.SESSION, Part.SEGMENTS, Part.INTERVENTIONS, Part.QUEUE, Part.REMOTE_QUEUE, Part.CONTINGENTS}
    ),
}


def panels_for(change: Change, shown_session: str) -> frozenset[Panel]:
    """The panels showing a part ``change`` touched (none when it changed another session than the one shown)."""
    if change.session_id != shown_session:
        return frozenset()
    return frozenset(panel for panel, parts in PANEL_PARTS.items() if change.touches(*parts))


@dataclass(frozen=True, slots=True)
class Shown:
    """What the refresh fills in: the window's panels, labels and toolbar, built by the window."""

    roster: RosterPanel
    queue: QueuePanel
    history: HistoryPanel
    balance: BalancePanel
    timer: TimerPanel
    session_bar: SessionBar
    next_label: ElidedLabel
    saved_label: QLabel
    suspend_bar: SuspendBar
    toolbar: QToolBar
    notes: NoteCommands
    remote: RemoteCommands
    stage: StageController
    act: Mapping[str, QAction]
    set_title: Callable[[str], None]
    # The window's live link as it stands (the commands a joined role may not use are off).
    sharing: Callable[[], Sharing]


class WindowRefresh:
    """``refresh(change)`` after a committed change, ``tick()`` from the window's precise timer."""

    def __init__(self, bridge: ConsoleBridge, shown: Shown, tick_timer: QTimer, database: Path) -> None:
        self.bridge = bridge
        self.shown = shown
        self.tick_timer = tick_timer
        self.database = database
        # The three tables, by the names live_rows.follow_speakers reads.
        self.roster_panel = shown.roster
        self.queue_panel = shown.queue
        self.history_panel = shown.history
        self.next_speakers = NextSpeakers()
        #: The balance waits for the next tick to be worked out again (a change touched what it shows).
        self.balance_stale = True
        #: The whole second of the running turn last shown in the balance and the tables (None: nobody speaks).
        self.live_second: int | None = None
        #: The snapshot whose open turns follow_speakers found, and those turns (once per command).
        self._open_turns: tuple[SessionSnapshot, list[Intervention]] | None = None
        #: The panels the last refresh updated (the actions benchmark prints them).
        self.last_refreshed: frozenset[Panel] = frozenset()

    def refresh(self, change: Change | None = None) -> frozenset[Panel]:
        """Update the panels showing what ``change`` touched (None: every panel, as at start); which ones."""
        console = self.bridge.console
        panels = frozenset(Panel) if change is None else panels_for(change, console.session_id)
        shown = self.shown
        now = shown_instant(console.clock.now())  # what the digits show: a little ahead (tick_schedule)
        if Panel.TITLE in panels:
            shown.set_title(f"{console.snapshot.session.title} — moderator-app")
        if panels & {Panel.ROSTER, Panel.QUEUE, Panel.HISTORY}:
            self._refresh_lists(now, panels=panels)
        if Panel.NOTES in panels:
            shown.notes.refresh()
            shown.notes.show_link()
        if Panel.REMOTE in panels:
            shown.remote.refresh()
        if Panel.NEXT in panels:
            shown.next_label.set_choices(self.next_speakers.texts(console))
        if Panel.SUSPEND in panels:
            shown.suspend_bar.refresh()
        # Stored, whatever it touched: the storage banner's warning in this label can go.
        saved = QCoreApplication.translate("MainWindow", "✔ Every change saved · %1")
        shown.saved_label.setText(saved.replace("%1", str(self.database)))
        if Panel.ENABLED in panels:
            self.refresh_enabled()
        if Panel.BALANCE in panels:
            self.balance_stale = True
        if Panel.CLOCKS in panels:
            # The same instant as the tables, so the balance is worked out once, not twice; tables the
            # change did not name still show the running speaker's time as of the last command.
            self.tick(now, tables_fresh=panels >= {Panel.ROSTER, Panel.QUEUE, Panel.HISTORY})
        elif self.balance_stale:
            self._refresh_balance(now)
            self.balance_stale = False
        self.last_refreshed = panels
        return panels

    def refresh_enabled(self) -> None:
        """Switch the actions on or off for the session and the live link (also when a link starts or ends)."""
        update_enabled(self.shown.act, self.bridge.console, self.shown.toolbar, self.shown.sharing())

    def _refresh_lists(
        self, now: Instant, *, live_only: bool = False, panels: frozenset[Panel] = frozenset(Panel)
    ) -> None:
        """Roster, queue and history (those in ``panels``), with everyone's time so far.

        ``live_only`` (once a second while someone speaks): reuse the balance's per-person totals
        and touch only the open turn in the history, so a 1,000-turn session stays smooth.
        """
        console = self.bridge.console
        snapshot = console.snapshot
        totals = console.balance(now).totals  # the console keeps it across live commands: not recomputed
        if live_only and follow_speakers(self, snapshot, totals, now):
            return
        if panels & {Panel.ROSTER, Panel.QUEUE}:
            roster = roster_rows(snapshot.participants, snapshot.interventions, now, totals)
            if Panel.ROSTER in panels:
                self.roster_panel.model.update_rows(roster)
            if Panel.QUEUE in panels:
                by_person = {row.participant.id: row for row in roster}
                queue_rows = []
                for entry in snapshot.queue:
                    person = by_person.get(entry.participant_id)
                    if person is not None:
                        queue_rows.append(QueueRow(entry, person.participant, person.totals, person.not_yet_spoken))
                selected = self.queue_panel.selected_id()
                self.queue_panel.model.update_rows(queue_rows)
                self.queue_panel.select_id(selected)
        if Panel.HISTORY not in panels:
            return
        current = snapshot.current_intervention
        if live_only and current is not None:
            self.history_panel.model.replace_row(
                current.id,
                InterventionRow(
                    current,
                    snapshot.participant(current.participant_id),
                    snapshot.segment(current.segment_id),
                    current.speaking_seconds(now),
                ),
            )
        else:
            self._refresh_history(now)

    def _refresh_balance(self, now: Instant, *, describe: bool = True) -> None:
        console = self.bridge.console
        balance = console.balance(now)
        self.shown.balance.show_balance(
            balance,
            console.snapshot.participants,
            console.suggestion(balance),
            contingent_status(console.snapshot.contingents, balance),
            describe=describe,
        )

    def _refresh_history(self, now: Instant) -> None:
        snapshot = self.bridge.console.snapshot
        model = self.history_panel.model
        shown = model.shown_rows()
        model.update_rows(intervention_rows(snapshot.interventions, snapshot.participant, snapshot.segment, now, shown))

    def tick(self, now: Instant | None = None, *, tables_fresh: bool = False) -> None:
        """Show the clocks at ``now`` (default: the instant the digits show); ``tables_fresh`` when the
        roster, queue and history were just rebuilt at that instant (no need to follow the speaker)."""
        console = self.bridge.console
        shown = self.shown
        # The clocks are shown a little ahead (see tick_schedule); a refresh passes the instant it showed.
        reading = console.reading(now if now is not None else shown_instant(console.clock.now()))
        snapshot = console.snapshot
        segment = reading.progress.segment
        if reading.intervention is not None:
            # A turn belongs to the segment it started in (its notes are linked there too), even
            # after Ctrl+Right has moved the agenda on; the session bar shows the agenda's segment.
            segment = snapshot.segment(reading.intervention.segment_id)
        shown.timer.show_reading(
            reading,
            segment.title if segment else None,
            next_allotted=console.next_allotted_seconds(),
            ended=snapshot.session.ended_at is not None,
        )
        shown.session_bar.show_reading(
            snapshot.session.title,
            reading,
            started=snapshot.session.started is not None,
            ended=snapshot.session.ended_at is not None,
        )
        shown.stage.on_tick(reading)  # the stage display shows this very reading: it cannot drift
        running = reading.intervention is not None and reading.timer.running
        if self.tick_timer.isActive():
            session = snapshot.session
            self.tick_timer.start(
                tick_wait_ms(
                    reading,
                    turn_running=running,
                    session_running=session.started is not None and session.ended_at is None,
                    flashing=shown.stage.flashing(reading),
                )
            )
        # The balance and the tables' totals follow the running speaker once per whole second spoken
        # (the ticks between only move the digits: recomputing 200 people's balance on every tick
        # kept a core busy while nothing happened; benchmarks/cpu_idle.py measures it).
        second = math.floor(reading.timer.speaking_seconds) if running else None
        new_second = running and second != self.live_second
        if new_second or self.balance_stale:
            self._refresh_balance(reading.now, describe=True)
            self.balance_stale = False
        if new_second and not tables_fresh:
            self._refresh_lists(reading.now, live_only=True)
        self.live_second = second
