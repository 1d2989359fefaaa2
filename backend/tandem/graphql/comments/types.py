"""`Comment`: on a meeting or a talking point, with replies one level deep."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import TYPE_CHECKING, Annotated, Any

import strawberry
from strawberry import relay
from strawberry.types import Info

from tandem.domain.comments import models
from tandem.graphql.context import Context
from tandem.graphql.people.types import User
from tandem.graphql.relay import register_node

if TYPE_CHECKING:
    from tandem.graphql.agenda.types import TalkingPoint
    from tandem.graphql.oneonones.types import Meeting


@strawberry.type(description="A comment; a deleted one with replies stays as a placeholder.")
class Comment(relay.Node):
    id: relay.NodeID[str]
    body: str = strawberry.field(description="The text (empty once deleted).")
    created_at: datetime = strawberry.field(description="When it was written.")
    edited_at: datetime | None = strawberry.field(description="When it was last edited.")
    model: strawberry.Private[models.Comment]

    @classmethod
    def from_model(cls, c: models.Comment) -> Comment:
        return cls(
            id=str(c.id),
            body=c.body,
            created_at=c.created_at,
            edited_at=c.edited_at,
            model=c,
        )

    @strawberry.field(description="Deleted by its author (the thread keeps its place).")
    def deleted(self) -> bool:
        return self.model.deleted_at is not None

    @strawberry.field(description="Who wrote it (null once deleted).")
    async def author(self, info: Info[Context, Any]) -> User | None:
        if self.model.author_id is None or self.model.deleted_at is not None:
            return None
        user = await info.context.loaders.user.load(self.model.author_id)
        return User.from_model(user) if user else None

    @strawberry.field(description="Whether the viewer wrote it (and so may edit or delete it).")
    def viewer_is_author(self, info: Info[Context, Any]) -> bool:
        return self.model.author_id == info.context.require_viewer().user_id

    @strawberry.field(description="Replies, oldest first (empty for a reply).")
    async def replies(self, info: Info[Context, Any]) -> list[Comment]:
        if self.model.parent_id is not None:
            return []
        rows = await info.context.comments.replies.load(self.model.id)
        return [Comment.from_model(r) for r in rows]

    @strawberry.field(description="The meeting it belongs to.")
    async def meeting(
        self, info: Info[Context, Any]
    ) -> Annotated[Meeting, strawberry.lazy("tandem.graphql.oneonones.types")] | None:
        from tandem.graphql.oneonones.types import meeting_node

        return await meeting_node(info, self.model.meeting_id)

    @strawberry.field(description="The talking point it is about, if any.")
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
    ) -> list[Comment | None]:
        found = await _comments_by_id(info, [uuid.UUID(i) for i in node_ids])
        return [found.get(uuid.UUID(i)) for i in node_ids]


async def _comments_by_id(
    info: Info[Context, Any], ids: list[uuid.UUID]
) -> dict[uuid.UUID, Comment]:
    from sqlalchemy import select

    async with info.context.db.read() as session:
        rows = list(
            (
                await session.execute(select(models.Comment).where(models.Comment.id.in_(set(ids))))
            ).scalars()
        )
    visible = await info.context.oneonones.meeting.load_many([r.meeting_id for r in rows])
    allowed = {m.id for m in visible if m is not None}
    return {r.id: Comment.from_model(r) for r in rows if r.meeting_id in allowed}


register_node("Comment", _comments_by_id)
