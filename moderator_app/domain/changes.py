"""What one committed write changed: the kinds of item, their ids, and the library's sequence number.

Every write to session data goes through the library or the open session's console, is committed
in one transaction, and is then published as a :class:`Change`. The window refreshes only the
parts a change names; live sharing between laptops carries the same stream, in sequence order.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum


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


@dataclass(frozen=True, slots=True)
class Change:
    """One committed write to one session.

    ``ids`` maps each changed part to the ids of the items written in it (added, edited or removed;
    for the session part, the session's own id; for the report, the section keys and
    ``"attendance"``). ``whole`` says the session was replaced as a whole (a restore, an import
    over it, a merge): every part is to be read again, and ``ids`` is empty.
    ``sequence`` grows by one with every committed change in the library, and survives restarts.
    """

    sequence: int
    session_id: str
    ids: Mapping[Part, frozenset[str]] = field(default_factory=dict)
    whole: bool = False

    @property
    def parts(self) -> frozenset[Part]:
        """Every part this change touched."""
        return frozenset(Part) if self.whole else frozenset(self.ids)

    def touches(self, *parts: Part) -> bool:
        """True when the change touched any of ``parts``."""
        return self.whole or any(part in self.ids for part in parts)

    @classmethod
    def of(cls, sequence: int, session_id: str, ids: Mapping[Part, Iterable[str]]) -> Change:
        return cls(sequence, session_id, {Part(part): frozenset(found) for part, found in ids.items()})

    @classmethod
    def everything(cls, sequence: int, session_id: str) -> Change:
        return cls(sequence, session_id, {}, whole=True)
