"""The shared agenda: Yjs sync over GraphQL with validation, the projection, plain mutations
that merge with live typing, and compaction."""

from __future__ import annotations

import base64
from typing import Any

from pycrdt import Doc, Map, Text
from sqlalchemy import func, select

from tandem.db.engine import Database
from tandem.domain.agenda import service
from tandem.domain.agenda.models import DocumentUpdate, MeetingDocument
from tandem.domain.oneonones.builtin_templates import SUCCESSFUL_ONE_ON_ONE
from tandem.ids import to_global_id
from tests.factories import Factory
from tests.helpers import Api, create_one_on_one, data, gid, meeting_ids

TEMPLATE = to_global_id("Template", SUCCESSFUL_ONE_ON_ONE.id)
DOCUMENT = """query($id: ID!, $sv: String) { node(id: $id) { ... on Meeting {
    document(stateVector: $sv) { update stateVector seq } } } }"""
PUSH = """mutation($m: ID!, $u: [String!]!, $sv: String) {
    pushMeetingUpdates(input: {meetingId: $m, updates: $u, stateVector: $sv}) {
        state { update stateVector seq } errors { field code message } } }"""
POINTS = """query($id: ID!) { node(id: $id) { ... on Meeting {
    talkingPoints { id text done section position author { name } } } } }"""


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


class Client:
    """A Yjs client of one person (pycrdt, the same core as Yjs in the browser)."""

    def __init__(self, api: Api, user: Any, meeting: str) -> None:
        self.api, self.user, self.meeting = api, user, meeting
        self.doc: Doc[Any] = Doc()
        self.author = gid(user)

    async def pull(self) -> None:
        result = data(
            await self.api.as_user(
                self.user, DOCUMENT, id=self.meeting, sv=b64(self.doc.get_state())
            )
        )
        self.doc.apply_update(base64.b64decode(result["node"]["document"]["update"]))

    async def push(self, *updates: bytes) -> dict[str, Any]:
        result = data(
            await self.api.as_user(
                self.user,
                PUSH,
                m=self.meeting,
                u=[b64(u) for u in updates],
                sv=b64(self.doc.get_state()),
            )
        )["pushMeetingUpdates"]
        if result["state"]:
            self.doc.apply_update(base64.b64decode(result["state"]["update"]))
        return dict(result)

    def change(self, edit: Any) -> bytes:
        before = self.doc.get_state()
        edit(self.doc.get("items", type=Map))
        update: bytes = self.doc.get_update(before)
        return update

    def texts(self) -> dict[str, str]:
        items = self.doc.get("items", type=Map)
        return {k: str(v["text"]) for k, v in items.items() if not v.get("deleted")}


async def setup(api: Api, factory: Factory) -> tuple[Any, Any, str]:
    manager, report = await factory.user("Manager"), await factory.user("Report")
    series = await create_one_on_one(api, manager, report, templateId=TEMPLATE)
    return manager, report, meeting_ids(series)[0]


async def points(api: Api, user: Any, meeting: str) -> list[dict[str, Any]]:
    result: list[dict[str, Any]] = data(await api.as_user(user, POINTS, id=meeting))["node"][
        "talkingPoints"
    ]
    return result


async def test_a_new_meeting_starts_with_its_templates_talking_points(
    api: Api, factory: Factory
) -> None:
    manager, report, meeting = await setup(api, factory)
    agenda = await points(api, report, meeting)
    assert [p["section"] for p in agenda][:3] == [
        "Check-in",
        "Follow up on action items",
        "Behavioural skills",
    ]
    assert agenda[0]["text"] == "How are you doing, really?"
    assert agenda[0]["author"] is None
    assert [p["position"] for p in agenda] == sorted(p["position"] for p in agenda)
    client = Client(api, manager, meeting)
    await client.pull()
    assert sorted(client.texts().values()) == sorted(p["text"] for p in agenda)


async def test_an_edit_from_one_client_reaches_the_other_and_the_projection(
    api: Api, factory: Factory
) -> None:
    manager, report, meeting = await setup(api, factory)
    mine, theirs = Client(api, manager, meeting), Client(api, report, meeting)
    await mine.pull()
    await theirs.pull()
    update = mine.change(
        lambda items: items.__setitem__(
            "k1",
            Map(
                {
                    "text": Text("Promotion case"),
                    "done": False,
                    "author": mine.author,
                    "section": "Feedback",
                    "order": "a0V",
                    "deleted": False,
                }
            ),
        )
    )
    result = await mine.push(update)
    assert result["errors"] == []
    assert result["state"]["seq"] == 1
    await theirs.pull()
    assert theirs.texts()["k1"] == "Promotion case"
    projected = {p["text"]: p for p in await points(api, report, meeting)}
    assert projected["Promotion case"]["author"] == {"name": "Manager"}
    # applying the same update again changes nothing (idempotent)
    again = await mine.push(update)
    assert again["errors"] == []
    assert [p["text"] for p in await points(api, report, meeting)].count("Promotion case") == 1


