"""Plain changes to the agenda for clients that don't speak Yjs: the server makes them as Y
transactions on the same document (text by minimal diff), so they merge with live edits."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from pycrdt import Doc
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from tandem.domain.actor import Actor
from tandem.domain.agenda import service
from tandem.domain.agenda.models import TalkingPoint
from tandem.domain.agenda.private import changed, private_points
from tandem.domain.errors import ErrorCode, FieldError, Invalid, invalid
from tandem.domain.oneonones.access import meeting_for_change
from tandem.domain.oneonones.models import Meeting
from tandem.realtime import documents, notes, schema

TOPICS = schema.TOPICS


def _check_text(text: str, field: str = "text") -> None:
    """The same cap as the document's schema (one for plain mutations and the Yjs path)."""
    if len(text) > schema.MAX_TEXT:
        raise invalid(field, f"Use at most {schema.MAX_TEXT} characters.", ErrorCode.TOO_LONG)
    if "\x00" in text:
        raise invalid(field, "Text may not hold the character U+0000.", ErrorCode.INVALID)


def _check_section(section: str | None) -> None:
    if section is not None and len(section) > schema.MAX_SECTION:
        raise invalid(
            "section", f"Use at most {schema.MAX_SECTION} characters.", ErrorCode.TOO_LONG
        )
    if section is not None and "\x00" in section:
        raise invalid("section", "A section may not hold U+0000.", ErrorCode.INVALID)


async def _writable(session: AsyncSession, actor: Actor, meeting_id: uuid.UUID) -> Meeting:
    """The meeting, if the actor takes part in it and has not left."""
    meeting, _ = await meeting_for_change(session, actor.user_id, meeting_id)
    return meeting


async def _open(
    session: AsyncSession, actor: Actor, meeting_id: uuid.UUID
) -> tuple[Meeting, Any, Doc[Any]]:
    meeting = await _writable(session, actor, meeting_id)
    row, doc = await service.locked_document(session, meeting)
    return meeting, row, doc


async def _commit(
    session: AsyncSession,
    actor: Actor,
    meeting: Meeting,
    row: Any,
    doc: Doc[Any],
    before: bytes,
    now: datetime,
) -> None:
    change: bytes = doc.get_update(before)
    await service.store(session, meeting, row, doc, [change], actor.user_id, now)


async def talking_point(
    session: AsyncSession, actor: Actor, talking_point_id: uuid.UUID, field: str = "talkingPointId"
) -> TalkingPoint:
    row = await session.get(TalkingPoint, talking_point_id)
    if row is None or (row.private and row.author_id != actor.user_id):
        raise invalid(field, "No such talking point.", ErrorCode.NOT_FOUND)
    # Someone outside the meeting learns nothing, not even that it exists.
    await meeting_for_change(session, actor.user_id, row.meeting_id, field)
    return row


def _as_item(row: TalkingPoint) -> documents.ItemView:
    return documents.ItemView(
        id=row.item_key,
        text=row.text,
        done=row.done,
        author="",
        section=row.section,
        topic=row.topic,
        order=row.order_key,
        deleted=row.deleted,
    )


def _neighbours(
    doc: Doc[Any],
    section: str,
    after_key: str | None,
    moving: str | None = None,
    own_private: Sequence[TalkingPoint] = (),
) -> tuple[str | None, str | None]:
    """Order keys around the slot after `after_key` (None: first in its section), leaving out
    the item being moved; the actor's private points count as neighbours too. Concurrent moves
    into one slot give items equal keys, so the upper bound is the first key strictly above the
    lower one; items without a well-formed key take no part."""
    every = documents.view(doc) + [_as_item(r) for r in own_private]
    others = sorted(
        (i for i in every if not i.deleted and i.id != moving), key=lambda i: (i.order, i.id)
    )
    live = [i for i in others if documents.is_order_key(i.order)]
    if after_key is None:
        in_section = [i for i in live if i.section == section]
        nxt = in_section[0] if in_section else None
        if nxt is None:
            return (live[-1].order if live else None, None)
        earlier = [i for i in live if i.order < nxt.order]
        return (earlier[-1].order if earlier else None, nxt.order)
    after = next((i for i in others if i.id == after_key), None)
    if after is None:
        raise invalid("afterId", "No such talking point in this meeting.", ErrorCode.NOT_FOUND)
    low = after.order if documents.is_order_key(after.order) else None
    high = next((i.order for i in live if low is None or i.order > low), None)
    return low, high


