"""Bad requests get a clear 4xx or a coded GraphQL error — never a 500 or a stack trace."""

from __future__ import annotations

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
    ("body", "content_type", "status"),
    [
        (b'{"query":', "application/json", 400),
        (b"[1]", "application/json", 400),
        (b"{}", "application/json", 400),
        (b'{"query": "{ viewer { name } }"}', "text/plain", 400),
    ],
)
async def test_malformed_requests_get_400(
    api: Api, headers: dict[str, str], body: bytes, content_type: str, status: int
) -> None:
    code, _ = await post(api, {**headers, "content-type": content_type}, content=body)
    assert code == status


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


async def test_a_body_over_the_cap_gets_413(api: Api, headers: dict[str, str]) -> None:
    query = "{ viewer { name } } # " + "x" * 1_000_001
    code, text = await post(api, headers, json={"query": query})
    assert code == 413
    assert "limit" in text


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
