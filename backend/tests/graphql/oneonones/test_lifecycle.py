"""Archive, delete, leave: creator and held-meeting rules; history stays readable."""

from __future__ import annotations

from typing import Any

from tests.factories import Factory
from tests.helpers import Api, create_one_on_one, data, meeting_ids

ARCHIVE = "mutation($id: ID!) { archiveOneOnOne(input: {oneOnOneId: $id}) { oneOnOne { status } errors { field code } } }"
DELETE = "mutation($id: ID!) { deleteOneOnOne(input: {oneOnOneId: $id}) { deletedId errors { field code } } }"
LEAVE = "mutation($id: ID!) { leaveOneOnOne(input: {oneOnOneId: $id}) { oneOnOne { status viewerHasLeft } errors { field code } } }"
END = "mutation($id: ID!) { endMeeting(input: {meetingId: $id}) { errors { code } } }"
SERIES = """query($id: ID!) { node(id: $id) { ... on OneOnOne { status canArchive canDelete
    meetingCounts { upcoming completed missed cancelled } nextMeeting { id } } } }"""


async def series_state(api: Api, user: Any, series_id: str) -> dict[str, Any] | None:
    node: dict[str, Any] | None = data(await api.as_user(user, SERIES, id=series_id))["node"]
    return node


async def held(api: Api, factory: Factory) -> tuple[Any, Any, dict[str, Any]]:
    """A 1:1 whose first meeting (now) was held."""
    me, other = await factory.user("Creator"), await factory.user("Other")
    series = await create_one_on_one(api, me, other, startsAt="2026-03-02T12:00:00+00:00")
    assert data(await api.as_user(me, END, id=meeting_ids(series)[0]))["endMeeting"]["errors"] == []
    return me, other, series


async def test_only_the_creator_archives_and_only_after_a_held_meeting(
    api: Api, factory: Factory
) -> None:
    me, other = await factory.user(), await factory.user()
    fresh = await create_one_on_one(api, me, other)
    not_yet = data(await api.as_user(me, ARCHIVE, id=fresh["id"]))["archiveOneOnOne"]
    assert not_yet["errors"] == [{"field": "oneOnOneId", "code": "INVALID"}]
    creator, participant, series = await held(api, factory)
    refused = data(await api.as_user(participant, ARCHIVE, id=series["id"]))["archiveOneOnOne"]
    assert refused["errors"] == [{"field": "oneOnOneId", "code": "FORBIDDEN"}]
    state = await series_state(api, creator, series["id"])
    assert state is not None
    assert state["canArchive"] is True
    archived = data(await api.as_user(creator, ARCHIVE, id=series["id"]))["archiveOneOnOne"]
    assert archived == {"oneOnOne": {"status": "ARCHIVED"}, "errors": []}
    # readable by both, nothing upcoming any more
    for person in (creator, participant):
        state = await series_state(api, person, series["id"])
        assert state is not None
        assert state["meetingCounts"]["completed"] == 1
        assert state["meetingCounts"]["upcoming"] == 0
        assert state["nextMeeting"] is None


async def test_only_the_creator_deletes_and_only_before_any_meeting_was_held(
    api: Api, factory: Factory
) -> None:
    creator, _, series = await held(api, factory)
    kept = data(await api.as_user(creator, DELETE, id=series["id"]))["deleteOneOnOne"]
    assert kept == {"deletedId": None, "errors": [{"field": "oneOnOneId", "code": "INVALID"}]}
    me, other = await factory.user(), await factory.user()
    fresh = await create_one_on_one(api, me, other)
    refused = data(await api.as_user(other, DELETE, id=fresh["id"]))["deleteOneOnOne"]
    assert refused["errors"] == [{"field": "oneOnOneId", "code": "FORBIDDEN"}]
    deleted = data(await api.as_user(me, DELETE, id=fresh["id"]))["deleteOneOnOne"]
    assert deleted == {"deletedId": fresh["id"], "errors": []}
    assert await series_state(api, me, fresh["id"]) is None
    gone = data(
        await api.as_user(me, "{ viewer { oneOnOnes(includeInactive: true) { totalCount } } }")
    )
    assert gone["viewer"]["oneOnOnes"]["totalCount"] == 0


async def test_either_participant_leaves_and_both_keep_the_history(
    api: Api, factory: Factory
) -> None:
    creator, participant, series = await held(api, factory)
    left = data(await api.as_user(participant, LEAVE, id=series["id"]))["leaveOneOnOne"]
    assert left == {"oneOnOne": {"status": "ENDED", "viewerHasLeft": True}, "errors": []}
    for person in (creator, participant):
        state = await series_state(api, person, series["id"])
        assert state is not None
        assert state["meetingCounts"]["completed"] == 1
        assert state["meetingCounts"]["upcoming"] == 0
        assert state["meetingCounts"]["cancelled"] == 26
    upcoming = data(await api.as_user(creator, "{ viewer { upcomingMeetings { totalCount } } }"))
    assert upcoming["viewer"]["upcomingMeetings"]["totalCount"] == 0
    active = data(await api.as_user(creator, "{ viewer { oneOnOnes { totalCount } } }"))
    assert active["viewer"]["oneOnOnes"]["totalCount"] == 0
    everything = data(
        await api.as_user(creator, "{ viewer { oneOnOnes(includeInactive: true) { totalCount } } }")
    )
    assert everything["viewer"]["oneOnOnes"]["totalCount"] == 1
