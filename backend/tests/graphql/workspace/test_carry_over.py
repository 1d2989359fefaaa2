"""Carry-over: unchecked talking points of a meeting that is over go on to the next meeting
that takes place — through cancellations, reschedules, missed meetings and series edits — once,
marked where they came from and where they went; with no next meeting they stay open."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from tandem.db.engine import Database
from tandem.settings import Settings
from tests.conftest import NOW
from tests.factories import Factory
from tests.helpers import Api, create_one_on_one, data, meeting_ids, running_at

ADD = """mutation($m: ID!, $t: String!, $p: Boolean) {
    addTalkingPoint(input: {meetingId: $m, text: $t, private: $p}) {
        talkingPoint { id } errors { code } } }"""
AGENDA = """query($id: ID!) { node(id: $id) { ... on Meeting { status startsAt
    talkingPoints { text done private carriedFrom { id } carriedTo { id } } } } }"""
SERIES = """query($id: ID!) { node(id: $id) { ... on OneOnOne {
    openTalkingPoints { text }
    meetings(first: 100) { edges { node { id status startsAt
        talkingPoints { text carriedFrom { id } carriedTo { id } } } } } } } }"""


def at(moment: str) -> datetime:
    return datetime.fromisoformat(moment)


async def agenda(api: Api, user: Any, meeting: str) -> dict[str, Any]:
    node: dict[str, Any] = data(await api.as_user(user, AGENDA, id=meeting))["node"]
    return node


async def add(api: Api, user: Any, meeting: str, text: str, private: bool = False) -> str:
    payload = data(await api.as_user(user, ADD, m=meeting, t=text, p=private))["addTalkingPoint"]
    assert payload["errors"] == []
    point_id: str = payload["talkingPoint"]["id"]
    return point_id


async def test_ending_a_meeting_carries_its_unchecked_points_to_the_next_once(
    settings: Settings, db: Database, factory: Factory
) -> None:
    manager, report = await factory.user("Manager"), await factory.user("Report")
    async with running_at(settings, db, NOW) as api:
        series = await create_one_on_one(api, manager, report)
        first, second = meeting_ids(series)[:2]
        await add(api, manager, first, "Hiring plan")
        done = await add(api, report, first, "Vacation dates")
        await api.as_user(
            report,
            "mutation($t: ID!) { updateTalkingPoint(input: {talkingPointId: $t, done: true}) "
            "{ errors { code } } }",
            t=done,
        )
        await add(api, manager, first, "Is Rafael ready to lead?", private=True)
    # when the first meeting (9 March, 9:00 Berlin) is ended during it
    async with running_at(settings, db, at("2026-03-09T08:15:00+00:00")) as api:
        ended = data(
            await api.as_user(
                report,
                "mutation($m: ID!) { endMeeting(input: {meetingId: $m}) { errors { code } } }",
                m=first,
            )
        )
        assert ended["endMeeting"]["errors"] == []
    # and the server restarts later (the job runs again): nothing is carried twice
    async with running_at(settings, db, at("2026-03-10T12:00:00+00:00")) as api:
        next_for_report = await agenda(api, report, second)
        next_for_manager = await agenda(api, manager, second)
        past = await agenda(api, report, first)
    assert next_for_report["talkingPoints"] == [
        {
            "text": "Hiring plan",
            "done": False,
            "private": False,
            "carriedFrom": {"id": first},
            "carriedTo": None,
        }
    ]
    # (the private point was added first in its section, and keeps its place)
    assert [(p["text"], p["private"]) for p in next_for_manager["talkingPoints"]] == [
        ("Is Rafael ready to lead?", True),
        ("Hiring plan", False),
    ]
    assert past["status"] == "COMPLETED"
    assert [(p["text"], p["carriedTo"]) for p in past["talkingPoints"]] == [
        ("Vacation dates", None),
        ("Hiring plan", {"id": second}),
    ]


async def test_items_reach_the_next_meeting_that_takes_place_through_cancel_edit_reschedule_and_miss(
    settings: Settings, db: Database, factory: Factory
) -> None:
    manager, report = await factory.user("Manager"), await factory.user("Report")
    async with running_at(settings, db, NOW) as api:
        series = await create_one_on_one(api, manager, report)
        m0, m1 = meeting_ids(series)[:2]
        await add(api, manager, m0, "Hiring plan")
        # the second meeting is cancelled ahead of time
        await api.as_user(
            manager,
            "mutation($m: ID!) { cancelMeeting(input: {meetingId: $m}) { errors { code } } }",
            m=m1,
        )
    # the first meeting is over (held: something was written in it): the job closes it
    async with running_at(settings, db, at("2026-03-10T12:00:00+00:00")) as api:
        meetings = data(await api.as_user(manager, SERIES, id=series["id"]))["node"]["meetings"]
        by_start = {e["node"]["startsAt"]: e["node"] for e in meetings["edges"]}
        m2 = by_start["2026-03-23T08:00:00+00:00"]["id"]
        assert [p["text"] for p in (await agenda(api, report, m2))["talkingPoints"]] == [
            "Hiring plan"
        ]
        assert (await agenda(api, report, m1))["talkingPoints"] == []
        # a series edit moves the rest of the series to 10:00: the meeting holding the item
        # is replaced, and the item goes with it
        edited = data(
            await api.as_user(
                manager,
                """mutation($s: ID!, $m: ID!) { updateOneOnOne(input: {oneOnOneId: $s,
                    fromMeetingId: $m, scope: CURRENT_AND_FOLLOWING,
                    startsAt: "2026-03-23T10:00:00+01:00"}) { errors { field code } } }""",
                s=series["id"],
                m=m2,
            )
        )
        assert edited["updateOneOnOne"]["errors"] == []
        meetings = data(await api.as_user(manager, SERIES, id=series["id"]))["node"]["meetings"]
        by_start = {e["node"]["startsAt"]: e["node"] for e in meetings["edges"]}
        m2 = by_start["2026-03-23T09:00:00+00:00"]["id"]
        m3 = by_start["2026-03-30T08:00:00+00:00"]["id"]
        assert [
            (p["text"], p["carriedFrom"]) for p in (await agenda(api, report, m2))["talkingPoints"]
        ] == [("Hiring plan", {"id": m0})]
        assert [
            (p["text"], p["carriedTo"]) for p in (await agenda(api, report, m0))["talkingPoints"]
        ] == [("Hiring plan", {"id": m2})]
        # and that meeting is moved a day later
        moved = data(
            await api.as_user(
                report,
                """mutation($m: ID!) { rescheduleMeeting(input: {meetingId: $m,
                    startsAt: "2026-03-24T10:00:00+01:00"}) { errors { field code } } }""",
                m=m2,
            )
        )
        assert moved["rescheduleMeeting"]["errors"] == []
    # nobody shows up to it: missed, and the item goes on to the next one
    async with running_at(settings, db, at("2026-03-25T12:00:00+00:00")) as api:
        assert (await agenda(api, report, m2))["status"] == "MISSED"
        node = data(await api.as_user(report, SERIES, id=series["id"]))["node"]
    copies = [
        (e["node"]["id"], p["carriedFrom"], p["carriedTo"])
        for e in node["meetings"]["edges"]
        for p in e["node"]["talkingPoints"]
        if p["text"] == "Hiring plan"
    ]
    assert sorted(copies, key=lambda c: [m0, m2, m3].index(c[0])) == [
        (m0, None, {"id": m2}),
        (m2, {"id": m0}, {"id": m3}),
        (m3, {"id": m2}, None),
    ]
    assert node["openTalkingPoints"] == []


async def test_with_no_meeting_to_come_open_points_stay_in_the_pairs_open_items(
    settings: Settings, db: Database, factory: Factory
) -> None:
    manager, report = await factory.user("Manager"), await factory.user("Report")
    async with running_at(settings, db, NOW) as api:
        series = await create_one_on_one(api, manager, report, frequency="ONCE")
        only = meeting_ids(series)[0]
        await add(api, manager, only, "Career path")
        await add(api, report, only, "My private worry", private=True)
    async with running_at(settings, db, at("2026-03-10T12:00:00+00:00")) as api:
        for_manager = data(await api.as_user(manager, SERIES, id=series["id"]))["node"]
        for_report = data(await api.as_user(report, SERIES, id=series["id"]))["node"]
    assert for_manager["openTalkingPoints"] == [{"text": "Career path"}]
    assert for_report["openTalkingPoints"] == [
        {"text": "My private worry"},
        {"text": "Career path"},
    ]


async def test_a_meeting_knows_the_one_held_before_it(
    settings: Settings, db: Database, factory: Factory
) -> None:
    manager, report = await factory.user("Manager"), await factory.user("Report")
    query = "query($id: ID!) { node(id: $id) { ... on Meeting { previousMeeting { id } } } }"
    async with running_at(settings, db, NOW) as api:
        series = await create_one_on_one(api, manager, report)
        m0, m1, m2 = meeting_ids(series)[:3]
        await add(api, manager, m0, "Held")  # something happens in the first meeting only
    async with running_at(settings, db, at("2026-03-17T12:00:00+00:00")) as api:
        # the second was missed, so the third's previous meeting is the first
        assert data(await api.as_user(report, query, id=m2))["node"]["previousMeeting"] == {
            "id": m0
        }
        assert data(await api.as_user(report, query, id=m0))["node"]["previousMeeting"] is None
        assert (await agenda(api, report, m1))["status"] == "MISSED"


async def test_the_templates_own_prompts_are_not_carried_to_a_meeting_that_asks_them_again(
    settings: Settings, db: Database, factory: Factory
) -> None:
    manager, report = await factory.user("Manager"), await factory.user("Report")
    template = "VGVtcGxhdGU6NWYwYzZmOGUtMGIxYS00YzFlLTlhNTEtMGQ3ZTdhMWYwMDAy"
    async with running_at(settings, db, NOW) as api:
        series = await create_one_on_one(api, manager, report, templateId=template)
        first, second = meeting_ids(series)[:2]
        prompts = len((await agenda(api, report, second))["talkingPoints"])
        await add(api, manager, first, "Hiring plan")
    # the first meeting is missed with none of the template's prompts checked
    async with running_at(settings, db, at("2026-03-10T12:00:00+00:00")) as api:
        texts = [p["text"] for p in (await agenda(api, report, second))["talkingPoints"]]
        node = data(await api.as_user(report, SERIES, id=series["id"]))["node"]
    # then the next meeting has its own prompts once, and the one real point carried
    assert len(texts) == prompts + 1
    assert len(set(texts)) == len(texts)
    assert "Hiring plan" in texts
    assert node["openTalkingPoints"] == []
