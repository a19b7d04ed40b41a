"""The rapporteur's notes in an open session: take, edit, relink, delete, undo and search them."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import partial

from moderator_app.domain.changes import Part
from moderator_app.domain.notes import Note, clean_note_text, parse_tags
from moderator_app.domain.snapshot import SessionSnapshot
from moderator_app.domain.text import ValidationError
from moderator_app.services.console_writer import SessionWriter
from moderator_app.system.clock import Clock

#: "Leave this link as it is" in update_note (None means "remove the link").
KEEP = object()


class NoteHistory:
    """Note commands, and the steps they took in this window (so the last one can be undone)."""

    def __init__(self, writer: SessionWriter, clock: Clock, new_id: Callable[[], str]) -> None:
        self._writer = writer
        self._clock = clock
        self._new_id = new_id
        self._steps: list[tuple[Note | None, Note | None]] = []

    @property
    def _snapshot(self) -> SessionSnapshot:
        return self._writer.snapshot

    def _save(self, note: Note, notes: tuple[Note, ...] | None, then: Callable[[], object]) -> None:
        """Store one note; ``notes`` is the part as it then stands (patched in), None to read it back.

        ``then`` records the undo step (or takes it off) once stored, before anyone asks about undo:
        a failed write keeps the history as it was.
        """
        repository, now = self._writer.repository, self._clock.now().wall
        self._writer.commit(
            lambda: repository.save_note(note, now=now),
            {Part.NOTES: {note.id}},
            written={Part.NOTES: notes} if notes is not None else None,
            then=then,
        )

    def _delete(self, note_id: str, then: Callable[[], object]) -> None:
        repository = self._writer.repository
        notes = tuple(n for n in self._snapshot.notes if n.id != note_id)
        self._writer.commit(
            lambda: repository.delete_note(note_id), {Part.NOTES: {note_id}}, written={Part.NOTES: notes}, then=then
        )

    def add(self, text: str, tags: Sequence[str] = ()) -> Note:
        """A note stamped now, linked to whoever has the floor, their intervention and the segment."""
        now = self._clock.now()
        snapshot = self._snapshot
        current = snapshot.current_intervention
        note = Note(
            id=self._new_id(),
            session_id=snapshot.session.id,
            created_at=now.wall,
            text=clean_note_text(text),
            tags=parse_tags(tags),
            intervention_id=current.id if current else None,
            participant_id=current.participant_id if current else None,
            segment_id=current.segment_id if current else snapshot.session.current_segment_id,
        )
        latest = snapshot.notes[-1].created_at if snapshot.notes else None
        # After the clock was set back the notes are read back: they are kept in the order taken.
        in_order = latest is None or latest <= note.created_at
        self._save(note, (*snapshot.notes, note) if in_order else None, partial(self._steps.append, (None, note)))
        return note

    def update(
        self,
        note_id: str,
        *,
        text: str | None = None,
        tags: Sequence[str] | None = None,
        participant_id: str | object | None = KEEP,
        segment_id: str | object | None = KEEP,
        intervention_id: str | object | None = KEEP,
    ) -> Note:
        """Edit a note's text or tags, or relink it to another speaker, segment or intervention."""
        snapshot = self._snapshot
        before = self._note(note_id)
        changes: dict[str, object] = {}
        if text is not None:
            changes["text"] = clean_note_text(text)
        if tags is not None:
            changes["tags"] = parse_tags(tags)
        for field, value, known in (
            ("participant_id", participant_id, {p.id for p in snapshot.participants}),
            ("segment_id", segment_id, {s.id for s in snapshot.segments}),
            ("intervention_id", intervention_id, {i.id for i in snapshot.interventions}),
        ):
            if value is KEEP:
                continue
            if value is not None and value not in known:
                raise ValidationError("That link points to something no longer in this session.")
            changes[field] = value
        if "intervention_id" in changes and changes["intervention_id"] is not None and participant_id is KEEP:
            # Linking to an intervention links to its speaker too, unless the caller chose otherwise.
            turn = next(i for i in snapshot.interventions if i.id == changes["intervention_id"])
            changes["participant_id"] = turn.participant_id
        after = replace(before, **changes)  # type: ignore[arg-type]
        if after == before:
            return before  # nothing to store, nothing to undo
        notes = tuple(after if n.id == note_id else n for n in snapshot.notes)
        self._save(after, notes, partial(self._steps.append, (before, after)))
        return after

    def delete(self, note_id: str) -> None:
        self._delete(note_id, partial(self._steps.append, (self._note(note_id), None)))

    @property
    def can_undo(self) -> bool:
        return bool(self._steps)

    def undo(self) -> None:
        """Undo the last add, edit or delete of a note."""
        if not self._steps:
            raise ValidationError("Nothing to undo in the notes.")
        before, after = self._steps[-1]
        if before is None and after is not None:
            self._delete(after.id, self._steps.pop)
        elif before is not None:
            self._save(before, None, self._steps.pop)  # read back: the note goes back to its place in time

    def search(self, query: str) -> list[Note]:
        """Notes whose text matches every word of ``query`` (prefixes too), best match first."""
        snapshot = self._snapshot
        ids = self._writer.repository.search_notes(snapshot.session.id, query)
        by_id = {note.id: note for note in snapshot.notes}
        return [by_id[i] for i in ids if i in by_id]

    def _note(self, note_id: str) -> Note:
        note = next((n for n in self._snapshot.notes if n.id == note_id), None)
        if note is None:
            raise ValidationError("That note is no longer there; it may have been deleted.")
        return note
