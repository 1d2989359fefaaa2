"""What one person keeps to themselves in a meeting: private notes and private talking points.
Neither ever enters the shared document; both follow their author across their own devices
live (on a channel only they can subscribe to)."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from tandem.db.events import Event, emit
from tandem.domain.actor import Actor
from tandem.domain.agenda.models import PrivateNote, TalkingPoint
from tandem.domain.errors import ErrorCode, invalid
from tandem.domain.oneonones.access import meeting_for_change
from tandem.domain.search import service as search

MAX_NOTES = 100_000
PRIVATE_CHANGED = "private.changed"


def private_channel(user_id: uuid.UUID | str, meeting_id: uuid.UUID | str) -> str:
    return f"tandem:private:{user_id}:{meeting_id}"


def changed(session: AsyncSession, user_id: uuid.UUID, meeting_id: uuid.UUID) -> None:
    emit(
        session,
        Event(
            PRIVATE_CHANGED,
            {"user_id": str(user_id), "meeting_id": str(meeting_id)},
            channel=private_channel(user_id, meeting_id),
        ),
    )


async def notes_of(
    session: AsyncSession, meeting_id: uuid.UUID, user_id: uuid.UUID
) -> PrivateNote | None:
    return await session.get(PrivateNote, (meeting_id, user_id))


async def save_notes(
    session: AsyncSession,
    actor: Actor,
    meeting_id: uuid.UUID,
    text: str,
    base_version: int | None,
    now: datetime,
) -> PrivateNote:
    """Replace the actor's private notes. With `base_version` (the version the client edited),
    a save over a newer one from another device is refused with CONFLICT instead of erasing
    it; the client merges and saves again."""
    if len(text) > MAX_NOTES:
        raise invalid("text", f"Use at most {MAX_NOTES} characters.", ErrorCode.TOO_LONG)
    meeting, _ = await meeting_for_change(session, actor.user_id, meeting_id)
    row = (
        await session.execute(
            select(PrivateNote)
            .where(PrivateNote.meeting_id == meeting.id, PrivateNote.author_id == actor.user_id)
            .with_for_update()
        )
    ).scalar_one_or_none()
    current = row.version if row is not None else 0
    if base_version is not None and base_version != current:
        raise invalid(
            "baseVersion",
            "Your notes changed on another device; merge and save again.",
            ErrorCode.CONFLICT,
        )
    if row is None:
        row = PrivateNote(meeting_id=meeting.id, author_id=actor.user_id, text="", version=0)
        session.add(row)
    if row.text != text:
        row.text, row.version, row.updated_at = text, current + 1, now
        await session.flush()
        await index_notes(session, row, meeting.one_on_one_id)
        changed(session, actor.user_id, meeting.id)
    return row


def notes_ref(meeting_id: uuid.UUID, author_id: uuid.UUID) -> uuid.UUID:
    """The search reference of one person's notes on one meeting."""
    return uuid.uuid5(meeting_id, str(author_id))


async def index_notes(session: AsyncSession, row: PrivateNote, series_id: uuid.UUID) -> None:
    await search.put(
        session,
        search.Kind.PRIVATE_NOTES,
        notes_ref(row.meeting_id, row.author_id),
        series_id=series_id,
        meeting_id=row.meeting_id,
        body=row.text,
        private_to=row.author_id,
    )


async def private_points(
    session: AsyncSession, meeting_id: uuid.UUID, user_id: uuid.UUID
) -> list[TalkingPoint]:
    rows = await session.execute(
        select(TalkingPoint)
        .where(
            TalkingPoint.meeting_id == meeting_id,
            TalkingPoint.private.is_(True),
            TalkingPoint.author_id == user_id,
            TalkingPoint.deleted.is_(False),
        )
        .order_by(TalkingPoint.order_key, TalkingPoint.item_key)
    )
    return list(rows.scalars())
