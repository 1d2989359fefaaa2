"""What the sync protocol accepts: only Yjs v1 updates that change something (or that the
document has already: duplicates are harmless no-ops); one talking point per key, whoever
creates it first; a backlog of any size when sent in batches under the cap."""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

import pytest
from pycrdt import Doc, Map, Text

from tandem.db.engine import Database
from tests.factories import Factory
from tests.graphql.agenda.test_document_schema import database_state, item
from tests.graphql.agenda.test_sync import PUSH, Client, b64, points, setup
from tests.helpers import Api, data

FIXTURES = Path(__file__).parents[2] / "realtime" / "fixtures" / "yjs_updates.json"
CAP = 256 * 1024


def yjs_samples() -> list[dict[str, bytes]]:
    samples = json.loads(FIXTURES.read_text())["samples"]
    return [{k: base64.b64decode(v) for k, v in s.items()} for s in samples]


async def raw_push(api: Api, user: Any, meeting: str, *updates: bytes) -> dict[str, Any]:
    result: dict[str, Any] = data(
        await api.as_user(user, PUSH, m=meeting, u=[b64(u) for u in updates])
    )["pushMeetingUpdates"]
    return result


async def test_yjs_v2_updates_are_refused_and_nothing_is_stored(
    api: Api, factory: Factory, db: Database
) -> None:
    # given: a meeting
    _, report, meeting = await setup(api, factory)
    before = await database_state(db, meeting)

    # when: v2 updates made by Yjs are pushed
    for sample in yjs_samples()[:20]:
        result = await raw_push(api, report, meeting, sample["v2"])

        # then: each is refused (never acknowledged as saved), and nothing is stored
        assert [e["code"] for e in result["errors"]] == ["INVALID_UPDATE"]
        assert "v2" in result["errors"][0]["message"]
    assert await database_state(db, meeting) == before


async def test_a_duplicate_push_is_acknowledged_without_storing_it_again(
    api: Api, factory: Factory, db: Database
) -> None:
    # given: a talking point pushed once
    _, report, meeting = await setup(api, factory)
    client = Client(api, report, meeting)
    await client.pull()
    update = client.change(lambda items: items.__setitem__("k", item(client.author, "once")))
    first = await client.push(update)
    stored = await database_state(db, meeting)

    # when: the same update is pushed again (a retry after a lost answer)
    again = await client.push(update)

    # then: it is acknowledged at the same sequence number and nothing is stored twice
    assert again["errors"] == []
    assert again["state"]["seq"] == first["state"]["seq"]
    assert await database_state(db, meeting) == stored


@pytest.mark.parametrize("first_wins", [True, False])
async def test_two_people_creating_one_key_at_once_both_keep_their_talking_point(
    api: Api, factory: Factory, db: Database, first_wins: bool
) -> None:
    # given: two people whose clients create a talking point under the same key at once
    manager, report, meeting = await setup(api, factory)
    ids = (2000, 1000) if first_wins else (1000, 2000)  # Yjs: the higher client id wins a key
    mine, theirs = Client(api, manager, meeting), Client(api, report, meeting)
    mine.doc, theirs.doc = Doc(client_id=ids[0]), Doc(client_id=ids[1])
    await mine.pull()
    await theirs.pull()
    created_mine = mine.change(lambda i: i.__setitem__("agenda-1", item(mine.author, "Mine")))
    created_theirs = theirs.change(
        lambda i: i.__setitem__("agenda-1", item(theirs.author, "Theirs"))
    )
    assert (await mine.push(created_mine))["errors"] == []
    stored = await database_state(db, meeting)

    # when: the second one's push arrives
    refused = await theirs.push(created_theirs)

    # then: it is refused with ITEM_KEY_TAKEN, storing nothing; re-added under a new key (as
    # docs/sync.md tells clients to), both talking points are kept
    assert [e["code"] for e in refused["errors"]] == ["ITEM_KEY_TAKEN"]
    assert await database_state(db, meeting) == stored
    again = Client(api, report, meeting)
    await again.pull()
    readded = again.change(lambda i: i.__setitem__("agenda-2", item(again.author, "Theirs")))
    assert (await again.push(readded))["errors"] == []
    texts = [p["text"] for p in await points(api, report, meeting)]
    assert (texts.count("Mine"), texts.count("Theirs")) == (1, 1)


def batches(updates: list[bytes], cap: int = CAP) -> list[list[bytes]]:
    """docs/sync.md's recipe: consecutive updates in batches of at most `cap` bytes."""
    out: list[list[bytes]] = [[]]
    for update in updates:
        if out[-1] and sum(map(len, out[-1])) + len(update) > cap:
            out.append([])
        out[-1].append(update)
    return out


async def test_an_offline_backlog_over_the_cap_goes_through_in_batches(
    api: Api, factory: Factory
) -> None:
    # given: a client that worked offline: 400 edits of about 1 KiB each (400 KiB in all)
    _, report, meeting = await setup(api, factory)
    client = Client(api, report, meeting)
    await client.pull()
    backlog: list[bytes] = []
    subscription = client.doc.observe(lambda event: backlog.append(event.update))
    client.doc.get("items", type=Map)["notes-1"] = Map(
        {"text": Text(""), "author": client.author, "order": "a5"}
    )
    for n in range(400):
        text = client.doc.get("items", type=Map)["notes-1"]["text"]
        del text[:]
        text.insert(0, f"{n:04d} " + "x" * 1000)
    client.doc.unobserve(subscription)
    assert sum(map(len, backlog)) > CAP

    # when: it reconnects and sends the backlog in batches under the cap
    results = [await client.push(*batch) for batch in batches(backlog)]

    # then: every batch is accepted, and the server has the client's document
    assert len(results) > 1
    assert all(r["errors"] == [] for r in results)
    fresh = Client(api, report, meeting)
    await fresh.pull()
    assert fresh.texts()["notes-1"] == "0399 " + "x" * 1000
