"""Factory functions for test data, written straight to the database."""

from __future__ import annotations

import itertools
import uuid
from functools import lru_cache

from tandem.db.engine import Database
from tandem.domain.identity import passwords, tokens
from tandem.domain.people import rules
from tandem.domain.people.models import User

PASSWORD = "correct-horse-battery"
_counter = itertools.count(1)


@lru_cache(maxsize=1)
def _password_hash() -> str:
    return passwords.hash_password(PASSWORD)


class Factory:
    def __init__(self, db: Database) -> None:
        self.db = db

    async def user(
        self,
        name: str | None = None,
        *,
        email: str | None = None,
        title: str = "Engineer",
        timezone: str = "Europe/Berlin",
        manager: User | None = None,
        is_admin: bool = False,
        is_active: bool = True,
        must_change_password: bool = False,
    ) -> User:
        n = next(_counter)
        name = name or f"Person {n:04d}"
        email = email or f"person{n}-{uuid.uuid4().hex[:6]}@example.com"
        user = User(
            name=name,
            name_key=rules.name_key(name),
            email=email,
            email_key=rules.email_key(email),
            title=title,
            timezone=timezone,
            manager_id=manager.id if manager else None,
            is_admin=is_admin,
            is_active=is_active,
            password_hash=_password_hash(),
            must_change_password=must_change_password,
        )
        async with self.db.write() as session:
            session.add(user)
        return user

    async def admin(self, name: str | None = None) -> User:
        return await self.user(name, is_admin=True, title="People Operations")

    async def token(
        self,
        user: User,
        scope: tokens.Scope = tokens.Scope.WRITE,
        expires_in_days: int | None = None,
    ) -> str:
        async with self.db.write() as session:
            created = await tokens.create_token(
                session, user.id, name="test", scope=scope, expires_in_days=expires_in_days
            )
        return created.secret
