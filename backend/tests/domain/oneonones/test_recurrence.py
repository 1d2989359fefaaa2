"""The recurrence rule engine: dateutil.rrule as oracle, DST behaviour, occurrence windows."""

from __future__ import annotations

import calendar
import itertools
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from dateutil import rrule as du  # type: ignore[import-untyped]
from hypothesis import given, settings
from hypothesis import strategies as st

from tandem.domain.oneonones.recurrence import (
    DAY_STEPS,
    MONTH_STEPS,
    Frequency,
    Rule,
    index_at_or_after,
    local_start,
    occurrence_utc,
    occurrences_between,
    to_utc,
    validate_timezone,
)

ZONES = [
    "UTC",
    "Europe/Berlin",
    "Europe/London",
    "America/New_York",
    "America/Los_Angeles",
    "America/Sao_Paulo",
    "America/Santiago",
    "Australia/Lord_Howe",
    "Australia/Sydney",
    "Asia/Kolkata",
    "Asia/Kathmandu",
    "Asia/Tokyo",
    "Pacific/Apia",
    "Pacific/Chatham",
    "Africa/Casablanca",
    "Asia/Tehran",
]
RECURRING = [f for f in Frequency if f is not Frequency.ONCE]
FAST = settings(max_examples=150, deadline=None, database=None)
N = 30


