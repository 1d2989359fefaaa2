"""iCalendar text for 1:1s: iTIP (RFC 5546) invitations, a subscribable feed, single downloads.

Pure: inputs are plain dataclasses, outputs are iCalendar text (str with CRLF line endings, as the
`icalendar` library serialises it). No database, no I/O.

Each *rule version* of a series is its own calendar event, ``UID = uid(series, version)``. An edit
"from this meeting on" ends the old event (``series_request(..., until=last_kept)``) and starts a
new one under the next version, like Google Calendar's "this and following events".

Times: the master VEVENT of a series is written in the rule's IANA zone
(``DTSTART;TZID=Europe/Berlin:...``, with its VTIMEZONE) so clients keep the wall-clock time
across daylight-saving changes, exactly like `recurrence.occurrence_utc`. Everything else
(UNTIL, EXDATE, RECURRENCE-ID, overrides, feed events) is written in UTC, which RFC 5545 allows
and which names an instant without ambiguity. The length of each occurrence is a DURATION,
an exact duration (RFC 5545 3.3.6) like Tandem's ``ends_at = starts_at + duration``, which a
DTEND in local time could not express for a meeting ending in a DST fold.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event, vCalAddress, vRecur

from tandem.domain.oneonones import recurrence
from tandem.domain.oneonones.recurrence import Frequency

__all__ = [
    "FeedEvent",
    "Override",
    "Person",
    "Series",
    "feed",
    "occurrence_cancel",
    "occurrence_request",
    "series_cancel",
    "series_request",
    "single_event",
    "uid",
]

PRODID = "-//Tandem//Tandem 1:1s//EN"

FEED_STATUSES = frozenset({"CONFIRMED", "CANCELLED"})

VTIMEZONE_YEARS = 20
"""Years of daylight-saving transitions a VTIMEZONE spells out for an open-ended series.

