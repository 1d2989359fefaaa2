"""Date and time inputs within the years a calendar can use: 1900 to 2199.

Python's datetime stops at years 1 and 9999, so arithmetic on a time near either end (a time
zone's offset, the next occurrence of a rule, a meeting's end) overflows. Every Date and
DateTime input is refused outside these years where it is parsed, once for the whole API: the
client gets BAD_USER_INPUT naming the field, and nothing behind the schema meets such a time."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime

import dateutil.parser  # type: ignore[import-untyped]
from strawberry.schema.types.base_scalars import (
    DateDefinition,
    DateTimeDefinition,
    wrap_parser,
)
from strawberry.types.scalar import ScalarDefinition

EARLIEST_YEAR = 1900
LATEST_YEAR = 2199


def _within_years(value: date) -> None:
    if not EARLIEST_YEAR <= value.year <= LATEST_YEAR:
        raise ValueError(f"Give a date between the years {EARLIEST_YEAR} and {LATEST_YEAR}.")


def _parse_datetime(value: str) -> datetime:
    parsed: datetime = dateutil.parser.isoparse(value)
    _within_years(parsed)
    return parsed


def _parse_date(value: str) -> date:
    parsed = date.fromisoformat(value)
    _within_years(parsed)
    return parsed


BoundedDateTime: ScalarDefinition = dataclasses.replace(
    DateTimeDefinition,
    parse_value=wrap_parser(_parse_datetime, "DateTime", exceptions=(ValueError, OverflowError)),
)
BoundedDate: ScalarDefinition = dataclasses.replace(
    DateDefinition, parse_value=wrap_parser(_parse_date, "Date")
)
SCALAR_OVERRIDES: dict[object, ScalarDefinition] = {
    datetime: BoundedDateTime,
    date: BoundedDate,
}
