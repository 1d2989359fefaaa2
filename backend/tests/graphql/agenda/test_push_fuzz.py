"""Fuzzing the sync protocol: a participant pushes random Yjs updates through the real API —
random roots, keys, value types and sizes, v1 and v2 encodings, mangled and random bytes. Each
push is either refused with a typed code, and then the database is exactly as before (log,
snapshot, projection, notes), or accepted, and then the read model (the talking-point
projection and `sharedNotes`) equals the document. Never a 5xx, an INTERNAL or a stack trace.

Seed and case counts are printed at the end of the run; TANDEM_FUZZ_SEED replays a run,
TANDEM_FUZZ_SCALE changes its length."""

from __future__ import annotations

import asyncio
import base64
from collections.abc import Callable, Coroutine
from typing import Any, TypeVar, cast

import pytest
from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st
from pycrdt import Array, Doc, Map, Text, XmlElement, XmlFragment, XmlText
from sqlalchemy import delete, select

from tandem.db.engine import Database
from tandem.domain.agenda import service
from tandem.domain.agenda.models import DocumentUpdate, MeetingDocument, TalkingPoint
from tandem.domain.oneonones.models import Meeting
from tandem.ids import uuid_of
from tandem.realtime import documents, notes, schema
from tests import fuzzing
from tests.factories import Factory
from tests.graphql.agenda.test_document_schema import database_state
from tests.graphql.agenda.test_sync import TEMPLATE, b64
from tests.graphql.agenda.test_sync_protocol import yjs_samples
from tests.helpers import Api, create_one_on_one, data, gid, meeting_ids

PUSH = """mutation($m: ID!, $u: [String!]!, $sv: String) {
    pushMeetingUpdates(input: {meetingId: $m, updates: $u, stateVector: $sv}) {
        state { update seq } errors { field code message } } }"""
READ = (
    """query($id: ID!) { node(id: $id) { ... on Meeting { sharedNotes document { update } } } }"""
)
CODES = {
    "TOO_LARGE",
    "INVALID_UPDATE",
    "UNKNOWN_ROOT",
    "INVALID_ITEM",
    "TOO_LONG",
    "INVALID_NOTES",
    "HARD_DELETE",
    "FORGED_AUTHOR",
    "ITEM_KEY_TAKEN",
    "FOREIGN_CLIENT",
    "MISSING_DEPENDENCY",
}
V2 = [s["v2"] for s in yjs_samples()]
NAME = "random pushes through the API"
T = TypeVar("T")
Draw = Callable[[st.SearchStrategy[Any]], Any]

KEY_CHARS = "abcXYZ019-_"
TEXT_CHARS = "ab c#*\n\t\x00é😀"


def junk() -> Any:
    return st.one_of(
        st.none(),
        st.booleans(),
        st.integers(-3, 3),
        st.floats(allow_nan=False),
        st.text(TEXT_CHARS, max_size=6),
        st.builds(lambda s: Text(s), st.text(TEXT_CHARS, max_size=6)),
        st.builds(lambda n: Array(list(range(n))), st.integers(0, 3)),
        st.builds(lambda: Map({"x": 1})),
    )


def big_text() -> Any:
    return st.sampled_from([0, 1, 10, schema.MAX_TEXT, schema.MAX_TEXT + 1, 300_000]).map(
        lambda n: "x" * n
    )


def field(name: str, me: str, other: str) -> Any:
    valid = {
        "text": st.one_of(st.text(TEXT_CHARS, max_size=12), big_text()).map(Text),
        "author": st.sampled_from([me, me, me, other, "template"]),
        "done": st.booleans(),
        "deleted": st.booleans(),
        "section": st.one_of(st.text(TEXT_CHARS, max_size=8), st.just("s" * 201)),
        "topic": st.sampled_from([None, "CAREER", "OTHER", "GOSSIP"]),
        "order": st.sampled_from(["a0", "a1", "a0V", "Zz", "b00", "z", "", "a0" + "V" * 99]),
        "carriedFrom": st.sampled_from([None, "TWVldGluZzo=", "x" * 101]),
        "carriedFromAt": st.sampled_from([None, "2026-03-09T08:00:00+00:00", "soon"]),
    }.get(name, junk())
    return st.one_of(valid, valid, valid, junk())


