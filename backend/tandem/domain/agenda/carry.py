"""Carry-over: a meeting that is over (completed, missed or cancelled) passes its unchecked
talking points to the next meeting of its 1:1 that is still to come, marked "carried from";
the past meeting keeps them, marked "carried to". Deterministic keys and the "carried to" mark
make it happen once: nothing is dropped or duplicated, however often it runs.

Also: a meeting dropped by a series edit hands everything written in it (agenda, comments,
private notes and talking points, action items) to the meeting that takes its place."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from pycrdt import Doc, Map
from sqlalchemy import or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from tandem.domain.actions.models import ActionItem
from tandem.domain.agenda import service
from tandem.domain.agenda.models import MeetingDocument, PrivateNote, TalkingPoint
from tandem.domain.agenda.private import changed, index_notes
from tandem.domain.comments.models import Comment
from tandem.domain.oneonones.models import Meeting, MeetingStatus
from tandem.domain.search import service as search
from tandem.domain.search.models import SearchEntry
from tandem.ids import to_global_id
from tandem.realtime import documents

_NAMESPACE = uuid.UUID("6f1d2c52-8d0e-4a53-9e0c-5b1f0c7a4e11")


def carried_key(target_id: uuid.UUID, source_key: str) -> str:
    """The id of `source_key`'s copy in the target meeting: the same every time."""
    return uuid.uuid5(_NAMESPACE, f"{target_id}:{source_key}").hex


async def next_meeting(session: AsyncSession, source: Meeting) -> Meeting | None:
    """The series' next meeting still to come after `source`."""
    row = await session.execute(
        select(Meeting)
        .where(
            Meeting.one_on_one_id == source.one_on_one_id,
            Meeting.status == MeetingStatus.UPCOMING.value,
            Meeting.id != source.id,
            Meeting.starts_at > source.starts_at,
        )
        .order_by(Meeting.starts_at)
        .limit(1)
    )
    return row.scalar_one_or_none()


async def _open_doc(session: AsyncSession, meeting: Meeting) -> tuple[MeetingDocument, Doc[Any]]:
    return await service.locked_document(session, meeting)


async def _save(
    session: AsyncSession,
    meeting: Meeting,
    row: MeetingDocument,
    doc: Doc[Any],
    before: bytes,
    now: datetime,
) -> None:
    change: bytes = doc.get_update(before)
    if change and doc.get_state() != before:
        await service.store(session, meeting, row, doc, [change], None, now, activity=False)


def _end_of_section(doc: Doc[Any], section: str) -> tuple[str | None, str | None]:
    live = [i for i in documents.view(doc) if not i.deleted]
    in_section = [i for i in live if i.section == section]
    if not in_section:
        return (live[-1].order if live else None), None
    last = in_section[-1]
    later = [i for i in live if i.order > last.order]
    return last.order, (later[0].order if later else None)


async def carry_open_items(session: AsyncSession, source: Meeting, now: datetime) -> int:
    """Copy `source`'s unchecked talking points (shared and private) to the next meeting still
    to come; how many were carried. Without such a meeting they stay open where they are."""
    target = await next_meeting(session, source)
    if target is None:
        return 0
    # Lock both documents in one order, so two jobs carrying between them cannot deadlock.
    first, second = sorted((source, target), key=lambda m: m.id)
    opened = {
        first.id: await _open_doc(session, first),
        second.id: await _open_doc(session, second),
    }
    source_row, source_doc = opened[source.id]
    target_row, target_doc = opened[target.id]
    source_before, target_before = source_doc.get_state(), target_doc.get_state()
    carried = 0
    source_items = documents.items_of(source_doc)
    prompts = {i.text for i in documents.view(target_doc) if i.author == "template"}
    for item in documents.view(source_doc):
        entry = source_items[item.id]
        if item.deleted or item.done or entry.get("carriedTo"):
            continue
        if item.author == "template" and item.text in prompts:
            continue  # the next meeting's template asks it again: no copy
        key = carried_key(target.id, item.id)
        if key not in documents.items_of(target_doc):
            low, high = _end_of_section(target_doc, item.section)
            documents.add_item(
                target_doc,
                key,
                text=item.text,
                author=item.author,
                section=item.section,
                topic=item.topic,
                order=documents.order_between(low, high),
            )
            _mark(target_doc, key, "carriedFrom", source)
        _mark(source_doc, item.id, "carriedTo", target)
        carried += 1
    await _save(session, source, source_row, source_doc, source_before, now)
    await _save(session, target, target_row, target_doc, target_before, now)
    carried += await _carry_private(session, source, target, now)
    return carried


