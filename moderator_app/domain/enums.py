"""Identifiers used across the app, the database and the session file."""

from __future__ import annotations

from enum import StrEnum


class StakeholderGroup(StrEnum):
    """The IGF stakeholder groups (plus academia, media and other)."""

    GOVERNMENT = "government"
    CIVIL_SOCIETY = "civil_society"
    PRIVATE_SECTOR = "private_sector"
    TECHNICAL_COMMUNITY = "technical_community"
    INTERGOVERNMENTAL_ORGANIZATION = "intergovernmental_organization"
    ACADEMIA = "academia"
    MEDIA = "media"
    OTHER = "other"


class Gender(StrEnum):
    """Gender as the participant states it; never guessed."""

    WOMAN = "woman"
    MAN = "man"
    NON_BINARY = "non_binary"
    OTHER = "other"
    UNDISCLOSED = "undisclosed"


class Region(StrEnum):
    """The five UN regional groups."""

    AFRICAN = "african"
    ASIA_PACIFIC = "asia_pacific"
    EASTERN_EUROPEAN = "eastern_european"
    GRULAC = "grulac"
    WEOG = "weog"


class Role(StrEnum):
    """What a person does in the session; one person can have several roles."""

    SPEAKER = "speaker"
    MODERATOR = "moderator"
    ONLINE_MODERATOR = "online_moderator"
    RAPPORTEUR = "rapporteur"
    ORGANIZER = "organizer"
    PARTICIPANT = "participant"


class SessionType(StrEnum):
    """The kind of IGF session, apart from its format (round table, panel…): the programme's categories."""

    WORKSHOP = "workshop"
    OPEN_FORUM = "open_forum"
    DAY_0_EVENT = "day_0_event"
    LIGHTNING_TALK = "lightning_talk"
    TOWN_HALL = "town_hall"
    BEST_PRACTICE_FORUM = "best_practice_forum"
    DYNAMIC_COALITION = "dynamic_coalition"
    NETWORKING_SESSION = "networking_session"
    MAIN_SESSION = "main_session"
    OTHER = "other"


class Attendance(StrEnum):
    """In the room or online."""

    ONSITE = "onsite"
    REMOTE = "remote"


class InterventionKind(StrEnum):
    """What kind of turn at the floor an intervention is."""

    OPENING_STATEMENT = "opening_statement"
    INTERVENTION = "intervention"
    QUESTION = "question"
    ANSWER = "answer"
    REPLY = "reply"
    POINT_OF_ORDER = "point_of_order"


class InterventionState(StrEnum):
    """Where an intervention is in its life."""

    RUNNING = "running"
    PAUSED = "paused"
    ENDED = "ended"


class Phase(StrEnum):
    """Where an intervention stands against its allotted time."""

    IDLE = "idle"
    NORMAL = "normal"
    WARNING = "warning"
    OVERTIME = "overtime"


#: Kinds that jump to the head of the queue.
PRIORITY_KINDS = frozenset({InterventionKind.POINT_OF_ORDER, InterventionKind.REPLY})
