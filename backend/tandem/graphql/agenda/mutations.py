"""Sync pushes and plain talking-point mutations."""

from __future__ import annotations

import base64
import binascii
from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Any

import strawberry
from sqlalchemy.ext.asyncio import AsyncSession
from strawberry.types import Info

from tandem.domain.actor import Actor
from tandem.domain.agenda import items, private, service
from tandem.domain.agenda.models import TalkingPoint as TalkingPointRow
from tandem.domain.errors import ErrorCode, Invalid, invalid
from tandem.graphql.agenda.types import DocumentState, TalkingPoint, Topic
from tandem.graphql.context import Context
from tandem.graphql.errors import UserError, decode_id, user_errors

ERRORS = "What was wrong; nothing was changed."


def decode_b64(value: str, field: str) -> bytes:
    try:
        return base64.b64decode(value.encode(), validate=True)
    except (binascii.Error, ValueError) as exc:
        raise invalid(field, "This is not valid base64.", ErrorCode.INVALID) from exc


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


@strawberry.input(description="Yjs updates from a client, and what it already has.")
class PushMeetingUpdatesInput:
    meeting_id: strawberry.ID = strawberry.field(description="The meeting.")
    updates: list[str] = strawberry.field(
        description="Yjs v1 updates, base64; 256 KiB in all at most (send a larger backlog "
        "in batches, docs/sync.md)."
    )
    state_vector: str | None = strawberry.field(
        default=None, description="The client's state vector (base64), to answer what it lacks."
    )


@strawberry.type(description="The result of pushMeetingUpdates.")
class PushMeetingUpdatesPayload:
    state: DocumentState | None = strawberry.field(
        default=None, description="What the client is missing after the push."
    )
    errors: list[UserError] = strawberry.field(
        default_factory=list,
        description="A refused push: nothing of it was stored. Codes (docs/sync.md says what "
        "to do with each): TOO_LARGE, INVALID_UPDATE, UNKNOWN_ROOT, INVALID_ITEM, TOO_LONG, "
        "INVALID_NOTES, HARD_DELETE, FORGED_AUTHOR, ITEM_KEY_TAKEN.",
    )


@strawberry.input(description="A new talking point.")
class AddTalkingPointInput:
    meeting_id: strawberry.ID = strawberry.field(description="The meeting.")
    text: str = strawberry.field(description="What to talk about (up to 2000 characters).")
    section: str | None = strawberry.field(default=None, description="Its section.")
    topic: Topic | None = strawberry.field(default=None, description="Its topic.")
    after_id: strawberry.ID | None = strawberry.field(
        default=None, description="Put it after this one (default: first in its section)."
    )
    private: bool = strawberry.field(
        default=False,
        description="Keep it to yourself: it never enters the shared agenda until you share it.",
    )


@strawberry.input(description="Changes to a talking point; omitted fields stay.")
class UpdateTalkingPointInput:
    talking_point_id: strawberry.ID = strawberry.field(description="The talking point.")
    text: str | None = strawberry.field(
        default=None, description="New text (applied as a minimal edit, merging live typing)."
    )
    done: bool | None = strawberry.field(default=None, description="Checked off or not.")
    topic: Topic | None = strawberry.field(default=None, description="A topic.")
    clear_topic: bool = strawberry.field(default=False, description="Remove the topic.")
    section: str | None = strawberry.field(default=None, description="Another section.")


@strawberry.input(description="Where to move a talking point.")
class MoveTalkingPointInput:
    talking_point_id: strawberry.ID = strawberry.field(description="The talking point.")
    after_id: strawberry.ID | None = strawberry.field(
        default=None, description="After this one (taking its section); none: first in its own."
    )


@strawberry.input(description="Names a talking point.")
class TalkingPointIdInput:
    talking_point_id: strawberry.ID = strawberry.field(description="The talking point.")


@strawberry.input(description="The viewer's private notes on a meeting (theirs alone).")
class UpdatePrivateNotesInput:
    meeting_id: strawberry.ID = strawberry.field(description="The meeting.")
    text: str = strawberry.field(description="The whole notes (up to 100000 characters).")
    base_version: int | None = strawberry.field(
        default=None,
        description="The privateNotesVersion the edit started from: a newer save from another "
        "device is then refused with CONFLICT instead of being overwritten.",
    )


@strawberry.type(description="The result of updatePrivateNotes.")
class UpdatePrivateNotesPayload:
    private_notes: str | None = strawberry.field(default=None, description="The notes, now.")
    version: int | None = strawberry.field(default=None, description="Their version, now.")
    errors: list[UserError] = strawberry.field(default_factory=list, description=ERRORS)


@strawberry.input(description="Markdown to add at the end of a meeting's shared notes.")
class AppendSharedNotesInput:
    meeting_id: strawberry.ID = strawberry.field(description="The meeting.")
    markdown: str = strawberry.field(
        description="Paragraphs, headings, lists, task lists (- [ ]), bold, italic, links; "
        "up to 20000 characters."
    )


@strawberry.type(description="The result of appendSharedNotes.")
class AppendSharedNotesPayload:
    shared_notes: str | None = strawberry.field(
        default=None, description="The shared notes as Markdown, now."
    )
    errors: list[UserError] = strawberry.field(default_factory=list, description=ERRORS)


@strawberry.type(description="The result of a talking-point mutation.")
class TalkingPointPayload:
    talking_point: TalkingPoint | None = strawberry.field(default=None, description="It, now.")
    errors: list[UserError] = strawberry.field(default_factory=list, description=ERRORS)


