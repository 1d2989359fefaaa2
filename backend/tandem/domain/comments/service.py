"""Comments on a meeting or a talking point: replies one level deep, edit and delete one's own,
@-mentions of the other participant notify them. Only the meeting's participants see any."""

from __future__ import annotations

import re
import uuid
from datetime import datetime

from sqlalchemy import or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from tandem.db.events import Event, emit
from tandem.domain.actor import Actor
from tandem.domain.agenda.models import TalkingPoint
from tandem.domain.agenda.service import MEETING_EVENT, events_channel
from tandem.domain.comments.models import Comment
from tandem.domain.errors import ErrorCode, invalid
from tandem.domain.oneonones.access import meeting_for_change, visible_meetings
from tandem.domain.oneonones.announce import Announcer
from tandem.domain.oneonones.models import Meeting, OneOnOne, Participant
from tandem.domain.people.models import User
from tandem.domain.search import service as search

MAX_BODY = 5000
COMMENT_ADDED = "CommentAdded"
COMMENT_CHANGED = "CommentChanged"
COMMENT_DELETED = "CommentDeleted"


def _clean(body: str) -> str:
    body = body.strip()
    if not body:
        raise invalid("body", "Write something.", ErrorCode.REQUIRED)
    if len(body) > MAX_BODY:
        raise invalid("body", f"Use at most {MAX_BODY} characters.", ErrorCode.TOO_LONG)
    return body


def mentions(body: str, person: User) -> bool:
    """Whether `body` @-mentions `person`: by full name, first name or email name."""
    names = {person.name, person.name.split(" ")[0], person.email.split("@")[0]}
    for name in sorted((n for n in names if n), key=len, reverse=True):
        if re.search(rf"(?<![\w@])@{re.escape(name)}(?![\w])", body, re.IGNORECASE):
            return True
    return False


async def _index(session: AsyncSession, comment: Comment) -> None:
    series_id = (
        await session.execute(select(Meeting.one_on_one_id).where(Meeting.id == comment.meeting_id))
    ).scalar_one()
    await search.put(
        session,
        search.Kind.COMMENT,
        comment.id,
        series_id=series_id,
        meeting_id=comment.meeting_id,
        body="" if comment.deleted_at else comment.body,
    )


def _announce(session: AsyncSession, kind: str, comment: Comment) -> None:
    emit(
        session,
        Event(
            MEETING_EVENT,
            {"type": kind, "comment_id": str(comment.id), "meeting_id": str(comment.meeting_id)},
            channel=events_channel(comment.meeting_id),
        ),
    )


async def _other_participant(
    session: AsyncSession, series_id: uuid.UUID, actor_id: uuid.UUID
) -> User | None:
    row = await session.execute(
        select(User)
        .join(Participant, Participant.user_id == User.id)
        .where(Participant.one_on_one_id == series_id, User.id != actor_id)
    )
    return row.scalar_one_or_none()


async def _notify_mentions(
    session: AsyncSession,
    announcer: Announcer | None,
    actor: Actor,
    meeting: Meeting,
    series: OneOnOne,
    comment: Comment,
    previous_body: str = "",
) -> None:
    other = await _other_participant(session, series.id, actor.user_id)
    if announcer is None or other is None:
        return
    if mentions(comment.body, other) and not mentions(previous_body, other):
        await announcer.mentioned(session, series, meeting, actor.user_id, comment.id, comment.body)


