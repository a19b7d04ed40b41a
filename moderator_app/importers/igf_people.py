"""How IGF pages name people: name-like text, several people on a line, and the facts after a name."""

from __future__ import annotations

import re
from dataclasses import dataclass

from moderator_app.domain.enums import Region, Role, StakeholderGroup
from moderator_app.importers.common import (
    CountryNames,
    fold,
    region_from,
    split_honorific,
    stakeholder_group_from,
)
from moderator_app.importers.role_labels import roles_from_label

# Words that appear in organisation names, topics and page furniture but not in people's names: a
# capitalised line made of them ("Internet Society", "Venue Map") is not offered as a person.
NOT_NAME_WORDS = frozenset(
    """
    access affairs agency alliance alumni ambassador association authority bank board broadband bureau
    business caribbean center centre chamber coalition commission committee communication communications
    community company conference consortium cooperation corporation council cybersecurity data day
    department development digital divide divides dynamic economic economy emerging event european
    exchange federation forum foundation fund gender global governance government group hall hub human
    ict igf inclusion information initiative innovation institute institution international internet
    issues lab labs leadership level ltd map media ministry moderator moderators national network networks
    office online onsite open organisation organization organizer organizers panel parliament partners
    partnership platform policy programme program project registry report research resources rights room
    school secretariat security session sessions skills society speaker speakers summit technical
    technologies technology telecom telecommunications theme track trust union united universidad
    university venue village welcome workshop youth tv radio news times press universidade universidad
    universite universitat instituto institut nacional federal fundacion fundacao stiftung ministere
    ministerio gobierno gouvernement camara sociedad societe asociacion associacao agence agencia
    observatory observatorio lab academy academia college capital partners group holdings inc llc plc
    gmbh sa ag limited telecoms networks systems solutions services consulting labs studio
    chair chairman chairperson chairwoman mag representative director executive president vice manager
    head secretary minister officer coordinator member professor researcher advisor adviser senior
    founder ceo cto deputy general lead fellow expert tbc tbd unknown various others speakers panelists
    in the this these that those as at for on with by from to our we it its since while when over under
    after before during despite although because if how what why who where all many most some each every
    both new more today recent now there here
    sector details practical information overview contact registration website title ballroom villa
    plenary auditorium banquet annex chapter remarks opening closing introduction introductory keynote break
    lunch discussion conclusion conclusions scene setting statement statements symposium staff coordination
    part enterprise private public
    """.split()
)
# Lower-case words that do belong inside names (Rodrigo de la Parra, Maarten van Horenbeeck).
PARTICLES = frozenset("de la del der den di da das do dos du van von le bin bint al el ibn y e".split())
_TOKEN = re.compile(r"^[^\W\d_][\w'’.\-]*$")
_BULLETS = "-–—•·●○■□➢*✓✔►▪◦> \t"
# "(main)", "(sub)", "(tbc)": a note after a name, not an organisation.
# "Sorina Teleanu | Diplo (moderator)", "Jutta Croll (Onsite Rapporteur)": the role the person holds here.
_ROLE_NOTE = re.compile(
    r"\s*\((?:(?:onsite|on-site|online|remote)\s+)?(moderator|co-moderator|chair|rapporteur|organi[sz]er|speaker)\)",
    re.I,
)
_REMOTE_NOTE = re.compile(r"\((?:remote|online|virtual)\)", re.I)
NAME_NOTE = re.compile(
    r"\s*\((?:main|sub|tbc|tbd|to be confirmed|confirmed|online|onsite|remote|virtual|mp|m\.p\.)\)", re.I
)
# "Hon, Neema Lugangira": a title and a comma before the name.
_TITLE_COMMA = re.compile(r"^((?:Hon|Mr|Ms|Mrs|Dr|Prof|H\.E)\.?),\s+(?=[^\W\d_])")
# "Paolo Passaglia [Uni. Pisa]": the organisation in square brackets.
_SQUARE = re.compile(r"\[([^\[\]]{1,200})\]")


_NUMBERING = re.compile(r"^\(?\d{1,2}[.)]\s*(?=[^\W\d_])")


def strip_bullet(text: str) -> str:
    """Without a list's bullet or number: "• Ana Silva", "1. Ana Silva", "4.Ana Silva" → "Ana Silva"."""
    return _NUMBERING.sub("", text.lstrip(_BULLETS).strip()).strip()


