"""kill -9 of the API process: every document update acknowledged before it survives."""

from __future__ import annotations

import asyncio
import base64
import os
import signal
import sys
from typing import Any

import httpx
from pycrdt import Doc, Map, Text

from tandem.realtime.documents import order_between
from tests.conftest import NOW
from tests.factories import Factory
from tests.helpers import gid
from tests.live import free_port


async def start(database_url: str, port: int) -> asyncio.subprocess.Process:
    env = {**os.environ, "DATABASE_URL": database_url, "FROZEN_NOW": NOW.isoformat()}
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "tandem.cli",
        "serve",
        "--port",
        str(port),
        "--no-migrate",
        env=env,
        stdout=asyncio.subprocess.DEVNULL,
        stderr=asyncio.subprocess.DEVNULL,
    )
    # Wait for the server to answer, or to die: however long start-up takes on a busy machine
    # (pytest's timeout bounds it).
    async with httpx.AsyncClient() as client:
        while process.returncode is None:
            try:
                if (await client.get(f"http://127.0.0.1:{port}/healthz")).status_code == 200:
                    return process
            except httpx.TransportError:
                pass
            await asyncio.sleep(0.05)
    raise AssertionError(f"the server did not start (exit {process.returncode})")


async def test_acknowledged_updates_survive_a_kill_9(database_url: str, factory: Factory) -> None:
    manager, report = await factory.user(), await factory.user()
    token = await factory.token(manager)
    port = free_port()
    url = f"http://127.0.0.1:{port}/graphql"
    headers = {"authorization": f"Bearer {token}"}

    async def gql(client: httpx.AsyncClient, query: str, **variables: object) -> dict[str, Any]:
        body: dict[str, Any] = (
            await client.post(url, json={"query": query, "variables": variables}, headers=headers)
        ).json()
        assert "errors" not in body, body
        result: dict[str, Any] = body["data"]
        return result

    server = await start(database_url, port)
    try:
        async with httpx.AsyncClient() as client:
            created = await gql(
                client,
                'mutation($p: ID!) { createOneOnOne(input: {participantId: $p, title: "W", '
                'startsAt: "2026-03-09T09:00:00+01:00", durationMinutes: 30, '
                'timezone: "Europe/Berlin", frequency: WEEKLY}) { oneOnOne { nextMeeting { id } } } }',
                p=gid(report),
            )
            meeting = created["createOneOnOne"]["oneOnOne"]["nextMeeting"]["id"]
            doc: Doc[Any] = Doc()
            items = doc.get("items", type=Map)
            order: str | None = None
            for i in range(40):
                before = doc.get_state()
                order = order_between(order, None)  # well-formed keys, one after the other
                items[f"k{i}"] = Map(
                    {
                        "text": Text(f"point {i}"),
                        "author": gid(manager),
                        "order": order,
                        "deleted": False,
                    }
                )
                answer = await gql(
                    client,
                    "mutation($m: ID!, $u: [String!]!) { pushMeetingUpdates(input: "
                    "{meetingId: $m, updates: $u}) { state { seq } errors { code } } }",
                    m=meeting,
                    u=[base64.b64encode(doc.get_update(before)).decode()],
                )
                assert answer["pushMeetingUpdates"]["state"]["seq"] == i + 1
        # when the process dies hard right after the last acknowledgement
        server.send_signal(signal.SIGKILL)
        await server.wait()
        server = await start(database_url, port)
        # then a fresh client gets every acknowledged update
        async with httpx.AsyncClient() as client:
            state = await gql(
                client,
                "query($m: ID!) { node(id: $m) { ... on Meeting { document { update seq } "
                "talkingPoints { text } } } }",
                m=meeting,
            )
    finally:
        server.kill()
        await server.wait()
    fresh: Doc[Any] = Doc()
    fresh.apply_update(base64.b64decode(state["node"]["document"]["update"]))
    texts = {str(v["text"]) for v in fresh.get("items", type=Map).values()}
    assert texts == {f"point {i}" for i in range(40)}
    assert state["node"]["document"]["seq"] == 40
    assert len(state["node"]["talkingPoints"]) == 40