icalendar writes the transitions as explicit dates (no RRULE), so a client that reads the
VTIMEZONE rather than its own copy of the IANA zone keeps the last offset after the last one."""


@dataclass(frozen=True)
class Person:
    name: str
    email: str


@dataclass(frozen=True)
class Series:
    series_id: uuid.UUID
    title: str
    url: str
    """Link back into the app, put in DESCRIPTION and URL."""
    organizer: Person
    """The creator."""
    attendee: Person
    """The other person."""
    domain: str = "tandem"
    """UID domain part."""


@dataclass(frozen=True)
class Override:
    """One occurrence that differs from its rule (rescheduled and/or its own title/length)."""

    recurrence_id: datetime
    """Aware: where the rule put it."""
    starts_at: datetime
    """Aware."""
    ends_at: datetime
    """Aware."""
    title: str


@dataclass(frozen=True)
class FeedEvent:
    uid: str
    """Stable per meeting, e.g. f"{meeting_id}@tandem"."""
    title: str
    starts_at: datetime
    """Aware."""
    ends_at: datetime
    """Aware."""
    url: str
    status: str
    """"CONFIRMED" or "CANCELLED"."""
    sequence: int = 0
    last_modified: datetime | None = None
    description: str = ""


def uid(series: Series, version: int) -> str:
    """The UID of rule version `version` of `series`: f"{series_id}-v{version}@{domain}"."""
    return f"{series.series_id}-v{version}@{series.domain}"


# --- builders ---------------------------------------------------------------------------------


def series_request(
    series: Series,
    version: int,
    rule: recurrence.Rule,
    duration_minutes: int,
    *,
    sequence: int,
    until: datetime | None = None,
    exdates: Sequence[datetime] = (),
    overrides: Sequence[Override] = (),
    now: datetime | None = None,
) -> str:
    """METHOD:REQUEST with the whole event of one rule version: the VTIMEZONE of the rule's zone,
    the master VEVENT (DTSTART in the zone at the anchor's wall-clock time, DURATION, RRULE unless
    ONCE, UNTIL = `until` if given, EXDATE for `exdates`) and one VEVENT per override.

    `until` is the start of the last occurrence to keep (inclusive), for a version superseded by a
    newer one or a series that ends. Send every override and exdate of the version each time:
    clients replace the whole event with the one in a REQUEST that carries the master.

    Raises ValueError for naive datetimes, a negative version or sequence, a duration < 1 minute,
    an override ending before it starts, or an `until` before the first occurrence (nothing would
    be kept: send `series_cancel` instead).
    """
    _check_counter("version", version)
    _check_counter("sequence", sequence)
    if duration_minutes < 1:
        raise ValueError("duration_minutes must be >= 1")
    first_start = recurrence.occurrence_utc(rule, 0)
    until_utc = None if until is None else _utc("until", until)
    if until_utc is not None and until_utc < first_start:
        raise ValueError("until is before the first occurrence: cancel the event instead")
    stamp = _stamp(now)

    master = _invitation(series, version, sequence=sequence, stamp=stamp, title=series.title)
    master.start = rule.anchor.replace(tzinfo=ZoneInfo(rule.timezone), fold=0)
    master.add("DURATION", timedelta(minutes=duration_minutes))
    _describe(master, series)
    recur = _rrule(rule, until_utc)
    if recur is not None:
        master.add("RRULE", recur)
    excluded = sorted({_utc("exdate", moment) for moment in exdates})
    if excluded:
        master.add("EXDATE", excluded)

    ordered = sorted(overrides, key=lambda o: _utc("override recurrence_id", o.recurrence_id))
    events = [master] + [_override_event(series, version, o, sequence, stamp) for o in ordered]
    calendar = _calendar("REQUEST", events)
    # The VTIMEZONE only has to cover the master's occurrences (all other times are UTC).
    last_year = until_utc.year if until_utc is not None else rule.anchor.year + VTIMEZONE_YEARS
    calendar.add_missing_timezones(
        first_date=date(rule.anchor.year, 1, 1), last_date=date(last_year + 1, 1, 1)
    )
    return _text(calendar)


def occurrence_request(
    series: Series, version: int, override: Override, *, sequence: int, now: datetime | None = None
) -> str:
    """METHOD:REQUEST carrying only one override VEVENT (a rescheduled or retitled occurrence).

    Raises ValueError for naive datetimes, a negative version or sequence, or an override ending
    before it starts.
    """
    _check_counter("version", version)
    _check_counter("sequence", sequence)
    event = _override_event(series, version, override, sequence, _stamp(now))
    return _text(_calendar("REQUEST", [event]))


def occurrence_cancel(
    series: Series,
    version: int,
    recurrence_id: datetime,
    *,
    sequence: int,
    now: datetime | None = None,
) -> str:
    """METHOD:CANCEL for one occurrence: a VEVENT with UID, RECURRENCE-ID (UTC), DTSTART (the same
    instant, for clients that want one), STATUS:CANCELLED, ORGANIZER, ATTENDEE, SEQUENCE, DTSTAMP.

    Raises ValueError for a naive `recurrence_id` or a negative version or sequence.
    """
    _check_counter("version", version)
    _check_counter("sequence", sequence)
    instant = _utc("recurrence_id", recurrence_id)
    event = _invitation(series, version, sequence=sequence, stamp=_stamp(now), title=series.title)
    event.add("RECURRENCE-ID", instant)
    event.start = instant
    event.status = "CANCELLED"
    return _text(_calendar("CANCEL", [event]))


def series_cancel(
    series: Series, version: int, *, sequence: int, now: datetime | None = None
) -> str:
    """METHOD:CANCEL of the whole event uid(series, version), e.g. a deleted series.

    Raises ValueError for a negative version or sequence.
    """
    _check_counter("version", version)
    _check_counter("sequence", sequence)
    event = _invitation(series, version, sequence=sequence, stamp=_stamp(now), title=series.title)
    event.status = "CANCELLED"
    return _text(_calendar("CANCEL", [event]))


def feed(name: str, events: Sequence[FeedEvent], *, now: datetime | None = None) -> str:
    """A subscribable calendar (no METHOD) called `name` (NAME and X-WR-CALNAME), one VEVENT per
    event in UTC, in the given order.

    DTSTAMP is the event's `last_modified` when given (without METHOD it means the last revision,
    RFC 5545 3.8.7.2), else `now`. Raises ValueError for naive datetimes, an unknown status, a
    negative sequence, an event ending before it starts, or two events with the same UID.
    """
    stamp = _stamp(now)
    uids = [event.uid for event in events]
    if len(set(uids)) != len(uids):
        raise ValueError("feed events must have distinct uids")
    calendar = _calendar(None, [_feed_event(event, stamp, revision_stamp=True) for event in events])
    calendar.calendar_name = name
    return _text(calendar)


def single_event(event: FeedEvent, *, now: datetime | None = None) -> str:
    """METHOD:PUBLISH with one VEVENT in UTC, for an "Add to calendar" download.

    Raises ValueError like `feed`.
    """
    return _text(_calendar("PUBLISH", [_feed_event(event, _stamp(now), revision_stamp=False)]))


# --- pieces -----------------------------------------------------------------------------------


def _rrule(rule: recurrence.Rule, until: datetime | None) -> vRecur | None:
    """The RRULE reproducing `recurrence.local_start`, or None for ONCE."""
    frequency = rule.frequency
    if frequency is Frequency.ONCE:
        return None
    recur = vRecur()
    if frequency in recurrence.DAY_STEPS:
        recur["FREQ"] = "WEEKLY"
        interval = recurrence.DAY_STEPS[frequency] // 7
        by_month_day = False
    else:
        months = recurrence.MONTH_STEPS[frequency]
        recur["FREQ"] = "YEARLY" if months == 12 else "MONTHLY"
        interval = 1 if months == 12 else months
        by_month_day = True
    if interval != 1:
        recur["INTERVAL"] = [interval]
    if recur["FREQ"] == "YEARLY":
        recur["BYMONTH"] = [rule.anchor.month]
    if by_month_day:
        day = rule.anchor.day
        if day >= 29:
            # The day clamped to the month's length: the last of the 28th..day that exists.
            # (BYMONTHDAY=31 alone would skip the months without a 31st.)
            recur["BYMONTHDAY"] = list(range(28, day + 1))
            recur["BYSETPOS"] = [-1]
        else:
            recur["BYMONTHDAY"] = [day]
    if until is not None:
        recur["UNTIL"] = [until]
    return recur


def _invitation(
    series: Series, version: int, *, sequence: int, stamp: datetime, title: str
) -> Event:
    """A VEVENT of the series' event with the properties every iTIP VEVENT here carries."""
    event = Event.new(uid=uid(series, version), stamp=stamp, sequence=sequence, summary=title)
    event.add("ORGANIZER", _address(series.organizer))
    attendee = _address(series.attendee)
    attendee.params["ROLE"] = "REQ-PARTICIPANT"
    attendee.params["PARTSTAT"] = "NEEDS-ACTION"
    attendee.params["RSVP"] = "TRUE"
    event.add("ATTENDEE", attendee)
    return event