async def add(
    session: AsyncSession,
    actor: Actor,
    meeting_id: uuid.UUID,
    *,
    text: str,
    section: str | None,
    topic: str | None,
    after_id: uuid.UUID | None,
    now: datetime,
    private: bool = False,
) -> TalkingPoint:
    _check_text(text)
    _check_section(section)
    if topic is not None and topic not in TOPICS:
        raise invalid("topic", "Unknown topic.", ErrorCode.INVALID)
    meeting, row, doc = await _open(session, actor, meeting_id)
    after_key = None
    if after_id is not None:
        after = await talking_point(session, actor, after_id, "afterId")
        if after.meeting_id != meeting.id:
            raise invalid("afterId", "No such talking point in this meeting.", ErrorCode.NOT_FOUND)
        after_key = after.item_key
        section = after.section if section is None else section
    section = section or ""
    own = await private_points(session, meeting.id, actor.user_id)
    before_key, next_key = _neighbours(doc, section, after_key, own_private=own)
    key = uuid.uuid4().hex
    if private:
        point = TalkingPoint(
            meeting_id=meeting.id,
            item_key=key,
            text=text,
            section=section,
            topic=topic,
            author_id=actor.user_id,
            order_key=documents.order_between(before_key, next_key),
            private=True,
        )
        session.add(point)
        await session.flush()
        await service.index_point(session, point, meeting.one_on_one_id)
        changed(session, actor.user_id, meeting.id)
        return point
    before = doc.get_state()
    documents.add_item(
        doc,
        key,
        text=text,
        author=service.author_key(actor.user_id),
        section=section,
        topic=topic,
        order=documents.order_between(before_key, next_key),
    )
    await _commit(session, actor, meeting, row, doc, before, now)
    return await _projected(session, meeting.id, key)


async def _projected(session: AsyncSession, meeting_id: uuid.UUID, key: str) -> TalkingPoint:
    found = await session.execute(
        select(TalkingPoint).where(
            TalkingPoint.meeting_id == meeting_id, TalkingPoint.item_key == key
        )
    )
    return found.scalar_one()


@dataclass(frozen=True)
class Changes:
    text: str | None = None
    done: bool | None = None
    topic: str | None = None
    clear_topic: bool = False
    section: str | None = None


async def change(
    session: AsyncSession,
    actor: Actor,
    talking_point_id: uuid.UUID,
    changes: Changes,
    now: datetime,
) -> TalkingPoint:
    point = await talking_point(session, actor, talking_point_id)
    errors = []
    if changes.text is not None:
        try:
            _check_text(changes.text)
        except Invalid as exc:
            errors.extend(exc.errors)
    if changes.topic is not None and changes.topic not in TOPICS:
        errors.append(FieldError("topic", "Unknown topic.", ErrorCode.INVALID))
    if errors:
        raise Invalid(*errors)
    _check_section(changes.section)
    if point.deleted:
        raise invalid("talkingPointId", "This talking point was removed.", ErrorCode.INVALID)
    if point.private:  # a row of its author's: the shared document is not involved
        meeting = await _writable(session, actor, point.meeting_id)
        if changes.text is not None:
            point.text = changes.text
        if changes.done is not None:
            point.done = changes.done
        if changes.clear_topic or changes.topic is not None:
            point.topic = None if changes.clear_topic else changes.topic
        if changes.section is not None:
            point.section = changes.section
        return await _private_saved(session, meeting, point, now)
    meeting, row, doc = await _open(session, actor, point.meeting_id)
    before = doc.get_state()
    if changes.text is not None:
        documents.set_text(doc, point.item_key, changes.text)
    if changes.done is not None:
        documents.set_field(doc, point.item_key, "done", changes.done)
    if changes.clear_topic or changes.topic is not None:
        documents.set_field(
            doc, point.item_key, "topic", None if changes.clear_topic else changes.topic
        )
    if changes.section is not None:
        documents.set_field(doc, point.item_key, "section", changes.section)
    await _commit(session, actor, meeting, row, doc, before, now)
    return await _projected(session, meeting.id, point.item_key)


