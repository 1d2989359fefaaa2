"""Writing email into the outbox, inside the unit of work that causes it."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from tandem.db.base import utcnow
from tandem.db.events import Event, emit
from tandem.mail.models import OutboxMessage
from tandem.mail.render import Rendered

OUTBOX_EVENT = "outbox.enqueued"


@dataclass(frozen=True)
class Attachment:
    filename: str
    content: str
    # iTIP method of a text/calendar attachment: REQUEST, CANCEL or PUBLISH.
    method: str = "REQUEST"


@dataclass(frozen=True)
class Email:
    to_address: str
    kind: str
    subject: str
    text_body: str
    html_body: str
    to_user_id: uuid.UUID | None = None
    attachments: list[Attachment] = field(default_factory=list)

    @classmethod
    def of(
        cls,
        rendered: Rendered,
        *,
        to_address: str,
        kind: str,
        to_user_id: uuid.UUID | None = None,
        attachments: list[Attachment] | None = None,
    ) -> Email:
        """The email of a rendered message."""
        return cls(
            to_address=to_address,
            kind=kind,
            subject=rendered.subject,
            text_body=rendered.text,
            html_body=rendered.html,
            to_user_id=to_user_id,
            attachments=attachments or [],
        )


async def enqueue(session: AsyncSession, email: Email, idempotency_key: str) -> bool:
    """Queue `email` for delivery once; False when this key was queued already."""
    existing = await session.execute(
        select(OutboxMessage.id).where(OutboxMessage.idempotency_key == idempotency_key)
    )
    if existing.first() is not None:
        return False
    session.add(
        OutboxMessage(
            idempotency_key=idempotency_key,
            to_user_id=email.to_user_id,
            to_address=email.to_address,
            kind=email.kind,
            subject=email.subject,
            text_body=email.text_body,
            html_body=email.html_body,
            attachments=[
                {"filename": a.filename, "content": a.content, "method": a.method}
                for a in email.attachments
            ],
            next_attempt_at=utcnow(),
        )
    )
    emit(session, Event(OUTBOX_EVENT, {}))
    return True
