"""Housekeeping forgets what can no longer be used: expired sessions and known devices, spent
emailed links after a while, old sign-in attempts — and keeps the rest."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import func, select

from tandem.auth.viewer import session_policy
from tandem.db.base import utcnow
from tandem.db.engine import Database
from tandem.domain.identity.models import AccountLink, AuthSession, KnownDevice, SignInAttempt
from tandem.domain.identity.sessions import purge_expired
from tandem.settings import Settings
from tests.factories import Factory


async def test_housekeeping_forgets_only_what_is_dead(
    db: Database, factory: Factory, settings: Settings
) -> None:
    user = await factory.user()
    now = utcnow()
    long_ago = now - timedelta(days=60)
    async with db.write() as session:
        for n, expires in enumerate((long_ago, now + timedelta(days=1))):
            session.add(
                AuthSession(
                    user_id=user.id,
                    secret_hash=f"s{n}".ljust(64, "0"),
                    csrf_token="x",
                    last_seen_at=now,
                    expires_at=expires,
                )
            )
            session.add(
                KnownDevice(user_id=user.id, secret_hash=f"d{n}".ljust(64, "0"), expires_at=expires)
            )
            session.add(
                AccountLink(
                    user_id=user.id,
                    purpose="password_reset",
                    secret_hash=f"l{n}".ljust(64, "0"),
                    expires_at=expires,
                )
            )
            session.add(
                SignInAttempt(
                    email_key="x@example.com",
                    ip="1.2.3.4",
                    succeeded=False,
                    at=expires - (timedelta(days=1)),
                )
            )
    # when
    async with db.write() as session:
        await purge_expired(session, session_policy(settings))
    # then one of each is left: the live one
    async with db.read() as session:
        for model in (AuthSession, KnownDevice, AccountLink, SignInAttempt):
            count = (await session.execute(select(func.count()).select_from(model))).scalar_one()
            assert (model.__name__, count) == (model.__name__, 1)
