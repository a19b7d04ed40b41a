"""Roster CSV bytes → participant drafts: encoding, delimiter and column mapping found, bad rows named by line."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass

from moderator_app.domain.enums import Attendance, Role
from moderator_app.domain.limits import MAX_ROSTER_ROWS
from moderator_app.domain.session import ParticipantDraft, build_participant
from moderator_app.domain.text import ValidationError, clean_line, excerpt
from moderator_app.importers.common import (
    CountryNames,
    ImportFileError,
    attendance_from,
    decode_bytes,
    default_country_names,
    fold,
    gender_from,
    name_key,
    region_from,
    role_from,
    stakeholder_group_from,
    yes_no,
)

IGNORE = "ignore"
#: What a column can be mapped to, in the order the mapping combos list them.
FIELDS = (
    IGNORE,
    "name",
    "first_name",
    "last_name",
    "affiliation",
    "stakeholder_group",
    "gender",
    "country",
    "region",
    "roles",
    "attendance",
    "remote",
    "onsite",
)
DELIMITERS = (",", ";", "\t")
MAX_ROWS = MAX_ROSTER_ROWS
#: A registration export has dozens of columns; thousands mean a wrong file (and each one is a
#: mapping choice in the preview and a header to recognise).
MAX_COLUMNS = 500

_HEADERS = {
    "name": [
        "name",
        "full name",
        "fullname",
        "participant",
        "participant name",
        "nom",
        "nom complet",
        "nombre",
        "nombre completo",
        "nombre y apellido",
        "nombre y apellidos",
        "nom et prenom",
        "person",
    ],
    "first_name": ["first name", "firstname", "given name", "forename", "prenom", "nombre de pila"],
    "last_name": ["last name", "lastname", "surname", "family name", "apellido", "apellidos", "nom de famille"],
    "affiliation": [
        "organisation",
        "organization",
        "org",
        "affiliation",
        "institution",
        "company",
        "employer",
        "organisme",
        "organizacion",
        "entidad",
        "institucion",
        "entreprise",
        "empresa",
    ],
    "stakeholder_group": [
        "stakeholder group",
        "stakeholder",
        "sector",
        "secteur",
        "group",
        "groupe",
        "partie prenante",
        "groupe de parties prenantes",
        "grupo",
        "grupo de interes",
        "grupo de partes interesadas",
    ],
    "gender": ["gender", "sex", "genre", "sexe", "genero", "sexo"],
    "country": ["country", "pays", "pais", "nationality", "nationalite", "nacionalidad", "country of residence"],
    "region": [
        "region",
        "regional group",
        "un regional group",
        "un region",
        "groupe regional",
        "grupo regional",
    ],
    "roles": ["role", "roles", "function", "fonction", "funcion", "rol"],
    "attendance": [
        "attendance",
        "participation",
        "attendance mode",
        "participation mode",
        "modalite",
        "modalidad",
        "mode",
        "in person or online",
        "onsite or remote",
    ],
    "remote": ["remote", "online", "en ligne", "remoto", "virtual", "a distance"],
    "onsite": ["onsite", "on site", "in person", "presentiel", "presencial", "sur place"],
}
_HEADER_KEYS = sorted(((fold(k), f) for f, keys in _HEADERS.items() for k in keys), key=lambda kf: -len(kf[0]))


@dataclass(frozen=True, slots=True)
class RawTable:
    """The file as cells: its encoding, delimiter, header and records (each with the line it starts on)."""

    encoding: str
    delimiter: str
    headers: tuple[str, ...]
    header_line: int
    records: tuple[tuple[int, tuple[str, ...]], ...]
    #: Problems reading the file itself (a broken quote…), by line.
    read_errors: tuple[tuple[int, str], ...] = ()


@dataclass(frozen=True, slots=True)
class RosterRow:
    line: int
    draft: ParticipantDraft


@dataclass(frozen=True, slots=True)
class RosterResult:
    """What would be imported: the mapping (one field per column of ``raw.headers``), good rows, errors."""

    raw: RawTable
    mapping: tuple[str, ...]
    rows: tuple[RosterRow, ...]
    errors: tuple[tuple[int, str], ...]

    @property
    def encoding(self) -> str:
        return self.raw.encoding

    @property
    def delimiter(self) -> str:
        return self.raw.delimiter

    @property
    def mapping_by_header(self) -> dict[str, str]:
        return dict(zip(self.raw.headers, self.mapping, strict=True))


def _split(
    text: str, delimiter: str, limit: int | None = None
) -> tuple[list[tuple[int, list[str]]], list[tuple[int, str]]]:
    records: list[tuple[int, list[str]]] = []
    errors: list[tuple[int, str]] = []
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    last_line = 0
    while limit is None or len(records) < limit:
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as error:
            errors.append((last_line + 1, f"could not be read ({error}); the rest of the file was not read"))
            break
        start, last_line = last_line + 1, reader.line_num
        if any(cell.strip() for cell in cells):
            records.append((start, cells))
    return records, errors


def detect_delimiter(text: str) -> str:
    """The one of , ; tab that splits the first lines into the same number (>1) of columns; else ','."""
    best, best_score = ",", (0, 0)
    for delimiter in DELIMITERS:
        sample, _ = _split(text[:65536], delimiter, limit=20)
        if not sample:
            continue
        widths = [len(cells) for _, cells in sample]
        if widths[0] < 2:
            continue
        score = (sum(width == widths[0] for width in widths), widths[0])
        if score > best_score:
            best, best_score = delimiter, score
    return best


def read_table(data: bytes) -> RawTable:
    """Decode and split the file. Raises ImportFileError when it is empty or not text."""
    text, encoding = decode_bytes(data)
    delimiter = detect_delimiter(text)
    records, errors = _split(text, delimiter)
    if not records:
        raise ImportFileError("the file has no rows")
    if len(records) > MAX_ROWS + 1:
        raise ImportFileError(f"the file has {len(records) - 1:,} rows; a roster can have at most {MAX_ROWS:,}")
    header_line, header = records[0]
    if len(header) > MAX_COLUMNS:
        raise ImportFileError(
            f"the first line has {len(header):,} columns; a roster can have at most {MAX_COLUMNS}. "
            "Check that it is the right file and that its first line names the columns"
        )
    headers = tuple(clean_line(cell) for cell in header)
    body = tuple((line, tuple(cells)) for line, cells in records[1:])
    return RawTable(encoding, delimiter, headers, header_line, body, tuple(errors))


def guess_field(header: str) -> str:
    folded = fold(header)
    for key, field in _HEADER_KEYS:
        if folded == key:
            return field
    for key, field in _HEADER_KEYS:
        if re.search(rf"\b{re.escape(key)}\b", folded):
            return field
    return IGNORE


def guess_mapping(headers: Sequence[str]) -> tuple[str, ...]:
    """A field for each column from its header (English, French, Spanish); each field at most once."""
    mapping: list[str] = []
    for header in headers:
        field = guess_field(header)
        mapping.append(IGNORE if field in mapping else field)
    # "Nom"/"Nombre" beside a first-name column is the family name; beside a family-name column, the given name.
    for index, header in enumerate(headers):
        if mapping[index] == "name" and fold(header) in ("nom", "nombre"):
            if "first_name" in mapping and "last_name" not in mapping:
                mapping[index] = "last_name"
            elif "last_name" in mapping and "first_name" not in mapping:
                mapping[index] = "first_name"
    return tuple(mapping)


def apply_mapping(raw: RawTable, mapping: Sequence[str], *, countries: CountryNames | None = None) -> RosterResult:
    """Read every record with this mapping: good rows become drafts, others an error naming line and reason."""
    mapping = tuple(mapping) + (IGNORE,) * (len(raw.headers) - len(mapping))
    mapping = mapping[: len(raw.headers)]
    unknown = [field for field in mapping if field not in FIELDS]
    if unknown:
        raise ValueError(f"unknown fields in the mapping: {unknown}")
    errors: list[tuple[int, str]] = list(raw.read_errors)
    if "name" not in mapping and "first_name" not in mapping and "last_name" not in mapping:
        errors.insert(0, (raw.header_line, "no column is mapped to the name; choose which column holds it"))
        return RosterResult(raw, mapping, (), tuple(errors))
    names = countries or default_country_names()
    rows: list[RosterRow] = []
    seen: dict[str, int] = {}
    for line, cells in raw.records:
        try:
            draft = _draft(cells, mapping, names)
            build_participant(draft, participant_id="check", session_id="check", regions={})
        except ValidationError as error:
            errors.append((line, str(error)))
            continue
        key = name_key(draft.name)
        if key in seen:
            errors.append((line, f"the same person as line {seen[key]} ({draft.name})"))
            continue
        seen[key] = line
        rows.append(RosterRow(line, draft))
    return RosterResult(raw, mapping, tuple(rows), tuple(sorted(errors)))


def _draft(cells: Sequence[str], mapping: Sequence[str], countries: CountryNames) -> ParticipantDraft:
    extra = [cell for cell in cells[len(mapping) :] if cell.strip()]
    if extra:
        raise ValidationError(
            "{cells} cells but the header has {columns} columns", cells=len(cells), columns=len(mapping)
        )
    values: dict[str, list[str]] = {}
    for field, cell in zip(mapping, cells, strict=False):
        text = clean_line(cell)
        if field != IGNORE and text:
            values.setdefault(field, []).append(text)

    def one(field: str) -> str:
        return values.get(field, [""])[0]

    name = " ".join(values.get("name", [])) or " ".join(values.get("first_name", []) + values.get("last_name", []))
    if not name:
        raise ValidationError("no name in this row")
    group = stakeholder_group_from(one("stakeholder_group")) if one("stakeholder_group") else None
    if one("stakeholder_group") and group is None:
        raise ValidationError(
            "stakeholder group '{value}' is not known (e.g. Civil society, Government)",
            value=excerpt(one("stakeholder_group")),
        )
    gender = gender_from(one("gender")) if one("gender") else None
    if one("gender") and gender is None:
        raise ValidationError(
            "gender '{value}' is not known (e.g. woman, man, non-binary, F, M)", value=excerpt(one("gender"))
        )
    country = countries.code_for(one("country")) if one("country") else ""
    if country is None:
        raise ValidationError(
            "country '{value}' is not known; write its name (English, French, Spanish) or ISO code",
            value=excerpt(one("country")),
        )
    region = region_from(one("region")) if one("region") else None
    if one("region") and region is None:
        raise ValidationError(
            "regional group '{value}' is not one of the five UN groups (e.g. African Group, WEOG, GRULAC)",
            value=excerpt(one("region")),
        )
    roles: list[str] = []
    for part in re.split(r"[;,/|+&]", one("roles")):
        if part.strip():
            role = role_from(part)
            if role is None:
                raise ValidationError(
                    "role '{value}' is not known (e.g. speaker, moderator, rapporteur)", value=excerpt(part.strip())
                )
            roles.append(role.value)
    return ParticipantDraft(
        name=name,
        affiliation=one("affiliation"),
        stakeholder_group=group.value if group else None,
        gender=gender.value if gender else None,
        country=country,
        roles=tuple(dict.fromkeys(roles)) or (Role.PARTICIPANT.value,),
        attendance=_attendance(one("attendance"), one("remote"), one("onsite")).value,
        region=region.value if region else None,
    )


def _attendance(attendance: str, remote: str, onsite: str) -> Attendance:
    if attendance:
        found = attendance_from(attendance)
        if found is None:
            raise ValidationError("attendance '{value}' is not known (onsite or remote)", value=excerpt(attendance))
        return found
    for text, when_yes, when_no in (
        (remote, Attendance.REMOTE, Attendance.ONSITE),
        (onsite, Attendance.ONSITE, Attendance.REMOTE),
    ):
        if text:
            answer = yes_no(text)
            if answer is None:
                found = attendance_from(text)
                if found is None:
                    raise ValidationError("'{value}' is neither yes nor no", value=excerpt(text))
                return found
            return when_yes if answer else when_no
    return Attendance.ONSITE


def parse_roster(data: bytes, *, countries: CountryNames | None = None) -> RosterResult:
    """Read a roster CSV with the mapping guessed from its header. Raises ImportFileError if unreadable."""
    raw = read_table(data)
    return apply_mapping(raw, guess_mapping(raw.headers), countries=countries)
