"""DataLoaders of comments (only ever called for meetings already shown visible)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from functools import cached_property

from strawberry.dataloader import DataLoader

from tandem.db.engine import Database
from tandem.domain.comments import service
from tandem.domain.comments.models import Comment


class CommentLoaders:
    def __init__(self, db: Database) -> None:
        self.db = db

    @cached_property
    def of_meeting(self) -> DataLoader[uuid.UUID, list[Comment]]:
        """Meeting-level threads (top-level comments; their replies are primed)."""

        async def load(ids: list[uuid.UUID]) -> list[list[Comment]]:
            async with self.db.read() as session:
                rows = await service.threads(session, ids, [])
            return self._split(rows, ids, lambda c: c.meeting_id)

        return DataLoader(load_fn=load)

    @cached_property
    def of_talking_point(self) -> DataLoader[uuid.UUID, list[Comment]]:
        async def load(ids: list[uuid.UUID]) -> list[list[Comment]]:
            async with self.db.read() as session:
                rows = await service.threads(session, [], ids)
            return self._split(rows, ids, lambda c: c.talking_point_id)

        return DataLoader(load_fn=load)

    def _split(
        self,
        rows: list[Comment],
        ids: list[uuid.UUID],
        key: Callable[[Comment], uuid.UUID | None],
    ) -> list[list[Comment]]:
        by: dict[uuid.UUID, list[Comment]] = {i: [] for i in ids}
        for row in rows:
            if row.parent_id is None:
                owner = key(row)
                if owner in by:
                    by[owner].append(row)
                self.replies.prime(row.id, [])
        replies: dict[uuid.UUID, list[Comment]] = {}
        for row in rows:
            if row.parent_id is not None:
                replies.setdefault(row.parent_id, []).append(row)
        for parent, found in replies.items():
            self.replies.clear(parent)
            self.replies.prime(parent, found)
        return [by[i] for i in ids]

    @cached_property
    def replies(self) -> DataLoader[uuid.UUID, list[Comment]]:
        async def load(ids: list[uuid.UUID]) -> list[list[Comment]]:
            from sqlalchemy import select

            async with self.db.read() as session:
                rows = (
                    await session.execute(
                        select(Comment)
                        .where(Comment.parent_id.in_(set(ids)), Comment.deleted_at.is_(None))
                        .order_by(Comment.created_at, Comment.id)
                    )
                ).scalars()
                found: dict[uuid.UUID, list[Comment]] = {i: [] for i in ids}
                for row in rows:
                    assert row.parent_id is not None
                    found[row.parent_id].append(row)
            return [found[i] for i in ids]

        return DataLoader(load_fn=load)
