"""DataLoaders of the agenda area (only ever called for meetings already shown visible)."""

from __future__ import annotations

import uuid
from functools import cached_property

from sqlalchemy import select
from strawberry.dataloader import DataLoader

from tandem.db.engine import Database
from tandem.domain.agenda.models import TalkingPoint


class AgendaLoaders:
    def __init__(self, db: Database) -> None:
        self.db = db

    @cached_property
    def talking_points(self) -> DataLoader[uuid.UUID, list[TalkingPoint]]:
        async def load(ids: list[uuid.UUID]) -> list[list[TalkingPoint]]:
            found: dict[uuid.UUID, list[TalkingPoint]] = {i: [] for i in ids}
            async with self.db.read() as session:
                rows = await session.execute(
                    select(TalkingPoint)
                    .where(TalkingPoint.meeting_id.in_(set(ids)), TalkingPoint.deleted.is_(False))
                    .order_by(TalkingPoint.order_key, TalkingPoint.item_key)
                )
                for row in rows.scalars():
                    found[row.meeting_id].append(row)
            return [found[i] for i in ids]

        return DataLoader(load_fn=load)
