"""The server's own writes to a meeting's document (plain mutations, carry-over) use one Yjs
client id, so state vectors stay small; that is safe only because the server loads a document
after taking its lock — two writers with one client id and clock would corrupt it."""

from __future__ import annotations

import asyncio
from typing import Any

from sqlalchemy import text

from tandem.db.engine import Database
from tandem.domain.agenda import service
from tandem.domain.oneonones.models import Meeting
from tandem.ids import uuid_of
from tandem.realtime import documents
from tandem.realtime.documents import clocks_of
from tests.conftest import NOW
from tests.factories import Factory
from tests.graphql.agenda.test_sync import Client, points
from tests.helpers import Api, create_one_on_one, data, meeting_ids

ADD = """mutation($m: ID!, $t: String!) { addTalkingPoint(input: {meetingId: $m, text: $t}) {
    talkingPoint { id } errors { code } } }"""
UPDATE = """mutation($t: ID!, $x: String!) { updateTalkingPoint(input: {talkingPointId: $t,
    text: $x}) { errors { code } } }"""


async def add(api: Api, user: Any, meeting: str, text: str) -> str:
    payload = data(await api.as_user(user, ADD, m=meeting, t=text))["addTalkingPoint"]
    assert payload["errors"] == [], payload
    point: str = payload["talkingPoint"]["id"]
    return point


async def test_plain_mutations_write_under_one_client_id(api: Api, factory: Factory) -> None:
    # given: a meeting
    manager, report = await factory.user("Manager"), await factory.user("Report")
    meeting = meeting_ids(await create_one_on_one(api, manager, report))[0]

    # when: both people make many plain changes
    for n in range(10):
        point = await add(api, manager if n % 2 else report, meeting, f"Point {n}")
        result = data(await api.as_user(report, UPDATE, t=point, x=f"Point {n}!"))
        assert result["updateTalkingPoint"]["errors"] == []

    # then: the document's state vector names one client: the server
    client = Client(api, report, meeting)
    await client.pull()
    assert list(clocks_of(client.doc.get_state())) == [documents.SERVER_CLIENT_ID]


async def test_concurrent_plain_mutations_lose_nothing(api: Api, factory: Factory) -> None:
    # given: a meeting without a template (its document does not exist yet)
    manager, report = await factory.user("Manager"), await factory.user("Report")
    meeting = meeting_ids(await create_one_on_one(api, manager, report))[0]

    # when: both people add talking points at the same moment, many times
    texts = [f"Point {n}" for n in range(12)]
    await asyncio.gather(
        *(add(api, manager if n % 2 else report, meeting, t) for n, t in enumerate(texts))
    )

    # then: every one is in the document and in the projection, once
    client = Client(api, report, meeting)
    await client.pull()
    assert sorted(client.texts().values()) == sorted(texts)
    assert sorted(p["text"] for p in await points(api, report, meeting)) == sorted(texts)


async def lock_waiters(db: Database) -> int:
    """How many PostgreSQL backends wait for a lock right now."""
    async with db.read() as session:
        waiting = await session.execute(text("SELECT count(*) FROM pg_locks WHERE NOT granted"))
        return int(waiting.scalar_one())


async def test_a_server_write_waits_for_the_documents_lock(
    api: Api, factory: Factory, db: Database
) -> None:
    # given: a meeting with a talking point
    manager, report = await factory.user("Manager"), await factory.user("Report")
    meeting = meeting_ids(await create_one_on_one(api, manager, report))[0]
    await add(api, report, meeting, "First")

    async with db.write() as session:
        # when: the scheduler holds the document (as carry-over does) while someone adds a point
        row = await session.get(Meeting, uuid_of("Meeting", meeting))
        assert row is not None
        document, doc = await service.locked_document(session, row)
        adding = asyncio.create_task(add(api, manager, meeting, "Plain"))
        if not db.is_sqlite:  # SQLite: the other write waits for this transaction already
            while not adding.done() and await lock_waiters(db) == 0:
                await asyncio.sleep(0.01)
        before = doc.get_state()
        documents.add_item(
            doc, "carried", text="Carried", author="template", section="", topic=None, order="a5"
        )
        await service.store(session, row, document, doc, [doc.get_update(before)], None, NOW)
    await adding

    # then: both changes are in the document and its projection
    client = Client(api, report, meeting)
    await client.pull()
    assert sorted(client.texts().values()) == ["Carried", "First", "Plain"]
    assert sorted(p["text"] for p in await points(api, report, meeting)) == [
        "Carried",
        "First",
        "Plain",
    ]


async def test_plain_text_edits_of_accented_and_emoji_text_are_exact(
    api: Api, factory: Factory
) -> None:
    # given: talking points whose text is not plain ASCII
    manager, report = await factory.user("Manager"), await factory.user("Report")
    meeting = meeting_ids(await create_one_on_one(api, manager, report))[0]
    edits = {
        "Café au lait": "Café crème au lait",
        "😀 hi": "😀 hello 😀",
        "naïve \U0001d518nicode": "naïve ünicode",  # a letter outside the BMP
    }
    for before, after in edits.items():
        point = await add(api, report, meeting, before)

        # when: a plain client changes the text (applied as a minimal edit)
        result = data(await api.as_user(report, UPDATE, t=point, x=after))

        # then: the text is exactly the new one, in the projection and the document
        assert result["updateTalkingPoint"]["errors"] == []
    client = Client(api, report, meeting)
    await client.pull()
    assert sorted(client.texts().values()) == sorted(edits.values())
    assert sorted(p["text"] for p in await points(api, report, meeting)) == sorted(edits.values())