def is_name_like(text: str, *, lenient: bool = False, short_capitals_ok: bool = False) -> bool:
    """Two to five words that could be a person's name (capitalised, particles allowed, no digits).

    ``lenient`` (text after an explicit role label) also takes one word and lower-case names;
    ``short_capitals_ok`` (a list under a role heading, or a name after "Mr.") takes "LI LI".
    """
    honorific, text = split_honorific(text)
    short_capitals_ok = short_capitals_ok or bool(honorific)
    words = text.split()
    if not words or len(words) > 5 or (len(text) > 80 and not lenient):
        return False
    if not lenient and len(words) < 2:
        return False
    # A nickname in quotes (‘Chat’ Garcia Ramilo) is part of the name.
    words = [word.strip("‘’'\"“”") or word for word in words]
    if not all(_TOKEN.match(word) for word in words):
        return False
    capitalised = 0
    for position, word in enumerate(words):
        bare = word.strip(".")
        if fold(bare) in NOT_NAME_WORDS:
            return False
        if bare[:1].isupper():
            # An all-capitals word is a family name (SALEM) when long enough; TV, UN, IGF are not names.
            # (a middle "MJ" is initials).
            short_capitals = bare.isupper() and len(bare) == 2
            if short_capitals and position in (0, len(words) - 1) and not (lenient or short_capitals_ok):
                return False
            capitalised += 1
        elif bare.casefold() not in PARTICLES and not lenient:
            return False
    if not lenient and len(words) >= 2 and "-" in words[0] and words[0].isupper() and not words[-1].isupper():
        return False  # "ITU-T Gunela Astbrink": an organisation's code before a name
    return lenient or capitalised >= 2


def split_top_level(text: str, separator: str = ",") -> list[str]:
    """Split on ``separator`` outside parentheses: "A (B, C), D" → ["A (B, C)", "D"]."""
    parts: list[str] = []
    depth, start = 0, 0
    for index, char in enumerate(text):
        if char == "(":
            depth += 1
        elif char == ")":
            depth = max(0, depth - 1)
        elif char == separator and depth == 0:
            parts.append(text[start:index])
            start = index + 1
    parts.append(text[start:])
    return [part.strip() for part in parts]


# Stated places that are not one of the five UN regional groups: reported, never mapped to one.
OTHER_PLACES = frozenset(
    fold(words)
    for words in [
        "Europe",
        "EU",
        "NA",
        "North America",
        "MENA",
        "Arab States",
        "Middle East",
        "Global",
        "Asia",
        "Subsaharan Africa",
        "Sub-Saharan Africa",
        "West Africa",
        "East Africa",
        "Southern Africa",
    ]
)


@dataclass
class PersonFacts:
    """What a line says about one person; empty strings and None where it says nothing."""

    name: str
    honorific: str = ""
    affiliation: str = ""
    group: StakeholderGroup | None = None
    region: Region | None = None
    country: str = ""
    #: The name ended with a comma and nothing after it: the next line may hold the organisation.
    open_affiliation: bool = False
    #: Roles the line states after the facts ("… - onsite moderator", "… - Rapporteur, onsite").
    roles: tuple[Role, ...] = ()
    #: The line says the person takes part online ("(Remote)", "- online").
    remote: bool = False
    #: The name was written family name first ("Cath, Corinne").
    family_first: bool = False


@dataclass
class FactProblem:
    text: str
    why: str


def _peel_place(part: str, countries: CountryNames) -> tuple[Region | None, str, str] | None:
    """ "Africa (Nigeria)" → (african, "NG", ""); "Intergovernmental Organization Africa" → (african, "", rest).

    None when the part states no region or country of its own ("ITU Africa" is an organisation).
    """
    country = ""
    text = part.strip()
    brackets = list(re.finditer(r"\(([^()]*)\)", text))
    inner = brackets[-1] if brackets else None  # "… (PCMLP) (United Kingdom)": the last is the country
    if inner and countries.code_for(inner.group(1)):
        country = countries.code_for(inner.group(1)) or ""
        text = " ".join((text[: inner.start()] + " " + text[inner.end() :]).split())
    words = text.split()
    for size in range(min(6, len(words)), 0, -1):
        region = region_from(" ".join(words[-size:]))
        if region is None:
            continue
        rest = " ".join(words[:-size]).strip(" ,")
        if not rest or stakeholder_group_from(rest) or countries.code_for(rest) or country:
            return region, country or countries.code_for(rest) or "", rest
        return None
    if country:
        # "(India)", "New Delhi (India)", "Amnesty Tech (Germany)": the country, and what stands before it.
        return None, country, text
    return None


