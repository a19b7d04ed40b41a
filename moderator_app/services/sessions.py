"""Session-level services shared by the GUI and the command line: import, export, the demo."""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from moderator_app.domain.rapporteur import Attendance
from moderator_app.domain.session import Segment, Session, clean_segment, clean_session
from moderator_app.domain.snapshot import SessionSnapshot
from moderator_app.services.errors import ImportConflictError
from moderator_app.storage import session_file
from moderator_app.storage.reports import ReportRepository
from moderator_app.storage.repository import SessionRepository
from moderator_app.storage.versions import Versions, annotate_document, load_versions, read_versions
from moderator_app.system.clock import Clock
from moderator_app.system.resources import read_text

if TYPE_CHECKING:
    from moderator_app.storage.merge import MergeSummary

DEMO_SESSION_ID = "7c1d2e5a-2017-4c1d-9e1f-000000000001"


def store_snapshot(
    repository: SessionRepository,
    snapshot: SessionSnapshot,
    clock: Clock,
    *,
    replace: bool = False,
    copy: bool = False,
    versions: Versions | None = None,
) -> SessionSnapshot:
    """Store an imported session in one transaction; on any conflict nothing is changed.

    ``versions`` (the file's ``updated_at`` times) are kept, except for a copy: its items are new.
    """
    if copy:
        snapshot = with_new_ids(snapshot)
        versions = None
    if repository.exists(snapshot.session.id) and not replace:
        raise ImportConflictError(
            f"The session “{snapshot.session.title}” (id {snapshot.session.id}) is already in this data folder. "
            "Import it with --merge to unite the two copies, --replace to overwrite it, or --copy to keep both."
        )
    try:
        repository.insert_snapshot(snapshot, now=clock.now().wall, replace=replace, versions=versions)
    except sqlite3.IntegrityError as error:
        raise ImportConflictError(
            f"Some ids in this file are already used by another session ({error}). "
            "Import it with --copy to give it fresh ids; nothing was changed."
        ) from None
    return snapshot


def create_session(repository: SessionRepository, session: Session, segments: list[Segment], clock: Clock) -> str:
    """A new, empty session with its details and agenda, checked and stored in one transaction."""
    cleaned = clean_session(session)
    agenda = [clean_segment(replace(s, session_id=cleaned.id, position=n)) for n, s in enumerate(segments)]
    repository.insert_snapshot(SessionSnapshot(cleaned, (), tuple(agenda), (), ()), now=clock.now().wall)
    return cleaned.id


def import_session_file(
    repository: SessionRepository,
    path: Path,
    clock: Clock,
    *,
    replace: bool = False,
    copy: bool = False,
    merge: bool = False,
) -> tuple[SessionSnapshot, MergeSummary | None]:
    """Import a session file: new, replacing, as a copy, or (``merge``, when the session is here) merged.

    The summary is None unless the file was merged into the session already here.
    """
    document = session_file.read_document(path)
    snapshot = session_file.parse_document(document)
    attendance = session_file.parse_attendance(document)
    versions = read_versions(document)
    if merge and not replace and not copy and repository.exists(snapshot.session.id):
        merged = merge_snapshot(repository, snapshot, versions, clock)
        _store_attendance(repository, snapshot.session.id, attendance, clock, fill_only=True)
        return merged
    stored = store_snapshot(repository, snapshot, clock, replace=replace, copy=copy, versions=versions)
    _store_attendance(repository, stored.session.id, attendance, clock, fill_only=False)
    return stored, None


def _store_attendance(
    repository: SessionRepository, session_id: str, attendance: Attendance | None, clock: Clock, *, fill_only: bool
) -> None:
    """The file's attendance figures; a merge only fills in what this copy does not state."""
    if attendance is None:
        return
    reports = ReportRepository(repository.db)
    if fill_only:
        here = reports.attendance(session_id)
        attendance = Attendance(
            participants_onsite=_first(here.participants_onsite, attendance.participants_onsite),
            participants_online=_first(here.participants_online, attendance.participants_online),
            women=_first(here.women, attendance.women),
            gender_extent=here.gender_extent or attendance.gender_extent,
            gender_summary=here.gender_summary or attendance.gender_summary,
        )
    reports.save_attendance(session_id, attendance, now=clock.now().wall)


