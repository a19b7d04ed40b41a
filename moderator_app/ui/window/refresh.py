"""The main window's updating: after each command (``refresh``) and on each timer tick (``tick``).

Mixed into MainWindow, which builds the panels, actions and timers these methods fill in. Only what
changed is rebuilt, so an action on a big session stays quick (benchmarks/actions.py times them):
the tables update changed rows, and once a second while someone speaks only the speaker's rows and
the balance follow the clock.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

from moderator_app.domain.changes import Change
from moderator_app.domain.clock import Instant
from moderator_app.domain.enums import InterventionState
from moderator_app.domain.steering import contingent_status
from moderator_app.ui.models.tables import InterventionRow, QueueRow, intervention_rows, roster_rows
from moderator_app.ui.window.live_rows import follow_speakers
from moderator_app.ui.window.tick_schedule import shown_instant, tick_wait_ms

if TYPE_CHECKING:
    from moderator_app.ui.bridge import ConsoleBridge


class RefreshMixin:
    """``refresh()`` after a command, ``tick()`` from the window's precise timer (MainWindow provides tr())."""

    bridge: ConsoleBridge
    # The window's panels, labels, actions and timers (built by MainWindow).
    roster_panel: Any
    queue_panel: Any
    history_panel: Any
    balance_panel: Any
    timer_panel: Any
    session_bar: Any
    next_label: Any
    saved_label: Any
    note_commands: Any
    remote_commands: Any
    commands: Any
    stage: Any
    toolbar: Any
    tick_timer: Any
    _balance_stale: bool
    _live_second: int | None

    def refresh(self, change: Change | None = None) -> None:
        console = self.bridge.console
        snapshot = console.snapshot
        now = shown_instant(console.clock.now())  # what the digits show: a little ahead (tick_schedule)
        self.setWindowTitle(f"{snapshot.session.title} — moderator-app")
        self._refresh_lists(now)
        self.note_commands.refresh()
        self.note_commands.show_link()
        self.remote_commands.refresh()
        self.saved_label.setText(self.tr("✔ Every change saved · %1").replace("%1", str(self.commands.paths.database)))
        self._update_enabled()
        self._balance_stale = True
        self.tick(now)  # the same instant as the tables, so the balance is worked out once, not twice

    def _refresh_lists(self, now: Instant, *, live_only: bool = False) -> None:
        """Roster, queue and history, with everyone's time so far.

        ``live_only`` (once a second while someone speaks): reuse the balance's per-person totals
        and touch only the open turn in the history, so a 1,000-turn session stays smooth.
        """
        console = self.bridge.console
        snapshot = console.snapshot
        totals = console.balance(now).totals  # the console keeps it across live commands: not recomputed
        if live_only and follow_speakers(self, snapshot, totals, now):
            return
        roster = roster_rows(snapshot.participants, snapshot.interventions, now, totals)
        self.roster_panel.model.update_rows(roster)
        by_person = {row.participant.id: row for row in roster}
        queue_rows = []
        for entry in snapshot.queue:
            person = by_person.get(entry.participant_id)
            if person is not None:
                queue_rows.append(QueueRow(entry, person.participant, person.totals, person.not_yet_spoken))
        selected = self.queue_panel.selected_id()
        self.queue_panel.model.update_rows(queue_rows)
        self.queue_panel.select_id(selected)
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
        self.balance_panel.show_balance(
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

    def _update_enabled(self) -> None:
        console = self.bridge.console
        snapshot = console.snapshot
        current = snapshot.current_intervention
        ended = snapshot.session.ended_at is not None
        self.act_undo.setEnabled(console.can_undo_queue)
        self.act_redo.setEnabled(console.can_redo_queue)
        self.act_end.setEnabled(current is not None)
        self.act_plus.setEnabled(current is not None)
        self.act_minus.setEnabled(current is not None)
        self.act_allot.setEnabled(current is not None)
        # N also calls from the remote queue (in a remote segment, or when the main queue is empty).
        self.act_next.setEnabled(console.next_entry() is not None and not ended)
        self.act_interleave.setEnabled(bool(snapshot.remote_queue))
        self.act_start_session.setEnabled(snapshot.session.started is None)
        self.act_end_session.setEnabled(snapshot.session.started is not None and not ended)
        self.act_resume_session.setEnabled(ended)
        self.act_next_segment.setEnabled(bool(snapshot.segments) and not ended)
        self.act_suggested.setEnabled(bool(snapshot.queue or snapshot.remote_queue) and not ended)
        self.act_contingent_time.setEnabled(bool(snapshot.contingents))
        # After End session nobody can be given the floor: Space (Start next) is off too.
        self.act_toggle.setEnabled(current is not None or not ended)
        self.act_toggle.setText(
            self.tr("&Pause")
            if current is not None and current.state is InterventionState.RUNNING
            else self.tr("&Resume")
            if current is not None
            else self.tr("&Start next")
        )
        toggle_button = self.toolbar.widgetForAction(self.act_toggle)
        if toggle_button is not None:
            toggle_button.setAccessibleName(self.act_toggle.text().replace("&", ""))

    def why_disabled(self, action: Any) -> str | None:
        """Why ``action`` cannot be done now, in words for the status bar (None: it can, or no reason)."""
        console = self.bridge.console
        snapshot = console.snapshot
        ended = snapshot.session.ended_at is not None
        if ended and action in (self.act_toggle, self.act_next, self.act_suggested, self.act_next_segment):
            return self.tr("The session has ended. Session → Resume ended session (Shift+F5) carries on.")
        if action in (self.act_next, self.act_suggested, self.act_toggle):
            return self.tr("The queue is empty: press A to add someone.")
        if action in (self.act_end, self.act_plus, self.act_minus, self.act_allot):
            return self.tr("Nobody has the floor right now.")
        if action is self.act_undo:
            return self.tr("Nothing to undo in the queue.")
        if action is self.act_redo:
            return self.tr("Nothing to redo in the queue.")
        if action is self.act_interleave:
            return self.tr("The remote queue is empty.")
        if action is self.act_start_session:
            return self.tr("The session clock has already started.")
        if action is self.act_end_session:
            return self.tr("The session has already ended.") if ended else self.tr("The session has not started yet.")
        if action is self.act_resume_session:
            return self.tr("The session has not ended.")
        if action is self.act_next_segment:
            return self.tr("This session has no agenda: add segments with Session details (Ctrl+Shift+D).")
        return None

    def tick(self, now: Instant | None = None) -> None:
        console = self.bridge.console
        # The clocks are shown a little ahead (see tick_schedule); a refresh passes the instant it showed.
        reading = console.reading(now if now is not None else shown_instant(console.clock.now()))
        snapshot = console.snapshot
        segment = reading.progress.segment
        if reading.intervention is not None:
            # A turn belongs to the segment it started in (its notes are linked there too), even
            # after Ctrl+Right has moved the agenda on; the session bar shows the agenda's segment.
            segment = snapshot.segment(reading.intervention.segment_id)
        self.timer_panel.show_reading(
            reading,
            segment.title if segment else None,
            next_allotted=console.next_allotted_seconds(),
            ended=snapshot.session.ended_at is not None,
        )
        self.session_bar.show_reading(
            snapshot.session.title,
            reading,
            started=snapshot.session.started is not None,
            ended=snapshot.session.ended_at is not None,
        )
        self.next_label.set_choices(self._next_texts())  # MainWindow's (see there)
        self.stage.on_tick(reading)  # the stage display shows this very reading: it cannot drift
        running = reading.intervention is not None and reading.timer.running
        if self.tick_timer.isActive():
            session = snapshot.session
            self.tick_timer.start(
                tick_wait_ms(
                    reading,
                    turn_running=running,
                    session_running=session.started is not None and session.ended_at is None,
                    flashing=self.stage.flashing(reading),
                )
            )
        # The balance and the tables' totals follow the running speaker once per whole second spoken
        # (the ticks between only move the digits: recomputing 200 people's balance on every tick
        # kept a core busy while nothing happened; benchmarks/cpu_idle.py measures it).
        second = math.floor(reading.timer.speaking_seconds) if running else None
        new_second = running and second != self._live_second
        if new_second or self._balance_stale:
            self._refresh_balance(reading.now, describe=True)
            self._balance_stale = False
        if new_second and now is None:  # after a refresh the tables already show this instant
            self._refresh_lists(reading.now, live_only=True)
        self._live_second = second
