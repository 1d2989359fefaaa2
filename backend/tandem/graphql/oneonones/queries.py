"""Queries of the 1:1 area: templates, a schedule preview, and the viewer's lists."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

import strawberry
from strawberry.types import Info

from tandem.domain.oneonones import queries, recurrence, templates
from tandem.domain.oneonones.series import local_wall_time
from tandem.graphql.context import Context
from tandem.graphql.errors import Code, api_error
from tandem.graphql.oneonones.enums import Frequency
from tandem.graphql.oneonones.types import Meeting, OneOnOne, Template
from tandem.graphql.relay import Connection, connection

MAX_PREVIEW = 20


@strawberry.type
class OneOnOneQuery:
    @strawberry.field(description="Templates the viewer may use: built in, organisation, own.")
    async def templates(self, info: Info[Context, Any]) -> list[Template]:
        viewer = info.context.require_viewer()
        async with info.context.db.read() as session:
            rows = await templates.visible_templates(session, viewer.user_id)
        return [Template.from_model(t) for t in rows]

    @strawberry.field(description="The first meeting times a rule would give (for forms).")
    def preview_schedule(
        self,
        info: Info[Context, Any],
        starts_at: Annotated[datetime, strawberry.argument(description="The first start.")],
        timezone: Annotated[str, strawberry.argument(description="IANA timezone.")],
        frequency: Annotated[Frequency, strawberry.argument(description="Rhythm.")],
        count: Annotated[int, strawberry.argument(description="1 to 20.")] = 5,
    ) -> list[datetime]:
        info.context.require_viewer()
        if not recurrence.validate_timezone(timezone):
            raise api_error(Code.BAD_USER_INPUT, "Choose a timezone such as Europe/Berlin.")
        if not 1 <= count <= MAX_PREVIEW:
            raise api_error(Code.BAD_USER_INPUT, f"Ask for 1 to {MAX_PREVIEW} dates.")
        if starts_at.tzinfo is None:
            raise api_error(Code.BAD_USER_INPUT, "Give startsAt with its UTC offset.")
        rule = recurrence.Rule(local_wall_time(starts_at, timezone), timezone, frequency)
        last = 1 if frequency == recurrence.Frequency.ONCE else count
        return [recurrence.occurrence_utc(rule, i) for i in range(last)]


async def viewer_one_on_ones(
    info: Info[Context, Any],
    user_id: object,
    first: int | None,
    after: str | None,
    include_inactive: bool,
) -> Connection[OneOnOne] | None:
    viewer = info.context.require_viewer()
    if viewer.user_id != user_id:
        return None
    async with info.context.db.read() as session:
        page = await queries.my_series(
            session, viewer.user_id, first=first, after=after, include_inactive=include_inactive
        )
    return connection(page, OneOnOne.from_model)


async def viewer_upcoming_meetings(
    info: Info[Context, Any], user_id: object, first: int | None, after: str | None
) -> Connection[Meeting] | None:
    viewer = info.context.require_viewer()
    if viewer.user_id != user_id:
        return None
    async with info.context.db.read() as session:
        page = await queries.my_upcoming_meetings(
            session, viewer.user_id, info.context.now(), first=first, after=after
        )
    return connection(page, Meeting.from_model)
