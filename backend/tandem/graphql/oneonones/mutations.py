"""Mutations of the 1:1 area. Someone outside a 1:1 gets "no such 1:1/meeting" and changes
nothing."""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Any

import strawberry
from sqlalchemy.ext.asyncio import AsyncSession
from strawberry.types import Info

from tandem.domain.actor import Actor
from tandem.domain.errors import Invalid
from tandem.domain.oneonones import meetings, models, series, templates
from tandem.domain.oneonones.announce import Announcer
from tandem.graphql.context import Context
from tandem.graphql.errors import UserError, decode_id, user_errors
from tandem.graphql.oneonones.inputs import (
    CreateOneOnOneInput,
    CreateTemplateInput,
    MeetingIdInput,
    OneOnOneIdInput,
    RescheduleMeetingInput,
    TemplateIdInput,
    UpdateMeetingInput,
    UpdateOneOnOneInput,
)
from tandem.graphql.oneonones.types import Meeting, OneOnOne, Template

ERRORS = "What was wrong; nothing was changed."


@strawberry.type(description="The result of a change to a 1:1.")
class OneOnOnePayload:
    one_on_one: OneOnOne | None = strawberry.field(default=None, description="The 1:1.")
    errors: list[UserError] = strawberry.field(default_factory=list, description=ERRORS)


@strawberry.type(description="The result of deleteOneOnOne.")
class DeleteOneOnOnePayload:
    deleted_id: strawberry.ID | None = strawberry.field(
        default=None, description="The ID of the deleted 1:1."
    )
    errors: list[UserError] = strawberry.field(default_factory=list, description=ERRORS)


@strawberry.type(description="The result of a change to a meeting.")
class MeetingPayload:
    meeting: Meeting | None = strawberry.field(default=None, description="The meeting.")
    errors: list[UserError] = strawberry.field(default_factory=list, description=ERRORS)


@strawberry.type(description="The result of a change to a template.")
class TemplatePayload:
    template: Template | None = strawberry.field(default=None, description="The template.")
    errors: list[UserError] = strawberry.field(default_factory=list, description=ERRORS)


Work = Callable[[AsyncSession, Actor, datetime], Awaitable[Any]]


def _announcer(info: Info[Context, Any]) -> Announcer:
    return info.context.announcer


async def _write(info: Info[Context, Any], work: Work) -> Any:
    """Run `work` as the viewer in one writing unit of work (IDs decode inside, so a bad ID is
    a payload error too); returns the result or the `Invalid` raised."""
    actor = info.context.require_viewer().actor
    try:
        async with info.context.db.write() as session:
            return await work(session, actor, info.context.now())
    except Invalid as exc:
        return exc


def _series_payload(result: models.OneOnOne | Invalid) -> OneOnOnePayload:
    if isinstance(result, Invalid):
        return OneOnOnePayload(errors=user_errors(result))
    return OneOnOnePayload(one_on_one=OneOnOne.from_model(result))


def _meeting_payload(result: models.Meeting | Invalid) -> MeetingPayload:
    if isinstance(result, Invalid):
        return MeetingPayload(errors=user_errors(result))
    return MeetingPayload(meeting=Meeting.from_model(result))


def _id(value: strawberry.ID, type_name: str, field: str) -> uuid.UUID:
    return decode_id(value, type_name, field)


