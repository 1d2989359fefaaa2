"""DataLoaders of the 1:1 area. Every one filters by the viewer: private rows never load."""

from __future__ import annotations

import uuid
from collections import defaultdict
from functools import cached_property

from sqlalchemy import select
from strawberry.dataloader import DataLoader

from tandem.db.engine import Database
from tandem.domain.oneonones import access, templates
from tandem.domain.oneonones.models import (
    Meeting,
    MeetingStatus,
    OneOnOne,
    Participant,
    Template,
)


class OneOnOneLoaders:
    def __init__(self, db: Database, viewer_id: uuid.UUID) -> None:
        self.db = db
        self.viewer_id = viewer_id

    @cached_property
    def series(self) -> DataLoader[uuid.UUID, OneOnOne | None]:
        async def load(ids: list[uuid.UUID]) -> list[OneOnOne | None]:
            async with self.db.read() as session:
                found = await access.visible_series(session, self.viewer_id, ids)
            return [found.get(i) for i in ids]

        return DataLoader(load_fn=load)

    @cached_property
    def meeting(self) -> DataLoader[uuid.UUID, Meeting | None]:
        async def load(ids: list[uuid.UUID]) -> list[Meeting | None]:
            async with self.db.read() as session:
                found = await access.visible_meetings(session, self.viewer_id, ids)
            return [found.get(i) for i in ids]

        return DataLoader(load_fn=load)

    @cached_property
    def participants(self) -> DataLoader[uuid.UUID, list[Participant]]:
        """Participants of series already shown to be visible."""

        async def load(ids: list[uuid.UUID]) -> list[list[Participant]]:
            async with self.db.read() as session:
                found = await access.participants_of(session, ids)
            return [found[i] for i in ids]

        return DataLoader(load_fn=load)

    @cached_property
    def next_meeting(self) -> DataLoader[tuple[uuid.UUID, object], Meeting | None]:
        """The first upcoming meeting (by start) of each visible series; keyed (series, now)."""

        async def load(keys: list[tuple[uuid.UUID, object]]) -> list[Meeting | None]:
            ids = [k[0] for k in keys]
            now = keys[0][1]
            async with self.db.read() as session:
                rows = await session.execute(
                    select(Meeting)
                    .where(
                        Meeting.one_on_one_id.in_(set(ids)),
                        Meeting.status == MeetingStatus.UPCOMING.value,
                        Meeting.ends_at > now,
                    )
                    .order_by(Meeting.starts_at, Meeting.id)
                )
            first: dict[uuid.UUID, Meeting] = {}
            for meeting in rows.scalars():
                first.setdefault(meeting.one_on_one_id, meeting)
            return [first.get(i) for i in ids]

        return DataLoader(load_fn=load)

    @cached_property
    def status_counts(self) -> DataLoader[uuid.UUID, dict[str, int]]:
        async def load(ids: list[uuid.UUID]) -> list[dict[str, int]]:
            from sqlalchemy import func

            counts: defaultdict[uuid.UUID, dict[str, int]] = defaultdict(dict)
            async with self.db.read() as session:
                rows = await session.execute(
                    select(Meeting.one_on_one_id, Meeting.status, func.count())
                    .where(Meeting.one_on_one_id.in_(set(ids)))
                    .group_by(Meeting.one_on_one_id, Meeting.status)
                )
                for series_id, status, count in rows.all():
                    counts[series_id][status] = int(count)
            return [counts[i] for i in ids]

        return DataLoader(load_fn=load)

    @cached_property
    def template(self) -> DataLoader[uuid.UUID, Template | None]:
        async def load(ids: list[uuid.UUID]) -> list[Template | None]:
            async with self.db.read() as session:
                found = {
                    t.id: t for t in await templates.visible_templates(session, self.viewer_id, ids)
                }
            return [found.get(i) for i in ids]

        return DataLoader(load_fn=load)

    @cached_property
    def series_template(self) -> DataLoader[uuid.UUID, Template | None]:
        """Templates used by a visible series or meeting: both participants see it, even when
        it is the other's personal template. Only ever called with such IDs."""

        async def load(ids: list[uuid.UUID]) -> list[Template | None]:
            async with self.db.read() as session:
                rows = await session.execute(select(Template).where(Template.id.in_(set(ids))))
                found = {t.id: t for t in rows.scalars()}
            return [found.get(i) for i in ids]

        return DataLoader(load_fn=load)
