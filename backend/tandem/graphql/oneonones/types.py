"""The `OneOnOne`, `Meeting` and `Template` types."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import TYPE_CHECKING, Annotated, Any

import strawberry
from sqlalchemy import select
from strawberry import relay
from strawberry.types import Info

from tandem.db.pagination import Page, keyset_page
from tandem.domain.oneonones import models
from tandem.graphql.context import Context
from tandem.graphql.oneonones.enums import Frequency, MeetingStatus, SeriesStatus, TemplateKind
from tandem.graphql.people.types import User
from tandem.graphql.relay import Connection, connection, register_node

if TYPE_CHECKING:
    from tandem.graphql.actions.types import ActionItem
    from tandem.graphql.agenda.types import DocumentState, TalkingPoint
    from tandem.graphql.comments.types import Comment
    from tandem.graphql.search.types import SearchResult


@strawberry.type(description="A section of a template: a heading and its talking points.")
class TemplateSection:
    title: str = strawberry.field(description="The section's heading.")
    prompts: list[str] = strawberry.field(description="Talking points to start from.")


@strawberry.type(description="Talking points in sections that seed a meeting's agenda.")
class Template(relay.Node):
    id: relay.NodeID[str]
    name: str = strawberry.field(description="The template's name.")
    description: str = strawberry.field(description="What it is for.")
    kind: TemplateKind = strawberry.field(description="Built in, the organisation's, or yours.")
    one_time: bool = strawberry.field(description="Meant for a single meeting (e.g. a first one).")
    sections: list[TemplateSection] = strawberry.field(description="Its sections, in order.")
    is_archived: bool = strawberry.field(description="Hidden from pickers.")

    @classmethod
    def from_model(cls, t: models.Template) -> Template:
        return cls(
            id=str(t.id),
            name=t.name,
            description=t.description,
            kind=TemplateKind(t.kind),
            one_time=t.one_time,
            sections=[
                TemplateSection(title=s["title"], prompts=list(s.get("prompts", [])))
                for s in t.sections
            ],
            is_archived=t.archived_at is not None,
        )


@strawberry.type(description="A recurring series of 1:1 meetings between two people.")
class OneOnOne(relay.Node):
    id: relay.NodeID[str]
    title: str = strawberry.field(description="The series' title.")
    frequency: Frequency = strawberry.field(description="How often it recurs.")
    timezone: str = strawberry.field(description="The IANA timezone its rule is evaluated in.")
    duration_minutes: int = strawberry.field(description="Length of each meeting.")
    status: SeriesStatus = strawberry.field(description="Active, archived or ended.")
    created_at: datetime = strawberry.field(description="When it was created.")
    archived_at: datetime | None = strawberry.field(description="When it was archived.")
    ended_at: datetime | None = strawberry.field(description="When a participant left.")
    model: strawberry.Private[models.OneOnOne]

    @classmethod
    def from_model(cls, s: models.OneOnOne) -> OneOnOne:
        return cls(
            id=str(s.id),
            title=s.title,
            frequency=Frequency(s.frequency),
            timezone=s.timezone,
            duration_minutes=s.duration_minutes,
            status=SeriesStatus(s.status),
            created_at=s.created_at,
            archived_at=s.archived_at,
            ended_at=s.ended_at,
            model=s,
        )

    @strawberry.field(description="The two people of the 1:1.")
    async def participants(self, info: Info[Context, Any]) -> list[User]:
        rows = await info.context.oneonones.participants.load(self.model.id)
        users = await info.context.loaders.user.load_many([p.user_id for p in rows])
        return sorted(
            (User.from_model(u) for u in users if u is not None), key=lambda u: u.model.name_key
        )

    @strawberry.field(description="The other person, seen from the viewer.")
    async def counterpart(self, info: Info[Context, Any]) -> User | None:
        viewer = info.context.require_viewer()
        rows = await info.context.oneonones.participants.load(self.model.id)
        other = next((p.user_id for p in rows if p.user_id != viewer.user_id), None)
        user = await info.context.loaders.user.load(other) if other else None
        return User.from_model(user) if user else None

    @strawberry.field(description="Who created it (they alone may archive or delete it).")
    async def created_by(self, info: Info[Context, Any]) -> User | None:
        user = await info.context.loaders.user.load(self.model.created_by_id)
        return User.from_model(user) if user else None

    @strawberry.field(description="The talking-point template new meetings start from.")
    async def template(self, info: Info[Context, Any]) -> Template | None:
        if self.model.template_id is None:
            return None
        found = await info.context.oneonones.series_template.load(self.model.template_id)
        return Template.from_model(found) if found else None

    @strawberry.field(description="The next upcoming meeting, if any.")
    async def next_meeting(self, info: Info[Context, Any]) -> Meeting | None:
        found = await info.context.oneonones.next_meeting.load((self.model.id, info.context.now()))
        return Meeting.from_model(found) if found else None

    @strawberry.field(
        description="Unchecked talking points of past meetings that no later meeting took "
        "over (e.g. after the last meeting of a one-time or ended 1:1), oldest first."
    )
    async def open_talking_points(
        self, info: Info[Context, Any]
    ) -> list[Annotated[TalkingPoint, strawberry.lazy("tandem.graphql.agenda.types")]]:
        from tandem.domain.agenda.carry import open_points
        from tandem.graphql.agenda.types import TalkingPoint

        viewer = info.context.require_viewer()
        async with info.context.db.read() as session:
            rows = await open_points(session, self.model.id, viewer.user_id)
        return [TalkingPoint.from_model(r) for r in rows]

    @strawberry.field(
        description="Search this 1:1's history — talking points, shared notes, comments, action "
        "items and the viewer's own private notes — for every word of `query` (prefixes "
        "match), best matches first."
    )
    async def search(
        self,
        info: Info[Context, Any],
        query: Annotated[str, strawberry.argument(description="Words to look for.")],
        first: Annotated[int | None, strawberry.argument(description="1 to 100.")] = 20,
        after: Annotated[
            str | None, strawberry.argument(description="The endCursor of the previous page.")
        ] = None,
    ) -> Connection[Annotated[SearchResult, strawberry.lazy("tandem.graphql.search.types")]]:
        from tandem.db.pagination import slice_page
        from tandem.domain.errors import Invalid
        from tandem.domain.search import service as search
        from tandem.graphql.errors import Code, api_error
        from tandem.graphql.search.types import SearchResult

        viewer = info.context.require_viewer()
        try:
            async with info.context.db.read() as session:
                hits = await search.search(session, self.model.id, viewer.user_id, query)
            page = slice_page(list(enumerate(hits)), lambda p: (p[0],), first=first, after=after)
        except Invalid as exc:
            raise api_error(Code.BAD_USER_INPUT, exc.errors[0].message) from exc
        return connection(page, lambda p: SearchResult.of(p[1]))

    @strawberry.field(description="Action items not done yet, by due date.")
    async def open_action_items(
        self, info: Info[Context, Any]
    ) -> list[Annotated[ActionItem, strawberry.lazy("tandem.graphql.actions.types")]]:
        from tandem.graphql.actions.types import ActionItem

        rows = await info.context.actions.open_of_series.load(self.model.id)
        return [ActionItem.from_model(r) for r in rows]

    @strawberry.field(description="How many meetings are in each status.")
    async def meeting_counts(self, info: Info[Context, Any]) -> MeetingCounts:
        counts = await info.context.oneonones.status_counts.load(self.model.id)
        return MeetingCounts(
            upcoming=counts.get(MeetingStatus.UPCOMING.value, 0),
            completed=counts.get(MeetingStatus.COMPLETED.value, 0),
            missed=counts.get(MeetingStatus.MISSED.value, 0),
            cancelled=counts.get(MeetingStatus.CANCELLED.value, 0),
        )

    @strawberry.field(description="Whether the viewer has left this 1:1.")
    async def viewer_has_left(self, info: Info[Context, Any]) -> bool:
        viewer = info.context.require_viewer()
        rows = await info.context.oneonones.participants.load(self.model.id)
        return any(p.user_id == viewer.user_id and p.left_at is not None for p in rows)

    @strawberry.field(description="The viewer may archive it (creator, a meeting was held).")
    async def can_archive(self, info: Info[Context, Any]) -> bool:
        counts = await info.context.oneonones.status_counts.load(self.model.id)
        return (
            self.model.created_by_id == info.context.require_viewer().user_id
            and self.model.status != SeriesStatus.ARCHIVED.value
            and counts.get(MeetingStatus.COMPLETED.value, 0) > 0
        )

    @strawberry.field(description="The viewer may delete it (creator, no meeting held).")
    async def can_delete(self, info: Info[Context, Any]) -> bool:
        counts = await info.context.oneonones.status_counts.load(self.model.id)
        return (
            self.model.created_by_id == info.context.require_viewer().user_id
            and counts.get(MeetingStatus.COMPLETED.value, 0) == 0
        )

    @strawberry.field(description="Its meetings by start time; filter by status.")
    async def meetings(
        self,
        info: Info[Context, Any],
        status: Annotated[
            MeetingStatus | None, strawberry.argument(description="Only this status.")
        ] = None,
        first: Annotated[int | None, strawberry.argument(description="1 to 100.")] = 20,
        after: Annotated[
            str | None, strawberry.argument(description="The endCursor of the previous page.")
        ] = None,
        descending: Annotated[
            bool, strawberry.argument(description="Latest first (for history).")
        ] = False,
    ) -> Connection[Meeting]:
        stmt = select(models.Meeting).where(models.Meeting.one_on_one_id == self.model.id)
        if status is not None:
            stmt = stmt.where(models.Meeting.status == status.value)
        async with info.context.db.read() as session:
            page: Page[models.Meeting] = await keyset_page(
                session,
                stmt,
                [models.Meeting.starts_at, models.Meeting.id],
                first=first,
                after=after,
                key_types=(datetime, uuid.UUID),
                descending=descending,
            )
        return connection(page, Meeting.from_model)

    @classmethod
    async def resolve_nodes(  # type: ignore[override]
        cls, *, info: Info[Context, Any], node_ids: list[str], required: bool = False
    ) -> list[OneOnOne | None]:
        found = await _series_by_id(info, [uuid.UUID(i) for i in node_ids])
        return [found.get(uuid.UUID(i)) for i in node_ids]


@strawberry.type(description="How many meetings of a 1:1 are in each status.")
class MeetingCounts:
    upcoming: int = strawberry.field(description="Upcoming meetings.")
    completed: int = strawberry.field(description="Held meetings.")
    missed: int = strawberry.field(description="Meetings whose time passed with nothing in them.")
    cancelled: int = strawberry.field(description="Cancelled meetings.")


@strawberry.type(description="One meeting of a 1:1.")
class Meeting(relay.Node):
    id: relay.NodeID[str]
    starts_at: datetime = strawberry.field(description="When it starts.")
    ends_at: datetime = strawberry.field(description="When it ends.")
    status: MeetingStatus = strawberry.field(description="Upcoming, completed, missed, cancelled.")
    details: str = strawberry.field(description="Free text for this meeting.")
    is_rescheduled: bool = strawberry.field(
        description="Moved from the time the rule gave it; keeps its time when the series changes."
    )
    scheduled_start: datetime = strawberry.field(description="Where the series' rule put it.")
    ended_at: datetime | None = strawberry.field(description="When a participant ended it.")
    cancelled_at: datetime | None = strawberry.field(description="When it was cancelled.")
    model: strawberry.Private[models.Meeting]

    @classmethod
    def from_model(cls, m: models.Meeting) -> Meeting:
        return cls(
            id=str(m.id),
            starts_at=m.starts_at,
            ends_at=m.ends_at,
            status=MeetingStatus(m.status),
            details=m.details,
            is_rescheduled=m.rescheduled,
            scheduled_start=m.scheduled_start,
            ended_at=m.ended_at,
            cancelled_at=m.cancelled_at,
            model=m,
        )

    @strawberry.field(description="Its title: its own, or the series' title.")
    async def title(self, info: Info[Context, Any]) -> str:
        if self.model.title:
            return self.model.title
        series = await info.context.oneonones.series.load(self.model.one_on_one_id)
        return series.title if series else ""

    @strawberry.field(description="Whether this meeting has its own title.")
    def has_own_title(self) -> bool:
        return self.model.title is not None

    @strawberry.field(description="Length in minutes.")
    def duration_minutes(self) -> int:
        return int((self.model.ends_at - self.model.starts_at).total_seconds() // 60)

    @strawberry.field(description="The 1:1 it belongs to.")
    async def one_on_one(self, info: Info[Context, Any]) -> OneOnOne:
        series = await info.context.oneonones.series.load(self.model.one_on_one_id)
        assert series is not None  # the meeting was visible, so its series is
        return OneOnOne.from_model(series)

    @strawberry.field(
        description="The meeting of this 1:1 held before this one (the last completed one), "
        "to read its notes beside this one's."
    )
    async def previous_meeting(self, info: Info[Context, Any]) -> Meeting | None:
        async with info.context.db.read() as session:
            found = (
                await session.execute(
                    select(models.Meeting)
                    .where(
                        models.Meeting.one_on_one_id == self.model.one_on_one_id,
                        models.Meeting.status == models.MeetingStatus.COMPLETED.value,
                        models.Meeting.starts_at < self.model.starts_at,
                    )
                    .order_by(models.Meeting.starts_at.desc())
                    .limit(1)
                )
            ).scalar_one_or_none()
        return Meeting.from_model(found) if found else None

    @strawberry.field(description="The template its agenda starts from.")
    async def template(self, info: Info[Context, Any]) -> Template | None:
        if self.model.template_id is None:
            return None
        found = await info.context.oneonones.series_template.load(self.model.template_id)
        return Template.from_model(found) if found else None

    @strawberry.field(description="The agenda, in order (deleted talking points left out).")
    async def talking_points(
        self, info: Info[Context, Any]
    ) -> list[Annotated[TalkingPoint, strawberry.lazy("tandem.graphql.agenda.types")]]:
        from tandem.graphql.agenda.types import TalkingPoint

        rows = await info.context.agenda.talking_points.load(self.model.id)
        return [TalkingPoint.from_model(r) for r in rows]

    @strawberry.field(
        description="Comments on the meeting itself, oldest first, with their replies "
        "(comments on talking points hang off each talking point)."
    )
    async def comments(
        self, info: Info[Context, Any]
    ) -> list[Annotated[Comment, strawberry.lazy("tandem.graphql.comments.types")]]:
        from tandem.graphql.comments.types import Comment

        rows = await info.context.comments.of_meeting.load(self.model.id)
        return [Comment.from_model(r) for r in rows]

    @strawberry.field(description="Action items agreed in this meeting, open first.")
    async def action_items(
        self, info: Info[Context, Any]
    ) -> list[Annotated[ActionItem, strawberry.lazy("tandem.graphql.actions.types")]]:
        from tandem.graphql.actions.types import ActionItem

        rows = await info.context.actions.of_meeting.load(self.model.id)
        return [ActionItem.from_model(r) for r in rows]

    @strawberry.field(
        description='Open action items from earlier meetings of this 1:1 ("follow up on action '
        'items from the prior 1:1").'
    )
    async def open_action_items_from_before(
        self, info: Info[Context, Any]
    ) -> list[Annotated[ActionItem, strawberry.lazy("tandem.graphql.actions.types")]]:
        from tandem.graphql.actions.types import ActionItem

        rows = await info.context.actions.open_of_series.load(self.model.one_on_one_id)
        return [ActionItem.from_model(r) for r in rows if r.meeting_id != self.model.id]

    @strawberry.field(
        description="The shared notes as Markdown (clients that speak Yjs edit them in the "
        "document's `notes`)."
    )
    async def shared_notes(self, info: Info[Context, Any]) -> str:
        found = await info.context.agenda.shared_notes.load(self.model.id)
        return found or ""

    @strawberry.field(description="The viewer's private notes on this meeting (theirs alone).")
    async def private_notes(self, info: Info[Context, Any]) -> str | None:
        found = await info.context.agenda.private_notes.load(self.model.id)
        return found.text if found else None

    @strawberry.field(
        description="How many times the viewer saved their private notes: pass it as "
        "updatePrivateNotes' baseVersion so a save never erases one from another device."
    )
    async def private_notes_version(self, info: Info[Context, Any]) -> int:
        found = await info.context.agenda.private_notes.load(self.model.id)
        return found.version if found else 0

    @strawberry.field(
        description="The shared document for Yjs clients: everything the given state vector "
        "lacks (docs/sync.md)."
    )
    async def document(
        self,
        info: Info[Context, Any],
        state_vector: Annotated[
            str | None, strawberry.argument(description="The client's state vector (base64).")
        ] = None,
    ) -> Annotated[DocumentState, strawberry.lazy("tandem.graphql.agenda.types")]:
        from tandem.domain.agenda import service
        from tandem.graphql.agenda.mutations import decode_b64
        from tandem.graphql.agenda.subscriptions import state_of

        viewer = info.context.require_viewer()
        vector = decode_b64(state_vector, "stateVector") if state_vector else None
        async with info.context.db.read() as session:
            synced = await service.read(session, viewer.actor, self.model.id, vector)
        return state_of(synced)

    @classmethod
    async def resolve_nodes(  # type: ignore[override]
        cls, *, info: Info[Context, Any], node_ids: list[str], required: bool = False
    ) -> list[Meeting | None]:
        found = await _meetings_by_id(info, [uuid.UUID(i) for i in node_ids])
        return [found.get(uuid.UUID(i)) for i in node_ids]


async def meeting_node(info: Info[Context, Any], meeting_id: uuid.UUID | None) -> Meeting | None:
    """The meeting as the viewer may see it (None when absent or not theirs)."""
    found = await info.context.oneonones.meeting.load(meeting_id) if meeting_id else None
    return Meeting.from_model(found) if found else None


MeetingConnection = Connection[Meeting]
OneOnOneConnection = Connection[OneOnOne]


async def _series_by_id(
    info: Info[Context, Any], ids: list[uuid.UUID]
) -> dict[uuid.UUID, OneOnOne]:
    found = await info.context.oneonones.series.load_many(ids)
    return {s.id: OneOnOne.from_model(s) for s in found if s is not None}


async def _meetings_by_id(
    info: Info[Context, Any], ids: list[uuid.UUID]
) -> dict[uuid.UUID, Meeting]:
    found = await info.context.oneonones.meeting.load_many(ids)
    return {m.id: Meeting.from_model(m) for m in found if m is not None}


async def _templates_by_id(
    info: Info[Context, Any], ids: list[uuid.UUID]
) -> dict[uuid.UUID, Template]:
    found = await info.context.oneonones.template.load_many(ids)
    return {t.id: Template.from_model(t) for t in found if t is not None}


register_node("OneOnOne", _series_by_id)
register_node("Meeting", _meetings_by_id)
register_node("Template", _templates_by_id)
