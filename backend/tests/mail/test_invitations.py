"""Invitations and updates reach both people by email (real SMTP on loopback), and a calendar
client applying the attachments in order shows exactly Tandem's meetings."""

from __future__ import annotations

import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from tandem.app import create_app
from tandem.db.engine import Database
from tandem.domain.oneonones.models import Meeting, MeetingStatus
from tandem.mail.models import OutboxMessage
from tandem.mail.sender import (
    CLAIM_FOR,
    FIRST_RETRY,
    MAX_ATTEMPTS,
    SmtpConfig,
    backoff,
    deliver_due,
)
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
    assert [m.sent_at for m in await outbox(db)] == [None, None]
    with smtp_server() as (inbox, url):
        # when the server starts again with SMTP, delivers, and stops
        async with running(settings, db, url):
            await inbox.wait_for(2)
        # then both are recorded as sent (a stopping server finishes what it was sending)
        assert all(m.sent_at is not None for m in await outbox(db))
        # and a second restart sends nothing again
        async with running(settings, db, url) as api:
            await api.as_user(me, "{ viewer { name } }")
    assert sorted(m["To"] for m in inbox.messages) == ["me@example.com", "other@example.com"]
    assert len({m["Message-ID"] for m in inbox.messages}) == 2


async def test_failing_delivery_backs_off_and_finally_shows_to_admins(
    settings: Settings, db: Database, factory: Factory
) -> None:
    admin = await factory.admin()
    me, other = await factory.user(), await factory.user()
    # given two queued messages and an SMTP server that refuses them
    async with running(settings, db, None) as api:
        series = await create_one_on_one(api, me, other, title="Private title")
    with smtp_server() as (inbox, url):
        inbox.refuse = True
        config = SmtpConfig(url, settings.mail_from)
        at = datetime.now(UTC) + timedelta(seconds=1)  # the messages are due
        delays: list[timedelta] = []
        for attempt in range(1, MAX_ATTEMPTS + 1):
            # when delivery is tried too early, nothing is attempted
            if attempt > 1:
                assert await deliver_due(db, config, at - timedelta(seconds=1)) == 0
                assert {m.attempts for m in await outbox(db)} == {attempt - 1}
            # and when it is due, each message is tried once more
            assert await deliver_due(db, config, at) == 0
            rows = await outbox(db)
            assert {m.attempts for m in rows} == {attempt}
            if attempt < MAX_ATTEMPTS:
                # then it waits twice as long each time
                assert {as_utc(m.next_attempt_at) for m in rows} == {at + backoff(attempt)}
                delays.append(backoff(attempt))
                at = at + backoff(attempt)
    assert delays == [FIRST_RETRY * 2**k for k in range(MAX_ATTEMPTS - 1)]
    # and after the last attempt they failed for good, for the admins to see
    assert all(m.failed_at is not None for m in await outbox(db))
    async with running(settings, db, None) as api:
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


async def outbox(db: Database) -> list[OutboxMessage]:
    async with db.read() as session:
        rows = await session.execute(select(OutboxMessage).order_by(OutboxMessage.created_at))
        return list(rows.scalars())


def as_utc(value: datetime) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=UTC)


async def test_a_message_claimed_by_a_process_that_died_is_sent_once_its_claim_expires(
    settings: Settings, db: Database, factory: Factory
) -> None:
    from sqlalchemy import update

    me = await factory.user(email="me@example.com")
    other = await factory.user(email="other@example.com")
    async with running(settings, db, None) as api:
        await create_one_on_one(api, me, other)
    # given a process that claimed the messages and died before sending them
    at = datetime.now(UTC) + timedelta(seconds=1)  # the messages are due
    async with db.write() as session:
        await session.execute(update(OutboxMessage).values(claimed_until=at + CLAIM_FOR))
    with smtp_server() as (inbox, url):
        config = SmtpConfig(url, settings.mail_from)
        # then nothing is sent while the claim holds
        assert await deliver_due(db, config, at + CLAIM_FOR - timedelta(seconds=1)) == 0
        assert inbox.messages == []
        # and each message once after it expired
        assert await deliver_due(db, config, at + CLAIM_FOR + timedelta(seconds=1)) == 2
        assert await deliver_due(db, config, at + CLAIM_FOR + timedelta(seconds=2)) == 0
    assert len(inbox.messages) == 2
    assert all(r.sent_at is not None and r.attempts == 0 for r in await outbox(db))


async def test_a_stopping_mailer_finishes_the_message_at_hand_and_gives_back_the_rest(
    settings: Settings, db: Database, factory: Factory
) -> None:
    me = await factory.user(email="me@example.com")
    other = await factory.user(email="other@example.com")
    async with running(settings, db, None) as api:
        await create_one_on_one(api, me, other)
    at = datetime.now(UTC) + timedelta(seconds=1)  # the messages are due
    with smtp_server() as (inbox, url):
        config = SmtpConfig(url, settings.mail_from)
        stop = threading.Event()
        # given the server is told to stop while it sends the first of two messages
        inbox.on_message = stop.set
        # when the round ends
        sent = await deliver_due(db, config, at, stop)
    # then the first is recorded as sent, and the second is free for the next process at once
    assert sent == 1
    rows = await outbox(db)
    assert [r.sent_at is not None for r in rows] == [True, False]
    assert [r.claimed_until for r in rows] == [None, None]
    assert len(inbox.messages) == 1
