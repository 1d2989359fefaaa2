"""Updates that arrive before one they depend on (a client's pushes overtaking each other) wait
in the document. They must survive compaction, reach clients that load meanwhile, and obey the
same rules as every other update when they finally apply."""

from __future__ import annotations

from typing import Any

from pycrdt import Map, Text

from tandem.domain.agenda import service
from tests.factories import Factory
from tests.graphql.agenda.test_sync import Client, points, setup
from tests.helpers import Api, gid


def new_item(author: str, text: str) -> Map[Any]:
    return Map(
        {
            "text": Text(text),
            "done": False,
            "author": author,
            "section": "Feedback",
            "topic": None,
            "order": "a0",
            "deleted": False,
        }
    )


async def typed_out_of_order(client: Client) -> tuple[list[bytes], list[bytes]]:
    """Two texts, each edited twice where the second edit depends on the first: (first edits,
    second edits). One second edit inserts after a character the first inserted; the other
    deletes a character the first inserted (a deletion only)."""
    await client.push(
        client.change(lambda items: items.__setitem__("k", new_item(client.author, "")))
    )
    await client.push(
        client.change(lambda items: items.__setitem__("d", new_item(client.author, "")))
    )
    first = [
        client.change(lambda items: items["k"]["text"].insert(0, "a")),
        client.change(lambda items: items["d"]["text"].insert(0, "xyz")),
    ]
    second = [
        client.change(lambda items: items["k"]["text"].insert(1, "b")),
        client.change(lambda items: items["d"]["text"].__delitem__(slice(1, 2))),
    ]
    return first, second


async def test_an_update_waiting_for_its_dependency_survives_compaction(
    api: Api, factory: Factory
) -> None:
    # given: the second edits arrive first and wait for the first ones
    manager, report, meeting = await setup(api, factory)
    typist = Client(api, manager, meeting)
    await typist.pull()
    first, second = await typed_out_of_order(typist)
    assert (await typist.push(*second))["errors"] == []

    # when: the other person's typing compacts the log, then the first edits arrive
    other = Client(api, report, meeting)
    await other.pull()
    await other.push(other.change(lambda items: items.__setitem__("o", new_item(other.author, ""))))
    for i in range(service.COMPACT_AFTER):
        await other.push(other.change(lambda items, i=i: items["o"]["text"].insert(i, ".")))
    assert (await typist.push(*first))["errors"] == []

    # then: a client loading now gets both edits of both texts
    fresh = Client(api, report, meeting)
    await fresh.pull()
    assert fresh.texts()["k"] == "ab"
    assert fresh.texts()["d"] == "xz"


async def test_a_client_loading_while_an_update_waits_gets_it_too(
    api: Api, factory: Factory
) -> None:
    # given: the second edits arrive first and wait for the first ones
    manager, report, meeting = await setup(api, factory)
    typist = Client(api, manager, meeting)
    await typist.pull()
    first, second = await typed_out_of_order(typist)
    await typist.push(*second)

    # when: someone loads the document now, then follows the first edits (as broadcast)
    follower = Client(api, report, meeting)
    await follower.pull()
    await typist.push(*first)
    for update in first:
        follower.doc.apply_update(update)

    # then: they hold what the typist holds
    assert follower.texts()["k"] == typist.texts()["k"] == "ab"
    assert follower.texts()["d"] == typist.texts()["d"] == "xz"


async def test_a_waiting_update_cannot_slip_a_forged_author_past_the_rules(
    api: Api, factory: Factory
) -> None:
    # given: a client adds a talking point, then (second update) puts it in someone else's name
    manager, report, meeting = await setup(api, factory)
    forger = Client(api, manager, meeting)
    await forger.pull()
    harmless = forger.change(
        lambda items: items.__setitem__("mine", new_item(forger.author, "mine"))
    )
    forged = forger.change(lambda items: items["mine"].__setitem__("author", gid(report)))

    # when: the forged update goes first (it waits for the talking point), then the other
    waits = await forger.push(forged)
    answer = await forger.push(harmless)

    # then: the second push is refused, and nobody sees a talking point in the other's name
    assert waits["errors"] == []
    assert [e["code"] for e in answer["errors"]] == ["FORGED_AUTHOR"]
    reader = Client(api, report, meeting)
    await reader.pull()
    assert "mine" not in reader.texts()


async def test_edits_that_overtake_the_talking_point_they_edit_all_apply_when_it_arrives(
    api: Api, factory: Factory
) -> None:
    # given: a client adds two talking points and edits both, one push per change
    manager, report, meeting = await setup(api, factory)
    client = Client(api, manager, meeting)
    await client.pull()
    changes = [
        client.change(lambda items: items.__setitem__("x", new_item(client.author, "hello"))),
        client.change(lambda items: items.__setitem__("y", new_item(client.author, "world"))),
        client.change(lambda items: items["x"].__setitem__("done", True)),
        client.change(lambda items: items["y"].__setitem__("order", "a2")),
        client.change(lambda items: items["x"]["text"].insert(5, "!")),
        client.change(lambda items: items["y"].__setitem__("done", True)),
        client.change(lambda items: items["x"].__setitem__("order", "a3")),
        client.change(lambda items: items["y"]["text"].insert(0, ">")),
    ]

    # when: the push adding the second talking point arrives after all the others
    for index in (0, 2, 3, 4, 5, 6, 7, 1):
        assert (await client.push(changes[index]))["errors"] == []

    # then: the projection shows every edit of both
    projected = {p["text"]: p for p in await points(api, report, meeting)}
    assert (projected["hello!"]["done"], projected["hello!"]["position"]) == (True, "a3")
    assert (projected[">world"]["done"], projected[">world"]["position"]) == (True, "a2")
