"""Private notes and private talking points: their author's alone — never in the shared
document, never in the other person's answers — until the author shares a talking point."""

from __future__ import annotations

import base64
from typing import Any

from pycrdt import Doc, Map

from tests.factories import Factory
from tests.helpers import Api, create_one_on_one, data, meeting_ids

ADD = """mutation($m: ID!, $t: String!, $p: Boolean!) {
    addTalkingPoint(input: {meetingId: $m, text: $t, private: $p}) {
        talkingPoint { id text private } errors { field code } } }"""
POINTS = """query($id: ID!) { node(id: $id) { ... on Meeting {
    talkingPoints { id key text private } document { update } privateNotes privateNotesVersion
} } }"""
NOTES = """mutation($m: ID!, $t: String!, $v: Int) {
    updatePrivateNotes(input: {meetingId: $m, text: $t, baseVersion: $v}) {
        privateNotes version errors { field code } } }"""
SHARE = """mutation($t: ID!) { shareTalkingPoint(input: {talkingPointId: $t}) {
    talkingPoint { id text private } errors { field code } } }"""


async def setup(api: Api, factory: Factory) -> tuple[Any, Any, str]:
    manager, report = await factory.user("Manager"), await factory.user("Report")
    series = await create_one_on_one(api, manager, report)
    return manager, report, meeting_ids(series)[0]


def document_texts(node: dict[str, Any]) -> list[str]:
    doc: Doc[Any] = Doc()
    doc.apply_update(base64.b64decode(node["document"]["update"]))
    return sorted(str(v["text"]) for v in doc.get("items", type=Map).values())


async def test_a_private_talking_point_is_its_authors_alone(api: Api, factory: Factory) -> None:
    manager, report, meeting = await setup(api, factory)
    shared = data(await api.as_user(manager, ADD, m=meeting, t="Roadmap", p=False))
    secret = data(await api.as_user(manager, ADD, m=meeting, t="Raise for Rafael?", p=True))
    point = secret["addTalkingPoint"]["talkingPoint"]
    assert point["private"] is True
    mine = data(await api.as_user(manager, POINTS, id=meeting))["node"]
    # without afterId a new point goes first: the private one sits before the shared one
    assert [p["text"] for p in mine["talkingPoints"]] == ["Raise for Rafael?", "Roadmap"]
    theirs = data(await api.as_user(report, POINTS, id=meeting))["node"]
    assert [p["text"] for p in theirs["talkingPoints"]] == ["Roadmap"]
    assert document_texts(theirs) == ["Roadmap"]
    assert "Raise" not in str(await api.as_user(report, POINTS, id=meeting))
    lookup = "query($id: ID!) { node(id: $id) { id } }"
    assert data(await api.as_user(report, lookup, id=point["id"]))["node"] is None
    edit = (
        'mutation($t: ID!) { updateTalkingPoint(input: {talkingPointId: $t, text: "x"}) '
        "{ errors { field code } } }"
    )
    assert data(await api.as_user(report, edit, t=point["id"]))["updateTalkingPoint"]["errors"] == [
        {"field": "talkingPointId", "code": "NOT_FOUND"}
    ]
    assert shared["addTalkingPoint"]["errors"] == []


async def test_sharing_moves_a_private_point_into_the_shared_agenda_once(
    api: Api, factory: Factory
) -> None:
    manager, report, meeting = await setup(api, factory)
    point = data(await api.as_user(manager, ADD, m=meeting, t="Team offsite", p=True))[
        "addTalkingPoint"
    ]["talkingPoint"]
    shared = data(await api.as_user(manager, SHARE, t=point["id"]))["shareTalkingPoint"]
    assert shared["talkingPoint"] == {"id": point["id"], "text": "Team offsite", "private": False}
    theirs = data(await api.as_user(report, POINTS, id=meeting))["node"]
    assert [p["text"] for p in theirs["talkingPoints"]] == ["Team offsite"]
    assert document_texts(theirs) == ["Team offsite"]
    # the shared point is the document's item under the same key
    doc: Doc[Any] = Doc()
    doc.apply_update(base64.b64decode(theirs["document"]["update"]))
    assert list(doc.get("items", type=Map).keys()) == [theirs["talkingPoints"][0]["key"]]
    again = data(await api.as_user(manager, SHARE, t=point["id"]))["shareTalkingPoint"]
    assert again["errors"] == [{"field": "talkingPointId", "code": "INVALID"}]
    stolen = data(await api.as_user(report, SHARE, t=point["id"]))["shareTalkingPoint"]
    assert stolen["errors"] == [{"field": "talkingPointId", "code": "INVALID"}]


async def test_private_notes_are_seen_by_their_author_alone(api: Api, factory: Factory) -> None:
    manager, report, meeting = await setup(api, factory)
    saved = data(await api.as_user(manager, NOTES, m=meeting, t="Seems tired lately", v=0))
    assert saved["updatePrivateNotes"] == {
        "privateNotes": "Seems tired lately",
        "version": 1,
        "errors": [],
    }
    mine = data(await api.as_user(manager, POINTS, id=meeting))["node"]
    assert (mine["privateNotes"], mine["privateNotesVersion"]) == ("Seems tired lately", 1)
    theirs = data(await api.as_user(report, POINTS, id=meeting))["node"]
    assert (theirs["privateNotes"], theirs["privateNotesVersion"]) == (None, 0)
    their_own = data(await api.as_user(report, NOTES, m=meeting, t="Ask about growth", v=0))
    assert their_own["updatePrivateNotes"]["version"] == 1
    assert data(await api.as_user(manager, POINTS, id=meeting))["node"]["privateNotes"] == (
        "Seems tired lately"
    )


async def test_a_save_over_a_newer_one_from_another_device_is_refused(
    api: Api, factory: Factory
) -> None:
    manager, _, meeting = await setup(api, factory)
    data(await api.as_user(manager, NOTES, m=meeting, t="From the laptop", v=0))
    stale = data(await api.as_user(manager, NOTES, m=meeting, t="From the phone", v=0))
    assert stale["updatePrivateNotes"]["errors"] == [{"field": "baseVersion", "code": "CONFLICT"}]
    node = data(await api.as_user(manager, POINTS, id=meeting))["node"]
    assert node["privateNotes"] == "From the laptop"
    merged = data(
        await api.as_user(manager, NOTES, m=meeting, t="From the laptop\nFrom the phone", v=1)
    )
    assert merged["updatePrivateNotes"]["version"] == 2
    too_long = data(await api.as_user(manager, NOTES, m=meeting, t="x" * 100_001))
    assert too_long["updatePrivateNotes"]["errors"] == [{"field": "text", "code": "TOO_LONG"}]
