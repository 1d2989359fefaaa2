"""The query cost limit: what an operation costs (GitHub's and Shopify's model), computed
before it runs, reported on every answer and refused over the limit."""

from __future__ import annotations

from typing import Any

import pytest
from graphql import (
    GraphQLField,
    GraphQLInterfaceType,
    GraphQLObjectType,
    get_named_type,
    get_nullable_type,
    is_list_type,
    parse,
)
from sqlalchemy import event

from tandem.db.engine import Database
from tandem.graphql.cost import DEFAULT_MAX_QUERY_COST, is_connection, list_size, operation_cost
from tandem.graphql.cost_table import INTROSPECTION_COST, LIST_SIZES, SIZE_ARGUMENTS
from tandem.graphql.schema import schema
from tests.factories import Factory
from tests.helpers import Api, create_one_on_one, data, meeting_ids

LIMIT = DEFAULT_MAX_QUERY_COST


def cost(query: str, **variables: Any) -> int | None:
    return operation_cost(schema._schema, parse(query), None, variables)


def test_every_field_costs_one_and_sizes_multiply_down_the_tree() -> None:
    # the example of cost.py's docstring: 1 + 1 + 1 + 10 x (1 + 1 + 1 + 20 x (1 + 1))
    query = """{ viewer { oneOnOnes(first: 10) { edges { node { meetings(first: 20) {
        edges { node { title } } } } } } } }"""
    assert cost(query) == 433


def test_page_sizes_come_from_variables_and_else_from_the_schema_default() -> None:
    query = "query($n: Int) { people(first: $n) { totalCount edges { node { name } } } }"
    # people (1) + totalCount (1) + edges (1) + n x (node 1 + name 1)
    assert cost(query, n=5) == 3 + 5 * 2
    # `people`'s default page is 20
    assert cost("{ people { edges { node { name } } } }") == 2 + 20 * 2
    # a page over the maximum counts as the maximum (the resolver refuses it anyway)
    assert cost(query, n=10**9) == 3 + 100 * 2


def test_nodes_costs_one_subtree_per_id_duplicates_included() -> None:
    query = "query($ids: [ID!]!) { nodes(ids: $ids) { id } }"
    assert cost(query, ids=["a", "b", "c"]) == 1 + 3
    assert cost(query, ids=["a"] * 100) == 1 + 100
    literal = '{ nodes(ids: ["a", "a", "b"]) { id } }'
    assert cost(literal) == 1 + 3


def test_a_shared_document_weighs_more_than_a_field() -> None:
    one = "query($ids: [ID!]!) { nodes(ids: $ids) { ... on Meeting { document { update } } } }"
    # nodes (1) + per id: document (100) + update (1)
    assert cost(one, ids=["m"]) == 1 + 101


def test_fields_repeated_through_fragments_count_once() -> None:
    plain = "{ viewer { name email manager { name } } }"
    repeated = """{ viewer { name ...A ...A manager { name } } }
        fragment A on User { name email manager { name } }"""
    assert cost(repeated) == cost(plain) == 5


def test_aliases_count_each_time() -> None:
    assert cost("{ a: viewer { name } b: viewer { name } }") == 4


def test_typename_is_free_and_introspection_costs_a_flat_amount() -> None:
    assert cost("{ __typename }") == 0
    assert cost("{ __schema { types { name fields { name } } } }") == INTROSPECTION_COST


def test_a_mutation_field_weighs_ten() -> None:
    query = """mutation { signOutEverywhere { endedSessions } }"""
    assert cost(query) == 10 + 1


def test_every_list_field_of_the_schema_has_a_known_size() -> None:
    """A new list field must say how large it gets: a connection (first/last), a size
    argument, or a nominal size in cost.LIST_SIZES — never the silent fallback."""
    unsized = []
    for type_name, named in schema._schema.type_map.items():
        if type_name.startswith("__") or not isinstance(
            named, GraphQLObjectType | GraphQLInterfaceType
        ):
            continue
        fields: dict[str, GraphQLField] = named.fields
        for name, field in fields.items():
            key = f"{type_name}.{name}"
            if not is_list_type(get_nullable_type(field.type)):
                continue
            if not hasattr(get_named_type(field.type), "fields"):
                continue  # a list of scalars costs its field alone
            sized = (
                is_connection(named, field)
                or (name == "edges" and type_name.endswith("Connection"))
                or key in SIZE_ARGUMENTS
                or list_size(named, name, field) is not None
            )
            if not sized:
                unsized.append(key)
    assert unsized == []
    assert all(size > 0 for size in LIST_SIZES.values())


