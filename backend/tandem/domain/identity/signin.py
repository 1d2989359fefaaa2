"""Password sign-in, throttled so that nobody can lock anyone out (OWASP's device cookies):

- failures count per (account, address) and per address, so guessing from one place is slowed
  without touching the person elsewhere;
- failures from unknown browsers also count per account, against guessing from many addresses;
- a browser that signed in to the account before (a known device) skips those and is limited
  on its own count only, so no attack from elsewhere locks it out.

argon2 runs off the event loop and outside any transaction; the attempt is recorded as failed
before the check, so a burst of concurrent guesses all count."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, select
from sqlalchemy.ext.asyncio import AsyncSession

from tandem.db.base import utcnow
from tandem.db.engine import Database, lock_key
from tandem.domain.identity import passwords, throttle
from tandem.domain.identity.models import AuthSession, KnownDevice, SignInAttempt
from tandem.domain.identity.secrets import digest, new_secret
from tandem.domain.identity.sessions import SessionPolicy
from tandem.domain.people.models import User
from tandem.domain.people.rules import email_key


@dataclass(frozen=True)
class SignedIn:
    user: User
    session: AuthSession
    secret: str
    # The browser's device cookie for this account (new, or the one it sent, renewed).
    device_secret: str


@dataclass(frozen=True)
class RateLimited:
    retry_after_seconds: int


@dataclass(frozen=True)
class BadCredentials:
    pass


async def sign_in(
    db: Database,
    policy: SessionPolicy,
    *,
    email: str,
    password: str,
    ip: str,
    user_agent: str = "",
    device_secret: str | None = None,
) -> SignedIn | RateLimited | BadCredentials:
    now = utcnow()
    key = email_key(email)
    async with db.write() as session:
        await lock_key(session, "sign-in:" + key)
        user = (
            await session.execute(select(User).where(User.email_key == key))
        ).scalar_one_or_none()
        device = await _known_device(session, user, device_secret, now)
        limited = await _throttle(session, key, ip, device, now, policy)
        if limited is not None:
            return RateLimited(limited.retry_after_seconds)
        attempt = await throttle.begin_attempt(
            session,
            throttle.Purpose.SIGN_IN,
            email_key=key,
            ip=ip,
            now=now,
            device_id=device.id if device else None,
        )
    ok = await passwords.verify_password_async(user.password_hash if user else None, password)
    if not ok or user is None or not user.is_active:
        return BadCredentials()
    async with db.write() as session:
        await throttle.succeeded(session, attempt.id)
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
        kept = await _remember_device(session, user, device, device_secret, now, policy)
    return SignedIn(user, auth, secret, kept)


async def _known_device(
    session: AsyncSession, user: User | None, secret: str | None, now: datetime
) -> KnownDevice | None:
    """The known device of this account the browser's cookie names, if it is one."""
    if user is None or not secret:
        return None
    row = await session.execute(
        select(KnownDevice).where(
            KnownDevice.secret_hash == digest(secret[:200]),
            KnownDevice.user_id == user.id,
            KnownDevice.expires_at > now,
        )
    )
    return row.scalar_one_or_none()


async def _throttle(
    session: AsyncSession,
    key: str,
    ip: str,
    device: KnownDevice | None,
    now: datetime,
    policy: SessionPolicy,
) -> throttle.Limited | None:
    checks: list[tuple[ColumnElement[bool], int]]
    if device is not None:
        checks = [(SignInAttempt.device_id == device.id, policy.max_failures_per_client)]
    else:
        checks = [
            (
                (SignInAttempt.email_key == key) & (SignInAttempt.ip == ip[:64]),
                policy.max_failures_per_client,
            ),
            (SignInAttempt.ip == ip[:64], policy.max_failures_per_ip),
            (
                (SignInAttempt.email_key == key) & SignInAttempt.device_id.is_(None),
                policy.max_failures_per_account,
            ),
        ]
    for condition, limit in checks:
        limited = await throttle.over_limit(
            session,
            throttle.Purpose.SIGN_IN,
            condition,
            limit=limit,
            window=policy.window,
            now=now,
        )
        if limited is not None:
            return limited
    return None


async def _remember_device(
    session: AsyncSession,
    user: User,
    device: KnownDevice | None,
    secret: str | None,
    now: datetime,
    policy: SessionPolicy,
) -> str:
    if device is not None and secret:
        known = await session.get(KnownDevice, device.id)
        if known is not None:
            known.last_used_at = now
            known.expires_at = now + policy.known_device_ttl
            return secret
    fresh = new_secret()
    session.add(
        KnownDevice(
            user_id=user.id,
            secret_hash=digest(fresh),
            created_at=now,
            last_used_at=now,
            expires_at=now + policy.known_device_ttl,
        )
    )
    return fresh
