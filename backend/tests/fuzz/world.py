"""What the fuzzers run against: a real uvicorn server of the app, and a signed-in participant
who owns a 1:1 with meetings, talking points, a comment, an action item and private notes, so
generated operations hit real objects (their global IDs are offered to the generator)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

import httpx

from tests import fuzzing
from tests.factories import Factory
from tests.helpers import Api, create_one_on_one, data, gid, meeting_ids

TRACEBACK = re.compile(r"Traceback \(most recent call last\)|File \"/|line \d+, in ")


@dataclass
class World:
    host: str
    token: str
    ids: list[str]
    cases: int = 0

    def count(self, fuzzer: str, response: httpx.Response) -> None:
        """Tallies answers by status and first error code (or "data"), for the run's summary."""
        self.cases += 1
        outcome = str(response.status_code)
        try:
            errors = response.json().get("errors")
            outcome += f" {errors[0]['extensions']['code']}" if errors else " data"
        except (ValueError, AttributeError, KeyError, TypeError, IndexError):
            pass
        fuzzing.count(fuzzer, outcome)


async def build_world(api: Api, factory: Factory, host: str) -> World:
    me = await factory.user("Fuzz Participant")
    other = await factory.user("Other Participant", manager=me)
    series = await create_one_on_one(api, me, other)
    meetings = meeting_ids(series)
    point = data(
        await api.as_user(
            me,
            """mutation($m: ID!) { addTalkingPoint(input: {meetingId: $m, text: "Plans"}) {
                talkingPoint { id } } }""",
            m=meetings[0],
        )
    )["addTalkingPoint"]["talkingPoint"]["id"]
    comment = data(
        await api.as_user(
            me,
            """mutation($m: ID!) { addComment(input: {meetingId: $m, body: "Hi @Other"}) {
                comment { id } } }""",
            m=meetings[0],
        )
    )["addComment"]["comment"]["id"]
    action = data(
        await api.as_user(
            me,
            """mutation($m: ID!) { addActionItem(input: {meetingId: $m, title: "Ship"}) {
                actionItem { id } } }""",
            m=meetings[0],
        )
    )["addActionItem"]["actionItem"]["id"]
    await api.as_user(
        me,
        """mutation($m: ID!) { updatePrivateNotes(input: {meetingId: $m, text: "mine"}) {
            version } }""",
        m=meetings[0],
    )
    template = data(
        await api.as_user(
            me,
            """mutation { createTemplate(input: {name: "Fuzz", sections: [
                {title: "Wins", prompts: ["What went well?"]}]}) { template { id } } }""",
        )
    )["createTemplate"]["template"]["id"]
    notifications = data(
        await api.as_user(other, "{ viewer { notifications(first: 5) { edges { node { id } } } } }")
    )["viewer"]["notifications"]["edges"]
    ids = [
        gid(me),
        gid(other),
        series["id"],
        *meetings[:4],
        point,
        comment,
        action,
        template,
        *[n["node"]["id"] for n in notifications],
    ]
    return World(host=host, token=await factory.token(me), ids=ids)


def check_answer(response: httpx.Response, what: object) -> None:
    """No server error, no INTERNAL, no stack trace; every answer JSON, every error typed."""
    if isinstance(what, tuple | list):
        what = repr(what)[:500]
    assert response.status_code < 500, (what, response.status_code, response.text[:2000])
    assert not TRACEBACK.search(response.text), (what, response.text[:2000])
    if response.status_code == 413:
        return
    try:
        body: Any = response.json()
    except ValueError:
        raise AssertionError((what, response.status_code, response.text[:500])) from None
    assert isinstance(body, dict), (what, body)
    for error in body.get("errors") or []:
        code = (error.get("extensions") or {}).get("code")
        assert code, (what, error)
        assert code != "INTERNAL", (what, error)
    if response.status_code >= 400:
        assert body.get("errors"), (what, body)


def post(client: httpx.Client, world: World, body: bytes, content_type: str) -> httpx.Response:
    return client.post(
        "/graphql",
        content=body,
        headers={"authorization": f"Bearer {world.token}", "content-type": content_type},
    )


def as_json(value: object) -> bytes:
    return json.dumps(value).encode()
