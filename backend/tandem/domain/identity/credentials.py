"""Ending credentials: sessions and tokens end together with what they minted, and every
process hears of it (their live connections close on the `credentials.ended` event)."""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from sqlalchemy import delete, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from tandem.db.base import utcnow
from tandem.db.events import Event, emit
from tandem.domain.identity.models import AuthSession, PersonalAccessToken

# Payload: {"user_id": str, "session_ids": [str], "token_ids": [str]}.
CREDENTIALS_ENDED = "credentials.ended"


async def end_sessions(
    session: AsyncSession,
    user_id: uuid.UUID,
    *,
    keep: uuid.UUID | None = None,
    revoke_minted: bool,
) -> int:
    """End every session of the person but `keep`. With `revoke_minted` (the session may have
    been stolen: password change, admin reset, sign-out everywhere) the tokens minted over those
    sessions, and the tokens those minted, are revoked too. Returns how many sessions ended."""
    stmt = select(AuthSession.id).where(AuthSession.user_id == user_id)
    if keep is not None:
        stmt = stmt.where(AuthSession.id != keep)
    ended = list((await session.execute(stmt)).scalars())
    if ended:
        await session.execute(delete(AuthSession).where(AuthSession.id.in_(ended)))
    revoked = await revoke_tokens(session, [], minted_by_sessions=ended) if revoke_minted else []
    announce(session, user_id, ended, revoked)
    return len(ended)


async def end_session(session: AsyncSession, session_id: uuid.UUID) -> None:
    """Sign one session out. What it minted stays: signing out is no sign of theft."""
    auth = await session.get(AuthSession, session_id)
    if auth is None:
        return
    await session.delete(auth)
    announce(session, auth.user_id, [session_id], [])


async def revoke_tokens(
    session: AsyncSession,
    token_ids: Iterable[uuid.UUID],
    *,
    minted_by_sessions: Iterable[uuid.UUID] = (),
) -> list[uuid.UUID]:
    """Revoke these tokens, those minted over these sessions, and everything minted by those in
    turn; the ids revoked now (tokens already revoked are not listed again)."""
    now = utcnow()
    revoked: list[uuid.UUID] = []
    seen: set[uuid.UUID] = set()
    tokens = set(token_ids)
    sessions = set(minted_by_sessions)
    while tokens or sessions:
        conditions = []
        if tokens:
            conditions += [
                PersonalAccessToken.id.in_(tokens),
                PersonalAccessToken.minted_by_token_id.in_(tokens),
            ]
        if sessions:
            conditions.append(PersonalAccessToken.minted_by_session_id.in_(sessions))
        rows = await session.execute(
            select(PersonalAccessToken.id, PersonalAccessToken.revoked_at).where(or_(*conditions))
        )
        found = [(token_id, revoked_at) for token_id, revoked_at in rows.all()]
        fresh = {token_id for token_id, _ in found if token_id not in seen}
        seen |= fresh
        live = [token_id for token_id, revoked_at in found if revoked_at is None]
        if live:
            await session.execute(
                update(PersonalAccessToken)
                .where(PersonalAccessToken.id.in_(live))
                .values(revoked_at=now)
            )
            revoked += [t for t in live if t not in revoked]
        tokens, sessions = fresh, set()
    return revoked


def announce(
    session: AsyncSession,
    user_id: uuid.UUID,
    session_ids: Iterable[uuid.UUID],
    token_ids: Iterable[uuid.UUID],
) -> None:
    """After commit, tell every process that these credentials ended."""
    sessions, tokens = [str(s) for s in session_ids], [str(t) for t in token_ids]
    if not sessions and not tokens:
        return
    emit(
        session,
        Event(
            CREDENTIALS_ENDED,
            {"user_id": str(user_id), "session_ids": sessions, "token_ids": tokens},
        ),
    )
