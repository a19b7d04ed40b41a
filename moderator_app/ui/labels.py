"""Translatable display names for the app's identifiers (kept in one place so every view agrees)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from moderator_app.domain.enums import (
    Attendance,
    Gender,
    InterventionKind,
    Phase,
    Region,
    Role,
    StakeholderGroup,
)
from moderator_app.domain.notes import NoteTag
from moderator_app.domain.text import isolate


def _t(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def stakeholder_group(value: StakeholderGroup | None) -> str:
    if value is None:
        return _t("Not stated")
    return {
        StakeholderGroup.GOVERNMENT: _t("Government"),
        StakeholderGroup.CIVIL_SOCIETY: _t("Civil society"),
        StakeholderGroup.PRIVATE_SECTOR: _t("Private sector"),
        StakeholderGroup.TECHNICAL_COMMUNITY: _t("Technical community"),
        StakeholderGroup.INTERGOVERNMENTAL_ORGANIZATION: _t("Intergovernmental organisation"),
        StakeholderGroup.ACADEMIA: _t("Academia"),
        StakeholderGroup.MEDIA: _t("Media"),
        StakeholderGroup.OTHER: _t("Other"),
    }[value]


def gender(value: Gender | None) -> str:
    if value is None:
        return _t("Not stated")
    return {
        Gender.WOMAN: _t("Woman"),
        Gender.MAN: _t("Man"),
        Gender.NON_BINARY: _t("Non-binary"),
        Gender.OTHER: _t("Other"),
        Gender.UNDISCLOSED: _t("Prefers not to say"),
    }[value]


def region(value: Region | None) -> str:
    if value is None:
        return _t("Not stated")
    return {
        Region.AFRICAN: _t("African Group"),
        Region.ASIA_PACIFIC: _t("Asia-Pacific Group"),
        Region.EASTERN_EUROPEAN: _t("Eastern European Group"),
        Region.GRULAC: _t("Latin America and Caribbean (GRULAC)"),
        Region.WEOG: _t("Western European and Others (WEOG)"),
    }[value]


def role(value: Role) -> str:
    return {
        Role.SPEAKER: _t("Speaker"),
        Role.MODERATOR: _t("Moderator"),
        Role.ONLINE_MODERATOR: _t("Online moderator"),
        Role.RAPPORTEUR: _t("Rapporteur"),
        Role.ORGANIZER: _t("Organiser"),
        Role.PARTICIPANT: _t("Participant"),
    }[value]


def attendance(value: Attendance) -> str:
    return {Attendance.ONSITE: _t("Onsite"), Attendance.REMOTE: _t("Remote")}[value]


def kind(value: InterventionKind) -> str:
    return {
        InterventionKind.OPENING_STATEMENT: _t("Opening statement"),
        InterventionKind.INTERVENTION: _t("Intervention"),
        InterventionKind.QUESTION: _t("Question"),
        InterventionKind.ANSWER: _t("Answer"),
        InterventionKind.REPLY: _t("Direct reply"),
        InterventionKind.POINT_OF_ORDER: _t("Point of order"),
    }[value]


def note_tag(value: NoteTag) -> str:
    return {
        NoteTag.KEY_ISSUE: _t("Key issue"),
        NoteTag.RECOMMENDATION: _t("Recommendation"),
        NoteTag.AGREEMENT: _t("Agreement"),
        NoteTag.DISAGREEMENT: _t("Disagreement"),
        NoteTag.QUESTION: _t("Question"),
        NoteTag.ACTION: _t("Action / way forward"),
        NoteTag.QUOTE: _t("Quote"),
        NoteTag.GENDER: _t("Gender / inclusion"),
        NoteTag.BEST_PRACTICE: _t("Best practice"),
    }[value]


def phase(value: Phase, *, running: bool) -> tuple[str, str]:
    """The phase in words and a shape, so colour is never the only signal."""
    if value is Phase.IDLE:
        return "○", _t("Nobody has the floor")
    words = {Phase.NORMAL: _t("On time"), Phase.WARNING: _t("Wrap up"), Phase.OVERTIME: _t("Over time")}[value]
    if not running:
        return "❚❚", _t("Paused") + " · " + words
    return {Phase.NORMAL: "●", Phase.WARNING: "▲", Phase.OVERTIME: "■"}[value], words


def identifier_label(key: str) -> str:
    """The translated name of any group identifier used by the balance ('unknown' is 'Not stated')."""
    for enum_type, render in (
        (StakeholderGroup, stakeholder_group),
        (Gender, gender),
        (Region, region),
        (Attendance, attendance),
    ):
        try:
            return render(enum_type(key))  # type: ignore[arg-type]
        except ValueError:
            continue
    return _t("Not stated")


def person(name: str, limit: int = 48) -> str:
    """A name to put inside a sentence: shortened if very long, and isolated so right-to-left
    names cannot reorder the words and numbers around them."""
    short = name if len(name) <= limit else name[: limit - 1].rstrip() + "…"
    return isolate(short)