def _override_event(
    series: Series, version: int, override: Override, sequence: int, stamp: datetime
) -> Event:
    starts_at = _utc("override starts_at", override.starts_at)
    ends_at = _utc("override ends_at", override.ends_at)
    if ends_at < starts_at:
        raise ValueError("override ends before it starts")
    event = _invitation(series, version, sequence=sequence, stamp=stamp, title=override.title)
    event.add("RECURRENCE-ID", _utc("override recurrence_id", override.recurrence_id))
    event.start = starts_at
    event.end = ends_at
    _describe(event, series)
    return event


def _describe(event: Event, series: Series) -> None:
    event.description = f"{series.title}\n\nOpen in Tandem: {series.url}"
    event.url = series.url
    event.status = "CONFIRMED"


def _feed_event(event: FeedEvent, stamp: datetime, *, revision_stamp: bool) -> Event:
    if event.status not in FEED_STATUSES:
        raise ValueError(f"status must be one of {sorted(FEED_STATUSES)}, not {event.status!r}")
    _check_counter("sequence", event.sequence)
    starts_at = _utc("starts_at", event.starts_at)
    ends_at = _utc("ends_at", event.ends_at)
    if ends_at < starts_at:
        raise ValueError("event ends before it starts")
    modified = None if event.last_modified is None else _utc("last_modified", event.last_modified)
    component = Event.new(
        uid=event.uid,
        stamp=modified if revision_stamp and modified is not None else stamp,
        sequence=event.sequence,
        summary=event.title,
        start=starts_at,
        end=ends_at,
        url=event.url,
        description="\n\n".join(part for part in (event.description, event.url) if part),
    )
    component.status = event.status
    if modified is not None:
        component.last_modified = modified
    return component


def _calendar(method: str | None, events: Sequence[Event]) -> Calendar:
    calendar = Calendar()
    calendar.add("PRODID", PRODID)
    calendar.add("VERSION", "2.0")
    calendar.add("CALSCALE", "GREGORIAN")
    if method is not None:
        calendar.add("METHOD", method)
    for event in events:
        calendar.add_component(event)
    return calendar


def _address(person: Person) -> vCalAddress:
    address = vCalAddress(f"mailto:{person.email}")
    address.params["CN"] = person.name
    return address


def _utc(name: str, value: datetime) -> datetime:
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"{name} must be timezone-aware")
    return value.astimezone(UTC)


def _stamp(now: datetime | None) -> datetime:
    return datetime.now(UTC) if now is None else _utc("now", now)


def _check_counter(name: str, value: int) -> None:
    if value < 0:
        raise ValueError(f"{name} must be >= 0")


def _text(calendar: Calendar) -> str:
    text: str = calendar.to_ical().decode("utf-8")
    return text