def item_key(existing: list[str]) -> Any:
    options = [
        st.text(KEY_CHARS, min_size=1, max_size=12),
        st.text("0123456789abcdef", min_size=32, max_size=32),  # as addTalkingPoint makes
        st.integers(schema.MAX_KEY - 1, 150).map(lambda n: "k" * n),
        st.text("a b:#é", min_size=0, max_size=4),
    ]
    if existing:
        options.append(st.sampled_from(existing))
    return st.one_of(*options)


def careful_edit(draw: Draw, doc: Doc[Any], me: str) -> None:
    """One change a well-behaved client makes: a new talking point, typing, a field, notes."""
    items = doc.get("items", type=Map)
    mine = sorted(k for k, v in items.items() if isinstance(v, Map) and v.get("author") == me)
    kind = draw(st.sampled_from(["add", "type", "field", "notes"]))
    if kind == "add" or not mine:
        key = draw(st.one_of(st.sampled_from(["a-new", "b-new"]), st.text(KEY_CHARS, min_size=1)))
        items[key] = Map(
            {
                "text": Text(draw(st.text("ab cé😀#*", max_size=12))),
                "author": me,
                "done": draw(st.booleans()),
                "section": draw(st.sampled_from(["", "Check-in", "Next steps"])),
                "topic": draw(st.sampled_from([None, "CAREER"])),
                "order": draw(st.sampled_from(["a0", "a1", "a0V", "Zz"])),
                "deleted": False,
            }
        )
        return
    entry = items[draw(st.sampled_from(mine))]
    if kind == "type":
        text = entry["text"]
        content = str(text)
        at = documents.utf8_length(content[: draw(st.integers(0, len(content)))])
        text.insert(at, draw(st.text("ab c😀*", min_size=1, max_size=6)))
    elif kind == "field":
        entry[draw(st.sampled_from(["done", "deleted"]))] = draw(st.booleans())
    else:
        tag = draw(st.sampled_from(["paragraph", "heading"]))
        element = XmlElement(tag, cast(dict[str, str], {"level": 2} if tag == "heading" else {}))
        doc.get("notes", type=XmlFragment).children.append(element)
        text = XmlText()
        element.children.append(text)
        text.insert(0, draw(st.text("ab #1.*", min_size=1, max_size=8)), {"bold": {}})


def edit(draw: Draw, doc: Doc[Any], me: str, other: str) -> None:
    """One random change to `doc`, as a Yjs client (correct or not) could make it."""
    items = doc.get("items", type=Map)
    existing = sorted(items.keys())  # (a map's order varies from one document to another)
    kind = draw(
        st.sampled_from(
            ["add", "add", "add", "field", "field", "type", "notes", "notes", "delete", "root"]
        )
    )
    if kind == "add" or (kind in ("field", "type", "delete") and not existing):
        names = draw(
            st.lists(
                st.sampled_from([*schema.FIELDS, "color"]),
                unique=True,
                max_size=len(schema.FIELDS) + 1,
            )
        )
        fields = {"text": Text("t"), "author": me, "order": "a0"} if draw(st.booleans()) else {}
        fields.update({name: draw(field(name, me, other)) for name in names})
        items[draw(item_key(existing))] = Map(fields)
    elif kind == "field":
        entry = items[draw(st.sampled_from(existing))]
        if isinstance(entry, Map):
            name = draw(st.sampled_from([*schema.FIELDS, "color"]))
            entry[name] = draw(field(name, me, other))
    elif kind == "type":
        entry = items[draw(st.sampled_from(existing))]
        text = entry.get("text") if isinstance(entry, Map) else None
        if isinstance(text, Text):
            content = str(text)
            at = documents.utf8_length(content[: draw(st.integers(0, len(content)))])
            if content and draw(st.booleans()):
                del text[: documents.utf8_length(content[:1])]
            else:
                text.insert(at, draw(st.one_of(st.text(TEXT_CHARS, max_size=8), big_text())))
    elif kind == "notes":
        _notes_edit(draw, doc.get("notes", type=XmlFragment))
    elif kind == "delete":
        del items[draw(st.sampled_from(existing))]
    else:
        doc.get(draw(st.sampled_from(["other", "secrets"])), type=Map)["x"] = 1


