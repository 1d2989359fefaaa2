"""One schema of the meeting document: what validation accepts, the projection and the Markdown
renderer can always handle — so no push can break a meeting, the scheduler or the restart."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from pycrdt import Map, Text
from sqlalchemy import select

from tandem.db.engine import Database
from tandem.domain.agenda.models import DocumentUpdate, MeetingDocument, TalkingPoint
from tandem.ids import uuid_of
from tandem.settings import Settings
from tests.conftest import NOW
from tests.factories import Factory
from tests.graphql.agenda.test_sync import TEMPLATE, Client, points, setup
from tests.helpers import Api, create_one_on_one, data, meeting_ids, running_at
from tests.realtime.test_validation import damage, element, heading, nested

ADD = """mutation($m: ID!, $t: String!) { addTalkingPoint(input: {meetingId: $m, text: $t}) {
    talkingPoint { text } errors { code } } }"""
APPEND = """mutation($m: ID!, $md: String!) { appendSharedNotes(input: {meetingId: $m, markdown: $md})
    { sharedNotes errors { code } } }"""
STATUS = """query($id: ID!) { node(id: $id) { ... on Meeting { status } } }"""


def item(author: str, text: str, order: str = "a0") -> Map[Any]:
    return Map(
        {
            "text": Text(text),
            "done": False,
            "author": author,
            "section": "Feedback",
            "topic": None,
            "order": order,
            "deleted": False,
        }
    )


async def test_an_item_key_longer_than_the_projection_allows_cannot_brick_the_meeting(
    settings: Settings, db: Database, factory: Factory
) -> None:
    # given: a weekly 1:1 whose first meeting is on 9 March
    manager, report = await factory.user("Manager"), await factory.user("Report")
    async with running_at(settings, db, NOW) as api:
        series = await create_one_on_one(api, manager, report)
        meeting = meeting_ids(series)[0]
        client = Client(api, report, meeting)
        await client.pull()

        # when: a participant pushes an item whose key is 150 characters long
        long_key = "k" * 150
        pushed = await client.push(
            client.change(lambda items: items.__setitem__(long_key, item(client.author, "x")))
        )

        # then: it is refused with a typed code, and every later write works
        assert [e["code"] for e in pushed["errors"]] == ["INVALID_ITEM"]
        added = data(await api.as_user(manager, ADD, m=meeting, t="Budget"))["addTalkingPoint"]
        assert added["errors"] == []
        appended = data(await api.as_user(report, APPEND, m=meeting, md="Agreed"))
        assert appended["appendSharedNotes"]["errors"] == []
        fresh = Client(api, report, meeting)
        await fresh.pull()
        later = await fresh.push(
            fresh.change(lambda items: items.__setitem__("short", item(fresh.author, "y", "a1")))
        )
        assert later["errors"] == []
        assert sorted(p["text"] for p in await points(api, report, meeting)) == ["Budget", "y"]

    # and: once the meeting is over, the server starts and the scheduler closes it
    async with running_at(settings, db, datetime.fromisoformat("2026-03-10T12:00:00+00:00")) as api:
        status = data(await api.as_user(report, STATUS, id=meeting))["node"]["status"]
    assert status == "COMPLETED"


async def database_state(db: Database, meeting: str) -> tuple[Any, ...]:
    """Everything a push could change: the log, the snapshot and the projection."""
    meeting_id = uuid_of("Meeting", meeting)
    async with db.read() as session:
        log = (
            await session.execute(
                select(DocumentUpdate.seq, DocumentUpdate.data)
                .where(DocumentUpdate.meeting_id == meeting_id)
                .order_by(DocumentUpdate.seq)
            )
        ).all()
        row = await session.get(MeetingDocument, meeting_id)
        assert row is not None
        projected = (
            await session.execute(
                select(TalkingPoint.item_key, TalkingPoint.text, TalkingPoint.order_key)
                .where(TalkingPoint.meeting_id == meeting_id)
                .order_by(TalkingPoint.item_key)
            )
        ).all()
    return (tuple(log), row.snapshot, row.last_seq, row.notes_markdown, tuple(projected))


async def test_a_refused_push_stores_nothing(api: Api, factory: Factory, db: Database) -> None:
    # given: a meeting with a talking point
    _, report, meeting = await setup(api, factory)
    client = Client(api, report, meeting)
    await client.pull()
    assert (
        await client.push(client.change(lambda i: i.__setitem__("ok", item(client.author, "ok"))))
    )["errors"] == []
    before = await database_state(db, meeting)

    # when: it is sent updates of every kind the schema refuses, each with a valid one
    fine = client.change(lambda i: i.__setitem__("fine", item(client.author, "fine", "a2")))
    bad = {
        "INVALID_ITEM": lambda i: i.__setitem__("k", item(client.author, "x", order="7")),
        "TOO_LONG": lambda i: i["ok"]["text"].insert(0, "x" * 2001),
    }
    notes = {
        "INVALID_NOTES (level)": heading("inf"),
        "INVALID_NOTES (start)": element("orderedList", start=1e309),
        "INVALID_NOTES (depth)": nested(1200),
    }
    cases: list[tuple[str, Callable[..., None], bool]] = [
        *((code, change, False) for code, change in bad.items()),
        *((code, change, True) for code, change in notes.items()),
    ]
    for code, change, whole_document in cases:
        broken = Client(api, report, meeting)
        await broken.pull()
        if whole_document:
            state = broken.doc.get_state()
            change(broken.doc)
            update = broken.doc.get_update(state)
            code = "INVALID_NOTES"
        else:
            update = broken.change(change)
        result = await broken.push(fine, update)

        # then: each is refused with its code, and the database is as it was
        assert [e["code"] for e in result["errors"]] == [code]
        assert result["state"] is None
        assert await database_state(db, meeting) == before


async def store_unchecked(db: Database, meeting: str, update: bytes) -> None:
    """Append an update to a meeting's log as pushes were stored before the schema existed
    (no validation, no projection)."""
    meeting_id = uuid_of("Meeting", meeting)
    async with db.write() as session:
        row = await session.get(MeetingDocument, meeting_id)
        assert row is not None
        row.last_seq += 1
        session.add(DocumentUpdate(meeting_id=meeting_id, seq=row.last_seq, data=update))


async def test_a_document_stored_before_the_schema_keeps_its_meeting_working(
    settings: Settings, db: Database, factory: Factory
) -> None:
    # given: a meeting whose document breaks the schema in every way pushes once could
    manager, report = await factory.user("Manager"), await factory.user("Report")
    async with running_at(settings, db, NOW) as api:
        series = await create_one_on_one(api, manager, report, templateId=TEMPLATE)
        meeting, following = meeting_ids(series)[:2]
        client = Client(api, report, meeting)
        await client.pull()
    before = client.doc.get_state()
    damage(client.doc, client.author)
    await store_unchecked(db, meeting, client.doc.get_update(before))

    async with running_at(settings, db, NOW) as api:
        # when: people keep working in it
        added = data(await api.as_user(manager, ADD, m=meeting, t="Budget"))["addTalkingPoint"]
        appended = data(await api.as_user(report, APPEND, m=meeting, md="Agreed"))
        agenda = await points(api, report, meeting)
        fresh = Client(api, report, meeting)
        await fresh.pull()
        pushed = await fresh.push(
            fresh.change(lambda i: i.__setitem__("fine", item(fresh.author, "fine", "a5")))
        )

    # then: every write works, and the damage is read clipped to the schema
    assert added["errors"] == []
    assert appended["appendSharedNotes"]["errors"] == []
    assert appended["appendSharedNotes"]["sharedNotes"].startswith("# Title\n\n# Title\n\n")
    assert pushed["errors"] == []
    texts = {p["text"] for p in agenda}
    assert {"Budget", "x" * 2000, ""} <= texts
    assert "long key" not in texts

    # and: once the meeting is over, the server starts, closes it and carries its items on
    async with running_at(settings, db, datetime.fromisoformat("2026-03-10T12:00:00+00:00")) as api:
        status = data(await api.as_user(report, STATUS, id=meeting))["node"]["status"]
        carried = {p["text"] for p in await points(api, report, following)}
    assert status == "COMPLETED"
    assert {"Budget", "fine", "x" * 2000} <= carried
