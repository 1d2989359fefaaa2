"""A forged cursor — decodable, but not one the API made — is never failed on: a cursor of the
wrong shape is refused as BAD_USER_INPUT, one of the right shape is a position like any other."""

from __future__ import annotations

import base64
import json

import pytest

from tests.factories import Factory
from tests.helpers import Api, create_one_on_one

ZERO_UUID = "00000000-0000-0000-0000-000000000000"
FORGED_VALUES: list[list[object]] = [
    ["x", {}],
    ["x", {"a": 1}],
    [1, 2],
    [True, None],
    [[1], [2]],
    [1.5e308, 1],
    ["x", "not-a-uuid"],
    ["0001-01-01T00:00:00+05:00", ZERO_UUID],
    ["9999-12-31T23:59:59-05:00", ZERO_UUID],
    ["2026-01-01T00:00:00", ZERO_UUID],
    ["a\x00b", ZERO_UUID],
    ["a\ud800b", ZERO_UUID],
    ["x"],
    [7],
    ["1"],
    [],
]
CONNECTIONS = {
    "people": "query($a: String) { people(first: 2, after: $a) { totalCount } }",
    "reports": "query($a: String) { viewer { reports(first: 2, after: $a) { totalCount } } }",
    "oneOnOnes": "query($a: String) { viewer { oneOnOnes(first: 2, after: $a) { totalCount } } }",
    "upcomingMeetings": "query($a: String) { viewer { upcomingMeetings(first: 2, after: $a) "
    "{ totalCount } } }",
    "actionItems": "query($a: String) { viewer { actionItems(first: 2, after: $a) "
    "{ totalCount } } }",
    "notifications": "query($a: String) { viewer { notifications(first: 2, after: $a) "
    "{ totalCount } } }",
    "meetings": "query($a: String, $s: ID!) { node(id: $s) { ... on OneOnOne { "
    "meetings(first: 2, after: $a) { totalCount } } } }",
    "search": "query($a: String, $s: ID!) { node(id: $s) { ... on OneOnOne { "
    'search(query: "plan", first: 2, after: $a) { totalCount } } } }',
    "failedEmails": "query($a: String) { failedEmails(first: 2, after: $a) { totalCount } }",
}


def forge(values: list[object]) -> str:
    raw = json.dumps(values).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


@pytest.mark.parametrize("name", CONNECTIONS)
async def test_every_connection_refuses_forged_cursors(
    api: Api, factory: Factory, name: str
) -> None:
    # given an admin with a report, a 1:1 and meetings (so every connection has rows)
    admin = await factory.admin("Ada Admin")
    await factory.user("Rui Report", manager=admin)
    other = await factory.user("Olga Other")
    series = await create_one_on_one(api, admin, other)
    token = await factory.token(admin)
    for values in FORGED_VALUES:
        # when a client pages with a cursor it made up
        body = {"query": CONNECTIONS[name], "variables": {"a": forge(values), "s": series["id"]}}
        response = await api.http.post(
            "/graphql",
            content=json.dumps(body).encode(),
            headers={"authorization": f"Bearer {token}", "content-type": "application/json"},
        )
        # then it gets a page, or is told the cursor is not valid
        assert response.status_code == 200
        errors = response.json().get("errors", [])
        assert [e["extensions"]["code"] for e in errors] in ([], ["BAD_USER_INPUT"]), (
            values,
            errors,
        )


@pytest.mark.parametrize("values", [["x", {}], [1, 2], ["x", "not-a-uuid"], ["a\x00", ZERO_UUID]])
async def test_a_cursor_of_the_wrong_shape_is_refused(
    api: Api, factory: Factory, values: list[object]
) -> None:
    user = await factory.user()
    answer = await api.as_user(user, CONNECTIONS["people"], a=forge(values))
    [error] = answer["errors"]
    assert error["message"] == "This cursor is not valid."
    assert error["extensions"]["code"] == "BAD_USER_INPUT"
