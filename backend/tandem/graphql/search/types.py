"""Search results: what matched, where, and a snippet with the matches marked."""

from __future__ import annotations

from enum import Enum
from typing import TYPE_CHECKING, Annotated, Any

import strawberry
from strawberry.types import Info

from tandem.domain.search import service
from tandem.graphql.context import Context

if TYPE_CHECKING:
    from tandem.graphql.actions.types import ActionItem
    from tandem.graphql.agenda.types import TalkingPoint
    from tandem.graphql.comments.types import Comment
    from tandem.graphql.oneonones.types import Meeting


@strawberry.enum(description="What a search result is.")
class SearchKind(Enum):
    TALKING_POINT = "TALKING_POINT"
    SHARED_NOTES = "SHARED_NOTES"
    PRIVATE_NOTES = "PRIVATE_NOTES"
    COMMENT = "COMMENT"
    ACTION_ITEM = "ACTION_ITEM"


@strawberry.type(description="A piece of a snippet: matched text or the text around it.")
class TextRun:
    text: str = strawberry.field(description="The text.")
    highlighted: bool = strawberry.field(description="Whether it matched the query.")


@strawberry.type(description="One match in a 1:1's history.")
class SearchResult:
    kind: SearchKind = strawberry.field(description="What matched.")
    snippet: list[TextRun] = strawberry.field(
        description="The matching text (about 160 characters around the first match)."
    )
    hit: strawberry.Private[service.Hit]

    @strawberry.field(description="The meeting it belongs to.")
    async def meeting(
        self, info: Info[Context, Any]
    ) -> Annotated[Meeting, strawberry.lazy("tandem.graphql.oneonones.types")] | None:
        from tandem.graphql.oneonones.types import meeting_node

        return await meeting_node(info, self.hit.meeting_id)

    @strawberry.field(description="The talking point, for TALKING_POINT results.")
    async def talking_point(
        self, info: Info[Context, Any]
    ) -> Annotated[TalkingPoint, strawberry.lazy("tandem.graphql.agenda.types")] | None:
        from tandem.graphql.agenda.types import TalkingPoint

        if self.hit.kind != service.Kind.TALKING_POINT:
            return None
        return (await TalkingPoint.resolve_nodes(info=info, node_ids=[str(self.hit.ref_id)]))[0]

    @strawberry.field(description="The comment, for COMMENT results.")
    async def comment(
        self, info: Info[Context, Any]
    ) -> Annotated[Comment, strawberry.lazy("tandem.graphql.comments.types")] | None:
        from tandem.graphql.comments.types import Comment

        if self.hit.kind != service.Kind.COMMENT:
            return None
        return (await Comment.resolve_nodes(info=info, node_ids=[str(self.hit.ref_id)]))[0]

    @strawberry.field(description="The action item, for ACTION_ITEM results.")
    async def action_item(
        self, info: Info[Context, Any]
    ) -> Annotated[ActionItem, strawberry.lazy("tandem.graphql.actions.types")] | None:
        from tandem.graphql.actions.types import ActionItem

        if self.hit.kind != service.Kind.ACTION_ITEM:
            return None
        return (await ActionItem.resolve_nodes(info=info, node_ids=[str(self.hit.ref_id)]))[0]

    @classmethod
    def of(cls, hit: service.Hit) -> SearchResult:
        return cls(
            kind=SearchKind(hit.kind.value),
            snippet=[TextRun(text=t, highlighted=m) for t, m in hit.snippet],
            hit=hit,
        )
