"""Actions on one meeting: end, cancel, reschedule, edit — only that meeting changes."""

from __future__ import annotations

from typing import Any

from tests.factories import Factory
from tests.helpers import Api, create_one_on_one, data, meeting_ids

MEETING = """query($id: ID!) { node(id: $id) { ... on Meeting {
    title hasOwnTitle status startsAt endsAt isRescheduled details durationMinutes } } }"""


def action(name: str, extra: str = "") -> str:
    return (
        f"mutation($input: {name[0].upper() + name[1:]}Input!) {{ {name}(input: $input) "
        f"{{ meeting {{ status startsAt endsAt isRescheduled title {extra} }} "
        "errors { field code } } }"
    )


END = "mutation($id: ID!) { endMeeting(input: {meetingId: $id}) { meeting { status } errors { field code } } }"
CANCEL = "mutation($id: ID!) { cancelMeeting(input: {meetingId: $id}) { meeting { status } errors { field code } } }"
RESCHEDULE = action("rescheduleMeeting")
UPDATE = action("updateMeeting", "details hasOwnTitle")


async def meeting(api: Api, user: Any, meeting_id: str) -> dict[str, Any]:
    node: dict[str, Any] = data(await api.as_user(user, MEETING, id=meeting_id))["node"]
    return node


async def test_cancel_changes_that_meeting_only(api: Api, factory: Factory) -> None:
    me, other = await factory.user(), await factory.user()
    ids = meeting_ids(await create_one_on_one(api, me, other))
    result = data(await api.as_user(other, CANCEL, id=ids[1]))["cancelMeeting"]
    assert result == {"meeting": {"status": "CANCELLED"}, "errors": []}
    assert (await meeting(api, me, ids[0]))["status"] == "UPCOMING"
    assert (await meeting(api, me, ids[2]))["status"] == "UPCOMING"
    again = data(await api.as_user(me, CANCEL, id=ids[1]))["cancelMeeting"]
    assert again["errors"] == [{"field": "meetingId", "code": "INVALID"}]


async def test_reschedule_moves_one_meeting_and_keeps_its_length(
    api: Api, factory: Factory
) -> None:
    me, other = await factory.user(), await factory.user()
    ids = meeting_ids(await create_one_on_one(api, me, other))
    moved = data(
        await api.as_user(
            me, RESCHEDULE, input={"meetingId": ids[1], "startsAt": "2026-03-17T14:00:00+01:00"}
        )
    )["rescheduleMeeting"]
    assert moved["errors"] == []
    assert moved["meeting"]["startsAt"] == "2026-03-17T13:00:00+00:00"
    assert moved["meeting"]["endsAt"] == "2026-03-17T13:30:00+00:00"
    assert moved["meeting"]["isRescheduled"] is True
    assert (await meeting(api, me, ids[2]))["startsAt"] == "2026-03-23T08:00:00+00:00"
    past = data(
        await api.as_user(
            me, RESCHEDULE, input={"meetingId": ids[2], "startsAt": "2026-01-01T10:00:00+00:00"}
        )
    )["rescheduleMeeting"]
    assert past["errors"] == [{"field": "startsAt", "code": "INVALID"}]


async def test_a_meeting_ends_once_it_has_started(api: Api, factory: Factory) -> None:
    me, other = await factory.user(), await factory.user()
    # the first meeting is today, 12:00 UTC = the tests' now
    ids = meeting_ids(await create_one_on_one(api, me, other, startsAt="2026-03-02T12:00:00+00:00"))
    too_early = data(await api.as_user(me, END, id=ids[1]))["endMeeting"]
    assert too_early["errors"] == [{"field": "meetingId", "code": "INVALID"}]
    ended = data(await api.as_user(other, END, id=ids[0]))["endMeeting"]
    assert ended == {"meeting": {"status": "COMPLETED"}, "errors": []}


async def test_retitling_one_meeting_leaves_the_others(api: Api, factory: Factory) -> None:
    me, other = await factory.user(), await factory.user()
    ids = meeting_ids(await create_one_on_one(api, me, other, title="Weekly"))
    changed = data(
        await api.as_user(
            me, UPDATE, input={"meetingId": ids[0], "title": "Quarterly review", "details": "Q1"}
        )
    )["updateMeeting"]
    assert changed["meeting"]["title"] == "Quarterly review"
    assert changed["meeting"]["details"] == "Q1"
    assert (await meeting(api, other, ids[1]))["title"] == "Weekly"
    reset = data(await api.as_user(me, UPDATE, input={"meetingId": ids[0], "title": ""}))
    assert reset["updateMeeting"]["meeting"]["title"] == "Weekly"
    assert reset["updateMeeting"]["meeting"]["hasOwnTitle"] is False
    too_long = data(await api.as_user(me, UPDATE, input={"meetingId": ids[0], "title": "x" * 201}))
    assert too_long["updateMeeting"]["errors"] == [{"field": "title", "code": "TOO_LONG"}]
