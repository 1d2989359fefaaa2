"""The product's first promise: a 1:1 and everything in it is visible to its two participants
alone. The matrix is generated from the schema: every field reachable from `OneOnOne` and
`Meeting` must have a stated expectation, and each is queried as a participant, an outsider, a
manager up the line, an admin and a new manager."""

from __future__ import annotations

import asyncio
import base64
import json
from typing import Any

import httpx
import pytest
import websockets
from graphql import GraphQLList, GraphQLNonNull, GraphQLObjectType, GraphQLSchema

from tandem.graphql.schema import schema
from tests.factories import Factory
from tests.helpers import Api, create_one_on_one, data, gid, meeting_ids
from tests.live import PROTOCOL, Servers, init

PARTICIPANTS_ONLY = "participants only"
# Types reached from a 1:1 or a meeting, and how to reach each from a node of the 1:1 (S) or of
# a meeting (M). `User` is the people directory: its fields have their own tests; what a
# 1:1 adds to a person (oneOnOnes, upcomingMeetings) is viewer-only and tested below.
ACCESS = {
    "OneOnOne": ("S", "{}"),
    "Meeting": ("M", "{}"),
    "MeetingConnection": ("S", "meetings {{ {} }}"),
    "MeetingEdge": ("S", "meetings {{ edges {{ {} }} }}"),
    "PageInfo": ("S", "meetings {{ pageInfo {{ {} }} }}"),
    "MeetingCounts": ("S", "meetingCounts {{ {} }}"),
    "Template": ("S", "template {{ {} }}"),
    "TemplateSection": ("S", "template {{ sections {{ {} }} }}"),
    "TalkingPoint": ("M", "talkingPoints {{ {} }}"),
    "DocumentState": ("M", "document {{ {} }}"),
    "Comment": ("M", "comments {{ {} }}"),
    "ActionItem": ("M", "actionItems {{ {} }}"),
    "SearchResultConnection": ("S", 'search(query: "follow") {{ {} }}'),
    "SearchResultEdge": ("S", 'search(query: "follow") {{ edges {{ {} }} }}'),
    "SearchResult": ("S", 'search(query: "follow") {{ edges {{ node {{ {} }} }} }}'),
    "TextRun": ("S", 'search(query: "follow") {{ edges {{ node {{ snippet {{ {} }} }} }} }}'),
}
BOUNDARY = {"User"}
# Fields that need arguments to be queried.
ARGUMENTS = {"OneOnOne.search": '(query: "follow")'}
EXPECTATIONS: dict[str, str] = {
    **{
        f"OneOnOne.{f}": PARTICIPANTS_ONLY
        for f in [
            "id",
            "title",
            "frequency",
            "timezone",
            "durationMinutes",
            "status",
            "createdAt",
            "archivedAt",
            "endedAt",
            "participants",
            "counterpart",
            "createdBy",
            "template",
            "nextMeeting",
            "meetingCounts",
            "openActionItems",
            "openTalkingPoints",
            "search",
            "viewerHasLeft",
            "canArchive",
            "canDelete",
            "meetings",
        ]
    },
    **{
        f"Meeting.{f}": PARTICIPANTS_ONLY
        for f in [
            "id",
            "startsAt",
            "endsAt",
            "status",
            "details",
            "isRescheduled",
            "scheduledStart",
            "endedAt",
            "cancelledAt",
            "title",
            "hasOwnTitle",
            "durationMinutes",
            "oneOnOne",
            "template",
            "talkingPoints",
            "document",
            "comments",
            "actionItems",
            "openActionItemsFromBefore",
            "sharedNotes",
            "previousMeeting",
            # the viewer's own: another participant reads null (test_private_content_…)
            "privateNotes",
            "privateNotesVersion",
        ]
    },
    **{f"MeetingConnection.{f}": PARTICIPANTS_ONLY for f in ("edges", "pageInfo", "totalCount")},
    **{f"MeetingEdge.{f}": PARTICIPANTS_ONLY for f in ("cursor", "node")},
    **{
        f"PageInfo.{f}": PARTICIPANTS_ONLY
        for f in ("hasNextPage", "hasPreviousPage", "startCursor", "endCursor")
    },
    **{
        f"MeetingCounts.{f}": PARTICIPANTS_ONLY
        for f in ("upcoming", "completed", "missed", "cancelled")
    },
    **{
        f"Template.{f}": PARTICIPANTS_ONLY
        for f in ("id", "name", "description", "kind", "oneTime", "sections", "isArchived")
    },
    **{f"TemplateSection.{f}": PARTICIPANTS_ONLY for f in ("title", "prompts")},
    **{
        f"TalkingPoint.{f}": PARTICIPANTS_ONLY
        for f in (
            "id",
            "text",
            "done",
            "section",
            "position",
            "deleted",
            "updatedAt",
            "topic",
            "author",
            "private",
            "key",
            "carriedFrom",
            "carriedTo",
            "comments",
        )
    },
    **{
        f"Comment.{f}": PARTICIPANTS_ONLY
        for f in (
            "id",
            "body",
            "createdAt",
            "editedAt",
            "deleted",
            "author",
            "viewerIsAuthor",
            "replies",
            "meeting",
            "talkingPoint",
        )
    },
    **{
        f"ActionItem.{f}": PARTICIPANTS_ONLY
        for f in (
            "id",
            "title",
            "dueOn",
            "createdAt",
            "doneAt",
            "done",
            "overdue",
            "assignee",
            "createdBy",
            "doneBy",
            "oneOnOne",
            "meeting",
            "talkingPoint",
        )
    },
    **{f"DocumentState.{f}": PARTICIPANTS_ONLY for f in ("update", "stateVector", "seq")},
    **{
        f"SearchResultConnection.{f}": PARTICIPANTS_ONLY
        for f in ("edges", "pageInfo", "totalCount")
    },
    **{f"SearchResultEdge.{f}": PARTICIPANTS_ONLY for f in ("cursor", "node")},
    **{
        f"SearchResult.{f}": PARTICIPANTS_ONLY
        for f in ("kind", "snippet", "meeting", "talkingPoint", "comment", "actionItem")
    },
    **{f"TextRun.{f}": PARTICIPANTS_ONLY for f in ("text", "highlighted")},
}