def read_facts(rest: str, countries: CountryNames, problems: list[FactProblem]) -> tuple[str, PersonFacts]:
    """Group, region and country named among the comma-separated parts; the other parts are the organisation."""
    facts = PersonFacts(name="")
    kept: list[str] = []
    for raw in split_top_level(rest):
        part = raw.strip()
        if not part:
            continue
        facts_in_brackets = _facts_in_brackets(part, countries)
        if facts_in_brackets is not None:
            # "ADC (Argentina, CSO)", "(UK, Technical Community)": the country and group stated in brackets.
            part, group, region, country = facts_in_brackets
            facts.group, facts.region = facts.group or group, facts.region or region
            facts.country = facts.country or country
            if not part:
                continue
        for inner in _BRACKETED.finditer(part):
            # "Kenya (Africa)", "CIPESA (Think Tank Africa)", "Lie Detectors ( NGO Europe)": the region stated.
            words = inner.group(1).split()
            size = next((n for n in (4, 3, 2, 1) if len(words) >= n and region_from(" ".join(words[-n:]))), 0)
            descriptor = words[: len(words) - size]
            short = len(descriptor) <= 2 and all(w[:1].isupper() for w in descriptor)  # "Think Tank", "NGO"
            if size and short and facts.region is None:
                place = " ".join(words[-size:])
                facts.region = region_from(place)
                part = (part[: inner.start()] + part[inner.end() :]).strip()
                if region_from(part) == facts.region:
                    part = ""  # "Western European and Others (WEOG)": the region and its short name
                break
            tail = (fold(words[-1]), fold(" ".join(words[-2:]))) if words else ("", "")
            elsewhere = tail[0] in OTHER_PLACES or tail[1] in OTHER_PLACES
            if elsewhere and short and len(words) <= 3:
                place = inner.group(1).strip()
                problems.append(FactProblem(place, f"'{place}' is not one of the five UN regional groups"))
                part = (part[: inner.start()] + part[inner.end() :]).strip()
                break
        if not part:
            continue
        taking_part = _TAKING_PART.fullmatch(part)
        if taking_part and part.strip():
            # "onsite moderator", "online", "Rapporteur": how and as what the person takes part.
            where, what = taking_part.group(1), taking_part.group(2)
            role = roles_from_label(what) if what else None
            if role and where and fold(where) in ("online", "remote", "virtual") and role == (Role.MODERATOR,):
                role = (Role.ONLINE_MODERATOR,)
            facts.roles = tuple(dict.fromkeys((*facts.roles, *(role or ()))))
            facts.remote = facts.remote or (bool(where) and fold(where) in ("online", "remote", "virtual") and not what)
            continue
        group = stakeholder_group_from(part)
        if group is not None:
            facts.group = facts.group or group  # a group stated twice is still no organisation
            continue
        if fold(part) == "ap" and facts.group is not None and facts.region is None:
            facts.region = Region.ASIA_PACIFIC  # "Civil Society - AP": the region slot after the group
            continue
        region = region_from(part)
        if region is not None and facts.region is None:
            facts.region = region
            continue
        code = _country_named(part.strip("() "), countries)
        if code and not facts.country:
            facts.country = code
            continue
        peeled = _peel_place(part, countries)
        if peeled is not None:
            region, country, remainder = peeled
            facts.region = facts.region or region
            facts.country = facts.country or country
            group = stakeholder_group_from(remainder) if remainder else None
            if group is not None:
                facts.group = facts.group or group
            elif remainder and country and not region:
                # "Amnesty Tech (Germany)" first after the name is the organisation; "…, Civil Society,
                # New Delhi (India)" after it is a city, no fact this app keeps, unless it names an
                # organisation ("Human Rights Centre (Belgium)").
                if not kept or any(fold(word) in NOT_NAME_WORDS for word in remainder.split()):
                    kept.append(remainder)
            continue
        head = _group_then_place(part)
        if head is not None and facts.group is None:
            facts.group, place = head
            problems.append(FactProblem(part, f"'{place}' is not one of the five UN regional groups"))
            continue
        places = _places_only(part, countries)
        if places is not None:
            # "Georgia United States of America": places, not an organisation; one country is kept.
            facts.country = facts.country or (places[0] if len(places) == 1 else "")
            continue
        if fold(part) in OTHER_PLACES:
            problems.append(FactProblem(part, f"'{part}' is not one of the five UN regional groups"))
            continue
        kept.append(part)
    return ", ".join(kept), facts


