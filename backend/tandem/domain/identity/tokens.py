"""Personal access tokens for programs: created, listed, used, revoked."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import timedelta
from enum import StrEnum

from sqlalchemy import ColumnElement, select
from sqlalchemy.ext.asyncio import AsyncSession

from tandem.db.base import utcnow
from tandem.domain.actor import Actor
from tandem.domain.errors import ErrorCode, FieldError, Invalid, invalid
from tandem.domain.identity import audit, credentials
from tandem.domain.identity.models import PersonalAccessToken
from tandem.domain.identity.secrets import TOKEN_PREFIX, digest, new_secret
from tandem.domain.people.models import User

TOUCH_EVERY = timedelta(minutes=1)
MAX_DAYS = 365


class Scope(StrEnum):
    READ = "read"
    WRITE = "write"


@dataclass(frozen=True)
class CreatedToken:
    token: PersonalAccessToken
    secret: str


async def create_token(
    session: AsyncSession,
    user_id: uuid.UUID,
    *,
    name: str,
    scope: Scope,
    expires_in_days: int | None,
    minted_by_session_id: uuid.UUID | None = None,
    minted_by_token_id: uuid.UUID | None = None,
    actor_id: uuid.UUID | None = None,
) -> CreatedToken:
    """A new token. Name the credential that asks for it (the caller's session or token): the
    token dies with that credential if it is ever ended as stolen. `actor_id` None: made by the
    operator (CLI)."""
    errors = []
    clean = " ".join(name.split())
    if not clean:
        errors.append(FieldError("name", "Name the token.", ErrorCode.REQUIRED))
    elif len(clean) > 100:
        errors.append(FieldError("name", "Use at most 100 characters.", ErrorCode.TOO_LONG))
    if expires_in_days is not None and not 1 <= expires_in_days <= MAX_DAYS:
        errors.append(
            FieldError("expiresInDays", f"Choose 1 to {MAX_DAYS} days, or none.", ErrorCode.INVALID)
        )
    if errors:
        raise Invalid(*errors)
    now = utcnow()
    secret = new_secret(TOKEN_PREFIX)
    token = PersonalAccessToken(
        user_id=user_id,
        name=clean,
        scope=scope.value,
        secret_hash=digest(secret),
        created_at=now,
        expires_at=now + timedelta(days=expires_in_days) if expires_in_days else None,
        minted_by_session_id=minted_by_session_id,
        minted_by_token_id=minted_by_token_id,
    )
    session.add(token)
    await session.flush()
    audit.record(
        session,
        audit.Action.TOKEN_CREATED,
        actor_id=actor_id,
        subject_id=user_id,
        token_id=str(token.id),
        name=token.name,
        scope=token.scope,
        expires_at=token.expires_at.isoformat() if token.expires_at else None,
        via="session" if minted_by_session_id else "token" if minted_by_token_id else "operator",
    )
    return CreatedToken(token, secret)


@dataclass(frozen=True)
class TokenUser:
    user: User
    token: PersonalAccessToken


async def find_token(session: AsyncSession, secret: str) -> TokenUser | None:
    """The usable token for a bearer secret: not revoked, not expired, its person active."""
    if not secret.startswith(TOKEN_PREFIX):
        return None
    return await _usable_token(session, PersonalAccessToken.secret_hash == digest(secret))


async def token_by_id(session: AsyncSession, token_id: uuid.UUID) -> TokenUser | None:
    """The usable token of this id (a socket re-checking the credential it opened with)."""
    return await _usable_token(session, PersonalAccessToken.id == token_id)


async def _usable_token(session: AsyncSession, condition: ColumnElement[bool]) -> TokenUser | None:
    row = await session.execute(
        select(PersonalAccessToken, User)
        .join(User, User.id == PersonalAccessToken.user_id)
        .where(condition)
    )
    found = row.one_or_none()
    if found is None:
        return None
    token, user = found
    if not is_usable(token) or not user.is_active:
        return None
    return TokenUser(user, token)


def is_usable(token: PersonalAccessToken) -> bool:
    now = utcnow()
    return token.revoked_at is None and (token.expires_at is None or token.expires_at > now)


def needs_touch(token: PersonalAccessToken) -> bool:
    return token.last_used_at is None or utcnow() - token.last_used_at > TOUCH_EVERY


async def touch(session: AsyncSession, token_id: uuid.UUID) -> None:
    token = await session.get(PersonalAccessToken, token_id)
    if token is not None:
        token.last_used_at = utcnow()


async def list_tokens(session: AsyncSession, user_id: uuid.UUID) -> list[PersonalAccessToken]:
    rows = await session.execute(
        select(PersonalAccessToken)
        .where(PersonalAccessToken.user_id == user_id)
        .order_by(PersonalAccessToken.created_at.desc(), PersonalAccessToken.id)
    )
    return list(rows.scalars())


async def revoke_token(
    session: AsyncSession, actor: Actor, token_id: uuid.UUID
) -> PersonalAccessToken:
    """Revoke one of the actor's own tokens (someone else's is "not found"), and the tokens it
    minted; its live connections close on the event."""
    token = await session.get(PersonalAccessToken, token_id)
    if token is None or token.user_id != actor.user_id:
        raise invalid("id", "No such token.", ErrorCode.NOT_FOUND)
    revoked = await credentials.revoke_tokens(session, [token.id])
    credentials.announce(session, token.user_id, [], revoked)
    if revoked:
        audit.record(
            session,
            audit.Action.TOKEN_REVOKED,
            actor_id=actor.user_id,
            subject_id=token.user_id,
            token_id=str(token.id),
            name=token.name,
            also_revoked=len(revoked) - 1,
        )
    await session.refresh(token)
    return token


async def get_tokens(
    session: AsyncSession, ids: list[uuid.UUID]
) -> dict[uuid.UUID, PersonalAccessToken]:
    rows = await session.execute(
        select(PersonalAccessToken).where(PersonalAccessToken.id.in_(set(ids)))
    )
    return {t.id: t for t in rows.scalars()}
