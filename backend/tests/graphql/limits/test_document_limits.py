"""The depth and alias limits hold for any document the parser accepts — empty selection sets,
undefined or cyclic fragments — answering with a code, never crashing."""

from __future__ import annotations

import pytest
from graphql import parse, validate

from tandem.graphql.limits import LIMIT_RULES, MAX_DEPTH
from tandem.graphql.schema import schema
from tests.factories import Factory
from tests.helpers import Api


def nested(levels: int) -> str:
    """`viewer` and `levels` managers below it, then `name`."""
    return "viewer " + "{ manager " * levels + "{ name }" + " }" * levels


def limit_errors(query: str) -> list[str]:
    return [e.message for e in validate(schema._schema, parse(query), LIMIT_RULES)]


def test_depth_counts_fields_below_the_root_as_before() -> None:
    assert limit_errors(f"{{ {nested(MAX_DEPTH - 1)} }}") == []
    assert limit_errors(f"{{ {nested(MAX_DEPTH)} }}") == [
        "'anonymous' exceeds maximum operation depth of 12"
    ]


def test_depth_follows_fragments() -> None:
    query = f"query Deep {{ ...F }} fragment F on Query {{ {nested(MAX_DEPTH)} }}"
    assert limit_errors(query) == ["'Deep' exceeds maximum operation depth of 12"]


def test_introspection_fields_are_not_counted() -> None:
    query = "{ __schema { types { fields { type " + "{ ofType " * 12 + "{ name }" + " }" * 16
    assert limit_errors(query) == []


@pytest.mark.parametrize(
    "query",
    [
        "{}",
        "{ viewer {} }",
        "{ a: viewer {} b: " + nested(MAX_DEPTH) + " }",
        "{ ...Nope }",
        "{ ...A } fragment A on Query { ...A }",
    ],
)
def test_no_document_makes_the_limit_rules_fail(query: str) -> None:
    limit_errors(query)  # no exception


@pytest.mark.parametrize("method", ["POST", "GET"])
async def test_an_empty_selection_set_is_answered(api: Api, factory: Factory, method: str) -> None:
    # found by the HTTP fuzzer: `{}` answered INTERNAL (the depth limiter failed on it)
    user = await factory.user()
    headers = {"authorization": f"Bearer {await factory.token(user)}"}
    if method == "POST":
        response = await api.http.post("/graphql", json={"query": "{}"}, headers=headers)
    else:
        response = await api.http.get("/graphql", params={"query": "{}"}, headers=headers)
    assert response.status_code == 200
    assert "INTERNAL" not in response.text
    assert response.json()["data"] == {}


async def test_a_deep_query_beside_an_empty_selection_is_still_refused(
    api: Api, factory: Factory
) -> None:
    user = await factory.user()
    answer = await api.as_user(user, "{ a: viewer {} b: " + nested(MAX_DEPTH) + " }")
    assert [e["extensions"]["code"] for e in answer["errors"]] == ["BAD_USER_INPUT"]
    assert "maximum operation depth" in answer["errors"][0]["message"]
