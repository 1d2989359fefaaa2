"""Relay plumbing shared by the areas: page info, connection building, node look-up."""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable
from typing import Any, Generic, TypeVar

import strawberry
from strawberry.relay import GlobalID

from tandem.db.pagination import Page


@strawberry.type(description="Where a page of a connection stands.")
class PageInfo:
    has_next_page: bool = strawberry.field(description="More items follow this page.")
    has_previous_page: bool = strawberry.field(description="Items precede this page.")
    start_cursor: str | None = strawberry.field(description="The cursor of the first item.")
    end_cursor: str | None = strawberry.field(description="The cursor of the last item.")

    @classmethod
    def of(cls, page: Page[Any]) -> PageInfo:
        return cls(
            has_next_page=page.has_next,
            has_previous_page=page.has_previous,
            start_cursor=page.cursors[0] if page.cursors else None,
            end_cursor=page.cursors[-1] if page.cursors else None,
        )


NodeT = TypeVar("NodeT")
RowT = TypeVar("RowT")


@strawberry.type(description="An item of a list, with its cursor.")
class Edge(Generic[NodeT]):
    cursor: str = strawberry.field(description="Pass as `after` to continue from here.")
    node: NodeT = strawberry.field(description="The item.")


@strawberry.type(description="A page of a list (Relay connection, keyset-paginated).")
class Connection(Generic[NodeT]):
    edges: list[Edge[NodeT]] = strawberry.field(description="The items on this page.")
    page_info: PageInfo = strawberry.field(description="Where this page stands.")
    total_count: int = strawberry.field(description="How many items match in all.")


def connection(page: Page[RowT], to_node: Callable[[RowT], NodeT]) -> Connection[NodeT]:
    """Map a page of rows to a connection of GraphQL objects."""
    return Connection(
        edges=[
            Edge(cursor=c, node=to_node(row))
            for row, c in zip(page.items, page.cursors, strict=True)
        ],
        page_info=PageInfo.of(page),
        total_count=page.total,
    )


# type name -> async function(info, ids) returning {id: node} for the viewer (private ones
# are simply absent, indistinguishable from unknown ones).
NodeResolver = Callable[[Any, list[uuid.UUID]], Awaitable[dict[uuid.UUID, Any]]]
NODE_RESOLVERS: dict[str, NodeResolver] = {}


def register_node(type_name: str, resolver: NodeResolver) -> None:
    NODE_RESOLVERS[type_name] = resolver


def parse_global_id(value: str) -> tuple[str, uuid.UUID] | None:
    try:
        gid = GlobalID.from_id(value)
        return gid.type_name, uuid.UUID(gid.node_id)
    except ValueError:
        return None


async def resolve_nodes(info: Any, ids: list[str]) -> list[Any]:
    parsed = [parse_global_id(i) for i in ids]
    by_type: dict[str, list[uuid.UUID]] = {}
    for p in parsed:
        if p is not None and p[0] in NODE_RESOLVERS:
            by_type.setdefault(p[0], []).append(p[1])
    found: dict[tuple[str, uuid.UUID], Any] = {}
    for type_name, node_ids in by_type.items():
        for node_id, node in (await NODE_RESOLVERS[type_name](info, node_ids)).items():
            found[(type_name, node_id)] = node
    return [found.get(p) if p is not None else None for p in parsed]
