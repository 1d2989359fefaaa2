"""Comments on a meeting and on talking points: replies one level deep, editing and deleting
one's own, @-mentions notifying the other participant."""

from __future__ import annotations

from typing import Any

from tests.factories import Factory
from tests.helpers import Api, create_one_on_one, data, gid, meeting_ids

ADD = """mutation($input: AddCommentInput!) { addComment(input: $input) {
    comment { id body deleted editedAt author { name } viewerIsAuthor }
    errors { field code } } }"""
UPDATE = """mutation($c: ID!, $b: String!) { updateComment(input: {commentId: $c, body: $b}) {
    comment { id body editedAt } errors { field code } } }"""
DELETE = """mutation($c: ID!) { deleteComment(input: {commentId: $c}) {
    comment { id body deleted author { name } } errors { field code } } }"""
THREADS = """query($id: ID!) { node(id: $id) { ... on Meeting {
    comments { body deleted author { name } replies { body author { name } } }
    talkingPoints { id text comments { body replies { body } } } } } }"""
NOTIFICATIONS = "{ viewer { notifications(first: 10) { edges { node { kind title body } } } } }"


async def setup(api: Api, factory: Factory) -> tuple[Any, Any, str]:
    manager = await factory.user("Maria Manager")
    report = await factory.user("Rafael Report")
    series = await create_one_on_one(api, manager, report)
    return manager, report, meeting_ids(series)[0]


async def add(api: Api, user: Any, **fields: Any) -> dict[str, Any]:
    payload: dict[str, Any] = data(await api.as_user(user, ADD, input=fields))["addComment"]
    return payload


async def test_a_comment_and_a_reply_form_a_thread_on_the_meeting(
    api: Api, factory: Factory
) -> None:
    manager, report, meeting = await setup(api, factory)
    first = await add(api, manager, meetingId=meeting, body="  How was the offsite?  ")
    assert first["errors"] == []
    assert first["comment"]["body"] == "How was the offsite?"
    reply = await add(api, report, parentId=first["comment"]["id"], body="Great, thanks")
    # a reply to a reply joins the same thread: replies are one level deep
    nested = await add(api, manager, parentId=reply["comment"]["id"], body="Glad to hear")
    assert nested["errors"] == []
    threads = data(await api.as_user(report, THREADS, id=meeting))["node"]["comments"]
    assert threads == [
        {
            "body": "How was the offsite?",
            "deleted": False,
            "author": {"name": "Maria Manager"},
            "replies": [
                {"body": "Great, thanks", "author": {"name": "Rafael Report"}},
                {"body": "Glad to hear", "author": {"name": "Maria Manager"}},
            ],
        }
    ]


async def test_comments_on_a_talking_point_hang_off_it(api: Api, factory: Factory) -> None:
    manager, report, meeting = await setup(api, factory)
    added = data(
        await api.as_user(
            manager,
            'mutation($m: ID!) { addTalkingPoint(input: {meetingId: $m, text: "Budget"}) '
            "{ talkingPoint { id } } }",
            m=meeting,
        )
    )["addTalkingPoint"]["talkingPoint"]["id"]
    await add(api, report, talkingPointId=added, body="Which budget?")
    node = data(await api.as_user(manager, THREADS, id=meeting))["node"]
    assert node["comments"] == []
    assert [p["comments"] for p in node["talkingPoints"] if p["id"] == added] == [
        [{"body": "Which budget?", "replies": []}]
    ]


async def test_only_the_author_edits_or_deletes_and_an_edit_shows(
    api: Api, factory: Factory
) -> None:
    manager, report, meeting = await setup(api, factory)
    comment = (await add(api, manager, meetingId=meeting, body="Draft"))["comment"]
    assert comment["viewerIsAuthor"] is True
    refused = data(await api.as_user(report, UPDATE, c=comment["id"], b="Hijacked"))
    assert refused["updateComment"]["errors"] == [{"field": "commentId", "code": "FORBIDDEN"}]
    refused = data(await api.as_user(report, DELETE, c=comment["id"]))
    assert refused["deleteComment"]["errors"] == [{"field": "commentId", "code": "FORBIDDEN"}]
    edited = data(await api.as_user(manager, UPDATE, c=comment["id"], b="Final"))
    assert edited["updateComment"]["comment"]["body"] == "Final"
    assert edited["updateComment"]["comment"]["editedAt"] is not None