def _named(t: Any) -> Any:
    while isinstance(t, GraphQLNonNull | GraphQLList):
        t = t.of_type
    return t


def reachable_fields(gql: GraphQLSchema) -> dict[str, Any]:
    """Every `Type.field` reachable from OneOnOne and Meeting, stopping at people."""
    seen: dict[str, Any] = {}
    todo = ["OneOnOne", "Meeting"]
    visited: set[str] = set()
    while todo:
        name = todo.pop()
        if name in visited or name in BOUNDARY:
            continue
        visited.add(name)
        type_ = gql.get_type(name)
        assert isinstance(type_, GraphQLObjectType)
        for field_name, field in type_.fields.items():
            seen[f"{name}.{field_name}"] = field
            target = _named(field.type)
            if isinstance(target, GraphQLObjectType):
                todo.append(target.name)
    return seen


FIELDS = reachable_fields(schema._schema)


def test_every_reachable_field_has_a_stated_expectation() -> None:
    assert set(FIELDS) - set(EXPECTATIONS) == set(), "fields without a privacy expectation"
    assert set(EXPECTATIONS) - set(FIELDS) == set(), "expectations for fields that are gone"
    assert {k.split(".")[0] for k in FIELDS} - BOUNDARY <= set(ACCESS)


def selection(key: str) -> tuple[str, str]:
    """The query reaching `Type.field` from the 1:1 (S) or meeting (M) node."""
    type_name, field_name = key.split(".")
    target = _named(FIELDS[key].type)
    field = field_name + ARGUMENTS.get(key, "")
    leaf = field if not isinstance(target, GraphQLObjectType) else f"{field} {{ __typename }}"
    start, wrapper = ACCESS[type_name]
    on = "OneOnOne" if start == "S" else "Meeting"
    return (
        start,
        f"query($id: ID!) {{ node(id: $id) {{ ... on {on} {{ {wrapper.format(leaf)} }} }} }}",
    )


