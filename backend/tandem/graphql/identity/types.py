"""The `PersonalAccessToken` type."""

from __future__ import annotations

import uuid
from datetime import datetime
from enum import Enum
from typing import Any

import strawberry
from strawberry import relay
from strawberry.types import Info

from tandem.domain.identity import models, tokens
from tandem.graphql.context import Context
from tandem.graphql.relay import register_node


@strawberry.enum(description="What a personal access token may do.")
class TokenScope(Enum):
    READ = "read"
    WRITE = "write"


@strawberry.type(
    description="A personal access token for programs. The secret is shown once, at creation."
)
class PersonalAccessToken(relay.Node):
    id: relay.NodeID[str]
    name: str = strawberry.field(description="What the token is for.")
    scope: TokenScope = strawberry.field(description="READ cannot run mutations.")
    created_at: datetime = strawberry.field(description="When it was created.")
    last_used_at: datetime | None = strawberry.field(description="When it was last used.")
    expires_at: datetime | None = strawberry.field(description="When it stops working, if ever.")
    revoked_at: datetime | None = strawberry.field(description="When it was revoked, if it was.")
    is_active: bool = strawberry.field(description="Neither revoked nor expired.")

    @classmethod
    def from_model(cls, token: models.PersonalAccessToken) -> PersonalAccessToken:
        return cls(
            id=str(token.id),
            name=token.name,
            scope=TokenScope(token.scope),
            created_at=token.created_at,
            last_used_at=token.last_used_at,
            expires_at=token.expires_at,
            revoked_at=token.revoked_at,
            is_active=tokens.is_usable(token),
        )

    @classmethod
    async def resolve_nodes(  # type: ignore[override]
        cls, *, info: Info[Context, Any], node_ids: list[str], required: bool = False
    ) -> list[PersonalAccessToken | None]:
        found = await _tokens_by_id(info, [uuid.UUID(i) for i in node_ids])
        return [found.get(uuid.UUID(i)) for i in node_ids]


async def _tokens_by_id(
    info: Info[Context, Any], ids: list[uuid.UUID]
) -> dict[uuid.UUID, PersonalAccessToken]:
    """Only the viewer's own tokens are visible."""
    viewer = info.context.require_viewer()
    found = await info.context.loaders.token.load_many(ids)
    return {
        t.id: PersonalAccessToken.from_model(t)
        for t in found
        if t is not None and t.user_id == viewer.user_id
    }


register_node("PersonalAccessToken", _tokens_by_id)
