"""Live notifications over graphql-transport-ws."""

from __future__ import annotations

import json
import uuid
from collections.abc import AsyncGenerator
from typing import Any

import strawberry
from strawberry.types import Info

from tandem.domain.notifications import service
from tandem.graphql.context import Context
from tandem.graphql.notifications.types import Notification


@strawberry.type
class NotificationSubscription:
    @strawberry.subscription(
        description="The viewer's new notifications, as they happen (on any API process)."
    )
    async def notification_received(
        self, info: Info[Context, Any]
    ) -> AsyncGenerator[Notification, None]:
        viewer = info.context.require_viewer()
        async with info.context.broadcast.subscribe(service.user_channel(viewer.user_id)) as inbox:
            async for raw in inbox:
                payload = json.loads(raw).get("payload", {})
                try:
                    notification_id = uuid.UUID(payload["notification_id"])
                except (KeyError, ValueError):
                    continue
                async with info.context.db.read() as session:
                    found = await service.get_own(session, viewer.user_id, [notification_id])
                if notification_id in found:
                    yield Notification.from_model(found[notification_id])
