"""Admins' mutations on accounts and the org chart."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Any

import strawberry
from sqlalchemy.ext.asyncio import AsyncSession
from strawberry.types import Info

from tandem.auth.viewer import link_policy
from tandem.domain.actor import Actor
from tandem.domain.errors import Invalid
from tandem.domain.people import models
from tandem.domain.people import service as people
from tandem.graphql.context import Context
from tandem.graphql.errors import UserError, decode_id, user_errors
from tandem.graphql.people.inputs import (
    ChangeManagerInput,
    CreateUserInput,
    UpdateUserInput,
    UserIdInput,
)
from tandem.graphql.people.types import User


@strawberry.type(description="The result of createUser.")
class CreateUserPayload:
    user: User | None = strawberry.field(default=None, description="The new person.")
    invitation_expires_at: datetime | None = strawberry.field(
        default=None,
        description="Until when the emailed link to choose a password works (it can be sent "
        "again with resetUserPassword).",
    )
    errors: list[UserError] = strawberry.field(
        default_factory=list, description="What was wrong; nothing was changed."
    )


@strawberry.type(description="The result of a change to a person.")
class UpdateUserPayload:
    user: User | None = strawberry.field(default=None, description="The person, as changed.")
    errors: list[UserError] = strawberry.field(
        default_factory=list, description="What was wrong; nothing was changed."
    )


@strawberry.type
class PeopleMutation:
    @strawberry.mutation(
        description="Add a person (admins). They are emailed a single-use link to choose their "
        "password; nobody else ever knows it."
    )
    async def create_user(
        self, info: Info[Context, Any], input: CreateUserInput
    ) -> CreateUserPayload:
        actor = info.context.require_viewer().actor
        policy = link_policy(info.context.settings)
        try:
            manager_id = (
                decode_id(input.manager_id, "User", "managerId") if input.manager_id else None
            )
            async with info.context.db.write() as session:
                user, expires_at = await people.invite_user(
                    session,
                    actor,
                    people.NewUser(
                        name=input.name,
                        email=input.email,
                        title=input.title,
                        timezone=input.timezone,
                        manager_id=manager_id,
                        is_admin=input.is_admin,
                    ),
                    policy,
                )
        except Invalid as exc:
            return CreateUserPayload(errors=user_errors(exc))
        return CreateUserPayload(user=User.from_model(user), invitation_expires_at=expires_at)

    @strawberry.mutation(
        description="Edit a person's account (admins). A new email address applies only once "
        "it is confirmed from that address (a link is emailed there, a notice to the old one); "
        "meanwhile it shows as `pendingEmail`."
    )
    async def update_user(
        self, info: Info[Context, Any], input: UpdateUserInput
    ) -> UpdateUserPayload:
        changes = people.UserChanges(
            name=input.name,
            email=input.email,
            title=input.title,
            timezone=input.timezone,
            is_admin=input.is_admin,
        )
        policy = link_policy(info.context.settings)
        return await _change_user(
            info,
            lambda session, actor: people.update_user(
                session, actor, decode_id(input.id, "User", "id"), changes, policy
            ),
        )

    @strawberry.mutation(description="Give a person a new manager, or none (admins).")
    async def change_manager(
        self, info: Info[Context, Any], input: ChangeManagerInput
    ) -> UpdateUserPayload:
        return await _change_user(
            info,
            lambda session, actor: people.change_manager(
                session,
                actor,
                decode_id(input.user_id, "User", "userId"),
                decode_id(input.manager_id, "User", "managerId") if input.manager_id else None,
            ),
        )

    @strawberry.mutation(
        description="Deactivate a person (admins): their sessions, tokens and live connections "
        "end at once; their history stays."
    )
    async def deactivate_user(
        self, info: Info[Context, Any], input: UserIdInput
    ) -> UpdateUserPayload:
        return await _change_user(
            info,
            lambda session, actor: people.deactivate_user(
                session, actor, decode_id(input.id, "User", "id")
            ),
        )

    @strawberry.mutation(description="Reactivate a deactivated person (admins).")
    async def reactivate_user(
        self, info: Info[Context, Any], input: UserIdInput
    ) -> UpdateUserPayload:
        return await _change_user(
            info,
            lambda session, actor: people.reactivate_user(
                session, actor, decode_id(input.id, "User", "id")
            ),
        )


Change = Callable[[AsyncSession, Actor], Awaitable[models.User]]


async def _change_user(info: Info[Context, Any], change: Change) -> UpdateUserPayload:
    """Run `change` as the viewer in one writing unit of work; input errors (including a bad
    ID, decoded inside `change`) become payload errors and change nothing."""
    actor = info.context.require_viewer().actor
    try:
        async with info.context.db.write() as session:
            user = await change(session, actor)
    except Invalid as exc:
        return UpdateUserPayload(errors=user_errors(exc))
    return UpdateUserPayload(user=User.from_model(user))
