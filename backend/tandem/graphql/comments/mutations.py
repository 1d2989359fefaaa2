"""Write, edit and delete comments."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Any

import strawberry
from sqlalchemy.ext.asyncio import AsyncSession
from strawberry.types import Info

from tandem.domain.actor import Actor
from tandem.domain.comments import service
from tandem.domain.comments.models import Comment as CommentRow
from tandem.domain.errors import Invalid
from tandem.graphql.comments.types import Comment
from tandem.graphql.context import Context
from tandem.graphql.errors import UserError, decode_id, user_errors

ERRORS = "What was wrong; nothing was changed."


@strawberry.input(
    description="A new comment: name the meeting, a talking point, or the comment replied to."
)
class AddCommentInput:
    meeting_id: strawberry.ID | None = strawberry.field(
        default=None, description="Comment on the meeting."
    )
    talking_point_id: strawberry.ID | None = strawberry.field(
        default=None, description="Comment on a talking point."
    )
    parent_id: strawberry.ID | None = strawberry.field(
        default=None, description="Reply to a comment (replies are one level deep)."
    )
    body: str = strawberry.field(
        description="The text (up to 5000 characters); @Name mentions the other participant."
    )


@strawberry.input(description="New text for one's own comment.")
class UpdateCommentInput:
    comment_id: strawberry.ID = strawberry.field(description="The comment.")
    body: str = strawberry.field(description="The new text.")


@strawberry.input(description="Names a comment.")
class CommentIdInput:
    comment_id: strawberry.ID = strawberry.field(description="The comment.")


@strawberry.type(description="The result of a comment mutation.")
class CommentPayload:
    comment: Comment | None = strawberry.field(default=None, description="It, now.")
    errors: list[UserError] = strawberry.field(default_factory=list, description=ERRORS)


Work = Callable[[AsyncSession, Actor, datetime], Awaitable[CommentRow]]


async def _run(info: Info[Context, Any], work: Work) -> CommentPayload:
    actor = info.context.require_viewer().actor
    try:
        async with info.context.db.write() as session:
            row = await work(session, actor, info.context.now())
    except Invalid as exc:
        return CommentPayload(errors=user_errors(exc))
    return CommentPayload(comment=Comment.from_model(row))


def _optional(value: strawberry.ID | None, type_name: str, field: str) -> Any:
    return decode_id(value, type_name, field) if value else None


@strawberry.type
class CommentMutation:
    @strawberry.mutation(description="Comment on a meeting or a talking point, or reply.")
    async def add_comment(self, info: Info[Context, Any], input: AddCommentInput) -> CommentPayload:
        return await _run(
            info,
            lambda session, actor, now: service.add(
                session,
                actor,
                meeting_id=_optional(input.meeting_id, "Meeting", "meetingId"),
                talking_point_id=_optional(
                    input.talking_point_id, "TalkingPoint", "talkingPointId"
                ),
                parent_id=_optional(input.parent_id, "Comment", "parentId"),
                body=input.body,
                now=now,
                announcer=info.context.announcer,
            ),
        )

    @strawberry.mutation(description="Edit one's own comment (it shows as edited).")
    async def update_comment(
        self, info: Info[Context, Any], input: UpdateCommentInput
    ) -> CommentPayload:
        return await _run(
            info,
            lambda session, actor, now: service.edit(
                session,
                actor,
                decode_id(input.comment_id, "Comment", "commentId"),
                input.body,
                now,
                announcer=info.context.announcer,
            ),
        )

    @strawberry.mutation(
        description="Delete one's own comment; with replies it stays as a placeholder."
    )
    async def delete_comment(
        self, info: Info[Context, Any], input: CommentIdInput
    ) -> CommentPayload:
        return await _run(
            info,
            lambda session, actor, now: service.delete(
                session, actor, decode_id(input.comment_id, "Comment", "commentId"), now
            ),
        )
