"""What reading a session page gives: the session's facts, its people, and every line not understood."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, time

from moderator_app.domain.enums import SessionType
from moderator_app.domain.session import MAX_DESCRIPTION, MAX_LINE, MAX_SESSION_CODE, ParticipantDraft, Session
from moderator_app.domain.text import clean_block
from moderator_app.importers.common import fold


@dataclass(frozen=True, slots=True)
class ProposedParticipant:
    """A person the page names, with every role it gives them."""

    draft: ParticipantDraft
    #: The gender was read from a title (Mr, Ms…), not stated by the person: the moderator should confirm it.
    gender_from_honorific: bool = False
    honorific: str = ""
    line: int = 0
    #: Named where the page's heading was lost (a bare name): offered as a participant, role to be confirmed.
    role_unconfirmed: bool = False


@dataclass(frozen=True, slots=True)
class NotUnderstood:
    line: int
    text: str
    why: str


@dataclass(frozen=True, slots=True)
class ProposalResult:
    """What a page says: session fields (id left empty), people, what was found, what was not understood."""

    session: Session
    participants: tuple[ProposedParticipant, ...]
    found: tuple[tuple[str, str], ...]
    not_understood: tuple[NotUnderstood, ...]

    def role_counts(self) -> dict[str, int]:
        """How many people have each role ("to_be_confirmed" for those whose heading was lost)."""
        counts: Counter[str] = Counter()
        for each in self.participants:
            if each.role_unconfirmed:
                counts["to_be_confirmed"] += 1
            else:
                counts.update(each.draft.roles)
        return dict(counts)

    def people_summary(self) -> str:
        """ "9 people found: 3 organizer, 5 speaker, 1 moderator" (English, for the command line)."""
        counts = self.role_counts()
        parts = [f"{n} {role.replace('_', ' ')}" for role, n in counts.items()]
        found = len(self.participants)
        return f"{found} {'person' if found == 1 else 'people'} found" + (": " + ", ".join(parts) if parts else "")


@dataclass
class SessionFacts:
    """The session's own facts as the reader collects them, before they become a Session."""

    title: str = ""
    code: str = ""
    kind: SessionType | None = None
    day: date | None = None
    start: time | None = None
    zone: str = ""
    venue: str = ""
    format: str = ""
    minutes: int | None = None
    description: list[str] = field(default_factory=list)
    description_set: bool = False
    tags: list[str] = field(default_factory=list)
    organisers: list[str] = field(default_factory=list)


def _unique(values: list[str]) -> tuple[str, ...]:
    seen: dict[str, str] = {}
    for value in values:
        if value and len(value) <= MAX_LINE:
            seen.setdefault(fold(value), value)
    return tuple(seen.values())


def build_result(
    facts: SessionFacts,
    participants: list[ProposedParticipant],
    proposer_organisations: list[str],
    not_understood: list[NotUnderstood],
) -> ProposalResult:
    description = clean_block("\n".join(facts.description))
    problems = list(not_understood)
    if len(description) > MAX_DESCRIPTION:
        problems.append(
            NotUnderstood(0, description[:80], f"the session description is longer than {MAX_DESCRIPTION} characters")
        )
        description = ""
    title = facts.title
    if len(title) > MAX_LINE:
        problems.append(NotUnderstood(0, title[:80], f"the title is longer than {MAX_LINE} characters"))
        title = ""
    minutes = facts.minutes if facts.minutes is not None and 1 <= facts.minutes <= 24 * 60 else None
    session = Session(
        id="",
        title=title,
        date=facts.day,
        start_time=facts.start,
        timezone=facts.zone[:64],
        venue=facts.venue[:MAX_LINE],
        format=facts.format[:100],
        planned_minutes=minutes,
        description=description,
        tags=tuple(dict.fromkeys(tag for tag in facts.tags if len(tag) <= MAX_LINE)),
        organisers=_unique([*proposer_organisations, *facts.organisers]),
        session_code=facts.code[:MAX_SESSION_CODE],
        session_type=facts.kind,
    )
    found: list[tuple[str, str]] = []
    for label, value in (
        ("Title", session.title),
        ("Session code", session.session_code),
        ("Session type", session.session_type.value if session.session_type else ""),
        ("Date", session.date.isoformat() if session.date else ""),
        ("Start time", session.start_time.strftime("%H:%M") if session.start_time else ""),
        ("Time zone", session.timezone),
        ("Venue", session.venue),
        ("Format", session.format),
        ("Planned minutes", str(session.planned_minutes or "")),
        ("Organisers", "; ".join(session.organisers)),
        ("Tags", ", ".join(session.tags)),
        ("Description", (description[:80] + "…") if len(description) > 80 else description),
    ):
        if value:
            found.append((label, value))
    for each in participants:
        roles = "role to be confirmed" if each.role_unconfirmed else ", ".join(each.draft.roles)
        found.append(("Participant", f"{each.draft.name} ({roles})"))
    return ProposalResult(
        session, tuple(participants), tuple(found), tuple(sorted(problems, key=lambda problem: problem.line))
    )
