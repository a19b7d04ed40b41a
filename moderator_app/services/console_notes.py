"""The console's note commands: take, edit, relink, delete and undo notes (mixed into SessionConsole)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from moderator_app.domain.notes import Note, clean_note_text, parse_tags
from moderator_app.domain.text import ValidationError

if TYPE_CHECKING:
    from moderator_app.domain.snapshot import SessionSnapshot
    from moderator_app.storage.repository import SessionRepository
    from moderator_app.system.clock import Clock

#: "Leave this link as it is" in update_note (None means "remove the link").
_KEEP = object()


class NotesMixin:
    """Needs from SessionConsole: snapshot, repository, clock, session, session_id, _new_id, _listeners."""

    snapshot: SessionSnapshot
    repository: SessionRepository
    clock: Clock
    _note_history: list[tuple[Note | None, Note | None]]
    _listeners: list[Any]

    def _notes_changed(self, notes: tuple[Note, ...]) -> None:
        """After a note command has committed: the notes as written, without re-reading thousands."""
        self.snapshot = replace(self.snapshot, notes=notes)
        for listener in list(self._listeners):
            listener(self.snapshot)

    def add_note(self, text: str, tags: Sequence[str] = ()) -> Note:
        """A note stamped now, linked to whoever has the floor, their intervention and the segment."""
        now = self.clock.now()
        current = self.snapshot.current_intervention
        note = Note(
            id=self._new_id(),
            session_id=self.session_id,
            created_at=now.wall,
            text=clean_note_text(text),
            tags=parse_tags(tags),
            intervention_id=current.id if current else None,
            participant_id=current.participant_id if current else None,
            segment_id=current.segment_id if current else self.session.current_segment_id,
        )
        self.repository.save_note(note, now=self.clock.now().wall)
        self._note_history.append((None, note))
        self._notes_changed((*self.snapshot.notes, note))
        return note

    def update_note(
        self,
        note_id: str,
        *,
        text: str | None = None,
        tags: Sequence[str] | None = None,
        participant_id: str | object | None = _KEEP,
        segment_id: str | object | None = _KEEP,
        intervention_id: str | object | None = _KEEP,
    ) -> Note:
        """Edit a note's text or tags, or relink it to another speaker, segment or intervention."""
        before = self._note(note_id)
        changes: dict[str, object] = {}
        if text is not None:
            changes["text"] = clean_note_text(text)
        if tags is not None:
            changes["tags"] = parse_tags(tags)
        for field, value, known in (
            ("participant_id", participant_id, {p.id for p in self.snapshot.participants}),
            ("segment_id", segment_id, {s.id for s in self.snapshot.segments}),
            ("intervention_id", intervention_id, {i.id for i in self.snapshot.interventions}),
        ):
            if value is _KEEP:
                continue
            if value is not None and value not in known:
                raise ValidationError("That link points to something no longer in this session.")
            changes[field] = value
        if "intervention_id" in changes and changes["intervention_id"] is not None and participant_id is _KEEP:
            # Linking to an intervention links to its speaker too, unless the caller chose otherwise.
            turn = next(i for i in self.snapshot.interventions if i.id == changes["intervention_id"])
            changes["participant_id"] = turn.participant_id
        after = replace(before, **changes)  # type: ignore[arg-type]
        self.repository.save_note(after, now=self.clock.now().wall)
        self._note_history.append((before, after))
        self._notes_changed(tuple(after if n.id == note_id else n for n in self.snapshot.notes))
        return after

    def delete_note(self, note_id: str) -> None:
        before = self._note(note_id)
        self.repository.delete_note(note_id)
        self._note_history.append((before, None))
        self._notes_changed(tuple(n for n in self.snapshot.notes if n.id != note_id))

    @property
    def can_undo_note(self) -> bool:
        return bool(self._note_history)

    def undo_note(self) -> None:
        """Undo the last add, edit or delete of a note."""
        if not self._note_history:
            raise ValidationError("Nothing to undo in the notes.")
        before, after = self._note_history[-1]
        if before is None and after is not None:
            self.repository.delete_note(after.id)
        elif before is not None:
            self.repository.save_note(before, now=self.clock.now().wall)
        self._note_history.pop()  # only once stored: a failed write keeps the step to undo
        self._refresh("notes")

    def search_notes(self, query: str) -> list[Note]:
        """Notes whose text matches every word of ``query`` (prefixes too), best match first."""
        ids = self.repository.search_notes(self.session_id, query)
        by_id = {note.id: note for note in self.snapshot.notes}
        return [by_id[i] for i in ids if i in by_id]

    def _note(self, note_id: str) -> Note:
        note = next((n for n in self.snapshot.notes if n.id == note_id), None)
        if note is None:
            raise ValidationError("That note is no longer there; it may have been deleted.")
        return note
