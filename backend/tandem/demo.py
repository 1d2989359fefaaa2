"""The demo organisation `make run` loads on first start (never in a real deployment)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from tandem.db.base import utcnow
from tandem.db.engine import Database
from tandem.domain.actor import Actor
from tandem.domain.oneonones.builtin_templates import PDCA_COACHING, SUCCESSFUL_ONE_ON_ONE
from tandem.domain.oneonones.models import Meeting, MeetingStatus
from tandem.domain.oneonones.recurrence import Frequency
from tandem.domain.oneonones.series import NewSeries, create_series
from tandem.domain.oneonones.templates import ensure_builtin_templates
from tandem.domain.people import service as people
from tandem.domain.people.models import User

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
    # A plausible history: mostly held, now and then missed or cancelled.
    for index, meeting in enumerate(past):
        if index % 7 == 3:
            meeting.status = MeetingStatus.MISSED.value
        elif index % 9 == 5:
            meeting.status = MeetingStatus.CANCELLED.value
            meeting.cancelled_at = meeting.starts_at - timedelta(days=1)
        else:
            meeting.status = MeetingStatus.COMPLETED.value
            meeting.activity_at = meeting.starts_at + timedelta(minutes=5)
            meeting.ended_at = meeting.ends_at
            meeting.details = NOTES[index % len(NOTES)]