@pytest.fixture
async def world(api: Api, factory: Factory) -> dict[str, Any]:
    """A 1:1 between a report and a mentor, with the report's manager chain, an admin, an
    outsider, and a new manager who takes over the report afterwards."""
    director = await factory.user("Director")
    manager = await factory.user("Manager", manager=director)
    report = await factory.user("Report", manager=manager)
    mentor = await factory.user("Mentor")
    admin = await factory.admin("Admin")
    outsider = await factory.user("Outsider")
    new_manager = await factory.user("New Manager")
    series = await create_one_on_one(
        api,
        report,
        mentor,
        templateId="VGVtcGxhdGU6NWYwYzZmOGUtMGIxYS00YzFlLTlhNTEtMGQ3ZTdhMWYwMDAy",
    )
    changed = data(
        await api.as_user(
            admin,
            "mutation($u: ID!, $m: ID!) { changeManager(input: {userId: $u, managerId: $m}) "
            "{ errors { code } } }",
            u=gid(report),
            m=gid(new_manager),
        )
    )
    assert changed["changeManager"]["errors"] == []
    meeting = meeting_ids(series)[0]
    content = data(
        await api.as_user(
            report,
            """mutation($m: ID!) {
                c: addComment(input: {meetingId: $m, body: "On the meeting"}) {
                    comment { id } errors { code } }
                a: addActionItem(input: {meetingId: $m, title: "Follow up"}) {
                    actionItem { id } errors { code } }
                p: addTalkingPoint(input: {meetingId: $m, text: "My own", private: true}) {
                    talkingPoint { id } errors { code } }
                n: updatePrivateNotes(input: {meetingId: $m, text: "Just for me"}) {
                    errors { code } } }""",
            m=meeting,
        )
    )
    assert all(v["errors"] == [] for v in content.values()), content
    return {
        "comment": content["c"]["comment"]["id"],
        "action_item": content["a"]["actionItem"]["id"],
        "private_point": content["p"]["talkingPoint"]["id"],
        "series": series,
        "meeting": meeting,
        "participants": {"report": report, "mentor": mentor},
        "others": {
            "outsider": outsider,
            "manager up the line": manager,
            "director up the line": director,
            "admin": admin,
            "new manager": new_manager,
        },
    }


async def test_the_privacy_matrix(api: Api, world: dict[str, Any]) -> None:
    ids = {"S": world["series"]["id"], "M": world["meeting"]}
    failures = []
    for key in sorted(EXPECTATIONS):
        start, query = selection(key)
        for role, user in {**world["participants"], **world["others"]}.items():
            result = await api.as_user(user, query, id=ids[start])
            node = data(result)["node"]
            visible = node is not None and node != {}
            should_see = role in world["participants"]
            if visible != should_see:
                failures.append(f"{key} as {role}: visible={visible}")
    assert failures == []


async def test_lists_and_lookups_hide_the_1_1_from_everyone_else(
    api: Api, world: dict[str, Any]
) -> None:
    series_id, meeting_id = world["series"]["id"], world["meeting"]
    query = """query($ids: [ID!]!, $u: ID!) { nodes(ids: $ids) { id }
        viewer { oneOnOnes(includeInactive: true) { totalCount }
                 upcomingMeetings { totalCount } }
        person: node(id: $u) { ... on User { oneOnOnes { totalCount } upcomingMeetings { totalCount } } } }"""
    report = world["participants"]["report"]
    for role, user in world["others"].items():
        result = data(await api.as_user(user, query, ids=[series_id, meeting_id], u=gid(report)))
        assert result["nodes"] == [None, None], role
        assert result["viewer"]["oneOnOnes"]["totalCount"] == 0, role
        assert result["viewer"]["upcomingMeetings"]["totalCount"] == 0, role
        assert result["person"] == {"oneOnOnes": None, "upcomingMeetings": None}, role
    mine = data(await api.as_user(report, query, ids=[series_id, meeting_id], u=gid(report)))
    assert mine["nodes"] == [{"id": series_id}, {"id": meeting_id}]
    assert mine["viewer"]["oneOnOnes"]["totalCount"] == 1


