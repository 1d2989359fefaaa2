"""An answer over MAX_RESPONSE_BYTES is refused with RESPONSE_TOO_LARGE, never sent: the same
object asked for a hundred times over, in a few aliases, stays under the cost limit but not
under the size cap."""

from __future__ import annotations

from typing import Any

from tests.factories import Factory
from tests.helpers import Api, create_one_on_one, data, meeting_ids

DETAILS = """mutation($m: ID!, $d: String!) { updateMeeting(input: {meetingId: $m, details: $d})
    { errors { code } } }"""
MANY = """query($ids: [ID!]!) {
    a: nodes(ids: $ids) { ... on Meeting { details } }
    b: nodes(ids: $ids) { ... on Meeting { details } }
    c: nodes(ids: $ids) { ... on Meeting { details } } }"""


async def test_an_answer_over_the_size_cap_is_refused_with_a_typed_error(
    api: Api, factory: Factory, settings: Any
) -> None:
    # given a meeting with 19,000 characters of details, and a 1 MB cap
    settings.max_response_bytes = 1_000_000
    me, other = await factory.user(), await factory.user()
    meeting = meeting_ids(await create_one_on_one(api, me, other))[0]
    assert data(await api.as_user(me, DETAILS, m=meeting, d="x" * 19_000))["updateMeeting"] == {
        "errors": []
    }
    # when someone asks for it 300 times (about 5.7 MB)
    response = await api.http.post(
        "/graphql",
        json={"query": MANY, "variables": {"ids": [meeting] * 100}},
        headers={"authorization": f"Bearer {await factory.token(me)}"},
    )
    # then the answer is a short error naming the size and the cap, with the cost
    assert len(response.content) < 2_000
    answer = response.json()
    [error] = answer["errors"]
    assert answer["data"] is None
    assert error["extensions"]["code"] == "RESPONSE_TOO_LARGE"
    assert error["extensions"]["limit"] == 1_000_000
    assert error["extensions"]["size"] > 5_000_000
    assert answer["extensions"]["cost"]["requested"] == 3 * (1 + 100)
    # and the same, once, is answered
    single = await api.as_user(
        me, "query($m: ID!) { node(id: $m) { ... on Meeting { details } } }", m=meeting
    )
    assert len(data(single)["node"]["details"]) == 19_000