async def test_every_answer_reports_its_cost_and_the_limit(api: Api, factory: Factory) -> None:
    user = await factory.user("Cora Cost")
    answer = await api.as_user(user, "{ viewer { name } }")
    assert answer == {
        "data": {"viewer": {"name": "Cora Cost"}},
        "extensions": {"cost": {"requested": 2, "limit": LIMIT}},
    }


async def test_thirty_aliases_of_a_hundred_documents_are_refused_before_anything_runs(
    api: Api, factory: Factory, db: Database
) -> None:
    # given a participant with a 1:1 whose meetings have shared documents
    me, other = await factory.user(), await factory.user()
    ids = meeting_ids(await create_one_on_one(api, me, other))
    hundred = (ids * 100)[:100]
    aliases = " ".join(
        f"a{i}: nodes(ids: $ids) {{ ... on Meeting {{ document {{ update }} }} }}"
        for i in range(30)
    )
    query = f"query($ids: [ID!]!) {{ {aliases} }}"
    await api.as_user(me, "{ viewer { id } }")  # the token is looked up and cached once
    statements: list[str] = []

    def count(conn: object, cursor: object, statement: str, *args: object) -> None:
        statements.append(statement)

    # when they ask for 30 x 100 documents
    event.listen(db.engine.sync_engine, "before_cursor_execute", count)
    try:
        answer = await api.as_user(me, query, ids=hundred)
    finally:
        event.remove(db.engine.sync_engine, "before_cursor_execute", count)
    # then the operation is refused with its cost and the limit, and nothing was loaded
    requested = 30 * (1 + 100 * (100 + 1))
    assert answer["data"] is None
    [error] = answer["errors"]
    assert error["extensions"] == {
        "code": "QUERY_TOO_COSTLY",
        "cost": requested,
        "limit": LIMIT,
    }
    assert f"costs {requested}; the limit is {LIMIT}" in error["message"]
    assert answer["extensions"] == {"cost": {"requested": requested, "limit": LIMIT}}
    assert not [s for s in statements if "meeting" in s.lower()], statements


async def test_a_hundred_times_the_same_node_is_counted_a_hundred_times(
    api: Api, factory: Factory
) -> None:
    me, other = await factory.user(), await factory.user()
    meeting = meeting_ids(await create_one_on_one(api, me, other))[0]
    query = """query($ids: [ID!]!) { a: nodes(ids: $ids) { ... on Meeting { document { update } } }
        b: nodes(ids: $ids) { ... on Meeting { document { update } } }
        c: nodes(ids: $ids) { ... on Meeting { document { update } } } }"""
    answer = await api.as_user(me, query, ids=[meeting] * 100)
    assert answer["errors"][0]["extensions"]["code"] == "QUERY_TOO_COSTLY"
    # the same, once: under the limit, and answered
    single = await api.as_user(
        me,
        "query($ids: [ID!]!) { nodes(ids: $ids) { ... on Meeting { id } } }",
        ids=[meeting] * 100,
    )
    assert len(data(single)["nodes"]) == 100
    assert single["extensions"]["cost"]["requested"] == 101


async def test_the_limit_is_a_setting(api: Api, factory: Factory, settings: Any) -> None:
    settings.max_query_cost = 100
    user = await factory.user()
    answer = await api.as_user(user, "{ people(first: 60) { edges { node { name } } } }")
    assert answer["errors"][0]["extensions"] == {
        "code": "QUERY_TOO_COSTLY",
        "cost": 2 + 60 * 2,
        "limit": 100,
    }


@pytest.mark.parametrize("scope", ["anonymous", "signed-in"])
async def test_a_refusal_for_another_reason_still_reports_the_cost(
    api: Api, factory: Factory, scope: str
) -> None:
    user = await factory.user() if scope == "signed-in" else None
    query = "{ people(first: 5) { edges { node { name } } } viewer { name } }"
    answer = await api.as_user(user, query)
    assert answer["extensions"]["cost"] == {"requested": 2 + 5 * 2 + 2, "limit": LIMIT}
