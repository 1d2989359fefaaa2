"""The personal calendar feed and a meeting's "Add to calendar" file."""

from __future__ import annotations

from datetime import UTC, timedelta

import recurring_ical_events  # type: ignore[import-untyped]
from icalendar import Calendar

from tests.conftest import NOW
from tests.factories import Factory
from tests.helpers import Api, create_one_on_one, data, gid, meeting_ids

FEED = "mutation { regenerateCalendarFeed { calendarFeedUrl } }"


async def test_the_feed_lists_exactly_the_viewers_meetings(api: Api, factory: Factory) -> None:
    me, report, stranger = await factory.user(), await factory.user(), await factory.user()
    mine = await create_one_on_one(api, me, report, title="Mine")
    await create_one_on_one(api, report, stranger, title="Not mine")
    cancelled = meeting_ids(mine)[2]
    await api.as_user(
        me,
        "mutation($id: ID!) { cancelMeeting(input: {meetingId: $id}) { errors { code } } }",
        id=cancelled,
    )
    assert data(await api.as_user(me, "{ viewer { calendarFeedUrl } }"))["viewer"] == {
        "calendarFeedUrl": None
    }
    url = data(await api.as_user(me, FEED))["regenerateCalendarFeed"]["calendarFeedUrl"]
    response = await api.http.get(url.replace("http://127.0.0.1:8000", ""))
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/calendar")
    assert "private" in response.headers["cache-control"]
    calendar = Calendar.from_ical(response.text)
    events = list(calendar.walk("VEVENT"))
    assert {str(e["SUMMARY"]) for e in events} == {"Mine"}
    assert len(events) == 26
    statuses = [str(e["STATUS"]) for e in events]
    assert statuses.count("CANCELLED") == 1
    shown = recurring_ical_events.of(calendar).between(NOW, NOW + timedelta(days=200))
    starts = sorted(
        e["DTSTART"].dt.astimezone(UTC) for e in shown if str(e["STATUS"]) != "CANCELLED"
    )
    assert len(starts) == 25
    assert starts[0].isoformat() == "2026-03-09T08:00:00+00:00"


async def test_a_regenerated_feed_url_retires_the_old_one(api: Api, factory: Factory) -> None:
    me = await factory.user()
    old = data(await api.as_user(me, FEED))["regenerateCalendarFeed"]["calendarFeedUrl"]
    new = data(await api.as_user(me, FEED))["regenerateCalendarFeed"]["calendarFeedUrl"]
    assert old != new
    assert (await api.http.get(old.replace("http://127.0.0.1:8000", ""))).status_code == 404
    assert (await api.http.get(new.replace("http://127.0.0.1:8000", ""))).status_code == 200
    assert (await api.http.get("/calendar/feed/guess.ics")).status_code == 404
    # the token grants nothing else
    token = new.rsplit("/", 1)[1].removesuffix(".ics")
    graphql = await api.http.post(
        "/graphql",
        json={"query": "{ viewer { name } }"},
        headers={"authorization": f"Bearer {token}"},
    )
    assert graphql.json()["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"


async def test_a_meetings_file_is_for_its_participants_only(api: Api, factory: Factory) -> None:
    me, other, admin = await factory.user(), await factory.user(), await factory.admin()
    meeting = meeting_ids(await create_one_on_one(api, me, other, title="Ours"))[0]

    async def get(user: object) -> int:
        token = await factory.token(user)  # type: ignore[arg-type]
        response = await api.http.get(
            f"/calendar/meetings/{meeting}.ics", headers={"authorization": f"Bearer {token}"}
        )
        if response.status_code == 200:
            calendar = Calendar.from_ical(response.text)
            assert str(calendar["METHOD"]) == "PUBLISH"
            assert str(calendar.walk("VEVENT")[0]["SUMMARY"]) == "Ours"
        return response.status_code

    assert await get(other) == 200
    assert await get(admin) == 404
    assert (await api.http.get(f"/calendar/meetings/{meeting}.ics")).status_code == 401


async def test_a_deactivated_persons_feed_url_stays_dead_after_reactivation(
    api: Api, factory: Factory
) -> None:
    # given a person's feed URL, in some calendar app
    admin, me = await factory.admin(), await factory.user()
    old = data(await api.as_user(me, FEED))["regenerateCalendarFeed"]["calendarFeedUrl"]
    path = old.replace("http://127.0.0.1:8000", "")
    assert (await api.http.get(path)).status_code == 200
    # when they are deactivated, and later reactivated
    for change in ("deactivateUser", "reactivateUser"):
        result = await api.as_user(
            admin,
            f"mutation($id: ID!) {{ {change}(input: {{id: $id}}) {{ errors {{ code }} }} }}",
            id=gid(me),
        )
        assert data(result)[change]["errors"] == []
        # then the old URL does not work, then or ever after
        assert (await api.http.get(path)).status_code == 404
    # and a new feed is a new URL (with a new token: deactivation revoked the old ones)
    api._tokens.clear()
    assert data(await api.as_user(me, "{ viewer { calendarFeedUrl } }"))["viewer"] == {
        "calendarFeedUrl": None
    }
    new = data(await api.as_user(me, FEED))["regenerateCalendarFeed"]["calendarFeedUrl"]
    assert new != old
    assert (await api.http.get(new.replace("http://127.0.0.1:8000", ""))).status_code == 200
    assert (await api.http.get(path)).status_code == 404
