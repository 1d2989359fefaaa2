"""Every error that leaves the API carries `extensions.code`, and none is INTERNAL for a bad
request: a table of bad documents and variables."""

from __future__ import annotations

import json
from typing import Any

import pytest

from tests.factories import Factory
from tests.helpers import Api

CODES = {"BAD_USER_INPUT", "BAD_REQUEST", "UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND"}

BAD = [
    ("undefined-fragment", "{ ...Nope }", None),
    ("undefined-fragment-nested", "{ viewer { ...Nope } }", None),
    ("fragment-cycle", "{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }", None),
    ("fragment-on-wrong-type", "{ viewer { ... on Meeting { id } } }", None),
    ("unused-fragment", "{ viewer { name } } fragment F on User { name }", None),
    ("unknown-field", "{ viewer { nope } }", None),
    ("unknown-argument", "{ viewer { name(x: 1) } }", None),
    ("missing-argument", "{ node { id } }", None),
    ("wrong-argument-type", '{ people(first: "ten") { totalCount } }', None),
    ("int-overflow", "{ people(first: 99999999999999999999) { totalCount } }", None),
    ("negative-first", "{ people(first: -1) { totalCount } }", None),
    ("zero-first", "{ people(first: 0) { totalCount } }", None),
    (
        "unknown-enum",
        '{ previewSchedule(startsAt: "2026-03-09T09:00:00+01:00", '
        'timezone: "Europe/Berlin", frequency: DAILY) }',
        None,
    ),
    (
        "unknown-input-field",
        'mutation { createTemplate(input: {name: "x", sections: [], '
        "nope: 1}) { errors { code } } }",
        None,
    ),
    ("undefined-variable", "{ node(id: $id) { id } }", None),
    ("unused-variable", "query($id: ID) { viewer { name } }", {"id": "x"}),
    ("unknown-variable-type", "query($id: Nope) { node(id: $id) { id } }", {"id": "x"}),
    ("variable-of-wrong-type", "query($n: Int) { people(first: $n) { totalCount } }", {"n": "x"}),
    ("null-for-required-variable", "query($id: ID!) { node(id: $id) { id } }", {"id": None}),
    ("missing-required-variable", "query($id: ID!) { node(id: $id) { id } }", {}),
    ("variable-object-for-scalar", "query($id: ID!) { node(id: $id) { id } }", {"id": {"a": 1}}),
    (
        "variable-list-deep",
        "query($ids: [ID!]!) { nodes(ids: $ids) { id } }",
        {"ids": [[[[["x"]]]]]},
    ),
    ("too-many-nodes", "query($ids: [ID!]!) { nodes(ids: $ids) { id } }", {"ids": ["x"] * 101}),
    ("unknown-directive", "{ viewer @nope { name } }", None),
    ("skip-without-if", "{ viewer @skip { name } }", None),
    ("duplicate-operations", "query A { viewer { name } } query A { viewer { name } }", None),
    ("anonymous-and-named", "{ viewer { name } } query B { viewer { name } }", None),
    (
        "lone-surrogate-variable",
        "query($s: String) { people(search: $s) { totalCount } }",
        {"s": "\ud800"},
    ),
    ("nul-variable", "query($s: String) { people(search: $s) { totalCount } }", {"s": "a\x00b"}),
    ("nul-literal", '{ people(search: "a\\u0000b") { totalCount } }', None),
    ("surrogate-literal", '{ people(search: "a\\uD800b") { totalCount } }', None),
    ("forged-cursor-object", '{ people(first: 1, after: "WyJ4Iiwge30gXQ") { totalCount } }', None),
    ("forged-cursor-numbers", '{ people(first: 1, after: "WzEsIDJd") { totalCount } }', None),
    ("syntax", "{ viewer { ", None),
    ("empty-document", " ", None),
    ("only-fragments", "fragment F on Query { viewer { name } }", None),
    ("deep", "{ viewer " + "{ manager " * 12 + "{ name }" + " }" * 13, None),
    (
        "year-1",
        '{ previewSchedule(startsAt: "0001-01-01T00:00:00+00:00", timezone: '
        '"Europe/Berlin", frequency: WEEKLY) }',
        None,
    ),
    (
        "year-9999",
        '{ previewSchedule(startsAt: "9999-12-31T23:00:00+00:00", timezone: '
        '"Europe/Berlin", frequency: WEEKLY) }',
        None,
    ),
]


@pytest.fixture
async def headers(factory: Factory) -> dict[str, str]:
    user = await factory.user()
    return {"authorization": f"Bearer {await factory.token(user)}"}


@pytest.mark.parametrize(("query", "variables"), [b[1:] for b in BAD], ids=[b[0] for b in BAD])
async def test_every_error_of_a_bad_request_carries_a_code(
    api: Api, headers: dict[str, str], query: str, variables: dict[str, Any] | None
) -> None:
    # when a signed-in client sends a bad document or bad variables
    body: dict[str, Any] = {"query": query}
    if variables is not None:
        body["variables"] = variables
    # (escaped JSON, as a client sends a lone surrogate)
    response = await api.http.post(
        "/graphql",
        content=json.dumps(body).encode(),
        headers={**headers, "content-type": "application/json"},
    )
    # then the answer is a client error, and each of its errors says why in a code
    assert response.status_code in (200, 400), response.text
    errors = response.json()["errors"]
    assert errors
    for error in errors:
        assert error.get("extensions", {}).get("code") in CODES, error
    assert "Traceback" not in response.text


async def test_an_undefined_fragment_is_named_in_the_error(
    api: Api, headers: dict[str, str]
) -> None:
    response = await api.http.post("/graphql", json={"query": "{ ...Nope }"}, headers=headers)
    [error] = response.json()["errors"]
    assert error["message"] == "Unknown fragment 'Nope'."
    assert error["extensions"]["code"] == "BAD_USER_INPUT"
