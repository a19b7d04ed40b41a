"""The session's own facts as IGF pages write them: code and type, dates and times, formats and durations."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, time

from moderator_app.domain.session import SessionType
from moderator_app.importers.common import fold

_MONTH_NAMES = (
    "january february march april may june july august september october november december",
    "janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre",
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
)
MONTHS: dict[str, int] = {}
for _names in _MONTH_NAMES:
    for _number, _name in enumerate(_names.split(), 1):
        MONTHS[_name] = _number
        MONTHS.setdefault(_name[:3], _number)
MONTHS["sept"] = 9

_WEEKDAY = (
    r"(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?|lunes|martes|miercoles|miércoles|jueves"
    r"|viernes|sabado|sábado|domingo|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
)
_MONTH = r"[^\W\d_]{3,10}\.?"
_ORDINAL = r"(?:st|nd|rd|th|er|º)?"
# "Friday, 9 December 2016", "Thursday, 5th November, 2020", "8 de octubre de 2023".
_DAY_MONTH_YEAR = re.compile(
    rf"(?:\b(?:{_WEEKDAY}),?\s+)?\b(\d{{1,2}}){_ORDINAL}\s+(?:de\s+)?({_MONTH}),?\s+(?:de\s+)?(\d{{4}})\b", re.I
)
# "Monday December 18, 2017", "Sunday, December 15 2024".
_MONTH_DAY_YEAR = re.compile(rf"(?:\b(?:{_WEEKDAY}),?\s+)?\b({_MONTH})\s+(\d{{1,2}}){_ORDINAL},?\s+(\d{{4}})\b", re.I)
_MONTH_DAY_NO_YEAR = re.compile(rf"^(?:(?:{_WEEKDAY}),?\s+)?({_MONTH})\s+(\d{{1,2}}){_ORDINAL}$", re.I)
_TIME = re.compile(r"\b([01]?\d|2[0-3])[:.h]([0-5]\d)\s*(am|pm|a\.m\.|p\.m\.)?", re.I)
_ZONE = re.compile(r"\b(UTC|GMT|CET|CEST|CST|CDT|EST|EDT|PST|PDT|EAT|JST|AST|BRT|BST|IST)([+-−]\d{1,2}(?::?\d\d)?)?\b")


@dataclass(frozen=True, slots=True)
class When:
    """A date, and where the line states them, the start time, the time zone as written and the minutes."""

    day: date
    start: time | None = None
    zone: str = ""
    minutes: int | None = None


def _clock(match: re.Match[str], meridiem: str | None = None) -> time:
    hour, minute = int(match.group(1)), int(match.group(2))
    suffix = (match.group(3) or meridiem or "").replace(".", "").casefold()
    if suffix == "pm" and hour < 12:
        hour += 12
    elif suffix == "am" and hour == 12:
        hour = 0
    return time(hour, minute)


def find_date(line: str) -> When | None:
    """The first full date in the line (day, month name, year in any order the IGF sites used), or None.

    Raises ValueError for a date that does not exist (31 February).
    """
    found: tuple[int, int, int, int] | None = None
    for pattern, order in ((_DAY_MONTH_YEAR, (1, 2, 3)), (_MONTH_DAY_YEAR, (2, 1, 3))):
        for match in pattern.finditer(line):
            month = MONTHS.get(fold(match.group(order[1])).rstrip("."))
            if month is None:
                continue
            if found is None or match.end() < found[3]:
                found = (int(match.group(order[2])), month, int(match.group(order[0])), match.end())
            break
    if found is None:
        return None
    year, month, day, end = found
    when = date(year, month, day)
    rest = line[end:]
    times = list(_TIME.finditer(rest))
    start = end_time = None
    if times:
        end_time = _clock(times[1]) if len(times) > 1 else None
        meridiem = times[1].group(3) if len(times) > 1 and not times[0].group(3) else None
        start = _clock(times[0], meridiem if meridiem and end_time and int(times[0].group(1)) < 12 else None)
        if end_time is not None and end_time <= start and meridiem:
            start = _clock(times[0])
        if end_time is not None and start is not None and end_time < start and _later_day(rest, when):
            # "Tuesday, 10th … (23:30 UTC) - Wednesday, 11th … (00:30 UTC)": the session ends the next day.
            minutes = minutes_in(rest)
            late = (24 * 60 - (start.hour * 60 + start.minute)) + end_time.hour * 60 + end_time.minute
            zone = _ZONE.search(rest)
            return When(when, start, (zone.group(0).replace("−", "-") if zone else ""), minutes or late)
    zone = _ZONE.search(rest)
    minutes = minutes_in(rest)
    if minutes is None and start is not None and end_time is not None and end_time > start:
        minutes = (end_time.hour * 60 + end_time.minute) - (start.hour * 60 + start.minute)
    return When(when, start, (zone.group(0).replace("−", "-") if zone else ""), minutes)


# "Wednesday, Dec. 18th, 9:00 - 10:15": a day and month in a line that names a weekday, with no year.
_DAY_MONTH_ANY = re.compile(
    rf"\b({_MONTH})\s+(\d{{1,2}}){_ORDINAL}\b|\b(\d{{1,2}}){_ORDINAL}\s+(?:de\s+)?({_MONTH})", re.I
)
_WEEKDAY_WORD = re.compile(rf"\b(?:{_WEEKDAY})(?=[\s,])", re.I)


def find_date_in_year(line: str, year: int) -> When | None:
    """The date of a line that names a weekday, a day and a month but no year, in the forum's year.

    Raises ValueError for a day that does not exist.
    """
    if len(line) > 200 or _WEEKDAY_WORD.search(line) is None:
        return None
    for match in _DAY_MONTH_ANY.finditer(line):
        name, number = (match.group(1), match.group(2)) if match.group(1) else (match.group(4), match.group(3))
        month = MONTHS.get(fold(name).rstrip("."))
        if month is None:
            continue
        return _with_times(date(year, month, int(number)), line[match.end() :])
    return None


def _with_times(day: date, rest: str) -> When:
    times = list(_TIME.finditer(rest))
    start = _clock(times[0]) if times else None
    end = _clock(times[1]) if len(times) > 1 else None
    zone = _ZONE.search(rest)
    minutes = minutes_in(rest)
    if minutes is None and start is not None and end is not None and end > start:
        minutes = (end.hour * 60 + end.minute) - (start.hour * 60 + start.minute)
    return When(day, start, (zone.group(0).replace("−", "-") if zone else ""), minutes)


_TITLE_NOTE = re.compile(r"\s*\[(?:closed|open|cancell?ed|postponed)\]\s*$", re.I)
_TITLE_ROOM = re.compile(r"\s*\(((?:saal|room|salle|sala|hall|auditorium|ballroom)\b[^()]{0,40})\)\s*$", re.I)


def tidy_title(title: str) -> tuple[str, str]:
    """ "Title (Saal Europa)" → ("Title", "Saal Europa"); "Title [Closed]" → ("Title", ""): notes, not the title."""
    title = _TITLE_NOTE.sub("", title)
    room = _TITLE_ROOM.search(title)
    if room and room.start() > 0:
        return title[: room.start()].rstrip(), room.group(1).strip()
    return title, ""


def _later_day(rest: str, day: date) -> bool:
    """Whether the rest of a date line names the next day (an end after midnight)."""
    for match in _DAY_MONTH_YEAR.finditer(rest):
        month = MONTHS.get(fold(match.group(2)).rstrip("."))
        if month is not None:
            try:
                return (date(int(match.group(3)), month, int(match.group(1))) - day).days == 1
            except ValueError:
                return False
    return False


def is_date_without_year(line: str) -> bool:
    """ "Tuesday, December 6": a schedule's day heading, which names no year."""
    match = _MONTH_DAY_NO_YEAR.match(line.strip())
    return match is not None and fold(match.group(1)).rstrip(".") in MONTHS


