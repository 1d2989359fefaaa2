"""Password, session and token mutations."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import strawberry
from strawberry.types import Info

from tandem.auth.viewer import link_policy
from tandem.domain.errors import ErrorCode, Invalid
from tandem.domain.identity import accounts, sessions, tokens
from tandem.domain.identity.throttle import Limited
from tandem.domain.identity.tokens import Scope
from tandem.graphql.context import Context
from tandem.graphql.errors import UserError, decode_id, user_errors
from tandem.graphql.identity.inputs import (
    ChangePasswordInput,
    CreatePersonalAccessTokenInput,
    RevokePersonalAccessTokenInput,
)
from tandem.graphql.identity.types import PersonalAccessToken
from tandem.graphql.people.inputs import UserIdInput
from tandem.graphql.people.types import User

ERRORS_DESCRIPTION = "What was wrong; nothing was changed."


@strawberry.type(description="The result of resetUserPassword.")
class ResetUserPasswordPayload:
    user: User | None = strawberry.field(default=None, description="The person.")
    link_expires_at: datetime | None = strawberry.field(
        default=None, description="Until when the emailed link works."
    )
    errors: list[UserError] = strawberry.field(default_factory=list, description=ERRORS_DESCRIPTION)


@strawberry.type(description="The result of changePassword.")
class ChangePasswordPayload:
    user: User | None = strawberry.field(default=None, description="The viewer.")
    retry_after_seconds: int | None = strawberry.field(
        default=None,
        description="With a RATE_LIMITED error: seconds until the current password is checked "
        "again.",
    )
    errors: list[UserError] = strawberry.field(default_factory=list, description=ERRORS_DESCRIPTION)


@strawberry.type(description="The result of signOutEverywhere.")
class SignOutEverywherePayload:
    ended_sessions: int = strawberry.field(default=0, description="How many sessions ended.")
    errors: list[UserError] = strawberry.field(default_factory=list, description=ERRORS_DESCRIPTION)


@strawberry.type(description="The result of createPersonalAccessToken.")
class CreatePersonalAccessTokenPayload:
    token: PersonalAccessToken | None = strawberry.field(default=None, description="The token.")
    secret: str | None = strawberry.field(
        default=None, description="The token itself, shown only now."
    )
    errors: list[UserError] = strawberry.field(default_factory=list, description=ERRORS_DESCRIPTION)


@strawberry.type(description="The result of revokePersonalAccessToken.")
class RevokePersonalAccessTokenPayload:
    token: PersonalAccessToken | None = strawberry.field(default=None, description="The token.")
    errors: list[UserError] = strawberry.field(default_factory=list, description=ERRORS_DESCRIPTION)


@strawberry.type
class IdentityMutation:
    @strawberry.mutation(
        description="Reset a person's password (admins): it stops working now, their sessions "
        "end with the tokens created from them, and the person is emailed a single-use link to "
        "set a new one. Nobody but the person sees a password."
    )
    async def reset_user_password(
        self, info: Info[Context, Any], input: UserIdInput
    ) -> ResetUserPasswordPayload:
        actor = info.context.require_viewer().actor
        policy = link_policy(info.context.settings)
        try:
            user_id = decode_id(input.id, "User", "id")
            async with info.context.db.write() as session:
                user, expires_at = await accounts.send_password_reset(
                    session, actor, user_id, policy
                )
        except Invalid as exc:
            return ResetUserPasswordPayload(errors=user_errors(exc))
        return ResetUserPasswordPayload(user=User.from_model(user), link_expires_at=expires_at)

    @strawberry.mutation(
        description="Change one's own password. Other sessions end, with the tokens created "
        "from them; this one stays."
    )
    async def change_password(
        self, info: Info[Context, Any], input: ChangePasswordInput
    ) -> ChangePasswordPayload:
        viewer = info.context.require_viewer()
        settings = info.context.settings
        limit = accounts.PasswordChangeLimit(
            max_failures=settings.password_change_max_failures,
            window=timedelta(minutes=settings.sign_in_window_minutes),
        )
        try:
            result = await accounts.change_password(
                info.context.db,
                viewer.actor,
                current=input.current_password,
                new=input.new_password,
                keep_session_id=viewer.session_id,
                limit=limit,
            )
        except Invalid as exc:
            return ChangePasswordPayload(errors=user_errors(exc))
        if isinstance(result, Limited):
            wait = result.retry_after_seconds
            return ChangePasswordPayload(
                retry_after_seconds=wait,
                errors=[
                    UserError(
                        field="currentPassword",
                        message=f"Too many wrong passwords. Try again in {wait} seconds.",
                        code=ErrorCode.RATE_LIMITED,
                    )
                ],
            )
        return ChangePasswordPayload(user=User.from_model(result))

    @strawberry.mutation(
        description="End every browser session of the viewer, this one too, and the tokens "
        "created from those sessions (one of them may have been stolen)."
    )
    async def sign_out_everywhere(self, info: Info[Context, Any]) -> SignOutEverywherePayload:
        viewer = info.context.require_viewer()
        async with info.context.db.write() as session:
            ended = await sessions.sign_out_everywhere(session, viewer.user_id)
        return SignOutEverywherePayload(ended_sessions=ended)

    @strawberry.mutation(description="Create a personal access token for a program.")
    async def create_personal_access_token(
        self, info: Info[Context, Any], input: CreatePersonalAccessTokenInput
    ) -> CreatePersonalAccessTokenPayload:
        viewer = info.context.require_viewer()
        try:
            async with info.context.db.write() as session:
                created = await tokens.create_token(
                    session,
                    viewer.user_id,
                    name=input.name,
                    scope=Scope(input.scope.value),
                    expires_in_days=input.expires_in_days,
                    minted_by_session_id=viewer.session_id,
                    minted_by_token_id=viewer.token_id,
                    actor_id=viewer.user_id,
                )
        except Invalid as exc:
            return CreatePersonalAccessTokenPayload(errors=user_errors(exc))
        return CreatePersonalAccessTokenPayload(
            token=PersonalAccessToken.from_model(created.token), secret=created.secret
        )

    @strawberry.mutation(description="Revoke one of the viewer's tokens; it stops working now.")
    async def revoke_personal_access_token(
        self, info: Info[Context, Any], input: RevokePersonalAccessTokenInput
    ) -> RevokePersonalAccessTokenPayload:
        viewer = info.context.require_viewer()
        try:
            token_id = decode_id(input.id, "PersonalAccessToken", "id")
            async with info.context.db.write() as session:
                token = await tokens.revoke_token(session, viewer.actor, token_id)
        except Invalid as exc:
            return RevokePersonalAccessTokenPayload(errors=user_errors(exc))
        return RevokePersonalAccessTokenPayload(token=PersonalAccessToken.from_model(token))