async def test_forged_hard_deleting_or_foreign_updates_are_refused_and_change_nothing(
    api: Api, factory: Factory, db: Database
) -> None:
    manager, report, meeting = await setup(api, factory)
    client = Client(api, manager, meeting)
    await client.pull()
    before = await points(api, report, meeting)

    forged = client.change(
        lambda items: items.__setitem__(
            "f", Map({"text": Text("x"), "author": gid(report), "order": "b", "deleted": False})
        )
    )
    client2 = Client(api, manager, meeting)
    await client2.pull()
    first_key = next(iter(client2.doc.get("items", type=Map).keys()))
    hard_delete = client2.change(lambda items: items.pop(first_key))
    rogue: Doc[Any] = Doc()
    rogue.get("secrets", type=Map)["x"] = 1
    cases = {
        "FORGED_AUTHOR": b64(forged),
        "HARD_DELETE": b64(hard_delete),
        "UNKNOWN_ROOT": b64(rogue.get_update()),
        "INVALID_UPDATE": b64(b"\x00\x01garbage"),
        "INVALID": "not base64!!",
    }
    for code, payload in cases.items():
        result = data(await api.as_user(manager, PUSH, m=meeting, u=[payload]))[
            "pushMeetingUpdates"
        ]
        assert result["state"] is None, code
        assert [e["code"] for e in result["errors"]] == [code], result
    too_big = data(
        await api.as_user(manager, PUSH, m=meeting, u=[b64(b"x" * 200_000), b64(b"x" * 100_000)])
    )["pushMeetingUpdates"]
    assert too_big["errors"][0]["code"] == "TOO_LARGE"
    assert await points(api, report, meeting) == before
    async with db.read() as session:
        stored = (
            await session.execute(select(func.count()).select_from(DocumentUpdate))
        ).scalar_one()
    assert stored == 0


async def test_plain_mutations_are_y_transactions_that_merge_with_live_typing(
    api: Api, factory: Factory
) -> None:
    manager, report, meeting = await setup(api, factory)
    added = data(
        await api.as_user(
            report,
            'mutation($m: ID!) { addTalkingPoint(input: {meetingId: $m, text: "hello", section: "Feedback", topic: CAREER}) '
            "{ talkingPoint { id text section topic author { name } } errors { code } } }",
            m=meeting,
        )
    )["addTalkingPoint"]
    assert added["errors"] == []
    assert added["talkingPoint"]["topic"] == "CAREER"
    point = added["talkingPoint"]["id"]
    # a Yjs client types at the start while a plain client appends at the end
    live = Client(api, manager, meeting)
    await live.pull()
    key = next(k for k, v in live.texts().items() if v == "hello")
    typed = live.change(lambda items: items[key]["text"].insert(0, ">> "))
    changed = data(
        await api.as_user(
            report,
            'mutation($t: ID!) { updateTalkingPoint(input: {talkingPointId: $t, text: "hello world", done: true}) '
            "{ talkingPoint { text done } errors { code } } }",
            t=point,
        )
    )["updateTalkingPoint"]
    assert changed == {"talkingPoint": {"text": "hello world", "done": True}, "errors": []}
    await live.push(typed)
    assert live.texts()[key] == ">> hello world"
    projected = [p for p in await points(api, report, meeting) if p["id"] == point]
    assert projected[0]["text"] == ">> hello world"
    # move it first in its section, then remove it (soft)
    moved = data(
        await api.as_user(
            manager,
            "mutation($t: ID!) { moveTalkingPoint(input: {talkingPointId: $t}) { talkingPoint { section position } errors { code } } }",
            t=point,
        )
    )["moveTalkingPoint"]
    assert moved["errors"] == []
    feedback = [p for p in await points(api, report, meeting) if p["section"] == "Feedback"]
    assert feedback[0]["id"] == point
    removed = data(
        await api.as_user(
            manager,
            "mutation($t: ID!) { removeTalkingPoint(input: {talkingPointId: $t}) { talkingPoint { deleted } errors { code } } }",
            t=point,
        )
    )["removeTalkingPoint"]
    assert removed == {"talkingPoint": {"deleted": True}, "errors": []}
    assert point not in [p["id"] for p in await points(api, report, meeting)]


async def test_the_log_is_compacted_into_a_snapshot_without_changing_the_document(
    api: Api, factory: Factory, db: Database
) -> None:
    manager, _, meeting = await setup(api, factory)
    client = Client(api, manager, meeting)
    await client.pull()
    client.change(
        lambda items: items.__setitem__(
            "k", Map({"text": Text(""), "author": client.author, "order": "a0", "deleted": False})
        )
    )
    assert (await client.push(client.doc.get_update()))["errors"] == []
    for i in range(service.COMPACT_AFTER + 5):
        await client.push(client.change(lambda items, i=i: items["k"]["text"].insert(i, "x")))
    async with db.read() as session:
        row = (await session.execute(select(MeetingDocument))).scalars().all()
        logged = (
            await session.execute(select(func.count()).select_from(DocumentUpdate))
        ).scalar_one()
    mine = next(r for r in row if r.last_seq > 0)
    assert mine.snapshot_seq >= service.COMPACT_AFTER
    assert logged == mine.last_seq - mine.snapshot_seq
    fresh = Client(api, manager, meeting)
    await fresh.pull()
    assert fresh.texts()["k"] == "x" * (service.COMPACT_AFTER + 5)
