"""Bad requests get a clear 4xx or a coded GraphQL error — never a 500 or a stack trace."""

from __future__ import annotations

import asyncio

import httpx
import pytest

from tests.factories import Factory
from tests.helpers import Api, error_code


@pytest.fixture
async def headers(api: Api, factory: Factory) -> dict[str, str]:
    user = await factory.user()
    return {"authorization": f"Bearer {await factory.token(user)}"}


async def post(api: Api, headers: dict[str, str], **kwargs: object) -> tuple[int, str]:
    response = await api.http.post("/graphql", headers=headers, **kwargs)  # type: ignore[arg-type]
    assert "Traceback" not in response.text
    return response.status_code, response.text


@pytest.mark.parametrize(
    "query",
    [
        "{ viewer { nam } }",
        "{ viewer { ",
        "{ viewer " + "{ manager " * 12 + "{ name }" + " }" * 13,
        "{ " + " ".join(f"a{i}: viewer {{ name }}" for i in range(31)) + " }",
        "{ " + " ".join("__typename" for _ in range(3000)) + " }",
    ],
    ids=["unknown-field", "syntax", "too-deep", "too-many-aliases", "too-many-tokens"],
)
async def test_invalid_operations_get_bad_user_input(
    api: Api, headers: dict[str, str], query: str
) -> None:
    response = await api.http.post("/graphql", json={"query": query}, headers=headers)
    assert response.status_code == 200
    assert error_code(response.json()) == "BAD_USER_INPUT"


async def test_unknown_field_gets_no_suggestions(api: Api, headers: dict[str, str]) -> None:
    response = await api.http.post("/graphql", json={"query": "{ viewe }"}, headers=headers)
    assert "Did you mean" not in response.text


def typed_error(response: httpx.Response) -> str:
    """The code of a GraphQL-over-HTTP error answer (a JSON `errors` list, each with a code)."""
    assert response.headers["content-type"].startswith("application/json"), response.text
    errors = response.json()["errors"]
    assert errors
    assert all(e["extensions"]["code"] for e in errors), errors
    code: str = errors[0]["extensions"]["code"]
    return code


@pytest.mark.parametrize(
    "body",
    [
        b"null",
        b"42",
        b'"{ viewer { name } }"',
        b"true",
        b'{"query": "{ viewer { name } }"} trailing',
        b'{"query": "{ viewer \xff { name } }"}',
        b"\xff\xfe{}",
        b"[" * 20_000 + b"]" * 20_000,
        b'{"query": "{ viewer { name } }", "variables": ' + b"[" * 20_000 + b"]" * 20_000 + b"}",
    ],
    ids=[
        "null",
        "number",
        "string",
        "boolean",
        "trailing-garbage",
        "invalid-utf8-inside",
        "invalid-utf8-bom",
        "nested-20000-deep",
        "variables-nested-20000-deep",
    ],
)
async def test_a_body_that_is_not_a_graphql_request_gets_a_typed_400(
    api: Api, headers: dict[str, str], body: bytes
) -> None:
    # when a client posts a JSON body that is no GraphQL request
    response = await api.http.post(
        "/graphql", content=body, headers={**headers, "content-type": "application/json"}
    )
    # then it gets 400 and a GraphQL-over-HTTP error with a code, never a 500
    assert response.status_code == 400
    assert typed_error(response) == "BAD_REQUEST"
    assert "Traceback" not in response.text


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        (b'{"query":', "application/json"),
        (b"[1]", "application/json"),
        (b"{}", "application/json"),
        (b'{"query": 7}', "application/json"),
        (b'{"query": "{ viewer { name } }", "variables": [1]}', "application/json"),
        (b'{"query": "{ viewer { name } }"}', "text/plain"),
    ],
)
async def test_the_400_answers_carry_a_code(
    api: Api, headers: dict[str, str], body: bytes, content_type: str
) -> None:
    response = await api.http.post(
        "/graphql", content=body, headers={**headers, "content-type": content_type}
    )
    assert response.status_code == 400
    assert typed_error(response) == "BAD_REQUEST"


async def test_a_too_deep_body_leaves_the_connection_usable(server: str, factory: Factory) -> None:
    # given a keep-alive connection to a real server
    user = await factory.user("Keeps Going")
    token = await factory.token(user)
    headers = {"authorization": f"Bearer {token}"}
    limits = httpx.Limits(max_connections=1, max_keepalive_connections=1)
    async with httpx.AsyncClient(base_url=f"http://{server}", limits=limits) as client:
        # when one request nests JSON 20,000 deep
        deep = b"[" * 20_000 + b"]" * 20_000
        refused = await client.post(
            "/graphql", content=deep, headers={**headers, "content-type": "application/json"}
        )
        # then it is refused with a typed 400, and the next request on the connection works
        assert refused.status_code == 400
        assert typed_error(refused) == "BAD_REQUEST"
        assert refused.headers.get("connection") != "close"
        answer = await asyncio.wait_for(
            client.post("/graphql", json={"query": "{ viewer { name } }"}, headers=headers), 30
        )
        assert answer.json()["data"] == {"viewer": {"name": "Keeps Going"}}


async def test_a_body_over_the_cap_gets_413(api: Api, headers: dict[str, str]) -> None:
    query = "{ viewer { name } } # " + "x" * 1_000_001
    response = await api.http.post("/graphql", json={"query": query}, headers=headers)
    assert response.status_code == 413
    assert typed_error(response) == "PAYLOAD_TOO_LARGE"
    assert "limit" in response.text


async def test_mutations_via_get_are_refused(api: Api, headers: dict[str, str]) -> None:
    response = await api.http.get(
        "/graphql",
        params={"query": "mutation { signOutEverywhere { endedSessions } }"},
        headers=headers,
    )
    assert response.status_code == 400


async def test_responses_carry_security_headers(api: Api) -> None:
    response = await api.http.get("/healthz")
    assert response.json() == {"status": "ok"}
    assert response.headers["x-content-type-options"] == "nosniff"
    assert "default-src 'self'" in response.headers["content-security-policy"]


@pytest.mark.parametrize("method", ["POST", "GET"])
async def test_a_subscription_over_plain_http_is_refused_with_a_code(
    api: Api, headers: dict[str, str], method: str
) -> None:
    # found by the HTTP fuzzer: it answered INTERNAL
    query = "subscription { notificationReceived { title } }"
    if method == "POST":
        response = await api.http.post("/graphql", json={"query": query}, headers=headers)
    else:
        response = await api.http.get("/graphql", params={"query": query}, headers=headers)
    assert response.status_code in (200, 400)
    errors = response.json()["errors"]
    assert [e["extensions"]["code"] for e in errors] == ["BAD_REQUEST"], errors
    assert "WebSocket" in errors[0]["message"]
