"""The viewer's notifications, counts, choices and calendar feed (fields of `User`)."""

from __future__ import annotations

import uuid
from typing import Any

from strawberry.types import Info

from tandem.domain.notifications import service
from tandem.graphql.context import Context
from tandem.graphql.notifications.types import Notification, NotificationPreference
from tandem.graphql.relay import Connection, connection


def feed_url(info: Info[Context, Any], token: str) -> str:
    return f"{info.context.settings.public_url.rstrip('/')}/calendar/feed/{token}.ics"


def _is_viewer(info: Info[Context, Any], user_id: uuid.UUID) -> bool:
    return info.context.require_viewer().user_id == user_id


async def notifications(
    info: Info[Context, Any],
    user_id: uuid.UUID,
    first: int | None,
    after: str | None,
    unread_only: bool,
) -> Connection[Notification] | None:
    if not _is_viewer(info, user_id):
        return None
    async with info.context.db.read() as session:
        page = await service.page_for(
            session, user_id, first=first, after=after, unread_only=unread_only
        )
    return connection(page, Notification.from_model)


async def unread_count(info: Info[Context, Any], user_id: uuid.UUID) -> int | None:
    if not _is_viewer(info, user_id):
        return None
    async with info.context.db.read() as session:
        return await service.unread_count(session, user_id)


async def preferences(
    info: Info[Context, Any], user_id: uuid.UUID
) -> list[NotificationPreference] | None:
    if not _is_viewer(info, user_id):
        return None
    async with info.context.db.read() as session:
        chosen = await service.preferences(session, user_id)
    return [
        NotificationPreference(kind=kind, in_app=c.in_app, email=c.email)
        for kind, c in chosen.items()
    ]


async def reminder_minutes(info: Info[Context, Any], user_id: uuid.UUID) -> int | None:
    if not _is_viewer(info, user_id):
        return None
    async with info.context.db.read() as session:
        return await service.reminder_minutes(session, user_id)


async def calendar_feed_url(info: Info[Context, Any], user_id: uuid.UUID) -> str | None:
    if not _is_viewer(info, user_id):
        return None
    from tandem.domain.notifications.models import NotificationSettings

    async with info.context.db.read() as session:
        settings = await session.get(NotificationSettings, user_id)
    token = settings.calendar_feed_token if settings else None
    return feed_url(info, token) if token else None
