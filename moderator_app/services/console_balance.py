"""The console's balance commands: the live balance, the suggested next speaker, balance settings and
time contingents (mixed into SessionConsole)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from moderator_app.domain.balance import Balance, BalanceTracker, ReferenceSet
from moderator_app.domain.clock import Instant
from moderator_app.domain.enums import StakeholderGroup
from moderator_app.domain.steering import Contingent, Suggestion, check_contingent, check_priorities, suggest_next
from moderator_app.domain.text import ValidationError
from moderator_app.domain.timer import Intervention

if TYPE_CHECKING:
    from moderator_app.domain.session import Session
    from moderator_app.domain.snapshot import SessionSnapshot
    from moderator_app.storage.repository import SessionRepository
    from moderator_app.system.clock import Clock


class BalanceMixin:
    """Needs from SessionConsole: snapshot, session, session_id, repository, clock, give_floor, _refresh,
    _tracker and _last_balance (the caches balance() keeps between calls)."""

    snapshot: SessionSnapshot
    repository: SessionRepository
    clock: Clock
    session_id: str
    _tracker: tuple[SessionSnapshot, BalanceTracker] | None
    _last_balance: tuple[BalanceTracker, Instant, Balance] | None

    if TYPE_CHECKING:

        @property
        def session(self) -> Session: ...

        def give_floor(
            self, participant_id: str, kind: Any = ..., *, from_entry_id: str | None = None
        ) -> Intervention: ...

        def _refresh(self, *parts: str, written: Any = None) -> None: ...

    def balance(self, now: Instant | None = None, reference: ReferenceSet | None = None) -> Balance:
        """The balance at ``now``; the work that only changes with a command is done once per change."""
        chosen = reference or ReferenceSet(self.session.balance_reference)
        snapshot = self.snapshot
        if self._tracker is None or self._tracker[0] is not snapshot or self._tracker[1].reference is not chosen:
            kept = self._tracker[1] if self._tracker is not None else None
            if kept is not None and kept.reference is chosen and kept.participants is snapshot.participants:
                # Same roster (a live command): only the open and new turns are counted again.
                tracker = kept.advanced(snapshot.interventions)
            else:
                tracker = BalanceTracker(snapshot.participants, snapshot.interventions, chosen)
            self._tracker = (snapshot, tracker)
        now = now or self.clock.now()
        # The window asks twice per tick for the same instant (tables and balance panel): answer once.
        if self._last_balance is None or self._last_balance[0] is not self._tracker[1] or self._last_balance[1] != now:
            self._last_balance = (self._tracker[1], now, self._tracker[1].at(now))
        return self._last_balance[2]

    def suggestion(self, balance: Balance | None = None) -> Suggestion | None:
        balance = balance or self.balance()
        snapshot = self.snapshot
        return suggest_next(
            snapshot.queue,
            snapshot.participants,
            balance,
            self.session.suggestion_priorities,
            snapshot.remote_queue,
        )

    def accept_suggestion(self) -> Intervention:
        """Give the floor to the suggested speaker (from either queue); everyone else keeps their place."""
        suggestion = self.suggestion()
        if suggestion is None:
            raise ValidationError("The queue is empty, so there is nobody to suggest.")
        waiting = self.snapshot.remote_queue if suggestion.remote else self.snapshot.queue
        entry = waiting[suggestion.position]
        return self.give_floor(entry.participant_id, entry.kind, from_entry_id=entry.id)

    def set_balance_settings(self, reference: str, priorities: Sequence[str]) -> None:
        try:
            chosen = ReferenceSet(reference)
        except ValueError:
            allowed = ", ".join(r.value for r in ReferenceSet)
            raise ValidationError(
                "'{reference}' is not a reference set; use one of: {allowed}.", reference=reference, allowed=allowed
            ) from None
        changed = replace(
            self.session, balance_reference=chosen.value, suggestion_priorities=check_priorities(priorities)
        )
        self.repository.save_session(changed, now=self.clock.now().wall)
        self._refresh("session")

    def set_contingents(self, contingents: Sequence[Contingent]) -> None:
        groups = [c.stakeholder_group for c in contingents]
        if len(set(groups)) != len(groups):
            raise ValidationError("Each stakeholder group can have only one contingent.")
        self.repository.save_contingents(self.session_id, [check_contingent(c) for c in contingents])
        self._refresh("contingents")

    def add_contingent_time(self, group: StakeholderGroup, seconds: int) -> Contingent:
        """The chair grants (or takes back) time on a group's contingent."""
        current = {c.stakeholder_group: c for c in self.snapshot.contingents}
        if group not in current:
            raise ValidationError("That stakeholder group has no contingent; set one in Balance settings first.")
        updated = check_contingent(replace(current[group], added_seconds=current[group].added_seconds + seconds))
        self.set_contingents([updated if c.stakeholder_group is group else c for c in self.snapshot.contingents])
        return updated
