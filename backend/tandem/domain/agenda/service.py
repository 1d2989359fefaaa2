"""Syncing a meeting's document: pushes are validated, stored under a per-meeting sequence,
then broadcast; readers catch up by state vector; the log is compacted into a snapshot; the
projection of talking points follows every change."""

from __future__ import annotations

import base64
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from pycrdt import Doc
from sqlalchemy import delete, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession

from tandem.db.base import utcnow
from tandem.db.events import Event, emit
from tandem.domain.actor import Actor
from tandem.domain.agenda.models import (
    DocumentClient,
    DocumentUpdate,
    MeetingDocument,
    TalkingPoint,
)
from tandem.domain.errors import ErrorCode, invalid
from tandem.domain.oneonones.access import (
    meeting_for_change,
    visible_meetings,
)
from tandem.domain.oneonones.models import Meeting, Template
from tandem.domain.search import service as search
from tandem.ids import to_global_id, uuid_of
from tandem.realtime import documents, notes, validation

DOCUMENT_UPDATED = "document.updated"
# Typed events for clients that don't speak Yjs (`meetingEvents`).
MEETING_EVENT = "meeting.event"
TALKING_POINT_ADDED = "TalkingPointAdded"
TALKING_POINT_CHANGED = "TalkingPointChanged"
TALKING_POINT_MOVED = "TalkingPointMoved"
TALKING_POINT_REMOVED = "TalkingPointRemoved"
MEETING_STATUS_CHANGED = "MeetingStatusChanged"


def events_channel(meeting_id: uuid.UUID | str) -> str:
    return f"tandem:meeting-events:{meeting_id}"


def status_changed(session: AsyncSession, meeting_id: uuid.UUID) -> None:
    """Tell `meetingEvents` followers that a meeting's status or time changed."""
    emit(
        session,
        Event(
            MEETING_EVENT,
            {"type": MEETING_STATUS_CHANGED, "meeting_id": str(meeting_id)},
            channel=events_channel(meeting_id),
        ),
    )


# Compact once this many updates pile up after the snapshot.
COMPACT_AFTER = 200


def document_channel(meeting_id: uuid.UUID | str) -> str:
    return f"tandem:meeting:{meeting_id}"


def author_key(user_id: uuid.UUID) -> str:
    """How a person is named inside documents: their global ID, as clients know it."""
    return to_global_id("User", user_id)


async def document_row(session: AsyncSession, meeting: Meeting) -> MeetingDocument:
    """The document row, created (and seeded from the template, exactly once) when the meeting
    is created — or on first write for a meeting that predates documents. Two first writers at
    once create it once."""
    row = await session.get(MeetingDocument, meeting.id)
    if row is not None:
        return row
    seed = b""
    if meeting.template_id is not None:
        template = await session.get(Template, meeting.template_id)
        if template is not None:
            sections = [(s["title"], s.get("prompts", [])) for s in template.sections]
            seed = documents.seed(sections, f"seed-{meeting.id.hex[:12]}")
    insert = pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    created = await session.execute(
        insert(MeetingDocument)
        .values(
            meeting_id=meeting.id,
            snapshot=seed,
            snapshot_seq=0,
            last_seq=0,
            notes_markdown="",
            updated_at=utcnow(),
        )
        .on_conflict_do_nothing()
    )
    row = await session.get(MeetingDocument, meeting.id)
    assert row is not None
    if created.rowcount and seed:  # type: ignore[attr-defined]
        await _project(session, meeting.id, documents.load([seed]))
    return row


async def locked_document(
    session: AsyncSession, meeting: Meeting
) -> tuple[MeetingDocument, Doc[Any]]:
    """The document row, locked until commit, and the document read after taking the lock.
    Every server-side write to a document goes through here: the server writes under one Yjs
    client id, and two writers that loaded the same state would give different changes the
    same id (PostgreSQL: a row lock; SQLite: the write transaction holds the database)."""
    row = await _locked_row(session, meeting)
    return row, await load_doc(session, row)


async def _locked_row(session: AsyncSession, meeting: Meeting) -> MeetingDocument:
    row = await document_row(session, meeting)
    await session.execute(
        select(MeetingDocument.meeting_id)
        .where(MeetingDocument.meeting_id == meeting.id)
        .with_for_update()
    )
    await session.refresh(row)
    return row


async def _log(session: AsyncSession, row: MeetingDocument) -> list[bytes]:
    """The snapshot and the updates logged after it, in order."""
    updates = await session.execute(
        select(DocumentUpdate.data)
        .where(DocumentUpdate.meeting_id == row.meeting_id, DocumentUpdate.seq > row.snapshot_seq)
        .order_by(DocumentUpdate.seq)
    )
    return [row.snapshot, *updates.scalars()]


async def load_doc(session: AsyncSession, row: MeetingDocument) -> Doc[Any]:
    return documents.load(await _log(session, row))


@dataclass(frozen=True)
class Synced:
    """What a client is missing (one update) and the server's state vector after the push."""

    missing: bytes
    state_vector: bytes
    seq: int


