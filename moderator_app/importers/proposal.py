"""IGF workshop proposal text → session details and people, with every line it did not understand."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from moderator_app.domain.enums import Gender, Role, StakeholderGroup
from moderator_app.domain.session import (
    MAX_DESCRIPTION,
    MAX_LINE,
    ParticipantDraft,
    Session,
    build_participant,
)
from moderator_app.domain.text import ValidationError, clean_block, clean_line, excerpt
from moderator_app.importers.common import (
    CountryNames,
    ImportFileError,
    default_country_names,
    family_name,
    fold,
    gender_from_honorific,
    name_key,
    split_honorific,
    stakeholder_group_from,
)


@dataclass(frozen=True, slots=True)
class ProposedParticipant:
    """A person the proposal names, with every role it gives them."""

    draft: ParticipantDraft
    #: The gender was read from a title (Mr, Ms…), not stated by the person: the moderator should confirm it.
    gender_from_honorific: bool = False
    honorific: str = ""
    line: int = 0


@dataclass(frozen=True, slots=True)
class NotUnderstood:
    line: int
    text: str
    why: str


@dataclass(frozen=True, slots=True)
class ProposalResult:
    """What a proposal says: session fields (id left empty), people, what was found, what was not understood."""

    session: Session
    participants: tuple[ProposedParticipant, ...]
    found: tuple[tuple[str, str], ...]
    not_understood: tuple[NotUnderstood, ...]


_FIELDS = {
    "title": "title",
    "session title": "title",
    "proposer s name": "proposer",
    "proposer name": "proposer",
    "proposer": "proposer",
    "proposer s organization": "proposer_org",
    "proposer s organisation": "proposer_org",
    "proposer organization": "proposer_org",
    "proposer organisation": "proposer_org",
    "co proposer s name": "co_proposer",
    "co proposer name": "co_proposer",
    "co proposer": "co_proposer",
    "co proposer s organization": "co_proposer_org",
    "co proposer s organisation": "co_proposer_org",
    "co proposer organization": "co_proposer_org",
    "co proposer organisation": "co_proposer_org",
    "session format": "format",
    "format": "format",
    "country": "country",
    "stakeholder group": "group",
    "speaker": "speaker",
    "onsite moderator": "moderator",
    "on site moderator": "moderator",
    "moderator": "moderator",
    "online moderator": "online_moderator",
    "remote moderator": "online_moderator",
    "rapporteur": "rapporteur",
    "tags": "tags",
    "tag": "tags",
    "content of the session": "description",
    "description": "description",
    "session description": "description",
}
# Free-text sections of the proposal form that a session does not keep: read past, never reported.
_IGNORED_SECTIONS = {
    "relevance of the session",
    "online participation",
    "discussion facilitation",
    "conducted a workshop in igf before",
    "link to report",
    "background paper",
    "agenda",
    "interventions",
    "diversity",
    "related sessions",
    "additional reference document link",
    "policy questions",
    "expected outcomes",
}
_ROLE_OF = {"speaker": Role.SPEAKER, "moderator": Role.MODERATOR, "online_moderator": Role.ONLINE_MODERATOR}
_ROLE_OF["rapporteur"] = Role.RAPPORTEUR

_LABEL = re.compile(r"^([A-Za-z][A-Za-z0-9 '’\-/?()]{0,60}?)\s*:\s*(.*)$")
_TAG_LABEL = re.compile(r"^tag \d{1,2}$")
_MONTHS = {
    **{
        m: n
        for n, m in enumerate(
            "january february march april may june july august september october november december".split(), 1
        )
    },
    **{
        m: n
        for n, m in enumerate(
            "janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre".split(), 1
        )
    },
    **{
        m: n
        for n, m in enumerate(
            "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(), 1
        )
    },
}
_DATE = re.compile(r"^(\d{1,2})\s+(?:de\s+)?(\w+)\s+(?:de\s+)?(\d{4})\b\s*(?:[-–—|,]\s*(.*))?$")
# "Round table - 90 minutes": the minutes at the end, searched for from the left. (A pattern with a lazy
# prefix before the separators took seconds on a line of a few thousand "-" and hung on longer ones.)
_MINUTES = re.compile(r"(\d{1,5})\s*(?:min|mins|minutes|minutos)\b\.?\)?\s*$", re.IGNORECASE)
_FORMAT_SEPARATORS = "-–—,("


@dataclass
class _Person:
    name: str
    line: int
    honorific: str = ""
    affiliation: str = ""
    group: StakeholderGroup | None = None
    country: str = ""
    roles: list[Role] = field(default_factory=list)

    def merge(self, *, honorific: str, affiliation: str, group: StakeholderGroup | None, role: Role | None) -> None:
        self.honorific = self.honorific or honorific
        self.affiliation = self.affiliation or affiliation
        self.group = self.group or group
        if role is not None and role not in self.roles:
            self.roles.append(role)


class _Reader:
    def __init__(self, countries: CountryNames) -> None:
        self.countries = countries
        self.values: dict[str, object] = {}
        self.tags: list[str] = []
        self.description: list[str] = []
        self.proposers: dict[int, dict[str, tuple[int, str]]] = {0: {}, 1: {}}
        self.pairs: dict[str, list[tuple[int, str]]] = {"country": [], "group": []}
        self.person_lines: list[tuple[int, str, str, str, str]] = []
        self.mentions: list[tuple[int, str, str, Role]] = []
        self.not_understood: list[NotUnderstood] = []

    def problem(self, number: int, text: str, why: str) -> None:
        self.not_understood.append(NotUnderstood(number, text[:300], why))

    def read(self, text: str) -> None:
        section: str | None = None
        seen_anything = False
        for number, raw in enumerate(text.lstrip("\ufeff").splitlines(), start=1):
            line = clean_line(raw)
            label_match = _LABEL.match(line)
            label = fold(label_match.group(1)) if label_match else fold(line)
            known = label_match is not None and (label in _FIELDS or _TAG_LABEL.match(label) is not None)
            if section is not None and not known and label not in _IGNORED_SECTIONS:
                if section == "description":
                    self.description.append(clean_line(raw) if raw.strip() else "")
                continue
            if not line:
                continue
            section = None
            if label in _IGNORED_SECTIONS:
                section = "ignored"
            elif label_match and known:
                section = self.field(number, line, label, clean_line(label_match.group(2)))
            elif label_match and not label_match.group(2):
                section = "ignored"  # a heading of a section this app has no use for
            elif not self.unlabelled(number, line, first=not seen_anything):
                why = "unknown field" if label_match else "not a field of the proposal form"
                self.problem(number, line, why)
            seen_anything = True

    def field(self, number: int, line: str, label: str, value: str) -> str | None:
        kind = "tags" if _TAG_LABEL.match(label) else _FIELDS[label]
        if kind == "description":
            if value:
                self.description.append(value)
            return "description"
        if not value:
            return None
        if kind == "title":
            self.set_text(number, line, "title", value, MAX_LINE)
        elif kind in ("proposer", "proposer_org", "co_proposer", "co_proposer_org"):
            slot = 1 if kind.startswith("co_") else 0
            self.proposers[slot]["org" if kind.endswith("_org") else "name"] = (number, value)
        elif kind == "format":
            self.read_format(number, line, value)
        elif kind in ("country", "group"):
            self.pairs[kind].append((number, value))
        elif kind == "tags":
            self.tags.extend(tag.strip() for tag in (value.split(",") if label == "tags" else [value]) if tag.strip())
        else:
            name, _, affiliation = value.partition(",")
            self.mentions.append((number, name, affiliation.strip(), _ROLE_OF[kind]))
        return None

    def set_text(self, number: int, line: str, key: str, value: str, limit: int) -> None:
        if len(value) > limit:
            self.problem(number, line, f"longer than {limit} characters")
        elif key not in self.values:
            self.values[key] = value

    def read_format(self, number: int, line: str, value: str) -> None:
        match = _MINUTES.search(value)
        if match is None:
            self.set_text(number, line, "format", value, 100)
            return
        end = match.start()
        while end and (value[end - 1].isspace() or value[end - 1] in _FORMAT_SEPARATORS):
            end -= 1
        if value[:end].strip():
            self.set_text(number, line, "format", value[:end].strip(), 100)
        minutes = int(match.group(1))
        if 1 <= minutes <= 24 * 60:
            self.values.setdefault("planned_minutes", minutes)
        else:
            self.problem(number, line, "the planned minutes must be between 1 and 1440")

    def unlabelled(self, number: int, line: str, *, first: bool) -> bool:
        """A date line, a person line or (first of all) the title; False when it is none of them."""
        date_match = _DATE.match(line)
        if date_match and fold(date_match.group(2)) in _MONTHS:
            if "date" in self.values:
                return False
            try:
                day = date(int(date_match.group(3)), _MONTHS[fold(date_match.group(2))], int(date_match.group(1)))
            except ValueError:
                self.problem(number, line, "not a real date")
                return True
            self.values["date"] = day
            rest = date_match.group(4) or ""
            if " in " in rest:
                self.set_text(number, line, "venue", rest.rsplit(" in ", 1)[1].strip(), MAX_LINE)
            return True
        parts = [part.strip() for part in line.split(",")]
        if len(parts) >= 4 and parts[1] and parts[2] and _is_honorific(parts[0]):
            self.person_lines.append(
                (number, parts[0], f"{parts[1]} {family_name(parts[2])}", parts[3], ", ".join(parts[4:]))
            )
            return True
        if first:
            self.set_text(number, line, "title", line, MAX_LINE)
            return True
        return False


def _is_honorific(text: str) -> bool:
    honorific, rest = split_honorific(text)
    return not text or (bool(honorific) and not rest)


def parse_proposal(text: str, *, countries: CountryNames | None = None) -> ProposalResult:
    """Read an IGF workshop proposal (the text of its web page). Never guesses: missing stays empty.

    Raises ImportFileError only when the text has no line at all.
    """
    if not clean_line(text.replace("\ufeff", "")):
        raise ImportFileError("the proposal is empty")
    reader = _Reader(countries or default_country_names())
    reader.read(text)
    people: dict[str, _Person] = {}

    def person(
        number: int,
        name_text: str,
        *,
        honorific: str = "",
        affiliation: str = "",
        group_text: str = "",
        role: Role | None,
    ) -> _Person | None:
        title, name = split_honorific(name_text)
        honorific = honorific or title
        if not name_key(name):
            reader.problem(number, name_text, "no name")
            return None
        group = stakeholder_group_from(group_text) if group_text else None
        if group_text and group is None:
            reader.problem(number, group_text, f"stakeholder group '{excerpt(group_text)}' is not one this app knows")
        key = name_key(name)
        if key not in people:
            people[key] = _Person(name, number)
        people[key].merge(honorific=honorific, affiliation=affiliation, group=group, role=role)
        return people[key]

    proposers: list[_Person | None] = []
    for slot in (0, 1):
        found = reader.proposers[slot]
        if "name" in found:
            number, name = found["name"]
            proposers.append(person(number, name, affiliation=found.get("org", (0, ""))[1], role=Role.ORGANIZER))
        else:
            proposers.append(None)
    for kind in ("country", "group"):
        for position, (number, value) in enumerate(reader.pairs[kind]):
            target = proposers[position] if position < len(proposers) else None
            if target is None:
                reader.problem(number, value, f"no proposer or co-proposer to pair this {kind} with")
            elif kind == "group":
                group = stakeholder_group_from(value)
                if group is None:
                    reader.problem(number, value, f"stakeholder group '{excerpt(value)}' is not one this app knows")
                target.group = target.group or group
            else:
                code = reader.countries.code_for(value)
                if code is None:
                    reader.problem(number, value, f"country '{excerpt(value)}' is not in the country table")
                target.country = target.country or (code or "")
    for number, honorific, name, group_text, affiliation in reader.person_lines:
        person(number, name, honorific=honorific, affiliation=affiliation, group_text=group_text, role=None)
    for number, name, affiliation, role in reader.mentions:
        person(number, name, affiliation=affiliation, role=role)

    participants: list[ProposedParticipant] = []
    for each in people.values():
        gender = gender_from_honorific(each.honorific) if each.honorific else None
        draft = ParticipantDraft(
            name=each.name,
            affiliation=each.affiliation,
            stakeholder_group=each.group.value if each.group else None,
            gender=gender.value if gender else None,
            country=each.country,
            roles=tuple(role.value for role in each.roles) or (Role.PARTICIPANT.value,),
        )
        try:
            build_participant(draft, participant_id="check", session_id="check", regions={})
        except ValidationError as error:
            reader.problem(each.line, each.name, str(error))
            continue
        participants.append(ProposedParticipant(draft, gender is not None, each.honorific, each.line))
    return _result(reader, participants)


def _result(reader: _Reader, participants: list[ProposedParticipant]) -> ProposalResult:
    values = reader.values
    description = clean_block("\n".join(reader.description))
    if len(description) > MAX_DESCRIPTION:
        reader.problem(0, description[:80], f"the session description is longer than {MAX_DESCRIPTION} characters")
        description = ""
    tags = tuple(dict.fromkeys(tag for tag in reader.tags if len(tag) <= MAX_LINE))
    organisers = tuple(
        dict.fromkeys(
            slot["org"][1] for slot in reader.proposers.values() if "org" in slot and len(slot["org"][1]) <= MAX_LINE
        )
    )
    day, minutes = values.get("date"), values.get("planned_minutes")
    session = Session(
        id="",
        title=str(values.get("title", "")),
        date=day if isinstance(day, date) else None,
        venue=str(values.get("venue", "")),
        format=str(values.get("format", "")),
        planned_minutes=minutes if isinstance(minutes, int) else None,
        description=description,
        tags=tags,
        organisers=organisers,
    )
    found: list[tuple[str, str]] = []
    for label, value in (
        ("Title", session.title),
        ("Date", session.date.isoformat() if session.date else ""),
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
        found.append(("Participant", f"{each.draft.name} ({', '.join(each.draft.roles)})"))
    return ProposalResult(
        session, tuple(participants), tuple(found), tuple(sorted(reader.not_understood, key=lambda n: n.line))
    )


__all__ = ["Gender", "NotUnderstood", "ProposalResult", "ProposedParticipant", "parse_proposal"]
