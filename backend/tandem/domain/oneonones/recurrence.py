"""Pure recurrence rules for 1:1 series: no database, no I/O, standard library only.

A series is anchored on a *naive local wall-clock* datetime in an IANA timezone, so a 09:00
meeting stays at 09:00 local across daylight-saving changes (its UTC instant moves instead).
Occurrences are numbered from 0 (the anchor). Local starts follow RFC 5545 semantics:

* WEEKLY / FORTNIGHTLY step by 7 / 14 days;
* MONTHLY / QUARTERLY / HALF_YEARLY / YEARLY step by 1 / 3 / 6 / 12 months and clamp the day to
  the month's length (like ``BYMONTHDAY=28,29,30,31;BYSETPOS=-1``), so an anchor on the 31st
  falls on the last day of shorter months and returns to the 31st, and 29 February falls on
  28 February in non-leap years;
* ONCE has only occurrence 0.

Local times are turned into UTC per RFC 5545: a nonexistent time (in a DST gap) uses the offset in
force before the gap, i.e. it moves forward by the gap's length; an ambiguous time (in a DST fold)
takes its first occurrence.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

__all__ = [
    "DAY_STEPS",
    "MONTH_STEPS",
    "Frequency",
    "Rule",
    "index_at_or_after",
    "local_start",
    "occurrence_utc",
    "occurrences_between",
    "to_utc",
    "validate_timezone",
]


class Frequency(StrEnum):
    """How often a series recurs."""

    ONCE = "ONCE"
    WEEKLY = "WEEKLY"
    FORTNIGHTLY = "FORTNIGHTLY"
    MONTHLY = "MONTHLY"
    QUARTERLY = "QUARTERLY"
    HALF_YEARLY = "HALF_YEARLY"
    YEARLY = "YEARLY"


MONTH_STEPS: dict[Frequency, int] = {
    Frequency.MONTHLY: 1,
    Frequency.QUARTERLY: 3,
    Frequency.HALF_YEARLY: 6,
    Frequency.YEARLY: 12,
}
"""Months between consecutive occurrences of the month-based frequencies."""

DAY_STEPS: dict[Frequency, int] = {Frequency.WEEKLY: 7, Frequency.FORTNIGHTLY: 14}
"""Days between consecutive occurrences of the day-based frequencies."""

_ONE_MICROSECOND = timedelta(microseconds=1)


@lru_cache(maxsize=1)
def _known_timezones() -> frozenset[str]:
    return frozenset(available_timezones())


def validate_timezone(name: str) -> bool:
    """True if `name` is an IANA timezone name known to zoneinfo (e.g. "Europe/Berlin")."""
    return name in _known_timezones()


def _zone(name: str) -> ZoneInfo:
    """The zone called `name`; ValueError if unknown."""
    if not validate_timezone(name):
        raise ValueError(f"unknown timezone: {name!r}")
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:  # listed but unloadable: treat as unknown
        raise ValueError(f"unknown timezone: {name!r}") from exc


def _require_aware(name: str, value: datetime) -> None:
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"{name} must be timezone-aware")


@dataclass(frozen=True)
class Rule:
    """A recurrence: occurrence 0 starts at `anchor` (naive local wall-clock time in `timezone`,
    whole minutes) and the rest follow every `frequency` at the same wall-clock time.

    Raises ValueError on an aware anchor, an anchor with seconds or microseconds, or an unknown
    timezone.
    """

    anchor: datetime
    timezone: str
    frequency: Frequency

    def __post_init__(self) -> None:
        if self.anchor.tzinfo is not None:
            raise ValueError("anchor must be a naive local wall-clock datetime")
        if self.anchor.second or self.anchor.microsecond:
            raise ValueError("anchor must be a whole minute (seconds and microseconds 0)")
        # Accept the enum's string value too (e.g. read back from storage).
        object.__setattr__(self, "frequency", Frequency(self.frequency))
        _zone(self.timezone)


def _add_months(moment: datetime, months: int) -> datetime:
    """`moment` moved by `months` months, the day clamped to the target month's length."""
    total = moment.year * 12 + (moment.month - 1) + months
    year, month0 = divmod(total, 12)
    month = month0 + 1
    if not 1 <= year <= 9999:
        raise ValueError("occurrence is beyond the supported date range")
    day = min(moment.day, calendar.monthrange(year, month)[1])
    return moment.replace(year=year, month=month, day=day)


def local_start(rule: Rule, index: int) -> datetime:
    """Naive local wall-clock start of occurrence `index` (0-based).

    WEEKLY: anchor + 7*index days; FORTNIGHTLY: anchor + 14*index days;
    MONTHLY/QUARTERLY/HALF_YEARLY/YEARLY: the anchor's date moved by 1/3/6/12 * index months with
    the day clamped to the month's length (an anchor on the 31st falls on the 30th/28th/29th in
    shorter months and returns to the 31st; a 29 February yearly anchor falls on 28 February in
    non-leap years); always the anchor's wall-clock time. ONCE: only index 0 exists.

    Raises ValueError for a negative index, for index > 0 of a ONCE rule, and for an occurrence
    beyond the year 9999.
    """
    if index < 0:
        raise ValueError("occurrence index must be >= 0")
    if rule.frequency is Frequency.ONCE:
        if index > 0:
            raise ValueError("a ONCE rule has only occurrence 0")
        return rule.anchor
    if rule.frequency in DAY_STEPS:
        try:
            return rule.anchor + timedelta(days=DAY_STEPS[rule.frequency] * index)
        except OverflowError as exc:
            raise ValueError("occurrence is beyond the supported date range") from exc
    return _add_months(rule.anchor, MONTH_STEPS[rule.frequency] * index)


