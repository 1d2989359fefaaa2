"""graphql-transport-ws over a real socket: authentication, Origin, and deactivation closing it."""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
from typing import Any

import httpx
import pytest
import websockets
from websockets.exceptions import ConnectionClosed, InvalidStatus
from websockets.typing import Origin

from tandem.domain.notifications import service as notifications
from tests.factories import Factory
from tests.helpers import gid
from tests.live import PROTOCOL, Servers, init


async def test_a_token_in_connection_init_authenticates_the_socket(
    server: str, factory: Factory
) -> None:
    user = await factory.user("Socket User")
    token = await factory.token(user)
    async with websockets.connect(f"ws://{server}/graphql", subprotocols=[PROTOCOL]) as ws:
        assert (await init(ws, {"Authorization": f"Bearer {token}"}))["type"] == "connection_ack"
        await ws.send(
            json.dumps(
                {"id": "1", "type": "subscribe", "payload": {"query": "{ viewer { name } }"}}
            )
        )
        reply = json.loads(await asyncio.wait_for(ws.recv(), 5))
        assert reply["payload"]["data"] == {"viewer": {"name": "Socket User"}}


async def test_a_socket_without_credentials_is_refused(server: str) -> None:
    async with websockets.connect(f"ws://{server}/graphql", subprotocols=[PROTOCOL]) as ws:
        await ws.send(json.dumps({"type": "connection_init", "payload": {}}))
        with pytest.raises(ConnectionClosed) as closed:
            await asyncio.wait_for(ws.recv(), 5)
        assert closed.value.rcvd is not None
        assert closed.value.rcvd.code == 4403


async def test_a_foreign_origin_is_refused(server: str) -> None:
    with pytest.raises(InvalidStatus) as refused:
        async with websockets.connect(
            f"ws://{server}/graphql", subprotocols=[PROTOCOL], origin=Origin("https://evil.example")
        ):
            pass
    assert refused.value.response.status_code == 403


async def deactivate(host: str, admin_token: str, user: object) -> None:
    async with httpx.AsyncClient() as client:
        response = await client.post(
            f"http://{host}/graphql",
            headers={"authorization": f"Bearer {admin_token}"},
            json={
                "query": "mutation($id: ID!) { deactivateUser(input: {id: $id}) "
                "{ errors { code } } }",
                "variables": {"id": gid(user)},  # type: ignore[arg-type]
            },
        )
    assert response.json()["data"]["deactivateUser"]["errors"] == []


@pytest.mark.parametrize("broadcast", ["memory", "redis"])
async def test_deactivation_closes_the_persons_live_connections(
    servers: Servers, factory: Factory, broadcast: str
) -> None:
    # given a live socket on one API process, and the admin on another (Redis between them)
    redis_url = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/15")
    if broadcast == "redis":
        holder, other = await servers.start(redis_url), await servers.start(redis_url)
    else:
        holder = other = await servers.start()
    admin = await factory.admin()
    user = await factory.user()
    token = await factory.token(user)
    async with websockets.connect(f"ws://{holder}/graphql", subprotocols=[PROTOCOL]) as ws:
        assert (await init(ws, {"Authorization": f"Bearer {token}"}))["type"] == "connection_ack"
        # when
        await deactivate(other, await factory.token(admin), user)
        # then the server closes the socket at once
        with pytest.raises(ConnectionClosed) as closed:
            await asyncio.wait_for(ws.recv(), 5)
        assert closed.value.rcvd is not None
        assert closed.value.rcvd.code == 4401


@pytest.mark.parametrize("broadcast", ["memory", "redis"])
async def test_notifications_arrive_live_on_whichever_process_holds_the_socket(
    servers: Servers, factory: Factory, broadcast: str
) -> None:
    # given the report subscribed on one API process, and the manager acting on another
    redis_url = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/15")
    if broadcast == "redis":
        holder, other = await servers.start(redis_url), await servers.start(redis_url)
    else:
        holder = other = await servers.start()
    manager, report = await factory.user("Manager"), await factory.user("Report")
    async with websockets.connect(f"ws://{holder}/graphql", subprotocols=[PROTOCOL]) as ws:
        token = await factory.token(report)
        assert (await init(ws, {"Authorization": f"Bearer {token}"}))["type"] == "connection_ack"
        query = "subscription { notificationReceived { kind title actor { name } } }"
        await ws.send(json.dumps({"id": "n", "type": "subscribe", "payload": {"query": query}}))
        await servers.until_subscribed(notifications.user_channel(report.id))
        # when the manager starts a 1:1 with the report
        async with httpx.AsyncClient() as client:
            response = await client.post(
                f"http://{other}/graphql",
                headers={"authorization": f"Bearer {await factory.token(manager)}"},
                json={
                    "query": "mutation($p: ID!) { createOneOnOne(input: {participantId: $p, "
                    'title: "Weekly", startsAt: "2026-03-09T09:00:00+01:00", '
                    'durationMinutes: 30, timezone: "Europe/Berlin", frequency: WEEKLY}) '
                    "{ errors { code } } }",
                    "variables": {"p": gid(report)},
                },
            )
        assert response.json()["data"]["createOneOnOne"]["errors"] == []
        # then the notification arrives on the report's socket
        message = json.loads(await asyncio.wait_for(ws.recv(), 5))
    assert message["type"] == "next"
    assert message["payload"]["data"]["notificationReceived"] == {
        "kind": "INVITATION",
        "title": "Manager set up a 1:1 with you: Weekly",
        "actor": {"name": "Manager"},
    }