def month_day(line: str) -> tuple[int, int] | None:
    """ "Tuesday, December 6" → (12, 6); None when the line is not a day heading without a year."""
    match = _MONTH_DAY_NO_YEAR.match(line.strip())
    if match is None:
        return None
    month = MONTHS.get(fold(match.group(1)).rstrip("."))
    return (month, int(match.group(2))) if month else None


def clock_and_zone(line: str) -> tuple[time, str] | None:
    """ "09:00 CST" → (09:00, "CST"); None when the line holds no time."""
    match = _TIME.search(line)
    if match is None:
        return None
    zone = _ZONE.search(line[match.end() :])
    return _clock(match), (zone.group(0).replace("−", "-") if zone else "")


def is_time_only(line: str) -> bool:
    return (
        re.fullmatch(r"\s*\d{1,2}[:.]\d{2}\s*(?:am|pm)?\s*(?:[A-Z]{2,4}(?:[+-]\d{1,2})?)?\s*", line, re.I) is not None
    )


# "90 Min", "60 minutes", "(90 Minutes)", "1 hour", "1.5 hours", "2 horas".
_MINUTES = re.compile(r"(\d{1,5})\s*(?:min|mins|minutes|minutos)\b\.?", re.I)
# Spelled out: a bare "h" is a clock time's ("07:15h"), not a duration.
_HOURS = re.compile(r"(?<![:.\d])(\d{1,2}(?:[.,]\d{1,2})?)\s*(?:hr|hrs|hour|hours|horas?|heures?)\b", re.I)


