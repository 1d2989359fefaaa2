"""Queries: the viewer, node look-ups, the people directory."""

from __future__ import annotations

from typing import Annotated, Any

import strawberry
from strawberry import relay
from strawberry.types import Info

from tandem.domain.people import service as people
from tandem.graphql.context import Context
from tandem.graphql.errors import Code, api_error
from tandem.graphql.people.types import User
from tandem.graphql.relay import Connection, connection, resolve_nodes

MAX_NODES = 100


@strawberry.type
class PeopleQuery:
    @strawberry.field(description="The signed-in person (or the owner of the token).")
    async def viewer(self, info: Info[Context, Any]) -> User:
        viewer = info.context.require_viewer()
        user = await info.context.loaders.user.load(viewer.user_id)
        if user is None:
            raise api_error(Code.UNAUTHENTICATED, "Sign in again.")
        return User.from_model(user)

    @strawberry.field(description="Any object by its ID; null when unknown or not visible.")
    async def node(
        self,
        info: Info[Context, Any],
        id: Annotated[strawberry.ID, strawberry.argument(description="A global ID.")],
    ) -> relay.Node | None:
        info.context.require_viewer()
        found = await resolve_nodes(info, [str(id)])
        node: relay.Node | None = found[0]
        return node

    @strawberry.field(
        description="Objects by their IDs, in order; null where unknown or not visible."
    )
    async def nodes(
        self,
        info: Info[Context, Any],
        ids: Annotated[list[strawberry.ID], strawberry.argument(description="Up to 100 IDs.")],
    ) -> list[relay.Node | None]:
        info.context.require_viewer()
        if len(ids) > MAX_NODES:
            raise api_error(Code.BAD_USER_INPUT, f"Ask for at most {MAX_NODES} IDs at once.")
        return await resolve_nodes(info, [str(i) for i in ids])

    @strawberry.field(description="The people directory, by name; searches name, email, title.")
    async def people(
        self,
        info: Info[Context, Any],
        search: Annotated[str | None, strawberry.argument(description="Words to find.")] = None,
        first: Annotated[int | None, strawberry.argument(description="1 to 100.")] = 20,
        after: Annotated[
            str | None, strawberry.argument(description="The endCursor of the previous page.")
        ] = None,
        include_inactive: Annotated[
            bool, strawberry.argument(description="Also deactivated people (admins only).")
        ] = False,
    ) -> Connection[User]:
        viewer = info.context.require_viewer()
        async with info.context.db.read() as session:
            page = await people.search_people(
                session,
                viewer.actor,
                search=search,
                first=first,
                after=after,
                include_inactive=include_inactive,
            )
        return connection(page, User.from_model)
