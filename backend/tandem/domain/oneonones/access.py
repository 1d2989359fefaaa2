"""Privacy: a 1:1, its meetings and everything in them are visible to its two participants
alone — not to managers up the line, not to admins. Every look-up goes through here; for anyone
else the answer is the same as for an ID that does not exist."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import ScalarSelect, select
from sqlalchemy.ext.asyncio import AsyncSession

from tandem.db.events import Event, emit
from tandem.domain.errors import ErrorCode, invalid
from tandem.domain.oneonones.models import Meeting, OneOnOne, Participant

# Someone left a 1:1: their live streams of its meetings end (published on `access_channel`).
ACCESS_REVOKED = "access.revoked"
LEFT = "You left this 1:1: its history is read-only."


def _is_participant(user_id: uuid.UUID) -> ScalarSelect[uuid.UUID]:
    """The ids of the 1:1s `user_id` takes part in (also those they left)."""
    return select(Participant.one_on_one_id).where(Participant.user_id == user_id).scalar_subquery()


async def visible_series(
    session: AsyncSession, user_id: uuid.UUID, ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, OneOnOne]:
    if not ids:
        return {}
    rows = await session.execute(
        select(OneOnOne).where(OneOnOne.id.in_(set(ids)), OneOnOne.id.in_(_is_participant(user_id)))
    )
    return {s.id: s for s in rows.scalars()}


async def visible_meetings(
    session: AsyncSession, user_id: uuid.UUID, ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, Meeting]:
    if not ids:
        return {}
    rows = await session.execute(
        select(Meeting).where(
            Meeting.id.in_(set(ids)), Meeting.one_on_one_id.in_(_is_participant(user_id))
        )
    )
    return {m.id: m for m in rows.scalars()}


async def series_for_change(
    session: AsyncSession,
    user_id: uuid.UUID,
    series_id: uuid.UUID,
    field: str,
    *,
    allow_left: bool = False,
) -> OneOnOne:
    """The series, locked for a change, if the user takes part in it (else "no such 1:1") and
    has not left it (else forbidden: who left writes nothing more, unless `allow_left`)."""
    row = await session.execute(
        select(OneOnOne)
        .where(OneOnOne.id == series_id, OneOnOne.id.in_(_is_participant(user_id)))
        .with_for_update()
    )
    series = row.scalar_one_or_none()
    if series is None:
        raise invalid(field, "No such 1:1.", ErrorCode.NOT_FOUND)
    if not allow_left:
        await require_still_in(session, user_id, series.id, field)
    return series


async def meeting_for_change(
    session: AsyncSession, user_id: uuid.UUID, meeting_id: uuid.UUID, field: str = "meetingId"
) -> tuple[Meeting, OneOnOne]:
    """The meeting and its series, locked for a change, if the user takes part (else "no such
    meeting") and has not left the 1:1 (else forbidden)."""
    row = await session.execute(
        select(Meeting).where(
            Meeting.id == meeting_id, Meeting.one_on_one_id.in_(_is_participant(user_id))
        )
    )
    meeting = row.scalar_one_or_none()
    if meeting is None:
        raise invalid(field, "No such meeting.", ErrorCode.NOT_FOUND)
    series = await series_for_change(session, user_id, meeting.one_on_one_id, field)
    return meeting, series


async def require_still_in(
    session: AsyncSession, user_id: uuid.UUID, series_id: uuid.UUID, field: str = "meetingId"
) -> None:
    """Someone who left a 1:1 keeps reading its history but writes nothing more into it."""
    row = await session.get(Participant, (series_id, user_id))
    if row is None or row.left_at is not None:
        raise invalid(field, LEFT, ErrorCode.FORBIDDEN)


async def live_meeting(
    session: AsyncSession, user_id: uuid.UUID, meeting_id: uuid.UUID, field: str = "meetingId"
) -> Meeting:
    """The meeting, if the user may follow it live: a participant ("no such meeting" for anyone
    else) who has not left (forbidden: the history stays readable by query, not by stream)."""
    meeting = (await visible_meetings(session, user_id, [meeting_id])).get(meeting_id)
    if meeting is None:
        raise invalid(field, "No such meeting.", ErrorCode.NOT_FOUND)
    await require_still_in(session, user_id, meeting.one_on_one_id, field)
    return meeting


def access_channel(meeting_id: uuid.UUID | str) -> str:
    """Where the end of someone's access to a meeting is announced to their live streams."""
    return f"tandem:meeting-access:{meeting_id}"


def revoke_access(
    session: AsyncSession, meeting_ids: Sequence[uuid.UUID], user_id: uuid.UUID
) -> None:
    """End the person's live streams of these meetings, on every process, once this commits."""
    for meeting_id in meeting_ids:
        emit(
            session,
            Event(ACCESS_REVOKED, {"user_id": str(user_id)}, channel=access_channel(meeting_id)),
        )


async def participants_of(
    session: AsyncSession, series_ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, list[Participant]]:
    result: dict[uuid.UUID, list[Participant]] = {s: [] for s in series_ids}
    if not series_ids:
        return result
    rows = await session.execute(
        select(Participant).where(Participant.one_on_one_id.in_(set(series_ids)))
    )
    for p in rows.scalars():
        result[p.one_on_one_id].append(p)
    return result
