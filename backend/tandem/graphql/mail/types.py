"""`FailedEmail`: delivery facts without content."""

from __future__ import annotations

from datetime import datetime

import strawberry
from strawberry import relay

from tandem.mail.models import OutboxMessage


@strawberry.type(
    description="An email Tandem gave up delivering. Admins see who and why, never the content."
)
class FailedEmail(relay.Node):
    id: relay.NodeID[str]
    to_address: str = strawberry.field(description="The recipient.")
    kind: str = strawberry.field(description="What it was about (e.g. INVITATION, REMINDER).")
    attempts: int = strawberry.field(description="How often delivery was tried.")
    last_error: str | None = strawberry.field(description="What the mail server said last.")
    created_at: datetime = strawberry.field(description="When it was queued.")
    failed_at: datetime | None = strawberry.field(description="When Tandem gave up.")

    @classmethod
    def from_model(cls, m: OutboxMessage) -> FailedEmail:
        return cls(
            id=str(m.id),
            to_address=m.to_address,
            kind=m.kind,
            attempts=m.attempts,
            last_error=m.last_error,
            created_at=m.created_at,
            failed_at=m.failed_at,
        )
