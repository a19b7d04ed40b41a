"""The open session's one write path: a numbered transaction, the snapshot brought up to date, a Change told.

Every command of the console and of its parts (notes, queues, sleep gaps, balance, report) ends in
:meth:`SessionWriter.commit`. The write runs in one transaction that also takes the library's next
change number; once committed, the snapshot is patched with what the command wrote (or the parts
it changed are read back), and every listener receives the :class:`~moderator_app.domain.changes.Change`.
A write that fails is rolled back with its number, and nobody hears of it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace
from typing import Any

from moderator_app.domain.changes import Change, Part
from moderator_app.domain.snapshot import SessionSnapshot, merge_interventions
from moderator_app.storage.repository import SessionRepository

#: Told of every committed change; the session as it now stands is ``console.snapshot``.
Listener = Callable[[Change], None]

#: The parts held in a snapshot (the report's sections and attendance are not).
SNAPSHOT_PARTS = frozenset(Part) - {Part.REPORT}


class SessionWriter:
    """Holds the snapshot of one session; the only place that changes it, and tells listeners how."""

    def __init__(self, repository: SessionRepository, snapshot: SessionSnapshot) -> None:
        self.repository = repository
        self.snapshot = snapshot
        self._listeners: list[Listener] = []

    @property
    def session_id(self) -> str:
        return self.snapshot.session.id

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call ``listener`` after every committed change; returns the function that stops it."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    def commit(
        self,
        write: Callable[[], object],
        ids: Mapping[Part, Iterable[str]],
        *,
        written: Mapping[Part, Any] | None = None,
        then: Callable[[], object] | None = None,
        origin: str = "",
    ) -> Change | None:
        """Run ``write`` in one numbered transaction, then bring the snapshot up to date and publish.

        ``ids`` are the items the write changes, per part (domain/changes.py says what they mean);
        a command that changes nothing passes none, and then nothing is written, numbered or told.
        ``written`` holds parts exactly as the command writes them (the session, a queue, the notes,
        or ``INTERVENTIONS`` as the changed turns only): they are patched into the snapshot instead
        of reading a whole part back (1,000 turns on a long day). The other snapshot parts named in
        ``ids`` are read back. tests/unit/test_console_patch.py checks that the patched snapshot
        equals a fresh load after every kind of command. ``then`` runs once the write is committed
        and before listeners hear of it: what this window remembers of the command (its undo
        step) is in place when they ask (a failed write leaves no step to undo). ``origin`` is
        the change's (empty for this laptop's own commands; see domain/changes.py).
        """
        found = {Part(part): frozenset(items) for part, items in ids.items()}
        if not found:
            return None
        with self.repository.numbered_write() as ticket:
            write()
        change = Change(ticket.sequence, self.session_id, found, origin=origin)
        self._bring_up_to_date(found.keys(), written or {})
        if then is not None:
            then()
        for listener in list(self._listeners):
            listener(change)
        return change

    def _bring_up_to_date(self, parts: Iterable[Part], written: Mapping[Part, Any]) -> None:
        updates = {part.value: value for part, value in written.items()}
        if Part.INTERVENTIONS.value in updates:
            updates["interventions"] = merge_interventions(self.snapshot.interventions, updates["interventions"])
        snapshot = replace(self.snapshot, **updates) if updates else self.snapshot
        remaining = [part.value for part in parts if part in SNAPSHOT_PARTS and part not in written]
        if remaining:
            snapshot = self.repository.reload_parts(snapshot, remaining)
        self.snapshot = snapshot