@strawberry.type
class OneOnOneMutation:
    @strawberry.mutation(description="Start a 1:1 with anyone in the organisation.")
    async def create_one_on_one(
        self, info: Info[Context, Any], input: CreateOneOnOneInput
    ) -> OneOnOnePayload:
        async def work(session: AsyncSession, actor: Actor, now: datetime) -> models.OneOnOne:
            new = series.NewSeries(
                participant_id=_id(input.participant_id, "User", "participantId"),
                title=input.title,
                starts_at=input.starts_at,
                duration_minutes=input.duration_minutes,
                timezone=input.timezone,
                frequency=input.frequency,
                template_id=_id(input.template_id, "Template", "templateId")
                if input.template_id
                else None,
            )
            return await series.create_series(
                session,
                actor,
                new,
                now,
                announcer=_announcer(info),
                send_invitations=input.send_invitations,
            )

        return _series_payload(await _write(info, work))

    @strawberry.mutation(
        description="Change a series from a meeting on; the affected upcoming meetings are "
        "regenerated and nothing written in them is lost."
    )
    async def update_one_on_one(
        self, info: Info[Context, Any], input: UpdateOneOnOneInput
    ) -> OneOnOnePayload:
        async def work(session: AsyncSession, actor: Actor, now: datetime) -> models.OneOnOne:
            changes = series.SeriesChanges(
                title=input.title,
                starts_at=input.starts_at,
                duration_minutes=input.duration_minutes,
                timezone=input.timezone,
                frequency=input.frequency,
                template_id=_id(input.template_id, "Template", "templateId")
                if input.template_id
                else None,
                clear_template=input.clear_template,
            )
            return await series.update_series(
                session,
                actor,
                _id(input.one_on_one_id, "OneOnOne", "oneOnOneId"),
                _id(input.from_meeting_id, "Meeting", "fromMeetingId"),
                input.scope,
                changes,
                now,
                _announcer(info),
            )

        return _series_payload(await _write(info, work))

    @strawberry.mutation(
        description="Archive a 1:1 (its creator, once a meeting was held): history stays, "
        "nothing new is scheduled."
    )
    async def archive_one_on_one(
        self, info: Info[Context, Any], input: OneOnOneIdInput
    ) -> OneOnOnePayload:
        return _series_payload(
            await _write(
                info,
                lambda session, actor, now: series.archive_series(
                    session,
                    actor,
                    _id(input.one_on_one_id, "OneOnOne", "oneOnOneId"),
                    now,
                    _announcer(info),
                ),
            )
        )

    @strawberry.mutation(description="Delete a 1:1 that has held no meeting (its creator).")
    async def delete_one_on_one(
        self, info: Info[Context, Any], input: OneOnOneIdInput
    ) -> DeleteOneOnOnePayload:
        result = await _write(
            info,
            lambda session, actor, now: series.delete_series(
                session,
                actor,
                _id(input.one_on_one_id, "OneOnOne", "oneOnOneId"),
                _announcer(info),
            ),
        )
        if isinstance(result, Invalid):
            return DeleteOneOnOnePayload(errors=user_errors(result))
        return DeleteOneOnOnePayload(deleted_id=input.one_on_one_id)

    @strawberry.mutation(
        description="Leave a 1:1 (either participant): upcoming meetings are cancelled for "
        "both; the history stays readable by both."
    )
    async def leave_one_on_one(
        self, info: Info[Context, Any], input: OneOnOneIdInput
    ) -> OneOnOnePayload:
        return _series_payload(
            await _write(
                info,
                lambda session, actor, now: series.leave_series(
                    session,
                    actor,
                    _id(input.one_on_one_id, "OneOnOne", "oneOnOneId"),
                    now,
                    _announcer(info),
                ),
            )
        )

    @strawberry.mutation(description="End a meeting now: it was held.")
    async def end_meeting(self, info: Info[Context, Any], input: MeetingIdInput) -> MeetingPayload:
        return _meeting_payload(
            await _write(
                info,
                lambda session, actor, now: meetings.end_meeting(
                    session, actor, _id(input.meeting_id, "Meeting", "meetingId"), now
                ),
            )
        )

    @strawberry.mutation(description="Cancel one upcoming meeting.")
    async def cancel_meeting(
        self, info: Info[Context, Any], input: MeetingIdInput
    ) -> MeetingPayload:
        return _meeting_payload(
            await _write(
                info,
                lambda session, actor, now: meetings.cancel_meeting(
                    session,
                    actor,
                    _id(input.meeting_id, "Meeting", "meetingId"),
                    now,
                    _announcer(info),
                ),
            )
        )

    @strawberry.mutation(
        description="Move one meeting; the series keeps its rhythm and this meeting keeps its "
        "new time when the series changes."
    )
    async def reschedule_meeting(
        self, info: Info[Context, Any], input: RescheduleMeetingInput
    ) -> MeetingPayload:
        return _meeting_payload(
            await _write(
                info,
                lambda session, actor, now: meetings.reschedule_meeting(
                    session,
                    actor,
                    _id(input.meeting_id, "Meeting", "meetingId"),
                    input.starts_at,
                    now,
                    _announcer(info),
                ),
            )
        )

    @strawberry.mutation(description="Change one meeting's title or details (only it changes).")
    async def update_meeting(
        self, info: Info[Context, Any], input: UpdateMeetingInput
    ) -> MeetingPayload:
        changes = meetings.MeetingChanges(title=input.title, details=input.details)
        return _meeting_payload(
            await _write(
                info,
                lambda session, actor, now: meetings.update_meeting(
                    session,
                    actor,
                    _id(input.meeting_id, "Meeting", "meetingId"),
                    changes,
                    now,
                    _announcer(info),
                ),
            )
        )

    @strawberry.mutation(
        description="Create a personal template, or (admins) publish one to the organisation."
    )
    async def create_template(
        self, info: Info[Context, Any], input: CreateTemplateInput
    ) -> TemplatePayload:
        new = templates.NewTemplate(
            name=input.name,
            description=input.description,
            sections=[(s.title, list(s.prompts)) for s in input.sections],
            one_time=input.one_time,
            organisation=input.organisation,
        )
        result = await _write(
            info, lambda session, actor, now: templates.create_template(session, actor, new)
        )
        if isinstance(result, Invalid):
            return TemplatePayload(errors=user_errors(result))
        return TemplatePayload(template=Template.from_model(result))

    @strawberry.mutation(description="Hide a template from pickers (yours, or admins: the org's).")
    async def archive_template(
        self, info: Info[Context, Any], input: TemplateIdInput
    ) -> TemplatePayload:
        result = await _write(
            info,
            lambda session, actor, now: templates.archive_template(
                session, actor, _id(input.template_id, "Template", "id")
            ),
        )
        if isinstance(result, Invalid):
            return TemplatePayload(errors=user_errors(result))
        return TemplatePayload(template=Template.from_model(result))
