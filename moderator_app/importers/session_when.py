"""When an IGF page says the session is: its date, start, time zone and planned minutes."""

from __future__ import annotations

import re
from datetime import date

from moderator_app.importers.common import fold
from moderator_app.importers.igf_facts import (
    FORMATS,
    clock_and_zone,
    find_date,
    find_date_in_year,
    is_time_only,
    minutes_in,
    month_day,
    type_of,
)
from moderator_app.importers.proposal_people import Problem
from moderator_app.importers.proposal_result import SessionFacts

_OLD_DATE = re.compile(r"^(\d{1,2})\s+(?:de\s+)?(\w+)\s+(?:de\s+)?(\d{4})\b\s*(?:[-–—|,]\s*(.*))?$")


class WhenReader:
    """Reads the lines that say when the session is into its facts, and reports those it cannot use."""

    def __init__(self, facts: SessionFacts, problem: Problem) -> None:
        self.facts = facts
        self.problem = problem
        self.year: int | None = None  # the forum's year, as the page names it
        self.day_heading: tuple[int, int, int, str] | None = None  # month, day, line number, text
        self.minutes_from_times = False  # the planned minutes were computed from a start and an end

    def close(self) -> None:
        """A schedule's "Tuesday, December 6" is the session's date when the page names the forum's year."""
        if self.day_heading is None:
            return
        month, day, number, text = self.day_heading
        if self.facts.day is None and self.year is not None:
            try:
                self.facts.day = date(self.year, month, day)
                return
            except ValueError:
                self.problem(number, text, "not a real date")
                return
        self.problem(number, text, "a date without a year; set the date in the preview")

    def date_line(self, number: int, line: str) -> bool:
        """A line with the session's full date (and often its times, zone and format); False when it has none."""
        if self.facts.day is not None or len(line) > 300:
            return False
        if is_prose(line) and clock_and_zone(line) is None:
            return False  # "… published on 2 December 2020.": a date in a sentence, not the session's
        old = _OLD_DATE.match(line)
        try:
            when = find_date(line)
        except ValueError:
            self.problem(number, line, "not a real date")
            return True
        if when is None and self.year is not None and month_day(line) is None:
            try:
                when = find_date_in_year(line, self.year)
            except ValueError:
                self.problem(number, line, "not a real date")
                return True
        if when is None:
            return False
        self.facts.day, self.facts.start, self.facts.zone = when.day, when.start, when.zone
        if when.minutes is not None and self.facts.minutes is None:
            self.facts.minutes, self.minutes_from_times = when.minutes, minutes_in(line) is None
        for piece in re.split(r",|\s[-–—]\s", line):
            # "Thursday 8 December 2016 - 15.00, 90 minutes, Interview Format": the format named there.
            named = piece.strip()
            if named and not self.facts.format and (fold(named) in FORMATS or fold(named).endswith(" format")):
                self.facts.format = FORMATS.get(fold(named), named)[:100]
        rest = (old.group(4) or "") if old else ""
        if " in " in rest:
            self.facts.venue = rest.rsplit(" in ", 1)[1].strip()
        if rest and self.facts.kind is None:
            self.facts.kind = type_of(rest.split(" on ")[0].removeprefix("A ").removeprefix("An ").strip())
        return True

    def stated_minutes(self, minutes: int | None) -> None:
        """A duration the page states ("Round Table - 30 Min", "Length: 90 mins") wins over one computed
        from a start and an end, which may be the room's booking rather than the session."""
        if minutes is not None and (self.facts.minutes is None or self.minutes_from_times):
            self.facts.minutes, self.minutes_from_times = minutes, False

    def time_field(self, number: int, line: str, value: str) -> None:
        """ "Time: 11:30am - 12:50pm (80 minutes)", "Time: 16:30 to 17:50": the start, and the length."""
        found = find_date_in_year(f"Monday, January 1 {value}", 2000) if value else None
        if found is None or found.start is None:
            self.problem(number, line, "no time could be read here")
            return
        self.facts.start = self.facts.start or found.start
        self.facts.zone = self.facts.zone or found.zone
        if found.minutes is not None and self.facts.minutes is None:
            self.facts.minutes, self.minutes_from_times = found.minutes, minutes_in(value) is None

    def day_line(self, number: int, line: str) -> bool:
        """ "Tuesday, December 6", then "09:00 CST": a schedule's day heading and the session's start."""
        if self.facts.day is not None:
            return False
        heading = month_day(line)
        if heading is not None and self.day_heading is None:
            self.day_heading = (*heading, number, line)
            return True
        if self.day_heading is not None and self.facts.start is None and is_time_only(line) and self.year is not None:
            found = clock_and_zone(line)
            if found is not None:
                self.facts.start, self.facts.zone = found[0], self.facts.zone or found[1]
                return True
        return False


def has_date(line: str) -> bool:
    try:
        return find_date(line) is not None
    except ValueError:
        return True  # read as a date, to be reported as one that does not exist


def is_prose(line: str) -> bool:
    words = line.split()
    return len(words) >= 12 or (len(words) >= 6 and line.rstrip().endswith((".", "?", "!", "…", ":")))