async def read(
    session: AsyncSession, actor: Actor, meeting_id: uuid.UUID, state_vector: bytes | None
) -> Synced:
    """What the client lacks, read-only (a meeting without a document reads as empty)."""
    meeting = (await visible_meetings(session, actor.user_id, [meeting_id])).get(meeting_id)
    if meeting is None:
        raise invalid("meetingId", "No such meeting.", ErrorCode.NOT_FOUND)
    row = await session.get(MeetingDocument, meeting.id)
    if row is None:
        doc = documents.load([])
        return Synced(_missing(doc, [], state_vector), doc.get_state(), 0)
    log = await _log(session, row)
    doc = documents.load(log)
    return Synced(_missing(doc, log, state_vector), doc.get_state(), row.last_seq)


def _missing(doc: Doc[Any], log: list[bytes], state_vector: bytes | None) -> bytes:
    """What a client at `state_vector` lacks, updates still waiting in the document included
    (a client that loads now gets them, and they apply when what they wait for arrives)."""
    try:
        return documents.encode(doc, documents.waiting(doc, log), state_vector)
    except Exception as exc:
        raise invalid("stateVector", "This is not a valid state vector.") from exc


async def push(
    session: AsyncSession,
    actor: Actor,
    meeting_id: uuid.UUID,
    updates: list[bytes],
    state_vector: bytes | None,
    now: datetime,
) -> Synced:
    """Validate and store the client's updates (all or none), then answer what it is missing."""
    meeting, _series = await meeting_for_change(session, actor.user_id, meeting_id)
    if sum(len(u) for u in updates) > documents.MAX_UPDATE_BYTES:
        raise invalid(
            "updates",
            f"Send at most {documents.MAX_UPDATE_BYTES} bytes at once; split the backlog.",
            ErrorCode.TOO_LARGE,
        )
    row = await _locked_row(session, meeting)  # checked against the latest state
    log = await _log(session, row)
    doc = documents.load(log)
    author = author_key(actor.user_id)
    owners = await _client_owners(session, meeting.id)
    claimed = set(owners)
    new: list[bytes] = []
    for data in updates:
        try:
            if validation.apply_checked(doc, data, author, [*log, *new], owners):
                new.append(data)
        except validation.Rejected as exc:
            raise invalid("updates", exc.message, ErrorCode(exc.code)) from exc
    session.add_all(
        DocumentClient(meeting_id=meeting.id, client_id=client, author_id=actor.user_id)
        for client in set(owners) - claimed
    )
    last = await store(session, meeting, row, doc, new, actor.user_id, now)
    return Synced(_missing(doc, [*log, *new], state_vector), doc.get_state(), last)


async def _client_owners(session: AsyncSession, meeting_id: uuid.UUID) -> dict[int, str]:
    """Yjs client id -> the author (as documents name people) who writes under it."""
    rows = await session.execute(
        select(DocumentClient.client_id, DocumentClient.author_id).where(
            DocumentClient.meeting_id == meeting_id
        )
    )
    return {client: author_key(author) for client, author in rows.all()}


async def store(
    session: AsyncSession,
    meeting: Meeting,
    row: MeetingDocument,
    doc: Doc[Any],
    updates: list[bytes],
    author_id: uuid.UUID | None,
    now: datetime,
    sharing: frozenset[str] | set[str] = frozenset(),
    activity: bool = True,
) -> int:
    """Append accepted updates to the log under the document row's lock (so sequence numbers
    commit in order), keep the projection, compact when due, and broadcast after commit."""
    if not updates:
        return row.last_seq
    locked = await session.execute(
        update(MeetingDocument)
        .where(MeetingDocument.meeting_id == meeting.id)
        .values(last_seq=MeetingDocument.last_seq + len(updates))
        .returning(MeetingDocument.last_seq)
    )
    last = int(locked.scalar_one())
    await session.refresh(row)
    first_seq = last - len(updates) + 1
    for offset, data in enumerate(updates):
        session.add(
            DocumentUpdate(
                meeting_id=meeting.id, seq=first_seq + offset, data=data, author_id=author_id
            )
        )
        emit(
            session,
            Event(
                DOCUMENT_UPDATED,
                {
                    "meeting_id": str(meeting.id),
                    "seq": first_seq + offset,
                    "update": base64.b64encode(data).decode(),
                },
                channel=document_channel(meeting.id),
            ),
        )
    if activity:  # someone wrote in it (the server carrying items over is not activity)
        meeting.activity_at = now
    await session.flush()
    await _project(session, meeting.id, doc, sharing)
    await _keep_notes(session, meeting, row, doc)
    if row.last_seq - row.snapshot_seq >= COMPACT_AFTER:
        await compact(session, row, doc)
    return last


async def index_point(session: AsyncSession, row: TalkingPoint, series_id: uuid.UUID) -> None:
    """Keep a talking point findable (shared: by both; private: by its author), or not. The
    template's prompts (no author) are the same in every meeting: they are not indexed."""
    if row.author_id is None:
        return
    if row.deleted:
        await search.drop(session, search.Kind.TALKING_POINT, row.id)
        return
    await search.put(
        session,
        search.Kind.TALKING_POINT,
        row.id,
        series_id=series_id,
        meeting_id=row.meeting_id,
        body=row.text,
        private_to=row.author_id if row.private else None,
    )


