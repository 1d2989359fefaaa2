"""Personal access tokens: bearer auth, scopes, revocation, expiry."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import update

from tandem.db.base import utcnow
from tandem.db.engine import Database
from tandem.domain.identity.models import PersonalAccessToken
from tandem.domain.identity.tokens import Scope
from tests.factories import Factory
from tests.helpers import Api, data, error_code

CREATE = """mutation($input: CreatePersonalAccessTokenInput!) {
    createPersonalAccessToken(input: $input) {
        secret token { id name scope isActive expiresAt } errors { field code } } }"""


async def bearer(api: Api, secret: str, query: str) -> dict[str, object]:
    response = await api.http.post(
        "/graphql", json={"query": query}, headers={"authorization": f"Bearer {secret}"}
    )
    body: dict[str, object] = response.json()
    return body


async def test_a_created_token_works_until_revoked(api: Api, factory: Factory) -> None:
    me = await factory.user("Token Owner")
    created = data(await api.as_user(me, CREATE, input={"name": "CI", "scope": "READ"}))
    payload = created["createPersonalAccessToken"]
    assert payload["errors"] == []
    assert payload["token"]["scope"] == "READ"
    assert payload["token"]["isActive"] is True
    secret = payload["secret"]
    assert (await bearer(api, secret, "{ viewer { name } }"))["data"] == {
        "viewer": {"name": "Token Owner"}
    }
    listed = data(await api.as_user(me, "{ viewer { personalAccessTokens { id lastUsedAt } } }"))
    mine = [
        t for t in listed["viewer"]["personalAccessTokens"] if t["id"] == payload["token"]["id"]
    ]
    assert mine[0]["lastUsedAt"] is not None
    revoked = data(
        await api.as_user(
            me,
            "mutation($id: ID!) { revokePersonalAccessToken(input: {id: $id}) "
            "{ token { isActive revokedAt } errors { code } } }",
            id=payload["token"]["id"],
        )
    )["revokePersonalAccessToken"]
    assert revoked["token"]["isActive"] is False
    assert error_code(await bearer(api, secret, "{ viewer { name } }")) == "UNAUTHENTICATED"


async def test_read_tokens_cannot_mutate(api: Api, factory: Factory) -> None:
    me = await factory.user()
    result = await api.as_user(me, CREATE, scope=Scope.READ, input={"name": "x", "scope": "READ"})
    assert error_code(result) == "FORBIDDEN"
    assert data(await api.as_user(me, "{ viewer { name } }", scope=Scope.READ))


async def test_expired_tokens_and_garbage_are_unauthenticated(
    api: Api, factory: Factory, db: Database
) -> None:
    me = await factory.user()
    secret = await factory.token(me, expires_in_days=1)
    async with db.write() as session:
        await session.execute(
            update(PersonalAccessToken).values(expires_at=utcnow() - timedelta(seconds=1))
        )
    assert error_code(await bearer(api, secret, "{ viewer { name } }")) == "UNAUTHENTICATED"
    assert error_code(await bearer(api, "tdm_nonsense", "{ viewer { name } }")) == "UNAUTHENTICATED"
    response = await api.http.post(
        "/graphql", json={"query": "{ viewer { name } }"}, headers={"authorization": "Basic x"}
    )
    assert error_code(response.json()) == "UNAUTHENTICATED"


async def test_token_input_is_checked(api: Api, factory: Factory) -> None:
    me = await factory.user()
    result = data(
        await api.as_user(me, CREATE, input={"name": "", "scope": "WRITE", "expiresInDays": 0})
    )["createPersonalAccessToken"]
    assert result["secret"] is None
    assert {(e["field"], e["code"]) for e in result["errors"]} == {
        ("name", "REQUIRED"),
        ("expiresInDays", "INVALID"),
    }


async def test_nobody_revokes_someone_elses_token(api: Api, factory: Factory) -> None:
    owner = await factory.user()
    thief = await factory.admin()
    token_id = data(await api.as_user(owner, CREATE, input={"name": "x", "scope": "READ"}))[
        "createPersonalAccessToken"
    ]["token"]["id"]
    result = data(
        await api.as_user(
            thief,
            "mutation($id: ID!) { revokePersonalAccessToken(input: {id: $id}) "
            "{ token { id } errors { field code } } }",
            id=token_id,
        )
    )["revokePersonalAccessToken"]
    assert result == {"token": None, "errors": [{"field": "id", "code": "NOT_FOUND"}]}
