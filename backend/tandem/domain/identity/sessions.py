"""Browser sessions: sign-in with throttling, look-up with expiry, sign-out."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from tandem.db.base import utcnow
from tandem.db.engine import lock_key
from tandem.domain.identity import audit, credentials, passwords, throttle
from tandem.domain.identity.models import AuthSession, SignInAttempt
from tandem.domain.identity.secrets import digest, new_secret
from tandem.domain.people.models import User
from tandem.domain.people.rules import email_key

# last_seen_at is written at most this often, so reads rarely write.
TOUCH_EVERY = timedelta(minutes=5)


@dataclass(frozen=True)
class SessionPolicy:
    ttl: timedelta
    idle: timedelta
    max_failures_per_account: int
    max_failures_per_ip: int
    window: timedelta


@dataclass(frozen=True)
class SignedIn:
    user: User
    session: AuthSession
    secret: str


@dataclass(frozen=True)
class RateLimited:
    retry_after_seconds: int


@dataclass(frozen=True)
class BadCredentials:
    pass


async def sign_in(
    session: AsyncSession,
    policy: SessionPolicy,
    *,
    email: str,
    password: str,
    ip: str,
    user_agent: str = "",
) -> SignedIn | RateLimited | BadCredentials:
    """Check a password sign-in. Every attempt is logged (that is the throttle's memory), so
    the caller must commit whatever this returns."""
    now = utcnow()
    key = email_key(email)
    since = now - policy.window
    await lock_key(session, "sign-in:" + key)
    limited = await _throttle(session, key, ip, since, now, policy)
    if limited is not None:
        return limited
    user = (await session.execute(select(User).where(User.email_key == key))).scalar_one_or_none()
    ok = await passwords.verify_password_async(user.password_hash if user else None, password)
    ok = ok and user is not None and user.is_active
    session.add(SignInAttempt(email_key=key[:320], ip=ip[:64], succeeded=ok, at=now))
    if not ok or user is None:
        return BadCredentials()
    secret = new_secret()
    auth = AuthSession(
        user_id=user.id,
        secret_hash=digest(secret),
        csrf_token=new_secret(),
        created_at=now,
        last_seen_at=now,
        expires_at=now + policy.ttl,
        user_agent=user_agent[:300],
    )
    session.add(auth)
    await session.flush()
    return SignedIn(user, auth, secret)


async def _throttle(
    session: AsyncSession,
    key: str,
    ip: str,
    since: datetime,
    now: datetime,
    policy: SessionPolicy,
) -> RateLimited | None:
    for condition, limit in (
        (SignInAttempt.email_key == key, policy.max_failures_per_account),
        (SignInAttempt.ip == ip, policy.max_failures_per_ip),
    ):
        limited = await throttle.over_limit(
            session,
            throttle.Purpose.SIGN_IN,
            condition,
            limit=limit,
            window=now - since,
            now=now,
        )
        if limited is not None:
            return RateLimited(limited.retry_after_seconds)
    return None


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
    """Forget expired sessions and old sign-in attempts."""
    now = utcnow()
    await session.execute(delete(AuthSession).where(AuthSession.expires_at <= now))
    await session.execute(
        delete(SignInAttempt).where(SignInAttempt.at <= now - max(policy.window, timedelta(days=1)))
    )
