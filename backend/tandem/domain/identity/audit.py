"""The audit table: what was done to accounts, by whom. Written in the same unit of work as the
change, so a change is never without its record (and a refused change leaves none)."""

from __future__ import annotations

import uuid
from enum import StrEnum
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from tandem.db.base import utcnow
from tandem.domain.identity.models import AuditEvent


class Action(StrEnum):
    USER_CREATED = "user.created"
    USER_DEACTIVATED = "user.deactivated"
    USER_REACTIVATED = "user.reactivated"
    ADMIN_GRANTED = "admin.granted"
    ADMIN_REMOVED = "admin.removed"
    EMAIL_CHANGE_REQUESTED = "email.change_requested"
    EMAIL_CHANGED = "email.changed"
    PASSWORD_RESET_LINK_SENT = "password.reset_link_sent"
    PASSWORD_RESET = "password.reset"
    PASSWORD_CHANGED = "password.changed"
    PASSWORD_SET_BY_OPERATOR = "password.set_by_operator"
    TOKEN_CREATED = "token.created"
    TOKEN_REVOKED = "token.revoked"
    SESSIONS_ENDED_EVERYWHERE = "sessions.ended_everywhere"


def record(
    session: AsyncSession,
    action: Action,
    *,
    actor_id: uuid.UUID | None,
    subject_id: uuid.UUID | None,
    **details: Any,
) -> None:
    """Add one audit event. `actor_id` None: the operator (CLI). Never pass a secret in
    `details`: passwords, token secrets and link tokens stay out."""
    session.add(
        AuditEvent(
            at=utcnow(),
            actor_id=actor_id,
            action=action.value,
            subject_id=subject_id,
            details=details,
        )
    )
