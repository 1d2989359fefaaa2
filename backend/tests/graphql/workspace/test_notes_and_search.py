"""Shared notes for clients that don't speak Yjs (Markdown in, Markdown out, merged into the
document), and search across a 1:1's history with the database's full-text index — never
across another pair's content, never into someone else's private notes."""

from __future__ import annotations

import base64
from typing import Any

import pytest
from pycrdt import Doc

from tandem.realtime.notes import to_markdown
from tests.factories import Factory
from tests.helpers import Api, create_one_on_one, data, meeting_ids

APPEND = """mutation($m: ID!, $md: String!) {
    appendSharedNotes(input: {meetingId: $m, markdown: $md}) { sharedNotes errors { field code } } }"""
NOTES = (
    """query($id: ID!) { node(id: $id) { ... on Meeting { sharedNotes document { update } } } }"""
)
SEARCH = """query($id: ID!, $q: String!, $first: Int, $after: String) { node(id: $id) {
    ... on OneOnOne { search(query: $q, first: $first, after: $after) { totalCount
        pageInfo { hasNextPage endCursor }
        edges { node { kind meeting { id } snippet { text highlighted }
            talkingPoint { text } comment { body } actionItem { title } } } } } } }"""


async def setup(api: Api, factory: Factory) -> tuple[Any, Any, dict[str, Any], list[str]]:
    manager, report = await factory.user("Manager"), await factory.user("Report")
    series = await create_one_on_one(api, manager, report)
    return manager, report, series, meeting_ids(series)


async def test_markdown_appended_by_a_plain_client_is_in_the_document_and_reads_back(
    api: Api, factory: Factory
) -> None:
    manager, report, _, meetings = await setup(api, factory)
    first = data(
        await api.as_user(manager, APPEND, m=meetings[0], md="## Decisions\n\n- Ship **v2**")
    )
    assert first["appendSharedNotes"]["sharedNotes"] == "## Decisions\n\n- Ship **v2**\n"
    data(await api.as_user(report, APPEND, m=meetings[0], md="- [ ] Book the room"))
    node = data(await api.as_user(report, NOTES, id=meetings[0]))["node"]
    # two lists in a row: the second takes another marker, or Markdown reads one list
    expected = "## Decisions\n\n- Ship **v2**\n\n* [ ] Book the room\n"
    assert node["sharedNotes"] == expected
    doc: Doc[Any] = Doc()
    doc.apply_update(base64.b64decode(node["document"]["update"]))
    assert to_markdown(doc) == expected
    empty = data(await api.as_user(manager, APPEND, m=meetings[0], md="  "))
    assert empty["appendSharedNotes"]["errors"] == [{"field": "markdown", "code": "REQUIRED"}]
    huge = data(await api.as_user(manager, APPEND, m=meetings[0], md="x" * 20_001))
    assert huge["appendSharedNotes"]["errors"] == [{"field": "markdown", "code": "TOO_LONG"}]


async def write_history(api: Api, manager: Any, report: Any, meetings: list[str]) -> None:
    await api.as_user(
        manager,
        'mutation($m: ID!) { addTalkingPoint(input: {meetingId: $m, text: "Budget for the '
        'conference"}) { errors { code } } }',
        m=meetings[0],
    )
    await api.as_user(manager, APPEND, m=meetings[1], md="We agreed the conference budget is 2k")
    await api.as_user(
        report,
        'mutation($m: ID!) { addComment(input: {meetingId: $m, body: "Conference travel too?"}) '
        "{ errors { code } } }",
        m=meetings[1],
    )
    await api.as_user(
        report,
        'mutation($m: ID!) { addActionItem(input: {meetingId: $m, title: "Book conference '
        'hotel"}) { errors { code } } }',
        m=meetings[1],
    )
    await api.as_user(
        manager,
        'mutation($m: ID!) { updatePrivateNotes(input: {meetingId: $m, text: "Conference '
        'could be a reward"}) { errors { code } } }',
        m=meetings[1],
    )


