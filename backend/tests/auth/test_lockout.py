"""Nobody can lock anyone out: failed sign-ins count per account and address, per address, and
per known device; browsers that signed in before carry a device cookie that the account-wide
limit (against guessing from many addresses) does not stop."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import httpx
import pytest

from tandem.app import create_app
from tandem.auth.devices import device_cookie_name
from tandem.db.engine import Database
from tandem.settings import Settings
from tests.factories import PASSWORD, Factory

EMAIL = "target@example.com"


@pytest.fixture
async def strict_app(settings: Settings, db: Database) -> AsyncIterator[Any]:
    """The app with a small account-wide limit, so distributed guessing reaches it quickly."""
    app = create_app(settings.model_copy(update={"sign_in_max_failures_per_account": 8}), db)
    async with app.router.lifespan_context(app):
        yield app


@asynccontextmanager
async def browser(app: Any, address: str) -> AsyncIterator[httpx.AsyncClient]:
    """A browser (its own cookie jar) at a client address."""
    transport = httpx.ASGITransport(app=app, client=(address, 50000))
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
        yield client


async def sign_in(client: httpx.AsyncClient, password: str = PASSWORD) -> int:
    response = await client.post("/auth/sign-in", json={"email": EMAIL, "password": password})
    return response.status_code


async def test_failures_from_one_address_do_not_lock_the_account_out_elsewhere(
    app: Any, factory: Factory
) -> None:
    # given an attacker at one address failing five times (the default settings)
    await factory.user(email=EMAIL)
    async with browser(app, "203.0.113.66") as attacker:
        for _ in range(5):
            assert await sign_in(attacker, "wrong guess here") == 401
        # then that address is held back for this account
        assert await sign_in(attacker, "one more guess") == 429
    # but the person, at their own address, signs in
    async with browser(app, "198.51.100.10") as person:
        assert await sign_in(person) == 200


async def test_a_known_device_signs_in_despite_guessing_from_many_addresses(
    strict_app: Any, factory: Factory
) -> None:
    await factory.user(email=EMAIL)
    async with browser(strict_app, "198.51.100.10") as laptop:
        # given the person's laptop, which signed in before
        assert await sign_in(laptop) == 200
        assert any(name.startswith("tandem_device") for name in laptop.cookies)
        laptop.cookies.delete("tandem_session")
        # when guesses come from many addresses, past the account-wide limit
        for n in range(8):
            async with browser(strict_app, f"203.0.113.{n + 1}") as bot:
                assert await sign_in(bot, "guessing away") == 401
        async with browser(strict_app, "203.0.113.200") as newcomer:
            assert await sign_in(newcomer) == 429
        # then the laptop still signs in
        assert await sign_in(laptop) == 200


async def test_a_known_device_is_throttled_on_its_own(strict_app: Any, factory: Factory) -> None:
    # a stolen device cookie buys no extra guesses
    await factory.user(email=EMAIL)
    async with browser(strict_app, "198.51.100.10") as laptop:
        assert await sign_in(laptop) == 200
        laptop.cookies.delete("tandem_session")
        for _ in range(5):
            assert await sign_in(laptop, "fat fingers") == 401
        assert await sign_in(laptop) == 429


async def test_a_forged_or_foreign_device_cookie_counts_for_nothing(
    strict_app: Any, factory: Factory
) -> None:
    # given the account-wide limit reached, and an attacker holding another account's device
    # cookie (their own, say)
    await factory.user(email=EMAIL)
    other = await factory.user(email="other@example.com")
    async with browser(strict_app, "198.51.100.20") as theirs:
        response = await theirs.post(
            "/auth/sign-in", json={"email": other.email, "password": PASSWORD}
        )
        assert response.status_code == 200
        foreign = theirs.cookies[device_cookie_name(other.email)]
    for n in range(8):
        async with browser(strict_app, f"203.0.113.{n + 1}") as bot:
            assert await sign_in(bot, "guessing away") == 401
    # when they present it, or a made-up one, as the target's
    for value in (foreign, "made-up-device-cookie-value"):
        async with browser(strict_app, "203.0.113.99") as attacker:
            attacker.cookies.set(device_cookie_name(EMAIL), value, path="/auth")
            # then it is an unknown browser like any other
            assert await sign_in(attacker) == 429


async def test_the_per_address_limit_stays(strict_app: Any, factory: Factory) -> None:
    # one address trying many accounts is held back after 30 failures
    for n in range(30):
        async with browser(strict_app, "203.0.113.77") as sprayer:
            response = await sprayer.post(
                "/auth/sign-in", json={"email": f"user{n}@example.com", "password": "Spring2026!"}
            )
            assert response.status_code == 401
    await factory.user(email=EMAIL)
    async with browser(strict_app, "203.0.113.77") as sprayer:
        assert await sign_in(sprayer) == 429
