"""Browser sessions: look-up with expiry, sign-out, housekeeping (sign-in is `signin.py`)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from tandem.db.base import utcnow
from tandem.domain.identity import audit, credentials
from tandem.domain.identity.models import AccountLink, AuthSession, KnownDevice, SignInAttempt
from tandem.domain.identity.secrets import digest
from tandem.domain.people.models import User

# last_seen_at is written at most this often, so reads rarely write.
TOUCH_EVERY = timedelta(minutes=5)
LINKS_KEPT = timedelta(days=30)


@dataclass(frozen=True)
class SessionPolicy:
    ttl: timedelta
    idle: timedelta
    # Failed sign-ins per (account, address) and per known device.
    max_failures_per_client: int
    # Failed sign-ins per address, any account.
    max_failures_per_ip: int
    # Failed sign-ins per account from unknown browsers, any address (distributed guessing).
    max_failures_per_account: int
    window: timedelta
    known_device_ttl: timedelta


@dataclass(frozen=True)
class SessionUser:
    user: User
    session: AuthSession


async def find_session(
    session: AsyncSession, policy: SessionPolicy, secret: str
) -> SessionUser | None:
    """The live session for a cookie secret, or None when unknown, expired or deactivated."""
    return await _live_session(session, policy, AuthSession.secret_hash == digest(secret))


async def session_by_id(
    session: AsyncSession, policy: SessionPolicy, session_id: uuid.UUID
) -> SessionUser | None:
    """The live session of this id (a socket re-checking the credential it opened with)."""
    return await _live_session(session, policy, AuthSession.id == session_id)


async def _live_session(
    session: AsyncSession, policy: SessionPolicy, condition: ColumnElement[bool]
) -> SessionUser | None:
    row = await session.execute(
        select(AuthSession, User).join(User, User.id == AuthSession.user_id).where(condition)
    )
    found = row.one_or_none()
    if found is None:
        return None
    auth, user = found
    if not user.is_active or ends_at(auth, policy) <= utcnow():
        return None
    return SessionUser(user, auth)


def ends_at(auth: AuthSession, policy: SessionPolicy) -> datetime:
    """When the session ends unless it is used before: its absolute or its idle expiry."""
    return min(auth.expires_at, auth.last_seen_at + policy.idle)


def needs_touch(auth: AuthSession) -> bool:
    return utcnow() - auth.last_seen_at > TOUCH_EVERY


async def touch(session: AsyncSession, session_id: uuid.UUID) -> None:
    auth = await session.get(AuthSession, session_id)
    if auth is not None:
        auth.last_seen_at = utcnow()


async def sign_out(session: AsyncSession, session_id: uuid.UUID) -> None:
    await credentials.end_session(session, session_id)


async def sign_out_everywhere(session: AsyncSession, user_id: uuid.UUID) -> int:
    """End every session of the person, and the tokens minted over them (one of them may have
    been stolen); their live connections close on the event."""
    ended = await credentials.end_sessions(session, user_id, revoke_minted=True)
    audit.record(
        session,
        audit.Action.SESSIONS_ENDED_EVERYWHERE,
        actor_id=user_id,
        subject_id=user_id,
        sessions=ended,
    )
    return ended


async def purge_expired(session: AsyncSession, policy: SessionPolicy) -> None:
    """Forget expired sessions, known devices and emailed links, and old sign-in attempts."""
    now = utcnow()
    await session.execute(delete(AuthSession).where(AuthSession.expires_at <= now))
    await session.execute(
        delete(SignInAttempt).where(SignInAttempt.at <= now - max(policy.window, timedelta(days=1)))
    )
    await session.execute(delete(KnownDevice).where(KnownDevice.expires_at <= now))
    # Spent or expired emailed links are of no use; the audit table keeps what happened.
    await session.execute(delete(AccountLink).where(AccountLink.expires_at <= now - LINKS_KEPT))
