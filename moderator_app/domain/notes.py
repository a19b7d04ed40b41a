"""Timestamped notes, linked to what was being said, with tags the report is built from."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from moderator_app.domain.text import ValidationError, clean_block, require_length

MAX_NOTE = 20_000


class NoteTag(StrEnum):
    """What a note records; one key each in the quick-note field (Alt+1 … Alt+9)."""

    KEY_ISSUE = "key_issue"
    RECOMMENDATION = "recommendation"
    AGREEMENT = "agreement"
    DISAGREEMENT = "disagreement"
    QUESTION = "question"
    ACTION = "action"
    QUOTE = "quote"
    GENDER = "gender"
    BEST_PRACTICE = "best_practice"


@dataclass(frozen=True, slots=True)
class Note:
    """A note as stored: text, tags, and links to the intervention, speaker and segment it belongs to."""

    id: str
    session_id: str
    created_at: datetime
    text: str
    tags: tuple[NoteTag, ...] = ()
    intervention_id: str | None = None
    participant_id: str | None = None
    segment_id: str | None = None


def clean_note_text(text: str) -> str:
    return require_length("Note", clean_block(text), MAX_NOTE, required=True)


def parse_tags(values: Iterable[str]) -> tuple[NoteTag, ...]:
    """Tags in a stable order (the order of NoteTag), without duplicates; unknown ones refused."""
    chosen: set[NoteTag] = set()
    for value in values:
        try:
            chosen.add(NoteTag(value))
        except ValueError:
            allowed = ", ".join(tag.value for tag in NoteTag)
            raise ValidationError(
                "Tag '{value}' is not known; use one of: {allowed}.", value=value, allowed=allowed
            ) from None
    return tuple(tag for tag in NoteTag if tag in chosen)


def filter_notes(
    notes: Iterable[Note],
    *,
    participant_id: str | None = None,
    segment_id: str | None = None,
    tag: NoteTag | None = None,
    ids: set[str] | None = None,
) -> list[Note]:
    """Notes matching every given filter (``ids`` restricts to a full-text search's hits)."""
    return [
        note
        for note in notes
        if (participant_id is None or note.participant_id == participant_id)
        and (segment_id is None or note.segment_id == segment_id)
        and (tag is None or tag in note.tags)
        and (ids is None or note.id in ids)
    ]
