"""Fuzzing every query and mutation of the schema (hypothesis-graphql) against a real server,
as a participant of a 1:1: whatever the arguments, no 5xx, no INTERNAL, no stack trace."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

import httpx
import pytest
from graphql import GraphQLSchema, print_ast
from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st
from hypothesis_graphql import Mode, mutations, nodes, queries

from tandem.graphql.schema import schema
from tandem.ids import to_global_id
from tests import fuzzing
from tests.factories import Factory
from tests.fuzz.world import World, as_json, build_world, check_answer, post
from tests.helpers import Api
from tests.live import Servers

EXAMPLES_PER_QUERY = 50
EXAMPLES_PER_MUTATION = 32
# Run last: they end the world the others need (the 1:1, the participant's sign-in).
DESTRUCTIVE = ["leaveOneOnOne", "archiveOneOnOne", "deleteOneOnOne", "signOutEverywhere"]
TYPES = ["User", "OneOnOne", "Meeting", "TalkingPoint", "Comment", "ActionItem", "Template"]

NAME = "generated queries and mutations"


def scalars(world: World) -> dict[str, st.SearchStrategy[object]]:
    real_ids = st.sampled_from(world.ids)
    forged_ids = st.builds(to_global_id, st.sampled_from(TYPES), st.uuids())
    ids = st.one_of(real_ids, real_ids, forged_ids, st.text(max_size=30))
    datetimes = st.datetimes(timezones=st.timezones()).map(lambda d: d.isoformat())
    return {
        "ID": ids.map(nodes.String),
        "DateTime": st.one_of(datetimes, st.text(max_size=30)).map(nodes.String),
        "Date": st.one_of(st.dates().map(str), st.text(max_size=12)).map(nodes.String),
    }


def root_fields(graphql_schema: GraphQLSchema) -> list[tuple[str, str]]:
    assert graphql_schema.query_type is not None
    assert graphql_schema.mutation_type is not None
    fields = [("query", name) for name in graphql_schema.query_type.fields]
    ordinary = [n for n in graphql_schema.mutation_type.fields if n not in DESTRUCTIVE]
    fields += [("mutation", name) for name in ordinary + DESTRUCTIVE]
    return fields


def fuzz(world: World, run_seed: int) -> None:
    """Runs in a worker thread: the server answers on the test's event loop meanwhile."""
    graphql_schema = schema._schema
    custom = scalars(world)
    with httpx.Client(base_url=f"http://{world.host}", timeout=60) as client:
        for kind, name in root_fields(graphql_schema):
            build: Callable[..., st.SearchStrategy[object]] = (
                queries if kind == "query" else mutations
            )
            documents = build(graphql_schema, fields=[name], custom_scalars=custom)
            root = graphql_schema.query_type if kind == "query" else graphql_schema.mutation_type
            assert root is not None
            if root.fields[name].args:  # invalid arguments too
                documents = st.one_of(
                    documents,
                    build(graphql_schema, fields=[name], custom_scalars=custom, mode=Mode.NEGATIVE),
                )

            @seed(run_seed)
            @settings(
                max_examples=EXAMPLES_PER_QUERY if kind == "query" else EXAMPLES_PER_MUTATION,
                deadline=None,
                database=None,
                derandomize=False,
                suppress_health_check=list(HealthCheck),
            )
            @given(document=documents)
            def case(document: object) -> None:
                text = document if isinstance(document, str) else print_ast(document)  # type: ignore[arg-type]
                response = post(client, world, as_json({"query": text}), "application/json")
                world.count(NAME, response)
                check_answer(response, text)

            case()


@pytest.mark.timeout(600)
async def test_every_query_and_mutation_survives_generated_arguments(
    api: Api, factory: Factory, servers: Servers
) -> None:
    host = await servers.start()
    world = await build_world(api, factory, host)
    await asyncio.to_thread(fuzz, world, fuzzing.SEED)
    assert world.cases >= 1500