Work = Callable[[AsyncSession, Actor, datetime], Awaitable[TalkingPointRow]]


async def _point(info: Info[Context, Any], work: Work) -> TalkingPointPayload:
    actor = info.context.require_viewer().actor
    try:
        async with info.context.db.write() as session:
            row = await work(session, actor, info.context.now())
    except Invalid as exc:
        return TalkingPointPayload(errors=user_errors(exc))
    return TalkingPointPayload(talking_point=TalkingPoint.from_model(row))


@strawberry.type
class AgendaMutation:
    @strawberry.mutation(
        description="Push Yjs updates to a meeting's document; the answer carries what the "
        "client is missing. Each accepted update is stored before this returns."
    )
    async def push_meeting_updates(
        self, info: Info[Context, Any], input: PushMeetingUpdatesInput
    ) -> PushMeetingUpdatesPayload:
        actor = info.context.require_viewer().actor
        try:
            meeting_id = decode_id(input.meeting_id, "Meeting", "meetingId")
            updates = [decode_b64(u, "updates") for u in input.updates]
            vector = decode_b64(input.state_vector, "stateVector") if input.state_vector else None
            async with info.context.db.write() as session:
                synced = await service.push(
                    session, actor, meeting_id, updates, vector, info.context.now()
                )
        except Invalid as exc:
            return PushMeetingUpdatesPayload(errors=user_errors(exc))
        return PushMeetingUpdatesPayload(
            state=DocumentState(
                update=b64(synced.missing), state_vector=b64(synced.state_vector), seq=synced.seq
            )
        )

    @strawberry.mutation(description="Add a talking point (for clients that don't speak Yjs).")
    async def add_talking_point(
        self, info: Info[Context, Any], input: AddTalkingPointInput
    ) -> TalkingPointPayload:
        return await _point(
            info,
            lambda session, actor, now: items.add(
                session,
                actor,
                decode_id(input.meeting_id, "Meeting", "meetingId"),
                text=input.text,
                section=input.section,
                topic=input.topic.value if input.topic else None,
                after_id=decode_id(input.after_id, "TalkingPoint", "afterId")
                if input.after_id
                else None,
                now=now,
                private=input.private,
            ),
        )

    @strawberry.mutation(description="Change a talking point's text, done, topic or section.")
    async def update_talking_point(
        self, info: Info[Context, Any], input: UpdateTalkingPointInput
    ) -> TalkingPointPayload:
        changes = items.Changes(
            text=input.text,
            done=input.done,
            topic=input.topic.value if input.topic else None,
            clear_topic=input.clear_topic,
            section=input.section,
        )
        return await _point(
            info,
            lambda session, actor, now: items.change(
                session,
                actor,
                decode_id(input.talking_point_id, "TalkingPoint", "talkingPointId"),
                changes,
                now,
            ),
        )

    @strawberry.mutation(description="Move a talking point.")
    async def move_talking_point(
        self, info: Info[Context, Any], input: MoveTalkingPointInput
    ) -> TalkingPointPayload:
        return await _point(
            info,
            lambda session, actor, now: items.move(
                session,
                actor,
                decode_id(input.talking_point_id, "TalkingPoint", "talkingPointId"),
                decode_id(input.after_id, "TalkingPoint", "afterId") if input.after_id else None,
                now,
            ),
        )

    @strawberry.mutation(description="Remove a talking point (it is marked deleted, restorable).")
    async def remove_talking_point(
        self, info: Info[Context, Any], input: TalkingPointIdInput
    ) -> TalkingPointPayload:
        return await _point(
            info,
            lambda session, actor, now: items.remove(
                session,
                actor,
                decode_id(input.talking_point_id, "TalkingPoint", "talkingPointId"),
                now,
            ),
        )

    @strawberry.mutation(
        description="Share one's private talking point: it moves into the shared agenda, for "
        "good (this cannot be undone)."
    )
    async def share_talking_point(
        self, info: Info[Context, Any], input: TalkingPointIdInput
    ) -> TalkingPointPayload:
        return await _point(
            info,
            lambda session, actor, now: items.share(
                session,
                actor,
                decode_id(input.talking_point_id, "TalkingPoint", "talkingPointId"),
                now,
            ),
        )

    @strawberry.mutation(description="Save the viewer's private notes on a meeting.")
    async def update_private_notes(
        self, info: Info[Context, Any], input: UpdatePrivateNotesInput
    ) -> UpdatePrivateNotesPayload:
        actor = info.context.require_viewer().actor
        try:
            meeting_id = decode_id(input.meeting_id, "Meeting", "meetingId")
            async with info.context.db.write() as session:
                row = await private.save_notes(
                    session, actor, meeting_id, input.text, input.base_version, info.context.now()
                )
        except Invalid as exc:
            return UpdatePrivateNotesPayload(errors=user_errors(exc))
        return UpdatePrivateNotesPayload(private_notes=row.text, version=row.version)

    @strawberry.mutation(
        description="Append Markdown to a meeting's shared notes (for clients that don't speak "
        "Yjs); it merges with live editing."
    )
    async def append_shared_notes(
        self, info: Info[Context, Any], input: AppendSharedNotesInput
    ) -> AppendSharedNotesPayload:
        actor = info.context.require_viewer().actor
        try:
            meeting_id = decode_id(input.meeting_id, "Meeting", "meetingId")
            async with info.context.db.write() as session:
                text = await items.append_notes(
                    session, actor, meeting_id, input.markdown, info.context.now()
                )
        except Invalid as exc:
            return AppendSharedNotesPayload(errors=user_errors(exc))
        return AppendSharedNotesPayload(shared_notes=text)
