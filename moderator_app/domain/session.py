"""Sessions, participants and agenda segments, with the rules that keep them valid."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time
from enum import StrEnum
from typing import TypeVar

from moderator_app.domain.clock import Instant
from moderator_app.domain.enums import Attendance, Gender, Region, Role, SessionType, StakeholderGroup
from moderator_app.domain.limits import check_date
from moderator_app.domain.text import ValidationError, clean_block, clean_line, require_length

_E = TypeVar("_E", bound=StrEnum)

MAX_NAME = 300
MAX_LINE = 500
MAX_DESCRIPTION = 20_000
DEFAULT_ALLOTTED_SECONDS = 180
DEFAULT_REFERENCE = "speakers"
DEFAULT_SUGGESTION_PRIORITIES: tuple[str, ...] = ("not_yet_spoken", "stakeholder_group", "gender")
DEFAULT_WARNING_SECONDS = 30
MAX_EVENT = 200
MAX_SESSION_CODE = 100


@dataclass(frozen=True, slots=True)
class Session:
    """A session's details, its balance settings, and its live state (started, current segment)."""

    id: str
    title: str
    date: date | None = None
    start_time: time | None = None
    timezone: str = ""
    venue: str = ""
    format: str = ""
    planned_minutes: int | None = None
    description: str = ""
    tags: tuple[str, ...] = ()
    organisers: tuple[str, ...] = ()
    #: The programme's code for the session ("WS #289", "Open Forum #27", "Day 0 Event #95").
    session_code: str = ""
    #: Workshop, open forum, day 0 event…: what kind of session, apart from its format.
    session_type: SessionType | None = None
    #: The event the session belongs to (e.g. "IGF 2017"): statistics add up its sessions.
    event: str = ""
    default_allotted_seconds: int = DEFAULT_ALLOTTED_SECONDS
    warning_seconds: int = DEFAULT_WARNING_SECONDS
    # How the balance panel compares time with presence, and what steers the suggestion.
    balance_reference: str = DEFAULT_REFERENCE
    suggestion_priorities: tuple[str, ...] = DEFAULT_SUGGESTION_PRIORITIES
    # Live state: when the session began and which agenda segment is on.
    started: Instant | None = None
    ended_at: datetime | None = None
    current_segment_id: str | None = None
    segment_started: Instant | None = None


@dataclass(frozen=True, slots=True)
class Participant:
    """Someone on the roster; only the name is required."""

    id: str
    session_id: str
    name: str
    affiliation: str = ""
    stakeholder_group: StakeholderGroup | None = None
    gender: Gender | None = None
    country: str = ""
    region: Region | None = None
    roles: tuple[Role, ...] = (Role.PARTICIPANT,)
    attendance: Attendance = Attendance.ONSITE


@dataclass(frozen=True, slots=True)
class Segment:
    """A part of the agenda with its planned minutes and, optionally, its own speaking time per turn."""

    id: str
    session_id: str
    title: str
    planned_minutes: int | None = None
    position: int = 0
    default_allotted_seconds: int | None = None
    #: In this segment the next speaker comes from the remote queue (the remote participants' segment).
    remote_queue: bool = False


@dataclass(frozen=True, slots=True)
class ParticipantDraft:
    """What a user typed in the participant form, before it becomes a Participant."""

    name: str
    affiliation: str = ""
    stakeholder_group: str | None = None
    gender: str | None = None
    country: str = ""
    roles: tuple[str, ...] = (Role.PARTICIPANT.value,)
    attendance: str = Attendance.ONSITE.value
    #: A UN regional group stated without a country (an IGF page's "African Group"); a country's own wins.
    region: str | None = None


def _enum_or_none(enum_type: type[_E], label: str, value: str | None) -> _E | None:
    if value is None or value == "":
        return None
    try:
        return enum_type(value)
    except ValueError:
        allowed = ", ".join(member.value for member in enum_type)
        raise ValidationError(
            "{label} '{value}' is not known; use one of: {allowed}.", label=label, value=value, allowed=allowed
        ) from None


