"""Creating 1:1s: anyone with anyone, the rule's meetings over the horizon, templates."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import event

from tandem.db.engine import Database
from tandem.domain.oneonones.builtin_templates import SUCCESSFUL_ONE_ON_ONE
from tandem.ids import to_global_id
from tests.factories import Factory
from tests.helpers import CREATE_ONE_ON_ONE, Api, create_one_on_one, data, gid

BERLIN = ZoneInfo("Europe/Berlin")


def starts(series: dict[str, Any]) -> list[datetime]:
    meetings = series["meetings"]
    return [datetime.fromisoformat(e["node"]["startsAt"]) for e in meetings["edges"]]


async def test_a_weekly_1_1_keeps_local_time_across_daylight_saving(
    api: Api, factory: Factory
) -> None:
    # given a manager and a report (not needed: anyone with anyone)
    me = await factory.user("Manager")
    report = await factory.user("Report", manager=me)
    # when a weekly 9:00 Berlin 1:1 starts on 9 March 2026 (DST begins 29 March)
    series = await create_one_on_one(api, me, report)
    # then meetings exist for the next six months (26 Mondays), all at 9:00 Berlin time
    times = starts(series)
    assert series["meetings"]["totalCount"] == 26
    assert {t.astimezone(BERLIN).strftime("%a %H:%M") for t in times} == {"Mon 09:00"}
    assert times[0].utcoffset() is not None
    assert [t.astimezone(BERLIN).utcoffset().total_seconds() for t in times[2:5]] == [  # type: ignore[union-attr]
        3600,
        7200,
        7200,
    ]
    assert times == sorted(times)


async def test_rare_rhythms_still_get_four_upcoming_meetings(api: Api, factory: Factory) -> None:
    me, other = await factory.user(), await factory.user()
    quarterly = await create_one_on_one(api, me, other, frequency="QUARTERLY")
    yearly = await create_one_on_one(api, me, other, frequency="YEARLY")
    once = await create_one_on_one(api, me, other, frequency="ONCE")
    assert quarterly["meetings"]["totalCount"] == 4
    assert yearly["meetings"]["totalCount"] == 4
    assert [t.year for t in starts(yearly)] == [2026, 2027, 2028, 2029]
    assert once["meetings"]["totalCount"] == 1


async def test_monthly_on_the_31st_falls_on_the_last_day_of_short_months(
    api: Api, factory: Factory
) -> None:
    me, other = await factory.user(), await factory.user()
    series = await create_one_on_one(
        api, me, other, frequency="MONTHLY", startsAt="2026-03-31T10:00:00+02:00"
    )
    days = [t.astimezone(BERLIN).date().isoformat() for t in starts(series)[:4]]
    assert days == ["2026-03-31", "2026-04-30", "2026-05-31", "2026-06-30"]


async def test_anyone_may_hold_several_1_1s_with_anyone(api: Api, factory: Factory) -> None:
    mentor = await factory.user("Mentor")
    mentee = await factory.user("Mentee")  # not their manager, not their report
    first = await create_one_on_one(api, mentee, mentor, title="Mentoring")
    second = await create_one_on_one(api, mentee, mentor, title="Book club")
    assert first["id"] != second["id"]
    mine = data(
        await api.as_user(
            mentor,
            "{ viewer { oneOnOnes { totalCount edges { node { title counterpart { name } "
            "createdBy { name } participants { name } } } } } }",
        )
    )["viewer"]["oneOnOnes"]
    assert mine["totalCount"] == 2
    assert mine["edges"][0]["node"] == {
        "title": "Book club",
        "counterpart": {"name": "Mentee"},
        "createdBy": {"name": "Mentee"},
        "participants": [{"name": "Mentee"}, {"name": "Mentor"}],
    }


async def test_create_refuses_bad_input_and_changes_nothing(api: Api, factory: Factory) -> None:
    me = await factory.user()
    gone = await factory.user(is_active=False)
    cases: dict[str, tuple[dict[str, Any], str]] = {
        "participantId": ({"participantId": gid(me)}, "SELF"),
        "title": ({"title": "  "}, "REQUIRED"),
        "durationMinutes": ({"durationMinutes": 1000}, "INVALID"),
        "timezone": ({"timezone": "Moon/Base"}, "INVALID"),
        "startsAt": ({"startsAt": "2020-01-01T09:00:00+00:00"}, "INVALID"),
        "templateId": ({"templateId": to_global_id("Template", gid(me))}, "NOT_FOUND"),
    }
    for field, (override, code) in cases.items():
        base = {
            "participantId": gid(await factory.user()),
            "title": "x",
            "startsAt": "2026-03-09T09:00:00+01:00",
            "durationMinutes": 30,
            "timezone": "Europe/Berlin",
            "frequency": "WEEKLY",
        }
        result = data(await api.as_user(me, CREATE_ONE_ON_ONE, input={**base, **override}))
        errors = result["createOneOnOne"]["errors"]
        assert [(e["field"], e["code"]) for e in errors] == [(field, code)], field
    inactive = data(
        await api.as_user(
            me,
            CREATE_ONE_ON_ONE,
            input={
                "participantId": gid(gone),
                "title": "x",
                "startsAt": "2026-03-09T09:00:00+01:00",
                "durationMinutes": 30,
                "timezone": "Europe/Berlin",
                "frequency": "WEEKLY",
            },
        )
    )["createOneOnOne"]["errors"]
    assert inactive[0]["code"] == "INACTIVE"
    count = data(await api.as_user(me, "{ viewer { oneOnOnes { totalCount } } }"))
    assert count["viewer"]["oneOnOnes"]["totalCount"] == 0


async def test_templates_ship_with_the_product_and_seed_new_meetings(
    api: Api, factory: Factory
) -> None:
    me, other = await factory.user(), await factory.user()
    templates = data(
        await api.as_user(me, "{ templates { id name kind oneTime sections { title } } }")
    )["templates"]
    by_name = {t["name"]: t for t in templates}
    assert {"Role negotiation", "Successful 1:1", "PDCA coaching"} <= set(by_name)
    assert by_name["Role negotiation"]["oneTime"] is True
    assert [s["title"] for s in by_name["Successful 1:1"]["sections"]] == [
        "Check-in",
        "Follow up on action items",
        "Behavioural skills",
        "Feedback",
        "Accountability",
        "Culture check",
        "Applaud successes",
        "Create action items",
        "Take notes",
        "Follow-up",
    ]
    assert [s["title"] for s in by_name["PDCA coaching"]["sections"]] == [
        "Follow-up on prior commitments",
        "Individual performance",
        "Problem solving",
        "Organisational and team dynamics",
        "Professional and career development",
    ]
    template_id = to_global_id("Template", SUCCESSFUL_ONE_ON_ONE.id)
    assert by_name["Successful 1:1"]["id"] == template_id
    series = await create_one_on_one(api, me, other, templateId=template_id)
    seen = data(
        await api.as_user(
            other,
            "query($id: ID!) { node(id: $id) { ... on OneOnOne { template { name } "
            "nextMeeting { template { name } } } } }",
            id=series["id"],
        )
    )["node"]
    assert seen == {
        "template": {"name": "Successful 1:1"},
        "nextMeeting": {"template": {"name": "Successful 1:1"}},
    }


async def test_personal_and_organisation_templates(api: Api, factory: Factory) -> None:
    admin, member, other = await factory.admin(), await factory.user(), await factory.user()
    create = """mutation($input: CreateTemplateInput!) { createTemplate(input: $input) {
        template { id name kind } errors { field code } } }"""
    section = [{"title": "Wins", "prompts": ["What went well?"]}]
    mine = data(await api.as_user(member, create, input={"name": "Mine", "sections": section}))
    assert mine["createTemplate"]["template"]["kind"] == "PERSONAL"
    refused = data(
        await api.as_user(
            member, create, input={"name": "Org", "sections": section, "organisation": True}
        )
    )
    assert refused["createTemplate"]["errors"] == [{"field": "organisation", "code": "FORBIDDEN"}]
    published = data(
        await api.as_user(
            admin, create, input={"name": "Org", "sections": section, "organisation": True}
        )
    )
    assert published["createTemplate"]["template"]["kind"] == "ORGANISATION"
    empty = data(await api.as_user(member, create, input={"name": "", "sections": []}))
    assert {e["field"] for e in empty["createTemplate"]["errors"]} == {"name", "sections"}
    names = {
        t["name"] for t in data(await api.as_user(other, "{ templates { name } }"))["templates"]
    }
    assert "Org" in names
    assert "Mine" not in names


async def test_preview_schedule_shows_the_next_dates(api: Api, factory: Factory) -> None:
    me = await factory.user()
    result = data(
        await api.as_user(
            me,
            '{ previewSchedule(startsAt: "2026-01-31T10:00:00+01:00", timezone: "Europe/Berlin",'
            " frequency: MONTHLY, count: 3) }",
        )
    )
    assert [
        datetime.fromisoformat(t).astimezone(BERLIN).date().isoformat()
        for t in result["previewSchedule"]
    ] == [
        "2026-01-31",
        "2026-02-28",
        "2026-03-31",
    ]


async def test_the_1_1s_list_runs_a_fixed_number_of_queries(
    api: Api, factory: Factory, db: Database
) -> None:
    # given a manager with eight 1:1s
    me = await factory.user("Manager")
    for i in range(8):
        await create_one_on_one(api, me, await factory.user(f"Report {i}"), title=f"1:1 {i}")
    statements: list[str] = []

    def count(conn: object, cursor: object, statement: str, *args: object) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            statements.append(statement)

    query = """{ viewer { oneOnOnes { edges { node { title counterpart { name manager { name } }
        participants { name } createdBy { name } template { name }
        nextMeeting { startsAt title } meetingCounts { upcoming completed }
        canArchive canDelete viewerHasLeft } } } } }"""
    event.listen(db.engine.sync_engine, "before_cursor_execute", count)
    try:
        result = data(await api.as_user(me, query))
    finally:
        event.remove(db.engine.sync_engine, "before_cursor_execute", count)
    assert len(result["viewer"]["oneOnOnes"]["edges"]) == 8
    # token + viewer + count + page + participants + users + managers + next + counts + series
    assert len(statements) <= 12, "\n".join(statements)
