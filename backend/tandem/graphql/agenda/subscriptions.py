"""The live document: first what the client is missing, then every accepted update."""

from __future__ import annotations

import base64
import uuid
from collections.abc import AsyncGenerator
from typing import TYPE_CHECKING, Annotated, Any

import strawberry
from strawberry.types import Info

from tandem.domain.agenda import service
from tandem.domain.errors import Invalid
from tandem.graphql.agenda.mutations import b64, decode_b64
from tandem.graphql.agenda.streams import follow_meeting
from tandem.graphql.agenda.types import DocumentState, TalkingPoint
from tandem.graphql.context import Context
from tandem.graphql.errors import Code, api_error

if TYPE_CHECKING:
    from tandem.graphql.actions.types import ActionItem
    from tandem.graphql.comments.types import Comment
    from tandem.graphql.oneonones.types import Meeting


@strawberry.type(description="One message of a meeting's document stream.")
class DocumentMessage:
    update: str = strawberry.field(description="A Yjs v1 update (base64).")
    seq: int = strawberry.field(description="The update's number in the document's log.")


@strawberry.type
class AgendaSubscription:
    @strawberry.subscription(
        description="Follow a meeting's document: the first message carries everything the "
        "given state vector lacks, then every update accepted from anyone (also your own: "
        "applying an update twice is harmless)."
    )
    async def meeting_document(
        self,
        info: Info[Context, Any],
        meeting_id: Annotated[strawberry.ID, strawberry.argument(description="The meeting.")],
        state_vector: Annotated[
            str | None, strawberry.argument(description="The client's state vector (base64).")
        ] = None,
    ) -> AsyncGenerator[DocumentMessage, None]:
        try:
            vector = decode_b64(state_vector, "stateVector") if state_vector else None
        except Invalid as exc:
            raise api_error(Code.BAD_USER_INPUT, "This is not a valid state vector.") from exc
        # Listen first, then read: nothing committed in between can be missed.
        async with follow_meeting(info, meeting_id, service.document_channel) as stream:
            try:
                async with info.context.db.read() as session:
                    synced = await service.read(
                        session, stream.viewer.actor, stream.meeting.id, vector
                    )
            except Invalid as exc:
                raise api_error(Code.BAD_USER_INPUT, exc.errors[0].message) from exc
            yield DocumentMessage(update=b64(synced.missing), seq=synced.seq)
            async for message in stream.messages:
                payload = message.get("payload", {})
                if message.get("topic") != service.DOCUMENT_UPDATED:
                    continue
                if payload.get("seq", 0) <= synced.seq:
                    continue
                yield DocumentMessage(update=payload["update"], seq=int(payload["seq"]))


def state_of(synced: service.Synced) -> DocumentState:
    return DocumentState(
        update=base64.b64encode(synced.missing).decode(),
        state_vector=base64.b64encode(synced.state_vector).decode(),
        seq=synced.seq,
    )


@strawberry.type(description="A talking point was added (or restored).")
class TalkingPointAdded:
    talking_point: TalkingPoint = strawberry.field(description="It, now.")


@strawberry.type(description="A talking point's text, done or topic changed.")
class TalkingPointChanged:
    talking_point: TalkingPoint = strawberry.field(description="It, now.")


@strawberry.type(description="A talking point moved (position or section).")
class TalkingPointMoved:
    talking_point: TalkingPoint = strawberry.field(description="It, now.")


@strawberry.type(description="A talking point was removed (marked deleted).")
class TalkingPointRemoved:
    talking_point: TalkingPoint = strawberry.field(description="It, now.")


@strawberry.type(description="The meeting's status or time changed.")
class MeetingStatusChanged:
    meeting: Annotated[Meeting, strawberry.lazy("tandem.graphql.oneonones.types")] = (
        strawberry.field(description="The meeting, now.")
    )


@strawberry.type(description="Someone commented or replied.")
class CommentAdded:
    comment: Annotated[Comment, strawberry.lazy("tandem.graphql.comments.types")] = (
        strawberry.field(description="It, now.")
    )


@strawberry.type(description="A comment was edited.")
class CommentChanged:
    comment: Annotated[Comment, strawberry.lazy("tandem.graphql.comments.types")] = (
        strawberry.field(description="It, now.")
    )


@strawberry.type(description="A comment was deleted (its text is gone).")
class CommentDeleted:
    comment: Annotated[Comment, strawberry.lazy("tandem.graphql.comments.types")] = (
        strawberry.field(description="It, now.")
    )


@strawberry.type(description="An action item was written down (here, or open from before).")
class ActionItemAdded:
    action_item: Annotated[ActionItem, strawberry.lazy("tandem.graphql.actions.types")] = (
        strawberry.field(description="It, now.")
    )


@strawberry.type(description="An action item changed or was completed.")
class ActionItemChanged:
    action_item: Annotated[ActionItem, strawberry.lazy("tandem.graphql.actions.types")] = (
        strawberry.field(description="It, now.")
    )