def utc(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    """An aware UTC datetime."""
    return datetime(year, month, day, hour, minute, tzinfo=UTC)


def naive(
    year: int, month: int, day: int, hour: int = 0, minute: int = 0, second: int = 0
) -> datetime:
    """A naive (local wall-clock) datetime."""
    return datetime(year, month, day, hour, minute, second, tzinfo=UTC).replace(tzinfo=None)


anchors = st.datetimes(min_value=naive(2000, 1, 1), max_value=naive(2040, 12, 31, 23, 59)).map(
    lambda d: d.replace(minute=d.minute - d.minute % 5, second=0, microsecond=0)
)


def _valid_day(year: int, month: int, day: int, hour: int, minute: int) -> datetime:
    """Clamped so st.builds never produces an invalid date like 31 April."""
    return naive(year, month, min(day, calendar.monthrange(year, month)[1]), hour, minute)


# Anchors biased to the awkward month ends and to the small hours where DST transitions happen.
awkward_anchors = st.builds(
    _valid_day,
    st.integers(2000, 2040),
    st.integers(1, 12),
    st.sampled_from([1, 15, 28, 29, 30, 31]),
    st.sampled_from([0, 1, 2, 3, 23]),
    st.sampled_from([0, 15, 30, 45]),
)
rules = st.builds(
    Rule,
    anchor=st.one_of(anchors, awkward_anchors),
    timezone=st.sampled_from(ZONES),
    frequency=st.sampled_from(RECURRING),
)
# Weekly series at night on Sundays (when most zones switch) in zones with DST: 30 weeks of them
# usually cross a transition, often landing in its gap or fold.
DST_ZONES = [
    "Europe/Berlin",
    "Europe/London",
    "America/New_York",
    "America/Santiago",
    "Australia/Lord_Howe",
    "Pacific/Chatham",
    "Africa/Casablanca",
]
sunday_nights = st.builds(
    lambda day, hour, minute: (
        datetime.combine(day + timedelta(days=6 - day.weekday()), time())
        + timedelta(hours=hour, minutes=minute)
    ),
    st.dates(naive(2000, 1, 1).date(), naive(2040, 12, 1).date()),
    st.sampled_from([0, 1, 1, 2, 2, 2, 3]),  # mostly the hours that switch
    st.sampled_from(range(0, 60, 5)),
)
dst_rules = st.builds(
    Rule,
    anchor=sunday_nights,
    timezone=st.sampled_from(DST_ZONES),
    frequency=st.just(Frequency.WEEKLY),
)


def rrule_oracle(rule: Rule, count: int) -> list[datetime]:
    """The first `count` local starts per dateutil.rrule (RFC 5545)."""
    anchor = rule.anchor
    by_day: dict[str, object] = (
        {"bymonthday": tuple(range(28, anchor.day + 1)), "bysetpos": -1}
        if anchor.day >= 29
        else {"bymonthday": anchor.day}
    )
    if rule.frequency in DAY_STEPS:
        generated = du.rrule(
            du.WEEKLY, dtstart=anchor, interval=DAY_STEPS[rule.frequency] // 7, count=count
        )
    elif rule.frequency is Frequency.YEARLY:
        generated = du.rrule(du.YEARLY, dtstart=anchor, bymonth=anchor.month, count=count, **by_day)
    else:
        generated = du.rrule(
            du.MONTHLY,
            dtstart=anchor,
            interval=MONTH_STEPS[rule.frequency],
            count=count,
            **by_day,
        )
    return list(generated)


def nearby_offsets(local: datetime, zone: ZoneInfo) -> set[timedelta]:
    """Every UTC offset `zone` uses within ±30 h of `local`, sampled every 30 minutes."""
    base = local.replace(tzinfo=UTC)
    offsets = set()
    for half_hours in range(-60, 61):
        offset = (base + timedelta(minutes=30 * half_hours)).astimezone(zone).utcoffset()
        assert offset is not None
        offsets.add(offset)
    return offsets


# --- the oracle ----------------------------------------------------------------------------


@settings(max_examples=200, deadline=None, database=None)
@given(rule=rules)
def test_local_starts_match_dateutil_rrule(rule: Rule) -> None:
    # when: the first N local starts are generated
    ours = [local_start(rule, i) for i in range(N)]
    # then: they are exactly what an RFC 5545 engine produces
    assert ours == rrule_oracle(rule, N)


# --- DST: same wall-clock time, RFC 5545 gap / fold handling --------------------------------


@settings(max_examples=200, deadline=None, database=None)
@given(rule=st.one_of(rules, dst_rules))
def test_occurrences_keep_the_wall_clock_time_across_dst(rule: Rule) -> None:
    zone = ZoneInfo(rule.timezone)
    for index in range(N):
        local = local_start(rule, index)
        start = occurrence_utc(rule, index)
        assert start.tzinfo is UTC
        back = start.astimezone(zone).replace(tzinfo=None)
        # Every UTC instant near this day that shows exactly `local` on the wall clock.
        matches = sorted(
            candidate
            for offset in nearby_offsets(local, zone)
            if (candidate := (local - offset).replace(tzinfo=UTC))
            .astimezone(zone)
            .replace(tzinfo=None)
            == local
        )
        if matches:
            # then: the local time exists, is kept, and an ambiguous one takes its first instant
            assert back == local
            assert (back.hour, back.minute) == (rule.anchor.hour, rule.anchor.minute)
            assert start == matches[0]
        else:
            # then: the local time falls in a gap; RFC 5545 applies the offset in force before
            # the gap, which moves the wall-clock time forward by exactly the gap's length.
            offset_after = start.astimezone(zone).utcoffset()
            assert offset_after is not None
            before_gap = (local - offset_after).replace(tzinfo=UTC)
            offset_before = before_gap.astimezone(zone).utcoffset()
            assert offset_before is not None
            assert offset_after > offset_before
            assert start == (local - offset_before).replace(tzinfo=UTC)
            assert back == local + (offset_after - offset_before)


@FAST
@given(rule=st.one_of(rules, dst_rules))
def test_utc_starts_strictly_increase(rule: Rule) -> None:
    starts = [occurrence_utc(rule, i) for i in range(N)]
    assert all(a < b for a, b in itertools.pairwise(starts))


def test_weekly_keeps_nine_local_across_spring_forward() -> None:
    # given: a weekly 09:00 Berlin 1:1 starting the Monday before DST begins (30 March 2025)
    rule = Rule(naive(2025, 3, 24, 9, 0), "Europe/Berlin", Frequency.WEEKLY)
    # then: it is 08:00 UTC (CET) and then 07:00 UTC (CEST), always 09:00 local
    assert occurrence_utc(rule, 0) == utc(2025, 3, 24, 8, 0)
    assert occurrence_utc(rule, 1) == utc(2025, 3, 31, 7, 0)
    assert local_start(rule, 1) == naive(2025, 3, 31, 9, 0)


def test_nonexistent_time_moves_forward_by_the_gap() -> None:
    # 02:30 does not exist in Berlin on 2025-03-30: the CET offset applies → 01:30 UTC = 03:30
    start = to_utc(naive(2025, 3, 30, 2, 30), "Europe/Berlin")
    assert start == utc(2025, 3, 30, 1, 30)
    assert start.astimezone(ZoneInfo("Europe/Berlin")).replace(tzinfo=None) == naive(
        2025, 3, 30, 3, 30
    )


def test_half_hour_gap_on_lord_howe() -> None:
    # Lord Howe springs forward 30 minutes at 02:00 on 2025-10-05 (+10:30 → +11)
    start = to_utc(naive(2025, 10, 5, 2, 15), "Australia/Lord_Howe")
    assert start == utc(2025, 10, 4, 15, 45)
    assert start.astimezone(ZoneInfo("Australia/Lord_Howe")).replace(tzinfo=None) == naive(
        2025, 10, 5, 2, 45
    )


def test_ambiguous_time_takes_the_first_occurrence() -> None:
    # 02:30 happens twice in Berlin on 2025-10-26: first at CEST (00:30 UTC), then CET (01:30)
    assert to_utc(naive(2025, 10, 26, 2, 30), "Europe/Berlin") == utc(2025, 10, 26, 0, 30)


def test_ambiguous_time_ignores_a_fold_flag_on_input() -> None:
    local = naive(2025, 11, 2, 1, 30).replace(fold=1)  # New York's repeated hour
    assert to_utc(local, "America/New_York") == utc(2025, 11, 2, 5, 30)


def test_day_skipped_by_apia_moves_to_the_next_day() -> None:
    # Samoa skipped 30 December 2011 entirely (-10 → +14)
    start = to_utc(naive(2011, 12, 30, 10, 0), "Pacific/Apia")
    assert start == utc(2011, 12, 30, 20, 0)
    assert start.astimezone(ZoneInfo("Pacific/Apia")).replace(tzinfo=None) == naive(
        2011, 12, 31, 10, 0
    )


def test_to_utc_rejects_aware_input_and_unknown_zone() -> None:
    with pytest.raises(ValueError, match="naive"):
        to_utc(utc(2025, 1, 1), "Europe/Berlin")
    with pytest.raises(ValueError, match="unknown timezone"):
        to_utc(naive(2025, 1, 1), "Mars/Olympus_Mons")


# --- month arithmetic ------------------------------------------------------------------------


def test_monthly_from_the_31st_clamps_and_returns() -> None:
    rule = Rule(naive(2025, 1, 31, 10, 0), "Europe/Berlin", Frequency.MONTHLY)
    assert [local_start(rule, i).date().isoformat() for i in range(6)] == [
        "2025-01-31",
        "2025-02-28",
        "2025-03-31",
        "2025-04-30",
        "2025-05-31",
        "2025-06-30",
    ]


def test_monthly_from_the_30th_hits_leap_day() -> None:
    rule = Rule(naive(2024, 1, 30, 10, 0), "UTC", Frequency.MONTHLY)
    assert local_start(rule, 1) == naive(2024, 2, 29, 10, 0)
    assert local_start(rule, 2) == naive(2024, 3, 30, 10, 0)


def test_quarterly_and_half_yearly_steps() -> None:
    quarterly = Rule(naive(2025, 11, 30, 14, 0), "UTC", Frequency.QUARTERLY)
    assert [local_start(quarterly, i).date().isoformat() for i in range(4)] == [
        "2025-11-30",
        "2026-02-28",
        "2026-05-30",
        "2026-08-30",
    ]
    half = Rule(naive(2025, 8, 31, 14, 0), "UTC", Frequency.HALF_YEARLY)
    assert local_start(half, 1) == naive(2026, 2, 28, 14, 0)
    assert local_start(half, 2) == naive(2026, 8, 31, 14, 0)


def test_yearly_leap_day() -> None:
    rule = Rule(naive(2024, 2, 29, 9, 0), "UTC", Frequency.YEARLY)
    assert local_start(rule, 1) == naive(2025, 2, 28, 9, 0)
    assert local_start(rule, 3) == naive(2027, 2, 28, 9, 0)
    assert local_start(rule, 4) == naive(2028, 2, 29, 9, 0)


def test_fortnightly_steps_fourteen_days() -> None:
    rule = Rule(naive(2025, 12, 22, 9, 0), "UTC", Frequency.FORTNIGHTLY)
    assert local_start(rule, 1) == naive(2026, 1, 5, 9, 0)


def test_once_has_only_occurrence_zero() -> None:
    rule = Rule(naive(2025, 6, 1, 9, 0), "Asia/Kolkata", Frequency.ONCE)
    assert local_start(rule, 0) == rule.anchor
    assert occurrence_utc(rule, 0) == utc(2025, 6, 1, 3, 30)
    with pytest.raises(ValueError, match="only occurrence 0"):
        local_start(rule, 1)
    window = occurrences_between(rule, 0, utc(2000, 1, 1), utc(2100, 1, 1), min_count=4)
    assert window == [(0, utc(2025, 6, 1, 3, 30))]
    assert occurrences_between(rule, 1, utc(2000, 1, 1), utc(2100, 1, 1), min_count=4) == []
    assert occurrences_between(rule, 0, utc(2025, 6, 1, 3, 30), utc(2100, 1, 1)) == []
    assert index_at_or_after(rule, utc(2025, 6, 1, 3, 30)) == 0
    assert index_at_or_after(rule, utc(2025, 6, 1, 3, 31)) is None


def test_negative_index_is_rejected() -> None:
    rule = Rule(naive(2025, 6, 1, 9, 0), "UTC", Frequency.WEEKLY)
    with pytest.raises(ValueError, match=">= 0"):
        local_start(rule, -1)


def test_rule_validates_its_fields() -> None:
    with pytest.raises(ValueError, match="naive"):
        Rule(utc(2025, 6, 1, 9, 0), "UTC", Frequency.WEEKLY)
    with pytest.raises(ValueError, match="whole minute"):
        Rule(naive(2025, 6, 1, 9, 0, 30), "UTC", Frequency.WEEKLY)
    with pytest.raises(ValueError, match="unknown timezone"):
        Rule(naive(2025, 6, 1, 9, 0), "Europe/Atlantis", Frequency.WEEKLY)
    # the enum's stored string value is accepted and normalised
    rule = Rule(naive(2025, 6, 1, 9, 0), "UTC", "MONTHLY")  # type: ignore[arg-type]
    assert rule.frequency is Frequency.MONTHLY


def test_validate_timezone() -> None:
    assert validate_timezone("Europe/Berlin")
    assert validate_timezone("UTC")
    assert not validate_timezone("europe/berlin")
    assert not validate_timezone("Europe/Atlantis")
    assert not validate_timezone("")
    assert not validate_timezone("../etc/passwd")
    assert not validate_timezone("/usr/share/zoneinfo/UTC")


def test_step_tables() -> None:
    assert MONTH_STEPS == {
        Frequency.MONTHLY: 1,
        Frequency.QUARTERLY: 3,
        Frequency.HALF_YEARLY: 6,
        Frequency.YEARLY: 12,
    }
    assert DAY_STEPS == {Frequency.WEEKLY: 7, Frequency.FORTNIGHTLY: 14}


# --- index_at_or_after ------------------------------------------------------------------------


def test_index_at_or_after_exact_boundaries() -> None:
    rule = Rule(naive(2025, 3, 24, 9, 0), "Europe/Berlin", Frequency.WEEKLY)
    first, second = occurrence_utc(rule, 0), occurrence_utc(rule, 1)
    assert index_at_or_after(rule, first - timedelta(days=400)) == 0
    assert index_at_or_after(rule, first) == 0
    assert index_at_or_after(rule, first + timedelta(microseconds=1)) == 1
    assert index_at_or_after(rule, second) == 1
    assert index_at_or_after(rule, second + timedelta(microseconds=1)) == 2


def test_index_at_or_after_far_from_the_anchor() -> None:
    # given: a weekly series anchored decades ago; the index comes from arithmetic
    rule = Rule(naive(1990, 1, 1, 9, 0), "America/New_York", Frequency.WEEKLY)
    moment = utc(2030, 6, 1)
    index = index_at_or_after(rule, moment)
    assert index is not None
    assert occurrence_utc(rule, index) >= moment > occurrence_utc(rule, index - 1)
    monthly = Rule(naive(1990, 1, 31, 9, 0), "America/New_York", Frequency.MONTHLY)
    assert index_at_or_after(monthly, utc(2030, 2, 1)) == 40 * 12 + 1  # 28 Feb 2030


def test_index_at_or_after_requires_an_aware_moment() -> None:
    rule = Rule(naive(2025, 6, 1, 9, 0), "UTC", Frequency.WEEKLY)
    with pytest.raises(ValueError, match="aware"):
        index_at_or_after(rule, naive(2025, 6, 1))


@FAST
@given(rule=rules, shift=st.integers(-3 * 366 * 24 * 60, 6 * 366 * 24 * 60))
def test_index_at_or_after_is_the_smallest_qualifying_index(rule: Rule, shift: int) -> None:
    moment = occurrence_utc(rule, 0) + timedelta(minutes=shift)
    index = index_at_or_after(rule, moment)
    assert index is not None
    assert occurrence_utc(rule, index) >= moment
    assert index == 0 or occurrence_utc(rule, index - 1) < moment


# --- occurrences_between ----------------------------------------------------------------------


def brute_force_window(
    rule: Rule, start_index: int, after: datetime, until: datetime, min_count: int, max_count: int
) -> list[tuple[int, datetime]]:
    """occurrences_between by walking every index from start_index."""
    found: list[tuple[int, datetime]] = []
    index = start_index
    while len(found) < max_count:
        start = occurrence_utc(rule, index)
        if start >= until and len(found) >= min_count:
            break
        if start > after:
            found.append((index, start))
        index += 1
    return found


@settings(max_examples=150, deadline=None, database=None)
@given(
    rule=rules,
    start_index=st.integers(0, 40),
    after_minutes=st.integers(-2 * 366 * 24 * 60, 3 * 366 * 24 * 60),
    length_minutes=st.integers(-30 * 24 * 60, 2 * 366 * 24 * 60),
    min_count=st.integers(0, 8),
    max_count=st.integers(0, 60),
)
def test_occurrences_between_matches_brute_force(
    rule: Rule,
    start_index: int,
    after_minutes: int,
    length_minutes: int,
    min_count: int,
    max_count: int,
) -> None:
    # given: a window somewhere around the anchor (possibly empty or inverted)
    after = occurrence_utc(rule, 0) + timedelta(minutes=after_minutes)
    until = after + timedelta(minutes=length_minutes)

    # when: the window is generated twice
    got = occurrences_between(
        rule, start_index, after, until, min_count=min_count, max_count=max_count
    )
    again = occurrences_between(
        rule, start_index, after, until, min_count=min_count, max_count=max_count
    )

    # then: idempotent, equal to walking every index, and within every bound
    assert got == again
    assert got == brute_force_window(rule, start_index, after, until, min_count, max_count)
    assert all(index >= start_index and start > after for index, start in got)
    assert all(occurrence_utc(rule, index) == start for index, start in got)
    in_window = brute_force_window(rule, start_index, after, until, 0, 10**6)
    assert len(got) == min(max_count, max(min_count, len(in_window)))
    assert got[: len(in_window)] == in_window[: len(got)]
    indexes = [index for index, _ in got]
    assert indexes == list(range(indexes[0], indexes[0] + len(indexes)) if indexes else [])
    assert all(a[1] < b[1] for a, b in itertools.pairwise(got))


@FAST
@given(
    rule=rules,
    start_index=st.integers(0, 10),
    after_days=st.integers(-400, 400),
    later_days=st.integers(0, 200),
    length_days=st.integers(0, 400),
)
def test_regenerating_from_a_later_after_gives_a_suffix(
    rule: Rule, start_index: int, after_days: int, later_days: int, length_days: int
) -> None:
    # given: the occurrences in a window, as first generated
    after = occurrence_utc(rule, 0) + timedelta(days=after_days)
    until = after + timedelta(days=length_days)
    earlier = occurrences_between(rule, start_index, after, until)
    # when: regenerated later (a later `after`, same horizon)
    later_after = after + timedelta(days=later_days, minutes=7)
    later = occurrences_between(rule, start_index, later_after, until)
    # then: the regenerated list is the tail of the first, with the same indexes and instants
    assert later == earlier[len(earlier) - len(later) :]
    assert later == [item for item in earlier if item[1] > later_after]


def test_six_month_horizon_with_at_least_four() -> None:
    # given: a yearly series — six months hold at most one occurrence
    rule = Rule(naive(2025, 3, 10, 9, 0), "Europe/Berlin", Frequency.YEARLY)
    now = utc(2025, 1, 1)
    # when: the product asks for six months and at least four
    got = occurrences_between(rule, 0, now, now + timedelta(days=183), min_count=4)
    # then: the four next years are listed
    assert [index for index, _ in got] == [0, 1, 2, 3]
    assert got[3][1] == utc(2028, 3, 10, 8, 0)


def test_weekly_horizon_is_capped_by_max_count() -> None:
    rule = Rule(naive(2025, 1, 6, 9, 0), "UTC", Frequency.WEEKLY)
    got = occurrences_between(rule, 0, utc(2025, 1, 1), utc(2035, 1, 1), max_count=10)
    assert [index for index, _ in got] == list(range(10))


def test_window_boundaries_are_exclusive() -> None:
    rule = Rule(naive(2025, 1, 6, 9, 0), "UTC", Frequency.WEEKLY)
    got = occurrences_between(rule, 0, utc(2025, 1, 6, 9), utc(2025, 1, 20, 9))
    assert got == [(1, utc(2025, 1, 13, 9))]


def test_far_past_anchor_jumps_to_the_window() -> None:
    # given: a weekly 1:1 anchored in 1900 (about 7,000 weeks before 2035)
    rule = Rule(naive(1900, 1, 1, 9, 0), "Europe/Berlin", Frequency.WEEKLY)
    got = occurrences_between(rule, 0, utc(2035, 1, 1), utc(2035, 1, 31))
    # then: the January 2035 Mondays, with their true indexes
    assert [start.date().isoformat() for _, start in got] == [
        "2035-01-01",
        "2035-01-08",
        "2035-01-15",
        "2035-01-22",
        "2035-01-29",
    ]
    assert got[0][0] == (naive(2035, 1, 1) - naive(1900, 1, 1)).days // 7


def test_occurrences_between_validates_arguments() -> None:
    rule = Rule(naive(2025, 1, 6, 9, 0), "UTC", Frequency.WEEKLY)
    with pytest.raises(ValueError, match="aware"):
        occurrences_between(rule, 0, naive(2025, 1, 1), utc(2026, 1, 1))
    with pytest.raises(ValueError, match="start_index"):
        occurrences_between(rule, -1, utc(2025, 1, 1), utc(2026, 1, 1))
    assert occurrences_between(rule, 0, utc(2025, 1, 1), utc(2026, 1, 1), max_count=0) == []


def test_end_of_the_date_range_stops_cleanly() -> None:
    rule = Rule(naive(9999, 10, 31, 9, 0), "UTC", Frequency.MONTHLY)
    got = occurrences_between(rule, 0, utc(9999, 1, 1), utc(9999, 12, 31), min_count=10)
    # then: the window's two, then the last one before year 10000, and no error
    assert [start.date().isoformat() for _, start in got] == [
        "9999-10-31",
        "9999-11-30",
        "9999-12-31",
    ]
    assert index_at_or_after(rule, utc(9999, 12, 31, 10)) is None
