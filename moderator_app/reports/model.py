"""The report as data: what every template and every export format is rendered from. No Qt, no I/O.

The contract between the pieces:
- ``reports.templates`` finds templates (built-in under resources/templates/, the user's own in
  the data folder's templates/) and reads each one's section list into a ``TemplateInfo``.
- ``reports.build.build_report`` turns a session (snapshot, balance, notes), the rapporteur's stored
  edits and attendance figures into a ``Report``.
- the renderers turn a ``Report`` into Markdown, HTML (Jinja2 templates of the template), PDF and
  ODT (Qt's text engine, from the HTML), and DOCX (python-docx, from the ``Report`` itself).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path

from moderator_app.domain.balance import Dimension
from moderator_app.domain.rapporteur import (
    Attendance,
)
from moderator_app.reports.language import ENGLISH, ReportLanguage

#: Blocks a template can ask the Word export to add (template.toml `includes`): "attendance_figures"
#: (the minutes' Attendance table) goes under the facts, before the speakers; the others after the sections.
INCLUDABLE_BLOCKS = ("attendance_figures", "attendance", "participation", "remote_questions")
#: What a template that does not say gets: the IGF workshop report's blocks.
DEFAULT_INCLUDES = ("attendance", "participation", "remote_questions")

#: Where a section's first draft comes from.
SECTION_SOURCES = (
    "key_issues",  # notes tagged key_issue, one line each, with the speaker
    "presentations",  # one paragraph per speaker from their notes (opening statements first)
    "discussion",  # notes during the other segments, in order
    "recommendations",  # notes tagged recommendation or action
    "takeaways",  # notes tagged recommendation, action or agreement: the three strongest
    "calls_to_action",  # notes tagged action: at most two
    "gender",  # notes tagged gender
    "quotes",  # notes tagged quote
    "chronology",  # every note and intervention in time order (minutes)
    "free",  # starts empty: the rapporteur writes it
)


@dataclass(frozen=True, slots=True)
class SectionSpec:
    """One section a template asks for: its key, heading, where its draft comes from, a hint."""

    key: str
    title: str
    source: str
    hint: str = ""


@dataclass(frozen=True, slots=True)
class TemplateInfo:
    """A report template: a folder with template.toml (sections) and report.md.j2 / report.html.j2."""

    name: str
    title: str
    description: str
    sections: tuple[SectionSpec, ...]
    folder: Path
    builtin: bool = True
    #: Blocks that formats without a template of their own (Word) add to the facts and sections.
    includes: tuple[str, ...] = DEFAULT_INCLUDES


@dataclass(frozen=True, slots=True)
class ReportSection:
    """A section as shown and exported.

    ``text`` is what the report says: the rapporteur's edit if there is one, else the draft.
    ``stale`` means the session has changed since the rapporteur edited (new notes, say): the
    fresh draft is in ``generated_text`` for them to compare; their words are never overwritten.
    """

    key: str
    title: str
    hint: str
    text: str
    generated_text: str
    edited: bool
    stale: bool


@dataclass(frozen=True, slots=True)
class SpeakerLine:
    """A speaker in the report: name, affiliation, stakeholder group label, onsite or remote."""

    participant_id: str
    name: str
    affiliation: str
    stakeholder_group: str
    remote: bool


@dataclass(frozen=True, slots=True)
class ReportFacts:
    """The session's facts: what the IGF report form asks for at the top."""

    title: str
    session_type: str
    date: date | None
    start_time: time | None
    timezone: str
    venue: str
    planned_minutes: int | None
    organisers: tuple[str, ...]
    moderators: tuple[str, ...]
    online_moderators: tuple[str, ...]
    rapporteurs: tuple[str, ...]
    speakers: tuple[SpeakerLine, ...]
    tags: tuple[str, ...]
    #: The programme's code ("WS #289") and the layout ("Round Table"); session_type is the kind of session.
    session_code: str = ""
    session_format: str = ""


@dataclass(frozen=True, slots=True)
class StatRow:
    """A row of a participation table: label, speaking seconds and share, head-count share."""

    label: str
    seconds: float
    share: float
    interventions: int
    people_share: float


@dataclass(frozen=True, slots=True)
class ReportStats:
    """Participation figures from the balance (substantive time; see docs/balance.md)."""

    total_seconds: float
    interventions: int
    remote_interventions: int
    #: The table of each group dimension, by its value ("gender"…; domain.balance GROUP_DIMENSIONS).
    by_dimension: dict[str, tuple[StatRow, ...]]
    balance_index: dict[str, float | None] = field(default_factory=dict)
    remote_questions: tuple[tuple[str, str], ...] = ()  # (who, the question's text)
    facilitation_seconds: float = 0.0  # moderators, online moderators, rapporteurs (not in the tables)
    procedural_seconds: float = 0.0  # points of order (not in the tables)
    reference: str = "speakers"  # whose head count people_share compares with (balance ReferenceSet)
    compared_people: int = 0  # how many people that comparison set holds
    #: Remote participation: turns given to remote participants (requests read out), by channel
    #: ("" where none was recorded), and requests still waiting in either queue.
    remote_read_out: int = 0
    remote_channels: tuple[tuple[str, int], ...] = ()

    # The names user templates have read the tables by (docs/reports.md).
    @property
    def by_gender(self) -> tuple[StatRow, ...]:
        return self.by_dimension.get(Dimension.GENDER.value, ())

    @property
    def by_stakeholder_group(self) -> tuple[StatRow, ...]:
        return self.by_dimension.get(Dimension.STAKEHOLDER_GROUP.value, ())

    @property
    def by_region(self) -> tuple[StatRow, ...]:
        return self.by_dimension.get(Dimension.REGION.value, ())

    @property
    def by_attendance(self) -> tuple[StatRow, ...]:
        return self.by_dimension.get(Dimension.ATTENDANCE.value, ())

    remote_waiting: int = 0


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    """One line of the minutes: a time, who, what (an intervention or a note)."""

    at: datetime
    who: str
    what: str
    kind: str  # "intervention" or "note"
    tags: tuple[str, ...] = ()  # a note's tags as labels in the report's language ("key issue")


@dataclass(frozen=True, slots=True)
class Report:
    """Everything a renderer needs; built by reports.build.build_report."""

    template: TemplateInfo
    facts: ReportFacts
    sections: tuple[ReportSection, ...]
    stats: ReportStats
    attendance: Attendance
    timeline: tuple[TimelineEntry, ...]
    generated_at: datetime
    #: The language the report is written in (its fixed words; the session's own text is as typed).
    language: ReportLanguage = ENGLISH

    def section(self, key: str) -> ReportSection | None:
        return next((s for s in self.sections if s.key == key), None)
