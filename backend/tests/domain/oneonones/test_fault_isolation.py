"""Fault isolation: a meeting the scheduler cannot process (a document no one can read) is
logged, marked and skipped — every other meeting is processed, and the server starts."""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any

import pytest
from sqlalchemy import update

from tandem.db.engine import Database
from tandem.domain.agenda.models import MeetingDocument
from tandem.ids import uuid_of
from tandem.settings import Settings
from tests.conftest import NOW
from tests.factories import Factory
from tests.helpers import Api, create_one_on_one, data, meeting_ids, running_at

ADD = """mutation($m: ID!, $t: String!) { addTalkingPoint(input: {meetingId: $m, text: $t}) {
    errors { code } } }"""
AGENDA = """query($id: ID!) { node(id: $id) { ... on Meeting { status
    talkingPoints { text } } } }"""
# The first meetings (9 March, 9:00 Berlin) are over by then.
LATER = datetime.fromisoformat("2026-03-10T12:00:00+00:00")


async def agenda(api: Api, user: Any, meeting: str) -> dict[str, Any]:
    node: dict[str, Any] = data(await api.as_user(user, AGENDA, id=meeting))["node"]
    return node


async def corrupt(db: Database, meeting: str) -> None:
    """Overwrite a meeting's document with bytes no CRDT can read (as a disk fault or a bad
    manual repair would; the API cannot write such a document)."""
    async with db.write() as session:
        await session.execute(
            update(MeetingDocument)
            .where(MeetingDocument.meeting_id == uuid_of("Meeting", meeting))
            .values(snapshot=b"\xff\xfenot a document", snapshot_seq=0)
        )


async def test_a_meeting_that_cannot_be_processed_is_marked_and_skipped_and_the_rest_goes_on(
    settings: Settings, db: Database, factory: Factory, caplog: pytest.LogCaptureFixture
) -> None:
    # given: two pairs with a talking point each in their first meeting; one document is broken
    ana, ben, cy, dee = [await factory.user(n) for n in ("Ana", "Ben", "Cy", "Dee")]
    async with running_at(settings, db, NOW) as api:
        broken = meeting_ids(await create_one_on_one(api, ana, ben))[:2]
        healthy = meeting_ids(await create_one_on_one(api, cy, dee))[:2]
        for meeting, user in ((broken[0], ana), (healthy[0], cy)):
            added = data(await api.as_user(user, ADD, m=meeting, t="Hiring plan"))
            assert added["addTalkingPoint"]["errors"] == []
    await corrupt(db, broken[0])

    # when: the server starts after both meetings ended (its scheduler runs at start-up)
    with caplog.at_level(logging.ERROR, logger="tandem"):
        async with running_at(settings, db, LATER) as api:
            healthy_past = await agenda(api, cy, healthy[0])
            healthy_next = await agenda(api, cy, healthy[1])
            broken_past = (await agenda(api, ana, broken[0]))["status"]

    # then: the healthy meeting was closed and its point carried on; the broken one is logged,
    # marked with when and why, and left as it was
    assert healthy_past["status"] == "COMPLETED"
    assert [p["text"] for p in healthy_next["talkingPoints"]] == ["Hiring plan"]
    assert broken_past == "UPCOMING"
    assert any("could not be closed" in r.getMessage() for r in caplog.records)
    async with db.read() as session:
        row = await session.get(MeetingDocument, uuid_of("Meeting", broken[0]))
    assert row is not None
    assert row.failed_at == LATER
    assert row.failure

    # and: the next runs skip it (no new failure) until a day has passed, then try again
    caplog.clear()
    with caplog.at_level(logging.ERROR, logger="tandem"):
        async with running_at(settings, db, datetime.fromisoformat("2026-03-10T18:00:00+00:00")):
            pass
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]
    async with running_at(settings, db, datetime.fromisoformat("2026-03-11T13:00:00+00:00")):
        pass
    async with db.read() as session:
        row = await session.get(MeetingDocument, uuid_of("Meeting", broken[0]))
    assert row is not None
    assert row.failed_at == datetime.fromisoformat("2026-03-11T13:00:00+00:00")
