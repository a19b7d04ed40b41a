"""People in an import who are already on the session's roster (same name, or same name and affiliation)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from moderator_app.domain.session import Participant, ParticipantDraft
from moderator_app.importers.common import fold, name_key


def _tokens(name: str) -> tuple[str, ...]:
    return tuple(sorted(name_key(name).split()))


class RosterIndex:
    """The roster's people by name key and by (name words, affiliation), so each lookup is one dict read."""

    def __init__(self, existing: Iterable[Participant] = ()) -> None:
        self.by_name: dict[str, Participant] = {}
        self.by_words: dict[tuple[tuple[str, ...], str], Participant] = {}
        for participant in existing:
            self.add(participant)

    def add(self, participant: Participant) -> None:
        self.by_name.setdefault(name_key(participant.name), participant)
        affiliation = fold(participant.affiliation)
        if affiliation:
            self.by_words.setdefault((_tokens(participant.name), affiliation), participant)

    def replace(self, old: Participant, new: Participant) -> None:
        for index in (self.by_name, self.by_words):
            for key in [key for key, value in index.items() if value is old]:
                del index[key]  # type: ignore[arg-type]
        self.add(new)

    def match(self, draft: ParticipantDraft) -> Participant | None:
        found = self.by_name.get(name_key(draft.name))
        affiliation = fold(draft.affiliation)
        if found is None and affiliation:
            found = self.by_words.get((_tokens(draft.name), affiliation))
        return found


def find_duplicates(
    rows: Iterable[tuple[int, ParticipantDraft]], existing: Sequence[Participant]
) -> list[tuple[int, str]]:
    """(row's line or index, existing participant id) for every row that is someone already there."""
    found: list[tuple[int, str]] = []
    index = RosterIndex(existing)
    for line, draft in rows:
        match = index.match(draft)
        if match is not None:
            found.append((line, match.id))
    return found
