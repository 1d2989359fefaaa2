"""Counting failed password checks in a sliding window, and how long to wait once over."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from sqlalchemy import ColumnElement, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from tandem.domain.identity.models import SignInAttempt


class Purpose(StrEnum):
    SIGN_IN = "sign_in"
    CHANGE_PASSWORD = "change_password"


@dataclass(frozen=True)
class Limited:
    retry_after_seconds: int


async def over_limit(
    session: AsyncSession,
    purpose: Purpose,
    *conditions: ColumnElement[bool],
    limit: int,
    window: timedelta,
    now: datetime,
) -> Limited | None:
    """`Limited` when `limit` failures matching `conditions` fall in the window ending now."""
    row = await session.execute(
        select(func.count(), func.min(SignInAttempt.at)).where(
            SignInAttempt.purpose == purpose.value,
            SignInAttempt.at > now - window,
            SignInAttempt.succeeded.is_(False),
            *conditions,
        )
    )
    count, oldest = row.one()
    if count < limit:
        return None
    assert oldest is not None
    oldest_utc = oldest if oldest.tzinfo else oldest.replace(tzinfo=now.tzinfo)
    wait = (oldest_utc + window - now).total_seconds()
    return Limited(max(1, int(wait) + 1))


async def begin_attempt(
    session: AsyncSession,
    purpose: Purpose,
    *,
    email_key: str,
    ip: str,
    now: datetime,
    device_id: uuid.UUID | None = None,
) -> SignInAttempt:
    """Record an attempt as failed before the password is checked (so concurrent attempts all
    count); `succeeded` marks it otherwise."""
    attempt = SignInAttempt(
        purpose=purpose.value,
        email_key=email_key[:320],
        ip=ip[:64],
        device_id=device_id,
        succeeded=False,
        at=now,
    )
    session.add(attempt)
    await session.flush()
    return attempt


async def succeeded(session: AsyncSession, attempt_id: int) -> None:
    await session.execute(
        update(SignInAttempt).where(SignInAttempt.id == attempt_id).values(succeeded=True)
    )