def to_utc(local: datetime, timezone: str) -> datetime:
    """Aware UTC datetime for the naive local wall-clock time `local` in `timezone`.

    Nonexistent local times (in a DST gap) resolve as RFC 5545 says: with the UTC offset in force
    before the gap, so the instant lands the gap's length later on the wall clock (02:30 in
    Europe/Berlin on 2025-03-30 is 01:30 UTC = 03:30 local). Ambiguous local times (in a DST fold)
    take their first occurrence. Raises ValueError for an aware `local` or an unknown timezone.
    """
    if local.tzinfo is not None:
        raise ValueError("local must be a naive wall-clock datetime")
    # PEP 495: with fold=0 a time in a gap uses the offset before the transition and a time in a
    # fold uses the offset before the transition too, i.e. its first occurrence.
    try:
        return local.replace(tzinfo=_zone(timezone), fold=0).astimezone(UTC)
    except OverflowError as exc:
        raise ValueError("occurrence is beyond the supported date range") from exc


def occurrence_utc(rule: Rule, index: int) -> datetime:
    """Aware UTC start of occurrence `index`: to_utc(local_start(rule, index), rule.timezone)."""
    return to_utc(local_start(rule, index), rule.timezone)


def _utc_or_none(rule: Rule, index: int) -> datetime | None:
    """occurrence_utc, or None past the end of the rule (ONCE) or of the supported date range."""
    if rule.frequency is Frequency.ONCE and index > 0:
        return None
    try:
        return occurrence_utc(rule, index)
    except ValueError:
        return None


def _estimate_index(rule: Rule, moment: datetime) -> int:
    """An index close to the first occurrence at or after `moment`, by arithmetic alone."""
    local = moment.astimezone(_zone(rule.timezone)).replace(tzinfo=None)
    if rule.frequency in DAY_STEPS:
        estimate = (local - rule.anchor) // timedelta(days=DAY_STEPS[rule.frequency])
    else:
        months = (local.year - rule.anchor.year) * 12 + (local.month - rule.anchor.month)
        estimate = months // MONTH_STEPS[rule.frequency]
    return max(estimate, 0)


def index_at_or_after(rule: Rule, moment: datetime) -> int | None:
    """The smallest index whose UTC start is >= `moment` (aware).

    None for a ONCE rule whose only occurrence is before `moment`, and for a moment past the
    supported date range. Jumps near the answer arithmetically, then steps at most a few indexes.
    """
    _require_aware("moment", moment)
    if rule.frequency is Frequency.ONCE:
        return 0 if occurrence_utc(rule, 0) >= moment else None
    index = _estimate_index(rule, moment)
    # UTC starts strictly increase with the index: walk down while the previous one still
    # qualifies, then up until this one does.
    while index > 0:
        previous = _utc_or_none(rule, index - 1)
        if previous is None or previous < moment:
            break
        index -= 1
    while True:
        current = _utc_or_none(rule, index)
        if current is None:
            return None
        if current >= moment:
            return index
        index += 1


def occurrences_between(
    rule: Rule,
    start_index: int,
    after: datetime,
    until: datetime,
    *,
    min_count: int = 0,
    max_count: int = 500,
) -> list[tuple[int, datetime]]:
    """(index, utc_start) of the occurrences with index >= `start_index` and
    `after` < utc_start < `until` (both aware); then, if fewer than `min_count` were found, the
    following occurrences (at or after `until`) until `min_count` are listed.

    So the result is always a run of consecutive indexes, the first being the smallest index
    >= `start_index` starting after `after`; it never holds more than `max_count` items (a ONCE
    rule yields at most index 0) and is strictly increasing in both index and time. Calling again
    with the same arguments gives the same list, and calling with a later `after` (and the same
    other arguments, min_count 0) gives a suffix of it.

    Raises ValueError for a naive `after`/`until` or a negative start_index, min_count or
    max_count.
    """
    _require_aware("after", after)
    _require_aware("until", until)
    if start_index < 0:
        raise ValueError("start_index must be >= 0")
    if min_count < 0 or max_count < 0:
        raise ValueError("min_count and max_count must be >= 0")
    if max_count == 0:
        return []
    try:
        strictly_after = after + _ONE_MICROSECOND  # utc > after <=> utc >= after + 1µs
    except OverflowError:
        return []
    first = index_at_or_after(rule, strictly_after)
    if first is None:
        return []
    index = max(first, start_index)
    result: list[tuple[int, datetime]] = []
    while len(result) < max_count:
        start = _utc_or_none(rule, index)
        if start is None or (start >= until and len(result) >= min_count):
            break
        result.append((index, start))
        index += 1
    return result
