"""What admins see of email delivery: the facts of failures, never the content (an email about
a 1:1 is private to its two people)."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from tandem.db.pagination import Page, keyset_page
from tandem.domain.actor import Actor
from tandem.domain.errors import ErrorCode, invalid
from tandem.mail.models import OutboxMessage


async def failed_messages(
    session: AsyncSession, actor: Actor, *, first: int | None, after: str | None
) -> Page[OutboxMessage]:
    actor.require_admin()
    return await keyset_page(
        session,
        select(OutboxMessage).where(OutboxMessage.failed_at.is_not(None)),
        [OutboxMessage.created_at, OutboxMessage.id],
        first=first,
        after=after,
        key_types=(datetime, uuid.UUID),
        descending=True,
    )


async def retry(
    session: AsyncSession, actor: Actor, message_id: uuid.UUID, now: datetime
) -> OutboxMessage:
    """Give a failed email another round of attempts."""
    actor.require_admin()
    row = await session.get(OutboxMessage, message_id)
    if row is None or row.failed_at is None:
        raise invalid("id", "No such failed email.", ErrorCode.NOT_FOUND)
    row.failed_at = None
    row.attempts = 0
    row.next_attempt_at = now
    row.last_error = None
    return row
