"""The `Notification` type and a person's notification choices."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

import strawberry
from strawberry import relay
from strawberry.types import Info

from tandem.domain.notifications import models
from tandem.domain.notifications.models import NotificationKind
from tandem.graphql.context import Context
from tandem.graphql.people.types import User
from tandem.graphql.relay import register_node

strawberry.enum(NotificationKind, description="What a notification is about.")


@strawberry.type(description="Something a person should know, in their notification centre.")
class Notification(relay.Node):
    id: relay.NodeID[str]
    kind: NotificationKind = strawberry.field(description="What it is about.")
    title: str = strawberry.field(description="One line to show.")
    body: str = strawberry.field(description="More detail; may be empty.")
    link: str = strawberry.field(description="Where it leads in the app (a path).")
    created_at: datetime = strawberry.field(description="When it happened.")
    read_at: datetime | None = strawberry.field(description="When it was marked read.")
    model: strawberry.Private[models.Notification]

    @classmethod
    def from_model(cls, n: models.Notification) -> Notification:
        return cls(
            id=str(n.id),
            kind=NotificationKind(n.kind),
            title=n.title,
            body=n.body,
            link=n.link,
            created_at=n.created_at,
            read_at=n.read_at,
            model=n,
        )

    @strawberry.field(description="Not yet marked read.")
    def is_read(self) -> bool:
        return self.model.read_at is not None

    @strawberry.field(description="Who caused it, if someone did.")
    async def actor(self, info: Info[Context, Any]) -> User | None:
        if self.model.actor_id is None:
            return None
        user = await info.context.loaders.user.load(self.model.actor_id)
        return User.from_model(user) if user else None

    @classmethod
    async def resolve_nodes(  # type: ignore[override]
        cls, *, info: Info[Context, Any], node_ids: list[str], required: bool = False
    ) -> list[Notification | None]:
        found = await _own_by_id(info, [uuid.UUID(i) for i in node_ids])
        return [found.get(uuid.UUID(i)) for i in node_ids]


@strawberry.type(description="How a person wants to hear about one kind of notification.")
class NotificationPreference:
    kind: NotificationKind = strawberry.field(description="The kind.")
    in_app: bool = strawberry.field(description="In the notification centre.")
    email: bool = strawberry.field(description="By email.")


async def _own_by_id(
    info: Info[Context, Any], ids: list[uuid.UUID]
) -> dict[uuid.UUID, Notification]:
    """Only the recipient sees a notification."""
    from tandem.domain.notifications import service

    viewer = info.context.require_viewer()
    async with info.context.db.read() as session:
        found = await service.get_own(session, viewer.user_id, ids)
    return {i: Notification.from_model(n) for i, n in found.items()}


register_node("Notification", _own_by_id)