NODES = [
    "paragraph",
    "heading",
    "bulletList",
    "listItem",
    "taskList",
    "taskItem",
    "blockquote",
    "codeBlock",
    "horizontalRule",
    "script",
]


def _notes_edit(draw: Draw, fragment: XmlFragment) -> None:
    parent: Any = fragment
    for _ in range(draw(st.sampled_from([1, 1, 2, 3, 33]))):
        tag = draw(st.sampled_from(NODES))
        attributes = {}
        if draw(st.booleans()):
            name = draw(st.sampled_from(["level", "start", "checked", "language", "align"]))
            attributes[name] = draw(
                st.one_of(st.sampled_from([1, 2, 6, 7, "inf", 1e309, True, "py"]), junk())
            )
        element = XmlElement(tag, cast(dict[str, str], attributes))
        parent.children.append(element)
        parent = element
    if draw(st.booleans()):
        text = XmlText()
        parent.children.append(text)
        marks: dict[str, Any] | None = draw(
            st.sampled_from(
                [None, {"bold": {}}, {"link": {"href": "https://x.example"}}, {"underline": {}}]
            )
        )
        text.insert(0, draw(st.text(TEXT_CHARS, min_size=1, max_size=8)), marks)


def encodings(draw: Draw, update: bytes) -> list[bytes]:
    """The update as sent: mostly as made, sometimes as another encoding or mangled."""
    how = draw(st.sampled_from(["v1"] * 8 + ["v2", "bytes", "flip", "cut", "twice"]))
    if how == "v2":
        return [draw(st.sampled_from(V2))]
    if how == "bytes":
        return [draw(st.binary(max_size=40))]
    if how == "flip" and update:
        at = draw(st.integers(0, len(update) - 1))
        return [update[:at] + bytes([update[at] ^ draw(st.integers(1, 255))]) + update[at + 1 :]]
    if how == "cut" and len(update) > 1:
        return [update[: draw(st.integers(1, len(update) - 1))]]
    if how == "twice":
        return [update, update]
    return [update]


async def projection(db: Database, meeting: str) -> dict[str, tuple[Any, ...]]:
    async with db.read() as session:
        rows = await session.execute(
            select(TalkingPoint).where(
                TalkingPoint.meeting_id == uuid_of("Meeting", meeting),
                TalkingPoint.private.is_(False),
            )
        )
        return {
            r.item_key: (r.text, r.done, r.section, r.topic, r.order_key, r.deleted, r.author_id)
            for r in rows.scalars()
        }


async def fresh_document(db: Database, meeting: str) -> None:
    """The meeting's document as its template seeded it: log, snapshot and projection."""
    meeting_id = uuid_of("Meeting", meeting)
    async with db.write() as session:
        await session.execute(delete(DocumentUpdate).where(DocumentUpdate.meeting_id == meeting_id))
        await session.execute(delete(TalkingPoint).where(TalkingPoint.meeting_id == meeting_id))
        await session.execute(
            delete(MeetingDocument).where(MeetingDocument.meeting_id == meeting_id)
        )
        row = await session.get(Meeting, meeting_id)
        assert row is not None
        await service.document_row(session, row)


def expected(doc: Doc[Any]) -> dict[str, tuple[Any, ...]]:
    """The talking points a document in the schema holds, read field by field."""
    out = {}
    for key, value in doc.get("items", type=Map).items():
        out[key] = (
            str(value["text"]),
            value.get("done", False),
            value.get("section", ""),
            value.get("topic"),
            value.get("order", ""),
            value.get("deleted", False),
            uuid_of("User", value["author"]),
        )
    return out


