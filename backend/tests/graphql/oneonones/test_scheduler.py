"""Meetings close by themselves and the next one exists — also after the server was down across
the date. Time is moved through the settings' clock; the job runs in the app's lifespan."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from tandem.db.engine import Database
from tandem.settings import Settings
from tests.conftest import NOW
from tests.factories import Factory
from tests.helpers import Api, create_one_on_one, data, meeting_ids, running_at

MEETINGS = """query($id: ID!) { node(id: $id) { ... on OneOnOne {
    nextMeeting { startsAt }
    meetings(first: 100) { totalCount edges { node { id status startsAt } } } } } }"""


async def statuses(api: Api, user: Any, series_id: str) -> dict[str, Any]:
    node: dict[str, Any] = data(await api.as_user(user, MEETINGS, id=series_id))["node"]
    return node


async def test_meetings_close_after_a_restart_across_their_end(
    settings: Settings, db: Database, factory: Factory
) -> None:
    me, other = await factory.user(), await factory.user()
    # given a weekly 1:1 from 9 March, created while the server runs on 2 March
    async with running_at(settings, db, NOW) as api:
        series = await create_one_on_one(api, me, other)
        ids = meeting_ids(series)
        await api.as_user(
            other,
            'mutation($id: ID!) { updateMeeting(input: {meetingId: $id, details: "Notes"}) '
            "{ errors { code } } }",
            id=ids[1],
        )
        before = await statuses(api, me, series["id"])
        assert before["meetings"]["totalCount"] == 26
    # when the server was down and comes back on 25 March 2026 (after three meetings' ends)
    async with running_at(settings, db, datetime.fromisoformat("2026-03-25T12:00:00+00:00")) as api:
        after = await statuses(api, me, series["id"])
    # then the past meetings got their status: held (something written) or missed
    by_id = {e["node"]["id"]: e["node"] for e in after["meetings"]["edges"]}
    assert by_id[ids[0]]["status"] == "MISSED"
    assert by_id[ids[1]]["status"] == "COMPLETED"
    assert by_id[ids[2]]["status"] == "MISSED"
    assert by_id[ids[3]]["status"] == "UPCOMING"
    # and the next meeting exists, with the horizon kept six months ahead
    assert after["nextMeeting"] == {"startsAt": "2026-03-30T07:00:00+00:00"}
    assert after["meetings"]["totalCount"] == 29


async def test_the_horizon_moves_with_time(
    settings: Settings, db: Database, factory: Factory
) -> None:
    me, other = await factory.user(), await factory.user()
    async with running_at(settings, db, NOW) as api:
        series = await create_one_on_one(api, me, other, frequency="QUARTERLY")
    later = NOW + timedelta(days=200)
    async with running_at(settings, db, later) as api:
        state = await statuses(api, me, series["id"])
    upcoming = [e for e in state["meetings"]["edges"] if e["node"]["status"] == "UPCOMING"]
    assert len(upcoming) == 4
    assert all(datetime.fromisoformat(e["node"]["startsAt"]) > later for e in upcoming)