async def test_search_finds_every_kind_of_content_with_matches_marked(
    api: Api, factory: Factory
) -> None:
    manager, report, series, meetings = await setup(api, factory)
    await write_history(api, manager, report, meetings)
    found = data(await api.as_user(manager, SEARCH, id=series["id"], q="confer"))["node"]["search"]
    kinds = sorted(e["node"]["kind"] for e in found["edges"])
    assert kinds == ["ACTION_ITEM", "COMMENT", "PRIVATE_NOTES", "SHARED_NOTES", "TALKING_POINT"]
    by_kind = {e["node"]["kind"]: e["node"] for e in found["edges"]}
    assert by_kind["TALKING_POINT"]["talkingPoint"] == {"text": "Budget for the conference"}
    assert by_kind["TALKING_POINT"]["meeting"] == {"id": meetings[0]}
    assert by_kind["COMMENT"]["comment"] == {"body": "Conference travel too?"}
    assert by_kind["ACTION_ITEM"]["actionItem"] == {"title": "Book conference hotel"}
    assert by_kind["TALKING_POINT"]["snippet"] == [
        {"text": "Budget for the ", "highlighted": False},
        {"text": "conference", "highlighted": True},
    ]
    both = data(await api.as_user(manager, SEARCH, id=series["id"], q="conference budget"))
    assert sorted(e["node"]["kind"] for e in both["node"]["search"]["edges"]) == [
        "SHARED_NOTES",
        "TALKING_POINT",
    ]


async def test_search_never_shows_the_other_persons_private_notes_or_another_pairs_content(
    api: Api, factory: Factory
) -> None:
    manager, report, series, meetings = await setup(api, factory)
    await write_history(api, manager, report, meetings)
    other_series = await create_one_on_one(api, manager, await factory.user("Someone Else"))
    theirs = data(await api.as_user(report, SEARCH, id=series["id"], q="conference"))
    kinds = sorted(e["node"]["kind"] for e in theirs["node"]["search"]["edges"])
    assert kinds == ["ACTION_ITEM", "COMMENT", "SHARED_NOTES", "TALKING_POINT"]
    assert "reward" not in str(theirs)
    elsewhere = data(await api.as_user(manager, SEARCH, id=other_series["id"], q="conference"))
    assert elsewhere["node"]["search"]["totalCount"] == 0
    outsider = await factory.user("Outsider")
    assert (
        data(await api.as_user(outsider, SEARCH, id=series["id"], q="conference"))["node"] is None
    )


async def test_deleted_and_edited_content_leaves_the_index(api: Api, factory: Factory) -> None:
    manager, _, series, meetings = await setup(api, factory)
    comment = data(
        await api.as_user(
            manager,
            'mutation($m: ID!) { addComment(input: {meetingId: $m, body: "Zeppelin idea"}) '
            "{ comment { id } } }",
            m=meetings[0],
        )
    )["addComment"]["comment"]["id"]
    assert (
        data(await api.as_user(manager, SEARCH, id=series["id"], q="zeppelin"))["node"]["search"][
            "totalCount"
        ]
        == 1
    )
    await api.as_user(
        manager,
        "mutation($c: ID!) { deleteComment(input: {commentId: $c}) { errors { code } } }",
        c=comment,
    )
    assert (
        data(await api.as_user(manager, SEARCH, id=series["id"], q="zeppelin"))["node"]["search"][
            "totalCount"
        ]
        == 0
    )


async def test_results_page_and_bad_queries_get_a_clear_error(api: Api, factory: Factory) -> None:
    manager, _, series, meetings = await setup(api, factory)
    for n in range(5):
        await api.as_user(
            manager,
            "mutation($m: ID!, $t: String!) { addTalkingPoint(input: {meetingId: $m, text: $t}) "
            "{ errors { code } } }",
            m=meetings[0],
            t=f"Quarterly goal {n}",
        )
    first = data(await api.as_user(manager, SEARCH, id=series["id"], q="quarterly", first=3))
    page = first["node"]["search"]
    assert (page["totalCount"], len(page["edges"]), page["pageInfo"]["hasNextPage"]) == (5, 3, True)
    rest = data(
        await api.as_user(
            manager,
            SEARCH,
            id=series["id"],
            q="quarterly",
            first=3,
            after=page["pageInfo"]["endCursor"],
        )
    )["node"]["search"]
    texts = {e["node"]["talkingPoint"]["text"] for e in page["edges"] + rest["edges"]}
    assert texts == {f"Quarterly goal {n}" for n in range(5)}
    bad = await api.as_user(manager, SEARCH, id=series["id"], q="  ?! ")
    assert bad["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"


@pytest.mark.parametrize("query", ['"unbalanced', "a OR b", "NEAR(x y)", "x:*", "-minus*"])
async def test_query_syntax_is_never_an_error(api: Api, factory: Factory, query: str) -> None:
    manager, _, series, _ = await setup(api, factory)
    result = await api.as_user(manager, SEARCH, id=series["id"], q=query)
    assert "errors" not in result, result
