"""People: look-ups, the directory, and the admin's changes to accounts and the org chart."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from tandem.db.base import utcnow
from tandem.db.events import Event, emit
from tandem.db.pagination import Page, keyset_page
from tandem.domain.actor import Actor
from tandem.domain.errors import ErrorCode, FieldError, Forbidden, Invalid, NotFound, invalid
from tandem.domain.identity import audit, links
from tandem.domain.identity.links import LinkPolicy
from tandem.domain.identity.models import AuthSession, PersonalAccessToken
from tandem.domain.notifications.models import NotificationSettings
from tandem.domain.people import accounts, checks, rules
from tandem.domain.people.accounts import NewUser, confirm_email, create_user, invite_user
from tandem.domain.people.checks import get_user_by_email
from tandem.domain.people.models import User

USER_DEACTIVATED = "user.deactivated"
# Account creation and email changes live in `accounts`; re-exported for their callers.
__all__ = ["NewUser", "confirm_email", "create_user", "get_user_by_email", "invite_user"]


async def get_users(session: AsyncSession, ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, User]:
    if not ids:
        return {}
    rows = await session.execute(select(User).where(User.id.in_(set(ids))))
    return {u.id: u for u in rows.scalars()}


async def get_user(session: AsyncSession, user_id: uuid.UUID) -> User:
    user = await session.get(User, user_id)
    if user is None:
        raise NotFound("no such person")
    return user


async def reports_of(
    session: AsyncSession, manager_ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, list[User]]:
    """Active direct reports of each manager, sorted by name."""
    result: dict[uuid.UUID, list[User]] = {m: [] for m in manager_ids}
    if not manager_ids:
        return result
    rows = await session.execute(
        select(User)
        .where(User.manager_id.in_(set(manager_ids)), User.is_active.is_(True))
        .order_by(User.name_key, User.id)
    )
    for user in rows.scalars():
        assert user.manager_id is not None
        result[user.manager_id].append(user)
    return result


async def search_people(
    session: AsyncSession,
    actor: Actor,
    *,
    search: str | None,
    first: int | None,
    after: str | None,
    include_inactive: bool = False,
) -> Page[User]:
    """The people directory: by name, ordered by name; searches name, email and title."""
    if include_inactive and not actor.is_admin:
        raise Forbidden("only administrators may list deactivated people")
    stmt = select(User)
    if not include_inactive:
        stmt = stmt.where(User.is_active.is_(True))
    term = (search or "").strip()
    if len(term) > 200:
        raise invalid("search", "Search for at most 200 characters.", ErrorCode.TOO_LONG)
    if term:
        pattern = "%" + _escape_like(term.casefold()) + "%"
        stmt = stmt.where(
            or_(
                User.name_key.like(pattern, escape="\\"),
                User.email_key.like(pattern, escape="\\"),
                User.title.ilike(pattern, escape="\\"),
            )
        )
    return await keyset_page(
        session,
        stmt,
        [User.name_key, User.id],
        first=first,
        after=after,
        key_types=(str, uuid.UUID),
    )


def _escape_like(term: str) -> str:
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


@dataclass(frozen=True)
class UserChanges:
    name: str | None = None
    email: str | None = None
    title: str | None = None
    timezone: str | None = None
    is_admin: bool | None = None


async def update_user(
    session: AsyncSession,
    actor: Actor,
    user_id: uuid.UUID,
    changes: UserChanges,
    policy: LinkPolicy,
) -> User:
    """An admin edits an account. A new email address does not apply at once: it waits for
    confirmation from that address (a link is sent there, a notice to the old one), so an admin
    cannot redirect someone's email — mentions with a 1:1's words — to themselves."""
    actor.require_admin()
    user = await checks.get_for_update(session, user_id)
    found = [
        rules.check_name(changes.name) if changes.name is not None else None,
        rules.check_email(changes.email) if changes.email is not None else None,
        rules.check_title(changes.title) if changes.title is not None else None,
        rules.check_timezone(changes.timezone) if changes.timezone is not None else None,
    ]
    errors = [e for e in found if e]
    if changes.is_admin is False and user.id == actor.user_id:
        errors.append(
            FieldError("isAdmin", "You cannot remove your own admin rights.", ErrorCode.SELF)
        )
    if errors:
        raise Invalid(*errors)
    if changes.email is not None:
        await accounts.request_email_change(session, actor, user, changes.email.strip(), policy)
    if changes.name is not None:
        user.name = " ".join(changes.name.split())
        user.name_key = rules.name_key(changes.name)
    if changes.title is not None:
        user.title = changes.title.strip()
    if changes.timezone is not None:
        user.timezone = changes.timezone
    if changes.is_admin is not None and changes.is_admin != user.is_admin:
        user.is_admin = changes.is_admin
        action = audit.Action.ADMIN_GRANTED if changes.is_admin else audit.Action.ADMIN_REMOVED
        audit.record(session, action, actor_id=actor.user_id, subject_id=user.id)
    await session.flush()
    return user


async def change_manager(
    session: AsyncSession, actor: Actor, user_id: uuid.UUID, manager_id: uuid.UUID | None
) -> User:
    actor.require_admin()
    user = await checks.get_for_update(session, user_id)
    if manager_id is not None:
        await checks.check_manager(session, user.id, manager_id)
    user.manager_id = manager_id
    await session.flush()
    return user


async def deactivate_user(session: AsyncSession, actor: Actor, user_id: uuid.UUID) -> User:
    """Deactivate: ends the person's sessions and tokens now; live connections close on the
    `user.deactivated` event. Their reports keep them as manager until an admin changes it."""
    actor.require_admin()
    user = await checks.get_for_update(session, user_id)
    if user.id == actor.user_id:
        raise invalid("id", "You cannot deactivate yourself.", ErrorCode.SELF)
    if not user.is_active:
        return user
    now = utcnow()
    user.is_active = False
    user.deactivated_at = now
    await end_all_credentials(session, user.id)
    audit.record(session, audit.Action.USER_DEACTIVATED, actor_id=actor.user_id, subject_id=user.id)
    await session.flush()
    emit(session, Event(USER_DEACTIVATED, {"user_id": str(user.id)}))
    return user


async def reactivate_user(session: AsyncSession, actor: Actor, user_id: uuid.UUID) -> User:
    actor.require_admin()
    user = await checks.get_for_update(session, user_id)
    if user.is_active:
        return user
    user.is_active = True
    user.deactivated_at = None
    audit.record(session, audit.Action.USER_REACTIVATED, actor_id=actor.user_id, subject_id=user.id)
    await session.flush()
    return user


async def end_all_credentials(session: AsyncSession, user_id: uuid.UUID) -> int:
    """Delete every session, revoke every token, retire every emailed link and kill the calendar
    feed URL of the person (for good: a reactivated person makes a new one); returns sessions
    ended."""
    from sqlalchemy import delete

    result = await session.execute(delete(AuthSession).where(AuthSession.user_id == user_id))
    await session.execute(
        update(NotificationSettings)
        .where(NotificationSettings.user_id == user_id)
        .values(calendar_feed_token=None)
    )
    for purpose in links.Purpose:
        await links.retire(session, [user_id], purpose)
    await session.execute(
        update(PersonalAccessToken)
        .where(PersonalAccessToken.user_id == user_id, PersonalAccessToken.revoked_at.is_(None))
        .values(revoked_at=utcnow())
    )
    return int(getattr(result, "rowcount", 0) or 0)
