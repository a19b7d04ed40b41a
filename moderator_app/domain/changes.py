"""What one committed write changed: the kinds of item, their ids, and the library's sequence number.

Every write to session data goes through the library or the open session's console, is committed
in one transaction, and is then published as a :class:`Change`. The window refreshes only the
parts a change names; live sharing between laptops carries the same stream, in sequence order.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Protocol


class Part(StrEnum):
    """A kind of item in a session. The values are the snapshot's field names, plus the report."""

    SESSION = "session"
    PARTICIPANTS = "participants"
    SEGMENTS = "segments"
    INTERVENTIONS = "interventions"
    QUEUE = "queue"
    REMOTE_QUEUE = "remote_queue"
    NOTES = "notes"
    CONTINGENTS = "contingents"
    #: The rapporteur's edited report sections and attendance figures.
    REPORT = "report"


#: The id under ``Part.REPORT`` of the session's attendance figures.
ATTENDANCE_ID = "attendance"


@dataclass(frozen=True, slots=True)
class Change:
    """One committed write to one session.

    ``ids`` maps each changed part to the ids of the items the write added, edited or removed in
    it; a part maps to the items whose stored row changed, and only those:

    - ``SESSION``: the session's own id (its details, agenda position, clock, balance settings).
    - ``PARTICIPANTS``, ``SEGMENTS``, ``INTERVENTIONS``, ``NOTES``: the items' ids. A note whose
      link was cleared because the person or segment it pointed to was removed counts as changed;
      so does a turn whose sleep gap was recorded or decided (the gap is a note on the turn).
    - ``QUEUE`` and ``REMOTE_QUEUE``: the entries added, removed, edited or moved to another place
      (an entry moved from the remote queue to the main one is in both). The part is named with
      no ids when only the time the queue's order last changed was written.
    - ``CONTINGENTS``: the stakeholder groups (their values) whose contingent was set, changed or
      removed.
    - ``REPORT``: ``"<template>:<section>"`` for each report section edited or reset, and
      ``"attendance"`` for the attendance figures.

    A part that is not a key did not change. ``whole`` says the session was replaced as a whole
    (a restore, an import over it, a merge, another session opened): every part is to be read
    again, and ``ids`` is empty. ``sequence`` grows by one with every committed change in the
    library (taken in the write's own transaction, so a failed write takes none), and survives
    restarts; 0 means "not a committed write" (the first view of a session just opened).

    ``origin`` is empty for a write made on this laptop; a write that brings in what another
    laptop shared names where it came from, so that live sharing does not send it back.
    """

    sequence: int
    session_id: str
    ids: Mapping[Part, frozenset[str]] = field(default_factory=dict)
    whole: bool = False
    origin: str = ""

    @property
    def parts(self) -> frozenset[Part]:
        """Every part this change touched."""
        return frozenset(Part) if self.whole else frozenset(self.ids)

    def touches(self, *parts: Part) -> bool:
        """True when the change touched any of ``parts``."""
        return self.whole or any(part in self.ids for part in parts)

    @classmethod
    def of(cls, sequence: int, session_id: str, ids: Mapping[Part, Iterable[str]], *, origin: str = "") -> Change:
        return cls(sequence, session_id, {Part(part): frozenset(found) for part, found in ids.items()}, origin=origin)

    @classmethod
    def everything(cls, sequence: int, session_id: str, *, origin: str = "") -> Change:
        return cls(sequence, session_id, {}, whole=True, origin=origin)


class _Identified(Protocol):
    @property
    def id(self) -> str: ...


def changed_ids(before: Sequence[_Identified], after: Sequence[_Identified], *, ordered: bool = False) -> set[str]:
    """Ids of the items added, removed or edited between two versions of a part.

    With ``ordered`` (the queues, whose place is stored with each entry) an item that moved to
    another place counts as changed too.
    """
    old = {item.id: (place if ordered else 0, item) for place, item in enumerate(before)}
    new = {item.id: (place if ordered else 0, item) for place, item in enumerate(after)}
    return {key for key in old.keys() | new.keys() if old.get(key) != new.get(key)}