def _mark(doc: Doc[Any], key: str, field: str, meeting: Meeting) -> None:
    with doc.transaction(origin="server"):
        entry: Map[Any] = documents.items_of(doc)[key]
        entry[field] = to_global_id("Meeting", meeting.id)
        entry[f"{field}At"] = meeting.starts_at.isoformat()


async def _carry_private(
    session: AsyncSession, source: Meeting, target: Meeting, now: datetime
) -> int:
    rows = await session.execute(
        select(TalkingPoint).where(
            TalkingPoint.meeting_id == source.id,
            TalkingPoint.private.is_(True),
            TalkingPoint.deleted.is_(False),
            TalkingPoint.done.is_(False),
            TalkingPoint.carried_to_id.is_(None),
        )
    )
    carried = 0
    copies: list[TalkingPoint] = []
    for row in rows.scalars():
        key = carried_key(target.id, row.item_key)
        exists = await session.execute(
            select(TalkingPoint.id).where(
                TalkingPoint.meeting_id == target.id, TalkingPoint.item_key == key
            )
        )
        if exists.first() is None:
            copies.append(
                TalkingPoint(
                    meeting_id=target.id,
                    item_key=key,
                    text=row.text,
                    section=row.section,
                    topic=row.topic,
                    author_id=row.author_id,
                    order_key=row.order_key,
                    private=True,
                    carried_from_id=source.id,
                    updated_at=now,
                )
            )
        row.carried_to_id = target.id
        carried += 1
        if row.author_id is not None:
            changed(session, row.author_id, source.id)
            changed(session, row.author_id, target.id)
    session.add_all(copies)
    await session.flush()
    for copy in copies:
        await service.index_point(session, copy, target.one_on_one_id)
    return carried


async def hand_over(
    session: AsyncSession, dropped: Meeting, target: Meeting, now: datetime
) -> None:
    """Before a series edit deletes `dropped` (an upcoming meeting the new rule no longer has),
    move what was written in it to `target`, so nothing is lost."""
    source_row = await session.get(MeetingDocument, dropped.id)
    if source_row is not None:
        source_doc = await service.load_doc(session, source_row)
        target_row, target_doc = await _open_doc(session, target)
        before = target_doc.get_state()
        target_texts = {i.text for i in documents.view(target_doc) if not i.deleted}
        for item in documents.view(source_doc):
            if item.deleted or item.id in documents.items_of(target_doc):
                continue
            if item.author == "template" and item.text in target_texts:
                continue  # the target's own template gave it the same prompt
            low, high = _end_of_section(target_doc, item.section)
            documents.add_item(
                target_doc,
                item.id,
                text=item.text,
                author=item.author,
                section=item.section,
                topic=item.topic,
                order=documents.order_between(low, high),
            )
            with target_doc.transaction(origin="server"):
                entry = documents.items_of(target_doc)[item.id]
                entry["done"] = item.done
                for mark in ("carriedFrom", "carriedFromAt"):
                    value = documents.items_of(source_doc)[item.id].get(mark)
                    if isinstance(value, str):
                        entry[mark] = value
        await _save(session, target, target_row, target_doc, before, now)
    await _repoint_carried_to(session, dropped, target, now)
    # Comments on moved talking points follow them (same item keys in the target).
    moved = await session.execute(
        select(TalkingPoint.id, TalkingPoint.item_key).where(TalkingPoint.meeting_id == dropped.id)
    )
    for old_id, key in moved.all():
        new_id = (
            await session.execute(
                select(TalkingPoint.id).where(
                    TalkingPoint.meeting_id == target.id, TalkingPoint.item_key == key
                )
            )
        ).scalar_one_or_none()
        if new_id is not None:
            await session.execute(
                update(Comment)
                .where(Comment.talking_point_id == old_id)
                .values(talking_point_id=new_id, meeting_id=target.id)
            )
    await session.execute(
        update(Comment)
        .where(Comment.meeting_id == dropped.id, Comment.talking_point_id.is_(None))
        .values(meeting_id=target.id)
    )
    await session.execute(
        update(ActionItem).where(ActionItem.meeting_id == dropped.id).values(meeting_id=target.id)
    )
    await session.execute(
        update(TalkingPoint)
        .where(TalkingPoint.meeting_id == dropped.id, TalkingPoint.private.is_(True))
        .values(meeting_id=target.id)
    )
    await session.execute(
        update(SearchEntry)
        .where(
            SearchEntry.meeting_id == dropped.id,
            or_(
                SearchEntry.kind.in_([search.Kind.COMMENT.value, search.Kind.ACTION_ITEM.value]),
                (SearchEntry.kind == search.Kind.TALKING_POINT.value)
                & SearchEntry.private_to.is_not(None),
            ),
        )
        .values(meeting_id=target.id)
    )
    notes = await session.execute(select(PrivateNote).where(PrivateNote.meeting_id == dropped.id))
    for note in notes.scalars():
        existing = await session.get(PrivateNote, (target.id, note.author_id))
        if existing is None:
            session.add(
                PrivateNote(
                    meeting_id=target.id,
                    author_id=note.author_id,
                    text=note.text,
                    version=1,
                    updated_at=now,
                )
            )
        elif note.text.strip():
            existing.text = (existing.text.rstrip() + "\n\n" + note.text).strip()
            existing.version += 1
        changed(session, note.author_id, target.id)
    await session.flush()
    kept = await session.execute(select(PrivateNote).where(PrivateNote.meeting_id == target.id))
    for note in kept.scalars():
        await index_notes(session, note, target.one_on_one_id)