MUTATIONS = {
    "updateOneOnOne": (
        "mutation($s: ID!, $m: ID!) { updateOneOnOne(input: {oneOnOneId: $s, fromMeetingId: $m, "
        'scope: FOLLOWING, title: "Taken"}) { errors { field code } } }'
    ),
    "archiveOneOnOne": "mutation($s: ID!) { archiveOneOnOne(input: {oneOnOneId: $s}) { errors { field code } } }",
    "deleteOneOnOne": "mutation($s: ID!) { deleteOneOnOne(input: {oneOnOneId: $s}) { errors { field code } } }",
    "leaveOneOnOne": "mutation($s: ID!) { leaveOneOnOne(input: {oneOnOneId: $s}) { errors { field code } } }",
    "endMeeting": "mutation($m: ID!) { endMeeting(input: {meetingId: $m}) { errors { field code } } }",
    "cancelMeeting": "mutation($m: ID!) { cancelMeeting(input: {meetingId: $m}) { errors { field code } } }",
    "rescheduleMeeting": (
        'mutation($m: ID!) { rescheduleMeeting(input: {meetingId: $m, startsAt: "2026-06-01T10:00:00Z"})'
        " { errors { field code } } }"
    ),
    "pushMeetingUpdates": (
        "mutation($m: ID!) { pushMeetingUpdates(input: {meetingId: $m, updates: []}) "
        "{ errors { field code } } }"
    ),
    "addTalkingPoint": (
        'mutation($m: ID!) { addTalkingPoint(input: {meetingId: $m, text: "Sneaky"}) '
        "{ errors { field code } } }"
    ),
    "updateTalkingPoint": (
        'mutation($t: ID!) { updateTalkingPoint(input: {talkingPointId: $t, text: "Sneaky"}) '
        "{ errors { field code } } }"
    ),
    "moveTalkingPoint": (
        "mutation($t: ID!) { moveTalkingPoint(input: {talkingPointId: $t}) "
        "{ errors { field code } } }"
    ),
    "removeTalkingPoint": (
        "mutation($t: ID!) { removeTalkingPoint(input: {talkingPointId: $t}) "
        "{ errors { field code } } }"
    ),
    "sendPresence": (
        'mutation($m: ID!) { sendPresence(input: {meetingId: $m, awareness: "e30="}) '
        "{ errors { field code } } }"
    ),
    "shareTalkingPoint": (
        "mutation($t: ID!) { shareTalkingPoint(input: {talkingPointId: $t}) "
        "{ errors { field code } } }"
    ),
    "updatePrivateNotes": (
        'mutation($m: ID!) { updatePrivateNotes(input: {meetingId: $m, text: "Sneaky"}) '
        "{ errors { field code } } }"
    ),
    "appendSharedNotes": (
        'mutation($m: ID!) { appendSharedNotes(input: {meetingId: $m, markdown: "Sneaky"}) '
        "{ errors { field code } } }"
    ),
    "addComment": (
        'mutation($m: ID!) { addComment(input: {meetingId: $m, body: "Sneaky"}) '
        "{ errors { field code } } }"
    ),
    "updateComment": (
        'mutation($c: ID!) { updateComment(input: {commentId: $c, body: "Sneaky"}) '
        "{ errors { field code } } }"
    ),
    "deleteComment": (
        "mutation($c: ID!) { deleteComment(input: {commentId: $c}) { errors { field code } } }"
    ),
    "addActionItem": (
        'mutation($m: ID!) { addActionItem(input: {meetingId: $m, title: "Sneaky"}) '
        "{ errors { field code } } }"
    ),
    "updateActionItem": (
        "mutation($a: ID!) { updateActionItem(input: {actionItemId: $a, done: true}) "
        "{ errors { field code } } }"
    ),
    "updateMeeting": (
        'mutation($m: ID!) { updateMeeting(input: {meetingId: $m, title: "Taken", details: "x"})'
        " { errors { field code } } }"
    ),
}


