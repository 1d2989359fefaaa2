"""Agree on, change and complete action items."""

from __future__ import annotations

from datetime import date
from typing import Any

import strawberry
from strawberry.types import Info

from tandem.domain.actions import service
from tandem.domain.errors import Invalid
from tandem.graphql.actions.types import ActionItem
from tandem.graphql.context import Context
from tandem.graphql.errors import UserError, decode_id, user_errors

ERRORS = "What was wrong; nothing was changed."


@strawberry.input(description="A new action item, agreed in a meeting.")
class AddActionItemInput:
    meeting_id: strawberry.ID = strawberry.field(description="The meeting.")
    title: str = strawberry.field(description="What needs doing (up to 500 characters).")
    assignee_id: strawberry.ID | None = strawberry.field(
        default=None, description="Either participant (default: you)."
    )
    due_on: date | None = strawberry.field(default=None, description="When it is due.")
    talking_point_id: strawberry.ID | None = strawberry.field(
        default=None, description="The talking point it came from."
    )


@strawberry.input(description="Changes to an action item; omitted fields stay.")
class UpdateActionItemInput:
    action_item_id: strawberry.ID = strawberry.field(description="The action item.")
    title: str | None = strawberry.field(default=None, description="New title.")
    assignee_id: strawberry.ID | None = strawberry.field(
        default=None, description="Either participant."
    )
    due_on: date | None = strawberry.field(default=None, description="A new due date.")
    clear_due_on: bool = strawberry.field(default=False, description="Remove the due date.")
    done: bool | None = strawberry.field(
        default=None, description="Completed (records when and by whom) or open again."
    )


@strawberry.type(description="The result of an action-item mutation.")
class ActionItemPayload:
    action_item: ActionItem | None = strawberry.field(default=None, description="It, now.")
    errors: list[UserError] = strawberry.field(default_factory=list, description=ERRORS)


@strawberry.type
class ActionItemMutation:
    @strawberry.mutation(description="Write down an action item in a meeting.")
    async def add_action_item(
        self, info: Info[Context, Any], input: AddActionItemInput
    ) -> ActionItemPayload:
        actor = info.context.require_viewer().actor
        try:
            meeting_id = decode_id(input.meeting_id, "Meeting", "meetingId")
            assignee = (
                decode_id(input.assignee_id, "User", "assigneeId") if input.assignee_id else None
            )
            point = (
                decode_id(input.talking_point_id, "TalkingPoint", "talkingPointId")
                if input.talking_point_id
                else None
            )
            async with info.context.db.write() as session:
                row = await service.add(
                    session,
                    actor,
                    meeting_id,
                    title=input.title,
                    assignee_id=assignee,
                    due_on=input.due_on,
                    talking_point_id=point,
                    now=info.context.now(),
                )
        except Invalid as exc:
            return ActionItemPayload(errors=user_errors(exc))
        return ActionItemPayload(action_item=ActionItem.from_model(row))

    @strawberry.mutation(description="Change, complete or reopen an action item.")
    async def update_action_item(
        self, info: Info[Context, Any], input: UpdateActionItemInput
    ) -> ActionItemPayload:
        actor = info.context.require_viewer().actor
        try:
            item_id = decode_id(input.action_item_id, "ActionItem", "actionItemId")
            changes = service.Changes(
                title=input.title,
                assignee_id=decode_id(input.assignee_id, "User", "assigneeId")
                if input.assignee_id
                else None,
                due_on=input.due_on,
                clear_due_on=input.clear_due_on,
                done=input.done,
            )
            async with info.context.db.write() as session:
                row = await service.change(session, actor, item_id, changes, info.context.now())
        except Invalid as exc:
            return ActionItemPayload(errors=user_errors(exc))
        return ActionItemPayload(action_item=ActionItem.from_model(row))