async def _repoint_carried_to(
    session: AsyncSession, dropped: Meeting, target: Meeting, now: datetime
) -> None:
    """Earlier meetings that carried items to `dropped` now point at `target`."""
    sources = await session.execute(
        select(Meeting)
        .join(TalkingPoint, TalkingPoint.meeting_id == Meeting.id)
        .where(TalkingPoint.carried_to_id == dropped.id, TalkingPoint.private.is_(False))
        .distinct()
    )
    for source in sources.scalars():
        row, doc = await _open_doc(session, source)
        before = doc.get_state()
        dropped_gid = to_global_id("Meeting", dropped.id)
        pointing = [
            key
            for key, entry in documents.items_of(doc).items()
            if isinstance(entry, Map) and entry.get("carriedTo") == dropped_gid
        ]
        for key in pointing:
            _mark(doc, key, "carriedTo", target)
        await _save(session, source, row, doc, before, now)
    await session.execute(
        update(TalkingPoint)
        .where(TalkingPoint.carried_to_id == dropped.id, TalkingPoint.private.is_(True))
        .values(carried_to_id=target.id)
    )
    await session.execute(
        update(TalkingPoint)
        .where(TalkingPoint.carried_from_id == dropped.id, TalkingPoint.private.is_(True))
        .values(carried_from_id=target.id)
    )


async def open_points(
    session: AsyncSession, series_id: uuid.UUID, viewer_id: uuid.UUID
) -> list[TalkingPoint]:
    """Unchecked talking points of the 1:1's meetings that are over and that went nowhere
    (no later meeting took them): the pair's open items, with the viewer's private ones."""
    rows = await session.execute(
        select(TalkingPoint)
        .join(Meeting, Meeting.id == TalkingPoint.meeting_id)
        .where(
            Meeting.one_on_one_id == series_id,
            Meeting.status != MeetingStatus.UPCOMING.value,
            TalkingPoint.done.is_(False),
            TalkingPoint.deleted.is_(False),
            TalkingPoint.carried_to_id.is_(None),
            TalkingPoint.author_id.is_not(None),  # the template's prompts are nobody's item
            (TalkingPoint.private.is_(False)) | (TalkingPoint.author_id == viewer_id),
        )
        .order_by(Meeting.starts_at, TalkingPoint.order_key, TalkingPoint.item_key)
    )
    return list(rows.scalars())