async def add(
    session: AsyncSession,
    actor: Actor,
    *,
    meeting_id: uuid.UUID | None,
    talking_point_id: uuid.UUID | None,
    parent_id: uuid.UUID | None,
    body: str,
    now: datetime,
    announcer: Announcer | None = None,
) -> Comment:
    """A comment on a meeting, on a talking point, or a reply (which sits under the thread's
    first comment: replies are one level deep)."""
    if [meeting_id, talking_point_id, parent_id].count(None) != 2:
        raise invalid(None, "Name one of meetingId, talkingPointId or parentId.", ErrorCode.INVALID)
    body = _clean(body)
    point_id = None
    if parent_id is not None:
        parent = await _visible(session, actor, parent_id, "parentId")
        if parent.parent_id is not None:
            parent = await _visible(session, actor, parent.parent_id, "parentId")
        if parent.deleted_at is not None:
            raise invalid("parentId", "This comment was deleted.", ErrorCode.INVALID)
        meeting_id, point_id = parent.meeting_id, parent.talking_point_id
        parent_id = parent.id
    elif talking_point_id is not None:
        point = await session.get(TalkingPoint, talking_point_id)
        if point is None or (point.private and point.author_id != actor.user_id):
            raise invalid("talkingPointId", "No such talking point.", ErrorCode.NOT_FOUND)
        await meeting_for_change(session, actor.user_id, point.meeting_id, "talkingPointId")
        if point.private:
            raise invalid(
                "talkingPointId",
                "This talking point is private: share it before discussing it.",
                ErrorCode.INVALID,
            )
        meeting_id, point_id = point.meeting_id, point.id
    assert meeting_id is not None
    meeting, series = await meeting_for_change(session, actor.user_id, meeting_id)
    comment = Comment(
        meeting_id=meeting.id,
        talking_point_id=point_id,
        parent_id=parent_id,
        author_id=actor.user_id,
        body=body,
        created_at=now,
    )
    session.add(comment)
    meeting.activity_at = now
    await session.flush()
    await _index(session, comment)
    _announce(session, COMMENT_ADDED, comment)
    await _notify_mentions(session, announcer, actor, meeting, series, comment)
    return comment


async def _visible(
    session: AsyncSession, actor: Actor, comment_id: uuid.UUID, field: str = "commentId"
) -> Comment:
    comment = await session.get(Comment, comment_id)
    if comment is None or not await visible_meetings(session, actor.user_id, [comment.meeting_id]):
        raise invalid(field, "No such comment.", ErrorCode.NOT_FOUND)
    return comment


async def _own(
    session: AsyncSession, actor: Actor, comment_id: uuid.UUID
) -> tuple[Comment, Meeting, OneOnOne]:
    comment = await _visible(session, actor, comment_id)
    if comment.author_id != actor.user_id:
        raise invalid("commentId", "Only its author may change a comment.", ErrorCode.FORBIDDEN)
    if comment.deleted_at is not None:
        raise invalid("commentId", "This comment was deleted.", ErrorCode.INVALID)
    meeting, series = await meeting_for_change(session, actor.user_id, comment.meeting_id)
    return comment, meeting, series


async def edit(
    session: AsyncSession,
    actor: Actor,
    comment_id: uuid.UUID,
    body: str,
    now: datetime,
    announcer: Announcer | None = None,
) -> Comment:
    comment, meeting, series = await _own(session, actor, comment_id)
    body = _clean(body)
    if body == comment.body:
        return comment
    previous, comment.body, comment.edited_at = comment.body, body, now
    await session.flush()
    await _index(session, comment)
    _announce(session, COMMENT_CHANGED, comment)
    await _notify_mentions(session, announcer, actor, meeting, series, comment, previous)
    return comment


async def delete(
    session: AsyncSession, actor: Actor, comment_id: uuid.UUID, now: datetime
) -> Comment:
    """Its text is erased at once; with replies, a "deleted" placeholder keeps the thread."""
    comment, _, _ = await _own(session, actor, comment_id)
    comment.body, comment.deleted_at = "", now
    await session.flush()
    await _index(session, comment)
    _announce(session, COMMENT_DELETED, comment)
    return comment


async def threads(
    session: AsyncSession, meeting_ids: list[uuid.UUID], point_ids: list[uuid.UUID]
) -> list[Comment]:
    """Every comment of these meetings (meeting-level) and talking points, oldest first,
    leaving out deleted ones that nobody replied to. Callers check visibility first."""
    rows = list(
        (
            await session.execute(
                select(Comment)
                .where(
                    or_(
                        Comment.meeting_id.in_(set(meeting_ids))
                        & Comment.talking_point_id.is_(None),
                        Comment.talking_point_id.in_(set(point_ids)),
                    )
                )
                .order_by(Comment.created_at, Comment.id)
            )
        ).scalars()
    )
    replied = {c.parent_id for c in rows if c.parent_id is not None and c.deleted_at is None}
    return [c for c in rows if c.deleted_at is None or c.id in replied]
