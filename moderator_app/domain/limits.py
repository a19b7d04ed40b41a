"""The one table of how much the app accepts from a file: sizes, counts and the range of dates. Pure.

Every importer (session file, merge, roster CSV, workshop proposal) checks its input against these
numbers before the heavy work where it can (the file's size before it is read, a list's length
before its items are built), and refuses beyond them with a message naming the limit.
docs/reliability.md lists them; tests/unit/test_reliability_doc.py keeps that list true.

Why these numbers: the largest IGF sessions (main sessions) have a few hundred people in the room
and a few thousand registered online; a session runs at most a day or two, with a turn every
minute at the busiest. Each limit is ten times or more what a real session needs, and small
enough that every report, the balance and the window stay quick at the limit.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from moderator_app.domain.text import ValidationError

MIB = 1024 * 1024

#: People in one session, however they got there (session file, roster, proposal, a merge).
MAX_PEOPLE = 20_000
#: Interventions (turns) in one session.
MAX_INTERVENTIONS = 20_000
#: Notes in one session.
MAX_NOTES = 50_000
#: Agenda segments in one session.
MAX_SEGMENTS = 500
#: Requests waiting in one queue (the room's or the remote one).
MAX_QUEUE = 5_000
#: Rows of a roster CSV (one person each).
MAX_ROSTER_ROWS = MAX_PEOPLE
#: People one workshop proposal may name: a real one names a few dozen at most.
MAX_PROPOSAL_PEOPLE = 500
#: Characters of proposal text given to the parser (a real proposal page is 10 to 50 thousand).
MAX_PROPOSAL_CHARS = 1_000_000
#: Bytes of a proposal or roster file, checked before it is read (a 20,000-row roster is about 4 MB).
MAX_IMPORT_FILE_BYTES = 10 * MIB
#: Bytes of a session file, checked before it is read.
MAX_SESSION_FILE_BYTES = 50 * MIB

#: Dates and times a session can hold: any real meeting is inside this range, and it is far enough
#: from the calendar's own ends (years 1 and 9999) that a UTC offset, a time zone or a duration
#: added to a date inside it can never leave the calendar. Qt's date widgets show all of it.
MIN_YEAR = 1900
MAX_YEAR = 2200


@dataclass(frozen=True, slots=True)
class Limit:
    """One row of the table, for the documentation and its test."""

    what: str
    value: int


#: The table as docs/reliability.md shows it.
TABLE = (
    Limit("people in a session", MAX_PEOPLE),
    Limit("interventions in a session", MAX_INTERVENTIONS),
    Limit("notes in a session", MAX_NOTES),
    Limit("agenda segments in a session", MAX_SEGMENTS),
    Limit("requests in a queue", MAX_QUEUE),
    Limit("rows in a roster CSV", MAX_ROSTER_ROWS),
    Limit("people named in a proposal", MAX_PROPOSAL_PEOPLE),
    Limit("characters of proposal text", MAX_PROPOSAL_CHARS),
    Limit("bytes of a proposal or roster file", MAX_IMPORT_FILE_BYTES),
    Limit("bytes of a session file", MAX_SESSION_FILE_BYTES),
)


def too_many(what: str, count: int, limit: int) -> str:
    """The words for a list over its limit, e.g. 'has 20,001 people; at most 20,000 are allowed'."""
    return f"has {count:,} {what}; at most {limit:,} are allowed"


def year_in_range(year: int) -> bool:
    return MIN_YEAR <= year <= MAX_YEAR


def year_outside(year: int) -> str:
    """The words for a year out of range, after the field's name."""
    return f"the year {year} is outside {MIN_YEAR}–{MAX_YEAR}, the dates a session can have."


def check_date(label: str, value: date | datetime | None) -> None:
    """Refuse a date (or date and time) outside MIN_YEAR–MAX_YEAR, naming the field (``label``)."""
    if value is not None and not year_in_range(value.year):
        raise ValidationError(
            "{label}: the year {year} is outside {low}–{high}, the dates a session can have.",
            label=label,
            # Text, not numbers: the interface would write a year with a thousands separator.
            year=str(value.year),
            low=str(MIN_YEAR),
            high=str(MAX_YEAR),
        )
