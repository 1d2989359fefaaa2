"""Plain moves and inserts next to talking points whose order keys tie or are malformed: Yjs
clients that move two items into the same slot at once give them equal keys (fractional
indexing is deterministic), and an update waiting for one it depends on leaves a key unset."""

from __future__ import annotations

from typing import Any

from pycrdt import Map, Text

from tests.factories import Factory
from tests.graphql.agenda.test_sync import Client, points, setup
from tests.helpers import Api, data

MOVE = """mutation($t: ID!, $a: ID) { moveTalkingPoint(input: {talkingPointId: $t, afterId: $a}) {
    talkingPoint { position } errors { code } } }"""
ADD = """mutation($m: ID!, $a: ID) { addTalkingPoint(input: {meetingId: $m, text: "new", afterId: $a}) {
    talkingPoint { position } errors { code } } }"""


def item(author: str, text: str, order: str | None) -> Map[Any]:
    """A talking point; without an order key when `order` is None (not placed yet)."""
    fields: dict[str, Any] = {
        "text": Text(text),
        "done": False,
        "author": author,
        "section": "Feedback",
        "topic": None,
        "deleted": False,
    }
    if order is not None:
        fields["order"] = order
    return Map(fields)


async def test_moving_or_adding_after_a_talking_point_whose_key_ties_with_the_next_works(
    api: Api, factory: Factory
) -> None:
    # given: two talking points that concurrent moves left with the same key, and a third
    manager, report, meeting = await setup(api, factory)
    client = Client(api, manager, meeting)
    await client.pull()

    def edit(items: Map[Any]) -> None:
        items["tie-1"] = item(client.author, "tie one", "a0")
        items["tie-2"] = item(client.author, "tie two", "a0")
        items["third"] = item(client.author, "third", "a1")

    assert (await client.push(client.change(edit)))["errors"] == []
    ids = {p["text"]: p["id"] for p in await points(api, report, meeting)}

    # when: the third moves after the first of the tied pair, and a new one goes there too
    moved = data(await api.as_user(report, MOVE, t=ids["third"], a=ids["tie one"]))
    added = data(await api.as_user(report, ADD, m=meeting, a=ids["tie one"]))

    # then: both land after the tied pair (no key fits between equal keys), nothing fails
    assert moved["moveTalkingPoint"]["errors"] == []
    assert added["addTalkingPoint"]["errors"] == []
    assert moved["moveTalkingPoint"]["talkingPoint"]["position"] > "a0"
    assert added["addTalkingPoint"]["talkingPoint"]["position"] > "a0"
    agenda = [p["text"] for p in await points(api, report, meeting) if p["section"] == "Feedback"]
    assert agenda[:2] == ["tie one", "tie two"]


async def test_a_talking_point_without_an_order_key_does_not_break_plain_moves(
    api: Api, factory: Factory
) -> None:
    # given: a talking point whose order key is missing next to well-formed ones
    manager, report, meeting = await setup(api, factory)
    client = Client(api, manager, meeting)
    await client.pull()

    def edit(items: Map[Any]) -> None:
        items["keyless"] = item(client.author, "keyless", None)
        items["first"] = item(client.author, "first", "a0")
        items["second"] = item(client.author, "second", "a1")

    assert (await client.push(client.change(edit)))["errors"] == []
    ids = {p["text"]: p["id"] for p in await points(api, report, meeting)}

    # when: one moves first in its section, one after the keyless item
    first = data(await api.as_user(report, MOVE, t=ids["second"], a=None))
    after_keyless = data(await api.as_user(report, MOVE, t=ids["first"], a=ids["keyless"]))

    # then: both succeed with well-formed keys
    assert first["moveTalkingPoint"]["errors"] == []
    assert after_keyless["moveTalkingPoint"]["errors"] == []
    assert first["moveTalkingPoint"]["talkingPoint"]["position"] != ""
    assert after_keyless["moveTalkingPoint"]["talkingPoint"]["position"] != ""
