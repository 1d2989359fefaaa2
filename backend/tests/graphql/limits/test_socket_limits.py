"""Limits over a real graphql-transport-ws socket: the cost limit and the size cap hold for
subscriptions too."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import pytest
import websockets

from tests.factories import Factory
from tests.helpers import Api, create_one_on_one, data, meeting_ids
from tests.live import PROTOCOL, Servers, init

COSTLY = """subscription($m: ID!) { meetingEvents(meetingId: $m) {
    ... on MeetingStatusChanged { meeting { oneOnOne { meetings(first: 100) { edges { node {
        document { update } talkingPoints { comments { replies { id body } } } } } } } } } } }"""
PRIVATE = "subscription($m: ID!) { meetingPrivateContent(meetingId: $m) { notes } }"
NOTES = """mutation($m: ID!, $t: String!) { updatePrivateNotes(input: {meetingId: $m, text: $t})
    { errors { code } } }"""


async def receive(ws: websockets.ClientConnection) -> dict[str, Any]:
    message: dict[str, Any] = json.loads(await asyncio.wait_for(ws.recv(), 10))
    return message


async def test_a_subscription_over_the_cost_limit_is_refused(
    api: Api, factory: Factory, servers: Servers
) -> None:
    me, other = await factory.user(), await factory.user()
    meeting = meeting_ids(await create_one_on_one(api, me, other))[0]
    host = await servers.start()
    async with websockets.connect(f"ws://{host}/graphql", subprotocols=[PROTOCOL]) as ws:
        await init(ws, {"Authorization": f"Bearer {await factory.token(me)}"})
        payload = {"query": COSTLY, "variables": {"m": meeting}}
        await ws.send(json.dumps({"id": "1", "type": "subscribe", "payload": payload}))
        refused = await receive(ws)
        errors = refused["payload"] if refused["type"] == "error" else refused["payload"]["errors"]
        assert [e["extensions"]["code"] for e in errors] == ["QUERY_TOO_COSTLY"]
        assert errors[0]["extensions"]["cost"] > errors[0]["extensions"]["limit"]
        # and the socket goes on serving
        await ws.send(
            json.dumps({"id": "2", "type": "subscribe", "payload": {"query": "{ __typename }"}})
        )
        while (answer := await receive(ws))["id"] != "2":
            pass
        assert answer["payload"]["data"] == {"__typename": "Query"}


async def test_a_subscription_message_over_the_size_cap_is_replaced_by_an_error(
    api: Api, factory: Factory, settings: Any
) -> None:
    # given private notes of 30,000 characters and a 10,000 byte cap
    me, other = await factory.user(), await factory.user()
    meeting = meeting_ids(await create_one_on_one(api, me, other))[0]
    assert data(await api.as_user(me, NOTES, m=meeting, t="n" * 30_000))["updatePrivateNotes"] == {
        "errors": []
    }
    settings.max_response_bytes = 10_000
    servers = Servers(settings)
    try:
        host = await servers.start()
        async with websockets.connect(f"ws://{host}/graphql", subprotocols=[PROTOCOL]) as ws:
            await init(ws, {"Authorization": f"Bearer {await factory.token(me)}"})
            payload = {"query": PRIVATE, "variables": {"m": meeting}}
            await ws.send(json.dumps({"id": "p", "type": "subscribe", "payload": payload}))
            first = await receive(ws)
    finally:
        await servers.stop()
    assert first["type"] == "next"
    [error] = first["payload"]["errors"]
    assert error["extensions"]["code"] == "RESPONSE_TOO_LARGE"
    assert first["payload"]["data"] is None


async def test_a_socket_that_never_sends_connection_init_is_closed_with_4408(
    servers: Servers,
) -> None:
    host = await servers.start()
    async with websockets.connect(f"ws://{host}/graphql", subprotocols=[PROTOCOL]) as ws:
        # when the client says nothing after the handshake, the server closes the socket
        # (waited for as an event: the bound only keeps a broken server from hanging the test)
        await asyncio.wait_for(ws.wait_closed(), 30)
    assert ws.close_code == 4408
    assert ws.close_reason == "Connection initialisation timeout"


@pytest.mark.parametrize(
    "message",
    ["[" * 20_000 + "]" * 20_000, "42", '"connection_init"', "null", "{"],
    ids=["nested-20000-deep", "number", "string", "null", "not-json"],
)
async def test_a_message_that_is_no_protocol_message_closes_the_socket_with_4400(
    servers: Servers, message: str
) -> None:
    host = await servers.start()
    async with websockets.connect(f"ws://{host}/graphql", subprotocols=[PROTOCOL]) as ws:
        await ws.send(message)
        await asyncio.wait_for(ws.wait_closed(), 30)
    assert ws.close_code == 4400
