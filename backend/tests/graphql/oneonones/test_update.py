"""Editing a series from a meeting on regenerates exactly the affected upcoming meetings, keeps
rescheduled ones, and loses nothing written."""

from __future__ import annotations

from typing import Any

from tests.factories import Factory
from tests.helpers import Api, create_one_on_one, data, meeting_ids

UPDATE = """mutation($input: UpdateOneOnOneInput!) { updateOneOnOne(input: $input) {
    oneOnOne { id title frequency durationMinutes } errors { field code } } }"""
MEETINGS = """query($id: ID!) { node(id: $id) { ... on OneOnOne {
    meetings(first: 100) { edges { node { id title startsAt endsAt status details isRescheduled } } } } } }"""


async def meetings(api: Api, user: Any, series_id: str) -> list[dict[str, Any]]:
    node = data(await api.as_user(user, MEETINGS, id=series_id))["node"]
    return [e["node"] for e in node["meetings"]["edges"]]


async def update(api: Api, user: Any, **fields: Any) -> dict[str, Any]:
    result: dict[str, Any] = data(await api.as_user(user, UPDATE, input=fields))["updateOneOnOne"]
    return result


async def test_changing_time_from_a_meeting_on_leaves_earlier_meetings(
    api: Api, factory: Factory
) -> None:
    # given a weekly 1:1 on Mondays 9:00 Berlin
    me, other = await factory.user(), await factory.user()
    series = await create_one_on_one(api, me, other)
    ids = meeting_ids(series)
    # when, from the third meeting on, it moves to Tuesdays 15:00
    result = await update(
        api,
        me,
        oneOnOneId=series["id"],
        fromMeetingId=ids[2],
        scope="CURRENT_AND_FOLLOWING",
        startsAt="2026-03-24T15:00:00+01:00",
        durationMinutes=45,
    )
    assert result["errors"] == []
    after = await meetings(api, me, series["id"])
    # then the first two are untouched, the rest are Tuesdays 15:00 local, 45 minutes long
    assert [m["id"] for m in after[:2]] == ids[:2]
    assert after[0]["startsAt"] == "2026-03-09T08:00:00+00:00"
    assert after[2]["startsAt"] == "2026-03-24T14:00:00+00:00"
    assert after[3]["startsAt"] == "2026-03-31T13:00:00+00:00"  # summer time: still 15:00 local
    assert after[3]["endsAt"] == "2026-03-31T13:45:00+00:00"
    assert ids[2] not in {m["id"] for m in after}


async def test_following_scope_keeps_the_given_meeting(api: Api, factory: Factory) -> None:
    me, other = await factory.user(), await factory.user()
    series = await create_one_on_one(api, me, other)
    ids = meeting_ids(series)
    await update(
        api,
        me,
        oneOnOneId=series["id"],
        fromMeetingId=ids[1],
        scope="FOLLOWING",
        frequency="FORTNIGHTLY",
    )
    after = await meetings(api, me, series["id"])
    assert [m["id"] for m in after[:2]] == ids[:2]
    assert after[2]["startsAt"] == "2026-03-23T08:00:00+00:00"
    assert after[3]["startsAt"] == "2026-04-06T07:00:00+00:00"


async def test_a_rescheduled_meeting_keeps_its_time_when_the_series_changes(
    api: Api, factory: Factory
) -> None:
    me, other = await factory.user(), await factory.user()
    series = await create_one_on_one(api, me, other)
    ids = meeting_ids(series)
    moved = data(
        await api.as_user(
            other,
            "mutation($id: ID!) { rescheduleMeeting(input: {meetingId: $id, "
            'startsAt: "2026-03-19T11:00:00+01:00"}) { errors { code } } }',
            id=ids[2],
        )
    )
    assert moved["rescheduleMeeting"]["errors"] == []
    await update(
        api,
        me,
        oneOnOneId=series["id"],
        fromMeetingId=ids[0],
        scope="CURRENT_AND_FOLLOWING",
        startsAt="2026-03-10T10:00:00+01:00",
    )
    after = await meetings(api, me, series["id"])
    kept = [m for m in after if m["id"] == ids[2]]
    assert kept == [{**kept[0], "startsAt": "2026-03-19T10:00:00+00:00", "isRescheduled": True}]
    tuesdays = [m for m in after if not m["isRescheduled"]]
    assert tuesdays[0]["startsAt"] == "2026-03-10T09:00:00+00:00"


