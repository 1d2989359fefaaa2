"""The database: SQLite pragmas, and writers that cannot race a read-check-write rule."""

from __future__ import annotations

import asyncio

from sqlalchemy import func, select, text

from tandem.auth.viewer import session_policy
from tandem.db.engine import Database
from tandem.domain.identity import signin
from tandem.domain.identity.models import SignInAttempt
from tandem.settings import Settings
from tests.factories import Factory


async def test_sqlite_runs_in_wal_mode_with_foreign_keys(db: Database) -> None:
    if not db.is_sqlite:
        return
    async with db.read() as session:
        assert (await session.execute(text("PRAGMA journal_mode"))).scalar_one() == "wal"
        assert (await session.execute(text("PRAGMA foreign_keys"))).scalar_one() == 1
        assert (await session.execute(text("PRAGMA busy_timeout"))).scalar_one() > 0


async def test_concurrent_failed_sign_ins_cannot_race_past_the_throttle(
    db: Database, factory: Factory, settings: Settings
) -> None:
    # given an account allowing 5 failures per address, and 20 concurrent wrong guesses
    await factory.user(email="target@example.com")
    policy = session_policy(settings)

    async def guess(i: int) -> object:
        return await signin.sign_in(
            db, policy, email="target@example.com", password=f"guess-{i}", ip="10.0.0.1"
        )

    # when
    results = await asyncio.gather(*(guess(i) for i in range(20)))
    # then exactly five were checked; the rest were throttled, however they interleaved
    checked = [r for r in results if isinstance(r, signin.BadCredentials)]
    limited = [r for r in results if isinstance(r, signin.RateLimited)]
    assert (len(checked), len(limited)) == (5, 15)
    async with db.read() as session:
        count = (
            await session.execute(select(func.count()).select_from(SignInAttempt))
        ).scalar_one()
    assert count == 5


async def test_a_failed_unit_of_work_changes_nothing(db: Database, factory: Factory) -> None:
    user = await factory.user("Before")
    try:
        async with db.write() as session:
            row = await session.get(type(user), user.id)
            assert row is not None
            row.name = "After"
            await session.flush()
            raise RuntimeError("boom")
    except RuntimeError:
        pass
    async with db.read() as session:
        again = await session.get(type(user), user.id)
    assert again is not None
    assert again.name == "Before"
