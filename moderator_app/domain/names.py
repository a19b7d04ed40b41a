"""English names for identifiers, for the command line and reports (the window translates its own)."""

from __future__ import annotations

from moderator_app.domain.enums import Attendance, Gender, Region, SessionType, StakeholderGroup

NOT_STATED = "Not stated"

ENGLISH: dict[str, str] = {
    StakeholderGroup.GOVERNMENT: "Government",
    StakeholderGroup.CIVIL_SOCIETY: "Civil society",
    StakeholderGroup.PRIVATE_SECTOR: "Private sector",
    StakeholderGroup.TECHNICAL_COMMUNITY: "Technical community",
    StakeholderGroup.INTERGOVERNMENTAL_ORGANIZATION: "Intergovernmental organisation",
    StakeholderGroup.ACADEMIA: "Academia",
    StakeholderGroup.MEDIA: "Media",
    StakeholderGroup.OTHER: "Other",
    Gender.WOMAN: "Woman",
    Gender.MAN: "Man",
    Gender.NON_BINARY: "Non-binary",
    Gender.OTHER: "Other",
    Gender.UNDISCLOSED: "Prefers not to say",
    Region.AFRICAN: "African Group",
    Region.ASIA_PACIFIC: "Asia-Pacific Group",
    Region.EASTERN_EUROPEAN: "Eastern European Group",
    Region.GRULAC: "Latin America and Caribbean (GRULAC)",
    Region.WEOG: "Western European and Others (WEOG)",
    Attendance.ONSITE: "Onsite",
    Attendance.REMOTE: "Remote",
    SessionType.WORKSHOP: "Workshop",
    SessionType.OPEN_FORUM: "Open forum",
    SessionType.DAY_0_EVENT: "Day 0 event",
    SessionType.LIGHTNING_TALK: "Lightning talk",
    SessionType.TOWN_HALL: "Town hall",
    SessionType.BEST_PRACTICE_FORUM: "Best practice forum",
    SessionType.DYNAMIC_COALITION: "Dynamic coalition",
    SessionType.NETWORKING_SESSION: "Networking session",
    SessionType.MAIN_SESSION: "Main session",
}
