"""The portable session file (JSON) read back: parsed and checked, with errors that say where."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import replace
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from moderator_app.domain import limits
from moderator_app.domain.balance import ReferenceSet
from moderator_app.domain.clock import Instant
from moderator_app.domain.enums import (
    Attendance,
    Gender,
    InterventionKind,
    InterventionState,
    Region,
    Role,
    SessionType,
    StakeholderGroup,
)
from moderator_app.domain.notes import MAX_NOTE, Note, parse_tags
from moderator_app.domain.queue import QueueEntry
from moderator_app.domain.rapporteur import GENDER_EXTENTS
from moderator_app.domain.rapporteur import Attendance as AttendanceFigures
from moderator_app.domain.session import DEFAULT_SUGGESTION_PRIORITIES, MAX_LINE, Participant, Segment, Session
from moderator_app.domain.snapshot import SessionSnapshot
from moderator_app.domain.steering import Contingent, check_priorities
from moderator_app.domain.text import ValidationError, excerpt
from moderator_app.domain.timer import Intervention
from moderator_app.storage.json_fields import FieldReader, SessionFileError
from moderator_app.storage.session_document import FORMAT, VERSION, attendance_document, to_document, write_document
from moderator_app.storage.session_limits import check_counts
from moderator_app.system.resources import regions as bundled_regions

# The writing half lives in storage/session_document.py; its names stay importable from here.
__all__ = [
    "FORMAT",
    "VERSION",
    "SessionFileError",
    "attendance_document",
    "parse_document",
    "read_file",
    "to_document",
    "write_document",
]

MAX_FILE_BYTES = limits.MAX_SESSION_FILE_BYTES


# -- reading -----------------------------------------------------------------------------------
def parse_document(document: Any, *, regions: Mapping[str, Region] | None = None) -> SessionSnapshot:
    """Check a decoded session file and build a snapshot; raise SessionFileError on any problem.

    A participant without a region gets the one of their country (from ``regions``, by
    default the bundled table), as if they had been typed into the participant form.
    """
    if regions is None:
        regions = bundled_regions()
    top = FieldReader(document, "file")
    if top.raw("format") != FORMAT:
        raise SessionFileError(
            f'This is not a moderator-app session file (its "format" is {excerpt(top.raw("format"))}, '
            f"expected {FORMAT!r})."
        )
    version = top.raw("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise top.fail("version", "is missing or not a whole number.")
    if version < 1:
        raise SessionFileError(
            f"This session file says it has version {excerpt(version)}; session files start at version 1, "
            "so it was not written by moderator-app."
        )
    if version > VERSION:
        raise SessionFileError(
            f"This session file has version {excerpt(version)}, written by a newer moderator-app; "
            f"this version reads up to {VERSION}. Update the app to import it."
        )
    check_counts(top)
    s = FieldReader(top.raw("session", required=True), "session")
    session_id = s.text("id", required=True, maximum=100)
    raw_date = s.raw("date")
    try:
        session_date = date.fromisoformat(raw_date) if raw_date else None
    except (TypeError, ValueError):
        raise s.fail("date", f"'{excerpt(raw_date)}' is not a date in the form YYYY-MM-DD.") from None
    if session_date is not None and not limits.year_in_range(session_date.year):
        raise s.fail("date", limits.year_outside(session_date.year))
    raw_time = s.raw("start_time")
    try:
        start_time = time.fromisoformat(raw_time) if raw_time else None
    except (TypeError, ValueError):
        raise s.fail("start_time", f"'{excerpt(raw_time)}' is not a time in the form HH:MM.") from None
    live = FieldReader(s.raw("live") or {}, "session.live")
    started = live.instant("started")
    started_at = s.when("started_at")
    if started is None and started_at is not None:
        started = Instant(0.0, started_at, "")
    session = Session(
        id=session_id,
        title=s.text("title", required=True),
        date=session_date,
        start_time=start_time,
        timezone=s.text("timezone", maximum=64),
        venue=s.text("venue"),
        format=s.text("format", maximum=100),
        planned_minutes=s.integer("planned_minutes", low=1, high=1440),
        description=s.text("description", maximum=20_000, block=True),
        tags=tuple(s.strings("tags", maximum=MAX_LINE)),
        organisers=tuple(s.strings("organisers", maximum=MAX_LINE)),
        event=s.text("event", maximum=200),
        session_code=s.text("session_code", maximum=100),
        session_type=s.enum("session_type", SessionType),
        default_allotted_seconds=s.integer("default_allotted_seconds", low=10, high=3600) or 180,
        warning_seconds=_or(s.integer("warning_seconds", low=0, high=600), 30),
        started=started,
        ended_at=s.when("ended_at"),
        current_segment_id=s.text("current_segment_id", maximum=100) or None,
        segment_started=live.instant("segment_started"),
    )
    balance = FieldReader(top.raw("balance") or {}, "balance")
    reference = balance.enum("reference", ReferenceSet) or ReferenceSet.SPEAKERS
    priorities_raw = balance.raw("suggestion_priorities")
    try:
        priorities = (
            check_priorities(balance.strings("suggestion_priorities"))
            if priorities_raw is not None
            else DEFAULT_SUGGESTION_PRIORITIES
        )
    except ValidationError as error:
        raise balance.fail("suggestion_priorities", str(error)) from None
    session = replace(session, balance_reference=reference.value, suggestion_priorities=priorities)
    contingents = []
    for c in balance.objects("contingents", maximum=len(StakeholderGroup), what="contingents"):
        group = c.enum("stakeholder_group", StakeholderGroup, required=True)
        assert group is not None
        contingents.append(
            Contingent(
                group,
                _or(c.integer("budget_seconds", low=0, high=24 * 3600, required=True), 0),
                _or(c.integer("added_seconds", low=-24 * 3600, high=24 * 3600), 0),
            )
        )
    if len({c.stakeholder_group for c in contingents}) != len(contingents):
        raise balance.fail("contingents", "a stakeholder group has more than one contingent.")

    participants = []
    for p in top.objects("participants"):
        roles = []
        for index, role in enumerate(p.strings("roles")):
            try:
                roles.append(Role(role))
            except ValueError:
                allowed = ", ".join(member.value for member in Role)
                raise p.fail(f"roles[{index}]", f"'{role}' is not one of: {allowed}.") from None
        country = p.text("country", maximum=100).upper()
        if country and not (country.isascii() and country.isalpha() and len(country) == 2):
            raise p.fail("country", f"'{country}' is not a two-letter ISO 3166-1 code.")
        participants.append(
            Participant(
                id=p.text("id", required=True, maximum=100),
                session_id=session_id,
                name=p.text("name", required=True, maximum=300),
                affiliation=p.text("affiliation"),
                stakeholder_group=p.enum("stakeholder_group", StakeholderGroup),
                gender=p.enum("gender", Gender),
                country=country,
                region=p.enum("region", Region) or (regions.get(country) if country else None),
                roles=tuple(dict.fromkeys(roles)) or (Role.PARTICIPANT,),
                attendance=p.enum("attendance", Attendance) or Attendance.ONSITE,
            )
        )
    segments = [
        Segment(
            id=g.text("id", required=True, maximum=100),
            session_id=session_id,
            title=g.text("title", required=True),
            planned_minutes=g.integer("planned_minutes", low=0, high=1440),
            position=_or(g.integer("position", low=0, high=10_000), index),
            default_allotted_seconds=g.integer("default_allotted_seconds", low=10, high=3600),
            remote_queue=g.boolean("remote_queue"),
        )
        for index, g in enumerate(top.objects("segments"))
    ]
    interventions = [_intervention(i, session_id) for i in top.objects("interventions")]
    fallback_time = session_added_at(interventions, started_at)
    queue = _queue(top, "queue", fallback_time)
    remote_queue = _queue(top, "remote_queue", fallback_time)
    notes = []
    for n in top.objects("notes"):
        try:
            tags = parse_tags(n.strings("tags"))
        except ValidationError as error:
            raise n.fail("tags", str(error)) from None
        created_at = n.when("created_at", required=True)
        assert created_at is not None
        notes.append(
            Note(
                id=n.text("id", required=True, maximum=100),
                session_id=session_id,
                created_at=created_at,
                text=n.text("text", required=True, maximum=MAX_NOTE, block=True),
                tags=tags,
                intervention_id=n.text("intervention_id", maximum=100) or None,
                participant_id=n.text("participant_id", maximum=100) or None,
                segment_id=n.text("segment_id", maximum=100) or None,
            )
        )
    snapshot = SessionSnapshot(
        session,
        tuple(participants),
        tuple(segments),
        tuple(interventions),
        queue,
        tuple(contingents),
        tuple(notes),
        remote_queue,
    )
    _check_references(snapshot)
    return snapshot


def _queue(top: FieldReader, key: str, fallback_time: datetime) -> tuple[QueueEntry, ...]:
    """One queue channel in its stored order; platform and text are optional (the main queue
    of files written before remote participation has neither)."""
    readers = top.objects(key)
    readers.sort(key=lambda q: q.integer("position", low=0, high=1_000_000) or 0)
    return tuple(
        QueueEntry(
            id=q.text("id", required=True, maximum=100),
            participant_id=q.text("participant_id", required=True, maximum=100),
            kind=q.enum("kind", InterventionKind) or InterventionKind.INTERVENTION,
            added_at=q.when("added_at") or fallback_time,
            platform=q.text("platform", maximum=100),
            text=q.text("text", maximum=MAX_NOTE, block=True),
        )
        for q in readers
    )


def _or(value: int | None, default: int) -> int:
    return default if value is None else value


def session_added_at(interventions: list[Intervention], started_at: datetime | None) -> datetime:
    # A queue entry without a time: pretend it was added when the session began, or at the epoch.
    if started_at is not None:
        return started_at
    if interventions:
        return interventions[0].started_at
    return datetime.fromisoformat("1970-01-01T00:00:00+00:00")


def _intervention(i: FieldReader, session_id: str) -> Intervention:
    live = FieldReader(i.raw("live") or {}, f"{i.where}.live")
    started_at = i.when("started_at", required=True)
    ended_at = i.when("ended_at")
    assert started_at is not None
    state = live.enum("state", InterventionState) or (InterventionState.ENDED if ended_at else InterventionState.PAUSED)
    if state is InterventionState.ENDED and ended_at is None:
        raise i.fail("ended_at", "is missing for an intervention that has ended.")
    if state is not InterventionState.ENDED and ended_at is not None:
        raise i.fail("ended_at", f"is set, but live.state says the intervention is {state.value}; it cannot be both.")
    anchor = live.instant("anchor")
    if state is not InterventionState.ENDED and anchor is None:
        # Written by another tool without live state: keep the recorded totals, paused and
        # frozen (no anchor), so nothing accrues until the moderator resumes it.
        state = InterventionState.PAUSED
    speaking = i.number("speaking_seconds")
    paused = i.number("paused_seconds")
    return Intervention(
        id=i.text("id", required=True, maximum=100),
        session_id=session_id,
        participant_id=i.text("participant_id", required=True, maximum=100),
        segment_id=i.text("segment_id", maximum=100) or None,
        kind=i.enum("kind", InterventionKind) or InterventionKind.INTERVENTION,
        allotted_seconds=i.integer("allotted_seconds", low=0, high=4 * 3600),
        started_at=started_at,
        state=state,
        anchor=anchor if state is not InterventionState.ENDED else None,
        banked_speaking_seconds=live.number("banked_speaking_seconds", default=speaking)
        if live.raw("banked_speaking_seconds") is not None
        else speaking,
        banked_paused_seconds=live.number("banked_paused_seconds", default=paused)
        if live.raw("banked_paused_seconds") is not None
        else paused,
        pause_count=_or(i.integer("pause_count", low=0, high=1_000_000), 0),
        ended_at=ended_at,
    )


def _check_references(snapshot: SessionSnapshot) -> None:
    def unique(label: str, ids: list[str]) -> set[str]:
        seen: set[str] = set()
        for item in ids:
            if item in seen:
                raise SessionFileError(f"{label}: the id '{item}' appears twice; ids must be unique.")
            seen.add(item)
        return seen

    people = unique("participants", [p.id for p in snapshot.participants])
    segments = unique("segments", [s.id for s in snapshot.segments])
    unique("interventions", [i.id for i in snapshot.interventions])
    # One id per request across both channels: an entry moves from one to the other, never copied.
    unique("queue and remote_queue", [q.id for q in (*snapshot.queue, *snapshot.remote_queue)])
    for index, i in enumerate(snapshot.interventions):
        if i.participant_id not in people:
            raise SessionFileError(
                f"interventions[{index}].participant_id: no participant has the id '{i.participant_id}'."
            )
        if i.segment_id is not None and i.segment_id not in segments:
            raise SessionFileError(f"interventions[{index}].segment_id: no segment has the id '{i.segment_id}'.")
    turns = {i.id for i in snapshot.interventions}
    unique("notes", [n.id for n in snapshot.notes])
    for index, note in enumerate(snapshot.notes):
        for field, value, known in (
            ("intervention_id", note.intervention_id, turns),
            ("participant_id", note.participant_id, people),
            ("segment_id", note.segment_id, segments),
        ):
            if value is not None and value not in known:
                raise SessionFileError(f"notes[{index}].{field}: nothing in this file has the id '{value}'.")
    open_ones = [i for i in snapshot.interventions if i.is_open]
    if len(open_ones) > 1:
        raise SessionFileError("interventions: more than one intervention is still open; at most one can be.")
    for key, entries in (("queue", snapshot.queue), ("remote_queue", snapshot.remote_queue)):
        for index, q in enumerate(entries):
            if q.participant_id not in people:
                raise SessionFileError(
                    f"{key}[{index}].participant_id: no participant has the id '{q.participant_id}'."
                )
    current = snapshot.session.current_segment_id
    if current is not None and current not in segments:
        raise SessionFileError(f"session.current_segment_id: no segment has the id '{current}'.")


def _reject_constant(name: str) -> float:
    # Python's json accepts NaN and Infinity, which JSON itself does not; they are no time.
    raise ValueError(f"{name} is not a number JSON allows; use a plain number.")


def read_file(path: Path) -> SessionSnapshot:
    """Read and check a session file from disk."""
    return parse_document(read_document(path))


def _too_big(path: Path) -> SessionFileError:
    return SessionFileError(
        f"{path.name} is larger than {MAX_FILE_BYTES // (1024 * 1024)} MiB, the most a session file can be; "
        "it cannot be a session exported by moderator-app."
    )


def read_document(path: Path) -> Any:
    """The decoded JSON of a session file, not yet checked (parse_document does that).

    At most MAX_FILE_BYTES are ever read into memory: a bigger file is refused before it is parsed.
    """
    path = Path(path)
    try:
        # The size on disk refuses a big file at once; the bounded read also stops one that grows
        # or does not say its size (a pipe, a device).
        if path.stat().st_size > MAX_FILE_BYTES:
            raise _too_big(path)
        with path.open("rb") as stream:
            raw = stream.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise SessionFileError(f"There is no file at {path}.") from None
    except IsADirectoryError:
        raise SessionFileError(f"{path} is a folder; give the path of a session file (.json).") from None
    except OSError as error:
        raise SessionFileError(f"Cannot read {path}: {error.strerror}.") from None
    if len(raw) > MAX_FILE_BYTES:
        raise _too_big(path)
    try:
        document = json.loads(raw.decode("utf-8-sig"), parse_constant=_reject_constant)
    except UnicodeDecodeError:
        raise SessionFileError(f"{path.name} is not UTF-8 text, so it is not a session file.") from None
    except RecursionError:
        raise SessionFileError(
            f"{path.name} nests lists or objects thousands of levels deep; it is not a session file."
        ) from None
    except ValueError as error:
        if not isinstance(error, json.JSONDecodeError):
            raise SessionFileError(f"{path.name} is not valid JSON: {error}") from None
        raise SessionFileError(
            f"{path.name} is not valid JSON (line {error.lineno}, column {error.colno}: {error.msg})."
        ) from None
    return document


#: The largest head count a session file may state: more than any IGF has gathered.
MAX_HEAD_COUNT = 1_000_000


def parse_attendance(document: Any) -> AttendanceFigures | None:
    """The file's ``attendance`` object, checked; None when the file has none. Raises SessionFileError."""
    raw = document.get("attendance") if isinstance(document, dict) else None
    if raw is None:
        return None
    if not isinstance(raw, dict):
        raise SessionFileError("attendance: expected an object with participants_onsite, participants_online, women.")
    a = FieldReader(raw, "attendance")
    extent = a.text("gender_extent", maximum=20)
    if extent not in GENDER_EXTENTS:
        raise a.fail(
            "gender_extent", f"'{excerpt(extent)}' is not one of: {', '.join(e for e in GENDER_EXTENTS if e)}."
        )
    return AttendanceFigures(
        participants_onsite=a.integer("participants_onsite", low=0, high=MAX_HEAD_COUNT),
        participants_online=a.integer("participants_online", low=0, high=MAX_HEAD_COUNT),
        women=a.integer("women", low=0, high=MAX_HEAD_COUNT),
        gender_extent=extent,
        gender_summary=a.text("gender_summary", maximum=20_000, block=True),
    )