def minutes_in(text: str) -> int | None:
    """The planned minutes a text states ("90 Min", "1 hour", "1.5 hours"); None when none."""
    match = _MINUTES.search(text)
    if match:
        return int(match.group(1))
    match = _HOURS.search(text)
    if match:
        return round(float(match.group(1).replace(",", ".")) * 60)
    return None


#: Session formats the IGF forms offered (room layouts from 2020 on), as folded words.
FORMATS = {
    fold(name): name
    for name in (
        "Round Table",
        "Roundtable",
        "Panel",
        "Birds of a Feather",
        "Break-out Group Discussions",
        "Break-out Group",
        "Breakout Group Discussions",
        "Debate",
        "Flash Session",
        "Theater",
        "Theatre",
        "Classroom",
        "Fishbowl",
        "Tutorial",
        "Other",
        "Presentation",
        "Talk",
        "Hub and spoke",
        "Speed dialogue",
        "Round Table - Circle",
        "Round Table - U-shape",
        "Round Table - Rectangle",
    )
}


def format_line(line: str) -> tuple[str, int | None] | None:
    """ "Birds of a Feather - Auditorium - 60 Min" → ("Birds of a Feather", 60); "Theater" → ("Theater", None)."""
    if len(line) > MAX_TITLE_LINE:
        return None
    pieces = [p.strip() for p in re.split(r"\s+[-–—]\s+|\s*,\s*", line) if p.strip()]
    if not pieces or fold(pieces[0]) not in FORMATS:
        return None
    minutes = minutes_in(line)
    if len(pieces) == 1 or minutes is not None:
        return pieces[0], minutes
    return None


_CODE = (
    r"(?:WS|OF|NS|LT|TH|DC|BPF|PN)\s*#?\s*\d{1,4}"
    r"|(?:Workshop|Open\s+Forum|Day\s*0\s+Event|Pre-?Event|Lightning\s+(?:Talk|Session)|Town\s*Hall"
    r"|Networking(?:\s+Session)?|Launch\s*(?:&|and)\s*Awards?|Launch|Dynamic\s+Coalition|Main\s+Session"
    r"|Best\s+Practice\s+Forum|Policy\s+Network|High[- ]Level\s+Session|Parliamentary\s+Session)\s*#\s*\d{1,4}"
    r"|Parliamentary\s+Track\s+Session\s+[IVX]{1,5}"
)
# "IGF 2018 WS #136" alone on its line: the title is on the next line.
_CODE_ALONE = re.compile(rf"^(?:IGF\s*\d{{4}}\s*[-–:]?\s*)?({_CODE})\s*[:.]?$", re.I)
# "IGF 2016 Dynamic Coalitions Main Session": the year before a title is the forum's, not the title's.
_FORUM_YEAR = re.compile(r"^IGF\s*\d{4}\s*[-–:]?\s+(?=\S)", re.I)
# The Sustainable Development Goals an IGF page lists ("GOAL 5: Gender Equality", "10. Reduced Inequalities").
SDG_NAMES = frozenset(
    fold(name)
    for name in (
        "No Poverty",
        "Zero Hunger",
        "Good Health and Well-being",
        "Good Health and Well being",
        "Quality Education",
        "Gender Equality",
        "Clean Water and Sanitation",
        "Affordable and Clean Energy",
        "Decent Work and Economic Growth",
        "Industry, Innovation and Infrastructure",
        "Reduced Inequalities",
        "Sustainable Cities and Communities",
        "Responsible Consumption and Production",
        "Responsible Production and Consumption",
        "Climate Action",
        "Life Below Water",
        "Life on Land",
        "Peace, Justice and Strong Institutions",
        "Partnerships for the Goals",
    )
)
_SDG_LINE = re.compile(r"^(?:(?:sdg|goal)\s*)?(?:\d{1,2}\s*[:.)\-–]?\s*)?(.+)$", re.I)
_VENUE = re.compile(
    r"^(?:(?:WS|Room)\s*\d{1,2}\s*[-–—]\s*)?"
    r"(?:(?:room|salle|sala|saal|hall|ballroom|workshop\s+room|conference\s+room|meeting\s+room|banquet\s+hall)"
    r"\s+[\w+\-–]{1,12}|villa\s+[\w'’ ]{2,30}|plenary\s+room|main\s+hall"
    r"|(?:[^\W\d_]+\s+){1,2}(?:hall|room|auditorium)(?:\s+[\w+\-–]{1,6})?)$",
    re.I,
)


