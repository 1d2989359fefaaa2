"""The notification centre: what arrives, read/unread, per-kind choices, reminders, batching."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import datetime
from typing import Any

from sqlalchemy import select

from tandem.app import create_app
from tandem.db.engine import Database
from tandem.mail.models import OutboxMessage
from tandem.settings import Settings
from tests.conftest import NOW
from tests.factories import Factory
from tests.helpers import Api, create_one_on_one, data, meeting_ids

INBOX = """{ viewer { unreadNotificationCount
    notifications { totalCount edges { node { id kind title link isRead actor { name } } } } } }"""
PREFS = """mutation($input: UpdateNotificationPreferencesInput!) {
    updateNotificationPreferences(input: $input) {
        preferences { kind inApp email } reminderMinutes errors { field code } } }"""


async def inbox(api: Api, user: Any) -> dict[str, Any]:
    viewer: dict[str, Any] = data(await api.as_user(user, INBOX))["viewer"]
    return viewer


async def emails_to(db: Database, address: str) -> list[OutboxMessage]:
    async with db.read() as session:
        rows = await session.execute(
            select(OutboxMessage).where(OutboxMessage.to_address == address)
        )
        return list(rows.scalars())


async def test_the_other_person_is_notified_of_invitation_reschedule_and_cancellation(
    api: Api, factory: Factory
) -> None:
    manager, report = await factory.user("Manager"), await factory.user("Report")
    ids = meeting_ids(await create_one_on_one(api, manager, report, title="Weekly"))
    await api.as_user(
        manager,
        'mutation($id: ID!) { rescheduleMeeting(input: {meetingId: $id, startsAt: "2026-03-18T10:00:00Z"}) { errors { code } } }',
        id=ids[1],
    )
    await api.as_user(
        manager,
        "mutation($id: ID!) { cancelMeeting(input: {meetingId: $id}) { errors { code } } }",
        id=ids[2],
    )
    theirs = await inbox(api, report)
    kinds = [e["node"]["kind"] for e in theirs["notifications"]["edges"]]
    assert kinds == ["CANCELLED", "RESCHEDULED", "INVITATION"]
    assert theirs["unreadNotificationCount"] == 3
    assert theirs["notifications"]["edges"][0]["node"]["actor"] == {"name": "Manager"}
    # links open in the app by the same global IDs the API uses
    assert theirs["notifications"]["edges"][0]["node"]["link"] == f"/meetings/{ids[2]}"
    # the actor is not notified of their own actions
    assert (await inbox(api, manager))["notifications"]["totalCount"] == 0


async def test_marking_read_one_and_all(api: Api, factory: Factory) -> None:
    manager, report, outsider = await factory.user(), await factory.user(), await factory.user()
    for title in ("A", "B", "C"):
        await create_one_on_one(api, manager, report, title=title)
    edges = (await inbox(api, report))["notifications"]["edges"]
    one = data(
        await api.as_user(
            report,
            "mutation($ids: [ID!]!) { markNotificationsRead(input: {ids: $ids}) { marked unreadCount errors { code } } }",
            ids=[edges[0]["node"]["id"]],
        )
    )["markNotificationsRead"]
    assert one == {"marked": 1, "unreadCount": 2, "errors": []}
    stolen = data(
        await api.as_user(
            outsider,
            "mutation($ids: [ID!]!) { markNotificationsRead(input: {ids: $ids}) { marked } }",
            ids=[edges[1]["node"]["id"]],
        )
    )["markNotificationsRead"]
    assert stolen == {"marked": 0}
    hidden = data(
        await api.as_user(
            outsider, "query($id: ID!) { node(id: $id) { id } }", id=edges[1]["node"]["id"]
        )
    )
    assert hidden == {"node": None}
    everything = data(
        await api.as_user(
            report, "mutation { markNotificationsRead(input: {all: true}) { marked unreadCount } }"
        )
    )["markNotificationsRead"]
    assert everything == {"marked": 2, "unreadCount": 0}
    unread = data(
        await api.as_user(report, "{ viewer { notifications(unreadOnly: true) { totalCount } } }")
    )
    assert unread["viewer"]["notifications"]["totalCount"] == 0


async def test_each_person_chooses_in_app_email_both_or_neither(
    api: Api, factory: Factory, db: Database
) -> None:
    manager = await factory.user(email="m@example.com")
    report = await factory.user(email="r@example.com")
    chosen = data(
        await api.as_user(
            report,
            PREFS,
            input={"preferences": [{"kind": "INVITATION", "inApp": False, "email": False}]},
        )
    )["updateNotificationPreferences"]
    assert {"kind": "INVITATION", "inApp": False, "email": False} in chosen["preferences"]
    assert {"kind": "RESCHEDULED", "inApp": True, "email": True} in chosen["preferences"]
    await create_one_on_one(api, manager, report)
    assert (await inbox(api, report))["notifications"]["totalCount"] == 0
    assert await emails_to(db, "r@example.com") == []
    assert len(await emails_to(db, "m@example.com")) == 1  # the creator's own copy
    bad = data(await api.as_user(report, PREFS, input={"reminderMinutes": 1}))
    assert bad["updateNotificationPreferences"]["errors"] == [
        {"field": "reminderMinutes", "code": "INVALID"}
    ]


@asynccontextmanager
async def running_at(settings: Settings, db: Database, now: datetime) -> AsyncIterator[Api]:
    app = create_app(settings.model_copy(update={"frozen_now": now}), db)
    async with app.router.lifespan_context(app), Api.connect(app, Factory(db)) as api:
        yield api


async def test_reminders_come_before_each_meeting_as_each_person_chose(
    settings: Settings, db: Database, factory: Factory
) -> None:
    manager, report = await factory.user(), await factory.user()
    async with running_at(settings, db, NOW) as api:
        await create_one_on_one(api, manager, report)  # first meeting 9 March 08:00 UTC
        await api.as_user(manager, PREFS, input={"remindersOff": True})
        await api.as_user(report, PREFS, input={"reminderMinutes": 120})
    # a day before: the default (24 h) would have reminded; the report wants 2 h, the manager none
    async with running_at(settings, db, datetime.fromisoformat("2026-03-08T09:00:00+00:00")) as api:
        assert (await _kinds(api, report)).count("REMINDER") == 0
    async with running_at(settings, db, datetime.fromisoformat("2026-03-09T06:30:00+00:00")) as api:
        assert (await _kinds(api, report)).count("REMINDER") == 1
        assert (await _kinds(api, manager)).count("REMINDER") == 0
    # the job running again sends no second reminder for the same meeting
    async with running_at(settings, db, datetime.fromisoformat("2026-03-09T07:00:00+00:00")) as api:
        assert (await _kinds(api, report)).count("REMINDER") == 1


async def test_agenda_notices_are_batched_to_one_an_hour(api: Api, factory: Factory) -> None:
    manager, report = await factory.user(), await factory.user()
    meeting = meeting_ids(await create_one_on_one(api, manager, report))[0]
    for text in ("one", "two", "three"):
        await api.as_user(
            manager,
            "mutation($id: ID!, $d: String!) { updateMeeting(input: {meetingId: $id, details: $d}) { errors { code } } }",
            id=meeting,
            d=text,
        )
    assert (await _kinds(api, report)).count("AGENDA_UPDATED") == 1


async def _kinds(api: Api, user: Any) -> list[str]:
    return [e["node"]["kind"] for e in (await inbox(api, user))["notifications"]["edges"]]