# The arguments (or input fields) by which an operation reaches a 1:1, a meeting or its content.
REACHES_A_1_1 = {"oneOnOneId", "meetingId", "talkingPointId", "commentId", "actionItemId"}


def operations_on_a_1_1(kind: str) -> set[str]:
    """Every mutation or subscription that takes a 1:1, a meeting or a talking point, by name or
    through its input, so a new one cannot escape the matrix."""
    root = getattr(schema._schema, f"{kind}_type")
    found = set()
    for name, field in root.fields.items():
        arguments = set(field.args)
        input_type = _named(field.args["input"].type) if "input" in field.args else None
        if input_type is not None:
            arguments |= set(input_type.fields)
        if arguments & REACHES_A_1_1 or any(
            word in name for word in ("OneOnOne", "Meeting", "TalkingPoint")
        ):
            found.add(name)
    return found


async def test_refused_mutations_look_like_not_found_and_change_nothing(
    api: Api, world: dict[str, Any]
) -> None:
    series_id, meeting_id = world["series"]["id"], world["meeting"]
    snapshot = """query($id: ID!) { node(id: $id) { ... on OneOnOne { title status
        meetings(first: 50) { edges { node { id title status startsAt details
            talkingPoints { id text done position deleted } document { stateVector seq }
            comments { body deleted } actionItems { title done } privateNotes sharedNotes } } } } } }"""
    report = world["participants"]["report"]
    before = data(await api.as_user(report, snapshot, id=series_id))
    assert operations_on_a_1_1("mutation") - {"createOneOnOne"} == set(MUTATIONS), (
        "a 1:1 mutation is untested"
    )
    points = data(
        await api.as_user(
            report,
            "query($id: ID!) { node(id: $id) { ... on Meeting { talkingPoints { id } } } }",
            id=meeting_id,
        )
    )["node"]["talkingPoints"]
    assert points, "the template seeded the agenda"
    for role, user in world["others"].items():
        for name, mutation in MUTATIONS.items():
            variables = {
                "s": series_id,
                "m": meeting_id,
                "t": world["private_point"] if name == "shareTalkingPoint" else points[0]["id"],
                "c": world["comment"],
                "a": world["action_item"],
            }
            used = {k: v for k, v in variables.items() if f"${k}" in mutation}
            result = data(await api.as_user(user, mutation, **used))
            errors = result[name]["errors"]
            assert [e["code"] for e in errors] == ["NOT_FOUND"], (role, name, errors)
    assert data(await api.as_user(report, snapshot, id=series_id)) == before


SUBSCRIPTIONS = {
    "meetingDocument": "subscription($m: ID!) { meetingDocument(meetingId: $m) { update seq } }",
    "meetingEvents": "subscription($m: ID!) { meetingEvents(meetingId: $m) { __typename } }",
    "meetingPresence": (
        "subscription($m: ID!) { meetingPresence(meetingId: $m) { awareness user { name } } }"
    ),
    "meetingPrivateContent": (
        "subscription($m: ID!) { meetingPrivateContent(meetingId: $m) { notes } }"
    ),
}


