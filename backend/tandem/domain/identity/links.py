"""Emailed links: single-use, expiring, stored as digests. A new link of one purpose retires
the person's earlier ones of that purpose."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from tandem.db.base import utcnow
from tandem.domain.identity.models import AccountLink
from tandem.domain.identity.secrets import digest, new_secret


class Purpose(StrEnum):
    PASSWORD_RESET = "password_reset"
    EMAIL_CHANGE = "email_change"


@dataclass(frozen=True)
class LinkPolicy:
    """Where links point and how long they work."""

    base_url: str
    password_reset_ttl: timedelta
    email_confirmation_ttl: timedelta
    invitation_ttl: timedelta

    def url(self, path: str, secret: str) -> str:
        # The secret rides in the fragment: browsers never send it to a server or in a Referer.
        return f"{self.base_url.rstrip('/')}/{path}#token={secret}"


@dataclass(frozen=True)
class Issued:
    link: AccountLink
    secret: str


class LinkInvalid(Exception):
    """Unknown, used, replaced or expired: all look the same to the person holding it."""


async def issue(
    session: AsyncSession,
    user_id: uuid.UUID,
    purpose: Purpose,
    ttl: timedelta,
    *,
    created_by_id: uuid.UUID | None,
    new_email: str | None = None,
) -> Issued:
    now = utcnow()
    await _retire(session, [user_id], purpose, now)
    secret = new_secret()
    link = AccountLink(
        user_id=user_id,
        purpose=purpose.value,
        secret_hash=digest(secret),
        new_email=new_email,
        created_by_id=created_by_id,
        created_at=now,
        expires_at=now + ttl,
    )
    session.add(link)
    await session.flush()
    return Issued(link, secret)


async def find(session: AsyncSession, secret: str, purpose: Purpose) -> AccountLink:
    """The link, if it works now (without spending it); `LinkInvalid` otherwise."""
    return await _usable(session, secret, purpose, lock=False)


async def redeem(session: AsyncSession, secret: str, purpose: Purpose) -> AccountLink:
    """Spend a link: it never works again (if the unit of work commits). `LinkInvalid` when it
    does not work now."""
    link = await _usable(session, secret, purpose, lock=True)
    link.used_at = utcnow()
    return link


async def _usable(
    session: AsyncSession, secret: str, purpose: Purpose, *, lock: bool
) -> AccountLink:
    stmt = select(AccountLink).where(
        AccountLink.secret_hash == digest(secret), AccountLink.purpose == purpose.value
    )
    link = (await session.execute(stmt.with_for_update() if lock else stmt)).scalar_one_or_none()
    if link is None or link.used_at is not None or link.expires_at <= utcnow():
        raise LinkInvalid
    return link


async def retire(session: AsyncSession, user_ids: Sequence[uuid.UUID], purpose: Purpose) -> None:
    """Make the people's open links of this purpose stop working."""
    await _retire(session, user_ids, purpose, utcnow())


async def _retire(
    session: AsyncSession, user_ids: Sequence[uuid.UUID], purpose: Purpose, now: datetime
) -> None:
    await session.execute(
        update(AccountLink)
        .where(
            AccountLink.user_id.in_(list(user_ids)),
            AccountLink.purpose == purpose.value,
            AccountLink.used_at.is_(None),
        )
        .values(used_at=now)
    )


async def pending_emails(
    session: AsyncSession, user_ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, str]:
    """The address each person's email is waiting to change to, if any."""
    if not user_ids:
        return {}
    rows = await session.execute(
        select(AccountLink.user_id, AccountLink.new_email).where(
            AccountLink.user_id.in_(set(user_ids)),
            AccountLink.purpose == Purpose.EMAIL_CHANGE.value,
            AccountLink.used_at.is_(None),
            AccountLink.expires_at > utcnow(),
        )
    )
    return {user_id: email for user_id, email in rows.all() if email is not None}