def _facts_in_brackets(
    part: str, countries: CountryNames
) -> tuple[str, StakeholderGroup | None, Region | None, str] | None:
    """ "ADC (Argentina, CSO)" → ("ADC", civil society, None, "AR"): brackets that hold only facts, else None."""
    found = re.search(r"\(([^()]{2,80})\)\s*$", part)
    if found is None or "," not in found.group(1):
        return None
    group: StakeholderGroup | None = None
    region: Region | None = None
    country = ""
    for piece in (p.strip() for p in found.group(1).split(",")):
        if stakeholder_group_from(piece) and group is None:
            group = stakeholder_group_from(piece)
        elif region_from(piece) and region is None:
            region = region_from(piece)
        elif _country_named(piece, countries) and not country:
            country = _country_named(piece, countries) or ""
        else:
            return None
    return part[: found.start()].strip(" ,"), group, region, country


def _country_named(text: str, countries: CountryNames) -> str | None:
    """The country a text names in words; a bare two-letter code ("EE") is an organisation's name here."""
    if len(text.strip()) <= 2 and fold(text) not in countries.by_name and text.strip() not in ("US", "UK"):
        return None
    return countries.code_for(text)


def _places_only(part: str, countries: CountryNames) -> list[str] | None:
    """The countries a part is made of, left to right, when it is nothing else; None otherwise."""
    words, found = part.split(), []
    if len(words) > 12:
        return None
    while words:
        for size in range(min(6, len(words)), 0, -1):
            code = _country_named(" ".join(words[:size]), countries)
            if code:
                found.append(code)
                words = words[size:]
                break
        else:
            return None
    return found if len(found) >= 2 else None


def _group_then_place(part: str) -> tuple[StakeholderGroup, str] | None:
    """ "Technical Community Europe" → (technical community, "Europe"): a group followed by a place."""
    words = part.split()
    if len(words) > 8:  # a group and a place are a few words; longer text is an organisation
        return None
    for size in range(len(words) - 1, 0, -1):
        group = stakeholder_group_from(" ".join(words[:size]))
        if group is not None:
            place = " ".join(words[size:])
            return (group, place) if fold(place) in OTHER_PLACES else None
    return None


def _clean_name(name: str, *, alone: bool = True) -> tuple[str, str, str]:
    """(honorific, name, trailing organisation): "Reema Nanavaty SEWA" → ("", "Reema Nanavaty", "SEWA").

    A last word in capitals is an organisation only when nothing follows the name (``alone``): with
    the facts after a comma, "Francis Olivier CUBAHIRO, Government" has a family name in capitals.
    """
    honorific, bare = split_honorific(strip_bullet(NAME_NOTE.sub("", name)))
    words = bare.split()
    trailing = ""
    if (
        alone
        and len(words) >= 3
        and words[-1].isupper()
        and len(words[-1]) >= 3
        and all(w[:1].isupper() and not w.isupper() for w in words[:-1])
    ):
        trailing = words.pop()
    # Family names in capitals (Sidi OULD SALEM) read as Title case, as the 2017 form's LAST names do.
    if any(not w.isupper() for w in words):
        words = [w.title() if w.isascii() and w.isupper() and len(w.replace(".", "")) >= 3 else w for w in words]
    return honorific, " ".join(words), trailing


# "onsite", "online moderator", "Rapporteur", "in person": how and as what a person takes part.
_TAKING_PART = re.compile(
    r"(onsite|on-site|on site|in person|in-person|online|remote|virtual)?\s*"
    r"((?:onsite\s+|online\s+|remote\s+)?(?:moderator|rapporteur|speaker|organi[sz]er|panelist|panellist))?",
    re.I,
)
_BRACKETED = re.compile(r"\(\s*([^()]{2,60}?)\s*\)")
# Labels inside a line of facts: "Renata Baltar - UNIFOR - Stakeholder group: Civil Society - Country: Brasil".
_INLINE_LABEL = re.compile(
    r"^(?:stakeholder\s+group|stakeholder|country|region|regional\s+group|organi[sz]ation|affiliation|institution)"
    r"\s*:\s*",
    re.I,
)
# A dash with a space on at least one side separates facts; "Jean-Pierre" and "Asia-Pacific" keep theirs.
FACT_DASH = re.compile(r"\s+[-–—|]\s*|\s*[-–—|]\s+")
# Words that begin a position written straight after a name, with no comma: "Ana Silva Deputy Director of …".
_POSITION_WORDS = frozenset(
    """
    deputy director head chair chairman chairperson chairwoman minister professor prof ceo cto cio coo president
    vice senior founder cofounder co-founder executive secretary ambassador member coordinator manager officer
    advisor adviser researcher lead fellow representative commissioner counsellor counselor chief principal
    """.split()
)


