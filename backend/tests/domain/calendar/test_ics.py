"""iCalendar output: a calendar-client simulator (tests/domain/calendar/client.py, built only on
icalendar and recurring_ical_events) must end up showing exactly Tandem's meetings, computed
with `recurrence.occurrence_utc` as Tandem stores them."""

from __future__ import annotations

import dataclasses
import uuid
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from icalendar import Calendar, Event, Timezone, vCalAddress, vRecur

from tandem.domain.calendar import ics
from tandem.domain.calendar.ics import FeedEvent, Override, Person, Series
from tandem.domain.oneonones import recurrence
from tandem.domain.oneonones.recurrence import Frequency, Rule
from tests.domain.calendar.client import CalendarClient, Shown, ZoneSource

NOW = datetime(2026, 1, 1, 12, tzinfo=UTC)
SERIES = Series(
    series_id=uuid.UUID("6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f"),
    title="Ana / Bo",
    url="https://tandem.example/series/6f1c2d3e",
    organizer=Person("Ana Lima", "ana@example.org"),
    attendee=Person("Bo Berg", "bo@example.org"),
)
MINUTE = timedelta(minutes=1)


def naive(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    """A naive (local wall-clock) datetime."""
    return datetime(year, month, day, hour, minute, tzinfo=UTC).replace(tzinfo=None)


CLIENT_ZONES: list[ZoneSource] = ["zoneinfo", "vtimezone"]

# Anchors just before each zone's 2026 DST change (Kolkata has none).
ANCHORS = {
    "Europe/Berlin": naive(2026, 3, 2, 9, 0),  # CET -> CEST on 29 March
    "America/New_York": naive(2026, 2, 23, 16, 30),  # EST -> EDT on 8 March
    "Australia/Sydney": naive(2026, 3, 16, 8, 0),  # AEDT -> AEST on 5 April
    "Asia/Kolkata": naive(2026, 1, 5, 11, 30),
}


# --- helpers ----------------------------------------------------------------------------------


def expected(rule: Rule, minutes: int, title: str, start: datetime, end: datetime) -> list[Shown]:
    """Tandem's meetings of `rule` starting in [start, end)."""
    found = recurrence.occurrences_between(
        rule, 0, start - timedelta(microseconds=1), end, max_count=10_000
    )
    return [(utc, utc + timedelta(minutes=minutes), title) for _, utc in found]


def window(rule: Rule, count: int) -> tuple[datetime, datetime]:
    """From a day before occurrence 0 to the start of occurrence `count` (exclusive)."""
    first = recurrence.occurrence_utc(rule, 0)
    if rule.frequency is Frequency.ONCE:
        return first - timedelta(days=1), first + timedelta(days=400)
    return first - timedelta(days=1), recurrence.occurrence_utc(rule, count)


def client_after(*messages: str, zones: ZoneSource = "zoneinfo") -> CalendarClient:
    client = CalendarClient(zones=zones)
    for message in messages:
        client.apply(message)
    return client


def parse(text: str) -> Calendar:
    return Calendar.from_ical(text)


def vevents(text: str) -> list[Event]:
    return parse(text).events


def local_dates(shown: list[Shown], zone: str) -> list[date]:
    return [start.astimezone(ZoneInfo(zone)).date() for start, _, _ in shown]


# --- a plain series, every frequency, across DST ------------------------------------------------


@pytest.mark.parametrize("zones", CLIENT_ZONES)
@pytest.mark.parametrize("frequency", list(Frequency))
@pytest.mark.parametrize("zone", list(ANCHORS))
def test_client_shows_exactly_the_series_meetings(
    zone: str, frequency: Frequency, zones: ZoneSource
) -> None:
    # given a series starting shortly before the zone's DST change
    rule = Rule(ANCHORS[zone], zone, frequency)
    start, end = window(rule, 12)
    # when the attendee's client applies the invitation
    client = client_after(ics.series_request(SERIES, 1, rule, 30, sequence=0, now=NOW), zones=zones)
    # then it shows Tandem's meetings, at the same wall-clock time on both sides of the change
    shown = client.events_between(start, end)
    assert shown == expected(rule, 30, SERIES.title, start, end)
    assert len(shown) == (1 if frequency is Frequency.ONCE else 12)
    local_times = {s.astimezone(ZoneInfo(zone)).time() for s, _, _ in shown}
    assert local_times == {ANCHORS[zone].time()}


@settings(max_examples=60, deadline=None, database=None)
@given(
    zone=st.sampled_from(
        [
            "UTC",
            "Europe/Berlin",
            "America/New_York",
            "America/Santiago",
            "Australia/Sydney",
            "Australia/Lord_Howe",
            "Asia/Kolkata",
            "Asia/Kathmandu",
        ]
    ),
    day=st.dates(min_value=date(2025, 1, 1), max_value=date(2030, 12, 31)),
    quarter_hours=st.integers(min_value=0, max_value=24 * 4 - 1),
    frequency=st.sampled_from(list(Frequency)),
    minutes=st.integers(min_value=15, max_value=180),
    zones=st.sampled_from(CLIENT_ZONES),
)
def test_client_agrees_with_the_rule_engine_for_any_anchor(
    zone: str, day: date, quarter_hours: int, frequency: Frequency, minutes: int, zones: ZoneSource
) -> None:
    # given any whole-quarter-hour anchor, including ones in DST gaps and folds
    anchor = naive(day.year, day.month, day.day) + timedelta(minutes=15 * quarter_hours)
    rule = Rule(anchor, zone, frequency)
    start, end = window(rule, 8)
    # when the client applies the invitation
    client = client_after(ics.series_request(SERIES, 1, rule, minutes, sequence=0), zones=zones)
    # then it shows the same instants and (exact) lengths as Tandem
    assert client.events_between(start, end) == expected(rule, minutes, SERIES.title, start, end)


@pytest.mark.parametrize("zones", CLIENT_ZONES)
@pytest.mark.parametrize(
    ("anchor", "zone"),
    [
        (naive(2026, 3, 22, 2, 30), "Europe/Berlin"),  # 29 March 02:30 does not exist
        (naive(2026, 10, 18, 2, 30), "Europe/Berlin"),  # 25 October 02:30 happens twice
        (naive(2026, 10, 25, 1, 30), "America/New_York"),  # 1 November 01:30 happens twice
        (naive(2026, 3, 1, 2, 0), "America/New_York"),  # 8 March 02:00 does not exist
    ],
)
def test_weekly_meetings_in_dst_gaps_and_folds(
    anchor: datetime, zone: str, zones: ZoneSource
) -> None:
    # given a weekly 90-minute meeting whose next occurrence is in a DST gap or fold
    rule = Rule(anchor, zone, Frequency.WEEKLY)
    start, end = window(rule, 3)
    # when the client applies the invitation
    client = client_after(ics.series_request(SERIES, 1, rule, 90, sequence=0), zones=zones)
    # then it resolves the wall-clock time as Tandem does (gap: offset before it; fold: first)
    # and every meeting lasts exactly 90 minutes
    shown = client.events_between(start, end)
    assert shown == expected(rule, 90, SERIES.title, start, end)
    assert {e - s for s, e, _ in shown} == {timedelta(minutes=90)}


# --- month ends ---------------------------------------------------------------------------------


def test_monthly_on_the_31st_falls_on_the_last_day_of_shorter_months() -> None:
    # given a monthly series on 31 January
    rule = Rule(naive(2026, 1, 31, 10, 0), "Europe/Berlin", Frequency.MONTHLY)
    start, end = window(rule, 12)
    # when the client applies it
    shown = client_after(ics.series_request(SERIES, 1, rule, 30, sequence=0)).events_between(
        start, end
    )
    # then it lands on the 28th/30th and returns to the 31st, as Tandem does
    assert [d.day for d in local_dates(shown, "Europe/Berlin")] == [
        31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ]  # fmt: skip
    assert shown == expected(rule, 30, SERIES.title, start, end)


@pytest.mark.parametrize("day", [29, 30, 31])
@pytest.mark.parametrize(
    "frequency", [Frequency.MONTHLY, Frequency.QUARTERLY, Frequency.HALF_YEARLY, Frequency.YEARLY]
)
def test_late_month_anchors_clamp_like_tandem(frequency: Frequency, day: int) -> None:
    # given a series on the 29th/30th/31st of a month that has it
    month = 1 if frequency is not Frequency.YEARLY else 8
    rule = Rule(naive(2027, month, day, 7, 45), "America/New_York", frequency)
    start, end = window(rule, 10)
    # when the client applies it
    shown = client_after(ics.series_request(SERIES, 1, rule, 50, sequence=0)).events_between(
        start, end
    )
    # then every occurrence matches Tandem's clamped day
    assert shown == expected(rule, 50, SERIES.title, start, end)
    assert len(shown) == 10


def test_yearly_on_29_february_falls_on_28_february_in_common_years() -> None:
    # given a yearly series on 29 February 2028
    rule = Rule(naive(2028, 2, 29, 10, 0), "America/New_York", Frequency.YEARLY)
    start, end = window(rule, 5)
    # when the client applies it
    shown = client_after(ics.series_request(SERIES, 1, rule, 30, sequence=0)).events_between(
        start, end
    )
    # then it is on 28 February except in leap years
    assert local_dates(shown, "America/New_York") == [
        date(2028, 2, 29),
        date(2029, 2, 28),
        date(2030, 2, 28),
        date(2031, 2, 28),
        date(2032, 2, 29),
    ]
    assert shown == expected(rule, 30, SERIES.title, start, end)


@pytest.mark.parametrize(
    ("anchor", "frequency", "rrule"),
    [
        (naive(2026, 3, 2, 9), Frequency.WEEKLY, {"FREQ": ["WEEKLY"]}),
        (naive(2026, 3, 2, 9), Frequency.FORTNIGHTLY, {"FREQ": ["WEEKLY"], "INTERVAL": [2]}),
        (naive(2026, 3, 15, 9), Frequency.MONTHLY, {"FREQ": ["MONTHLY"], "BYMONTHDAY": [15]}),
        (
            naive(2026, 3, 28, 9),
            Frequency.QUARTERLY,
            {"FREQ": ["MONTHLY"], "INTERVAL": [3], "BYMONTHDAY": [28]},
        ),
        (
            naive(2026, 3, 29, 9),
            Frequency.MONTHLY,
            {"FREQ": ["MONTHLY"], "BYMONTHDAY": [28, 29], "BYSETPOS": [-1]},
        ),
        (
            naive(2026, 3, 31, 9),
            Frequency.HALF_YEARLY,
            {
                "FREQ": ["MONTHLY"],
                "INTERVAL": [6],
                "BYMONTHDAY": [28, 29, 30, 31],
                "BYSETPOS": [-1],
            },
        ),
        (
            naive(2028, 2, 29, 9),
            Frequency.YEARLY,
            {"FREQ": ["YEARLY"], "BYMONTH": [2], "BYMONTHDAY": [28, 29], "BYSETPOS": [-1]},
        ),
        (
            naive(2026, 7, 4, 9),
            Frequency.YEARLY,
            {"FREQ": ["YEARLY"], "BYMONTH": [7], "BYMONTHDAY": [4]},
        ),
    ],
)
def test_rrule_per_frequency(
    anchor: datetime, frequency: Frequency, rrule: dict[str, list[object]]
) -> None:
    # given a rule; when it is written as an invitation
    master = vevents(
        ics.series_request(SERIES, 1, Rule(anchor, "Europe/Berlin", frequency), 30, sequence=0)
    )[0]
    # then its RRULE says exactly that (never a bare BYMONTHDAY=29/30/31)
    recur = master["RRULE"]
    assert isinstance(recur, vRecur)
    assert dict(recur) == rrule


# --- changes to single occurrences ----------------------------------------------------------------


BERLIN_WEEKLY = Rule(naive(2026, 3, 2, 9, 0), "Europe/Berlin", Frequency.WEEKLY)


def moved_fourth_meeting() -> tuple[Override, list[Shown], datetime, datetime]:
    """Occurrence 4 (after the DST change) moved 2 h 30 later, 15 min longer, retitled."""
    start, end = window(BERLIN_WEEKLY, 10)
    original = recurrence.occurrence_utc(BERLIN_WEEKLY, 4)
    override = Override(
        recurrence_id=original,
        starts_at=original + timedelta(hours=2, minutes=30),
        ends_at=original + timedelta(hours=3, minutes=15),
        title="Ana / Bo (moved)",
    )
    want = expected(BERLIN_WEEKLY, 30, SERIES.title, start, end)
    want[4] = (override.starts_at, override.ends_at, override.title)
    return override, want, start, end


@pytest.mark.parametrize("zones", CLIENT_ZONES)
def test_override_in_the_series_request_moves_and_retitles_one_meeting(zones: ZoneSource) -> None:
    # given one rescheduled, retitled occurrence
    override, want, start, end = moved_fourth_meeting()
    # when the series is sent with its override
    message = ics.series_request(SERIES, 1, BERLIN_WEEKLY, 30, sequence=0, overrides=[override])
    # then the client shows it moved and the others untouched
    assert client_after(message, zones=zones).events_between(start, end) == sorted(want)


@pytest.mark.parametrize("zones", CLIENT_ZONES)
def test_occurrence_request_moves_and_retitles_one_meeting(zones: ZoneSource) -> None:
    # given a client that knows the series
    override, want, start, end = moved_fourth_meeting()
    series = ics.series_request(SERIES, 1, BERLIN_WEEKLY, 30, sequence=0)
    # when only the changed occurrence is sent
    message = ics.occurrence_request(SERIES, 1, override, sequence=1)
    # then the client shows it moved and the others untouched
    client = client_after(series, message, zones=zones)
    assert client.events_between(start, end) == sorted(want)
    assert client.ignored == []
    assert len(vevents(message)) == 1


@pytest.mark.parametrize("zones", CLIENT_ZONES)
def test_occurrence_cancel_removes_one_meeting(zones: ZoneSource) -> None:
    # given a client that knows the series
    start, end = window(BERLIN_WEEKLY, 10)
    cancelled = recurrence.occurrence_utc(BERLIN_WEEKLY, 5)
    series = ics.series_request(SERIES, 1, BERLIN_WEEKLY, 30, sequence=0)
    # when one occurrence is cancelled
    client = client_after(
        series, ics.occurrence_cancel(SERIES, 1, cancelled, sequence=1), zones=zones
    )
    # then exactly that one is gone
    want = [m for m in expected(BERLIN_WEEKLY, 30, SERIES.title, start, end) if m[0] != cancelled]
    assert client.events_between(start, end) == want
    assert len(want) == 9
    assert client.ignored == []


@pytest.mark.parametrize("zones", CLIENT_ZONES)
def test_exdate_in_the_series_request_removes_meetings(zones: ZoneSource) -> None:
    # given two cancelled occurrences, one on each side of the DST change
    start, end = window(BERLIN_WEEKLY, 10)
    cancelled = [recurrence.occurrence_utc(BERLIN_WEEKLY, i) for i in (1, 6)]
    # when the series is sent with them as EXDATEs
    message = ics.series_request(SERIES, 1, BERLIN_WEEKLY, 30, sequence=0, exdates=cancelled)
    # then the client does not show them
    want = [
        m for m in expected(BERLIN_WEEKLY, 30, SERIES.title, start, end) if m[0] not in cancelled
    ]
    assert client_after(message, zones=zones).events_between(start, end) == want
    assert "EXDATE:20260309T080000Z,20260413T070000Z" in message


def test_a_series_update_replaces_the_whole_event_so_it_resends_exceptions() -> None:
    # given a client with a cancelled and a moved occurrence
    override, want, start, end = moved_fourth_meeting()
    cancelled = recurrence.occurrence_utc(BERLIN_WEEKLY, 7)
    client = client_after(
        ics.series_request(SERIES, 1, BERLIN_WEEKLY, 30, sequence=0),
        ics.occurrence_request(SERIES, 1, override, sequence=1),
        ics.occurrence_cancel(SERIES, 1, cancelled, sequence=2),
    )
    want = [m for m in want if m[0] != cancelled]
    assert client.events_between(start, end) == sorted(want)
    # when the series is re-sent (e.g. a new title) with its exceptions
    renamed = dataclasses.replace(SERIES, title="Ana & Bo")
    client.apply(
        ics.series_request(
            renamed, 1, BERLIN_WEEKLY, 30, sequence=3, exdates=[cancelled], overrides=[override]
        )
    )
    # then the exceptions survive and the other meetings carry the new title
    renamed_want = [(s, e, "Ana & Bo" if t == SERIES.title else t) for s, e, t in want]
    assert client.events_between(start, end) == sorted(renamed_want)


# --- changes to the series ------------------------------------------------------------------------


@pytest.mark.parametrize("zones", CLIENT_ZONES)
@pytest.mark.parametrize(
    ("new_zone", "new_frequency"),
    [
        ("Europe/Berlin", Frequency.FORTNIGHTLY),
        ("America/New_York", Frequency.MONTHLY),
        ("Asia/Kolkata", Frequency.ONCE),
    ],
)
def test_this_and_following_edit_ends_the_old_event_and_starts_a_new_one(
    new_zone: str, new_frequency: Frequency, zones: ZoneSource
) -> None:
    # given a weekly series whose meetings from occurrence 6 on move to another rule
    old = BERLIN_WEEKLY
    last_kept = recurrence.occurrence_utc(old, 5)
    new_anchor = recurrence.local_start(old, 6).replace(hour=14, minute=15) + timedelta(days=1)
    new = Rule(new_anchor, new_zone, new_frequency)
    start, end = recurrence.occurrence_utc(old, 0) - MINUTE, datetime(2027, 1, 1, tzinfo=UTC)
    # when the old version is ended at the last kept meeting and the new version is sent
    client = client_after(
        ics.series_request(SERIES, 1, old, 30, sequence=0),
        ics.series_request(SERIES, 1, old, 30, sequence=1, until=last_kept),
        ics.series_request(SERIES, 2, new, 45, sequence=0),
        zones=zones,
    )
    # then the client shows the old meetings up to the cut (inclusive) and the new ones after
    want = expected(old, 30, SERIES.title, start, last_kept + MINUTE) + expected(
        new, 45, SERIES.title, last_kept + MINUTE, end
    )
    shown = client.events_between(start, end)
    assert shown == want
    assert shown[5][0] == last_kept
    assert client.uids == {ics.uid(SERIES, 1), ics.uid(SERIES, 2)}


@pytest.mark.parametrize("zones", CLIENT_ZONES)
def test_a_higher_sequence_replaces_the_master_and_a_stale_one_is_ignored(
    zones: ZoneSource,
) -> None:
    # given a client that knows the series at 09:00
    start, end = window(BERLIN_WEEKLY, 6)
    first = ics.series_request(SERIES, 1, BERLIN_WEEKLY, 30, sequence=0)
    client = client_after(first, zones=zones)
    # when the organizer moves it to 11:30 with a higher SEQUENCE
    later = dataclasses.replace(
        BERLIN_WEEKLY, anchor=BERLIN_WEEKLY.anchor.replace(hour=11, minute=30)
    )
    client.apply(ics.series_request(SERIES, 1, later, 60, sequence=1))
    # then only the new times show
    want = expected(later, 60, SERIES.title, start, end)
    assert client.events_between(start, end) == want
    # and a late copy of the first invitation changes nothing
    client.apply(first)
    assert client.events_between(start, end) == want
    assert client.ignored == [f"REQUEST {ics.uid(SERIES, 1)}: stale master"]


@pytest.mark.parametrize("zones", CLIENT_ZONES)
def test_series_cancel_removes_everything(zones: ZoneSource) -> None:
    # given a client with a series, a moved occurrence and a cancelled one
    override, _, start, end = moved_fourth_meeting()
    client = client_after(
        ics.series_request(SERIES, 1, BERLIN_WEEKLY, 30, sequence=0, overrides=[override]),
        ics.occurrence_cancel(SERIES, 1, recurrence.occurrence_utc(BERLIN_WEEKLY, 2), sequence=1),
        zones=zones,
    )
    assert client.events_between(start, end)
    # when the series is deleted
    message = ics.series_cancel(SERIES, 1, sequence=2)
    client.apply(message)
    # then nothing is left
    assert client.events_between(start, end) == []
    assert client.uids == set()
    (event,) = vevents(message)
    assert parse(message)["METHOD"] == "CANCEL"
    assert event["STATUS"] == "CANCELLED"
    assert "RECURRENCE-ID" not in event


@pytest.mark.parametrize("zones", CLIENT_ZONES)
def test_once_is_a_single_meeting_without_rrule(zones: ZoneSource) -> None:
    # given a one-off meeting
    rule = Rule(naive(2026, 3, 29, 2, 30), "Europe/Berlin", Frequency.ONCE)  # in the DST gap
    start, end = window(rule, 1)
    # when it is sent
    message = ics.series_request(
        SERIES, 1, rule, 25, sequence=0, until=recurrence.occurrence_utc(rule, 0)
    )
    # then it is one meeting at Tandem's instant, and no rule
    assert client_after(message, zones=zones).events_between(start, end) == expected(
        rule, 25, SERIES.title, start, end
    )
    assert "RRULE" not in message


def test_occurrence_cancel_names_the_instance() -> None:
    # given a cancelled occurrence; when the message is written
    instant = recurrence.occurrence_utc(BERLIN_WEEKLY, 3)
    message = ics.occurrence_cancel(SERIES, 1, instant, sequence=4, now=NOW)
    # then it is a CANCEL of that RECURRENCE-ID, in UTC, with the people and the SEQUENCE
    assert parse(message)["METHOD"] == "CANCEL"
    (event,) = vevents(message)
    assert event.decoded("RECURRENCE-ID") == instant
    assert "RECURRENCE-ID:20260323T080000Z" in message
    assert event["STATUS"] == "CANCELLED"
    assert event["SEQUENCE"] == 4
    assert event["UID"] == ics.uid(SERIES, 1)
    assert event.decoded("DTSTAMP") == NOW
    assert str(event["ORGANIZER"]) == "mailto:ana@example.org"
    assert str(event["ATTENDEE"]) == "mailto:bo@example.org"


# --- message details ------------------------------------------------------------------------------


def test_series_request_carries_the_people_the_link_and_the_timezone() -> None:
    # given a series in New York; when the invitation is written
    rule = Rule(ANCHORS["America/New_York"], "America/New_York", Frequency.WEEKLY)
    text = ics.series_request(SERIES, 3, rule, 30, sequence=7, now=NOW)
    calendar = parse(text)
    (master,) = vevents(text)
    # then it is a REQUEST with the zone's VTIMEZONE and a DTSTART in that zone
    assert calendar["METHOD"] == "REQUEST"
    assert [str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")] == ["America/New_York"]
    assert "DTSTART;TZID=America/New_York:20260223T163000" in text
    assert master.decoded("DURATION") == timedelta(minutes=30)
    # and the people, with mailto: values and names
    organizer, attendee = master["ORGANIZER"], master["ATTENDEE"]
    assert isinstance(organizer, vCalAddress)
    assert isinstance(attendee, vCalAddress)
    assert (str(organizer), organizer.params["CN"]) == ("mailto:ana@example.org", "Ana Lima")
    assert str(attendee) == "mailto:bo@example.org"
    assert dict(attendee.params) == {
        "CN": "Bo Berg",
        "ROLE": "REQ-PARTICIPANT",
        "PARTSTAT": "NEEDS-ACTION",
        "RSVP": "TRUE",
    }
    # and the rest
    assert master["UID"] == "6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f-v3@tandem"
    assert master["SEQUENCE"] == 7
    assert master["STATUS"] == "CONFIRMED"
    assert master["SUMMARY"] == SERIES.title
    assert master["URL"] == SERIES.url
    assert SERIES.url in str(master["DESCRIPTION"])
    assert master.decoded("DTSTAMP") == NOW


@pytest.mark.parametrize("zone", list(ANCHORS))
def test_vtimezone_matches_the_zone_at_every_meeting(zone: str) -> None:
    # given a monthly series over several years
    rule = Rule(ANCHORS[zone], zone, Frequency.MONTHLY)
    (vtimezone,) = parse(ics.series_request(SERIES, 1, rule, 30, sequence=0)).walk("VTIMEZONE")
    assert isinstance(vtimezone, Timezone)
    # when a client reads the wall-clock starts with the VTIMEZONE rather than its own tz data
    definition = vtimezone.to_tz(lookup_tzid=False)
    # then every meeting is at Tandem's instant
    for index in range(60):
        local = recurrence.local_start(rule, index).replace(tzinfo=definition)
        assert local.astimezone(UTC) == recurrence.occurrence_utc(rule, index)


def test_utc_series_needs_no_vtimezone() -> None:
    rule = Rule(naive(2026, 3, 2, 9), "UTC", Frequency.WEEKLY)
    text = ics.series_request(SERIES, 1, rule, 30, sequence=0)
    assert parse(text).walk("VTIMEZONE") == []
    assert "DTSTART:20260302T090000Z" in text


def test_names_with_special_characters_survive() -> None:
    # given people whose names need quoting or RFC 6868 escaping
    series = dataclasses.replace(
        SERIES,
        title='Zoë; "weekly", sync: 1\\1\nsecond line',
        organizer=Person('Zoë "Z" Ng, PhD; x:y', "zoe@example.org"),
        attendee=Person("Åsa Öberg", "asa+1@example.org"),
    )
    # when an invitation is written and read back
    (master,) = vevents(ics.series_request(series, 1, BERLIN_WEEKLY, 30, sequence=0))
    # then nothing is lost
    assert master["ORGANIZER"].params["CN"] == 'Zoë "Z" Ng, PhD; x:y'
    assert master["ATTENDEE"].params["CN"] == "Åsa Öberg"
    assert str(master["ATTENDEE"]) == "mailto:asa+1@example.org"
    assert master["SUMMARY"] == series.title


def test_uids_are_stable_and_shared_by_every_message_of_a_version() -> None:
    # given the messages of one version
    override, _, _, _ = moved_fourth_meeting()
    messages = [
        ics.series_request(SERIES, 2, BERLIN_WEEKLY, 30, sequence=0, overrides=[override]),
        ics.occurrence_request(SERIES, 2, override, sequence=1),
        ics.occurrence_cancel(SERIES, 2, override.recurrence_id, sequence=2),
        ics.series_cancel(SERIES, 2, sequence=3),
    ]
    # then all their VEVENTs carry uid(series, 2), which depends only on the series and version
    uids = {str(event["UID"]) for message in messages for event in vevents(message)}
    assert uids == {f"{SERIES.series_id}-v2@tandem"}
    assert ics.uid(SERIES, 2) == ics.uid(dataclasses.replace(SERIES, title="other"), 2)
    assert ics.uid(SERIES, 2) != ics.uid(SERIES, 3)
    assert ics.uid(dataclasses.replace(SERIES, domain="tandem.example"), 1).endswith(
        "-v1@tandem.example"
    )
    # and the same inputs give the same text
    assert ics.series_request(SERIES, 2, BERLIN_WEEKLY, 30, sequence=0, now=NOW) == (
        ics.series_request(SERIES, 2, BERLIN_WEEKLY, 30, sequence=0, now=NOW)
    )


def test_text_uses_crlf_and_folds_long_lines() -> None:
    series = dataclasses.replace(SERIES, title="A very long title " * 10)
    text = ics.series_request(series, 1, BERLIN_WEEKLY, 30, sequence=0)
    assert isinstance(text, str)
    assert text.endswith("\r\n")
    lines = text.split("\r\n")
    assert not any("\n" in line or "\r" in line for line in lines)
    assert max(len(line.encode()) for line in lines) <= 75


def test_until_before_the_first_meeting_is_refused() -> None:
    # a version that keeps no meeting must be cancelled instead: DTSTART always counts
    first = recurrence.occurrence_utc(BERLIN_WEEKLY, 0)
    with pytest.raises(ValueError, match="until"):
        ics.series_request(SERIES, 1, BERLIN_WEEKLY, 30, sequence=0, until=first - MINUTE)


@pytest.mark.parametrize(
    "build",
    [
        lambda: ics.series_request(
            SERIES, 1, BERLIN_WEEKLY, 30, sequence=0, until=naive(2026, 5, 1)
        ),
        lambda: ics.series_request(
            SERIES, 1, BERLIN_WEEKLY, 30, sequence=0, exdates=[naive(2026, 5, 1)]
        ),
        lambda: ics.occurrence_cancel(SERIES, 1, naive(2026, 5, 1), sequence=0),
        lambda: ics.series_request(SERIES, 1, BERLIN_WEEKLY, 0, sequence=0),
        lambda: ics.series_request(SERIES, 1, BERLIN_WEEKLY, 30, sequence=-1),
        lambda: ics.series_cancel(SERIES, -1, sequence=0),
        lambda: ics.occurrence_request(
            SERIES, 1, Override(NOW, NOW, NOW - MINUTE, "backwards"), sequence=0
        ),
    ],
)
def test_bad_inputs_are_refused(build: object) -> None:
    with pytest.raises(ValueError):  # noqa: PT011
        build()  # type: ignore[operator]


# --- feed and download ----------------------------------------------------------------------------


def feed_events() -> list[FeedEvent]:
    berlin = ZoneInfo("Europe/Berlin")
    return [
        FeedEvent(
            uid="m1@tandem",
            title="Ana / Bo",
            starts_at=datetime(2026, 3, 30, 9, tzinfo=berlin),  # given in local time
            ends_at=datetime(2026, 3, 30, 9, 30, tzinfo=berlin),
            url="https://tandem.example/meetings/m1",
            status="CONFIRMED",
            sequence=2,
            last_modified=datetime(2026, 3, 1, 8, tzinfo=UTC),
            description="Agenda: roadmap",
        ),
        FeedEvent(
            uid="m2@tandem",
            title="Ana / Cy",
            starts_at=datetime(2026, 4, 2, 15, tzinfo=UTC),
            ends_at=datetime(2026, 4, 2, 16, tzinfo=UTC),
            url="https://tandem.example/meetings/m2",
            status="CANCELLED",
        ),
    ]


def test_feed_has_one_utc_vevent_per_meeting() -> None:
    # given two meetings; when the feed is written
    text = ics.feed("Tandem — Ana", feed_events(), now=NOW)
    calendar = parse(text)
    # then it is a named calendar without METHOD
    assert "METHOD" not in calendar
    assert calendar["X-WR-CALNAME"] == "Tandem — Ana"
    # with one VEVENT per meeting, in UTC
    first, second = vevents(text)
    assert [str(e["UID"]) for e in (first, second)] == ["m1@tandem", "m2@tandem"]
    assert "DTSTART:20260330T070000Z" in text
    assert "DTEND:20260330T073000Z" in text
    assert first.decoded("DTSTART") == datetime(2026, 3, 30, 7, tzinfo=UTC)
    assert second.decoded("DTEND") == datetime(2026, 4, 2, 16, tzinfo=UTC)
    assert [str(e["STATUS"]) for e in (first, second)] == ["CONFIRMED", "CANCELLED"]
    assert [e["SEQUENCE"] for e in (first, second)] == [2, 0]
    assert first.decoded("LAST-MODIFIED") == datetime(2026, 3, 1, 8, tzinfo=UTC)
    assert first.decoded("DTSTAMP") == datetime(2026, 3, 1, 8, tzinfo=UTC)
    assert second.decoded("DTSTAMP") == NOW
    assert "LAST-MODIFIED" not in second
    assert first["URL"] == "https://tandem.example/meetings/m1"
    assert "Agenda: roadmap" in str(first["DESCRIPTION"])
    assert "https://tandem.example/meetings/m1" in str(first["DESCRIPTION"])
    assert calendar.walk("VTIMEZONE") == []


def test_empty_feed_is_a_valid_calendar() -> None:
    calendar = parse(ics.feed("Nothing yet", []))
    assert calendar.walk("VEVENT") == []
    assert calendar["VERSION"] == "2.0"


def test_feed_refuses_duplicate_uids_and_unknown_statuses() -> None:
    event = feed_events()[0]
    with pytest.raises(ValueError, match="distinct"):
        ics.feed("x", [event, event])
    with pytest.raises(ValueError, match="status"):
        ics.feed("x", [dataclasses.replace(event, status="TENTATIVE")])


def test_single_event_is_a_publish_with_one_vevent() -> None:
    text = ics.single_event(feed_events()[0], now=NOW)
    calendar = parse(text)
    assert calendar["METHOD"] == "PUBLISH"
    (event,) = vevents(text)
    assert event["UID"] == "m1@tandem"
    assert event.decoded("DTSTART") == datetime(2026, 3, 30, 7, tzinfo=UTC)
    assert event.decoded("DTSTAMP") == NOW