def build_participant(
    draft: ParticipantDraft,
    *,
    participant_id: str,
    session_id: str,
    regions: Mapping[str, Region],
) -> Participant:
    """Validate a draft; the UN regional group comes from the country, else from the region the draft states."""
    name = require_length("Name", clean_line(draft.name), MAX_NAME, required=True)
    affiliation = require_length("Affiliation", clean_line(draft.affiliation), MAX_LINE)
    country = clean_line(draft.country).upper()
    if country and (len(country) != 2 or not country.isascii() or not country.isalpha()):
        raise ValidationError(
            "Country '{value}' is not a two-letter ISO 3166-1 code (for example CH, BR, KE).", value=country
        )
    roles: list[Role] = []
    for raw in draft.roles:
        try:
            role = Role(raw)
        except ValueError:
            allowed = ", ".join(member.value for member in Role)
            raise ValidationError(
                "Role '{value}' is not known; use one of: {allowed}.", value=raw, allowed=allowed
            ) from None
        if role not in roles:
            roles.append(role)
    attendance = _enum_or_none(Attendance, "Attendance", draft.attendance) or Attendance.ONSITE
    stated_region = _enum_or_none(Region, "Regional group", draft.region)
    return Participant(
        id=participant_id,
        session_id=session_id,
        name=name,
        affiliation=affiliation,
        stakeholder_group=_enum_or_none(StakeholderGroup, "Stakeholder group", draft.stakeholder_group),
        gender=_enum_or_none(Gender, "Gender", draft.gender),
        country=country,
        region=(regions.get(country) if country else None) or stated_region,
        roles=tuple(roles) or (Role.PARTICIPANT,),
        attendance=attendance,
    )


def draft_from(participant: Participant) -> ParticipantDraft:
    return ParticipantDraft(
        name=participant.name,
        affiliation=participant.affiliation,
        stakeholder_group=participant.stakeholder_group.value if participant.stakeholder_group else None,
        gender=participant.gender.value if participant.gender else None,
        country=participant.country,
        roles=tuple(role.value for role in participant.roles),
        attendance=participant.attendance.value,
        region=participant.region.value if participant.region else None,
    )


def clean_session(session: Session) -> Session:
    """Normalise and check the editable fields of a session."""
    title = require_length("Title", clean_line(session.title), MAX_LINE, required=True)
    venue = require_length("Venue", clean_line(session.venue), MAX_LINE)
    fmt = require_length("Format", clean_line(session.format), 100)
    timezone = require_length("Time zone", clean_line(session.timezone), 64)
    event = require_length("Event", clean_line(session.event), MAX_EVENT)
    session_code = require_length("Session code", clean_line(session.session_code), MAX_SESSION_CODE)
    description = require_length("Description", clean_block(session.description), MAX_DESCRIPTION)
    if session.planned_minutes is not None and not 1 <= session.planned_minutes <= 24 * 60:
        raise ValidationError("Planned duration must be between 1 and 1440 minutes.")
    if not 10 <= session.default_allotted_seconds <= 3600:
        raise ValidationError("Default speaking time must be between 10 seconds and 60 minutes.")
    if not 0 <= session.warning_seconds <= 600:
        raise ValidationError("Warning time must be between 0 and 600 seconds.")
    check_date("Date", session.date)
    return replace(
        session,
        title=title,
        venue=venue,
        format=fmt,
        timezone=timezone,
        event=event,
        session_code=session_code,
        description=description,
        tags=_clean_list("Tag", session.tags),
        organisers=_clean_list("Organiser", session.organisers),
    )


def _clean_list(label: str, values: Iterable[str]) -> tuple[str, ...]:
    seen: list[str] = []
    for value in values:
        cleaned = require_length(label, clean_line(value), MAX_LINE)
        if cleaned and cleaned not in seen:
            seen.append(cleaned)
    return tuple(seen)


def clean_segment(segment: Segment) -> Segment:
    title = require_length("Segment title", clean_line(segment.title), MAX_LINE, required=True)
    if segment.planned_minutes is not None and not 0 <= segment.planned_minutes <= 24 * 60:
        raise ValidationError("A segment's planned minutes must be between 0 and 1440.")
    if segment.default_allotted_seconds is not None and not 10 <= segment.default_allotted_seconds <= 3600:
        raise ValidationError("A segment's speaking time must be between 10 seconds and 60 minutes.")
    return replace(segment, title=title)


@dataclass(frozen=True, slots=True)
class AgendaProgress:
    """Where the session stands on its agenda at one instant."""

    session_elapsed_seconds: float
    planned_seconds: float | None
    segment: Segment | None
    segment_elapsed_seconds: float
    segment_remaining_seconds: float | None
    next_segment: Segment | None = field(default=None)
