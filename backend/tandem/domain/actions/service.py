"""Action items: agreed in a meeting (or from a talking point), assigned to either participant,
optionally due on a date; open ones follow the 1:1 to its next meeting until someone completes
them, which records when and by whom."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from tandem.db.events import Event, emit
from tandem.db.pagination import Page, keyset_page
from tandem.domain.actions.models import ActionItem
from tandem.domain.actor import Actor
from tandem.domain.agenda.models import TalkingPoint
from tandem.domain.agenda.service import MEETING_EVENT, events_channel
from tandem.domain.errors import ErrorCode, FieldError, Invalid, invalid
from tandem.domain.oneonones.access import (
    meeting_for_change,
    series_for_change,
    visible_series,
)
from tandem.domain.oneonones.models import Meeting, MeetingStatus, OneOnOne, Participant
from tandem.domain.search import service as search

MAX_TITLE = 500
ACTION_ITEM_ADDED = "ActionItemAdded"
ACTION_ITEM_CHANGED = "ActionItemChanged"


def is_overdue(item: ActionItem, series: OneOnOne, now: datetime) -> bool:
    """Open and due before today, in the 1:1's timezone."""
    if item.done_at is not None or item.due_on is None:
        return False
    return item.due_on < now.astimezone(ZoneInfo(series.timezone)).date()


def _title(title: str) -> str:
    title = title.strip()
    if not title:
        raise invalid("title", "Say what needs doing.", ErrorCode.REQUIRED)
    if len(title) > MAX_TITLE:
        raise invalid("title", f"Use at most {MAX_TITLE} characters.", ErrorCode.TOO_LONG)
    return title


async def _assignee(session: AsyncSession, series_id: uuid.UUID, user_id: uuid.UUID) -> uuid.UUID:
    row = await session.get(Participant, (series_id, user_id))
    if row is None or row.left_at is not None:
        raise invalid("assigneeId", "Assign it to one of the 1:1's two people.", ErrorCode.INVALID)
    return user_id


async def index(session: AsyncSession, item: ActionItem) -> None:
    await search.put(
        session,
        search.Kind.ACTION_ITEM,
        item.id,
        series_id=item.one_on_one_id,
        meeting_id=item.meeting_id,
        body=item.title,
    )


async def _announce(session: AsyncSession, kind: str, item: ActionItem) -> None:
    """Tell the meeting it was agreed in and the series' next meeting (which lists open items)."""
    targets = {item.meeting_id} if item.meeting_id else set()
    upcoming = await session.execute(
        select(Meeting.id)
        .where(
            Meeting.one_on_one_id == item.one_on_one_id,
            Meeting.status == MeetingStatus.UPCOMING.value,
        )
        .order_by(Meeting.starts_at)
        .limit(1)
    )
    targets.update(upcoming.scalars())
    for meeting_id in targets:
        emit(
            session,
            Event(
                MEETING_EVENT,
                {"type": kind, "action_item_id": str(item.id), "meeting_id": str(meeting_id)},
                channel=events_channel(meeting_id),
            ),
        )


async def add(
    session: AsyncSession,
    actor: Actor,
    meeting_id: uuid.UUID,
    *,
    title: str,
    assignee_id: uuid.UUID | None,
    due_on: date | None,
    talking_point_id: uuid.UUID | None,
    now: datetime,
) -> ActionItem:
    title = _title(title)
    meeting, series = await meeting_for_change(session, actor.user_id, meeting_id)
    assignee = await _assignee(session, series.id, assignee_id or actor.user_id)
    if talking_point_id is not None:
        point = await session.get(TalkingPoint, talking_point_id)
        if (
            point is None
            or point.meeting_id != meeting.id
            or (point.private and point.author_id != actor.user_id)
        ):
            raise invalid("talkingPointId", "No such talking point here.", ErrorCode.NOT_FOUND)
    item = ActionItem(
        one_on_one_id=series.id,
        meeting_id=meeting.id,
        talking_point_id=talking_point_id,
        title=title,
        assignee_id=assignee,
        due_on=due_on,
        created_by_id=actor.user_id,
        created_at=now,
        updated_at=now,
    )
    session.add(item)
    meeting.activity_at = now
    await session.flush()
    await index(session, item)
    await _announce(session, ACTION_ITEM_ADDED, item)
    return item


@dataclass(frozen=True)
class Changes:
    title: str | None = None
    assignee_id: uuid.UUID | None = None
    due_on: date | None = None
    clear_due_on: bool = False
    done: bool | None = None


async def change(
    session: AsyncSession, actor: Actor, item_id: uuid.UUID, changes: Changes, now: datetime
) -> ActionItem:
    item = await session.get(ActionItem, item_id)
    if item is None or not await visible_series(session, actor.user_id, [item.one_on_one_id]):
        raise invalid("actionItemId", "No such action item.", ErrorCode.NOT_FOUND)
    series = await series_for_change(session, actor.user_id, item.one_on_one_id, "actionItemId")
    errors: list[FieldError] = []
    title = None
    if changes.title is not None:
        try:
            title = _title(changes.title)
        except Invalid as exc:
            errors.extend(exc.errors)
    if changes.assignee_id is not None:
        try:
            await _assignee(session, series.id, changes.assignee_id)
        except Invalid as exc:
            errors.extend(exc.errors)
    if errors:
        raise Invalid(*errors)
    if title is not None:
        item.title = title
    if changes.assignee_id is not None:
        item.assignee_id = changes.assignee_id
    if changes.clear_due_on:
        item.due_on = None
    elif changes.due_on is not None:
        item.due_on = changes.due_on
    if changes.done is True and item.done_at is None:
        item.done_at, item.done_by_id = now, actor.user_id
    elif changes.done is False:
        item.done_at, item.done_by_id = None, None
    item.updated_at = now
    await session.flush()
    await index(session, item)
    await _announce(session, ACTION_ITEM_CHANGED, item)
    return item


def open_first(items: list[ActionItem]) -> list[ActionItem]:
    """Open before done; then by due date (none last), then oldest first."""
    return sorted(
        items,
        key=lambda i: (
            i.done_at is not None,
            i.due_on is None,
            i.due_on or date.max,
            i.created_at,
            i.id,
        ),
    )


async def assigned_to(
    session: AsyncSession,
    user_id: uuid.UUID,
    *,
    done: bool | None,
    first: int | None,
    after: str | None,
) -> Page[ActionItem]:
    """The person's action items in the 1:1s they take part in, oldest first."""
    stmt = (
        select(ActionItem)
        .join(Participant, Participant.one_on_one_id == ActionItem.one_on_one_id)
        .where(Participant.user_id == user_id, ActionItem.assignee_id == user_id)
    )
    if done is not None:
        stmt = stmt.where(ActionItem.done_at.is_not(None) if done else ActionItem.done_at.is_(None))
    return await keyset_page(
        session,
        stmt,
        [ActionItem.created_at, ActionItem.id],
        first=first,
        after=after,
        key_types=(datetime, uuid.UUID),
    )
