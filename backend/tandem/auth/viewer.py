"""Resolve the caller from a request's cookie or `Authorization: Bearer` header."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal

from tandem.db.base import utcnow
from tandem.db.engine import Database
from tandem.domain.actor import Actor
from tandem.domain.identity import sessions, tokens
from tandem.domain.identity.links import LinkPolicy
from tandem.domain.identity.tokens import Scope
from tandem.settings import Settings

SESSION_COOKIE = "tandem_session"
CSRF_COOKIE = "tandem_csrf"
CSRF_HEADER = "x-csrf-token"


@dataclass(frozen=True)
class Viewer:
    """The authenticated caller of one request or WebSocket connection."""

    user_id: uuid.UUID
    is_admin: bool
    must_change_password: bool
    via: Literal["session", "token"]
    scope: Scope
    session_id: uuid.UUID | None = None
    csrf_token: str | None = None
    token_id: uuid.UUID | None = None
    # When the credential ends unless it is used before (a session's absolute or idle expiry,
    # a token's expiry); None: never by itself.
    expires_at: datetime | None = None

    @property
    def actor(self) -> Actor:
        return Actor(self.user_id, self.is_admin)


class BadAuthorization(Exception):
    """An `Authorization` header that is present but not a usable bearer token."""


def session_policy(settings: Settings) -> sessions.SessionPolicy:
    return sessions.SessionPolicy(
        ttl=timedelta(hours=settings.session_ttl_hours),
        idle=timedelta(hours=settings.session_idle_hours),
        max_failures_per_client=settings.sign_in_max_failures_per_client,
        max_failures_per_ip=settings.sign_in_max_failures_per_ip,
        max_failures_per_account=settings.sign_in_max_failures_per_account,
        window=timedelta(minutes=settings.sign_in_window_minutes),
        known_device_ttl=timedelta(days=settings.known_device_days),
    )


def link_policy(settings: Settings) -> LinkPolicy:
    return LinkPolicy(
        base_url=settings.public_url,
        password_reset_ttl=timedelta(hours=settings.password_reset_link_hours),
        email_confirmation_ttl=timedelta(hours=settings.email_confirmation_link_hours),
        invitation_ttl=timedelta(hours=settings.invitation_link_hours),
    )


def bearer_secret(authorization: str | None) -> str | None:
    if authorization is None:
        return None
    scheme, _, secret = authorization.strip().partition(" ")
    if scheme.lower() != "bearer" or not secret.strip():
        raise BadAuthorization("use `Authorization: Bearer <token>`")
    return secret.strip()


async def authenticate(
    db: Database,
    settings: Settings,
    *,
    authorization: str | None,
    cookies: Mapping[str, str],
) -> Viewer | None:
    """The viewer for these credentials, or None. A bearer header wins over a cookie."""
    secret = bearer_secret(authorization)
    if secret is not None:
        return await _from_token(db, secret)
    cookie = cookies.get(SESSION_COOKIE)
    if cookie:
        return await _from_session(db, settings, cookie)
    return None


async def _from_token(db: Database, secret: str) -> Viewer | None:
    async with db.read() as session:
        found = await tokens.find_token(session, secret)
    return await _token_viewer(db, found)


async def _from_session(db: Database, settings: Settings, secret: str) -> Viewer | None:
    async with db.read() as session:
        found = await sessions.find_session(session, session_policy(settings), secret)
    return await _session_viewer(db, settings, found)


async def recheck(db: Database, settings: Settings, viewer: Viewer) -> Viewer | None:
    """The viewer again, from the credential it authenticated with, or None when that has ended
    (signed out, revoked, expired, deactivated). One look-up by primary key: cheap enough for
    every operation of a long-lived socket."""
    async with db.read() as session:
        if viewer.session_id is not None:
            found_session = await sessions.session_by_id(
                session, session_policy(settings), viewer.session_id
            )
            found_token = None
        elif viewer.token_id is not None:
            found_token = await tokens.token_by_id(session, viewer.token_id)
            found_session = None
        else:
            return None
    if viewer.session_id is not None:
        return await _session_viewer(db, settings, found_session)
    return await _token_viewer(db, found_token)


async def _token_viewer(db: Database, found: tokens.TokenUser | None) -> Viewer | None:
    if found is None:
        return None
    if tokens.needs_touch(found.token):
        async with db.write() as session:
            await tokens.touch(session, found.token.id)
    return Viewer(
        user_id=found.user.id,
        is_admin=found.user.is_admin,
        must_change_password=found.user.must_change_password,
        via="token",
        scope=Scope(found.token.scope),
        token_id=found.token.id,
        expires_at=found.token.expires_at,
    )


async def _session_viewer(
    db: Database, settings: Settings, found: sessions.SessionUser | None
) -> Viewer | None:
    if found is None:
        return None
    auth = found.session
    if sessions.needs_touch(auth):
        async with db.write() as session:
            await sessions.touch(session, auth.id)
        auth.last_seen_at = utcnow()
    return Viewer(
        user_id=found.user.id,
        is_admin=found.user.is_admin,
        must_change_password=found.user.must_change_password,
        via="session",
        scope=Scope.WRITE,
        session_id=auth.id,
        csrf_token=auth.csrf_token,
        expires_at=sessions.ends_at(auth, session_policy(settings)),
    )
