"""The demo organisation `make run` loads on first start (never in a real deployment)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from tandem.db.engine import Database
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


async def seed_demo(db: Database) -> bool:
    """Load the demo organisation into an empty database. Returns False (and changes
    nothing) when anyone exists already, so it is safe to call at every start."""
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
    return True
