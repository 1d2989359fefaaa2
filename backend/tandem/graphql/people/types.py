"""The `User` type and its connection."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Annotated, Any

import strawberry
from strawberry import relay
from strawberry.types import Info

from tandem.db.pagination import slice_page
from tandem.domain.people import models
from tandem.graphql.context import Context
from tandem.graphql.relay import Connection, connection, register_node

if TYPE_CHECKING:
    from tandem.graphql.actions.types import ActionItem
    from tandem.graphql.identity.types import PersonalAccessToken
    from tandem.graphql.notifications.types import Notification, NotificationPreference
    from tandem.graphql.oneonones.types import Meeting, OneOnOne


@strawberry.type(description="A person in the organisation.")
class User(relay.Node):
    id: relay.NodeID[str]
    name: str = strawberry.field(description="Full name.")
    email: str = strawberry.field(description="Email address (unique, any case).")
    title: str = strawberry.field(description="Job title; may be empty.")
    timezone: str = strawberry.field(description="IANA timezone name, e.g. Europe/Berlin.")
    is_admin: bool = strawberry.field(description="Administrators manage accounts.")
    is_active: bool = strawberry.field(description="False once deactivated.")
    model: strawberry.Private[models.User]

    @classmethod
    def from_model(cls, user: models.User) -> User:
        return cls(
            id=str(user.id),
            name=user.name,
            email=user.email,
            title=user.title,
            timezone=user.timezone,
            is_admin=user.is_admin,
            is_active=user.is_active,
            model=user,
        )

    @strawberry.field(description="The person's manager, if any.")
    async def manager(self, info: Info[Context, Any]) -> User | None:
        if self.model.manager_id is None:
            return None
        manager = await info.context.loaders.user.load(self.model.manager_id)
        return User.from_model(manager) if manager else None

    @strawberry.field(description="Active direct reports, by name.")
    async def reports(
        self,
        info: Info[Context, Any],
        first: Annotated[int | None, strawberry.argument(description="1 to 100.")] = 50,
        after: Annotated[
            str | None, strawberry.argument(description="The endCursor of the previous page.")
        ] = None,
    ) -> Connection[User]:
        reports = await info.context.loaders.reports.load(self.model.id)
        page = slice_page(reports, lambda u: (u.name_key, u.id), first=first, after=after)
        return connection(page, User.from_model)

    @strawberry.field(
        description="Whether the person must change their password before anything else. "
        "Only for the viewer and admins; null otherwise."
    )
    def must_change_password(self, info: Info[Context, Any]) -> bool | None:
        viewer = info.context.require_viewer()
        if viewer.user_id == self.model.id or viewer.is_admin:
            return self.model.must_change_password
        return None

    @strawberry.field(
        description="The address the person's email will change to once it is confirmed from "
        "there; until then Tandem writes to `email`. Only for the person and admins; null "
        "otherwise and when no change waits."
    )
    async def pending_email(self, info: Info[Context, Any]) -> str | None:
        from tandem.graphql.people.loaders import pending_emails

        viewer = info.context.require_viewer()
        if viewer.user_id != self.model.id and not viewer.is_admin:
            return None
        return await pending_emails(info.context).load(self.model.id)

    @strawberry.field(description="The viewer's own personal access tokens; null for others.")
    async def personal_access_tokens(
        self, info: Info[Context, Any]
    ) -> (
        list[Annotated[PersonalAccessToken, strawberry.lazy("tandem.graphql.identity.types")]]
        | None
    ):
        from tandem.domain.identity import tokens
        from tandem.graphql.identity.types import PersonalAccessToken

        viewer = info.context.require_viewer()
        if viewer.user_id != self.model.id:
            return None
        async with info.context.db.read() as session:
            rows = await tokens.list_tokens(session, viewer.user_id)
        return [PersonalAccessToken.from_model(t) for t in rows]

    @strawberry.field(description="The viewer's 1:1s (also those they left); null for others.")
    async def one_on_ones(
        self,
        info: Info[Context, Any],
        first: Annotated[int | None, strawberry.argument(description="1 to 100.")] = 20,
        after: Annotated[
            str | None, strawberry.argument(description="The endCursor of the previous page.")
        ] = None,
        include_inactive: Annotated[
            bool, strawberry.argument(description="Also archived and ended 1:1s.")
        ] = False,
    ) -> Connection[Annotated[OneOnOne, strawberry.lazy("tandem.graphql.oneonones.types")]] | None:
        from tandem.graphql.oneonones.queries import viewer_one_on_ones

        return await viewer_one_on_ones(info, self.model.id, first, after, include_inactive)

    @strawberry.field(description="The viewer's upcoming meetings, soonest first; null for others.")
    async def upcoming_meetings(
        self,
        info: Info[Context, Any],
        first: Annotated[int | None, strawberry.argument(description="1 to 100.")] = 20,
        after: Annotated[
            str | None, strawberry.argument(description="The endCursor of the previous page.")
        ] = None,
    ) -> Connection[Annotated[Meeting, strawberry.lazy("tandem.graphql.oneonones.types")]] | None:
        from tandem.graphql.oneonones.queries import viewer_upcoming_meetings

        return await viewer_upcoming_meetings(info, self.model.id, first, after)

    @strawberry.field(
        description="Action items assigned to the viewer, oldest first; null for others."
    )
    async def action_items(
        self,
        info: Info[Context, Any],
        done: Annotated[
            bool | None, strawberry.argument(description="Only done (true) or open (false) ones.")
        ] = None,
        first: Annotated[int | None, strawberry.argument(description="1 to 100.")] = 20,
        after: Annotated[
            str | None, strawberry.argument(description="The endCursor of the previous page.")
        ] = None,
    ) -> Connection[Annotated[ActionItem, strawberry.lazy("tandem.graphql.actions.types")]] | None:
        from tandem.domain.actions.service import assigned_to
        from tandem.graphql.actions.types import ActionItem

        viewer = info.context.require_viewer()
        if viewer.user_id != self.model.id:
            return None
        async with info.context.db.read() as session:
            page = await assigned_to(session, viewer.user_id, done=done, first=first, after=after)
        return connection(page, ActionItem.from_model)

    @strawberry.field(description="The viewer's notifications, newest first; null for others.")
    async def notifications(
        self,
        info: Info[Context, Any],
        first: Annotated[int | None, strawberry.argument(description="1 to 100.")] = 20,
        after: Annotated[
            str | None, strawberry.argument(description="The endCursor of the previous page.")
        ] = None,
        unread_only: Annotated[bool, strawberry.argument(description="Only unread ones.")] = False,
    ) -> (
        Connection[Annotated[Notification, strawberry.lazy("tandem.graphql.notifications.types")]]
        | None
    ):
        from tandem.graphql.notifications import queries

        return await queries.notifications(info, self.model.id, first, after, unread_only)

    @strawberry.field(description="How many of the viewer's notifications are unread.")
    async def unread_notification_count(self, info: Info[Context, Any]) -> int | None:
        from tandem.graphql.notifications import queries

        return await queries.unread_count(info, self.model.id)

    @strawberry.field(description="How the viewer wants to hear about each kind.")
    async def notification_preferences(
        self, info: Info[Context, Any]
    ) -> (
        list[
            Annotated[NotificationPreference, strawberry.lazy("tandem.graphql.notifications.types")]
        ]
        | None
    ):
        from tandem.graphql.notifications import queries

        return await queries.preferences(info, self.model.id)

    @strawberry.field(
        description="Minutes before a meeting the viewer is reminded; null when off (and for "
        "anyone but the viewer)."
    )
    async def reminder_minutes(self, info: Info[Context, Any]) -> int | None:
        from tandem.graphql.notifications import queries

        return await queries.reminder_minutes(info, self.model.id)

    @strawberry.field(
        description="The viewer's secret iCalendar feed URL (null until created with "
        "regenerateCalendarFeed, and for anyone else). Whoever has it sees meeting times "
        "and titles."
    )
    async def calendar_feed_url(self, info: Info[Context, Any]) -> str | None:
        from tandem.graphql.notifications import queries

        return await queries.calendar_feed_url(info, self.model.id)

    @classmethod
    async def resolve_nodes(  # type: ignore[override]
        cls, *, info: Info[Context, Any], node_ids: list[str], required: bool = False
    ) -> list[User | None]:
        found = await _users_by_id(info, [uuid.UUID(i) for i in node_ids])
        return [found.get(uuid.UUID(i)) for i in node_ids]


UserConnection = Connection[User]


async def _users_by_id(info: Info[Context, Any], ids: list[uuid.UUID]) -> dict[uuid.UUID, User]:
    info.context.require_viewer()
    users = await info.context.loaders.user.load_many(ids)
    return {u.id: User.from_model(u) for u in users if u is not None}


register_node("User", _users_by_id)
