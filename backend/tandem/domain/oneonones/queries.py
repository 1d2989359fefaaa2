"""A person's 1:1s and upcoming meetings, paged."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from tandem.db.pagination import Page, keyset_page
from tandem.domain.oneonones.models import (
    Meeting,
    MeetingStatus,
    OneOnOne,
    Participant,
    SeriesStatus,
)


async def my_series(
    session: AsyncSession,
    user_id: uuid.UUID,
    *,
    first: int | None,
    after: str | None,
    include_inactive: bool,
) -> Page[OneOnOne]:
    """The 1:1s the person takes part in (also those they left), by title."""
    stmt = select(OneOnOne).where(
        OneOnOne.id.in_(select(Participant.one_on_one_id).where(Participant.user_id == user_id))
    )
    if not include_inactive:
        stmt = stmt.where(OneOnOne.status == SeriesStatus.ACTIVE.value)
    return await keyset_page(
        session,
        stmt,
        [OneOnOne.title, OneOnOne.id],
        first=first,
        after=after,
        key_types=(str, uuid.UUID),
    )


async def my_upcoming_meetings(
    session: AsyncSession,
    user_id: uuid.UUID,
    now: datetime,
    *,
    first: int | None,
    after: str | None,
) -> Page[Meeting]:
    """Upcoming meetings of the person's active 1:1s, soonest first."""
    stmt = (
        select(Meeting)
        .join(OneOnOne, OneOnOne.id == Meeting.one_on_one_id)
        .join(Participant, Participant.one_on_one_id == OneOnOne.id)
        .where(
            Participant.user_id == user_id,
            Participant.left_at.is_(None),
            Meeting.status == MeetingStatus.UPCOMING.value,
            Meeting.ends_at > now,
        )
    )
    return await keyset_page(
        session,
        stmt,
        [Meeting.starts_at, Meeting.id],
        first=first,
        after=after,
        key_types=(datetime, uuid.UUID),
    )
