"""What both importers share: the error type, text decoding, names, and tolerant value mappings."""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from moderator_app.domain.enums import Attendance, Gender, Region, Role, StakeholderGroup
from moderator_app.domain.limits import MAX_IMPORT_FILE_BYTES
from moderator_app.domain.regions import Country
from moderator_app.domain.text import clean_line

#: The largest proposal or roster file read (see domain/limits.py).
MAX_FILE_BYTES = MAX_IMPORT_FILE_BYTES


class ImportFileError(ValueError):
    """The file cannot be imported at all (empty, not text, no usable line); the message says why."""


def check_size(size: int) -> None:
    """Refuse a file above MAX_FILE_BYTES before any of it is decoded or parsed."""
    if size > MAX_FILE_BYTES:
        raise ImportFileError(
            f"the file is larger than {MAX_FILE_BYTES // (1024 * 1024)} MiB, the most a proposal or roster can be; "
            "check that it is the right file"
        )


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Text and the name of its encoding: UTF-8 (with or without BOM), UTF-16 (BOM), else Windows-1252.

    Raises ImportFileError for an empty file or bytes that are no text in any of these encodings.
    """
    check_size(len(data))
    if not data.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"):
        raise ImportFileError("the file is empty")
    candidates: list[tuple[str, str, bytes]] = []
    if data.startswith(b"\xef\xbb\xbf"):
        candidates.append(("utf-8-sig", "UTF-8 with BOM", data[3:]))
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        codec = "utf-16-le" if data.startswith(b"\xff\xfe") else "utf-16-be"
        candidates.append((codec, "UTF-16 " + codec[-2:].upper(), data[2:]))
    elif b"\x00" in data[:2000]:
        # UTF-16 written without a byte-order mark: ASCII text has a zero in every other byte.
        head = data[:2000]
        even, odd = head[0::2].count(0), head[1::2].count(0)
        if odd > len(head) // 4 and even == 0:
            candidates.append(("utf-16-le", "UTF-16 LE", data))
        elif even > len(head) // 4 and odd == 0:
            candidates.append(("utf-16-be", "UTF-16 BE", data))
        else:
            raise ImportFileError("the file is not text (it holds binary data); save it as CSV or plain text")
    else:
        candidates += [("utf-8", "UTF-8", data), ("cp1252", "Windows-1252", data)]
    for codec, label, payload in candidates:
        try:
            text = payload.decode(codec)
        except UnicodeDecodeError:
            continue
        if "\x00" in text:
            raise ImportFileError("the file is not text (it holds binary data); save it as CSV or plain text")
        return text, label
    raise ImportFileError(
        "the file's characters could not be read as UTF-8, UTF-16 or Windows-1252; save it as UTF-8 and try again"
    )


def fold(text: str) -> str:
    """Case-, accent- and punctuation-blind form of a label or value, for tolerant matching."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(re.sub(r"[^\w]+", " ", bare).replace("_", " ").split())


def name_key(name: str) -> str:
    """The key two spellings of the same person's name share: case, accents, spacing, dots ignored."""
    return fold(name)


def family_name(text: str) -> str:
    """FAMILY names written in capitals become Title case, but only when plainly ASCII (never MÜLLER)."""
    cleaned = clean_line(text)
    if cleaned.isascii() and cleaned.isupper():
        return cleaned.title()
    return cleaned


_HONORIFIC = re.compile(
    r"^(mr|mrs|ms|miss|mx|dr|prof|professor|sir|dame|h\.?e|ambassador|amb|hon|excellency)\.?(?:\s+|$)", re.IGNORECASE
)
_HONORIFIC_GENDER = {"mr": Gender.MAN, "mrs": Gender.WOMAN, "ms": Gender.WOMAN, "miss": Gender.WOMAN}


def split_honorific(name: str) -> tuple[str, str]:
    """("Mr.", "Belisario Contreras") from "Mr. Belisario Contreras"; ("", name) when there is none."""
    cleaned = clean_line(name)
    match = _HONORIFIC.match(cleaned)
    if not match:
        return "", cleaned
    return match.group(0).strip(), cleaned[match.end() :].strip()


def gender_from_honorific(honorific: str) -> Gender | None:
    """Mr → man; Ms, Mrs, Miss → woman; Dr, Prof and any other title say nothing."""
    return _HONORIFIC_GENDER.get(honorific.strip().rstrip(".").casefold())


def _table(entries: Mapping[str, Iterable[str]]) -> dict[str, str]:
    return {fold(word): value for value, words in entries.items() for word in [value, *words]}


