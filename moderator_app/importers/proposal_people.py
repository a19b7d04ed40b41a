"""The people a session page names, merged across the lines that name them, with what each line says."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from moderator_app.domain.enums import Attendance, Region, Role, StakeholderGroup
from moderator_app.domain.session import ParticipantDraft, build_participant
from moderator_app.domain.text import ValidationError, clean_line, excerpt
from moderator_app.importers.common import (
    CountryNames,
    family_name,
    fold,
    gender_from_honorific,
    name_key,
    region_from,
    split_honorific,
    stakeholder_group_from,
)
from moderator_app.importers.igf_people import FactProblem, PersonFacts, is_name_like
from moderator_app.importers.proposal_result import ProposedParticipant

# "1. Name: …" and the labelled fields of one person, several records on one line.
_RECORD_START = re.compile(r"(?:^|\s)\d{1,2}[.)]\s*(?=name\s*:)|^(?=name\s*:)", re.I)
_RECORD_FIELD = re.compile(
    r"\b(name|organi[sz]ational\s+affiliation|affiliation|organi[sz]ation|stakeholder(?:\s+group)?"
    r"|regional\s+group(?:\s+of\s+speakers)?|region|country)\s*:",
    re.I,
)
_GLUED_HONORIFIC = re.compile(r"^(.+?)\s+((?:Mr|Ms|Mrs|Miss|Mme|Dr|Prof)\.?)(?:\s+([^\s,]+))?$")

Problem = Callable[[int, str, str], None]


@dataclass
class Person:
    name: str
    line: int
    honorific: str = ""
    affiliation: str = ""
    group: StakeholderGroup | None = None
    region: Region | None = None
    country: str = ""
    roles: list[Role] = field(default_factory=list)
    unconfirmed: bool = False
    remote: bool = False


def loose_key(name: str) -> str:
    """The name without initials ("Olivier MJ Crepin-Leblond" → "olivier crepin leblond")."""
    words = [w for w in name.split() if not (len(w.strip(".")) <= 2 and w.strip(".").isupper())]
    return fold(" ".join(words)) or fold(name)


class PeopleBook:
    """Everyone read so far, the proposers' fields, and the role block being read."""

    def __init__(self, countries: CountryNames) -> None:
        self.countries = countries
        self.people: list[Person] = []
        self._by_key: dict[str, Person] = {}
        self.proposers: dict[int, dict[str, tuple[int, str]]] = {0: {}, 1: {}}
        self.pairs: dict[str, list[tuple[int, str]]] = {"country": [], "group": []}
        self.fact_problems: list[FactProblem] = []
        self.pending: Person | None = None
        #: The pending organisation may only be on the very next line (a bare name in a list).
        self.pending_next_line_only = False
        self.proposer_people: dict[int, Person] = {}
        self._block: list[Person] = []
        self._block_facts: dict[str, object] = {}
        self._block_line = 0

    def find(self, name: str) -> Person | None:
        return self._by_key.get(name_key(name)) or self._by_key.get("~" + loose_key(name))

    def same_person(self, person: Person, text: str) -> bool:
        return self.find(text) is person

    def add(self, facts: PersonFacts, roles: tuple[Role, ...], line: int, *, unconfirmed: bool) -> Person | None:
        if not name_key(facts.name):
            return None
        if self._block_facts and self._block and line != self._block_line:
            # "Organizational Affiliation: …" with one person, then the next person: facts go to the first.
            self.close_block()
        self._block_line = line
        person = self.find(facts.name)
        if person is None:
            person = Person(facts.name, line, unconfirmed=unconfirmed)
            self.people.append(person)
            self._by_key[name_key(facts.name)] = person
            self._by_key.setdefault("~" + loose_key(facts.name), person)
        person.honorific = person.honorific or facts.honorific
        person.affiliation = person.affiliation or facts.affiliation[:500]
        person.group = person.group or facts.group
        person.region = person.region or facts.region
        person.country = person.country or facts.country
        person.remote = person.remote or facts.remote
        for role in roles:
            if role not in person.roles:
                person.roles.append(role)
        self.pending = person if facts.open_affiliation and not person.affiliation else None
        self.pending_next_line_only = False
        if person not in self._block:
            self._block.append(person)
        return person

    def report_fact_problems(self, number: int, problem: Problem) -> None:
        for each in self.fact_problems:
            problem(number, each.text, each.why)
        self.fact_problems.clear()

    def block_fact(self, number: int, kind: str, value: str, problem: Problem) -> None:
        """ "Organizational Affiliation:", "Stakeholder:", "Regional Group:" for the people of this block."""
        if kind.removeprefix("block_") in self._block_facts:
            # The same fact again: the next person's block begins (one block per speaker, 2024 pages).
            self.close_block()
        if kind == "block_affiliation":
            self._block_facts["affiliation"] = value[:500]
        elif kind == "block_group":
            group = stakeholder_group_from(value)
            if group is None:
                problem(number, value, f"stakeholder group '{excerpt(value)}' is not one this app knows")
            self._block_facts["group"] = group
        else:
            region = region_from(value)
            if region is None:
                problem(number, value, f"'{excerpt(value)}' is not one of the five UN regional groups")
            self._block_facts["region"] = region

    def close_block(self) -> None:
        for person in self._block:
            affiliation = self._block_facts.get("affiliation")
            group, region = self._block_facts.get("group"), self._block_facts.get("region")
            person.affiliation = person.affiliation or (affiliation if isinstance(affiliation, str) else "")
            person.group = person.group or (group if isinstance(group, StakeholderGroup) else None)
            person.region = person.region or (region if isinstance(region, Region) else None)
        self._block, self._block_facts, self.pending = [], {}, None

    def csv_people(self, number: int, line: str, problem: Problem) -> bool:
        """The 2017 form's "Ms.,First,LAST,Group,Organisation", once or repeated on one line: co-organisers."""
        parts: list[str] = []
        for part in line.split(","):
            # "…,APC Mr.,Gus,Rossi,…": the next person's title after a space, not a comma.
            glued = _GLUED_HONORIFIC.match(part.strip())
            pieces = [g for g in glued.groups() if g] if glued else [part.strip()]
            for piece in pieces:
                # "Mr. Paul, Nicholas, …": the title and the first name with a space, not a comma.
                honorific, first = split_honorific(piece)
                parts.extend([honorific, first] if honorific and first and " " not in first else [piece])
        starts = [i for i, part in enumerate(parts) if part and _is_honorific(part) and i + 3 < len(parts) + 1]
        if not starts or starts[0] != 0 or len(parts) < 4 or not parts[1] or not parts[2]:
            return False
        if "(" in parts[1] or len(parts[1].split()) > 2:
            return False  # "Hon, Neema Lugangira (MP), APNIG, …": a title and a whole name, not the 2017 form
        for index, start in enumerate(starts):
            chunk = parts[start : starts[index + 1] if index + 1 < len(starts) else len(parts)]
            if len(chunk) < 4:
                problem(number, ", ".join(chunk), "a person's fields are incomplete (title, first, LAST, group…)")
                continue
            group = stakeholder_group_from(chunk[3])
            if group is None and chunk[3]:
                problem(number, chunk[3], f"stakeholder group '{excerpt(chunk[3])}' is not one this app knows")
            facts = PersonFacts(
                name=f"{chunk[1]} {family_name(chunk[2])}",
                honorific=chunk[0],
                affiliation=", ".join(chunk[4:]),
                group=group,
            )
            self.add(facts, (Role.ORGANIZER,), number, unconfirmed=False)
        return True

    def labelled_records(self, number: int, line: str, roles: tuple[Role, ...], problem: Problem) -> int:
        """ "1. Name: Ana Silva | Organizational Affiliation: … | Stakeholder: … | Regional Group: APAC 2. Name: …".

        Each record is a person with these roles (none: to be confirmed); returns how many were read.
        """
        if "|" not in line or not _RECORD_START.search(line):
            return 0
        records = [r for r in _RECORD_START.split(line) if r.strip(" |")]
        read = 0
        for record in records:
            fields: dict[str, str] = {}
            marks = list(_RECORD_FIELD.finditer(record))
            for index, mark in enumerate(marks):
                end = marks[index + 1].start() if index + 1 < len(marks) else len(record)
                fields.setdefault(fold(mark.group(1)).split()[0], record[mark.end() : end].strip(" |"))
            name = fields.get("name", "")
            if not name or not is_name_like(name, lenient=True):
                problem(number, record.strip()[:300], "no person's name could be read here")
                continue
            rest = [fields.get(key, "") for key in ("organizational", "organisational", "affiliation", "organization")]
            groups = re.split(r"\s*/\s*|\s+and\s+", fields.get("stakeholder", ""))
            place = fields.get("regional", "") or fields.get("region", "")
            facts = PersonFacts(name=clean_line(name), affiliation=next((r for r in rest if r), "")[:500])
            facts.group = next((g for g in map(stakeholder_group_from, groups) if g), None)
            facts.region = region_from(place) if place else None
            if place and facts.region is None:
                problem(number, place, f"'{place[:80]}' is not one of the five UN regional groups")
            country = fields.get("country", "")
            facts.country = (self.countries.code_for(country) or "") if country else ""
            self.add(facts, roles, number, unconfirmed=not roles)
            read += 1
        return read

    def organisations(self) -> list[str]:
        return [slot["org"][1] for slot in self.proposers.values() if "org" in slot]

    def participants(self, problem: Problem) -> list[ProposedParticipant]:
        self._pair_proposers(problem)
        result: list[ProposedParticipant] = []
        for each in self.people:
            gender = gender_from_honorific(each.honorific) if each.honorific else None
            unconfirmed = each.unconfirmed and not each.roles
            draft = ParticipantDraft(
                name=each.name,
                affiliation=each.affiliation,
                stakeholder_group=each.group.value if each.group else None,
                gender=gender.value if gender else None,
                country=each.country,
                roles=tuple(role.value for role in each.roles) or (Role.PARTICIPANT.value,),
                region=each.region.value if each.region else None,
                attendance=(Attendance.REMOTE if each.remote else Attendance.ONSITE).value,
            )
            try:
                build_participant(draft, participant_id="check", session_id="check", regions={})
            except ValidationError as error:
                problem(each.line, each.name, str(error))
                continue
            result.append(ProposedParticipant(draft, gender is not None, each.honorific, each.line, unconfirmed))
        return result

    def add_proposer(self, slot: int, number: int, text: str, problem: Problem) -> None:
        """The form's "Proposer's Name" (slot 0) or "Co-Proposer's Name" (slot 1), read where it stands."""
        self.proposers[slot]["name"] = (number, text)
        honorific, name = split_honorific(text)
        if not name_key(name):
            problem(number, text, "no name")
            return
        person = self.add(
            PersonFacts(name=clean_line(name), honorific=honorific), (Role.ORGANIZER,), number, unconfirmed=False
        )
        if person is not None:
            self.proposer_people[slot] = person

    def _pair_proposers(self, problem: Problem) -> None:
        proposers: list[Person | None] = [self.proposer_people.get(slot) for slot in (0, 1)]
        for slot, person in enumerate(proposers):
            if person is not None and "org" in self.proposers[slot]:
                # The form's own organisation field wins over the co-organiser line's spelling.
                person.affiliation = self.proposers[slot]["org"][1][:500]
        for kind in ("country", "group"):
            for position, (number, value) in enumerate(self.pairs[kind]):
                target = proposers[position] if position < len(proposers) else None
                if target is None and not any(proposers) and self.people:
                    # No proposer on the page ("Name:", "Organization:", "Stakeholder Group:" of 2018):
                    # the facts are the last person's.
                    target = self.people[-1]
                if target is None:
                    problem(number, value, f"no proposer or co-proposer to pair this {kind} with")
                elif kind == "group":
                    group = stakeholder_group_from(value)
                    if group is None:
                        problem(number, value, f"stakeholder group '{excerpt(value)}' is not one this app knows")
                    target.group = target.group or group
                else:
                    code = self.countries.code_for(value)
                    if code is None:
                        problem(number, value, f"country '{excerpt(value)}' is not in the country table")
                    target.country = target.country or (code or "")


def _is_honorific(text: str) -> bool:
    honorific, rest = split_honorific(text)
    return bool(honorific) and not rest
