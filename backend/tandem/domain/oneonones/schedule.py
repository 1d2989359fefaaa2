"""Turning a series' rule into meeting rows, and closing meetings whose time has passed.

Fault isolation: each meeting is closed, and each series extended, in its own savepoint. One
that fails is logged, marked on its document row (when and why) and skipped for a day, and the
job goes on with the others — one bad row never stops the scheduler or the server's start."""

from __future__ import annotations

import logging
import uuid
from datetime import datetime, timedelta

from sqlalchemy import exists, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from tandem.db.events import savepoint
from tandem.domain.agenda.carry import carry_open_items
from tandem.domain.agenda.models import MAX_FAILURE, MeetingDocument
from tandem.domain.agenda.service import document_row, status_changed
from tandem.domain.oneonones import recurrence
from tandem.domain.oneonones.models import Meeting, MeetingStatus, OneOnOne, SeriesStatus

# Keep meetings for the next six months, and at least the next four of every series.
HORIZON = timedelta(days=183)
MIN_UPCOMING = 4
# Never create more rows than this for one series in one go (a rule far in the past).
MAX_BATCH = 500
# A meeting that could not be processed is tried again after this long.
RETRY_AFTER = timedelta(days=1)

log = logging.getLogger(__name__)


def rule_of(series: OneOnOne) -> recurrence.Rule:
    return recurrence.Rule(
        anchor=series.anchor_local,
        timezone=series.timezone,
        frequency=recurrence.Frequency(series.frequency),
    )


async def upcoming_count(session: AsyncSession, series_id: uuid.UUID, now: datetime) -> int:
    row = await session.execute(
        select(func.count()).where(
            Meeting.one_on_one_id == series_id,
            Meeting.status == MeetingStatus.UPCOMING.value,
            Meeting.starts_at > now,
        )
    )
    return int(row.scalar_one())


async def extend(session: AsyncSession, series: OneOnOne, now: datetime) -> list[Meeting]:
    """Create the meetings the rule calls for up to the horizon (and at least four upcoming).
    Idempotent: occurrences that have a row are never created again."""
    if series.status != SeriesStatus.ACTIVE.value:
        return []
    rule = rule_of(series)
    future = await upcoming_count(session, series.id, now)
    last = 0 if rule.frequency == recurrence.Frequency.ONCE else None
    created: list[Meeting] = []
    index = series.generated_through + 1
    while (last is None or index <= last) and len(created) < MAX_BATCH:
        start = recurrence.occurrence_utc(rule, index)
        if start >= now + HORIZON and future >= MIN_UPCOMING:
            break
        meeting = Meeting(
            one_on_one_id=series.id,
            rule_version=series.rule_version,
            occurrence_index=index,
            scheduled_start=start,
            starts_at=start,
            ends_at=start + timedelta(minutes=series.duration_minutes),
            status=MeetingStatus.UPCOMING.value,
            template_id=series.template_id,
        )
        session.add(meeting)
        created.append(meeting)
        if start > now:
            future += 1
        index += 1
    series.generated_through = index - 1
    await session.flush()
    for meeting in created:
        if meeting.template_id is not None:
            await document_row(session, meeting)  # the agenda, seeded from the template once
    return created


async def close_due_meetings(session: AsyncSession, now: datetime) -> int:
    """Meetings whose end has passed: COMPLETED if anything happened in them, else MISSED;
    either way their unchecked talking points go on to the next meeting. A meeting that
    cannot be closed stays as it was, marked (in its own `savepoint`); how many were closed."""
    failed_lately = exists().where(
        MeetingDocument.meeting_id == Meeting.id,
        MeetingDocument.failed_at > now - RETRY_AFTER,
    )
    due = await session.execute(
        select(Meeting)
        .where(
            Meeting.status == MeetingStatus.UPCOMING.value,
            Meeting.ends_at <= now,
            ~failed_lately,
        )
        .order_by(Meeting.starts_at)
        .with_for_update()
    )
    closing = list(due.scalars())
    for meeting in closing:
        held = meeting.activity_at is not None
        meeting.status = (MeetingStatus.COMPLETED if held else MeetingStatus.MISSED).value
        status_changed(session, meeting.id)
    await session.flush()
    closed = 0
    for meeting in closing:
        meeting_id = meeting.id
        try:
            async with savepoint(session):
                await carry_open_items(session, meeting, now)
                await _healthy(session, meeting_id)
        except Exception as exc:
            log.exception("meeting %s could not be closed; it is marked and skipped", meeting_id)
            await session.execute(
                update(Meeting)
                .where(Meeting.id == meeting_id)
                .values(status=MeetingStatus.UPCOMING.value)
            )
            await session.refresh(meeting)
            await _mark_failed(session, meeting_id, now, f"closing: {exc!r}")
            continue
        closed += 1
    return closed


async def _mark_failed(
    session: AsyncSession, meeting_id: uuid.UUID, now: datetime, why: str
) -> None:
    await session.execute(
        update(MeetingDocument)
        .where(MeetingDocument.meeting_id == meeting_id)
        .values(failed_at=now, failure=why[:MAX_FAILURE])
    )


async def _healthy(session: AsyncSession, meeting_id: uuid.UUID) -> None:
    await session.execute(
        update(MeetingDocument)
        .where(MeetingDocument.meeting_id == meeting_id, MeetingDocument.failed_at.is_not(None))
        .values(failed_at=None, failure=None)
    )


async def series_needing_meetings(session: AsyncSession, now: datetime) -> list[OneOnOne]:
    """Active series whose generated meetings end before the horizon or number fewer than
    four upcoming ones (one grouped query)."""
    stats = (
        select(
            Meeting.one_on_one_id.label("series_id"),
            func.max(Meeting.scheduled_start).label("last_start"),
            func.count()
            .filter(Meeting.status == MeetingStatus.UPCOMING.value, Meeting.starts_at > now)
            .label("upcoming"),
        )
        .group_by(Meeting.one_on_one_id)
        .subquery()
    )
    rows = await session.execute(
        select(OneOnOne, stats.c.last_start, stats.c.upcoming)
        .outerjoin(stats, stats.c.series_id == OneOnOne.id)
        .where(OneOnOne.status == SeriesStatus.ACTIVE.value)
    )
    needing = []
    for series, last_start, upcoming in rows.all():
        if series.frequency == recurrence.Frequency.ONCE.value and series.generated_through >= 0:
            continue
        if last_start is None or upcoming is None:
            needing.append(series)
            continue
        # The next occurrence of the rule would fall inside the horizon, or too few are left.
        following = recurrence.occurrence_utc(rule_of(series), series.generated_through + 1)
        if following < now + HORIZON or upcoming < MIN_UPCOMING:
            needing.append(series)
    return needing


async def run_schedule(session: AsyncSession, now: datetime) -> None:
    """The background job's work: close what is due, then keep every series' horizon."""
    await close_due_meetings(session, now)
    needing = await series_needing_meetings(session, now)
    for candidate in needing:
        # Re-read under the row's lock: a concurrent series edit must not be overwritten with
        # the rule this job read before it.
        series = (
            await session.execute(
                select(OneOnOne)
                .where(OneOnOne.id == candidate.id)
                .with_for_update()
                .execution_options(populate_existing=True)
            )
        ).scalar_one_or_none()
        if series is None:
            continue
        series_id = series.id
        try:
            async with savepoint(session):
                await extend(session, series, now)
        except Exception:
            log.exception("series %s could not be extended; it is tried again next run", series_id)
    if needing:
        # Occurrences generated late (after long downtime) may be past already.
        await close_due_meetings(session, now)
