"""Action items: agreed in a meeting, assigned to either participant, due dates and overdue,
completion recording when and by whom, open ones following the 1:1 to its next meeting and to
the assignee's list."""

from __future__ import annotations

from typing import Any

from tests.factories import Factory
from tests.helpers import Api, create_one_on_one, data, gid, meeting_ids

FIELDS = """id title dueOn done overdue doneAt assignee { name } createdBy { name }
    doneBy { name } meeting { id } talkingPoint { id }"""
ADD = f"""mutation($input: AddActionItemInput!) {{ addActionItem(input: $input) {{
    actionItem {{ {FIELDS} }} errors {{ field code }} }} }}"""
UPDATE = f"""mutation($input: UpdateActionItemInput!) {{ updateActionItem(input: $input) {{
    actionItem {{ {FIELDS} }} errors {{ field code }} }} }}"""
MEETING = """query($id: ID!) { node(id: $id) { ... on Meeting {
    actionItems { title done } openActionItemsFromBefore { title } } } }"""
SERIES = "query($id: ID!) { node(id: $id) { ... on OneOnOne { openActionItems { title } } } }"
MINE = """query($done: Boolean) { viewer { actionItems(done: $done) {
    totalCount edges { node { title } } } } }"""


async def setup(api: Api, factory: Factory) -> tuple[Any, Any, dict[str, Any], list[str]]:
    manager, report = await factory.user("Maria Manager"), await factory.user("Rafael Report")
    series = await create_one_on_one(api, manager, report)
    return manager, report, series, meeting_ids(series)


async def add(api: Api, user: Any, **fields: Any) -> dict[str, Any]:
    payload: dict[str, Any] = data(await api.as_user(user, ADD, input=fields))["addActionItem"]
    return payload


async def update(api: Api, user: Any, **fields: Any) -> dict[str, Any]:
    payload: dict[str, Any] = data(await api.as_user(user, UPDATE, input=fields))[
        "updateActionItem"
    ]
    return payload


async def test_an_action_item_is_assigned_dated_and_completed_by_someone(
    api: Api, factory: Factory
) -> None:
    manager, report, _, meetings = await setup(api, factory)
    added = await add(
        api,
        manager,
        meetingId=meetings[0],
        title=" Draft the promotion case ",
        assigneeId=gid(report),
        dueOn="2026-03-20",
    )
    assert added["errors"] == []
    item = added["actionItem"]
    assert item["title"] == "Draft the promotion case"
    assert item["assignee"] == {"name": "Rafael Report"}
    assert item["createdBy"] == {"name": "Maria Manager"}
    assert (item["done"], item["overdue"], item["doneBy"]) == (False, False, None)
    done = await update(api, report, actionItemId=item["id"], done=True)
    assert done["actionItem"]["done"] is True
    assert done["actionItem"]["doneBy"] == {"name": "Rafael Report"}
    assert done["actionItem"]["doneAt"] == "2026-03-02T12:00:00+00:00"
    reopened = await update(api, manager, actionItemId=item["id"], done=False)
    assert (reopened["actionItem"]["done"], reopened["actionItem"]["doneBy"]) == (False, None)


async def test_an_item_past_its_due_date_is_overdue_until_done(api: Api, factory: Factory) -> None:
    manager, _, _, meetings = await setup(api, factory)
    late = (await add(api, manager, meetingId=meetings[0], title="Late", dueOn="2026-03-01"))[
        "actionItem"
    ]
    today = (await add(api, manager, meetingId=meetings[0], title="Today", dueOn="2026-03-02"))[
        "actionItem"
    ]
    assert (late["overdue"], today["overdue"]) == (True, False)
    done = await update(api, manager, actionItemId=late["id"], done=True)
    assert done["actionItem"]["overdue"] is False
    cleared = await update(api, manager, actionItemId=today["id"], clearDueOn=True)
    assert cleared["actionItem"]["dueOn"] is None


async def test_open_items_follow_to_the_next_meeting_and_the_assignees_list(
    api: Api, factory: Factory
) -> None:
    manager, report, series, meetings = await setup(api, factory)
    for title, assignee in (("Book the venue", report), ("Share the slides", manager)):
        await add(api, manager, meetingId=meetings[0], title=title, assigneeId=gid(assignee))
    finished = (await add(api, report, meetingId=meetings[0], title="Send notes"))["actionItem"]
    await update(api, report, actionItemId=finished["id"], done=True)
    first = data(await api.as_user(report, MEETING, id=meetings[0]))["node"]
    assert [i["title"] for i in first["actionItems"]] == [
        "Book the venue",
        "Share the slides",
        "Send notes",
    ]
    assert first["openActionItemsFromBefore"] == []
    second = data(await api.as_user(report, MEETING, id=meetings[1]))["node"]
    assert second["actionItems"] == []
    assert [i["title"] for i in second["openActionItemsFromBefore"]] == [
        "Book the venue",
        "Share the slides",
    ]
    open_items = data(await api.as_user(manager, SERIES, id=series["id"]))["node"]
    assert [i["title"] for i in open_items["openActionItems"]] == [
        "Book the venue",
        "Share the slides",
    ]
    mine = data(await api.as_user(report, MINE, done=False))["viewer"]["actionItems"]
    assert [e["node"]["title"] for e in mine["edges"]] == ["Book the venue"]
    everything = data(await api.as_user(report, MINE))["viewer"]["actionItems"]
    assert everything["totalCount"] == 2


async def test_an_item_from_a_talking_point_keeps_the_link(api: Api, factory: Factory) -> None:
    manager, _, _, meetings = await setup(api, factory)
    point = data(
        await api.as_user(
            manager,
            'mutation($m: ID!) { addTalkingPoint(input: {meetingId: $m, text: "Hiring"}) '
            "{ talkingPoint { id } } }",
            m=meetings[0],
        )
    )["addTalkingPoint"]["talkingPoint"]["id"]
    item = await add(api, manager, meetingId=meetings[0], title="Open a req", talkingPointId=point)
    assert item["actionItem"]["talkingPoint"] == {"id": point}
    elsewhere = await add(api, manager, meetingId=meetings[1], title="x", talkingPointId=point)
    assert elsewhere["errors"] == [{"field": "talkingPointId", "code": "NOT_FOUND"}]


async def test_bad_input_and_strangers_are_refused(api: Api, factory: Factory) -> None:
    manager, _, _, meetings = await setup(api, factory)
    outsider = await factory.user("Outsider")
    assert (await add(api, manager, meetingId=meetings[0], title=" "))["errors"] == [
        {"field": "title", "code": "REQUIRED"}
    ]
    assert (await add(api, manager, meetingId=meetings[0], title="x" * 501))["errors"] == [
        {"field": "title", "code": "TOO_LONG"}
    ]
    assert (await add(api, manager, meetingId=meetings[0], title="Spy", assigneeId=gid(outsider)))[
        "errors"
    ] == [{"field": "assigneeId", "code": "INVALID"}]
    assert (await add(api, outsider, meetingId=meetings[0], title="Hi"))["errors"] == [
        {"field": "meetingId", "code": "NOT_FOUND"}
    ]
    item = (await add(api, manager, meetingId=meetings[0], title="Mine"))["actionItem"]
    assert (await update(api, outsider, actionItemId=item["id"], done=True))["errors"] == [
        {"field": "actionItemId", "code": "NOT_FOUND"}
    ]
    assert data(await api.as_user(outsider, MINE))["viewer"]["actionItems"]["totalCount"] == 0
