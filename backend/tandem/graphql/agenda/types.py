"""`TalkingPoint`, `Topic` and the sync payloads (Yjs v1 updates and state vectors, base64)."""

from __future__ import annotations

import uuid
from datetime import datetime
from enum import Enum
from typing import TYPE_CHECKING, Annotated, Any

import strawberry
from strawberry import relay
from strawberry.types import Info

from tandem.domain.agenda import models
from tandem.graphql.context import Context
from tandem.graphql.people.types import User
from tandem.graphql.relay import register_node

if TYPE_CHECKING:
    from tandem.graphql.comments.types import Comment
    from tandem.graphql.oneonones.types import Meeting


@strawberry.enum(description="What a talking point is about (for coverage over time).")
class Topic(Enum):
    FOLLOW_UP = "FOLLOW_UP"
    PERFORMANCE = "PERFORMANCE"
    PROBLEM_SOLVING = "PROBLEM_SOLVING"
    TEAM_DYNAMICS = "TEAM_DYNAMICS"
    CAREER = "CAREER"
    WELLBEING = "WELLBEING"
    FEEDBACK = "FEEDBACK"
    OTHER = "OTHER"


@strawberry.type(description="One item of a meeting's agenda (a projection of its document).")
class TalkingPoint(relay.Node):
    id: relay.NodeID[str]
    text: str = strawberry.field(description="What to talk about.")
    done: bool = strawberry.field(description="Checked off.")
    section: str = strawberry.field(description="The agenda section it sits in.")
    position: str = strawberry.field(
        description="Its place in the agenda: sort by it (a fractional index key)."
    )
    deleted: bool = strawberry.field(description="Removed (restorable).")
    updated_at: datetime = strawberry.field(description="When it last changed.")
    model: strawberry.Private[models.TalkingPoint]

    @classmethod
    def from_model(cls, t: models.TalkingPoint) -> TalkingPoint:
        return cls(
            id=str(t.id),
            text=t.text,
            done=t.done,
            section=t.section,
            position=t.order_key,
            deleted=t.deleted,
            updated_at=t.updated_at,
            model=t,
        )

    @strawberry.field(description="Its topic, if tagged.")
    def topic(self) -> Topic | None:
        return Topic(self.model.topic) if self.model.topic in Topic.__members__ else None

    @strawberry.field(
        description="Its key in the meeting's document (`items`), for clients that use both "
        "Yjs and these mutations."
    )
    def key(self) -> str:
        return self.model.item_key

    @strawberry.field(
        description="Private: seen by its author alone, never shared until they share it."
    )
    def private(self) -> bool:
        return self.model.private

    @strawberry.field(description="The earlier meeting it was carried over from, if any.")
    async def carried_from(
        self, info: Info[Context, Any]
    ) -> Annotated[Meeting, strawberry.lazy("tandem.graphql.oneonones.types")] | None:
        return await _meeting(info, self.model.carried_from_id)

    @strawberry.field(description="The later meeting it was carried over to, if it was.")
    async def carried_to(
        self, info: Info[Context, Any]
    ) -> Annotated[Meeting, strawberry.lazy("tandem.graphql.oneonones.types")] | None:
        return await _meeting(info, self.model.carried_to_id)

    @strawberry.field(description="Comments on it, oldest first, with their replies.")
    async def comments(
        self, info: Info[Context, Any]
    ) -> list[Annotated[Comment, strawberry.lazy("tandem.graphql.comments.types")]]:
        from tandem.graphql.comments.types import Comment

        rows = await info.context.comments.of_talking_point.load(self.model.id)
        return [Comment.from_model(r) for r in rows]

    @strawberry.field(description="Who wrote it (null for the template's talking points).")
    async def author(self, info: Info[Context, Any]) -> User | None:
        if self.model.author_id is None:
            return None
        user = await info.context.loaders.user.load(self.model.author_id)
        return User.from_model(user) if user else None

    @classmethod
    async def resolve_nodes(  # type: ignore[override]
        cls, *, info: Info[Context, Any], node_ids: list[str], required: bool = False
    ) -> list[TalkingPoint | None]:
        found = await _points_by_id(info, [uuid.UUID(i) for i in node_ids])
        return [found.get(uuid.UUID(i)) for i in node_ids]


async def _meeting(info: Info[Context, Any], meeting_id: uuid.UUID | None) -> Meeting | None:
    from tandem.graphql.oneonones.types import meeting_node

    return await meeting_node(info, meeting_id)


@strawberry.type(description="Sync state: what the client is missing, and the server's vector.")
class DocumentState:
    update: str = strawberry.field(
        description="A Yjs v1 update (base64) with everything the client is missing."
    )
    state_vector: str = strawberry.field(description="The server's state vector (base64).")
    seq: int = strawberry.field(description="The document's last update number.")


async def _points_by_id(
    info: Info[Context, Any], ids: list[uuid.UUID]
) -> dict[uuid.UUID, TalkingPoint]:
    """Talking points of meetings the viewer takes part in."""
    from sqlalchemy import select

    rows = []
    async with info.context.db.read() as session:
        rows = list(
            (
                await session.execute(
                    select(models.TalkingPoint).where(models.TalkingPoint.id.in_(set(ids)))
                )
            ).scalars()
        )
    visible = await info.context.oneonones.meeting.load_many([r.meeting_id for r in rows])
    allowed = {m.id for m in visible if m is not None}
    viewer = info.context.require_viewer().user_id
    return {
        r.id: TalkingPoint.from_model(r)
        for r in rows
        if r.meeting_id in allowed and (not r.private or r.author_id == viewer)
    }


register_node("TalkingPoint", _points_by_id)
