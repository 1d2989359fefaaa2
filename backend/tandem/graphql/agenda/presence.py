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
from tandem.domain.oneonones.access import meeting_for_change, require_still_in, visible_meetings
from tandem.graphql.agenda.mutations import decode_b64
from tandem.graphql.context import Context
from tandem.graphql.errors import Code, UserError, api_error, decode_id, user_errors
from tandem.graphql.people.types import User
from tandem.realtime.broadcast import decoded

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
                meeting, _ = await meeting_for_change(session, viewer.user_id, meeting_id)
                await require_still_in(session, viewer.user_id, meeting.one_on_one_id)
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
        viewer = info.context.require_viewer()
        try:
            raw_id = decode_id(meeting_id, "Meeting", "meetingId")
        except Invalid as exc:
            raise api_error(Code.NOT_FOUND, "No such meeting.") from exc
        async with info.context.db.read() as session:
            if not await visible_meetings(session, viewer.user_id, [raw_id]):
                raise api_error(Code.NOT_FOUND, "No such meeting.")
        async with info.context.broadcast.subscribe(presence_channel(raw_id)) as live:
            async for raw in live:
                message = decoded(raw)
                if message.get("user_id") == str(viewer.user_id):
                    continue  # one's own presence comes back to no one
                yield PresenceMessage(awareness=message["awareness"], user_id=message["user_id"])
