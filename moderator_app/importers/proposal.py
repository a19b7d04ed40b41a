"""An IGF session page or workshop proposal (text or saved HTML) → session facts and people, nothing silent.

Every line is either read (a field, a person, a date, a heading, the description) or listed in
``not_understood`` with its number and why. People are read from labelled lines ("Speaker 1:"),
from role blocks (a "Speakers" heading and names under it), and from lines whose heading was lost
(offered with the role to be confirmed). Gender is only ever read from an honorific, to confirm.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from moderator_app.domain.enums import Gender, Role, SessionType
from moderator_app.domain.text import clean_line
from moderator_app.importers.common import (
    CountryNames,
    ImportFileError,
    default_country_names,
    fold,
)
from moderator_app.importers.igf_facts import (
    code_alone,
    format_line,
    is_date_without_year,
    is_sdg,
    is_time_only,
    is_venue,
    kind_in_title,
    minutes_in,
    tidy_title,
    title_line,
    type_of,
    without_forum_year,
)
from moderator_app.importers.igf_html import html_to_text, looks_like_html
from moderator_app.importers.igf_people import is_name_like, person_from, strip_bullet
from moderator_app.importers.page_labels import (
    CHROME,
    FIELDS,
    FORUM_YEAR,
    IGNORED_SECTIONS,
    LABEL,
    LIST_MARK,
    PANEL_WORDS,
    PARENTHESES,
    inline_labels,
    label_of,
)
from moderator_app.importers.people_split import people_list_after_label, split_people
from moderator_app.importers.proposal_people import PeopleBook
from moderator_app.importers.proposal_result import (
    NotUnderstood,
    ProposalResult,
    ProposedParticipant,
    SessionFacts,
    build_result,
)
from moderator_app.importers.role_labels import is_plural_label, roles_from_label
from moderator_app.importers.session_when import WhenReader, has_date, is_prose

_TAG_LABEL = re.compile(r"^tag \d{1,2}$")
_AVATAR = re.compile(r"^avatar for\s+(.+)$", re.I)
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
    family_first: bool = False  # the block writes names family name first


class _Reader:
    def __init__(self, countries: CountryNames) -> None:
        self.countries = countries
        self.facts = SessionFacts()
        self.book = PeopleBook(countries)
        self.not_understood: list[NotUnderstood] = []
        self.section: str | None = None
        self.context = _Context(plural=False)
        self.title_from = ""  # "label", "code" or "first"
        self.title_raw = ""  # the line the title was read from
        self.expect_title = False  # a code stood alone on its line: the title is on the next
        self.when = WhenReader(self.facts, self.problem)
        self.agenda_roles: tuple[Role, ...] | None = None  # the role an agenda heading gives the names under it
        self.last_person: tuple[int, str] | None = None  # number and text of the line a person was read from

    def problem(self, number: int, text: str, why: str) -> None:
        self.not_understood.append(NotUnderstood(number, text[:300], why))

    def read(self, text: str) -> None:
        year = FORUM_YEAR.search(text[:5000])
        self.when.year = int(year.group(1)) if year else None
        for number, raw in enumerate(text.lstrip("\ufeff").splitlines(), start=1):
            line = LIST_MARK.sub("", clean_line(raw))
            if not line:
                self.blank()
                continue
            self.context.blanks = 0
            for part in inline_labels(line):
                self.one_line(number, part)
        self.when.close()
        self.book.close_block()
        self.facts.title, room = tidy_title(self.facts.title)
        self.facts.venue = self.facts.venue or room

    def one_line(self, number: int, line: str) -> None:
        if self.section is not None and not self.structural(line):
            if self.section == "description":
                self.facts.description.append(line)
            elif self.section == "agenda":
                self.agenda_line(number, line)
            return
        in_agenda, self.section = self.section == "agenda", None
        if not self.line(number, line):
            self.problem(number, line, self.why(line))
        match, _plain, role_label = label_of(line)
        if in_agenda and self.section is None and match and match.group(2).strip() and roles_from_label(role_label):
            # "Moderator: Ana Silva" inside an agenda: the agenda goes on after it.
            self.section = "agenda"

    def agenda_line(self, number: int, line: str) -> None:
        """A line of an agenda: the people it names speak to its item, unless a heading named their role.

        "Markus Kummer, ICANN Board Member", "• Louise Marie Hurel (RUSI)", "Intro … by Wim Degezelle (IGF
        consultant)", "Introduction (Ana Silva, Chair / Ken Mori)", "Panel (Moderators: A, B; Panelist: C, D)".
        """
        roles = self.agenda_roles or (Role.SPEAKER,)
        bare = strip_bullet(line)
        head = re.split(r"\s*[,(]", bare, maxsplit=1)[0]
        if ("," in bare or "(" in bare) and is_name_like(head) and len(bare) <= 300:
            self.people(number, bare, roles, lenient=False)
            return
        by = _AGENDA_BY.search(bare)
        if by and is_name_like(by.group(1)):
            self.people(number, f"{by.group(1)}, {by.group(2)}" if by.group(2) else by.group(1), roles, lenient=False)
            return
        named = False
        for inner in _PARENTHESISED.findall(bare):
            for piece in inner.split(";"):
                match, plain, role_label = label_of(piece.strip())
                labelled = roles_from_label(role_label) if match else None
                if labelled and match and match.group(2).strip():
                    value = match.group(2).strip()
                    named = self.people(number, value, labelled, lenient=True, plural=is_plural_label(plain)) or named
                    continue
                for each in re.split(r"\s+/\s+", piece):
                    if is_name_like(re.split(r"\s*,", each.strip(), maxsplit=1)[0]):
                        named = self.people(number, each.strip(), roles, lenient=False) or named
        if named:
            return
        words = fold(PARENTHESES.sub(" ", bare)).split()
        if words and len(words) <= 8 and not bare.rstrip().endswith("?"):
            # "Panel Discussion: …", "I - INTRODUCTION - Co-moderators": whose names follow.
            last = roles_from_label(words[-1]) if is_plural_label(words[-1]) else None
            self.agenda_roles = last or ((Role.SPEAKER,) if PANEL_WORDS & set(words) else None)

    def blank(self) -> None:
        if self.book.pending_next_line_only:
            self.book.pending = None
        if self.section == "description":
            self.facts.description.append("")
        self.context.blanks += 1
        if self.context.names and (not self.context.plural or self.context.blanks >= 2):
            # A singular heading's one name, or a list followed by a wide gap where the next
            # heading was lost in the copy: what follows is no longer under that heading.
            self.context = _Context(plural=False)
        self.last_person = None

    def why(self, line: str) -> str:
        if is_date_without_year(line):
            return "a date without a year; set the date in the preview"
        if is_time_only(line):
            return "a time without a date"
        return "unknown field" if LABEL.match(line) else "not a field of the session page"

    def structural(self, line: str) -> bool:
        """A line that ends a free-text section: a known field, a heading, the format, a title with a code."""
        _match, label, role_label = label_of(line)
        if label in FIELDS or label in IGNORED_SECTIONS or roles_from_label(role_label) or _TAG_LABEL.match(label):
            return not (self.section == "description" and label == "description")
        if self.facts.day is None and len(line) <= 200 and has_date(line):
            return True  # "Session Time:" and the date on the next line
        return (format_line(line) is not None and minutes_in(line) is not None) or title_line(line) is not None

    def line(self, number: int, line: str) -> bool:
        """Read one line; False when it is none of the things a session page holds."""
        if CHROME.match(line) or _URL.match(line) or (self.title_from and is_sdg(line)):
            return True
        if self.title_from in ("first", "code") and line != self.title_raw and self.facts.title.endswith(f" - {line}"):
            # The schedule site gives "Organisation - Title", then the title alone.
            self.facts.title = line
            return True
        if line == self.title_raw:
            return True  # the title repeated
        alone = code_alone(line)
        if alone is not None and self.title_from not in ("label", "code"):
            self.facts.code = self.facts.code or alone[0]
            self.facts.kind = self.facts.kind or alone[1]
            self.expect_title = True
            return True
        if self.expect_title:
            self.expect_title = False
            if self.title_from != "label" and not self.structural(line) and not has_date(line):
                self.facts.title, self.title_from, self.title_raw = line, "code", line
                return True
        found = title_line(line)
        if found is not None and self.title_from not in ("label", "code"):
            self.facts.title, self.title_from, self.title_raw = found.title, "code", line
            self.facts.code = self.facts.code or found.code
            self.facts.kind = self.facts.kind or found.kind
            return True
        if self.when.date_line(number, line):
            return True
        if self.when.day_line(number, line):
            return True
        match, label, role_label = label_of(line)
        value = clean_line(match.group(2)) if match else ""
        if label in FIELDS or (match and _TAG_LABEL.match(label)):
            if match or FIELDS.get(label) == "description":
                self.field(number, line, label, value)
                return True
        roles = roles_from_label(role_label)
        head = re.split(r"\s[-–—]\s", line, maxsplit=1)[0] if match is None else ""
        if roles is None and head != line and head and roles_from_label(fold(head)):
            # "Moderators - interventions from the floor": a role heading with what the role covers.
            self.book.close_block()
            self.context = _Context(roles_from_label(fold(head)) or (), True)
            return True
        if roles is None and match is None and 2 <= len(role_label.split()) <= 6:
            # "Introduction by moderators (TBC)": an agenda heading over the people who hold the role.
            last = role_label.split()[-1]
            roles = roles_from_label(last) if is_plural_label(last) else None
            if roles:
                self.book.close_block()
                self.context = _Context(roles, True)
                return True
        if roles and (match or len(line.split()) <= 5):
            if value:
                if not self.people(number, value, roles, lenient=True, plural=is_plural_label(label)):
                    self.problem(number, line, "no person's name could be read after the role")
                elif value.rstrip().endswith(",") and len(split_people(value)) >= 2:
                    # "Organizer(s): Ana Silva, Ken Mori," — the list goes on on the next line.
                    self.book.close_block()
                    self.context = _Context(roles, True)
                return True
            else:
                self.book.close_block()
                # "Speakers and Moderators" lists people of either role: whose is which is to be confirmed.
                mixed = " and " in label and all(is_plural_label(part) for part in label.split(" and "))
                self.context = _Context(() if mixed else roles, is_plural_label(label) or " and " in label)
            return True
        if label in IGNORED_SECTIONS and (match or len(line.split()) <= 6):
            self.section = "agenda" if label in ("agenda", "session agenda") else "ignored"
            return True
        if match and not value:
            if PANEL_WORDS & set(label.split()) and len(label.split()) <= 10:
                # "We've got a great panel lined up:" — the people under it are the speakers.
                self.book.close_block()
                self.context = _Context((Role.SPEAKER,), True)
            return True  # a heading of a section this app has no use for: what follows is still read
        if is_venue(line) and not self.facts.venue:
            self.facts.venue = line
            return True
        if self.title_from and self.facts.kind is None and _MAIN_SESSION_LINE.match(line):
            # "Main Session Human Rights, Gender and Youth #HRGenderYouth" under a pre-report's heading.
            self.facts.kind = SessionType.MAIN_SESSION
            return True
        if self.title_from and not self.book.people and _COALITION.match(line):
            # "Dynamic Coalition on Accessibility and Disability" under the title: the coalition holds it.
            self.facts.kind = self.facts.kind or SessionType.DYNAMIC_COALITION
            self.facts.organisers.append(line)
            return True
        fmt = format_line(line)
        if fmt is not None and not self.facts.format:
            self.facts.format = fmt[0]
            self.when.stated_minutes(fmt[1])
            return True
        if not self.title_from and not self.book.people and not self.context.roles and "," not in line:
            # A page starts with its title, even one that looks like a name ("GigaNet Symposium").
            title = without_forum_year(line)
            self.facts.title, self.title_from, self.title_raw = title, "first", line
            self.facts.kind = self.facts.kind or kind_in_title(line) or kind_in_title(title)
            return True
        if match is None and self.bare_line(number, line):
            return True
        if is_date_without_year(line) or is_time_only(line):
            return False
        if not self.title_from:
            title = without_forum_year(line)
            self.facts.title, self.title_from, self.title_raw = title, "first", line
            self.facts.kind = self.facts.kind or kind_in_title(line) or kind_in_title(title)
            return True
        if is_prose(line):
            if not self.book.people and not self.facts.description_set:
                self.facts.description.append(line)
            return True  # a person's biography can stand between two names under one heading
        if self.context.roles and self.context.names:
            # "[10 min]", "Welcome from the United Nations": the next agenda item, no longer the role's people.
            self.book.close_block()
            self.context = _Context(plural=False)
        return False

    def field(self, number: int, line: str, label: str, value: str) -> None:
        kind = "tags" if _TAG_LABEL.match(label) else FIELDS[label]
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
                self.when.stated_minutes(minutes)
        elif kind == "person":
            if not self.people(number, value, (), lenient=True):
                self.problem(number, line, "no person's name could be read here")
        elif kind == "type":
            self.facts.kind = self.facts.kind or type_of(value)
        elif kind == "time":
            self.when.time_field(number, line, value)
        elif kind == "venue":
            self.facts.venue = self.facts.venue or value[:200]
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
            self.when.stated_minutes(minutes)
        else:
            self.problem(number, line, "the planned minutes must be between 1 and 1440")

    def people(self, number: int, text: str, roles: tuple[Role, ...], *, lenient: bool, plural: bool = False) -> bool:
        """Everyone the text names, with these roles (none: role to be confirmed); False if it names nobody.

        ``plural``: the text follows a plural label ("Moderators: A B, C D"), so two names are two people.
        """
        chunks = split_people(text, in_role=bool(roles), plural=plural)
        read = []
        for chunk in chunks:
            facts = person_from(
                chunk,
                self.countries,
                self.book.fact_problems,
                lenient=lenient and len(chunks) == 1,
                in_role=bool(roles),
                family_first=self.context.family_first,
            )
            if facts is None:
                return False
            read.append(facts)
            self.context.family_first = self.context.family_first or facts.family_first
        for chunk, facts in zip(chunks, read, strict=True):
            own = tuple(dict.fromkeys((*roles, *facts.roles)))
            if Role.MODERATOR in roles and re.search(r"\((?:online|remote|virtual)\)", chunk, re.I):
                # "Moderators: Ana Lopez (onsite), Kim Lee (online)": the online one moderates online.
                own = tuple(Role.ONLINE_MODERATOR if role is Role.MODERATOR else role for role in roles)
            self.book.add(facts, own, number, unconfirmed=not own)
        self.book.report_fact_problems(number, self.problem)
        self.context.names += len(read)
        return True

    def continued(self, number: int, line: str) -> bool:
        """The rest of a wrapped line about a person: "…for Supervision in the" / "sphere of Telecom, …"."""
        last, self.last_person = self.last_person, None
        if last is None or last[0] != number - 1 or len(line) > 300:
            return False
        previous = last[1].rstrip()
        hyphen = previous.endswith("-")
        if not (hyphen or (line[:1].islower() and not is_prose(line))):
            return False
        person = self.book.people[-1] if self.book.people else None
        if person is None or not person.affiliation:
            return False
        glue = "" if previous.endswith("-") else " "
        person.affiliation = (person.affiliation + glue + line)[:500]
        self.last_person = (number, line)
        return True

    def bare_line(self, number: int, line: str) -> bool:
        """A line with no label: an avatar, names under a heading, the organisation on the line after a name."""
        if self.continued(number, line):
            return True
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
        read = self.book.labelled_records(number, line, self.context.roles, self.problem)
        if read:
            self.context.names += read
            return True
        names = people_list_after_label(line)
        if names is not None:
            for name in names:
                self.people(number, name, self.context.roles, lenient=False)
            return True
        if self.people(number, line, self.context.roles, lenient=bool(self.context.roles)):
            self.last_person = (number, line)
            person = self.book.find(strip_bullet(line)) if "," not in line else None
            if person is not None and not person.affiliation:
                # A list of bare names, each with the position and organisation on the line below.
                self.book.pending, self.book.pending_next_line_only = person, True
            return True
        if Role.ORGANIZER in self.context.roles and not self.context.names and not is_prose(line):
            self.facts.organisers.append(line)
            return True
        return False


_MAIN_SESSION_LINE = re.compile(r"^Main\s+Session\b[^.!?]{0,150}$", re.I)
_COALITION = re.compile(r"^(?:Dynamic\s+Coalition|DC)\s+on\s+\S.{0,100}$", re.I)
# "… by Wim Degezelle (IGF consultant)": who leads an agenda item, at its end.
_AGENDA_BY = re.compile(r"\bby\s+((?:[^\W\d_][\w'’.\-]*\s+){1,3}[^\W\d_][\w'’.\-]*)\s*(?:\(([^()]{1,200})\))?\s*$")
_PARENTHESISED = re.compile(r"\(([^()]{3,400})\)")


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
