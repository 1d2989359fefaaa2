"""Every live stream of a meeting opens here: one access rule (`live_meeting`: a participant
who has not left), one answer for everyone else (NOT_FOUND, as for a meeting that does not
exist, before any data), and the end of the stream the moment the viewer's access ends."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any

import strawberry
from strawberry.types import Info

from tandem.auth.viewer import Viewer
from tandem.domain.errors import ErrorCode, Invalid
from tandem.domain.oneonones.access import ACCESS_REVOKED, access_channel, live_meeting
from tandem.domain.oneonones.models import Meeting
from tandem.graphql.context import Context
from tandem.graphql.errors import Code, api_error, decode_id
from tandem.realtime.broadcast import decoded


@dataclass(frozen=True)
class MeetingStream:
    """An opened stream: the meeting as it was when it opened, who follows it, and the
    broadcast messages (parsed) of its channels until the viewer's access ends."""

    meeting: Meeting
    viewer: Viewer
    messages: AsyncIterator[Any]


@asynccontextmanager
async def follow_meeting(
    info: Info[Context, Any],
    meeting_id: strawberry.ID,
    *channels: Callable[[uuid.UUID], str],
) -> AsyncIterator[MeetingStream]:
    """Open a stream of `meeting_id` over the broadcast `channels` (each named from the
    meeting's UUID). It listens before it checks access, so an access that ends in between
    still ends the stream."""
    context = info.context
    viewer = context.require_viewer()
    try:
        raw_id = decode_id(meeting_id, "Meeting", "meetingId")
    except Invalid as exc:
        raise api_error(Code.NOT_FOUND, "No such meeting.") from exc
    names = [channel(raw_id) for channel in channels]
    async with context.broadcast.subscribe(*names, access_channel(raw_id)) as live:
        try:
            async with context.db.read() as session:
                meeting = await live_meeting(session, viewer.user_id, raw_id)
        except Invalid as exc:
            error = exc.errors[0]
            code = Code.FORBIDDEN if error.code == ErrorCode.FORBIDDEN else Code.NOT_FOUND
            raise api_error(code, error.message) from exc
        yield MeetingStream(meeting, viewer, _until_revoked(live, str(viewer.user_id)))


async def _until_revoked(live: AsyncIterator[str], user_id: str) -> AsyncIterator[Any]:
    async for raw in live:
        message = decoded(raw)
        if isinstance(message, dict) and message.get("topic") == ACCESS_REVOKED:
            if message.get("payload", {}).get("user_id") == user_id:
                return
            continue
        yield message
