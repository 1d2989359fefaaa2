"""Presence: who is on a meeting's page and what they edit — y-protocols awareness messages
relayed between the participants. Ephemeral: never stored, never logged; clients expire a peer
after 30 s without renewal (awareness's `outdatedTimeout`), so a closed tab disappears."""

from __future__ import annotations

import json
from collections.abc import AsyncGenerator
from typing import Annotated, Any

import strawberry
from strawberry.types import Info

from tandem.domain.errors import ErrorCode, Invalid, invalid
from tandem.domain.oneonones.access import meeting_for_change
from tandem.graphql.agenda.mutations import decode_b64
from tandem.graphql.agenda.streams import follow_meeting
from tandem.graphql.context import Context
from tandem.graphql.errors import UserError, decode_id, user_errors
from tandem.graphql.people.types import User

MAX_AWARENESS_BYTES = 16 * 1024


def presence_channel(meeting_id: object) -> str:
    return f"tandem:presence:{meeting_id}"


@strawberry.input(description="An awareness update (y-protocols) for a meeting.")
class SendPresenceInput:
    meeting_id: strawberry.ID = strawberry.field(description="The meeting.")
    awareness: str = strawberry.field(
        description="An encoded awareness update (base64), at most 16 KiB."
    )


@strawberry.type(description="The result of sendPresence.")
class SendPresencePayload:
    errors: list[UserError] = strawberry.field(
        default_factory=list, description="What was wrong; nothing was sent."
    )


@strawberry.type(description="Someone's presence on a meeting page.")
class PresenceMessage:
    awareness: str = strawberry.field(description="An encoded awareness update (base64).")
    user_id: strawberry.Private[str]

    @strawberry.field(description="Whose presence it is.")
    async def user(self, info: Info[Context, Any]) -> User | None:
        import uuid

        found = await info.context.loaders.user.load(uuid.UUID(self.user_id))
        return User.from_model(found) if found else None


@strawberry.type
class PresenceMutation:
    @strawberry.mutation(description="Tell the other participant where you are (ephemeral).")
    async def send_presence(
        self, info: Info[Context, Any], input: SendPresenceInput
    ) -> SendPresencePayload:
        viewer = info.context.require_viewer()
        try:
            meeting_id = decode_id(input.meeting_id, "Meeting", "meetingId")
            data = decode_b64(input.awareness, "awareness")
            if len(data) > MAX_AWARENESS_BYTES:
                raise invalid("awareness", "At most 16 KiB.", ErrorCode.TOO_LARGE)
            async with info.context.db.read() as session:
                await meeting_for_change(session, viewer.user_id, meeting_id)
        except Invalid as exc:
            return SendPresencePayload(errors=user_errors(exc))
        await info.context.broadcast.publish(
            presence_channel(meeting_id),
            json.dumps({"user_id": str(viewer.user_id), "awareness": input.awareness}),
        )
        return SendPresencePayload()


@strawberry.type
class PresenceSubscription:
    @strawberry.subscription(description="The other participant's presence, as it changes.")
    async def meeting_presence(
        self,
        info: Info[Context, Any],
        meeting_id: Annotated[strawberry.ID, strawberry.argument(description="The meeting.")],
    ) -> AsyncGenerator[PresenceMessage, None]:
        async with follow_meeting(info, meeting_id, presence_channel) as stream:
            me = str(stream.viewer.user_id)
            async for message in stream.messages:
                if message.get("user_id") == me:
                    continue  # one's own presence comes back to no one
                yield PresenceMessage(awareness=message["awareness"], user_id=message["user_id"])
