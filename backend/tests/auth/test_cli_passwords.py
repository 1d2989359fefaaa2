"""The operator may still set a password on the command line (recovery without email): the
person's sessions end, and it is recorded."""

from __future__ import annotations

import asyncio
import os
from asyncio.subprocess import PIPE

from sqlalchemy import select

from tandem.db.engine import Database
from tandem.domain.identity.models import AuditEvent
from tests.factories import Factory
from tests.helpers import Api, error_code
from tests.test_cli import TANDEM


async def set_password(database_url: str, email: str, password: str) -> tuple[int, str]:
    process = await asyncio.create_subprocess_exec(
        *TANDEM,
        "user",
        "set-password",
        "--email",
        email,
        env={**os.environ, "DATABASE_URL": database_url},
        stdin=PIPE,
        stdout=PIPE,
        stderr=PIPE,
    )
    _, err = await asyncio.wait_for(process.communicate(password.encode() + b"\n"), 60)
    assert process.returncode is not None
    return process.returncode, err.decode()


async def test_the_operator_sets_a_password_from_standard_input(
    database_url: str, db: Database, api: Api, factory: Factory
) -> None:
    person = await factory.user(email="recover@example.com")
    await api.sign_in("recover@example.com")
    code, err = await set_password(database_url, "recover@example.com", "operator chose this 1")
    assert code == 0, err
    assert error_code((await api.with_cookie("{ viewer { name } }")).json()) == "UNAUTHENTICATED"
    api.http.cookies.clear()
    assert (await api.sign_in("recover@example.com", "operator chose this 1")).status_code == 200
    async with db.read() as session:
        actions = (
            await session.execute(
                select(AuditEvent.action).where(
                    AuditEvent.subject_id == person.id, AuditEvent.actor_id.is_(None)
                )
            )
        ).scalars()
        assert "password.set_by_operator" in list(actions)


async def test_the_operator_gets_the_policy_and_unknown_people_explained(
    database_url: str, factory: Factory
) -> None:
    await factory.user(email="someone@example.com")
    code, err = await set_password(database_url, "someone@example.com", "short")
    assert code == 1
    assert "password" in err
    code, err = await set_password(database_url, "nobody@example.com", "a good long one 1")
    assert code == 1
    assert "nobody@example.com" in err
