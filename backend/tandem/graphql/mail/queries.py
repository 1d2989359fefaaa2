"""Admins' view of failed email, and a retry."""

from __future__ import annotations

from typing import Annotated, Any

import strawberry
from strawberry.types import Info

from tandem.domain.errors import Invalid
from tandem.graphql.context import Context
from tandem.graphql.errors import UserError, decode_id, user_errors
from tandem.graphql.mail.types import FailedEmail
from tandem.graphql.relay import Connection, connection
from tandem.mail import admin


@strawberry.type
class MailQuery:
    @strawberry.field(description="Emails Tandem gave up delivering, newest first (admins).")
    async def failed_emails(
        self,
        info: Info[Context, Any],
        first: Annotated[int | None, strawberry.argument(description="1 to 100.")] = 20,
        after: Annotated[
            str | None, strawberry.argument(description="The endCursor of the previous page.")
        ] = None,
    ) -> Connection[FailedEmail]:
        viewer = info.context.require_viewer()
        async with info.context.db.read() as session:
            page = await admin.failed_messages(session, viewer.actor, first=first, after=after)
        return connection(page, FailedEmail.from_model)


@strawberry.input(description="Names a failed email.")
class RetryFailedEmailInput:
    id: strawberry.ID = strawberry.field(description="The failed email.")


@strawberry.type(description="The result of retryFailedEmail.")
class RetryFailedEmailPayload:
    retried: bool = strawberry.field(default=False, description="Queued again.")
    errors: list[UserError] = strawberry.field(
        default_factory=list, description="What was wrong; nothing was changed."
    )


@strawberry.type
class MailMutation:
    @strawberry.mutation(description="Queue a failed email again (admins).")
    async def retry_failed_email(
        self, info: Info[Context, Any], input: RetryFailedEmailInput
    ) -> RetryFailedEmailPayload:
        viewer = info.context.require_viewer()
        try:
            message_id = decode_id(input.id, "FailedEmail", "id")
            async with info.context.db.write() as session:
                await admin.retry(session, viewer.actor, message_id, info.context.now())
        except Invalid as exc:
            return RetryFailedEmailPayload(errors=user_errors(exc))
        return RetryFailedEmailPayload(retried=True)