async def test_what_was_written_in_a_dropped_meeting_moves_to_the_next_one(
    api: Api, factory: Factory
) -> None:
    me, other = await factory.user(), await factory.user()
    series = await create_one_on_one(api, me, other)
    ids = meeting_ids(series)
    written = data(
        await api.as_user(
            other,
            'mutation($id: ID!) { updateMeeting(input: {meetingId: $id, details: "Raise: discuss"})'
            " { errors { code } } }",
            id=ids[1],
        )
    )
    assert written["updateMeeting"]["errors"] == []
    # when the series becomes monthly from 9 April on (dropping the 16 March meeting)
    await update(
        api,
        me,
        oneOnOneId=series["id"],
        fromMeetingId=ids[0],
        scope="FOLLOWING",
        frequency="MONTHLY",
        startsAt="2026-04-09T09:00:00+02:00",
    )
    after = await meetings(api, me, series["id"])
    assert ids[1] not in {m["id"] for m in after}
    carriers = [m for m in after if "Raise: discuss" in m["details"]]
    assert len(carriers) == 1
    assert carriers[0]["startsAt"] == "2026-04-09T07:00:00+00:00"


async def test_a_new_title_applies_from_the_meeting_on(api: Api, factory: Factory) -> None:
    me, other = await factory.user(), await factory.user()
    series = await create_one_on_one(api, me, other, title="Old")
    ids = meeting_ids(series)
    result = await update(
        api, me, oneOnOneId=series["id"], fromMeetingId=ids[1], scope="FOLLOWING", title="New"
    )
    assert result["oneOnOne"]["title"] == "New"
    titles = [m["title"] for m in await meetings(api, me, series["id"])]
    assert titles[:2] == ["Old", "Old"]
    assert set(titles[2:]) == {"New"}
    assert ids == [m["id"] for m in await meetings(api, me, series["id"])]


async def test_bad_edits_change_nothing(api: Api, factory: Factory) -> None:
    me, other, outsider = await factory.user(), await factory.user(), await factory.user()
    series = await create_one_on_one(api, me, other)
    foreign = await create_one_on_one(api, outsider, other)
    ids = meeting_ids(series)
    before = await meetings(api, me, series["id"])
    wrong_meeting = await update(
        api,
        me,
        oneOnOneId=series["id"],
        fromMeetingId=meeting_ids(foreign)[0],
        scope="FOLLOWING",
        durationMinutes=60,
    )
    assert wrong_meeting["errors"] == [{"field": "fromMeetingId", "code": "NOT_FOUND"}]
    bad_values = await update(
        api,
        me,
        oneOnOneId=series["id"],
        fromMeetingId=ids[0],
        scope="FOLLOWING",
        durationMinutes=0,
        timezone="Nowhere",
    )
    assert {e["field"] for e in bad_values["errors"]} == {"durationMinutes", "timezone"}
    stranger = await update(
        api,
        outsider,
        oneOnOneId=series["id"],
        fromMeetingId=ids[0],
        scope="FOLLOWING",
        title="Hijacked",
    )
    assert stranger["errors"] == [{"field": "oneOnOneId", "code": "NOT_FOUND"}]
    assert await meetings(api, me, series["id"]) == before


async def test_a_meeting_the_new_rule_keeps_in_place_keeps_its_id_and_content(
    api: Api, factory: Factory
) -> None:
    me, other = await factory.user(), await factory.user()
    series = await create_one_on_one(api, me, other)
    ids = meeting_ids(series)
    await api.as_user(
        me,
        'mutation($id: ID!) { updateMeeting(input: {meetingId: $id, details: "Agenda"}) '
        "{ errors { code } } }",
        id=ids[3],
    )
    await update(
        api,
        me,
        oneOnOneId=series["id"],
        fromMeetingId=ids[1],
        scope="CURRENT_AND_FOLLOWING",
        durationMinutes=60,
    )
    after = await meetings(api, me, series["id"])
    assert [m["id"] for m in after] == ids
    assert after[3]["details"] == "Agenda"
    assert after[0]["endsAt"] == "2026-03-09T08:30:00+00:00"
    assert after[3]["endsAt"] == "2026-03-30T08:00:00+00:00"
