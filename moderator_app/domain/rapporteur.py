"""What the rapporteur adds to a session: edited report sections and attendance figures."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class StoredSection:
    """What the rapporteur wrote for a section, and the draft it was based on when they wrote it."""

    text: str
    generated_text: str


@dataclass(frozen=True, slots=True)
class Attendance:
    """The figures only the rapporteur can give (estimated), and how far gender was discussed."""

    participants_onsite: int | None = None
    participants_online: int | None = None
    women: int | None = None
    gender_extent: str = ""  # "", "none", "mentioned", "partly", "central"
    gender_summary: str = ""

    @property
    def participants_total(self) -> int | None:
        """Onsite and online together; None when neither is stated (an unstated half counts as none)."""
        if self.participants_onsite is None and self.participants_online is None:
            return None
        return (self.participants_onsite or 0) + (self.participants_online or 0)


GENDER_EXTENTS = ("", "none", "mentioned", "partly", "central")

#: How reports word each extent (English; the window translates its own).
GENDER_EXTENT_LABELS = {
    "": "Not stated",
    "none": "Not discussed",
    "mentioned": "Mentioned in passing",
    "partly": "Partly: one topic among others",
    "central": "Central to the session",
}