_GROUPS = _table(
    {
        StakeholderGroup.GOVERNMENT: ["government", "gov", "govt", "gouvernement", "gobierno", "state"],
        StakeholderGroup.CIVIL_SOCIETY: [
            "civil society",
            "cs",
            "cso",
            "ngo",
            "civil society organization",
            "civil society organisation",
            "societe civile",
            "sociedad civil",
        ],
        StakeholderGroup.PRIVATE_SECTOR: [
            "private sector",
            "private",
            "business",
            "industry",
            "secteur prive",
            "sector privado",
        ],
        StakeholderGroup.TECHNICAL_COMMUNITY: [
            "technical community",
            "technical",
            "tech community",
            "communaute technique",
            "comunidad tecnica",
        ],
        StakeholderGroup.INTERGOVERNMENTAL_ORGANIZATION: [
            "intergovernmental organization",
            "intergovernmental organisation",
            "intergovernmental",
            "inter governmental organization",
            "inter governmental organisation",
            "intergovernmental organizations",
            "igo",
            "international organization",
            "international organisation",
            "organisation intergouvernementale",
            "organizacion intergubernamental",
        ],
        StakeholderGroup.ACADEMIA: [
            "academia",
            "academic",
            "university",
            "universite",
            "universidad",
            "milieu academique",
            "milieu universitaire",
            "monde academique",
            "universitaire",
            "sector academico",
            "academico",
        ],
        StakeholderGroup.MEDIA: ["media", "press", "medias", "medios", "medios de comunicacion", "presse", "prensa"],
        StakeholderGroup.OTHER: ["other", "autre", "otro", "otra"],
    }
)

_GENDERS = _table(
    {
        Gender.WOMAN: ["f", "female", "woman", "women", "w", "femme", "mujer", "femenino", "feminin", "femenina"],
        Gender.MAN: ["m", "male", "man", "men", "homme", "hombre", "masculino", "masculin"],
        Gender.NON_BINARY: ["non binary", "nonbinary", "nb", "enby", "non binaire", "no binario", "no binaria"],
        Gender.OTHER: ["other", "autre", "otro", "otra"],
        Gender.UNDISCLOSED: ["undisclosed", "prefer not to say", "prefers not to say", "prefiere no decirlo"],
    }
)

_ROLES = _table(
    {
        Role.SPEAKER: ["speaker", "panelist", "panellist", "intervenant", "orateur", "orador", "ponente", "panelista"],
        Role.MODERATOR: ["moderator", "onsite moderator", "chair", "moderateur", "moderador", "moderadora"],
        Role.ONLINE_MODERATOR: ["online moderator", "remote moderator", "moderateur en ligne", "moderador en linea"],
        Role.RAPPORTEUR: ["rapporteur", "note taker", "relator", "relatora"],
        Role.ORGANIZER: ["organizer", "organiser", "proposer", "co proposer", "organisateur", "organizador"],
        Role.PARTICIPANT: ["participant", "attendee", "participante", "audience"],
    }
)

_ATTENDANCE = _table(
    {
        Attendance.ONSITE: [
            "onsite",
            "on site",
            "in person",
            "in the room",
            "present",
            "presentiel",
            "sur place",
            "presencial",
        ],
        Attendance.REMOTE: [
            "remote",
            "online",
            "virtual",
            "a distance",
            "en ligne",
            "remoto",
            "en linea",
            "a distancia",
        ],
    }
)

_REGIONS: dict[str, Region] = {
    fold(words): region
    for region, spellings in {
        Region.AFRICAN: ["African Group", "African States", "Africa", "African", "AFR"],
        Region.ASIA_PACIFIC: [
            "Asia-Pacific Group",
            "Asia-Pacific",
            "Asia Pacific Group",
            "APAC",
            "Asia-Pacific (APAC)",
            "Asia and the Pacific",
            "Asia-Pacific States",
            "Asia-Pacific Group (APG)",
        ],
        Region.EASTERN_EUROPEAN: ["Eastern European Group", "Eastern Europe", "EEG", "Eastern European States"],
        Region.GRULAC: [
            "Latin American and Caribbean Group",
            "Latin American and Caribbean Group (GRULAC)",
            "GRULAC",
            "LAC",
            "Latin America and the Caribbean",
            "Latin America and Caribbean",
            "Latin America",
        ],
        Region.WEOG: [
            "Western European and Others Group",
            "Western European and Others Group (WEOG)",
            "WEOG",
            "Western Europe and Others",
            "Western European and Others",
            "Western Europe",
        ],
    }.items()
    for words in spellings
}


def region_from(text: str) -> Region | None:
    """ "African Group", "Asia-Pacific (APAC)", "WEOG", "Africa"… → the UN regional group; else None."""
    found = _REGIONS.get(fold(text)) or _REGIONS.get(fold(text.replace("&", " and ")))
    inner = re.search(r"\(([A-Za-z]{2,8})\)\s*$", text) if found is None and len(text) <= 80 else None
    return _REGIONS.get(fold(inner.group(1))) if inner else found  # "Western European and Others (WEOG)"


_YES = {"yes", "y", "true", "1", "x", "oui", "si"}
_NO = {"no", "n", "false", "0", "non", ""}


