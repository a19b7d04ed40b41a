"""Translatable display names for the app's identifiers (kept in one place so every view agrees)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from moderator_app.domain.balance import Dimension
from moderator_app.domain.enums import (
    Attendance,
    Gender,
    InterventionKind,
    Phase,
    Region,
    Role,
    SessionType,
    StakeholderGroup,
)
from moderator_app.domain.notes import NoteTag
from moderator_app.domain.text import isolate

# Written out as translate(context, text) at each call so lupdate can extract the strings.
translate = QCoreApplication.translate


def stakeholder_group(value: StakeholderGroup | None) -> str:
    if value is None:
        return translate("labels", "Not stated")
    return {
        StakeholderGroup.GOVERNMENT: translate("labels", "Government"),
        StakeholderGroup.CIVIL_SOCIETY: translate("labels", "Civil society"),
        StakeholderGroup.PRIVATE_SECTOR: translate("labels", "Private sector"),
        StakeholderGroup.TECHNICAL_COMMUNITY: translate("labels", "Technical community"),
        StakeholderGroup.INTERGOVERNMENTAL_ORGANIZATION: translate("labels", "Intergovernmental organisation"),
        StakeholderGroup.ACADEMIA: translate("labels", "Academia"),
        StakeholderGroup.MEDIA: translate("labels", "Media"),
        StakeholderGroup.OTHER: translate("labels", "Other"),
    }[value]


def gender(value: Gender | None) -> str:
    if value is None:
        return translate("labels", "Not stated")
    return {
        Gender.WOMAN: translate("labels", "Woman"),
        Gender.MAN: translate("labels", "Man"),
        Gender.NON_BINARY: translate("labels", "Non-binary"),
        Gender.OTHER: translate("labels", "Other"),
        Gender.UNDISCLOSED: translate("labels", "Prefers not to say"),
    }[value]


def region(value: Region | None) -> str:
    if value is None:
        return translate("labels", "Not stated")
    return {
        Region.AFRICAN: translate("labels", "African Group"),
        Region.ASIA_PACIFIC: translate("labels", "Asia-Pacific Group"),
        Region.EASTERN_EUROPEAN: translate("labels", "Eastern European Group"),
        Region.GRULAC: translate("labels", "Latin America and Caribbean (GRULAC)"),
        Region.WEOG: translate("labels", "Western European and Others (WEOG)"),
    }[value]


def role(value: Role) -> str:
    return {
        Role.SPEAKER: translate("labels", "Speaker"),
        Role.MODERATOR: translate("labels", "Moderator"),
        Role.ONLINE_MODERATOR: translate("labels", "Online moderator"),
        Role.RAPPORTEUR: translate("labels", "Rapporteur"),
        Role.ORGANIZER: translate("labels", "Organiser"),
        Role.PARTICIPANT: translate("labels", "Participant"),
    }[value]


def session_type(value: SessionType | None) -> str:
    if value is None:
        return translate("labels", "Not stated")
    return {
        SessionType.WORKSHOP: translate("labels", "Workshop"),
        SessionType.OPEN_FORUM: translate("labels", "Open forum"),
        SessionType.DAY_0_EVENT: translate("labels", "Day 0 event"),
        SessionType.LIGHTNING_TALK: translate("labels", "Lightning talk"),
        SessionType.TOWN_HALL: translate("labels", "Town hall"),
        SessionType.BEST_PRACTICE_FORUM: translate("labels", "Best practice forum"),
        SessionType.DYNAMIC_COALITION: translate("labels", "Dynamic coalition"),
        SessionType.NETWORKING_SESSION: translate("labels", "Networking session"),
        SessionType.MAIN_SESSION: translate("labels", "Main session"),
        SessionType.OTHER: translate("labels", "Other session type"),
    }[value]


def attendance(value: Attendance) -> str:
    return {Attendance.ONSITE: translate("labels", "Onsite"), Attendance.REMOTE: translate("labels", "Remote")}[value]


def kind(value: InterventionKind) -> str:
    return {
        InterventionKind.OPENING_STATEMENT: translate("labels", "Opening statement"),
        InterventionKind.INTERVENTION: translate("labels", "Intervention"),
        InterventionKind.QUESTION: translate("labels", "Question"),
        InterventionKind.ANSWER: translate("labels", "Answer"),
        InterventionKind.REPLY: translate("labels", "Direct reply"),
        InterventionKind.POINT_OF_ORDER: translate("labels", "Point of order"),
    }[value]


def note_tag(value: NoteTag) -> str:
    return {
        NoteTag.KEY_ISSUE: translate("labels", "Key issue"),
        NoteTag.RECOMMENDATION: translate("labels", "Recommendation"),
        NoteTag.AGREEMENT: translate("labels", "Agreement"),
        NoteTag.DISAGREEMENT: translate("labels", "Disagreement"),
        NoteTag.QUESTION: translate("labels", "Question"),
        NoteTag.ACTION: translate("labels", "Action / way forward"),
        NoteTag.QUOTE: translate("labels", "Quote"),
        NoteTag.GENDER: translate("labels", "Gender / inclusion"),
        NoteTag.BEST_PRACTICE: translate("labels", "Best practice"),
    }[value]


def phase(value: Phase, *, running: bool) -> tuple[str, str]:
    """The phase in words and a shape, so colour is never the only signal."""
    if value is Phase.IDLE:
        return "○", translate("labels", "Nobody has the floor")
    words = {
        Phase.NORMAL: translate("labels", "On time"),
        Phase.WARNING: translate("labels", "Wrap up"),
        Phase.OVERTIME: translate("labels", "Over time"),
    }[value]
    if not running:
        return "❚❚", translate("labels", "Paused") + " · " + words
    return {Phase.NORMAL: "●", Phase.WARNING: "▲", Phase.OVERTIME: "■"}[value], words


def identifier_label(key: str) -> str:
    """The translated name of any group identifier used by the balance ('unknown' is 'Not stated')."""
    readers: tuple[Callable[[str], str], ...] = (
        lambda value: stakeholder_group(StakeholderGroup(value)),
        lambda value: gender(Gender(value)),
        lambda value: region(Region(value)),
        lambda value: attendance(Attendance(value)),
    )
    for read in readers:
        try:
            return read(key)
        except ValueError:  # not a value of this enum: try the next
            continue
    return translate("labels", "Not stated")


def person(name: str, limit: int = 48) -> str:
    """A name to put inside a sentence: shortened if very long, and isolated so right-to-left
    names cannot reorder the words and numbers around them."""
    short = name if len(name) <= limit else name[: limit - 1].rstrip() + "…"
    return isolate(short)


@dataclass(frozen=True, slots=True)
class DimensionTitles:
    """What the window calls a balance dimension, by where it is shown."""

    #: The Balance panel's tab: short, several side by side.
    tab: str
    #: A heading or table that stands alone (Event statistics).
    heading: str
    #: A check box in Preferences, with its accelerator.
    choice: str
    #: A steering priority in Balance settings; the person is none.
    priority: str | None


def dimension_titles(dimension: Dimension) -> DimensionTitles:
    """The one place the window names a dimension (a new dimension is one more entry here).

    The contexts are those of the views the words first appeared in, so their translations stay.
    """
    return {
        Dimension.PARTICIPANT: DimensionTitles(
            translate("BalancePanel", "Person"),
            translate("BalancePanel", "Person"),
            translate("PreferencesDialog", "&Person"),
            None,
        ),
        Dimension.STAKEHOLDER_GROUP: DimensionTitles(
            translate("BalancePanel", "Group"),
            translate("EventStatsDialog", "Stakeholder group"),
            translate("PreferencesDialog", "Stakeholder &group"),
            translate("BalanceSettingsDialog", "Under-represented stakeholder groups"),
        ),
        Dimension.GENDER: DimensionTitles(
            translate("BalancePanel", "Gender"),
            translate("EventStatsDialog", "Gender"),
            translate("PreferencesDialog", "G&ender"),
            translate("BalanceSettingsDialog", "Under-represented genders"),
        ),
        Dimension.REGION: DimensionTitles(
            translate("BalancePanel", "Region"),
            translate("EventStatsDialog", "UN regional group"),
            translate("PreferencesDialog", "UN &regional group"),
            translate("BalanceSettingsDialog", "Under-represented UN regional groups"),
        ),
        Dimension.ATTENDANCE: DimensionTitles(
            translate("BalancePanel", "On/remote"),
            translate("EventStatsDialog", "Attendance"),
            translate("PreferencesDialog", "&Onsite or remote"),
            translate("BalanceSettingsDialog", "Onsite or remote, whichever is under-represented"),
        ),
    }[dimension]
