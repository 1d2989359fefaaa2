"""Dates and times at the ends of the calendar (years 1 and 9999) are refused as the input
they are, not failed on: the API takes the years 1900 to 2199."""

from __future__ import annotations

from typing import Any

import pytest

from tests.factories import Factory
from tests.helpers import CREATE_ONE_ON_ONE, Api, data, gid

PREVIEW = """query($s: DateTime!, $f: Frequency!) {
    previewSchedule(startsAt: $s, timezone: "America/New_York", frequency: $f, count: 20) }"""
EDGES = [
    "0001-01-01T00:00:00+00:00",
    "0001-01-01T00:30:00+01:00",
    "1899-12-31T23:59:59+00:00",
    "9999-12-31T23:00:00+00:00",
    "9999-12-31T20:00:00-05:00",
    "2200-01-01T00:00:00+00:00",
]


def refused_field(answer: dict[str, Any]) -> str:
    [error] = answer["errors"]
    assert error["extensions"]["code"] == "BAD_USER_INPUT", error
    assert "between the years 1900 and 2199" in error["message"]
    message: str = error["message"]
    return message


@pytest.mark.parametrize("starts_at", EDGES)
@pytest.mark.parametrize("frequency", ["ONCE", "WEEKLY", "YEARLY"])
async def test_preview_schedule_refuses_times_at_the_ends_of_the_calendar(
    api: Api, factory: Factory, starts_at: str, frequency: str
) -> None:
    user = await factory.user()
    answer = await api.as_user(user, PREVIEW, s=starts_at, f=frequency)
    assert "$s" in refused_field(answer)


@pytest.mark.parametrize("starts_at", EDGES)
async def test_create_one_on_one_refuses_times_at_the_ends_of_the_calendar(
    api: Api, factory: Factory, starts_at: str
) -> None:
    creator, other = await factory.user(), await factory.user()
    answer = await api.as_user(
        creator,
        CREATE_ONE_ON_ONE,
        input={
            "participantId": gid(other),
            "title": "Far away",
            "startsAt": starts_at,
            "durationMinutes": 30,
            "timezone": "Europe/Berlin",
            "frequency": "YEARLY",
        },
    )
    assert "startsAt" in refused_field(answer)
    listed = data(await api.as_user(creator, "{ viewer { oneOnOnes { totalCount } } }"))
    assert listed["viewer"]["oneOnOnes"]["totalCount"] == 0


async def test_the_last_supported_year_still_works(api: Api, factory: Factory) -> None:
    user = await factory.user()
    answer = await api.as_user(user, PREVIEW, s="2199-12-31T23:00:00-05:00", f="YEARLY")
    dates = data(answer)["previewSchedule"]
    assert len(dates) == 20
    assert dates[0].startswith("2200-01-01T04:00:00")


async def test_a_due_date_at_the_ends_of_the_calendar_is_refused(
    api: Api, factory: Factory
) -> None:
    user = await factory.user()
    query = """mutation { addActionItem(input: {meetingId: "x", title: "t", dueOn: "9999-12-31"})
        { errors { code } } }"""
    answer = await api.as_user(user, query)
    refused_field(answer)
