"""A small GraphQL client over the real ASGI app (HTTP), for tests."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import datetime
from typing import Any

import httpx

from tandem.app import create_app
from tandem.db.engine import Database
from tandem.domain.identity.tokens import Scope
from tandem.domain.people.models import User
from tandem.ids import to_global_id
from tandem.settings import Settings
from tests.factories import PASSWORD, Factory

BASE = "http://testserver"


def gid(user: User) -> str:
    return to_global_id("User", user.id)


class Api:
    def __init__(self, client: httpx.AsyncClient, factory: Factory) -> None:
        self.http = client
        self.factory = factory
        self._tokens: dict[tuple[object, Scope], str] = {}

    @classmethod
    @asynccontextmanager
    async def connect(cls, app: Any, factory: Factory) -> AsyncIterator[Api]:
        transport = httpx.ASGITransport(app=app, client=("203.0.113.7", 4000))
        async with httpx.AsyncClient(transport=transport, base_url=BASE) as client:
            yield cls(client, factory)

    async def as_user(
        self, user: User | None, query: str, scope: Scope = Scope.WRITE, **variables: Any
    ) -> dict[str, Any]:
        """Run `query` with a bearer token of `user` (None: anonymous); the JSON answer."""
        response = await self.post_as(user, query, scope, **variables)
        assert response.status_code == 200, response.text
        body: dict[str, Any] = response.json()
        return body

    async def post_as(
        self, user: User | None, query: str, scope: Scope = Scope.WRITE, **variables: Any
    ) -> httpx.Response:
        """POST `query` with a bearer token of `user` (None: anonymous); the HTTP response."""
        headers = {}
        if user is not None:
            key = (user.id, scope)
            if key not in self._tokens:
                self._tokens[key] = await self.factory.token(user, scope)
            headers["authorization"] = f"Bearer {self._tokens[key]}"
        return await self.http.post(
            "/graphql", json={"query": query, "variables": variables}, headers=headers
        )

    async def sign_in(self, email: str, password: str = PASSWORD) -> httpx.Response:
        return await self.http.post("/auth/sign-in", json={"email": email, "password": password})

    async def with_cookie(self, query: str, csrf: bool = True, **variables: Any) -> httpx.Response:
        """Run `query` with the client's session cookie (and its CSRF header)."""
        headers = {}
        if csrf and "tandem_csrf" in self.http.cookies:
            headers["x-csrf-token"] = self.http.cookies["tandem_csrf"]
        return await self.http.post(
            "/graphql", json={"query": query, "variables": variables}, headers=headers
        )


def data(result: dict[str, Any]) -> dict[str, Any]:
    assert "errors" not in result, result.get("errors")
    payload: dict[str, Any] = result["data"]
    return payload


def error_code(result: dict[str, Any]) -> str:
    assert result.get("errors"), result
    code: str = result["errors"][0]["extensions"]["code"]
    return code


CREATE_ONE_ON_ONE = """mutation($input: CreateOneOnOneInput!) { createOneOnOne(input: $input) {
    oneOnOne { id title frequency timezone status
        meetings(first: 100) { totalCount edges { node { id startsAt endsAt status title } } } }
    errors { field message code } } }"""


async def create_one_on_one(api: Api, creator: User, other: User, **fields: Any) -> dict[str, Any]:
    """A 1:1 created through the API (weekly, 30 minutes, Monday 9:00 Berlin after NOW)."""
    base = {
        "participantId": gid(other),
        "title": "Weekly 1:1",
        "startsAt": "2026-03-09T09:00:00+01:00",
        "durationMinutes": 30,
        "timezone": "Europe/Berlin",
        "frequency": "WEEKLY",
    }
    result = data(await api.as_user(creator, CREATE_ONE_ON_ONE, input={**base, **fields}))
    payload: dict[str, Any] = result["createOneOnOne"]
    assert payload["errors"] == [], payload["errors"]
    series: dict[str, Any] = payload["oneOnOne"]
    return series


def meeting_ids(series: dict[str, Any]) -> list[str]:
    return [e["node"]["id"] for e in series["meetings"]["edges"]]


@asynccontextmanager
async def running_at(settings: Settings, db: Database, now: datetime) -> AsyncIterator[Api]:
    """Start the app believing it is `now` (its background job runs at start); stop it at the
    end of the block."""
    app = create_app(settings.model_copy(update={"frozen_now": now}), db)
    async with app.router.lifespan_context(app), Api.connect(app, Factory(db)) as api:
        yield api