async def test_document_updates_reach_the_other_participant_live(
    servers: Servers, factory: Factory
) -> None:
    import base64

    from pycrdt import Doc, Map, Text

    host = await servers.start()
    manager, report, outsider = (await factory.user(), await factory.user(), await factory.user())
    manager_token = await factory.token(manager)
    async with httpx.AsyncClient(headers={"authorization": f"Bearer {manager_token}"}) as client:
        created = await client.post(
            f"http://{host}/graphql",
            json={
                "query": "mutation($p: ID!) { createOneOnOne(input: {participantId: $p, "
                'title: "W", startsAt: "2026-03-09T09:00:00+01:00", durationMinutes: 30, '
                'timezone: "Europe/Berlin", frequency: WEEKLY}) { oneOnOne { nextMeeting { id } } } }',
                "variables": {"p": gid(report)},
            },
        )
        meeting = created.json()["data"]["createOneOnOne"]["oneOnOne"]["nextMeeting"]["id"]
        subscribe = {
            "query": "subscription($m: ID!) { meetingDocument(meetingId: $m) { update seq } }",
            "variables": {"m": meeting},
        }
        async with (
            websockets.connect(f"ws://{host}/graphql", subprotocols=[PROTOCOL]) as ws,
            websockets.connect(f"ws://{host}/graphql", subprotocols=[PROTOCOL]) as spy,
        ):
            await init(ws, {"Authorization": f"Bearer {await factory.token(report)}"})
            await init(spy, {"Authorization": f"Bearer {await factory.token(outsider)}"})
            await ws.send(json.dumps({"id": "d", "type": "subscribe", "payload": subscribe}))
            await spy.send(json.dumps({"id": "d", "type": "subscribe", "payload": subscribe}))
            first = json.loads(await asyncio.wait_for(ws.recv(), 5))
            assert first["payload"]["data"]["meetingDocument"]["seq"] == 0
            refused = json.loads(await asyncio.wait_for(spy.recv(), 5))
            assert refused["payload"]["data"] is None
            assert refused["payload"]["errors"][0]["extensions"]["code"] == "NOT_FOUND"
            # when the manager pushes an update
            doc: Doc[Any] = Doc()
            doc.get("items", type=Map)["k"] = Map(
                {"text": Text("Live"), "author": gid(manager), "order": "a0", "deleted": False}
            )
            pushed = await client.post(
                f"http://{host}/graphql",
                json={
                    "query": "mutation($m: ID!, $u: [String!]!) { pushMeetingUpdates(input: "
                    "{meetingId: $m, updates: $u}) { errors { code } } }",
                    "variables": {"m": meeting, "u": [base64.b64encode(doc.get_update()).decode()]},
                },
            )
            assert pushed.json()["data"]["pushMeetingUpdates"]["errors"] == []
            # then the report's socket gets it, ready to apply
            live = json.loads(await asyncio.wait_for(ws.recv(), 5))
    message = live["payload"]["data"]["meetingDocument"]
    assert message["seq"] == 1
    mirror: Doc[Any] = Doc()
    mirror.apply_update(base64.b64decode(message["update"]))
    assert str(mirror.get("items", type=Map)["k"]["text"]) == "Live"


