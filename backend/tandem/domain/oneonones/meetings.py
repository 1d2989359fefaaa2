"""Actions on one meeting: end now, cancel, reschedule, edit."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from tandem.domain.actor import Actor
from tandem.domain.agenda.carry import carry_open_items
from tandem.domain.agenda.service import status_changed
from tandem.domain.errors import ErrorCode, FieldError, Invalid, invalid
from tandem.domain.oneonones.access import meeting_for_change
from tandem.domain.oneonones.announce import Announcer
from tandem.domain.oneonones.models import Meeting, MeetingStatus

# A meeting may be ended from this long before its scheduled start (people start early).
EARLY_START = timedelta(minutes=60)
MAX_DETAILS = 20_000


def _require_upcoming(meeting: Meeting) -> None:
    if meeting.status != MeetingStatus.UPCOMING.value:
        raise invalid(
            "meetingId",
            f"This meeting is {meeting.status.lower()}: only upcoming meetings change.",
            ErrorCode.INVALID,
        )


async def end_meeting(
    session: AsyncSession, actor: Actor, meeting_id: uuid.UUID, now: datetime
) -> Meeting:
    """The participants held it and are done: COMPLETED now."""
    meeting, _ = await meeting_for_change(session, actor.user_id, meeting_id)
    _require_upcoming(meeting)
    if meeting.starts_at - EARLY_START > now:
        raise invalid("meetingId", "This meeting has not started yet.", ErrorCode.INVALID)
    meeting.status = MeetingStatus.COMPLETED.value
    meeting.ended_at = now
    status_changed(session, meeting.id)
    meeting.activity_at = meeting.activity_at or now
    if meeting.ends_at > now:
        meeting.ends_at = max(now, meeting.starts_at)
    await session.flush()
    await carry_open_items(session, meeting, now)
    return meeting


async def cancel_meeting(
    session: AsyncSession,
    actor: Actor,
    meeting_id: uuid.UUID,
    now: datetime,
    announcer: Announcer | None = None,
) -> Meeting:
    meeting, series = await meeting_for_change(session, actor.user_id, meeting_id)
    _require_upcoming(meeting)
    meeting.status = MeetingStatus.CANCELLED.value
    meeting.cancelled_at = now
    status_changed(session, meeting.id)
    await session.flush()
    # It won't take place: its open talking points go on to the next meeting.
    await carry_open_items(session, meeting, now)
    if announcer is not None:
        await announcer.meeting_cancelled(session, series, meeting, actor.user_id)
    return meeting


async def reschedule_meeting(
    session: AsyncSession,
    actor: Actor,
    meeting_id: uuid.UUID,
    starts_at: datetime,
    now: datetime,
    announcer: Announcer | None = None,
) -> Meeting:
    """Move this occurrence only; it keeps its new time when the series changes later."""
    meeting, series = await meeting_for_change(session, actor.user_id, meeting_id)
    _require_upcoming(meeting)
    if starts_at.tzinfo is None:
        raise invalid("startsAt", "Give the time with its UTC offset.", ErrorCode.INVALID)
    if starts_at <= now:
        raise invalid("startsAt", "Choose a time in the future.", ErrorCode.INVALID)
    duration = meeting.ends_at - meeting.starts_at
    starts_at = starts_at.astimezone(UTC)
    meeting.starts_at = starts_at
    meeting.ends_at = starts_at + duration
    meeting.rescheduled = True
    status_changed(session, meeting.id)
    await session.flush()
    if announcer is not None:
        await announcer.meeting_changed(session, series, meeting, actor.user_id, moved=True)
    return meeting


@dataclass(frozen=True)
class MeetingChanges:
    title: str | None = None
    details: str | None = None


async def update_meeting(
    session: AsyncSession,
    actor: Actor,
    meeting_id: uuid.UUID,
    changes: MeetingChanges,
    now: datetime,
    announcer: Announcer | None = None,
) -> Meeting:
    """Retitle this meeting alone (an empty title returns to the series' title), or change its
    details."""
    meeting, series = await meeting_for_change(session, actor.user_id, meeting_id)
    errors = []
    if changes.title is not None and len(changes.title.strip()) > 200:
        errors.append(FieldError("title", "Use at most 200 characters.", ErrorCode.TOO_LONG))
    if changes.details is not None and len(changes.details) > MAX_DETAILS:
        errors.append(
            FieldError("details", f"Use at most {MAX_DETAILS} characters.", ErrorCode.TOO_LONG)
        )
    if errors:
        raise Invalid(*errors)
    retitled = False
    if changes.title is not None:
        title = " ".join(changes.title.split()) or None
        retitled = title != meeting.title
        meeting.title = title
    wrote = changes.details is not None and changes.details != meeting.details
    if changes.details is not None and wrote:
        meeting.details = changes.details
        meeting.activity_at = now
    await session.flush()
    if announcer is not None and meeting.status == MeetingStatus.UPCOMING.value:
        if retitled:
            await announcer.meeting_changed(session, series, meeting, actor.user_id, moved=False)
        if wrote:
            await announcer.agenda_updated(session, series, meeting, actor.user_id, now)
    return meeting