# A fuzzer's length is its case count, not a wait: the hang guard is set to match its work.
@pytest.mark.timeout(600)
async def test_random_pushes_are_refused_with_a_typed_code_or_kept_in_the_read_model(
    api: Api, factory: Factory, db: Database
) -> None:
    # given: a meeting seeded from a template, and a client following it
    manager, report = await factory.user("Manager"), await factory.user("Report")
    meeting = meeting_ids(await create_one_on_one(api, manager, report, templateId=TEMPLATE))[0]
    me, other = gid(report), gid(manager)
    # Hypothesis runs synchronous tests: it runs in a thread of its own, handing each request
    # to this test's event loop (the app and the database live there).
    loop = asyncio.get_running_loop()

    def run(work: Coroutine[Any, Any, T]) -> T:
        return asyncio.run_coroutine_threadsafe(work, loop).result()

    def read() -> tuple[Doc[Any], str]:
        node = data(run(api.as_user(report, READ, id=meeting)))["node"]
        doc: Doc[Any] = Doc()
        doc.apply_update(base64.b64decode(node["document"]["update"]))
        return doc, node["sharedNotes"]

    @seed(fuzzing.SEED)
    @settings(
        max_examples=fuzzing.examples(400),
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(st.data())
    def pushes(draw: st.DataObject) -> None:
        # Each example starts from the meeting as its template seeded it, then pushes a few
        # times (later pushes edit what earlier ones added).
        run(fresh_document(db, meeting))
        mirror = read()[0]
        seeded = mirror.get_update()
        state = [run(database_state(db, meeting))]  # the database as the last push left it
        for n in range(draw.draw(st.integers(1, 4))):
            # Mostly from what the server has; sometimes from where the example began, as a
            # device that was offline meanwhile (its edits are concurrent with the others').
            base = seeded if n and draw.draw(st.integers(0, 4)) == 0 else mirror.get_update()
            push_something(draw, mirror, base, 1000 + n, state)

    def push_something(
        draw: st.DataObject, mirror: Doc[Any], base: bytes, client_id: int, state: list[Any]
    ) -> None:
        # when: the client pushes random changes, encoded in random ways
        client: Doc[Any] = Doc(client_id=client_id)
        client.apply_update(base)
        before = client.get_state()
        careful = draw.draw(st.booleans())
        for _ in range(draw.draw(st.integers(1, 3))):
            if careful:
                careful_edit(draw.draw, client, me)
            else:
                edit(draw.draw, client, me, other)
        update = client.get_update(before)
        updates = [update] if careful else encodings(draw.draw, update)
        stored = state[0]
        response = run(
            api.post_as(
                report, PUSH, m=meeting, u=[b64(u) for u in updates], sv=b64(client.get_state())
            )
        )

        # then: a body over the request cap is refused before GraphQL, typed, changing nothing
        if response.status_code == 413:
            codes = {e["extensions"]["code"] for e in response.json()["errors"]}
            assert codes == {"PAYLOAD_TOO_LARGE"}, response.text
            assert run(database_state(db, meeting)) == stored
            fuzzing.count(NAME, "refused PAYLOAD_TOO_LARGE (HTTP 413)")
            return
        # and otherwise: no error outside the payload, no INTERNAL, no stack trace
        assert response.status_code == 200, response.text
        result = response.json()
        assert "errors" not in result, result
        answer = result["data"]["pushMeetingUpdates"]
        assert "Traceback" not in str(answer)
        if answer["errors"]:
            # refused with a typed code: nothing changed
            codes = {e["code"] for e in answer["errors"]}
            assert codes <= CODES, answer
            assert answer["state"] is None
            assert run(database_state(db, meeting)) == stored
            fuzzing.count(NAME, f"refused {'/'.join(sorted(codes))}")
            return
        state[0] = run(database_state(db, meeting))
        # accepted: the read model is the document
        for update in updates:
            mirror.apply_update(update)
        mirror.apply_update(base64.b64decode(answer["state"]["update"]))
        server, shared_notes = read()
        assert run(projection(db, meeting)) == expected(server)
        assert shared_notes == notes.to_markdown(server)
        fuzzing.count(NAME, "accepted")

    await asyncio.to_thread(pushes)
