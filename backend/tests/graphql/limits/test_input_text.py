"""No NUL character and no lone surrogate gets in through any string input: refused as
BAD_USER_INPUT naming the field, before anything is written."""

from __future__ import annotations

import json
from typing import Any

import pytest

from tests.factories import Factory
from tests.helpers import Api, create_one_on_one, data, meeting_ids

ADD_COMMENT = """mutation($input: AddCommentInput!) { addComment(input: $input) {
    comment { id body } errors { field code } } }"""
PRIVATE_NOTES = """mutation($m: ID!, $t: String!) {
    updatePrivateNotes(input: {meetingId: $m, text: $t}) { version errors { field code } } }"""
MEETING = """query($id: ID!) { node(id: $id) { ... on Meeting {
    comments { body } privateNotes privateNotesVersion } } }"""

BAD_TEXT = {"nul": "before\x00after", "lone-surrogate": "before\ud800after"}


async def post_escaped(api: Api, token: str, query: str, **variables: Any) -> dict[str, Any]:
    """Post as a JSON client does: a lone surrogate travels as the escape `\\ud800`."""
    response = await api.http.post(
        "/graphql",
        content=json.dumps({"query": query, "variables": variables}).encode(),
        headers={"authorization": f"Bearer {token}", "content-type": "application/json"},
    )
    assert response.status_code == 200, response.text
    answer: dict[str, Any] = response.json()
    return answer


async def one_meeting(api: Api, factory: Factory) -> tuple[Any, str, str]:
    manager, report = await factory.user("Manager"), await factory.user("Report")
    series = await create_one_on_one(api, manager, report)
    return manager, await factory.token(manager), meeting_ids(series)[0]


@pytest.mark.parametrize("text", BAD_TEXT.values(), ids=BAD_TEXT.keys())
async def test_a_comment_with_a_nul_or_a_lone_surrogate_is_refused_and_not_stored(
    api: Api, factory: Factory, text: str
) -> None:
    manager, token, meeting = await one_meeting(api, factory)
    # when a comment's body carries the character
    answer = await post_escaped(api, token, ADD_COMMENT, input={"meetingId": meeting, "body": text})
    # then it is refused, naming the field, and nothing is stored
    [error] = answer["errors"]
    assert error["extensions"] == {"code": "BAD_USER_INPUT", "field": "input.body"}
    assert "input.body" in error["message"]
    stored = data(await api.as_user(manager, MEETING, id=meeting))["node"]
    assert stored["comments"] == []


@pytest.mark.parametrize("text", BAD_TEXT.values(), ids=BAD_TEXT.keys())
async def test_private_notes_with_a_nul_or_a_lone_surrogate_are_refused_and_not_stored(
    api: Api, factory: Factory, text: str
) -> None:
    manager, token, meeting = await one_meeting(api, factory)
    answer = await post_escaped(api, token, PRIVATE_NOTES, m=meeting, t=text)
    [error] = answer["errors"]
    assert error["extensions"] == {"code": "BAD_USER_INPUT", "field": "t"}
    stored = data(await api.as_user(manager, MEETING, id=meeting))["node"]
    assert stored["privateNotes"] in (None, "")
    assert stored["privateNotesVersion"] == 0


async def test_a_nul_in_a_string_literal_of_the_document_is_refused_too(
    api: Api, factory: Factory
) -> None:
    manager, token, meeting = await one_meeting(api, factory)
    query = (
        f'mutation {{ addComment(input: {{meetingId: "{meeting}", body: "a\\u0000b"}}) '
        "{ comment { id } errors { code } } }"
    )
    answer = await post_escaped(api, token, query)
    [error] = answer["errors"]
    assert error["extensions"] == {"code": "BAD_USER_INPUT", "field": "input.body"}
    stored = data(await api.as_user(manager, MEETING, id=meeting))["node"]
    assert stored["comments"] == []


async def test_a_nul_deep_in_a_list_of_an_input_is_named_by_its_path(
    api: Api, factory: Factory
) -> None:
    user = await factory.user()
    query = """mutation($input: CreateTemplateInput!) { createTemplate(input: $input) {
        errors { code } } }"""
    answer = await post_escaped(
        api,
        await factory.token(user),
        query,
        input={"name": "Weekly", "sections": [{"title": "Wins", "prompts": ["ok", "b\x00d"]}]},
    )
    [error] = answer["errors"]
    assert error["extensions"] == {
        "code": "BAD_USER_INPUT",
        "field": "input.sections.0.prompts.1",
    }


async def test_ordinary_text_with_emoji_and_accents_still_gets_in(
    api: Api, factory: Factory
) -> None:
    _, token, meeting = await one_meeting(api, factory)
    answer = await post_escaped(
        api, token, ADD_COMMENT, input={"meetingId": meeting, "body": "Très bien 👍\ttab"}
    )
    assert data(answer)["addComment"]["comment"]["body"] == "Très bien 👍\ttab"
