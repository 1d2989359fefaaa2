"""Leases: one replica runs a background job at a time; an expired lease passes on."""

from __future__ import annotations

import asyncio
from datetime import timedelta

from tandem.db import leases
from tandem.db.engine import Database
from tests.conftest import NOW

TTL = timedelta(minutes=5)


async def test_one_holder_at_a_time_until_the_lease_expires(db: Database) -> None:
    assert await leases.acquire(db, "job", "replica-a", NOW, TTL)
    assert not await leases.acquire(db, "job", "replica-b", NOW + timedelta(minutes=1), TTL)
    assert await leases.acquire(db, "job", "replica-a", NOW + timedelta(minutes=1), TTL)
    assert await leases.acquire(db, "job", "replica-b", NOW + timedelta(minutes=7), TTL)
    assert not await leases.acquire(db, "job", "replica-a", NOW + timedelta(minutes=8), TTL)


async def test_concurrent_replicas_get_the_lease_once(db: Database) -> None:
    results = await asyncio.gather(
        *(leases.acquire(db, "race", f"replica-{i}", NOW, TTL) for i in range(8))
    )
    assert sorted(results) == [False] * 7 + [True]
