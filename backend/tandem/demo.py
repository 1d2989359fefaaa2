"""The demo organisation `make run` loads on first start (never in a real deployment)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from pycrdt import Doc
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from tandem.db.base import utcnow
from tandem.db.engine import Database
from tandem.domain.actions import service as actions
from tandem.domain.actor import Actor
from tandem.domain.agenda import items, private
from tandem.domain.agenda.carry import carry_open_items
from tandem.domain.agenda.models import TalkingPoint
from tandem.domain.comments import service as comments
from tandem.domain.oneonones.builtin_templates import PDCA_COACHING, SUCCESSFUL_ONE_ON_ONE
from tandem.domain.oneonones.models import Meeting, MeetingStatus
from tandem.domain.oneonones.recurrence import Frequency
from tandem.domain.oneonones.series import NewSeries, create_series
from tandem.domain.oneonones.templates import ensure_builtin_templates
from tandem.domain.people import service as people
from tandem.domain.people.models import User
from tandem.realtime import documents

DEMO_PASSWORD = "tandem-demo"
DOMAIN = "tandem.example"


@dataclass(frozen=True)
class DemoPerson:
    name: str
    title: str
    timezone: str
    manager: str | None = None
    admin: bool = False

    @property
    def email(self) -> str:
        return self.name.lower().replace(" ", ".") + "@" + DOMAIN


ADMIN = DemoPerson("Morgan Lee", "People Operations Lead", "Europe/London", admin=True)
MANAGERS = [
    DemoPerson("Priya Raman", "VP Engineering", "Europe/Berlin"),
    DemoPerson("Sam Carter", "Engineering Manager", "America/New_York", manager="Priya Raman"),
    DemoPerson("Aiko Tanaka", "Head of Product Design", "Asia/Tokyo", manager="Priya Raman"),
]
REPORTS = [
    DemoPerson("Jonas Weber", "Staff Engineer", "Europe/Berlin", manager="Priya Raman"),
    DemoPerson("Fatima Okafor", "Engineering Program Manager", "Africa/Lagos", "Priya Raman"),
    DemoPerson("Liam Murphy", "Senior Backend Engineer", "Europe/Dublin", "Sam Carter"),
    DemoPerson("Sofia Rossi", "Frontend Engineer", "Europe/Rome", "Sam Carter"),
    DemoPerson("Diego Alvarez", "Site Reliability Engineer", "America/Mexico_City", "Sam Carter"),
    DemoPerson("Grace Kim", "Backend Engineer", "America/Los_Angeles", "Sam Carter"),
    DemoPerson("Noah Fischer", "QA Engineer", "America/Chicago", "Sam Carter"),
    DemoPerson("Mei Chen", "Senior Product Designer", "Asia/Shanghai", "Aiko Tanaka"),
    DemoPerson("Arjun Patel", "UX Researcher", "Asia/Kolkata", "Aiko Tanaka"),
    DemoPerson("Emma Johansson", "Product Designer", "Europe/Stockholm", "Aiko Tanaka"),
    DemoPerson("Lucas Martin", "Content Designer", "Europe/Paris", "Aiko Tanaka"),
    DemoPerson("Hana Sato", "Design Systems Engineer", "Asia/Tokyo", "Aiko Tanaka"),
]
EVERYONE = [ADMIN, *MANAGERS, *REPORTS]


async def seed_demo(db: Database, now: datetime | None = None) -> bool:
    """Load the demo organisation into an empty database. Returns False (and changes
    nothing) when anyone exists already, so it is safe to call at every start."""
    now = now or utcnow()
    async with db.write() as session:
        count = (await session.execute(select(func.count()).select_from(User))).scalar_one()
        if count:
            return False
        ids: dict[str, User] = {}
        for person in EVERYONE:
            manager = ids[person.manager].id if person.manager else None
            user, _ = await people.create_user(
                session,
                None,
                people.NewUser(
                    name=person.name,
                    email=person.email,
                    title=person.title,
                    timezone=person.timezone,
                    manager_id=manager,
                    is_admin=person.admin,
                    password=DEMO_PASSWORD,
                ),
            )
            ids[person.name] = user
        await ensure_builtin_templates(session)
        for plan in ONE_ON_ONES:
            await _seed_one_on_one(session, ids, plan, now)
    return True


@dataclass(frozen=True)
class DemoOneOnOne:
    creator: str
    other: str
    frequency: Frequency
    weeks_ago: int
    hour: int
    template: uuid.UUID | None = None
    title: str | None = None


ONE_ON_ONES = [
    *(
        DemoOneOnOne("Sam Carter", name, Frequency.WEEKLY, 10, 9 + i, SUCCESSFUL_ONE_ON_ONE.id)
        for i, name in enumerate(
            ["Liam Murphy", "Sofia Rossi", "Diego Alvarez", "Grace Kim", "Noah Fischer"]
        )
    ),
    DemoOneOnOne("Priya Raman", "Sam Carter", Frequency.FORTNIGHTLY, 16, 15, PDCA_COACHING.id),
    DemoOneOnOne("Priya Raman", "Aiko Tanaka", Frequency.FORTNIGHTLY, 16, 8, PDCA_COACHING.id),
    DemoOneOnOne("Priya Raman", "Jonas Weber", Frequency.WEEKLY, 6, 11),
    *(
        DemoOneOnOne("Aiko Tanaka", name, Frequency.WEEKLY, 8, 10 + i, SUCCESSFUL_ONE_ON_ONE.id)
        for i, name in enumerate(["Mei Chen", "Arjun Patel", "Emma Johansson"])
    ),
    DemoOneOnOne(
        "Jonas Weber", "Sofia Rossi", Frequency.MONTHLY, 20, 16, title="Mentoring: Jonas / Sofia"
    ),
]

NOTES = [
    "Talked through the on-call rota and agreed to trial a follow-the-sun handover.",
    "Celebrated the release; next step is a write-up for the team.",
    "Discussed growth goals: more ownership of design reviews.",
    "Workload feels high this sprint; we moved two tickets to next sprint.",
]


async def _seed_one_on_one(
    session: AsyncSession, ids: dict[str, User], plan: DemoOneOnOne, now: datetime
) -> None:
    creator, other = ids[plan.creator], ids[plan.other]
    zone = ZoneInfo(creator.timezone)
    first_day = (now - timedelta(weeks=plan.weeks_ago)).astimezone(zone).date()
    starts_at = datetime.combine(first_day, time(plan.hour, 0), zone)
    title = plan.title or f"{plan.creator.split()[0]} / {plan.other.split()[0]}"
    series = await create_series(
        session,
        Actor(creator.id, creator.is_admin),
        NewSeries(
            participant_id=other.id,
            title=title,
            starts_at=starts_at,
            duration_minutes=30,
            timezone=creator.timezone,
            frequency=plan.frequency,
            template_id=plan.template,
        ),
        now,
        allow_past=True,
    )
    past = (
        await session.execute(
            select(Meeting)
            .where(Meeting.one_on_one_id == series.id, Meeting.ends_at <= now)
            .order_by(Meeting.starts_at)
        )
    ).scalars()
    # A plausible history: mostly held, now and then missed or cancelled; what was written in
    # each meeting, and open points carried from one to the next as the product does.
    people = (Actor(creator.id, creator.is_admin), Actor(other.id, other.is_admin))
    meetings = list(past)
    for index, meeting in enumerate(meetings):
        recent = index >= len(meetings) - 2
        if index % 7 == 3:
            meeting.status = MeetingStatus.MISSED.value
        elif index % 9 == 5:
            meeting.status = MeetingStatus.CANCELLED.value
            meeting.cancelled_at = meeting.starts_at - timedelta(days=1)
        else:
            await _hold(session, meeting, people, index, recent)
            meeting.status = MeetingStatus.COMPLETED.value
            meeting.activity_at = meeting.starts_at + timedelta(minutes=5)
            meeting.ended_at = meeting.ends_at
            meeting.details = NOTES[index % len(NOTES)]
        await session.flush()
        await carry_open_items(session, meeting, meeting.ends_at)
    upcoming = (
        await session.execute(
            select(Meeting)
            .where(Meeting.one_on_one_id == series.id, Meeting.ends_at > now)
            .order_by(Meeting.starts_at)
            .limit(1)
        )
    ).scalar_one_or_none()
    if upcoming is not None:
        await _prepare(session, upcoming, people, len(meetings), now)


# Talking points people add: (text, topic, who adds it: 0 the creator, 1 the other person).
POINTS = [
    ("Feedback on the design review I ran on Tuesday", "FEEDBACK", 1),
    ("Hiring: how do we split the interview loop?", "TEAM_DYNAMICS", 0),
    ("I'd like to lead the next incident retro", "CAREER", 1),
    ("Flaky integration tests are eating our mornings", "PROBLEM_SOLVING", 1),
    ("Conference budget for the autumn", "CAREER", 1),
    ("Workload check: two launches in one sprint", "WELLBEING", 0),
    ("How the reorg affects our roadmap", "TEAM_DYNAMICS", 0),
    ("Progress on the promotion case", "PERFORMANCE", 1),
    ("Pairing more with the new joiners", "TEAM_DYNAMICS", 0),
    ("Time off around the holidays", "WELLBEING", 1),
    ("What I learned from the customer calls", "FEEDBACK", 1),
    ("Goals for next quarter: draft", "PERFORMANCE", 0),
]
SHARED_NOTES = [
    "## Decisions\n\n- Trial follow-the-sun on-call for a month\n- Write-up owned by {other}",
    "Good energy this week. **Release went out on time**; next: a short write-up for the team.",
    "## Growth\n\n{other} wants more ownership of design reviews. Start with the next two.",
    "Sprint is overloaded. We moved two tickets to next sprint and told the PM.",
    "- [x] Agree on the interview loop\n- [ ] Share the rubric with the panel",
]
COMMENTS = [
    ("Can we look at the numbers before deciding?", "Yes, I'll bring the dashboard."),
    ("Thanks for raising this early.", None),
    ("I added a link to the doc in the notes.", "Great, read it this morning."),
]
ACTIONS = [
    "Share the interview rubric with the panel",
    "Draft the incident retro agenda",
    "Book a session with the platform team",
    "Write up the release learnings",
    "Send the conference proposal",
    "Update the promotion document",
]
PRIVATE = [
    "Seems tired lately; ask about workload gently next time.",
    "Strong progress on ownership. Mention it in the calibration.",
    "Follow up on the team friction privately.",
]


async def _hold(
    session: AsyncSession,
    meeting: Meeting,
    people: tuple[Actor, Actor],
    index: int,
    recent: bool,
) -> None:
    """What two people wrote during one held meeting."""
    at = meeting.starts_at + timedelta(minutes=10)
    names = {
        a.user_id: u.name.split()[0]
        for a in people
        if (u := await session.get(User, a.user_id)) is not None
    }
    points = await session.execute(
        select(TalkingPoint).where(
            TalkingPoint.meeting_id == meeting.id, TalkingPoint.private.is_(False)
        )
    )
    discussed = [
        p.item_key
        for n, p in enumerate(points.scalars())
        if p.carried_from_id is not None or n % 4 != 3
    ]

    def check_off(doc: Doc[Any]) -> None:
        for key in discussed:
            documents.set_field(doc, key, "done", True)

    await items.edit_document(session, people[0], meeting.id, check_off, at)
    text, topic, who = POINTS[index % len(POINTS)]
    added = await items.add(
        session,
        people[who],
        meeting.id,
        text=text,
        section=None,
        topic=topic,
        after_id=None,
        now=at,
    )
    if index % 3 != 2:
        await items.change(session, people[0], added.id, items.Changes(done=True), at)
    note = SHARED_NOTES[index % len(SHARED_NOTES)].format(other=names[people[1].user_id])
    await items.append_notes(session, people[0], meeting.id, note, at)
    first, reply = COMMENTS[index % len(COMMENTS)]
    comment = await comments.add(
        session,
        people[index % 2],
        meeting_id=meeting.id,
        talking_point_id=None,
        parent_id=None,
        body=first,
        now=at,
    )
    if reply:
        await comments.add(
            session,
            people[(index + 1) % 2],
            meeting_id=None,
            talking_point_id=None,
            parent_id=comment.id,
            body=reply,
            now=at + timedelta(minutes=3),
        )
    action = await actions.add(
        session,
        people[0],
        meeting.id,
        title=ACTIONS[index % len(ACTIONS)],
        assignee_id=people[(index + 1) % 2].user_id,
        due_on=(meeting.starts_at + timedelta(days=6)).date(),
        talking_point_id=None,
        now=at,
    )
    if not recent:
        await actions.change(
            session, people[(index + 1) % 2], action.id, actions.Changes(done=True), at
        )
    if index % 2 == 0:
        await private.save_notes(
            session, people[0], meeting.id, PRIVATE[index % len(PRIVATE)], None, at
        )


async def _prepare(
    session: AsyncSession,
    meeting: Meeting,
    people: tuple[Actor, Actor],
    index: int,
    now: datetime,
) -> None:
    """The next meeting, being prepared: a point from each, and one the manager keeps private."""
    for offset, actor in enumerate(people):
        text, topic, _ = POINTS[(index + offset + 5) % len(POINTS)]
        await items.add(
            session, actor, meeting.id, text=text, section=None, topic=topic, after_id=None, now=now
        )
    await items.add(
        session,
        people[0],
        meeting.id,
        text="Raise the salary review timeline?",
        section=None,
        topic="PERFORMANCE",
        after_id=None,
        now=now,
        private=True,
    )
    meeting.activity_at = None  # preparing is not holding the meeting
