"""DataLoaders of the agenda area (only ever called for meetings already shown visible)."""

from __future__ import annotations

import uuid
from functools import cached_property

from sqlalchemy import or_, select
from strawberry.dataloader import DataLoader

from tandem.db.engine import Database
from tandem.domain.agenda.models import MeetingDocument, PrivateNote, TalkingPoint


class AgendaLoaders:
    """`viewer_id` sees their own private talking points with the shared ones."""

    def __init__(self, db: Database, viewer_id: uuid.UUID) -> None:
        self.db = db
        self.viewer_id = viewer_id

    @cached_property
    def talking_points(self) -> DataLoader[uuid.UUID, list[TalkingPoint]]:
        async def load(ids: list[uuid.UUID]) -> list[list[TalkingPoint]]:
            found: dict[uuid.UUID, list[TalkingPoint]] = {i: [] for i in ids}
            async with self.db.read() as session:
                rows = await session.execute(
                    select(TalkingPoint)
                    .where(
                        TalkingPoint.meeting_id.in_(set(ids)),
                        TalkingPoint.deleted.is_(False),
                        or_(
                            TalkingPoint.private.is_(False),
                            TalkingPoint.author_id == self.viewer_id,
                        ),
                    )
                    .order_by(TalkingPoint.order_key, TalkingPoint.item_key)
                )
                for row in rows.scalars():
                    found[row.meeting_id].append(row)
            return [found[i] for i in ids]

        return DataLoader(load_fn=load)

    @cached_property
    def private_notes(self) -> DataLoader[uuid.UUID, PrivateNote | None]:
        """The viewer's own private notes, by meeting."""

        async def load(ids: list[uuid.UUID]) -> list[PrivateNote | None]:
            async with self.db.read() as session:
                rows = await session.execute(
                    select(PrivateNote).where(
                        PrivateNote.meeting_id.in_(set(ids)),
                        PrivateNote.author_id == self.viewer_id,
                    )
                )
                found = {r.meeting_id: r for r in rows.scalars()}
            return [found.get(i) for i in ids]

        return DataLoader(load_fn=load)

    @cached_property
    def shared_notes(self) -> DataLoader[uuid.UUID, str | None]:
        """The shared notes (Markdown) of meetings already shown visible."""

        async def load(ids: list[uuid.UUID]) -> list[str | None]:
            async with self.db.read() as session:
                rows = await session.execute(
                    select(MeetingDocument.meeting_id, MeetingDocument.notes_markdown).where(
                        MeetingDocument.meeting_id.in_(set(ids))
                    )
                )
                found: dict[uuid.UUID, str] = {m: t for m, t in rows.all()}  # noqa: C416
            return [found.get(i) for i in ids]

        return DataLoader(load_fn=load)