MeetingEvent = Annotated[
    TalkingPointAdded
    | TalkingPointChanged
    | TalkingPointMoved
    | TalkingPointRemoved
    | MeetingStatusChanged
    | CommentAdded
    | CommentChanged
    | CommentDeleted
    | ActionItemAdded
    | ActionItemChanged,
    strawberry.union("MeetingEvent", description="Something that happened in a meeting."),
]
EVENT_TYPES: dict[str, type] = {
    "TalkingPointAdded": TalkingPointAdded,
    "TalkingPointChanged": TalkingPointChanged,
    "TalkingPointMoved": TalkingPointMoved,
    "TalkingPointRemoved": TalkingPointRemoved,
}


COMMENT_EVENTS: dict[str, type[CommentAdded | CommentChanged | CommentDeleted]] = {
    "CommentAdded": CommentAdded,
    "CommentChanged": CommentChanged,
    "CommentDeleted": CommentDeleted,
}
ACTION_EVENTS: dict[str, type[ActionItemAdded | ActionItemChanged]] = {
    "ActionItemAdded": ActionItemAdded,
    "ActionItemChanged": ActionItemChanged,
}


@strawberry.type
class MeetingEventsSubscription:
    @strawberry.subscription(
        description="Typed events of one meeting, for clients that don't speak Yjs."
    )
    async def meeting_events(
        self,
        info: Info[Context, Any],
        meeting_id: Annotated[strawberry.ID, strawberry.argument(description="The meeting.")],
    ) -> AsyncGenerator[MeetingEvent, None]:

        from tandem.domain.actions.models import ActionItem as ActionRow
        from tandem.domain.agenda.models import TalkingPoint as Row
        from tandem.domain.comments.models import Comment as CommentRow
        from tandem.domain.oneonones.access import visible_meetings
        from tandem.graphql.actions.types import ActionItem
        from tandem.graphql.comments.types import Comment
        from tandem.graphql.oneonones.types import Meeting

        async with follow_meeting(info, meeting_id, service.events_channel) as stream:
            viewer, raw_id = stream.viewer, stream.meeting.id
            async for message in stream.messages:
                payload = message.get("payload", {})
                async with info.context.db.read() as session:
                    if payload.get("type") == service.MEETING_STATUS_CHANGED:
                        found = await visible_meetings(session, viewer.user_id, [raw_id])
                        if raw_id in found:
                            yield MeetingStatusChanged(meeting=Meeting.from_model(found[raw_id]))
                        continue
                    kind_name = str(payload.get("type"))
                    if "comment_id" in payload:
                        comment = await session.get(CommentRow, uuid.UUID(payload["comment_id"]))
                        if comment is not None and kind_name in COMMENT_EVENTS:
                            yield COMMENT_EVENTS[kind_name](comment=Comment.from_model(comment))
                        continue
                    if "action_item_id" in payload:
                        item = await session.get(ActionRow, uuid.UUID(payload["action_item_id"]))
                        if item is not None and kind_name in ACTION_EVENTS:
                            yield ACTION_EVENTS[kind_name](action_item=ActionItem.from_model(item))
                        continue
                    row = await session.get(Row, uuid.UUID(payload["talking_point_id"]))
                    kind = EVENT_TYPES.get(kind_name)
                    if row is not None and kind is not None and not row.private:
                        yield kind(talking_point=TalkingPoint.from_model(row))


@strawberry.type(description="What the viewer keeps to themselves in a meeting.")
class PrivateContent:
    notes: str = strawberry.field(description="Their private notes.")
    notes_version: int = strawberry.field(description="The notes' version.")
    talking_points: list[TalkingPoint] = strawberry.field(
        description="Their private talking points, in order."
    )


@strawberry.type
class PrivateContentSubscription:
    @strawberry.subscription(
        description="The viewer's private notes and talking points of a meeting, now and after "
        "every change from any of their devices (nobody else can follow them)."
    )
    async def meeting_private_content(
        self,
        info: Info[Context, Any],
        meeting_id: Annotated[strawberry.ID, strawberry.argument(description="The meeting.")],
    ) -> AsyncGenerator[PrivateContent, None]:
        from tandem.domain.agenda import private

        viewer = info.context.require_viewer()

        def channel(raw_id: uuid.UUID) -> str:
            return private.private_channel(viewer.user_id, raw_id)

        async with follow_meeting(info, meeting_id, channel) as stream:
            raw_id = stream.meeting.id

            async def current() -> PrivateContent:
                async with info.context.db.read() as session:
                    notes = await private.notes_of(session, raw_id, viewer.user_id)
                    points = await private.private_points(session, raw_id, viewer.user_id)
                return PrivateContent(
                    notes=notes.text if notes else "",
                    notes_version=notes.version if notes else 0,
                    talking_points=[TalkingPoint.from_model(p) for p in points],
                )

            yield await current()
            async for _ in stream.messages:
                yield await current()