def _singular(folded: str) -> str:
    return " ".join(word[:-1] if len(word) > 3 and word.endswith("s") else word for word in folded.split())


def _lookup(table: Mapping[str, str], text: str) -> str | None:
    folded = fold(text)
    return table.get(folded) or table.get(_singular(folded))


def stakeholder_group_from(text: str) -> StakeholderGroup | None:
    """ "Intergovernmental Organizations", "civil society", "CS", "Sociedad civil"… → the group, else None."""
    found = _lookup(_GROUPS, text)
    return StakeholderGroup(found) if found else None


def gender_from(text: str) -> Gender | None:
    """ "F", "female", "woman", "femme", "mujer" → woman; "M", "male", "homme", "hombre" → man; else None."""
    found = _lookup(_GENDERS, text)
    return Gender(found) if found else None


def role_from(text: str) -> Role | None:
    found = _lookup(_ROLES, text)
    return Role(found) if found else None


def attendance_from(text: str) -> Attendance | None:
    found = _lookup(_ATTENDANCE, text)
    return Attendance(found) if found else None


def yes_no(text: str) -> bool | None:
    folded = fold(text)
    if folded in _YES:
        return True
    if folded in _NO:
        return False
    return None


# English spellings people write that are not the table's short names.
_ENGLISH_ALIASES = {
    "US": ["USA", "U.S.", "U.S.A.", "United States of America"],
    "GB": ["UK", "U.K.", "Great Britain", "Britain", "United Kingdom of Great Britain and Northern Ireland"],
    "RU": ["Russia"],
    "KR": ["South Korea", "Korea, Republic of"],
    "KP": ["North Korea"],
    "VN": ["Vietnam"],
    "IR": ["Iran (Islamic Republic of)", "Islamic Republic of Iran"],
    "BO": ["Bolivia (Plurinational State of)"],
    "VE": ["Venezuela (Bolivarian Republic of)"],
    "TZ": ["Tanzania"],
    "SY": ["Syria"],
    "LA": ["Laos", "Lao PDR"],
    "MD": ["Moldova"],
    "CZ": ["Czech Republic"],
    "TR": ["Turkey", "Turkiye"],
    "SZ": ["Swaziland"],
    "CV": ["Cape Verde"],
    "CI": ["Ivory Coast", "Cote d'Ivoire"],
    "MK": ["Macedonia"],
    "PS": ["Palestine"],
    "BN": ["Brunei"],
    "FM": ["Micronesia (Federated States of)"],
    "CD": ["DR Congo", "DRC", "Congo, Democratic Republic of the"],
    "NL": ["The Netherlands", "Holland"],
    "VA": ["Vatican"],
    "AE": ["UAE", "U.A.E."],
}


@dataclass(frozen=True)
class CountryNames:
    """Country names (English, French, Spanish, common variants) and ISO codes → ISO code."""

    by_name: Mapping[str, str]
    codes: frozenset[str]

    def code_for(self, text: str) -> str | None:
        cleaned = clean_line(text)
        if not cleaned:
            return None
        if len(cleaned) == 2 and cleaned.upper() in self.codes:
            return cleaned.upper()
        return self.by_name.get(fold(cleaned)) or self.by_name.get(fold(re.sub(r"^the\s+", "", cleaned, flags=re.I)))


def build_country_names(countries: Mapping[str, Country], translations_csv: str = "") -> CountryNames:
    """Index English names, the aliases above and the French/Spanish table (code,fr,es; | between variants).

    A name that would point at two different codes is refused: better no code than a wrong one.
    """
    by_name: dict[str, str] = {}

    def add(name: str, code: str) -> None:
        key = fold(name)
        if not key:
            return
        if by_name.get(key, code) != code:
            raise ValueError(f"country name {name!r} would mean both {by_name[key]} and {code}")
        by_name[key] = code

    for code, country in countries.items():
        add(country.name, code)
    for code, aliases in _ENGLISH_ALIASES.items():
        if code in countries:
            for alias in aliases:
                add(alias, code)
    lines = [line for line in translations_csv.splitlines() if line.strip() and not line.startswith("#")]
    for fields in csv.reader(lines[1:]):
        if len(fields) != 3 or fields[0].strip().upper() not in countries:
            raise ValueError(f"country translation row {fields!r}: expected a known code, French and Spanish names")
        code = fields[0].strip().upper()
        for cell in fields[1:]:
            for name in cell.split("|"):
                add(name, code)
    return CountryNames(by_name, frozenset(countries))


_DEFAULT: list[CountryNames] = []


def default_country_names() -> CountryNames:
    """The bundled tables (resources/data/countries.csv and country_names_fr_es.csv), read once."""
    if not _DEFAULT:
        from moderator_app.system.resources import countries, read_text

        _DEFAULT.append(build_country_names(countries(), read_text("data", "country_names_fr_es.csv")))
    return _DEFAULT[0]
