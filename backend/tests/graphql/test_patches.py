"""Fixes to libraries, proven by counting: a subscription leaves nothing behind per event, and
identical requests are validated once."""

from __future__ import annotations

import gc
from collections.abc import AsyncGenerator
from typing import Any

import strawberry
from graphql.execution.collect_fields import FieldDetails

from tandem.graphql import schema as tandem_schema
from tests.factories import Factory
from tests.helpers import Api


@strawberry.type
class Query:
    ok: bool = True


@strawberry.type
class Message:
    update: str
    seq: int


@strawberry.type
class Subscription:
    @strawberry.subscription
    async def doc(self, count: int) -> AsyncGenerator[Message, None]:
        for n in range(count):
            yield Message(update="AAEC", seq=n)


def alive(kind: type) -> int:
    gc.collect()
    return sum(1 for o in gc.get_objects() if isinstance(o, kind))


async def run_subscription(events: int) -> int:
    """How many FieldDetails stay alive while a subscription that delivered `events` events
    is still open."""
    schema = strawberry.Schema(query=Query, subscription=Subscription)
    stream = await schema.subscribe(
        "subscription($n: Int!) { doc(count: $n) { update seq } }", variable_values={"n": events}
    )
    assert not isinstance(stream, strawberry.types.ExecutionResult)
    received = 0
    async for result in stream:
        assert not result.errors
        received += 1
        if received == events:
            break
    count = alive(FieldDetails)
    await stream.aclose()
    return count


async def test_a_subscription_keeps_nothing_alive_per_event() -> None:
    assert tandem_schema.schema is not None  # importing the schema applies the fix
    few = await run_subscription(10)
    many = await run_subscription(2_000)
    # without the fix every event kept 3 FieldDetails: about 6,000 more here
    assert many - few < 50


async def test_identical_requests_hit_the_validation_cache(api: Api, factory: Factory) -> None:
    from strawberry.extensions.validation_cache import DEFAULT_MAXSIZE, _get_validate_cache

    user = await factory.user()
    cache: Any = _get_validate_cache(DEFAULT_MAXSIZE)  # an lru_cache wrapper
    query = "{ viewer { name } } # validation-cache probe"
    await api.as_user(user, query)
    before = cache.cache_info()
    for _ in range(3):
        await api.as_user(user, query)
    after = cache.cache_info()
    assert (after.hits - before.hits, after.misses - before.misses) == (3, 0)