def _dashes_to_commas(text: str, *, lenient: bool) -> str:
    """ "Name - Org - Civil society - Africa" → "Name, Org, Civil society, Africa"; other text as it is.

    Only a line that starts with a name is rewritten. "Paiva, Gustavo - UFRN - …", a family name, a
    comma and a given name before the first dash, becomes "Gustavo Paiva, UFRN, …".
    """
    segments = [s.strip() for s in FACT_DASH.split(text)]
    if len(segments) < 2 or not all(segments):
        return text
    head = segments[0]
    pieces = split_top_level(head)
    if len(pieces) == 2 and all(len(p.split()) == 1 and p[:1].isupper() and not p.isupper() for p in pieces):
        if fold(pieces[1]) not in NOT_NAME_WORDS:
            head = f"{pieces[1]} {pieces[0]}"
    if not is_name_like(split_top_level(head)[0], lenient=lenient):
        return text
    return ", ".join([head, *(_INLINE_LABEL.sub("", s).rstrip(". ") for s in segments[1:])])


def _name_then_position(text: str) -> tuple[str, str] | None:
    """ "Benedicto Fonseca Filho. Director, …" or "Fatoumata Ndiaye Deputy Executive Director of UNICEF"
    → (name, position and organisation); None when the text does not start with a name so followed."""
    left, dot, right = text.partition(". ")
    if dot and right and len(left.split()) >= 2 and len(left.split()[-1]) > 1 and is_name_like(left):
        return left, right.strip()
    words = text.split()
    for size in (4, 3, 2):
        if len(words) > size + 1 and fold(words[size]) in _POSITION_WORDS and is_name_like(" ".join(words[:size])):
            return " ".join(words[:size]), " ".join(words[size:])
    return None


def person_from(
    text: str,
    countries: CountryNames,
    problems: list[FactProblem],
    *,
    lenient: bool,
    in_role: bool = False,
    family_first: bool = False,
) -> PersonFacts | None:
    """One person from "Name, organisation, group, region" (or "Name (organisation)", "Name - organisation")."""
    original = text
    text = _SQUARE.sub(r"(\1)", _TITLE_COMMA.sub(r"\1 ", strip_bullet(text)))
    noted = tuple(r for m in _ROLE_NOTE.finditer(text) for r in (roles_from_label(m.group(1)) or ()))
    text = _ROLE_NOTE.sub("", text)
    text = _dashes_to_commas(strip_bullet(NAME_NOTE.sub("", text)), lenient=lenient)
    parts = split_top_level(text)
    name_part, rest = parts[0], ", ".join(parts[1:])
    if " - " in name_part:
        left, _, right = name_part.partition(" - ")
        if is_name_like(left, lenient=lenient):
            name_part, rest = left.strip(), ", ".join(p for p in (right.strip(), rest) if p)
    if not is_name_like(name_part, lenient=lenient):
        split = _name_then_position(name_part)
        if split is not None:
            name_part, rest = split[0], ", ".join(p for p in (split[1], rest) if p)
    bracket = re.fullmatch(r"(.*?)\s*\(([^()]+)\)\s*", name_part)
    if bracket and not rest and is_name_like(bracket.group(1), lenient=lenient):
        name_part, rest = bracket.group(1), bracket.group(2)
    # "Cath, Corinne": a family name, a comma, a given name. In a list already so written, the family
    # name can be two words ("Palma Salas , Marcelo").
    reversed_name = False
    family_words = len(name_part.split())
    if (
        len(parts) == 2
        and (family_words == 1 or (family_first and family_words <= 3))
        and len(parts[1].split()) == 1
        and parts[1][:1].isupper()
    ):
        given = parts[1]
        if (
            all(w[:1].isupper() and fold(w) not in NOT_NAME_WORDS for w in name_part.split())
            and not name_part.isupper()
            and not given.isupper()
            and fold(given) not in NOT_NAME_WORDS
        ):
            name_part, rest, reversed_name = f"{parts[1]} {name_part}", "", True
    if not is_name_like(name_part, lenient=lenient, short_capitals_ok=in_role):
        return None
    honorific, name, trailing = _clean_name(name_part, alone=not rest)
    if not name:
        return None
    affiliation, facts = read_facts(rest, countries, problems)
    facts.name, facts.honorific = name, honorific
    facts.affiliation = affiliation or trailing
    facts.open_affiliation = len(parts) >= 2 and not any(p for p in parts[1:])
    facts.remote = facts.remote or _REMOTE_NOTE.search(original) is not None
    facts.roles = tuple(dict.fromkeys((*noted, *facts.roles)))
    facts.family_first = reversed_name
    return facts
