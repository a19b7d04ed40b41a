"""The open session's balance: the live figures, worked out once per change, and the settings that steer it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from moderator_app.domain.balance import Balance, BalanceTracker, ReferenceSet
from moderator_app.domain.changes import Part
from moderator_app.domain.clock import Instant
from moderator_app.domain.enums import StakeholderGroup
from moderator_app.domain.snapshot import SessionSnapshot
from moderator_app.domain.steering import Contingent, check_contingent, check_priorities
from moderator_app.domain.text import ValidationError
from moderator_app.services.console_writer import SessionWriter
from moderator_app.system.clock import Clock


class BalanceCache:
    """The balance of a snapshot at an instant; the work that only changes with a command is done once per change."""

    def __init__(self) -> None:
        #: The snapshot last counted and its tracker (kept across live commands).
        self.tracker: tuple[SessionSnapshot, BalanceTracker] | None = None
        self._last: tuple[BalanceTracker, Instant, Balance] | None = None

    def at(self, snapshot: SessionSnapshot, reference: ReferenceSet, now: Instant) -> Balance:
        if self.tracker is None or self.tracker[0] is not snapshot or self.tracker[1].reference is not reference:
            kept = self.tracker[1] if self.tracker is not None else None
            if kept is not None and kept.reference is reference and kept.participants is snapshot.participants:
                # Same roster (a live command): only the open and new turns are counted again.
                tracker = kept.advanced(snapshot.interventions)
            else:
                tracker = BalanceTracker(snapshot.participants, snapshot.interventions, reference)
            self.tracker = (snapshot, tracker)
        tracker = self.tracker[1]
        # The window asks twice per tick for the same instant (tables and balance panel): answer once.
        if self._last is None or self._last[0] is not tracker or self._last[1] != now:
            self._last = (tracker, now, tracker.at(now))
        return self._last[2]


class Steering:
    """The balance settings and the stakeholder groups' time contingents of the open session."""

    def __init__(self, writer: SessionWriter, clock: Clock) -> None:
        self._writer = writer
        self._clock = clock

    def set_balance_settings(self, reference: str, priorities: Sequence[str]) -> None:
        try:
            chosen = ReferenceSet(reference)
        except ValueError:
            allowed = ", ".join(r.value for r in ReferenceSet)
            raise ValidationError(
                "'{reference}' is not a reference set; use one of: {allowed}.", reference=reference, allowed=allowed
            ) from None
        session = self._writer.snapshot.session
        changed = replace(session, balance_reference=chosen.value, suggestion_priorities=check_priorities(priorities))
        repository, now = self._writer.repository, self._clock.now().wall
        self._writer.commit(lambda: repository.save_session(changed, now=now), {Part.SESSION: {session.id}})

    def set_contingents(self, contingents: Sequence[Contingent]) -> None:
        groups = [c.stakeholder_group for c in contingents]
        if len(set(groups)) != len(groups):
            raise ValidationError("Each stakeholder group can have only one contingent.")
        checked = [check_contingent(c) for c in contingents]
        before = {c.stakeholder_group.value: c for c in self._writer.snapshot.contingents}
        after = {c.stakeholder_group.value: c for c in checked}
        changed = {group for group in before.keys() | after.keys() if before.get(group) != after.get(group)}
        if not changed:
            return
        repository, session_id = self._writer.repository, self._writer.session_id
        self._writer.commit(
            lambda: repository.save_contingents(session_id, checked),
            {Part.CONTINGENTS: changed},
            written={Part.CONTINGENTS: tuple(checked)},
        )

    def add_contingent_time(self, group: StakeholderGroup, seconds: int) -> Contingent:
        """The chair grants (or takes back) time on a group's contingent."""
        contingents = self._writer.snapshot.contingents
        current = {c.stakeholder_group: c for c in contingents}
        if group not in current:
            raise ValidationError("That stakeholder group has no contingent; set one in Balance settings first.")
        updated = check_contingent(replace(current[group], added_seconds=current[group].added_seconds + seconds))
        self.set_contingents([updated if c.stakeholder_group is group else c for c in contingents])
        return updated