async def test_meeting_events_are_typed_and_private(servers: Servers, factory: Factory) -> None:
    host = await servers.start()
    manager, report, outsider = (await factory.user(), await factory.user(), await factory.user())
    async with httpx.AsyncClient(
        headers={"authorization": f"Bearer {await factory.token(manager)}"}
    ) as client:

        async def gql(query: str, **variables: object) -> dict[str, Any]:
            response = await client.post(
                f"http://{host}/graphql", json={"query": query, "variables": variables}
            )
            body: dict[str, Any] = response.json()["data"]
            return body

        created = await gql(
            'mutation($p: ID!) { createOneOnOne(input: {participantId: $p, title: "W", '
            'startsAt: "2026-03-09T09:00:00+01:00", durationMinutes: 30, '
            'timezone: "Europe/Berlin", frequency: WEEKLY}) { oneOnOne { nextMeeting { id } } } }',
            p=gid(report),
        )
        meeting = created["createOneOnOne"]["oneOnOne"]["nextMeeting"]["id"]
        events = {
            "query": "subscription($m: ID!) { meetingEvents(meetingId: $m) { __typename "
            "... on TalkingPointAdded { talkingPoint { text } } "
            "... on TalkingPointChanged { talkingPoint { text done } } "
            "... on MeetingStatusChanged { meeting { status } } } }",
            "variables": {"m": meeting},
        }
        async with (
            websockets.connect(f"ws://{host}/graphql", subprotocols=[PROTOCOL]) as ws,
            websockets.connect(f"ws://{host}/graphql", subprotocols=[PROTOCOL]) as spy,
        ):
            await init(ws, {"Authorization": f"Bearer {await factory.token(report)}"})
            await init(spy, {"Authorization": f"Bearer {await factory.token(outsider)}"})
            await ws.send(json.dumps({"id": "e", "type": "subscribe", "payload": events}))
            await spy.send(json.dumps({"id": "e", "type": "subscribe", "payload": events}))
            refused = json.loads(await asyncio.wait_for(spy.recv(), 5))
            assert refused["payload"]["data"] is None
            assert refused["payload"]["errors"][0]["extensions"]["code"] == "NOT_FOUND"
            await servers.until_following(meeting, 1)
            added = await gql(
                'mutation($m: ID!) { addTalkingPoint(input: {meetingId: $m, text: "Budget"}) '
                "{ talkingPoint { id } } }",
                m=meeting,
            )
            point = added["addTalkingPoint"]["talkingPoint"]["id"]
            await gql(
                "mutation($t: ID!) { updateTalkingPoint(input: {talkingPointId: $t, done: true}) "
                "{ errors { code } } }",
                t=point,
            )
            await gql(
                "mutation($m: ID!) { cancelMeeting(input: {meetingId: $m}) { errors { code } } }",
                m=meeting,
            )
            received = [
                json.loads(await asyncio.wait_for(ws.recv(), 5))["payload"]["data"]["meetingEvents"]
                for _ in range(3)
            ]
    assert received == [
        {"__typename": "TalkingPointAdded", "talkingPoint": {"text": "Budget"}},
        {"__typename": "TalkingPointChanged", "talkingPoint": {"text": "Budget", "done": True}},
        {"__typename": "MeetingStatusChanged", "meeting": {"status": "CANCELLED"}},
    ]


async def test_leaving_a_1_1_ends_the_document_stream_and_writes(
    servers: Servers, factory: Factory
) -> None:
    host = await servers.start()
    manager, report = await factory.user(), await factory.user()
    report_token = await factory.token(report)
    async with httpx.AsyncClient(headers={"authorization": f"Bearer {report_token}"}) as client:

        async def gql(query: str, **variables: object) -> dict[str, Any]:
            response = await client.post(
                f"http://{host}/graphql", json={"query": query, "variables": variables}
            )
            body: dict[str, Any] = response.json()["data"]
            return body

        created = await gql(
            'mutation($p: ID!) { createOneOnOne(input: {participantId: $p, title: "W", '
            'startsAt: "2026-03-09T09:00:00+01:00", durationMinutes: 30, '
            'timezone: "Europe/Berlin", frequency: WEEKLY}) { oneOnOne { id nextMeeting { id } } } }',
            p=gid(manager),
        )
        series = created["createOneOnOne"]["oneOnOne"]
        meeting = series["nextMeeting"]["id"]
        async with websockets.connect(f"ws://{host}/graphql", subprotocols=[PROTOCOL]) as ws:
            await init(ws, {"Authorization": f"Bearer {report_token}"})
            subscribe = {
                "query": "subscription($m: ID!) { meetingDocument(meetingId: $m) { seq } }",
                "variables": {"m": meeting},
            }
            await ws.send(json.dumps({"id": "d", "type": "subscribe", "payload": subscribe}))
            assert json.loads(await asyncio.wait_for(ws.recv(), 5))["type"] == "next"
            left = await gql(
                "mutation($s: ID!) { leaveOneOnOne(input: {oneOnOneId: $s}) { errors { code } } }",
                s=series["id"],
            )
            assert left["leaveOneOnOne"]["errors"] == []
            # then the stream completes at once
            ended = json.loads(await asyncio.wait_for(ws.recv(), 5))
        assert ended == {"id": "d", "type": "complete"}
        # and nothing more can be written, though the history stays readable
        refused = await gql(
            'mutation($m: ID!) { addTalkingPoint(input: {meetingId: $m, text: "late"}) '
            "{ errors { field code } } }",
            m=meeting,
        )
        assert refused["addTalkingPoint"]["errors"] == [{"field": "meetingId", "code": "FORBIDDEN"}]
        readable = await gql("query($m: ID!) { node(id: $m) { id } }", m=meeting)
        assert readable["node"] == {"id": meeting}


