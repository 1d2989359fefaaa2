"""DataLoaders of action items (only ever called for 1:1s and meetings already shown visible)."""

from __future__ import annotations

import uuid
from functools import cached_property

from sqlalchemy import select
from strawberry.dataloader import DataLoader

from tandem.db.engine import Database
from tandem.domain.actions.models import ActionItem
from tandem.domain.actions.service import open_first


class ActionItemLoaders:
    def __init__(self, db: Database) -> None:
        self.db = db

    @cached_property
    def of_meeting(self) -> DataLoader[uuid.UUID, list[ActionItem]]:
        """Those agreed in each meeting, open first."""

        async def load(ids: list[uuid.UUID]) -> list[list[ActionItem]]:
            found: dict[uuid.UUID, list[ActionItem]] = {i: [] for i in ids}
            async with self.db.read() as session:
                rows = await session.execute(
                    select(ActionItem).where(ActionItem.meeting_id.in_(set(ids)))
                )
                for row in rows.scalars():
                    assert row.meeting_id is not None
                    found[row.meeting_id].append(row)
            return [open_first(found[i]) for i in ids]

        return DataLoader(load_fn=load)

    @cached_property
    def open_of_series(self) -> DataLoader[uuid.UUID, list[ActionItem]]:
        async def load(ids: list[uuid.UUID]) -> list[list[ActionItem]]:
            found: dict[uuid.UUID, list[ActionItem]] = {i: [] for i in ids}
            async with self.db.read() as session:
                rows = await session.execute(
                    select(ActionItem).where(
                        ActionItem.one_on_one_id.in_(set(ids)), ActionItem.done_at.is_(None)
                    )
                )
                for row in rows.scalars():
                    found[row.one_on_one_id].append(row)
            return [open_first(found[i]) for i in ids]

        return DataLoader(load_fn=load)