def _first(here: int | None, there: int | None) -> int | None:
    return there if here is None else here


def merge_snapshot(
    repository: SessionRepository, incoming: SessionSnapshot, versions: Versions, clock: Clock
) -> tuple[SessionSnapshot, MergeSummary]:
    """Unite the file's copy of a session with the one here, in one transaction (see storage/merge.py)."""
    from moderator_app.storage.merge import merge_snapshots  # only an import merges: not loaded to start
    from moderator_app.storage.merge_store import apply_merge
    from moderator_app.storage.session_limits import check_merged_counts

    session_id = incoming.session.id
    local = repository.load(session_id)
    result = merge_snapshots(local, incoming, load_versions(repository.db, session_id), versions)
    check_merged_counts(result.snapshot)
    try:
        apply_merge(repository.db, result, now=clock.now().wall)
    except sqlite3.IntegrityError as error:
        raise ImportConflictError(
            f"Some ids in this file are already used by another session ({error}). "
            "Import it with --copy to give it fresh ids; nothing was changed."
        ) from None
    return repository.load(session_id), result.summary


def export_file(repository: SessionRepository, session_id: str, target: Path, clock: Clock) -> Path:
    snapshot = repository.load(session_id)
    document = session_file.to_document(snapshot, now=clock.now())
    attendance = session_file.attendance_document(ReportRepository(repository.db).attendance(session_id))
    if attendance is not None:
        document["attendance"] = attendance
    session_file.write_document(annotate_document(document, load_versions(repository.db, session_id)), target)
    return target


def demo_snapshot() -> SessionSnapshot:
    return session_file.parse_document(json.loads(read_text("data", "demo-session.json")))


def ensure_demo(repository: SessionRepository, clock: Clock) -> str:
    """Put the built-in demo session in the data folder if it is not there; return its id."""
    if not repository.exists(DEMO_SESSION_ID):
        store_snapshot(repository, demo_snapshot(), clock)
    return DEMO_SESSION_ID


def with_new_ids(
    snapshot: SessionSnapshot, id_factory: Callable[[], str] = lambda: str(uuid.uuid4())
) -> SessionSnapshot:
    """The same session under fresh ids, so it can sit beside the one it was copied from."""
    mapping: dict[str, str] = {}

    def new(old: str) -> str:
        if old not in mapping:
            mapping[old] = id_factory()
        return mapping[old]

    def new_optional(old: str | None) -> str | None:
        return None if old is None else new(old)

    session_id = new(snapshot.session.id)
    session = replace(
        snapshot.session, id=session_id, current_segment_id=new_optional(snapshot.session.current_segment_id)
    )
    return SessionSnapshot(
        session=session,
        participants=tuple(replace(p, id=new(p.id), session_id=session_id) for p in snapshot.participants),
        segments=tuple(replace(s, id=new(s.id), session_id=session_id) for s in snapshot.segments),
        interventions=tuple(
            replace(
                i,
                id=new(i.id),
                session_id=session_id,
                participant_id=new(i.participant_id),
                segment_id=new_optional(i.segment_id),
            )
            for i in snapshot.interventions
        ),
        queue=tuple(replace(q, id=new(q.id), participant_id=new(q.participant_id)) for q in snapshot.queue),
        remote_queue=tuple(
            replace(q, id=new(q.id), participant_id=new(q.participant_id)) for q in snapshot.remote_queue
        ),
        contingents=snapshot.contingents,
        notes=tuple(
            replace(
                n,
                id=new(n.id),
                session_id=session_id,
                intervention_id=new_optional(n.intervention_id),
                participant_id=new_optional(n.participant_id),
                segment_id=new_optional(n.segment_id),
            )
            for n in snapshot.notes
        ),
    )
