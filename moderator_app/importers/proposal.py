"""An IGF session page or workshop proposal (text or saved HTML) → session facts and people, nothing silent.

Every line is either read (a field, a person, a date, a heading, the description) or listed in
``not_understood`` with its number and why. People are read from labelled lines ("Speaker 1:"),
from role blocks (a "Speakers" heading and names under it), and from lines whose heading was lost
(offered with the role to be confirmed). Gender is only ever read from an honorific, to confirm.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from moderator_app.domain.enums import Gender, Role
from moderator_app.domain.text import clean_line
from moderator_app.importers.common import CountryNames, ImportFileError, default_country_names, fold
from moderator_app.importers.igf_facts import (
    find_date,
    format_line,
    is_date_without_year,
    is_time_only,
    kind_in_title,
    minutes_in,
    title_line,
    type_of,
)
from moderator_app.importers.igf_html import html_to_text, looks_like_html
from moderator_app.importers.igf_people import (
    is_name_like,
    is_plural_label,
    people_list_after_label,
    person_from,
    roles_from_label,
    split_people,
    strip_bullet,
)
from moderator_app.importers.proposal_people import PeopleBook
from moderator_app.importers.proposal_result import (
    NotUnderstood,
    ProposalResult,
    ProposedParticipant,
    SessionFacts,
    build_result,
)

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
    "tags": "tags",
    "tag": "tags",
    "content of the session": "description",
    "description": "description",
    "session description": "description",
    "duration": "minutes",
    "duration minutes": "minutes",
    "session duration": "minutes",
    "length": "minutes",
    "name": "person",
    "full name": "person",
    "speaker name": "person",
    "organization": "block_affiliation",
    "organisation": "block_affiliation",
    "institution": "block_affiliation",
    "organizational affiliation": "block_affiliation",
    "organisational affiliation": "block_affiliation",
    "affiliation": "block_affiliation",
    "stakeholder": "block_group",
    "regional group": "block_region",
    "un regional group": "block_region",
    "region": "block_region",
    "session type": "type",
    "type of session": "type",
}
# Free-text sections of the IGF forms that a session does not keep: read past, never reported.
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
    "policy question",
    "policy question s",
    "expected outcomes",
    "relevance to theme",
    "relevance to internet governance",
    "format description",
    "theme",
    "subtheme",
    "sub theme",
    "subthemes",
    "track",
    "issues",
    "sdgs",
    "targets",
    "key takeaways",
    "call to action",
    "session report",
    "onsite participation",
    "online participation details",
    "session objectives",
    "session outline",
    "speakers bio",
    "social media",
    "connections with other sessions",
    "desired results objectives",
    "reference document",
    "session time",
    "about this session",
}
# Page furniture of the IGF site and of its yearly schedule site: no fact of the session.
_CHROME = re.compile(
    r"^(?:loading…?|loading\.\.\.|venue map|you are here|show on landing page|about this session|"
    r"sign up or log in.*|welcome to (?:the )?igf.*|this event has ended.*|.*\[clear filter\]|"
    r"this is now a legacy site.*|read more\s*→?|back to (?:the )?(?:list|schedule).*|share|print|"
    r"\[pdf version\]|more info about me.*|add to my schedule.*|join here.*)$",
    re.I,
)
_LABEL = re.compile(r"^([^\W\d_][\w '’\-/?()&.]{0,60}?)\s*:\s*(.*)$")
_TAG_LABEL = re.compile(r"^tag \d{1,2}$")
_AVATAR = re.compile(r"^avatar for\s+(.+)$", re.I)
_OLD_DATE = re.compile(r"^(\d{1,2})\s+(?:de\s+)?(\w+)\s+(?:de\s+)?(\d{4})\b\s*(?:[-–—|,]\s*(.*))?$")
# "Round table - 90 minutes": the minutes at the end, searched for from the left. (A pattern with a lazy
# prefix before the separators took seconds on a line of a few thousand "-" and hung on longer ones.)
_END_MINUTES = re.compile(r"(\d{1,5})\s*(?:min|mins|minutes|minutos)\b\.?\)?\s*$", re.IGNORECASE)
_END_HOURS = re.compile(r"(\d{1,2}(?:[.,]\d{1,2})?)\s*(?:hr|hrs|hour|hours|horas?|heures?)\b\.?\)?\s*$", re.I)
_FORMAT_SEPARATORS = "-–—,("
_URL = re.compile(r"https?://|www\.", re.I)


@dataclass
class _Context:
    """The role block being read: the heading's roles, whether it takes several names, what it has read."""

    roles: tuple[Role, ...] = ()
    plural: bool = True
    names: int = 0
    blanks: int = 0