async def _keep_notes(
    session: AsyncSession, meeting: Meeting, row: MeetingDocument, doc: Doc[Any]
) -> None:
    """The shared notes as Markdown, for reading and search, when they changed."""
    markdown = notes.to_markdown(doc)
    if markdown == row.notes_markdown:
        return
    row.notes_markdown = markdown
    await search.put(
        session,
        search.Kind.SHARED_NOTES,
        meeting.id,
        series_id=meeting.one_on_one_id,
        meeting_id=meeting.id,
        body=notes.to_plain_text(doc),
    )


async def compact(session: AsyncSession, row: MeetingDocument, doc: Doc[Any]) -> None:
    """Fold the log into the snapshot by loading it into a Doc (smaller than merging),
    keeping the updates that still wait in it for one they depend on."""
    row.snapshot = documents.encode(doc, documents.waiting(doc, await _log(session, row)))
    row.snapshot_seq = row.last_seq
    await session.execute(
        delete(DocumentUpdate).where(
            DocumentUpdate.meeting_id == row.meeting_id, DocumentUpdate.seq <= row.snapshot_seq
        )
    )


async def _project(
    session: AsyncSession,
    meeting_id: uuid.UUID,
    doc: Doc[Any],
    sharing: frozenset[str] | set[str] = frozenset(),
) -> None:
    """Keep the relational projection equal to the document's items. A private talking point's
    row is taken over only when its author shares it (never by a document item that merely
    reuses its key)."""
    existing = {
        t.item_key: t
        for t in (
            await session.execute(select(TalkingPoint).where(TalkingPoint.meeting_id == meeting_id))
        ).scalars()
    }
    changes: list[tuple[str, TalkingPoint]] = []
    items = documents.view(doc)
    known = await _meetings_of_same_series(
        session,
        meeting_id,
        {uuid_of("Meeting", i.carried_from) for i in items}
        | {uuid_of("Meeting", i.carried_to) for i in items},
    )
    for item in items:
        row = existing.get(item.id)
        if row is not None and row.private:
            if item.id not in sharing:
                continue
            row.private = False
            for k, v in _values(item, known).items():
                setattr(row, k, v)
            changes.append((TALKING_POINT_ADDED, row))
            continue
        values = _values(item, known)
        if row is None:
            row = TalkingPoint(meeting_id=meeting_id, item_key=item.id, **values)
            session.add(row)
            changes.append((TALKING_POINT_REMOVED if item.deleted else TALKING_POINT_ADDED, row))
        elif any(getattr(row, k) != v for k, v in values.items()):
            kind = _kind_of_change(row, values)
            for k, v in values.items():
                setattr(row, k, v)
            changes.append((kind, row))
    await session.flush()
    if changes:
        series_id = (
            await session.execute(select(Meeting.one_on_one_id).where(Meeting.id == meeting_id))
        ).scalar_one()
        for _, row in changes:
            await index_point(session, row, series_id)
    for kind, row in changes:
        emit(
            session,
            Event(
                MEETING_EVENT,
                {"type": kind, "talking_point_id": str(row.id), "meeting_id": str(meeting_id)},
                channel=events_channel(meeting_id),
            ),
        )


async def _meetings_of_same_series(
    session: AsyncSession, meeting_id: uuid.UUID, ids: set[uuid.UUID | None]
) -> set[uuid.UUID]:
    """Which of `ids` are meetings of the same 1:1 (a document may name only those)."""
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return set()
    series = select(Meeting.one_on_one_id).where(Meeting.id == meeting_id).scalar_subquery()
    rows = await session.execute(
        select(Meeting.id).where(Meeting.id.in_(wanted), Meeting.one_on_one_id == series)
    )
    return set(rows.scalars())


def _values(item: documents.ItemView, known_meetings: set[uuid.UUID]) -> dict[str, Any]:
    """The row's values: the item as read by the schema, which fits the columns."""
    return {
        "text": item.text,
        "done": item.done,
        "section": item.section,
        "topic": item.topic,
        "author_id": _user_of(item.author),
        "order_key": item.order,
        "deleted": item.deleted,
        "carried_from_id": _known(uuid_of("Meeting", item.carried_from), known_meetings),
        "carried_to_id": _known(uuid_of("Meeting", item.carried_to), known_meetings),
    }


def _known(value: uuid.UUID | None, known: set[uuid.UUID]) -> uuid.UUID | None:
    return value if value in known else None


def _kind_of_change(row: TalkingPoint, values: dict[str, Any]) -> str:
    if values["deleted"] != row.deleted:
        return TALKING_POINT_REMOVED if values["deleted"] else TALKING_POINT_ADDED
    if (values["order_key"], values["section"]) != (row.order_key, row.section):
        return TALKING_POINT_MOVED
    return TALKING_POINT_CHANGED


def _user_of(author: str) -> uuid.UUID | None:
    return uuid_of("User", author)