async def test_refused_subscriptions_look_like_not_found(
    world: dict[str, Any], factory: Factory, servers: Servers
) -> None:
    assert operations_on_a_1_1("subscription") == set(SUBSCRIPTIONS), "a 1:1 stream is untested"
    host = await servers.start()
    for role, user in world["others"].items():
        async with websockets.connect(f"ws://{host}/graphql", subprotocols=[PROTOCOL]) as ws:
            await init(ws, {"Authorization": f"Bearer {await factory.token(user)}"})
            for name, query in SUBSCRIPTIONS.items():
                payload = {"query": query, "variables": {"m": world["meeting"]}}
                await ws.send(json.dumps({"id": name, "type": "subscribe", "payload": payload}))
                refused = json.loads(await asyncio.wait_for(ws.recv(), 5))
                assert refused["payload"]["data"] is None, (role, name)
                codes = [e["extensions"]["code"] for e in refused["payload"]["errors"]]
                assert codes == ["NOT_FOUND"], (role, name, codes)
                ended = json.loads(await asyncio.wait_for(ws.recv(), 5))
                assert ended == {"id": name, "type": "complete"}, (role, name)
    # The participants' streams open (the document stream answers at once with the state).
    report = world["participants"]["report"]
    async with websockets.connect(f"ws://{host}/graphql", subprotocols=[PROTOCOL]) as ws:
        await init(ws, {"Authorization": f"Bearer {await factory.token(report)}"})
        payload = {"query": SUBSCRIPTIONS["meetingDocument"], "variables": {"m": world["meeting"]}}
        await ws.send(json.dumps({"id": "d", "type": "subscribe", "payload": payload}))
        opened = json.loads(await asyncio.wait_for(ws.recv(), 5))
    assert opened["type"] == "next"
    assert opened["payload"]["data"]["meetingDocument"]["seq"] >= 0


async def test_private_content_reaches_its_author_alone(
    api: Api, world: dict[str, Any], factory: Factory, servers: Servers
) -> None:
    """The report's private notes and private talking point: not in the mentor's answers (not
    even in the shared document), nor by ID, nor in the mentor's private stream."""
    mentor = world["participants"]["mentor"]
    query = """query($id: ID!, $p: ID!) { node(id: $id) { ... on Meeting {
        privateNotes privateNotesVersion talkingPoints { id text } document { update } } }
        point: node(id: $p) { id } }"""
    seen = await api.as_user(mentor, query, id=world["meeting"], p=world["private_point"])
    assert "Just for me" not in json.dumps(seen)
    assert "My own" not in json.dumps(seen)
    assert base64.b64encode(b"My own").decode()[:6] not in json.dumps(seen)
    node = data(seen)["node"]
    assert (node["privateNotes"], node["privateNotesVersion"]) == (None, 0)
    assert data(seen)["point"] is None
    host = await servers.start()
    async with websockets.connect(f"ws://{host}/graphql", subprotocols=[PROTOCOL]) as ws:
        await init(ws, {"Authorization": f"Bearer {await factory.token(mentor)}"})
        payload = {
            "query": SUBSCRIPTIONS["meetingPrivateContent"],
            "variables": {"m": world["meeting"]},
        }
        await ws.send(json.dumps({"id": "p", "type": "subscribe", "payload": payload}))
        first = json.loads(await asyncio.wait_for(ws.recv(), 5))
    assert first["payload"]["data"]["meetingPrivateContent"] == {"notes": ""}
    report = world["participants"]["report"]
    search = """query($s: ID!, $q: String!) { node(id: $s) { ... on OneOnOne {
        search(query: $q) { totalCount edges { node { kind } } } } } }"""
    for words in ("just for me", "my own"):
        hidden = data(await api.as_user(mentor, search, s=world["series"]["id"], q=words))
        assert hidden["node"]["search"]["totalCount"] == 0, words
        found = data(await api.as_user(report, search, s=world["series"]["id"], q=words))
        assert found["node"]["search"]["totalCount"] == 1, words
    own = data(await api.as_user(report, query, id=world["meeting"], p=world["private_point"]))
    assert own["node"]["privateNotes"] == "Just for me"
    assert own["point"] == {"id": world["private_point"]}