class _Reader:
    def __init__(self, countries: CountryNames) -> None:
        self.countries = countries
        self.facts = SessionFacts()
        self.book = PeopleBook(countries)
        self.not_understood: list[NotUnderstood] = []
        self.section: str | None = None
        self.context = _Context(plural=False)
        self.title_from = ""  # "label", "code" or "first"

    def problem(self, number: int, text: str, why: str) -> None:
        self.not_understood.append(NotUnderstood(number, text[:300], why))

    def read(self, text: str) -> None:
        for number, raw in enumerate(text.lstrip("\ufeff").splitlines(), start=1):
            line = clean_line(raw)
            if not line:
                self.blank()
                continue
            self.context.blanks = 0
            if self.section is not None and not self.structural(line):
                if self.section == "description":
                    self.facts.description.append(line)
                continue
            self.section = None
            if not self.line(number, line):
                self.problem(number, line, self.why(line))
        self.book.close_block()

    def blank(self) -> None:
        if self.book.pending_next_line_only:
            self.book.pending = None
        if self.section == "description":
            self.facts.description.append("")
        self.context.blanks += 1
        if not self.context.plural and self.context.names:
            self.context = _Context(plural=False)

    def why(self, line: str) -> str:
        if is_date_without_year(line):
            return "a date without a year; set the date in the preview"
        if is_time_only(line):
            return "a time without a date"
        return "unknown field" if _LABEL.match(line) else "not a field of the session page"

    def structural(self, line: str) -> bool:
        """A line that ends a free-text section: a known field, a heading, the format, a title with a code."""
        match = _LABEL.match(line)
        label = fold(match.group(1)) if match else fold(line)
        if label in _FIELDS or label in _IGNORED_SECTIONS or roles_from_label(label) or _TAG_LABEL.match(label):
            return not (self.section == "description" and label == "description")
        return (format_line(line) is not None and minutes_in(line) is not None) or title_line(line) is not None

    def line(self, number: int, line: str) -> bool:
        """Read one line; False when it is none of the things a session page holds."""
        if _CHROME.match(line) or _URL.match(line):
            return True
        found = title_line(line)
        if found is not None and self.title_from not in ("label", "code"):
            self.facts.title, self.title_from = found.title, "code"
            self.facts.code = self.facts.code or found.code
            self.facts.kind = self.facts.kind or found.kind
            return True
        if self.date_line(number, line):
            return True
        match = _LABEL.match(line)
        label = fold(match.group(1)) if match else fold(line)
        value = clean_line(match.group(2)) if match else ""
        if label in _FIELDS or (match and _TAG_LABEL.match(label)):
            if match or _FIELDS.get(label) == "description":
                self.field(number, line, label, value)
                return True
        roles = roles_from_label(label)
        if roles and (match or len(line.split()) <= 5):
            if value:
                if not self.people(number, value, roles, lenient=True):
                    self.problem(number, line, "no person's name could be read after the role")
                return True
            else:
                self.book.close_block()
                # "Speakers and Moderators" lists people of either role: whose is which is to be confirmed.
                mixed = " and " in label and all(is_plural_label(part) for part in label.split(" and "))
                self.context = _Context(() if mixed else roles, is_plural_label(label) or " and " in label)
            return True
        if label in _IGNORED_SECTIONS and (match or len(line.split()) <= 6):
            self.section = "ignored"
            return True
        if match and not value:
            return True  # a heading of a section this app has no use for: what follows is still read
        fmt = format_line(line)
        if fmt is not None and not self.facts.format:
            self.facts.format = fmt[0]
            self.facts.minutes = self.facts.minutes or fmt[1]
            return True
        if match is None and self.bare_line(number, line):
            return True
        if is_date_without_year(line) or is_time_only(line):
            return False
        if not self.title_from:
            self.facts.title, self.title_from = line, "first"
            self.facts.kind = self.facts.kind or kind_in_title(line)
            return True
        if _is_prose(line):
            if not self.book.people and not self.facts.description_set:
                self.facts.description.append(line)
            return True
        return False

    def date_line(self, number: int, line: str) -> bool:
        if self.facts.day is not None or len(line) > 200:
            return False
        old = _OLD_DATE.match(line)
        try:
            when = find_date(line)
        except ValueError:
            self.problem(number, line, "not a real date")
            return True
        if when is None:
            return False
        self.facts.day, self.facts.start, self.facts.zone = when.day, when.start, when.zone
        self.facts.minutes = self.facts.minutes or when.minutes
        rest = (old.group(4) or "") if old else ""
        if " in " in rest:
            self.facts.venue = rest.rsplit(" in ", 1)[1].strip()
        if rest and self.facts.kind is None:
            self.facts.kind = type_of(rest.split(" on ")[0].removeprefix("A ").removeprefix("An ").strip())
        return True

    def field(self, number: int, line: str, label: str, value: str) -> None:
        kind = "tags" if _TAG_LABEL.match(label) else _FIELDS[label]
        if kind == "description":
            self.section = "description"
            self.facts.description_set = True
            if value:
                self.facts.description.append(value)
            return
        if not value:
            return
        if kind == "title":
            self.facts.title, self.title_from = value, "label"
        elif kind in ("proposer", "co_proposer"):
            self.book.add_proposer(1 if kind.startswith("co_") else 0, number, value, self.problem)
        elif kind in ("proposer_org", "co_proposer_org"):
            self.book.proposers[1 if kind.startswith("co_") else 0]["org"] = (number, value)
        elif kind == "format":
            self.read_format(number, line, value)
        elif kind == "minutes":
            minutes = minutes_in(value) or (int(value) if value.isdigit() else None)
            if minutes is None or not 1 <= minutes <= 24 * 60:
                self.problem(number, line, "the planned minutes must be between 1 and 1440")
            else:
                self.facts.minutes = minutes
        elif kind == "person":
            if not self.people(number, value, (), lenient=True):
                self.problem(number, line, "no person's name could be read here")
        elif kind == "type":
            self.facts.kind = self.facts.kind or type_of(value)
        elif kind in ("country", "group"):
            self.book.pairs[kind].append((number, value))
        elif kind == "tags":
            self.facts.tags.extend(t.strip() for t in (value.split(",") if label == "tags" else [value]) if t.strip())
        else:
            self.book.block_fact(number, kind, value, self.problem)

    def set_format(self, number: int, line: str, value: str) -> None:
        if len(value) > 100:
            self.problem(number, line, "longer than 100 characters")
        else:
            self.facts.format = self.facts.format or value

    def read_format(self, number: int, line: str, value: str) -> None:
        """ "Round Table - 90 Min" → format and minutes; "Panel - 1 hour" too; the minutes searched from the end."""
        match = _END_MINUTES.search(value) or _END_HOURS.search(value)
        if match is None:
            self.set_format(number, line, value)
            return
        end = match.start()
        while end and (value[end - 1].isspace() or value[end - 1] in _FORMAT_SEPARATORS):
            end -= 1
        if value[:end].strip():
            self.set_format(number, line, value[:end].strip())
        minutes = minutes_in(match.group(0)) or 0
        if 1 <= minutes <= 24 * 60:
            self.facts.minutes = self.facts.minutes or minutes
        else:
            self.problem(number, line, "the planned minutes must be between 1 and 1440")

    def people(self, number: int, text: str, roles: tuple[Role, ...], *, lenient: bool) -> bool:
        """Everyone the text names, with these roles (none: role to be confirmed); False if it names nobody."""
        chunks = split_people(text)
        read = []
        for chunk in chunks:
            facts = person_from(chunk, self.countries, self.book.fact_problems, lenient=lenient and len(chunks) == 1)
            if facts is None:
                return False
            read.append(facts)
        for chunk, facts in zip(chunks, read, strict=True):
            own = roles
            if Role.MODERATOR in roles and re.search(r"\((?:online|remote|virtual)\)", chunk, re.I):
                # "Moderators: Ana Lopez (onsite), Kim Lee (online)": the online one moderates online.
                own = tuple(Role.ONLINE_MODERATOR if role is Role.MODERATOR else role for role in roles)
            self.book.add(facts, own, number, unconfirmed=not roles)
        self.book.report_fact_problems(number, self.problem)
        self.context.names += len(read)
        return True

    def bare_line(self, number: int, line: str) -> bool:
        """A line with no label: an avatar, names under a heading, the organisation on the line after a name."""
        avatar = _AVATAR.match(line)
        if avatar:
            roles = self.context.roles or (Role.ORGANIZER,)
            if not self.people(number, avatar.group(1), roles, lenient=True):
                return False
            # The schedule site repeats the name, then gives the position and organisation on the next line.
            person = self.book.find(avatar.group(1))
            self.book.pending = person if person is not None and not person.affiliation else None
            return True
        pending = self.book.pending
        if pending is not None:
            if self.book.same_person(pending, strip_bullet(line)):
                return True
            # A position and organisation can be long ("Director of … Authority of Egypt"), not a sentence.
            short = len(line.split()) <= 25 and not line.rstrip().endswith((".", "?", "!"))
            if not is_name_like(strip_bullet(line).split(",")[0]) and short:
                self.book.pending = None
                pending.affiliation = pending.affiliation or line[:500]
                return True
            self.book.pending = None
        if self.book.csv_people(number, line, self.problem):
            return True
        names = people_list_after_label(line)
        if names is not None:
            for name in names:
                self.people(number, name, self.context.roles, lenient=False)
            return True
        if self.people(number, line, self.context.roles, lenient=bool(self.context.roles)):
            person = self.book.find(strip_bullet(line)) if "," not in line else None
            if person is not None and not person.affiliation:
                # A list of bare names, each with the position and organisation on the line below.
                self.book.pending, self.book.pending_next_line_only = person, True
            return True
        if Role.ORGANIZER in self.context.roles and not self.context.names and not _is_prose(line):
            self.facts.organisers.append(line)
            return True
        return False


def _is_prose(line: str) -> bool:
    words = line.split()
    return len(words) >= 12 or (len(words) >= 6 and line.rstrip().endswith((".", "?", "!", "…", ":")))


def parse_proposal(text: str, *, countries: CountryNames | None = None) -> ProposalResult:
    """Read an IGF session page or workshop proposal: pasted text, a text file or a saved HTML page.

    Never guesses: what the page does not say stays empty. Raises ImportFileError only when the
    text has no line at all (or a web page has no text).
    """
    if not clean_line(text.replace("\ufeff", "")):
        raise ImportFileError("the proposal is empty")
    if looks_like_html(text):
        text = html_to_text(text)
    reader = _Reader(countries or default_country_names())
    reader.read(text)
    participants = reader.book.participants(reader.problem)
    return build_result(reader.facts, participants, reader.book.organisations(), reader.not_understood)


__all__ = ["Gender", "NotUnderstood", "ProposalResult", "ProposedParticipant", "parse_proposal"]
