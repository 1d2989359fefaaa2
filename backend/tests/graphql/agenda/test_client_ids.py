"""A Yjs client id belongs to the person who first writes under it, and an update may build
only on what the server has or on its author's own changes still on their way: so nobody can
plant an update that waits for someone else's next edit and breaks it when it arrives."""

from __future__ import annotations

from typing import Any

from pycrdt import Doc, Map, Text

from tandem.db.engine import Database
from tests.factories import Factory
from tests.graphql.agenda.test_document_schema import database_state, item
from tests.graphql.agenda.test_sync import Client, setup
from tests.helpers import Api


def fork(client: Client, client_id: int) -> Doc[Any]:
    """A second document with everything `client` holds, writing under `client_id`."""
    doc: Doc[Any] = Doc(client_id=client_id)
    doc.apply_update(client.doc.get_update())
    return doc


def edit(doc: Doc[Any], change: Any) -> bytes:
    before = doc.get_state()
    change(doc.get("items", type=Map))
    update: bytes = doc.get_update(before)
    return update


async def test_an_update_waiting_for_someone_elses_next_edit_is_refused(
    api: Api, factory: Factory, db: Database
) -> None:
    # given: the report's client (id 4242, which everyone following the meeting has seen in its
    # updates) has written a talking point it has not pushed yet, and the manager knows what it
    # will be (a copy of the report's document)
    manager, report, meeting = await setup(api, factory)
    victim = Client(api, report, meeting)
    await victim.pull()
    victim.doc = fork(victim, 4242)
    earlier = victim.change(lambda items: items.__setitem__("first", item(victim.author, "1")))
    assert (await victim.push(earlier))["errors"] == []
    unsent = victim.change(lambda items: items.__setitem__("mine", item(victim.author, "Hi")))
    attacker = Client(api, manager, meeting)
    attacker.doc = fork(victim, 7777)
    before = await database_state(db, meeting)

    # when: the manager pushes an edit of that talking point (over its text cap) before the
    # report's client has pushed it
    planted = edit(attacker.doc, lambda items: items["mine"]["text"].insert(2, "x" * 2500))
    refused = await attacker.push(planted)

    # then: it is refused (it builds on someone else's changes the server does not have), and
    # nothing is stored
    assert [e["code"] for e in refused["errors"]] == ["MISSING_DEPENDENCY"]
    assert await database_state(db, meeting) == before
    # and the report's own push goes through
    pushed = await victim.push(unsent)
    assert pushed["errors"] == []


async def test_nobody_writes_under_someone_elses_client_id(
    api: Api, factory: Factory, db: Database
) -> None:
    # given: the report's client (id 4242) has pushed a talking point
    manager, report, meeting = await setup(api, factory)
    victim = Client(api, report, meeting)
    await victim.pull()
    victim.doc = fork(victim, 4242)
    first = await victim.push(
        victim.change(lambda items: items.__setitem__("mine", item(victim.author, "Hi")))
    )
    assert first["errors"] == []
    before = await database_state(db, meeting)

    # when: the manager pushes an edit written under the report's client id
    attacker = Client(api, manager, meeting)
    await attacker.pull()
    attacker.doc = fork(attacker, 4242)
    forged = attacker.change(lambda items: items.__setitem__("theirs", item(attacker.author, "x")))
    refused = await attacker.push(forged)

    # then: it is refused, and nothing is stored
    assert [e["code"] for e in refused["errors"]] == ["FOREIGN_CLIENT"]
    assert await database_state(db, meeting) == before
    # and the report goes on writing under it
    again = await victim.push(victim.change(lambda items: items["mine"]["text"].insert(2, "!")))
    assert again["errors"] == []


async def test_an_update_waiting_for_its_authors_own_edit_is_kept_and_relayed(
    api: Api, factory: Factory, db: Database
) -> None:
    # given: the manager's client made two edits and the second arrives first (it waits for the
    # first, which is the manager's own)
    manager, report, meeting = await setup(api, factory)
    sender = Client(api, manager, meeting)
    await sender.pull()
    sender.doc = fork(sender, 5151)
    first = sender.change(lambda items: items.__setitem__("plan", item(sender.author, "Plan")))
    second = sender.change(lambda items: items["plan"]["text"].insert(4, " the offsite"))
    overtaking = await sender.push(second)
    assert overtaking["errors"] == []

    # when: the report's client, which holds the waiting edit (as every follower does), pushes
    # it along with an edit of its own
    follower = Client(api, report, meeting)
    await follower.pull()
    follower.doc = fork(follower, 6161)
    follower.doc.get("items", type=Map)["note"] = item(follower.author, "Mine")
    relayed = await follower.push(follower.doc.get_update())
    assert relayed["errors"] == []
    # and the manager's first edit arrives
    arrived = await sender.push(first)

    # then: all of it is there
    assert arrived["errors"] == []
    reader = Client(api, report, meeting)
    await reader.pull()
    assert reader.texts()["plan"] == "Plan the offsite"
    assert reader.texts()["note"] == "Mine"
    _ = Text  # pycrdt types used by the helpers