async def test_someone_who_left_writes_nothing_more(api: Api, world: dict[str, Any]) -> None:
    # given the report left the 1:1 (the mentor stays; both keep the history)
    series_id, meeting_id = world["series"]["id"], world["meeting"]
    report, mentor = world["participants"]["report"], world["participants"]["mentor"]
    left = data(await api.as_user(report, MUTATIONS["leaveOneOnOne"], s=series_id))
    assert left["leaveOneOnOne"]["errors"] == []
    snapshot = """query($id: ID!) { node(id: $id) { ... on OneOnOne { title status
        meetings(first: 50) { edges { node { id title status startsAt details
            talkingPoints { id text done position deleted } document { stateVector seq }
            comments { body deleted } actionItems { title done } sharedNotes } } } } } }"""
    before = data(await api.as_user(mentor, snapshot, id=series_id))
    points = data(
        await api.as_user(
            report,
            "query($id: ID!) { node(id: $id) { ... on Meeting { talkingPoints { id } } } }",
            id=meeting_id,
        )
    )["node"]["talkingPoints"]
    # when the leaver tries every write on the 1:1, its meetings and what is in them
    refused = {}
    for name, mutation in MUTATIONS.items():
        if name == "leaveOneOnOne":
            continue
        variables = {
            "s": series_id,
            "m": meeting_id,
            "t": world["private_point"] if name == "shareTalkingPoint" else points[0]["id"],
            "c": world["comment"],
            "a": world["action_item"],
        }
        used = {k: v for k, v in variables.items() if f"${k}" in mutation}
        result = data(await api.as_user(report, mutation, **used))
        refused[name] = [e["code"] for e in result[name]["errors"]]
    # then each is refused as forbidden, and nothing changed
    assert {n: c for n, c in refused.items() if c != ["FORBIDDEN"]} == {}
    assert data(await api.as_user(mentor, snapshot, id=series_id)) == before


async def test_leaving_ends_every_stream_of_the_leaver_and_refuses_new_ones(
    world: dict[str, Any], factory: Factory, servers: Servers
) -> None:
    # given the report follows every stream of the meeting
    host = await servers.start()
    report, mentor = world["participants"]["report"], world["participants"]["mentor"]
    token = await factory.token(report)
    async with websockets.connect(f"ws://{host}/graphql", subprotocols=[PROTOCOL]) as ws:
        await init(ws, {"Authorization": f"Bearer {token}"})
        for name, query in SUBSCRIPTIONS.items():
            payload = {"query": query, "variables": {"m": world["meeting"]}}
            await ws.send(json.dumps({"id": name, "type": "subscribe", "payload": payload}))
        first = [json.loads(await asyncio.wait_for(ws.recv(), 5)) for _ in range(2)]
        assert {m["id"] for m in first} == {"meetingDocument", "meetingPrivateContent"}
        await servers.until_following(world["meeting"], len(SUBSCRIPTIONS))
        # when the report leaves the 1:1, and the mentor comments afterwards
        async with httpx.AsyncClient(headers={"authorization": f"Bearer {token}"}) as client:
            left = await client.post(
                f"http://{host}/graphql",
                json={
                    "query": MUTATIONS["leaveOneOnOne"],
                    "variables": {"s": world["series"]["id"]},
                },
            )
        assert left.json()["data"]["leaveOneOnOne"]["errors"] == []
        # then every stream of the leaver completes at once
        ended = [json.loads(await asyncio.wait_for(ws.recv(), 5)) for _ in SUBSCRIPTIONS]
        assert sorted(m["id"] for m in ended) == sorted(SUBSCRIPTIONS)
        assert {m["type"] for m in ended} == {"complete"}
        async with httpx.AsyncClient(
            headers={"authorization": f"Bearer {await factory.token(mentor)}"}
        ) as client:
            commented = await client.post(
                f"http://{host}/graphql",
                json={
                    "query": 'mutation($m: ID!) { addComment(input: {meetingId: $m, body: "After"})'
                    " { errors { code } } }",
                    "variables": {"m": world["meeting"]},
                },
            )
        assert commented.json()["data"]["addComment"]["errors"] == []
        # and a new stream of the 1:1 is refused
        for name, query in SUBSCRIPTIONS.items():
            payload = {"query": query, "variables": {"m": world["meeting"]}}
            await ws.send(
                json.dumps({"id": f"again-{name}", "type": "subscribe", "payload": payload})
            )
            refused = json.loads(await asyncio.wait_for(ws.recv(), 5))
            assert refused["payload"]["data"] is None, (name, refused)
            codes = [e["extensions"]["code"] for e in refused["payload"]["errors"]]
            assert codes == ["FORBIDDEN"], (name, codes)
            assert json.loads(await asyncio.wait_for(ws.recv(), 5))["type"] == "complete", name
