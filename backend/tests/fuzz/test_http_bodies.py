"""Fuzzing the HTTP layer of /graphql against a real server: random bytes, random JSON values,
wrong content types, huge nesting, odd GET parameters — every answer a typed 4xx or a GraphQL
answer, never a 5xx, an INTERNAL or a stack trace; and the server keeps serving."""

from __future__ import annotations

import asyncio
import json

import httpx
import pytest
from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st

from tests import fuzzing
from tests.factories import Factory
from tests.fuzz.world import World, build_world, check_answer, post
from tests.helpers import Api
from tests.live import Servers

EXAMPLES = 1000
CONTENT_TYPES = [
    "application/json",
    "application/json; charset=utf-8",
    "application/graphql-response+json",
    "application/graphql",
    "text/plain",
    "multipart/form-data; boundary=x",
    "application/x-www-form-urlencoded",
    "",
]
QUERIES = [
    "{ viewer { name } }",
    "{ __typename }",
    "query($id: ID!) { node(id: $id) { id } }",
    "mutation { signOutEverywhere { endedSessions } }",
    "subscription { notificationReceived { title } }",
]

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(), children),
    max_leaves=12,
)
requests = st.one_of(
    # random JSON values, as the whole body or in a request's members
    json_values.map(json.dumps),
    st.fixed_dictionaries(
        {"query": st.sampled_from(QUERIES) | json_values},
        optional={
            "variables": json_values,
            "operationName": json_values,
            "extensions": json_values,
        },
    ).map(json.dumps),
    # JSON nested deeper than any parser allows
    st.integers(min_value=500, max_value=30_000).map(lambda n: "[" * n + "]" * n),
    st.integers(min_value=500, max_value=30_000).map(
        lambda n: json.dumps({"query": QUERIES[0], "variables": {"v": "<>"}}).replace(
            '"<>"', "[" * n + "]" * n
        )
    ),
    # text that is not JSON
    st.text(max_size=200),
).map(lambda text: text.encode("utf-8", "surrogatepass"))
bodies = st.one_of(requests, requests, st.binary(max_size=300))

NAME = "malformed HTTP bodies"


def fuzz(world: World, run_seed: int) -> None:
    with httpx.Client(base_url=f"http://{world.host}", timeout=60) as client:

        @seed(run_seed)
        @settings(
            max_examples=EXAMPLES,
            deadline=None,
            database=None,
            suppress_health_check=list(HealthCheck),
        )
        @given(
            body=bodies,
            content_type=st.one_of(st.just("application/json"), st.sampled_from(CONTENT_TYPES)),
            method=st.sampled_from(["POST", "POST", "POST", "GET"]),
        )
        def case(body: bytes, content_type: str, method: str) -> None:
            if method == "GET":
                text = body.decode("utf-8", "replace")[:2000]
                params = {"query": text, "variables": body[:50].decode("utf-8", "replace")}
                response = client.get(
                    "/graphql",
                    params=params,
                    headers={
                        "authorization": f"Bearer {world.token}",
                        "accept": "application/json",
                    },
                )
            else:
                response = post(client, world, body, content_type)
            world.count(NAME, response)
            check_answer(response, (method, content_type, body[:300]))

        case()
        # and the server still answers
        alive = post(client, world, b'{"query": "{ __typename }"}', "application/json")
        assert alive.json()["data"] == {"__typename": "Query"}


@pytest.mark.timeout(600)
async def test_malformed_bodies_get_typed_answers(
    api: Api, factory: Factory, servers: Servers
) -> None:
    host = await servers.start()
    world = await build_world(api, factory, host)
    await asyncio.to_thread(fuzz, world, fuzzing.SEED)
    assert world.cases >= EXAMPLES