def is_sdg(line: str) -> bool:
    """ "GOAL 5: Gender Equality", "17. Partnerships for the Goals", "Zero Hunger": a goal the session serves."""
    match = _SDG_LINE.match(line.strip())
    return match is not None and fold(match.group(1)) in SDG_NAMES


def is_venue(line: str) -> bool:
    """ "Room 3", "Salle XI", "Workshop Room 7", "Salle I (Main)": the room, a line of its own."""
    bare = re.sub(r"\s*\([^()]{1,20}\)\s*$", "", line.strip()) if len(line) <= 60 else line
    return len(bare) <= 40 and _VENUE.match(bare) is not None


_KIND_ALONE = re.compile(
    r"^IGF\s*\d{4}\s*[-–:]?\s*(Main\s+Session|Open\s+Forum|Town\s*Hall|Networking\s+Session|Best\s+Practice\s+Forum)"
    r"\s*:?$",
    re.I,
)


def code_alone(line: str) -> tuple[str, SessionType | None] | None:
    """ "IGF 2018 WS #136" → ("WS #136", workshop): a code with no title after it on the line.

    "IGF 2018 Main Session:" alone gives the kind and no code.
    """
    match = _CODE_ALONE.match(line.strip()) if len(line) <= 80 else None
    if match is None:
        kind = _KIND_ALONE.match(line.strip()) if len(line) <= 80 else None
        return ("", type_of(kind.group(1))) if kind else None
    code = " ".join(match.group(1).split())
    return code, type_of(code)


_KIND_PREFIX = re.compile(
    r"^(?:Main\s+Session|Open\s+Forum|Town\s*Hall|Networking\s+Session|Lightning\s+Talk)\s*[:\-–—]?\s+(?=\S)", re.I
)


def without_forum_year(title: str) -> str:
    """ "IGF 2016 Dynamic Coalitions Main Session" → "Dynamic Coalitions Main Session";
    "Main Session Avoiding Internet Fragmentation" → "Avoiding Internet Fragmentation" (the kind is kept apart)."""
    return _KIND_PREFIX.sub("", _FORUM_YEAR.sub("", title, count=1), count=1)