async def test_a_deleted_comment_with_replies_leaves_a_placeholder_and_without_disappears(
    api: Api, factory: Factory
) -> None:
    manager, report, meeting = await setup(api, factory)
    answered = (await add(api, manager, meetingId=meeting, body="Secret plan"))["comment"]
    await add(api, report, parentId=answered["id"], body="Sounds good")
    lonely = (await add(api, manager, meetingId=meeting, body="Typo"))["comment"]
    deleted = data(await api.as_user(manager, DELETE, c=answered["id"]))["deleteComment"]
    assert deleted["comment"] == {
        "id": answered["id"],
        "body": "",
        "deleted": True,
        "author": None,
    }
    data(await api.as_user(manager, DELETE, c=lonely["id"]))
    threads = data(await api.as_user(report, THREADS, id=meeting))["node"]["comments"]
    assert threads == [
        {
            "body": "",
            "deleted": True,
            "author": None,
            "replies": [{"body": "Sounds good", "author": {"name": "Rafael Report"}}],
        }
    ]
    again = data(await api.as_user(manager, UPDATE, c=answered["id"], b="Back"))
    assert again["updateComment"]["errors"] == [{"field": "commentId", "code": "INVALID"}]


async def test_bad_input_is_refused_with_a_clear_error(api: Api, factory: Factory) -> None:
    manager, _, meeting = await setup(api, factory)
    assert (await add(api, manager, meetingId=meeting, body="   "))["errors"] == [
        {"field": "body", "code": "REQUIRED"}
    ]
    assert (await add(api, manager, meetingId=meeting, body="x" * 5001))["errors"] == [
        {"field": "body", "code": "TOO_LONG"}
    ]
    assert (await add(api, manager, body="Where?"))["errors"] == [
        {"field": None, "code": "INVALID"}
    ]


async def test_mentioning_the_other_participant_notifies_them_once(
    api: Api, factory: Factory
) -> None:
    manager, report, meeting = await setup(api, factory)
    comment = (await add(api, manager, meetingId=meeting, body="@Rafael can you bring numbers?"))[
        "comment"
    ]
    # editing keeps the mention: no second notification
    data(await api.as_user(manager, UPDATE, c=comment["id"], b="@rafael bring the numbers"))
    await add(api, manager, meetingId=meeting, body="email@Rafael is not a mention")
    edges = data(await api.as_user(report, NOTIFICATIONS))["viewer"]["notifications"]["edges"]
    mentions = [e["node"] for e in edges if e["node"]["kind"] == "MENTIONED"]
    assert mentions == [
        {
            "kind": "MENTIONED",
            "title": "Maria Manager mentioned you in Weekly 1:1",
            "body": "@Rafael can you bring numbers?",
        }
    ]
    mine = data(await api.as_user(manager, NOTIFICATIONS))["viewer"]["notifications"]["edges"]
    assert [e for e in mine if e["node"]["kind"] == "MENTIONED"] == []


async def test_outsiders_cannot_comment_or_reach_comments(api: Api, factory: Factory) -> None:
    manager, _, meeting = await setup(api, factory)
    outsider = await factory.user("Outsider")
    comment = (await add(api, manager, meetingId=meeting, body="Private"))["comment"]
    assert (await add(api, outsider, meetingId=meeting, body="Hi"))["errors"] == [
        {"field": "meetingId", "code": "NOT_FOUND"}
    ]
    assert (await add(api, outsider, parentId=comment["id"], body="Hi"))["errors"] == [
        {"field": "parentId", "code": "NOT_FOUND"}
    ]
    assert data(await api.as_user(outsider, UPDATE, c=comment["id"], b="x"))["updateComment"][
        "errors"
    ] == [{"field": "commentId", "code": "NOT_FOUND"}]
    node = data(
        await api.as_user(outsider, "query($id: ID!) { node(id: $id) { id } }", id=comment["id"])
    )
    assert node["node"] is None
    assert gid(manager)
