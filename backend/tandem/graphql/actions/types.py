"""`ActionItem`: who does what by when; open ones follow the 1:1 to its next meeting."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import TYPE_CHECKING, Annotated, Any

import strawberry
from strawberry import relay
from strawberry.types import Info

from tandem.domain.actions import models, service
from tandem.graphql.context import Context
from tandem.graphql.people.types import User
from tandem.graphql.relay import register_node

if TYPE_CHECKING:
    from tandem.graphql.agenda.types import TalkingPoint
    from tandem.graphql.oneonones.types import Meeting, OneOnOne


@strawberry.type(description="Something one of the two people agreed to do.")
class ActionItem(relay.Node):
    id: relay.NodeID[str]
    title: str = strawberry.field(description="What needs doing.")
    due_on: date | None = strawberry.field(description="When it is due, if set.")
    created_at: datetime = strawberry.field(description="When it was agreed.")
    done_at: datetime | None = strawberry.field(description="When it was completed.")
    model: strawberry.Private[models.ActionItem]

    @classmethod
    def from_model(cls, a: models.ActionItem) -> ActionItem:
        return cls(
            id=str(a.id),
            title=a.title,
            due_on=a.due_on,
            created_at=a.created_at,
            done_at=a.done_at,
            model=a,
        )

    @strawberry.field(description="Completed.")
    def done(self) -> bool:
        return self.model.done_at is not None

    @strawberry.field(description="Open and due before today (in the 1:1's timezone).")
    async def overdue(self, info: Info[Context, Any]) -> bool:
        series = await info.context.oneonones.series.load(self.model.one_on_one_id)
        return series is not None and service.is_overdue(self.model, series, info.context.now())

    async def _user(self, info: Info[Context, Any], user_id: uuid.UUID | None) -> User | None:
        user = await info.context.loaders.user.load(user_id) if user_id else None
        return User.from_model(user) if user else None

    @strawberry.field(description="Who does it.")
    async def assignee(self, info: Info[Context, Any]) -> User | None:
        return await self._user(info, self.model.assignee_id)

    @strawberry.field(description="Who wrote it down.")
    async def created_by(self, info: Info[Context, Any]) -> User | None:
        return await self._user(info, self.model.created_by_id)

    @strawberry.field(description="Who completed it.")
    async def done_by(self, info: Info[Context, Any]) -> User | None:
        return await self._user(info, self.model.done_by_id)

    @strawberry.field(description="The 1:1 it belongs to.")
    async def one_on_one(
        self, info: Info[Context, Any]
    ) -> Annotated[OneOnOne, strawberry.lazy("tandem.graphql.oneonones.types")] | None:
        from tandem.graphql.oneonones.types import OneOnOne

        found = await info.context.oneonones.series.load(self.model.one_on_one_id)
        return OneOnOne.from_model(found) if found else None

    @strawberry.field(description="The meeting it was agreed in.")
    async def meeting(
        self, info: Info[Context, Any]
    ) -> Annotated[Meeting, strawberry.lazy("tandem.graphql.oneonones.types")] | None:
        from tandem.graphql.oneonones.types import meeting_node

        return await meeting_node(info, self.model.meeting_id)

    @strawberry.field(description="The talking point it came from, if any.")
    async def talking_point(
        self, info: Info[Context, Any]
    ) -> Annotated[TalkingPoint, strawberry.lazy("tandem.graphql.agenda.types")] | None:
        from tandem.graphql.agenda.types import TalkingPoint

        if self.model.talking_point_id is None:
            return None
        found = await TalkingPoint.resolve_nodes(
            info=info, node_ids=[str(self.model.talking_point_id)]
        )
        return found[0]

    @classmethod
    async def resolve_nodes(  # type: ignore[override]
        cls, *, info: Info[Context, Any], node_ids: list[str], required: bool = False
    ) -> list[ActionItem | None]:
        found = await _items_by_id(info, [uuid.UUID(i) for i in node_ids])
        return [found.get(uuid.UUID(i)) for i in node_ids]


async def _items_by_id(
    info: Info[Context, Any], ids: list[uuid.UUID]
) -> dict[uuid.UUID, ActionItem]:
    from sqlalchemy import select

    async with info.context.db.read() as session:
        rows = list(
            (
                await session.execute(
                    select(models.ActionItem).where(models.ActionItem.id.in_(set(ids)))
                )
            ).scalars()
        )
    visible = await info.context.oneonones.series.load_many([r.one_on_one_id for r in rows])
    allowed = {s.id for s in visible if s is not None}
    return {r.id: ActionItem.from_model(r) for r in rows if r.one_on_one_id in allowed}


register_node("ActionItem", _items_by_id)
