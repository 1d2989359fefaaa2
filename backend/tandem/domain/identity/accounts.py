"""Password changes: by the person, and the admin's reset that forces a change."""

from __future__ import annotations

import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from tandem.domain.actor import Actor
from tandem.domain.errors import ErrorCode, invalid
from tandem.domain.identity import credentials, passwords
from tandem.domain.people import service as people
from tandem.domain.people.models import User


async def change_password(
    session: AsyncSession,
    actor: Actor,
    *,
    current: str,
    new: str,
    keep_session_id: uuid.UUID | None,
) -> User:
    """Change one's own password; every other session of the person ends, with the tokens
    minted over those sessions."""
    user = await people.get_user(session, actor.user_id)
    if not passwords.verify_password(user.password_hash, current):
        raise invalid(
            "currentPassword", "This is not your current password.", ErrorCode.INVALID_PASSWORD
        )
    passwords.check_policy(new, "newPassword", email=user.email)
    if current == new:
        raise invalid("newPassword", "Choose a new password.", ErrorCode.INVALID)
    user.password_hash = passwords.hash_password(new)
    user.must_change_password = False
    await credentials.end_sessions(session, user.id, keep=keep_session_id, revoke_minted=True)
    await session.flush()
    return user


async def reset_password(
    session: AsyncSession, actor: Actor, user_id: uuid.UUID
) -> tuple[User, str]:
    """An admin sets a temporary password; the person must change it at next sign-in. Their
    sessions end with the tokens minted over them; other tokens stay (programs are not the
    person's browser)."""
    actor.require_admin()
    user = await session.get(User, user_id)
    if user is None:
        raise invalid("id", "No such person.", ErrorCode.NOT_FOUND)
    temporary = passwords.generate_temporary_password()
    user.password_hash = passwords.hash_password(temporary)
    user.must_change_password = True
    await credentials.end_sessions(session, user.id, revoke_minted=True)
    await session.flush()
    return user, temporary


async def set_password(session: AsyncSession, user: User, password: str) -> None:
    """The operator's way (CLI): set a password outright, no change forced."""
    passwords.check_policy(password, email=user.email)
    user.password_hash = passwords.hash_password(password)
    user.must_change_password = False
