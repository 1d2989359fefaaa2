"""Telling people: in the app and/or by email, as each person chose for each kind."""

from __future__ import annotations

import secrets
import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from tandem.db.events import Event, emit
from tandem.db.pagination import Page, keyset_page
from tandem.domain.errors import ErrorCode, FieldError, Invalid
from tandem.domain.notifications.models import (
    DEFAULT_REMINDER_MINUTES,
    DEFAULTS,
    Notification,
    NotificationKind,
    NotificationPreference,
    NotificationSettings,
)
from tandem.domain.people.models import User
from tandem.mail.outbox import Email, enqueue

NOTIFICATION_CREATED = "notification.created"
MAX_REMINDER_MINUTES = 7 * 24 * 60


def user_channel(user_id: uuid.UUID | str) -> str:
    """The broadcast channel of one person's live notifications."""
    return f"tandem:user:{user_id}"


@dataclass(frozen=True)
class Choice:
    in_app: bool
    email: bool


async def preferences(session: AsyncSession, user_id: uuid.UUID) -> dict[NotificationKind, Choice]:
    rows = await session.execute(
        select(NotificationPreference).where(NotificationPreference.user_id == user_id)
    )
    chosen = {r.kind: Choice(r.in_app, r.email) for r in rows.scalars()}
    return {kind: chosen.get(kind.value, Choice(*DEFAULTS[kind])) for kind in NotificationKind}


async def set_preferences(
    session: AsyncSession,
    user_id: uuid.UUID,
    choices: dict[NotificationKind, Choice],
    reminder_minutes: int | bool | None = False,
) -> None:
    """Save choices per kind; `reminder_minutes` None turns reminders off, False leaves them."""
    if (
        reminder_minutes is not False
        and reminder_minutes is not None
        and not (
            isinstance(reminder_minutes, int) and 5 <= reminder_minutes <= MAX_REMINDER_MINUTES
        )
    ):
        raise Invalid(
            FieldError(
                "reminderMinutes",
                f"Choose 5 to {MAX_REMINDER_MINUTES} minutes, or no reminder.",
                ErrorCode.INVALID,
            )
        )
    for kind, choice in choices.items():
        row = await session.get(NotificationPreference, (user_id, kind.value))
        if row is None:
            session.add(
                NotificationPreference(
                    user_id=user_id, kind=kind.value, in_app=choice.in_app, email=choice.email
                )
            )
        else:
            row.in_app, row.email = choice.in_app, choice.email
    if reminder_minutes is not False:
        settings = await settings_of(session, user_id)
        settings.reminder_minutes = reminder_minutes if reminder_minutes is not None else None


async def settings_of(session: AsyncSession, user_id: uuid.UUID) -> NotificationSettings:
    row = await session.get(NotificationSettings, user_id)
    if row is None:
        row = NotificationSettings(user_id=user_id, reminder_minutes=DEFAULT_REMINDER_MINUTES)
        session.add(row)
        await session.flush()
    return row


async def reminder_minutes(session: AsyncSession, user_id: uuid.UUID) -> int | None:
    row = await session.get(NotificationSettings, user_id)
    return DEFAULT_REMINDER_MINUTES if row is None else row.reminder_minutes


@dataclass(frozen=True)
class Message:
    """One notification for one person, and its email if they want that."""

    kind: NotificationKind
    title: str
    body: str
    link: str
    actor_id: uuid.UUID | None = None
    dedupe_key: str | None = None


async def notify(
    session: AsyncSession,
    user: User,
    message: Message,
    email: Email | None,
    *,
    email_key: str,
    force_email: bool = False,
    in_app: bool = True,
) -> Notification | None:
    """Record `message` for `user` in the app and/or queue `email`, per their choice for the
    kind (`force_email` only for messages they asked for explicitly; `in_app` False for news
    about their own action, which needs only the email). Once per dedupe key."""
    if not user.is_active:
        return None
    if message.dedupe_key is not None:
        seen = await session.execute(
            select(Notification.id).where(Notification.dedupe_key == message.dedupe_key)
        )
        if seen.first() is not None:
            return None
    choice = (await preferences(session, user.id))[message.kind]
    created = None
    if choice.in_app and in_app:
        created = Notification(
            user_id=user.id,
            kind=message.kind.value,
            title=message.title[:300],
            body=message.body[:2000],
            link=message.link[:500],
            actor_id=message.actor_id,
            dedupe_key=message.dedupe_key,
        )
        session.add(created)
        await session.flush()
        emit(
            session,
            Event(
                NOTIFICATION_CREATED,
                {"user_id": str(user.id), "notification_id": str(created.id)},
                channel=user_channel(user.id),
            ),
        )
    if email is not None and (choice.email or force_email):
        await enqueue(session, email, email_key)
    return created


async def page_for(
    session: AsyncSession,
    user_id: uuid.UUID,
    *,
    first: int | None,
    after: str | None,
    unread_only: bool,
) -> Page[Notification]:
    stmt = select(Notification).where(Notification.user_id == user_id)
    if unread_only:
        stmt = stmt.where(Notification.read_at.is_(None))
    return await keyset_page(
        session,
        stmt,
        [Notification.created_at, Notification.id],
        first=first,
        after=after,
        key_types=(datetime, uuid.UUID),
        descending=True,
    )


async def unread_count(session: AsyncSession, user_id: uuid.UUID) -> int:
    row = await session.execute(
        select(func.count()).where(Notification.user_id == user_id, Notification.read_at.is_(None))
    )
    return int(row.scalar_one())


async def get_own(
    session: AsyncSession, user_id: uuid.UUID, ids: list[uuid.UUID]
) -> dict[uuid.UUID, Notification]:
    rows = await session.execute(
        select(Notification).where(Notification.id.in_(set(ids)), Notification.user_id == user_id)
    )
    return {n.id: n for n in rows.scalars()}


async def mark_read(
    session: AsyncSession, user_id: uuid.UUID, ids: list[uuid.UUID] | None, now: datetime
) -> int:
    """Mark the person's own notifications read: these, or all when `ids` is None."""
    stmt = update(Notification).where(
        Notification.user_id == user_id, Notification.read_at.is_(None)
    )
    if ids is not None:
        stmt = stmt.where(Notification.id.in_(set(ids)))
    result = await session.execute(stmt.values(read_at=now))
    return int(getattr(result, "rowcount", 0) or 0)


async def feed_token(session: AsyncSession, user_id: uuid.UUID, *, regenerate: bool) -> str:
    """The person's calendar feed token, created on first use; a new one revokes the old."""
    settings = await settings_of(session, user_id)
    if regenerate or settings.calendar_feed_token is None:
        settings.calendar_feed_token = secrets.token_urlsafe(32)
    return settings.calendar_feed_token


async def user_by_feed_token(session: AsyncSession, token: str) -> User | None:
    row = await session.execute(
        select(User)
        .join(NotificationSettings, NotificationSettings.user_id == User.id)
        .where(NotificationSettings.calendar_feed_token == token, User.is_active.is_(True))
    )
    return row.scalar_one_or_none()