# "IGF 2019 WS #289 Title", "IGF 2023 Day 0 Event #95 Title", "WS173: Title".
_CODE_FIRST = re.compile(rf"^(?:IGF\s*\d{{4}}\s*[-–:]?\s*)?({_CODE})\s*[:.\-–—]?\s+(.+)$", re.I)
# "Title (WS186)", "Regional Internet Registries (OF16)".
_CODE_LAST = re.compile(rf"^(.+?)\s*\(({_CODE})\)$", re.I)
# "IGF 2016 Main Session: BPFs and CENB Phase II", "IGF 2022 Main Session on …".
_KIND_FIRST = re.compile(
    r"^IGF\s*\d{4}\s*[-–:]?\s*(Main\s+Session|Best\s+Practice\s+Forum|BPF|Dynamic\s+Coalition|DC|Open\s+Forum"
    r"|Town\s*Hall|Networking\s+Session|Lightning\s+Talk|Day\s*0\s+Event|Pre-?Event|Workshop)\b\s*(?:on)?\s*[:\-–—]?\s*(.+)$",
    re.I,
)
_TYPES = {
    "ws": SessionType.WORKSHOP,
    "workshop": SessionType.WORKSHOP,
    "of": SessionType.OPEN_FORUM,
    "open forum": SessionType.OPEN_FORUM,
    "day 0 event": SessionType.DAY_0_EVENT,
    "pre event": SessionType.DAY_0_EVENT,
    "preevent": SessionType.DAY_0_EVENT,
    "lt": SessionType.LIGHTNING_TALK,
    "lightning talk": SessionType.LIGHTNING_TALK,
    "lightning session": SessionType.LIGHTNING_TALK,
    "th": SessionType.TOWN_HALL,
    "town hall": SessionType.TOWN_HALL,
    "townhall": SessionType.TOWN_HALL,
    "ns": SessionType.NETWORKING_SESSION,
    "networking session": SessionType.NETWORKING_SESSION,
    "networking": SessionType.NETWORKING_SESSION,
    "dc": SessionType.DYNAMIC_COALITION,
    "dynamic coalition": SessionType.DYNAMIC_COALITION,
    "bpf": SessionType.BEST_PRACTICE_FORUM,
    "best practice forum": SessionType.BEST_PRACTICE_FORUM,
    "main session": SessionType.MAIN_SESSION,
    "parliamentary track session": SessionType.OTHER,
}


def type_of(words: str) -> SessionType | None:
    """The session type a code or kind names: "WS #289" → workshop, "Open Forum #27" → open forum."""
    folded = re.sub(r"\s*\d+$|\s+[ivx]{1,5}$", "", fold(words)).strip()
    return _TYPES.get(folded)


#: A title line is short; longer lines are not matched at all (the patterns stay linear).
MAX_TITLE_LINE = 600


@dataclass(frozen=True, slots=True)
class TitleLine:
    title: str
    code: str
    kind: SessionType | None


def title_line(line: str) -> TitleLine | None:
    """A line that names the session with its code or kind; None when it does not.

    "WS 1 – Annex Hall 1" is a room, not a workshop's title.
    """
    if len(line) > MAX_TITLE_LINE or is_venue(line):
        return None
    match = _CODE_FIRST.match(line)
    if match and not match.group(2).lstrip().startswith(("#",)):
        code = " ".join(match.group(1).split())
        return TitleLine(match.group(2).strip(), code, type_of(code))
    match = _CODE_LAST.match(line)
    if match:
        code = " ".join(match.group(2).split())
        return TitleLine(match.group(1).strip(), code, type_of(code))
    match = _KIND_FIRST.match(line)
    if match:
        if line[match.end(1) : match.end(1) + 1] == "-" or (
            fold(match.group(1)) in ("bpf", "dc", "best practice forum", "dynamic coalition")
            and not line[match.end(1) :].lstrip().startswith(":")
        ):
            # "IGF 2023 DC-CIV Core Internet Values", "IGF 2018 BPF Local Content": the forum's or the
            # coalition's name is part of the title; "IGF 2024 DC Main Session" is a main session.
            kind = SessionType.MAIN_SESSION if "main session" in fold(line) else type_of(match.group(1))
            return TitleLine(line[match.start(1) :].strip(), "", kind)
        kind = SessionType.MAIN_SESSION if "main session" in fold(line) else type_of(match.group(1))
        return TitleLine(match.group(2).strip(), "", kind)
    return None


def kind_in_title(title: str) -> SessionType | None:
    """ "DC on Core Internet Values" → dynamic coalition; "BPF Cybersecurity" → best practice forum."""
    words = title.split()
    if fold(title).endswith(("main session", "open forum", "town hall", "networking session")):
        return type_of(" ".join(fold(title).split()[-2:]))
    if words and (words[0] in ("DC", "BPF") or words[0].startswith("DC-")):
        return type_of(words[0].split("-")[0])
    if words and re.fullmatch(r"DC[A-Z]{1,5}", words[0]):
        return SessionType.DYNAMIC_COALITION  # "DCAD …": a coalition's acronym (DC on Accessibility and Disability)
    for kind in ("Dynamic Coalition", "Best Practice Forum", "Open Forum", "Town Hall", "Main Session"):
        if title.casefold().startswith(kind.casefold()):
            return type_of(kind)
    return None