async def test_presence_is_relayed_between_the_participants_only(
    servers: Servers, factory: Factory
) -> None:
    import base64

    host = await servers.start()
    manager, report, outsider = (
        await factory.user("Manager"),
        await factory.user("Report"),
        await factory.user("Outsider"),
    )
    tokens = {u.id: await factory.token(u) for u in (manager, report, outsider)}

    async def gql(user: Any, query: str, **variables: object) -> dict[str, Any]:
        async with httpx.AsyncClient() as client:
            response = await client.post(
                f"http://{host}/graphql",
                headers={"authorization": f"Bearer {tokens[user.id]}"},
                json={"query": query, "variables": variables},
            )
        body: dict[str, Any] = response.json()["data"]
        return body

    created = await gql(
        manager,
        'mutation($p: ID!) { createOneOnOne(input: {participantId: $p, title: "W", '
        'startsAt: "2026-03-09T09:00:00+01:00", durationMinutes: 30, '
        'timezone: "Europe/Berlin", frequency: WEEKLY}) { oneOnOne { nextMeeting { id } } } }',
        p=gid(report),
    )
    meeting = created["createOneOnOne"]["oneOnOne"]["nextMeeting"]["id"]
    send = (
        "mutation($m: ID!, $a: String!) { sendPresence(input: {meetingId: $m, awareness: $a}) "
        "{ errors { field code } } }"
    )
    awareness = base64.b64encode(b'{"editing": "item-1"}').decode()
    async with websockets.connect(f"ws://{host}/graphql", subprotocols=[PROTOCOL]) as ws:
        await init(ws, {"Authorization": f"Bearer {tokens[manager.id]}"})
        subscribe = {
            "query": "subscription($m: ID!) { meetingPresence(meetingId: $m) { awareness user { name } } }",
            "variables": {"m": meeting},
        }
        await ws.send(json.dumps({"id": "p", "type": "subscribe", "payload": subscribe}))
        await servers.until_following(meeting, 1)
        spied = await gql(outsider, send, m=meeting, a=awareness)
        assert spied["sendPresence"]["errors"] == [{"field": "meetingId", "code": "NOT_FOUND"}]
        sent = await gql(report, send, m=meeting, a=awareness)
        assert sent["sendPresence"]["errors"] == []
        message = json.loads(await asyncio.wait_for(ws.recv(), 5))
    assert message["payload"]["data"]["meetingPresence"] == {
        "awareness": awareness,
        "user": {"name": "Report"},
    }


async def test_a_person_has_at_most_twenty_open_sockets(servers: Servers, factory: Factory) -> None:
    # given a person with twenty open sockets (several programs and tabs)
    host = await servers.start()
    me, other = await factory.user(), await factory.user()
    token = await factory.token(me)
    url = f"ws://{host}/graphql"
    async with contextlib.AsyncExitStack() as stack:
        for _ in range(20):
            ws = await stack.enter_async_context(websockets.connect(url, subprotocols=[PROTOCOL]))
            assert (await init(ws, {"Authorization": f"Bearer {token}"}))["type"] == (
                "connection_ack"
            )
        # when they open one more
        async with websockets.connect(url, subprotocols=[PROTOCOL]) as extra:
            await extra.send(
                json.dumps(
                    {"type": "connection_init", "payload": {"Authorization": f"Bearer {token}"}}
                )
            )
            with pytest.raises(ConnectionClosed) as closed:
                await asyncio.wait_for(extra.recv(), 10)
        # then it is refused, saying why (1013: try again later)
        assert closed.value.rcvd is not None
        assert closed.value.rcvd.code == 1013
        assert "20" in closed.value.rcvd.reason
        # and someone else is not affected
        async with websockets.connect(url, subprotocols=[PROTOCOL]) as theirs:
            ack = await init(theirs, {"Authorization": f"Bearer {await factory.token(other)}"})
            assert ack["type"] == "connection_ack"