async def move(
    session: AsyncSession,
    actor: Actor,
    talking_point_id: uuid.UUID,
    after_id: uuid.UUID | None,
    now: datetime,
) -> TalkingPoint:
    """Move it after another item (taking that item's section), or first in its section."""
    point = await talking_point(session, actor, talking_point_id)
    meeting, row, doc = await _open(session, actor, point.meeting_id)
    section = point.section
    after_key = None
    if after_id is not None:
        after = await talking_point(session, actor, after_id, "afterId")
        if after.meeting_id != point.meeting_id or after.id == point.id:
            raise invalid("afterId", "No such other talking point here.", ErrorCode.NOT_FOUND)
        after_key, section = after.item_key, after.section
    own = await private_points(session, meeting.id, actor.user_id)
    low, high = _neighbours(doc, section, after_key, moving=point.item_key, own_private=own)
    if point.private:
        point.order_key, point.section = documents.order_between(low, high), section
        return await _private_saved(session, meeting, point, now)
    before = doc.get_state()
    with doc.transaction(origin="server"):
        item = documents.items_of(doc)[point.item_key]
        item["order"] = documents.order_between(low, high)
        item["section"] = section
    await _commit(session, actor, meeting, row, doc, before, now)
    return await _projected(session, meeting.id, point.item_key)


async def remove(
    session: AsyncSession, actor: Actor, talking_point_id: uuid.UUID, now: datetime
) -> TalkingPoint:
    """A soft delete: the item is marked deleted (restorable; nothing is lost)."""
    point = await talking_point(session, actor, talking_point_id)
    if point.private:
        point.deleted = True
        meeting = await _writable(session, actor, point.meeting_id)
        return await _private_saved(session, meeting, point, now)
    meeting, row, doc = await _open(session, actor, point.meeting_id)
    before = doc.get_state()
    documents.set_field(doc, point.item_key, "deleted", True)
    await _commit(session, actor, meeting, row, doc, before, now)
    return await _projected(session, meeting.id, point.item_key)


async def _private_saved(
    session: AsyncSession, meeting: Meeting, point: TalkingPoint, now: datetime
) -> TalkingPoint:
    point.updated_at = now
    await session.flush()
    await service.index_point(session, point, meeting.one_on_one_id)
    assert point.author_id is not None
    changed(session, point.author_id, point.meeting_id)
    return point


async def share(
    session: AsyncSession, actor: Actor, talking_point_id: uuid.UUID, now: datetime
) -> TalkingPoint:
    """Move one's private talking point into the shared agenda, where it stays (one way)."""
    point = await talking_point(session, actor, talking_point_id)
    if not point.private:
        raise invalid("talkingPointId", "This talking point is already shared.", ErrorCode.INVALID)
    if point.deleted:
        raise invalid("talkingPointId", "This talking point was removed.", ErrorCode.INVALID)
    meeting, row, doc = await _open(session, actor, point.meeting_id)
    before = doc.get_state()
    documents.add_item(
        doc,
        point.item_key,
        text=point.text,
        author=service.author_key(actor.user_id),
        section=point.section,
        topic=point.topic,
        order=point.order_key,
    )
    if point.done:
        documents.set_field(doc, point.item_key, "done", True)
    change_ = doc.get_update(before)
    await service.store(
        session, meeting, row, doc, [change_], actor.user_id, now, sharing={point.item_key}
    )
    changed(session, actor.user_id, meeting.id)
    return await _projected(session, meeting.id, point.item_key)


async def append_notes(
    session: AsyncSession, actor: Actor, meeting_id: uuid.UUID, markdown: str, now: datetime
) -> str:
    """Append Markdown to the shared notes as one Y transaction (merging with live editing);
    the notes as Markdown afterwards."""
    if not markdown.strip():
        raise invalid("markdown", "Write something to append.", ErrorCode.REQUIRED)
    if len(markdown) > notes.MAX_APPEND:
        raise invalid(
            "markdown", f"Append at most {notes.MAX_APPEND} characters at once.", ErrorCode.TOO_LONG
        )
    meeting, row, doc = await _open(session, actor, meeting_id)
    before = doc.get_state()
    notes.append_markdown(doc, markdown)
    await _commit(session, actor, meeting, row, doc, before, now)
    text: str = row.notes_markdown
    return text


async def edit_document(
    session: AsyncSession,
    actor: Actor,
    meeting_id: uuid.UUID,
    edit: Callable[[Doc[Any]], None],
    now: datetime,
) -> None:
    """Several changes to a meeting's document as one stored update (as a client's batch)."""
    meeting, row, doc = await _open(session, actor, meeting_id)
    before = doc.get_state()
    edit(doc)
    await _commit(session, actor, meeting, row, doc, before, now)
