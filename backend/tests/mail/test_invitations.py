"""Invitations and updates reach both people by email (real SMTP on loopback), and a calendar
client applying the attachments in order shows exactly Tandem's meetings."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from tandem.app import create_app
from tandem.db.engine import Database
from tandem.domain.oneonones.models import Meeting, MeetingStatus
from tandem.mail.models import OutboxMessage
from tandem.settings import Settings
from tests.conftest import NOW
from tests.domain.calendar.client import CalendarClient
from tests.factories import Factory
from tests.helpers import Api, create_one_on_one, data, meeting_ids
from tests.mail.smtp import calendar_parts, smtp_server

WINDOW = (NOW, NOW + timedelta(days=180))


@asynccontextmanager
async def running(settings: Settings, db: Database, smtp_url: str | None) -> AsyncIterator[Api]:
    app = create_app(
        settings.model_copy(update={"smtp_url": smtp_url, "mail_poll_seconds": 0.05}), db
    )
    async with app.router.lifespan_context(app), Api.connect(app, Factory(db)) as api:
        yield api


async def tandem_meetings(db: Database, series_id: str) -> list[tuple[datetime, datetime]]:
    import base64
    import uuid

    raw = uuid.UUID(base64.b64decode(series_id).decode().split(":")[1])
    async with db.read() as session:
        rows = await session.execute(
            select(Meeting)
            .where(
                Meeting.one_on_one_id == raw,
                Meeting.status != MeetingStatus.CANCELLED.value,
                Meeting.starts_at >= WINDOW[0],
                Meeting.starts_at < WINDOW[1],
            )
            .order_by(Meeting.starts_at)
        )
        return [(m.starts_at, m.ends_at) for m in rows.scalars()]


def shown(client: CalendarClient) -> list[tuple[datetime, datetime]]:
    return [(s.astimezone(UTC), e.astimezone(UTC)) for s, e, _ in client.events_between(*WINDOW)]


async def test_every_change_keeps_both_calendars_exactly_in_step(
    settings: Settings, db: Database, factory: Factory
) -> None:
    manager = await factory.user("Manager", email="manager@example.com")
    report = await factory.user("Report", email="report@example.com", timezone="America/New_York")
    with smtp_server() as (inbox, url):
        async with running(settings, db, url) as api:
            # create: weekly Monday 9:00 Berlin from 9 March, across the 29 March DST change
            series = await create_one_on_one(api, manager, report, title="Weekly")
            ids = meeting_ids(series)
            await inbox.wait_for(2)
            # reschedule one occurrence, cancel another, then edit the series from a meeting on
            moved = await api.as_user(
                report,
                "mutation($id: ID!) { rescheduleMeeting(input: {meetingId: $id, startsAt: "
                '"2026-03-17T15:00:00+01:00"}) { errors { code } } }',
                id=ids[1],
            )
            assert data(moved)["rescheduleMeeting"]["errors"] == []
            cancelled = await api.as_user(
                manager,
                "mutation($id: ID!) { cancelMeeting(input: {meetingId: $id}) { errors { code } } }",
                id=ids[3],
            )
            assert data(cancelled)["cancelMeeting"]["errors"] == []
            edited = await api.as_user(
                manager,
                "mutation($s: ID!, $m: ID!) { updateOneOnOne(input: {oneOnOneId: $s, "
                'fromMeetingId: $m, scope: CURRENT_AND_FOLLOWING, startsAt: "2026-04-14T10:00:00+02:00",'
                " durationMinutes: 45}) { errors { code } } }",
                s=series["id"],
                m=ids[5],
            )
            assert data(edited)["updateOneOnOne"]["errors"] == []
            await inbox.wait_for(8)
    # then each person got four emails, multipart with a link back into the app
    for address in ("manager@example.com", "report@example.com"):
        received = inbox.to(address)
        assert len(received) == 4
        first = received[0]
        assert first.get_content_type() == "multipart/mixed"
        body = first.get_body(preferencelist=("plain",))
        html = first.get_body(preferencelist=("html",))
        assert body is not None
        assert html is not None
        assert f"/one-on-ones/{series['id']}" in body.get_content()
        assert [m for m, _ in calendar_parts(received[0])] == ["REQUEST"]
        assert [m for m, _ in calendar_parts(received[2])] == ["CANCEL"]
        # and the report's calendar, applying the attachments in order, shows Tandem's meetings
        client = CalendarClient()
        for message in received:
            for _, ics_text in calendar_parts(message):
                client.apply(ics_text)
        assert shown(client) == await tandem_meetings(db, series["id"])
    assert "Monday" not in inbox.to("report@example.com")[0]["Subject"]


async def test_the_creator_may_opt_out_of_invitations(
    settings: Settings, db: Database, factory: Factory
) -> None:
    me, other = await factory.user(), await factory.user()
    with smtp_server() as (inbox, url):
        async with running(settings, db, url) as api:
            await create_one_on_one(api, me, other, sendInvitations=False)
            notices = data(await api.as_user(other, "{ viewer { unreadNotificationCount } }"))
    assert inbox.messages == []
    assert notices["viewer"]["unreadNotificationCount"] == 1


async def test_email_queued_while_the_server_was_down_is_delivered_once_after_restart(
    settings: Settings, db: Database, factory: Factory
) -> None:
    me = await factory.user(email="me@example.com")
    other = await factory.user(email="other@example.com")
    # given a change committed by a server that had no SMTP (or died before delivering)
    async with running(settings, db, None) as api:
        await create_one_on_one(api, me, other)
    async with db.read() as session:
        queued = list((await session.execute(select(OutboxMessage))).scalars())
    assert [m.sent_at for m in queued] == [None, None]
    with smtp_server() as (inbox, url):
        # when the server starts again with SMTP
        async with running(settings, db, url):
            await inbox.wait_for(2)
        # and once more (a second restart)
        async with running(settings, db, url) as api:
            await api.as_user(me, "{ viewer { name } }")
    # then each message arrived exactly once
    assert sorted(m["To"] for m in inbox.messages) == ["me@example.com", "other@example.com"]
    assert len({m["Message-ID"] for m in inbox.messages}) == 2


async def test_failing_delivery_backs_off_and_finally_shows_to_admins(
    settings: Settings, db: Database, factory: Factory
) -> None:
    from sqlalchemy import update

    from tandem.mail.sender import MAX_ATTEMPTS

    admin = await factory.admin()
    me, other = await factory.user(), await factory.user()
    with smtp_server() as (inbox, url):
        inbox.refuse = True
        async with running(settings, db, url) as api:
            series = await create_one_on_one(api, me, other, title="Private title")
            for attempt in range(1, MAX_ATTEMPTS + 1):
                await _wait_attempts(db, attempt)
                async with db.write() as session:  # skip the backoff wait
                    await session.execute(
                        update(OutboxMessage).values(next_attempt_at=datetime.now(UTC))
                    )
            await _wait_failed(db)
            failed = data(
                await api.as_user(
                    admin,
                    "{ failedEmails { totalCount edges { node { toAddress kind attempts lastError failedAt } } } }",
                )
            )["failedEmails"]
            refused = await api.as_user(me, "{ failedEmails { totalCount } }")
    assert failed["totalCount"] == 2
    node = failed["edges"][0]["node"]
    assert node["attempts"] == MAX_ATTEMPTS
    assert "451" in node["lastError"]
    assert "Private title" not in str(failed)  # admins see delivery facts, never 1:1 content
    assert refused["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    assert series["title"] == "Private title"


async def _wait_attempts(db: Database, attempts: int) -> None:
    for _ in range(200):
        async with db.read() as session:
            rows = list((await session.execute(select(OutboxMessage))).scalars())
        if rows and all(r.attempts >= attempts for r in rows):
            return
        await asyncio.sleep(0.05)
    raise AssertionError(f"attempt {attempts} did not happen")


async def _wait_failed(db: Database) -> None:
    for _ in range(200):
        async with db.read() as session:
            rows = list((await session.execute(select(OutboxMessage))).scalars())
        if rows and all(r.failed_at is not None for r in rows):
            return
        await asyncio.sleep(0.05)
    raise AssertionError("messages did not fail for good")


async def test_a_message_claimed_by_a_process_that_died_is_sent_once_its_claim_expires(
    settings: Settings, db: Database, factory: Factory
) -> None:
    from sqlalchemy import update

    me = await factory.user(email="me@example.com")
    other = await factory.user(email="other@example.com")
    async with running(settings, db, None) as api:
        await create_one_on_one(api, me, other)
    # given a process that claimed the messages and died before sending them
    async with db.write() as session:
        await session.execute(
            update(OutboxMessage).values(claimed_until=datetime.now(UTC) + timedelta(seconds=1))
        )
    with smtp_server() as (inbox, url):
        async with running(settings, db, url):
            # then nothing is sent while the claim holds, and each message once after
            await asyncio.sleep(0.5)
            assert inbox.messages == []
            await inbox.wait_for(2)
            await asyncio.sleep(0.3)
    assert len(inbox.messages) == 2
    async with db.read() as session:
        rows = list((await session.execute(select(OutboxMessage))).scalars())
    assert all(r.sent_at is not None and r.attempts == 0 for r in rows)
