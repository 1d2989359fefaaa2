"""Reading notifications, choosing how to hear about things, the calendar feed."""

from __future__ import annotations

from typing import Any

import strawberry
from strawberry.types import Info

from tandem.domain.errors import ErrorCode, FieldError, Invalid
from tandem.domain.notifications import service
from tandem.domain.notifications.models import NotificationKind
from tandem.graphql.context import Context
from tandem.graphql.errors import UserError, decode_id, user_errors
from tandem.graphql.notifications.queries import feed_url
from tandem.graphql.notifications.types import NotificationPreference

ERRORS = "What was wrong; nothing was changed."


@strawberry.input(description="Which notifications to mark read.")
class MarkNotificationsReadInput:
    ids: list[strawberry.ID] = strawberry.field(
        default_factory=list, description="These (the viewer's own)."
    )
    all: bool = strawberry.field(default=False, description="All of the viewer's notifications.")


@strawberry.type(description="The result of markNotificationsRead.")
class MarkNotificationsReadPayload:
    marked: int = strawberry.field(default=0, description="How many became read.")
    unread_count: int = strawberry.field(default=0, description="How many are still unread.")
    errors: list[UserError] = strawberry.field(default_factory=list, description=ERRORS)


@strawberry.input(description="How to hear about one kind of notification.")
class NotificationPreferenceInput:
    kind: NotificationKind = strawberry.field(description="The kind.")
    in_app: bool = strawberry.field(description="In the notification centre.")
    email: bool = strawberry.field(description="By email.")


@strawberry.input(description="The viewer's notification choices; omitted ones stay.")
class UpdateNotificationPreferencesInput:
    preferences: list[NotificationPreferenceInput] = strawberry.field(
        default_factory=list, description="Choices per kind."
    )
    reminder_minutes: int | None = strawberry.field(
        default=None, description="Remind this many minutes before a meeting (5 to 10080)."
    )
    reminders_off: bool = strawberry.field(default=False, description="No reminders at all.")


@strawberry.type(description="The result of updateNotificationPreferences.")
class UpdateNotificationPreferencesPayload:
    preferences: list[NotificationPreference] = strawberry.field(
        default_factory=list, description="Every kind, as now chosen."
    )
    reminder_minutes: int | None = strawberry.field(
        default=None, description="Minutes before a meeting; null when off."
    )
    errors: list[UserError] = strawberry.field(default_factory=list, description=ERRORS)


@strawberry.type(description="The result of regenerateCalendarFeed.")
class RegenerateCalendarFeedPayload:
    calendar_feed_url: str | None = strawberry.field(
        default=None, description="The new feed URL; the old one stops working."
    )
    errors: list[UserError] = strawberry.field(default_factory=list, description=ERRORS)


@strawberry.type
class NotificationMutation:
    @strawberry.mutation(description="Mark some or all of the viewer's notifications read.")
    async def mark_notifications_read(
        self, info: Info[Context, Any], input: MarkNotificationsReadInput
    ) -> MarkNotificationsReadPayload:
        viewer = info.context.require_viewer()
        try:
            ids = None if input.all else [decode_id(i, "Notification", "ids") for i in input.ids]
            if ids is not None and not ids:
                raise Invalid(FieldError("ids", "Name notifications, or all.", ErrorCode.REQUIRED))
            async with info.context.db.write() as session:
                marked = await service.mark_read(session, viewer.user_id, ids, info.context.now())
                unread = await service.unread_count(session, viewer.user_id)
        except Invalid as exc:
            return MarkNotificationsReadPayload(errors=user_errors(exc))
        return MarkNotificationsReadPayload(marked=marked, unread_count=unread)

    @strawberry.mutation(
        description="Choose per kind: in the app, by email, both or neither; and reminders."
    )
    async def update_notification_preferences(
        self, info: Info[Context, Any], input: UpdateNotificationPreferencesInput
    ) -> UpdateNotificationPreferencesPayload:
        viewer = info.context.require_viewer()
        choices = {p.kind: service.Choice(p.in_app, p.email) for p in input.preferences}
        reminder: int | bool | None = False
        if input.reminders_off:
            reminder = None
        elif input.reminder_minutes is not None:
            reminder = input.reminder_minutes
        try:
            async with info.context.db.write() as session:
                await service.set_preferences(session, viewer.user_id, choices, reminder)
                chosen = await service.preferences(session, viewer.user_id)
                minutes = await service.reminder_minutes(session, viewer.user_id)
        except Invalid as exc:
            return UpdateNotificationPreferencesPayload(errors=user_errors(exc))
        return UpdateNotificationPreferencesPayload(
            preferences=[
                NotificationPreference(kind=k, in_app=c.in_app, email=c.email)
                for k, c in chosen.items()
            ],
            reminder_minutes=minutes,
        )

    @strawberry.mutation(
        description="Create the viewer's calendar feed URL, or replace it (the old one then "
        "answers 404)."
    )
    async def regenerate_calendar_feed(
        self, info: Info[Context, Any]
    ) -> RegenerateCalendarFeedPayload:
        viewer = info.context.require_viewer()
        async with info.context.db.write() as session:
            token = await service.feed_token(session, viewer.user_id, regenerate=True)
        return RegenerateCalendarFeedPayload(calendar_feed_url=feed_url(info, token))
