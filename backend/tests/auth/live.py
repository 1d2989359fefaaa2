"""Helpers for credential tests over real sockets: sign in over HTTP, open a socket with a
cookie or a token, run one operation on it, see how it closed."""

from __future__ import annotations

import asyncio
import itertools
import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
import websockets
from websockets.exceptions import ConnectionClosed

from tests.factories import PASSWORD
from tests.live import PROTOCOL, init

# Generous: a busy 2-core machine may be slow, and nothing here waits this long when it works.
WAIT = 30
_ids = itertools.count(1)


@dataclass(frozen=True)
class Browser:
    """A signed-in browser: its session cookie and CSRF token."""

    host: str
    session: str
    csrf: str

    @property
    def cookie(self) -> str:
        return f"tandem_session={self.session}; tandem_csrf={self.csrf}"

    async def gql(self, query: str, **variables: Any) -> dict[str, Any]:
        async with httpx.AsyncClient() as client:
            response = await client.post(
                f"http://{self.host}/graphql",
                json={"query": query, "variables": variables},
                headers={"cookie": self.cookie, "x-csrf-token": self.csrf},
            )
        body: dict[str, Any] = response.json()
        return body

    async def sign_out(self) -> None:
        async with httpx.AsyncClient() as client:
            response = await client.post(
                f"http://{self.host}/auth/sign-out",
                headers={"cookie": self.cookie, "x-csrf-token": self.csrf},
            )
        assert response.status_code == 204


async def sign_in(host: str, email: str, password: str = PASSWORD) -> Browser:
    async with httpx.AsyncClient() as client:
        response = await client.post(
            f"http://{host}/auth/sign-in", json={"email": email, "password": password}
        )
    assert response.status_code == 200, response.text
    return Browser(host, response.cookies["tandem_session"], response.cookies["tandem_csrf"])


async def bearer(host: str, token: str, query: str, **variables: Any) -> dict[str, Any]:
    async with httpx.AsyncClient() as client:
        response = await client.post(
            f"http://{host}/graphql",
            json={"query": query, "variables": variables},
            headers={"authorization": f"Bearer {token}"},
        )
    body: dict[str, Any] = response.json()
    return body


@asynccontextmanager
async def socket(
    host: str, *, browser: Browser | None = None, token: str | None = None
) -> AsyncIterator[websockets.ClientConnection]:
    """An acknowledged graphql-transport-ws socket, authenticated by a cookie or a token."""
    headers = {"cookie": browser.cookie} if browser else {}
    payload: dict[str, object] = {"Authorization": f"Bearer {token}"} if token else {}
    async with websockets.connect(
        f"ws://{host}/graphql", subprotocols=[PROTOCOL], additional_headers=headers
    ) as ws:
        ack = await init(ws, payload)
        assert ack["type"] == "connection_ack", ack
        yield ws


async def run(ws: websockets.ClientConnection, query: str, **variables: Any) -> dict[str, Any]:
    """Run one query or mutation over the socket; its `next` payload."""
    op = str(next(_ids))
    await ws.send(
        json.dumps(
            {"id": op, "type": "subscribe", "payload": {"query": query, "variables": variables}}
        )
    )
    while True:
        message = json.loads(await asyncio.wait_for(ws.recv(), WAIT))
        if message.get("id") == op and message["type"] in ("next", "error"):
            payload: dict[str, Any] = message["payload"]
            return payload


async def closed_with(ws: websockets.ClientConnection) -> int:
    """Wait until the server closes the socket; its close code. Messages before are skipped."""
    with pytest.raises(ConnectionClosed) as closed:
        await _drain(ws)
    assert closed.value.rcvd is not None, "the server did not send a close frame"
    return closed.value.rcvd.code


async def _drain(ws: websockets.ClientConnection) -> None:
    while True:
        await asyncio.wait_for(ws.recv(), WAIT)


MINT = """mutation { createPersonalAccessToken(input: {name: "mine now", scope: WRITE}) {
    secret errors { code } } }"""
VIEWER = "{ viewer { name } }"
