"""People in an import who are already on the session's roster (same name, or same name and affiliation)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from moderator_app.domain.session import Participant, ParticipantDraft
from moderator_app.importers.common import fold, name_key


def _tokens(name: str) -> tuple[str, ...]:
    return tuple(sorted(name_key(name).split()))


def existing_match(draft: ParticipantDraft, existing: Sequence[Participant]) -> Participant | None:
    """The participant this draft is: same normalised name, or the same words of the name in another
    order ("CONTRERAS Belisario") with the same affiliation."""
    key = name_key(draft.name)
    for participant in existing:
        if name_key(participant.name) == key:
            return participant
    affiliation = fold(draft.affiliation)
    if affiliation:
        tokens = _tokens(draft.name)
        for participant in existing:
            if _tokens(participant.name) == tokens and fold(participant.affiliation) == affiliation:
                return participant
    return None


def find_duplicates(
    rows: Iterable[tuple[int, ParticipantDraft]], existing: Sequence[Participant]
) -> list[tuple[int, str]]:
    """(row's line or index, existing participant id) for every row that is someone already there."""
    found: list[tuple[int, str]] = []
    for line, draft in rows:
        match = existing_match(draft, existing)
        if match is not None:
            found.append((line, match.id))
    return found
