"""iCalendar over HTTP: a person's secret feed, and one meeting's "Add to calendar" file."""

from __future__ import annotations

import uuid
from datetime import timedelta

from sqlalchemy import select
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Route
from strawberry.relay import GlobalID

from tandem.auth.viewer import BadAuthorization, authenticate
from tandem.domain.calendar import ics
from tandem.domain.notifications import service as notifications
from tandem.domain.oneonones import access
from tandem.domain.oneonones.announce import meeting_path
from tandem.domain.oneonones.models import Meeting, MeetingStatus, OneOnOne, Participant

CONTENT_TYPE = "text/calendar; charset=utf-8"
# How far back the feed reaches; the future is the stored horizon.
FEED_HISTORY = timedelta(days=365)


def _event(request: Request, meeting: Meeting, series: OneOnOne) -> ics.FeedEvent:
    base = request.app.state.settings.public_url.rstrip("/")
    return ics.FeedEvent(
        uid=f"{meeting.id}@tandem",
        title=meeting.title or series.title,
        starts_at=meeting.starts_at,
        ends_at=meeting.ends_at,
        url=base + meeting_path(meeting.id),
        status="CANCELLED" if meeting.status == MeetingStatus.CANCELLED.value else "CONFIRMED",
        sequence=series.calendar_sequence,
        last_modified=meeting.updated_at,
    )


async def feed(request: Request) -> Response:
    """The meetings of the person whose secret token this is; the token grants nothing else."""
    token = request.path_params["token"]
    db = request.app.state.db
    now = request.app.state.clock.now()
    async with db.read() as session:
        user = await notifications.user_by_feed_token(session, token)
        if user is None:
            return PlainTextResponse("No such calendar.", status_code=404)
        rows = await session.execute(
            select(Meeting, OneOnOne)
            .join(OneOnOne, OneOnOne.id == Meeting.one_on_one_id)
            .join(Participant, Participant.one_on_one_id == OneOnOne.id)
            .where(Participant.user_id == user.id, Meeting.starts_at >= now - FEED_HISTORY)
            .order_by(Meeting.starts_at, Meeting.id)
        )
        events = [_event(request, m, s) for m, s in rows.all()]
    body = ics.feed(f"Tandem — {user.name}", events)
    return Response(
        body,
        media_type=CONTENT_TYPE,
        headers={
            "cache-control": "private, max-age=300",
            "content-disposition": 'inline; filename="tandem.ics"',
            "x-robots-tag": "noindex",
            "referrer-policy": "no-referrer",
        },
    )


async def meeting_file(request: Request) -> Response:
    """One meeting as a file, for its participants (session cookie or bearer token)."""
    db = request.app.state.db
    try:
        viewer = await authenticate(
            db,
            request.app.state.settings,
            authorization=request.headers.get("authorization"),
            cookies=request.cookies,
        )
    except BadAuthorization:
        viewer = None
    if viewer is None:
        return PlainTextResponse("Sign in first.", status_code=401)
    try:
        gid = GlobalID.from_id(request.path_params["meeting_id"])
        meeting_id = uuid.UUID(gid.node_id) if gid.type_name == "Meeting" else None
    except ValueError:
        meeting_id = None
    async with db.read() as session:
        found = (
            await access.visible_meetings(session, viewer.user_id, [meeting_id])
            if meeting_id
            else {}
        )
        meeting = found.get(meeting_id) if meeting_id else None
        series = await session.get(OneOnOne, meeting.one_on_one_id) if meeting else None
    if meeting is None or series is None:
        return PlainTextResponse("No such meeting.", status_code=404)
    return Response(
        ics.single_event(_event(request, meeting, series)),
        media_type=CONTENT_TYPE,
        headers={
            "cache-control": "private, no-store",
            "content-disposition": 'attachment; filename="tandem-meeting.ics"',
        },
    )


routes = [
    Route("/calendar/feed/{token}.ics", feed, methods=["GET", "HEAD"]),
    Route("/calendar/meetings/{meeting_id}.ics", meeting_file, methods=["GET", "HEAD"]),
]
