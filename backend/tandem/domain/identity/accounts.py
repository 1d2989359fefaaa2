"""Passwords: the person's change, the admin's reset by emailed link, the operator's set."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from tandem.db.base import utcnow
from tandem.db.engine import Database, lock_key
from tandem.domain.actor import Actor
from tandem.domain.errors import ErrorCode, invalid
from tandem.domain.identity import audit, credentials, links, notices, passwords, throttle
from tandem.domain.identity.links import LinkPolicy
from tandem.domain.identity.models import SignInAttempt
from tandem.domain.people import service as people
from tandem.domain.people.models import User


@dataclass(frozen=True)
class PasswordChangeLimit:
    """Wrong current passwords allowed per account in the window."""

    max_failures: int
    window: timedelta


async def change_password(
    db: Database,
    actor: Actor,
    *,
    current: str,
    new: str,
    keep_session_id: uuid.UUID | None,
    limit: PasswordChangeLimit,
) -> User | throttle.Limited:
    """Change one's own password; every other session of the person ends, with the tokens
    minted over those sessions. Whoever holds a session cannot guess the password through this:
    past `limit` wrong current passwords, the next attempts are refused unchecked. argon2 runs
    off the event loop and outside any transaction."""
    async with db.read() as session:
        user = await people.get_user(session, actor.user_id)
    passwords.check_policy(new, "newPassword", email=user.email, name=user.name)
    if current == new:
        raise invalid("newPassword", "Choose a new password.", ErrorCode.INVALID)
    now = utcnow()
    async with db.write() as session:
        await lock_key(session, f"password-change:{user.id}")
        limited = await throttle.over_limit(
            session,
            throttle.Purpose.CHANGE_PASSWORD,
            SignInAttempt.email_key == user.email_key,
            limit=limit.max_failures,
            window=limit.window,
            now=now,
        )
        if limited is not None:
            return limited
        attempt = await throttle.begin_attempt(
            session, throttle.Purpose.CHANGE_PASSWORD, email_key=user.email_key, ip="", now=now
        )
    if not await passwords.verify_password_async(user.password_hash, current):
        raise invalid(
            "currentPassword", "This is not your current password.", ErrorCode.INVALID_PASSWORD
        )
    new_hash = await passwords.hash_password_async(new)
    async with db.write() as session:
        await throttle.succeeded(session, attempt.id)
        changed = await people.get_user(session, user.id)
        changed.password_hash = new_hash
        changed.must_change_password = False
        await credentials.end_sessions(session, user.id, keep=keep_session_id, revoke_minted=True)
        audit.record(session, audit.Action.PASSWORD_CHANGED, actor_id=user.id, subject_id=user.id)
    return changed


async def send_password_reset(
    session: AsyncSession, actor: Actor, user_id: uuid.UUID, policy: LinkPolicy
) -> tuple[User, datetime]:
    """An admin resets a person's password: the old one stops working, their sessions end with
    the tokens minted over them, and the person — only they — gets a single-use link to set a
    new one. The admin learns when the link expires, never a password. Other tokens stay
    (programs are not the person's browser)."""
    actor.require_admin()
    user = await session.get(User, user_id)
    if user is None:
        raise invalid("id", "No such person.", ErrorCode.NOT_FOUND)
    if not user.is_active:
        raise invalid("id", "This person is deactivated.", ErrorCode.INACTIVE)
    user.password_hash = None
    user.must_change_password = False
    await credentials.end_sessions(session, user.id, revoke_minted=True)
    issued = await links.issue(
        session,
        user.id,
        links.Purpose.PASSWORD_RESET,
        policy.password_reset_ttl,
        created_by_id=actor.user_id,
    )
    await notices.password_reset(session, user, issued, policy)
    audit.record(
        session, audit.Action.PASSWORD_RESET_LINK_SENT, actor_id=actor.user_id, subject_id=user.id
    )
    await session.flush()
    return user, issued.link.expires_at


async def reset_with_link(db: Database, secret: str, password: str) -> User:
    """The person sets a new password with an emailed link (a reset or an invitation); every
    session that exists ends (with what it minted). `LinkInvalid` or `Invalid` change nothing.
    argon2 runs outside the transaction that spends the link."""
    async with db.read() as session:
        link = await links.find(session, secret, links.Purpose.PASSWORD_RESET)
        user = await session.get(User, link.user_id)
    if user is None or not user.is_active:
        raise links.LinkInvalid
    passwords.check_policy(password, "password", email=user.email, name=user.name)
    password_hash = await passwords.hash_password_async(password)
    async with db.write() as session:
        spent = await links.redeem(session, secret, links.Purpose.PASSWORD_RESET)
        changed = await session.get(User, spent.user_id)
        if changed is None or not changed.is_active:
            raise links.LinkInvalid
        changed.password_hash = password_hash
        changed.must_change_password = False
        await credentials.end_sessions(session, changed.id, revoke_minted=True)
        audit.record(
            session, audit.Action.PASSWORD_RESET, actor_id=changed.id, subject_id=changed.id
        )
    return changed


async def set_password(session: AsyncSession, user: User, password: str) -> None:
    """The operator's way (CLI): set a password outright, no change forced. The person's
    sessions end, with what they minted (this is how an account is recovered)."""
    passwords.check_policy(password, email=user.email, name=user.name)
    user.password_hash = await passwords.hash_password_async(password)
    user.must_change_password = False
    await credentials.end_sessions(session, user.id, revoke_minted=True)
    await links.retire(session, [user.id], links.Purpose.PASSWORD_RESET)
    audit.record(session, audit.Action.PASSWORD_SET_BY_OPERATOR, actor_id=None, subject_id=user.id)
