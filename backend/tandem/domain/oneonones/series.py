"""1:1 series: create, edit from a meeting on, archive, delete, leave."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from sqlalchemy import delete, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from tandem.domain.actor import Actor
from tandem.domain.agenda.carry import hand_over
from tandem.domain.errors import ErrorCode, FieldError, Invalid, invalid
from tandem.domain.oneonones import recurrence, schedule
from tandem.domain.oneonones.access import revoke_access, series_for_change
from tandem.domain.oneonones.announce import Announcer
from tandem.domain.oneonones.models import (
    Meeting,
    MeetingStatus,
    OneOnOne,
    Participant,
    SeriesStatus,
)
from tandem.domain.oneonones.templates import usable_template
from tandem.domain.people.models import User

MIN_DURATION, MAX_DURATION = 5, 480
# How far in the past a first meeting may be set (a 1:1 being written down just after it began).
PAST_TOLERANCE = timedelta(hours=1)


class Scope(StrEnum):
    FOLLOWING = "FOLLOWING"
    CURRENT_AND_FOLLOWING = "CURRENT_AND_FOLLOWING"


@dataclass(frozen=True)
class NewSeries:
    participant_id: uuid.UUID
    title: str
    starts_at: datetime
    duration_minutes: int
    timezone: str
    frequency: recurrence.Frequency
    template_id: uuid.UUID | None = None


def _check_title(title: str) -> FieldError | None:
    clean = " ".join(title.split())
    if not clean:
        return FieldError("title", "Give the 1:1 a title.", ErrorCode.REQUIRED)
    if len(clean) > 200:
        return FieldError("title", "Use at most 200 characters.", ErrorCode.TOO_LONG)
    return None


def _check_duration(minutes: int) -> FieldError | None:
    if not MIN_DURATION <= minutes <= MAX_DURATION:
        return FieldError(
            "durationMinutes",
            f"Choose between {MIN_DURATION} and {MAX_DURATION} minutes.",
            ErrorCode.INVALID,
        )
    return None


def _check_timezone(timezone: str) -> FieldError | None:
    if not recurrence.validate_timezone(timezone):
        return FieldError("timezone", "Choose a timezone such as Europe/Berlin.", ErrorCode.INVALID)
    return None


def _check_start(starts_at: datetime, now: datetime) -> FieldError | None:
    if starts_at.tzinfo is None:
        return FieldError("startsAt", "Give the time with its UTC offset.", ErrorCode.INVALID)
    if starts_at < now - PAST_TOLERANCE:
        return FieldError("startsAt", "Choose a time in the future.", ErrorCode.INVALID)
    return None


def local_wall_time(moment: datetime, timezone: str) -> datetime:
    """The naive wall-clock time of an aware instant in `timezone` (the rule's anchor)."""
    from zoneinfo import ZoneInfo

    return moment.astimezone(ZoneInfo(timezone)).replace(tzinfo=None, second=0, microsecond=0)


async def create_series(
    session: AsyncSession,
    actor: Actor,
    new: NewSeries,
    now: datetime,
    *,
    allow_past: bool = False,
    announcer: Announcer | None = None,
    send_invitations: bool = True,
) -> OneOnOne:
    """A 1:1 between the actor and anyone else in the organisation, and its first meetings."""
    errors = [
        e
        for e in (
            _check_title(new.title),
            _check_duration(new.duration_minutes),
            _check_timezone(new.timezone),
            None if allow_past else _check_start(new.starts_at, now),
        )
        if e
    ]
    other = await session.get(User, new.participant_id)
    if new.participant_id == actor.user_id:
        errors.append(FieldError("participantId", "Choose someone else.", ErrorCode.SELF))
    elif other is None:
        errors.append(FieldError("participantId", "No such person.", ErrorCode.NOT_FOUND))
    elif not other.is_active:
        errors.append(
            FieldError("participantId", "This person is deactivated.", ErrorCode.INACTIVE)
        )
    if errors:
        raise Invalid(*errors)
    if new.template_id is not None:
        await usable_template(session, actor.user_id, new.template_id, "templateId")
    series = OneOnOne(
        title=" ".join(new.title.split()),
        created_by_id=actor.user_id,
        status=SeriesStatus.ACTIVE.value,
        timezone=new.timezone,
        frequency=new.frequency.value,
        anchor_local=local_wall_time(new.starts_at, new.timezone),
        duration_minutes=new.duration_minutes,
        template_id=new.template_id,
        rule_version=1,
        generated_through=-1,
    )
    session.add(series)
    await session.flush()
    session.add_all(
        [
            Participant(one_on_one_id=series.id, user_id=actor.user_id),
            Participant(one_on_one_id=series.id, user_id=new.participant_id),
        ]
    )
    await session.flush()
    await schedule.extend(session, series, now)
    if announcer is not None:
        await announcer.created(session, series, now, send_invitations=send_invitations)
    return series


@dataclass(frozen=True)
class SeriesChanges:
    title: str | None = None
    starts_at: datetime | None = None
    duration_minutes: int | None = None
    timezone: str | None = None
    frequency: recurrence.Frequency | None = None
    template_id: uuid.UUID | None = None
    clear_template: bool = False

    @property
    def reschedules(self) -> bool:
        return any(
            v is not None
            for v in (self.starts_at, self.duration_minutes, self.timezone, self.frequency)
        ) or (self.template_id is not None or self.clear_template)


async def update_series(
    session: AsyncSession,
    actor: Actor,
    series_id: uuid.UUID,
    from_meeting_id: uuid.UUID,
    scope: Scope,
    changes: SeriesChanges,
    now: datetime,
    announcer: Announcer | None = None,
) -> OneOnOne:
    """Change the series from a meeting on. Time, duration, frequency, timezone or template
    regenerate exactly the affected upcoming meetings (a rescheduled one keeps its override);
    what was written in a dropped meeting moves to the next remaining one."""
    series = await series_for_change(session, actor.user_id, series_id, "oneOnOneId")
    if series.status != SeriesStatus.ACTIVE.value:
        raise invalid("oneOnOneId", "This 1:1 is no longer active.", ErrorCode.INVALID)
    origin = await session.get(Meeting, from_meeting_id)
    if origin is None or origin.one_on_one_id != series.id:
        raise invalid("fromMeetingId", "No such meeting in this 1:1.", ErrorCode.NOT_FOUND)
    errors = [
        e
        for e in (
            _check_title(changes.title) if changes.title is not None else None,
            _check_duration(changes.duration_minutes)
            if changes.duration_minutes is not None
            else None,
            _check_timezone(changes.timezone) if changes.timezone is not None else None,
            _check_start(changes.starts_at, now) if changes.starts_at is not None else None,
        )
        if e
    ]
    if errors:
        raise Invalid(*errors)
    if changes.template_id is not None:
        await usable_template(session, actor.user_id, changes.template_id, "templateId")
    include_origin = scope == Scope.CURRENT_AND_FOLLOWING
    old_version, old_rule, old_duration = (
        series.rule_version,
        schedule.rule_of(series),
        series.duration_minutes,
    )
    if changes.title is not None:
        await _retitle(session, series, origin, include_origin, " ".join(changes.title.split()))
    if changes.reschedules:
        await _regenerate(session, series, origin, include_origin, changes, now)
    await session.flush()
    if announcer is not None and (changes.title is not None or changes.reschedules):
        await announcer.series_updated(
            session,
            series,
            actor.user_id,
            now,
            old_version=old_version,
            old_rule=old_rule,
            old_duration=old_duration,
        )
    return series


async def _retitle(
    session: AsyncSession, series: OneOnOne, origin: Meeting, include_origin: bool, title: str
) -> None:
    """The series' title changes from `origin` on; earlier meetings keep the title they had."""
    earlier = (
        Meeting.scheduled_start < origin.scheduled_start
        if include_origin
        else Meeting.scheduled_start <= origin.scheduled_start
    )
    await session.execute(
        update(Meeting)
        .where(Meeting.one_on_one_id == series.id, earlier, Meeting.title.is_(None))
        .values(title=series.title)
    )
    series.title = title


async def _regenerate(
    session: AsyncSession,
    series: OneOnOne,
    origin: Meeting,
    include_origin: bool,
    changes: SeriesChanges,
    now: datetime,
) -> None:
    after = (
        Meeting.scheduled_start >= origin.scheduled_start
        if include_origin
        else Meeting.scheduled_start > origin.scheduled_start
    )
    affected = list(
        (
            await session.execute(
                select(Meeting)
                .where(
                    Meeting.one_on_one_id == series.id,
                    Meeting.status == MeetingStatus.UPCOMING.value,
                    after,
                )
                .order_by(Meeting.scheduled_start)
            )
        ).scalars()
    )
    dropped = [m for m in affected if not m.rescheduled]
    timezone = changes.timezone or series.timezone
    if changes.starts_at is not None:
        anchor = local_wall_time(changes.starts_at, timezone)
    elif dropped:
        anchor = local_wall_time(dropped[0].scheduled_start, series.timezone)
    else:
        anchor = _next_local_start(series, origin)
    series.anchor_local = anchor
    series.timezone = timezone
    if changes.frequency is not None:
        series.frequency = changes.frequency.value
    if changes.duration_minutes is not None:
        series.duration_minutes = changes.duration_minutes
    if changes.clear_template:
        series.template_id = None
    elif changes.template_id is not None:
        series.template_id = changes.template_id
    series.rule_version += 1
    series.generated_through = -1
    created = await schedule.extend(session, series, now)
    # A meeting the new rule puts exactly where an affected one was stays that meeting (same
    # ID, same content), taking its place in the new rule.
    by_start = {m.scheduled_start: m for m in dropped}
    adopted = [
        (new, by_start.pop(new.scheduled_start))
        for new in created
        if new.scheduled_start in by_start
    ]
    for new, _ in adopted:
        await session.delete(new)
    await session.flush()
    for new, old in adopted:
        old.rule_version, old.occurrence_index = new.rule_version, new.occurrence_index
        old.ends_at = old.starts_at + timedelta(minutes=series.duration_minutes)
        old.template_id = new.template_id
    gone = list(by_start.values())
    await _hand_over(session, series, gone, now)
    for meeting in gone:
        await session.delete(meeting)
    await session.flush()
    await _carry_content(session, series, gone)


async def _hand_over(
    session: AsyncSession, series: OneOnOne, dropped: list[Meeting], now: datetime
) -> None:
    """What was written in a dropped meeting goes to the next remaining one (or the last)."""
    if not dropped:
        return
    gone = {m.id for m in dropped}
    remaining = [
        m
        for m in (
            await session.execute(
                select(Meeting)
                .where(
                    Meeting.one_on_one_id == series.id,
                    Meeting.status == MeetingStatus.UPCOMING.value,
                )
                .order_by(Meeting.starts_at)
            )
        ).scalars()
        if m.id not in gone
    ]
    if not remaining:
        return
    for old in dropped:
        target = next((m for m in remaining if m.starts_at >= old.scheduled_start), remaining[-1])
        await hand_over(session, old, target, now)


def _next_local_start(series: OneOnOne, origin: Meeting) -> datetime:
    rule = schedule.rule_of(series)
    if rule.frequency == recurrence.Frequency.ONCE:
        return local_wall_time(origin.scheduled_start + timedelta(days=7), series.timezone)
    index = recurrence.index_at_or_after(rule, origin.scheduled_start + timedelta(seconds=1))
    return recurrence.local_start(rule, index or 0)


async def _carry_content(session: AsyncSession, series: OneOnOne, dropped: list[Meeting]) -> None:
    """Nothing written is lost: a dropped meeting's details go to the next remaining meeting
    (or the last one when none follows)."""
    with_content = [m for m in dropped if m.details.strip() or m.activity_at is not None]
    if not with_content:
        return
    remaining = list(
        (
            await session.execute(
                select(Meeting)
                .where(
                    Meeting.one_on_one_id == series.id,
                    Meeting.status == MeetingStatus.UPCOMING.value,
                )
                .order_by(Meeting.starts_at)
            )
        ).scalars()
    )
    if not remaining:
        return
    for old in with_content:
        target = next((m for m in remaining if m.starts_at >= old.scheduled_start), remaining[-1])
        if old.details.strip():
            target.details = (target.details + "\n\n" + old.details).strip()
        target.activity_at = max(
            (t for t in (target.activity_at, old.activity_at) if t is not None), default=None
        )


async def _cancel_upcoming(session: AsyncSession, series: OneOnOne, now: datetime) -> None:
    await session.execute(
        update(Meeting)
        .where(
            Meeting.one_on_one_id == series.id,
            Meeting.status == MeetingStatus.UPCOMING.value,
            Meeting.ends_at > now,
        )
        .values(status=MeetingStatus.CANCELLED.value, cancelled_at=now)
    )


async def held_count(session: AsyncSession, series_id: uuid.UUID) -> int:
    row = await session.execute(
        select(func.count()).where(
            Meeting.one_on_one_id == series_id, Meeting.status == MeetingStatus.COMPLETED.value
        )
    )
    return int(row.scalar_one())


async def archive_series(
    session: AsyncSession,
    actor: Actor,
    series_id: uuid.UUID,
    now: datetime,
    announcer: Announcer | None = None,
) -> OneOnOne:
    """Only the creator, and only once a meeting was held; upcoming meetings are cancelled."""
    series = await series_for_change(session, actor.user_id, series_id, "oneOnOneId")
    if series.created_by_id != actor.user_id:
        raise invalid(
            "oneOnOneId",
            "Only the person who created this 1:1 may archive it.",
            ErrorCode.FORBIDDEN,
        )
    if series.status == SeriesStatus.ARCHIVED.value:
        return series
    if await held_count(session, series.id) == 0:
        raise invalid(
            "oneOnOneId",
            "A 1:1 that has held no meeting cannot be archived: delete it instead.",
            ErrorCode.INVALID,
        )
    await _cancel_upcoming(session, series, now)
    series.status = SeriesStatus.ARCHIVED.value
    series.archived_at = now
    await session.flush()
    if announcer is not None:
        await announcer.series_ended(session, series, actor.user_id)
    return series


async def delete_series(
    session: AsyncSession,
    actor: Actor,
    series_id: uuid.UUID,
    announcer: Announcer | None = None,
) -> uuid.UUID:
    """Only the creator, and only while no meeting has been held."""
    series = await series_for_change(session, actor.user_id, series_id, "oneOnOneId")
    if series.created_by_id != actor.user_id:
        raise invalid(
            "oneOnOneId", "Only the person who created this 1:1 may delete it.", ErrorCode.FORBIDDEN
        )
    if await held_count(session, series.id) > 0:
        raise invalid(
            "oneOnOneId",
            "This 1:1 has held meetings, so its history stays: archive it instead.",
            ErrorCode.INVALID,
        )
    if announcer is not None:
        await announcer.series_ended(session, series, actor.user_id, deleted=True)
    await session.execute(delete(Meeting).where(Meeting.one_on_one_id == series.id))
    await session.execute(delete(Participant).where(Participant.one_on_one_id == series.id))
    await session.delete(series)
    return series_id


async def leave_series(
    session: AsyncSession,
    actor: Actor,
    series_id: uuid.UUID,
    now: datetime,
    announcer: Announcer | None = None,
) -> OneOnOne:
    """Either participant may leave: upcoming meetings are cancelled for both; the history
    stays readable by both."""
    series = await series_for_change(
        session, actor.user_id, series_id, "oneOnOneId", allow_left=True
    )
    participant = await session.get(Participant, (series.id, actor.user_id))
    assert participant is not None
    if participant.left_at is not None:
        return series
    participant.left_at = now
    await _cancel_upcoming(session, series, now)
    meeting_ids = (
        await session.execute(select(Meeting.id).where(Meeting.one_on_one_id == series.id))
    ).scalars()
    revoke_access(session, list(meeting_ids), actor.user_id)
    if series.status == SeriesStatus.ACTIVE.value:
        series.status = SeriesStatus.ENDED.value
        series.ended_at = now
    await session.flush()
    if announcer is not None:
        await announcer.series_ended(session, series, actor.user_id)
    return series
