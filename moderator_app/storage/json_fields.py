"""Typed, located access to the fields of a decoded JSON document, with errors that say where."""

from __future__ import annotations

import math
import sys
from datetime import datetime
from enum import StrEnum
from typing import Any, TypeVar

from moderator_app.domain.clock import Instant
from moderator_app.domain.limits import too_many, year_in_range, year_outside
from moderator_app.domain.text import ValidationError, clean_block, clean_line, excerpt, require_length

MAX_SECONDS = 7 * 24 * 3600
#: A monotonic clock reading counts from boot; a laptop that sleeps instead of shutting down is
#: up for weeks. Only a reading beyond a century is nonsense.
MAX_MONOTONIC = 100 * 365 * 24 * 3600
#: How many texts a list (tags, organisers, priorities) may hold.
MAX_LIST_ITEMS = 200


_E = TypeVar("_E", bound=StrEnum)


class SessionFileError(ValueError):
    """A session file that cannot be imported; the message names the problem and where it is."""


_LARGEST_FLOAT = int(sys.float_info.max)


def _is_number(value: Any) -> bool:
    """A JSON number that fits a float: an integer of hundreds of digits is not one.

    Such an integer is exact in Python but overflows every float conversion (math.isfinite,
    a division, a report's format); refused here, it is an error that names its field.
    """
    if isinstance(value, bool) or not isinstance(value, int | float):
        return False
    if isinstance(value, int):
        return abs(value) <= _LARGEST_FLOAT
    return math.isfinite(value)


class FieldReader:
    """Typed access to one JSON object, with errors that say where the problem is."""

    def __init__(self, data: Any, where: str) -> None:
        if not isinstance(data, dict):
            raise SessionFileError(f"{where} should be an object, not {type(data).__name__}.")
        self.data = data
        self.where = where

    def fail(self, key: str, problem: str) -> SessionFileError:
        return SessionFileError(f"{self.where}.{key}: {problem}")

    def raw(self, key: str, *, required: bool = False) -> Any:
        if key not in self.data or self.data[key] is None:
            if required:
                raise self.fail(key, "is missing.")
            return None
        return self.data[key]

    def text(self, key: str, *, required: bool = False, maximum: int = 500, block: bool = False) -> str:
        value = self.raw(key, required=required)
        if value is None:
            return ""
        if not isinstance(value, str):
            raise self.fail(key, f"should be text, not {type(value).__name__}.")
        cleaned = clean_block(value) if block else clean_line(value)
        if required and not cleaned:
            raise self.fail(key, "is empty.")
        try:
            return require_length(key, cleaned, maximum)
        except ValidationError as error:
            raise self.fail(key, str(error)) from None

    def integer(self, key: str, *, low: int, high: int, required: bool = False) -> int | None:
        value = self.raw(key, required=required)
        if value is None:
            return None
        if not _is_number(value) or int(value) != value:
            raise self.fail(key, f"should be a whole number, not {excerpt(value)}.")
        if not low <= int(value) <= high:
            raise self.fail(key, f"{excerpt(value)} is outside {low}–{high}.")
        return int(value)

    def boolean(self, key: str, *, default: bool = False) -> bool:
        value = self.raw(key)
        if value is None:
            return default
        if not isinstance(value, bool):
            raise self.fail(key, f"should be true or false, not {excerpt(value)}.")
        return value

    def number(
        self,
        key: str,
        *,
        default: float = 0.0,
        maximum: float = MAX_SECONDS,
        too_big: str = "is more than a week; that cannot be one session",
    ) -> float:
        value = self.raw(key)
        if value is None:
            return default
        if not _is_number(value) or value < 0:
            raise self.fail(key, f"should be a number of seconds (0 or more), not {excerpt(value)}.")
        if value > maximum:
            raise self.fail(key, f"{excerpt(value)} seconds {too_big}.")
        return float(value)

    def enum(self, key: str, enum_type: type[_E], *, required: bool = False) -> _E | None:
        value = self.raw(key, required=required)
        if value is None or value == "":
            return None
        try:
            return enum_type(value)
        except ValueError:
            allowed = ", ".join(member.value for member in enum_type)
            raise self.fail(key, f"'{excerpt(value)}' is not one of: {allowed}.") from None

    def when(self, key: str, *, required: bool = False) -> datetime | None:
        value = self.raw(key, required=required)
        if value is None:
            return None
        try:
            parsed = datetime.fromisoformat(str(value))
        except ValueError:
            raise self.fail(key, f"'{excerpt(value)}' is not an ISO 8601 date and time.") from None
        if parsed.tzinfo is None:
            raise self.fail(key, f"'{excerpt(value)}' has no UTC offset; add one, e.g. +01:00.")
        if not year_in_range(parsed.year):
            raise self.fail(key, year_outside(parsed.year))
        return parsed

    def strings(self, key: str, *, maximum: int = 100) -> list[str]:
        """A list of one-line texts, each at most ``maximum`` characters, at most MAX_LIST_ITEMS of them."""
        value = self.raw(key)
        if value is None:
            return []
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            raise self.fail(key, "should be a list of texts.")
        if len(value) > MAX_LIST_ITEMS:
            raise self.fail(key, f"has {len(value):,} items; at most {MAX_LIST_ITEMS} are allowed.")
        cleaned = [clean_line(item) for item in value]
        for index, item in enumerate(cleaned):
            if len(item) > maximum:
                raise self.fail(
                    f"{key}[{index}]", f"is too long ({len(item):,} characters); shorten it to at most {maximum:,}."
                )
        return [item for item in cleaned if item]

    def objects(self, key: str, *, maximum: int | None = None, what: str = "items") -> list[FieldReader]:
        """The list's objects; with ``maximum``, a longer list is refused before any item is read."""
        value = self.raw(key)
        if value is None:
            return []
        if not isinstance(value, list):
            raise self.fail(key, "should be a list.")
        if maximum is not None and len(value) > maximum:
            raise self.fail(key, too_many(what, len(value), maximum) + " in one session.")
        # Top-level lists are named bare (participants[0]); nested ones by their path (balance.contingents[0]).
        where = key if self.where == "file" else f"{self.where}.{key}"
        return [FieldReader(item, f"{where}[{index}]") for index, item in enumerate(value)]

    def instant(self, key: str) -> Instant | None:
        value = self.raw(key)
        if value is None:
            return None
        sub = FieldReader(value, f"{self.where}.{key}")
        wall = sub.when("wall", required=True)
        assert wall is not None
        monotonic = sub.number(
            "monotonic", maximum=MAX_MONOTONIC, too_big="since the computer started is more than a century"
        )
        return Instant(monotonic, wall, sub.text("boot_id", maximum=200))
