"""`X-Forwarded-For` is believed only from the proxies in TRUSTED_PROXIES (none by default),
through a real uvicorn server configured as `tandem serve` configures it."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import httpx
import uvicorn
import yaml
from sqlalchemy import select

from tandem.app import create_app
from tandem.cli import uvicorn_options
from tandem.db.engine import Database
from tandem.domain.identity.models import SignInAttempt
from tandem.settings import REPO_DIR, Settings
from tests.factories import PASSWORD, Factory
from tests.live import free_port

SPOOFED = ["198.51.100.1", "198.51.100.2", "198.51.100.3", "198.51.100.4", "198.51.100.5"]


@asynccontextmanager
async def serving(settings: Settings, db: Database) -> AsyncIterator[str]:
    """The app on a real uvicorn server on loopback, with `tandem serve`'s proxy options."""
    port = free_port()
    app = create_app(settings.model_copy(update={"public_url": f"http://127.0.0.1:{port}"}), db)
    config = uvicorn.Config(
        app, host="127.0.0.1", port=port, log_level="warning", **uvicorn_options(settings)
    )
    server = uvicorn.Server(config)
    task = asyncio.create_task(server.serve())
    while not server.started:
        await asyncio.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        await task


async def attempt(base: str, forwarded_for: str, password: str = "a wrong guess") -> int:
    async with httpx.AsyncClient() as client:
        response = await client.post(
            f"{base}/auth/sign-in",
            json={"email": "spoof@example.com", "password": password},
            headers={"x-forwarded-for": forwarded_for},
        )
    return response.status_code


async def recorded_addresses(db: Database) -> set[str]:
    async with db.read() as session:
        return set((await session.execute(select(SignInAttempt.ip))).scalars())


async def test_a_spoofed_forwarded_for_from_an_untrusted_peer_is_ignored(
    settings: Settings, db: Database, factory: Factory
) -> None:
    # given the default: no trusted proxies (the test client on loopback is no proxy)
    await factory.user(email="spoof@example.com")
    async with serving(settings, db) as base:
        # when an attacker sends each guess "from" another address
        for address in SPOOFED:
            assert await attempt(base, address) == 401
        # then every guess counted against the real peer, which is now held back
        assert await attempt(base, "198.51.100.6", PASSWORD) == 429
    assert await recorded_addresses(db) == {"127.0.0.1"}


async def test_a_configured_proxy_passes_the_client_address_on(
    settings: Settings, db: Database, factory: Factory
) -> None:
    await factory.user(email="spoof@example.com")
    trusting = settings.model_copy(update={"trusted_proxies": ["127.0.0.1"]})
    async with serving(trusting, db) as base:
        assert await attempt(base, "198.51.100.1") == 401
    assert await recorded_addresses(db) == {"198.51.100.1"}


def test_the_deployment_trusts_its_own_proxy_only() -> None:
    # given the compose file
    compose = yaml.safe_load((REPO_DIR / "docker-compose.yml").read_text())
    services = compose["services"]
    web_address = services["web"]["networks"]["default"]["ipv4_address"]
    # then the API believes X-Forwarded-For from the web proxy's fixed address, and no one else
    assert services["api"]["environment"]["TRUSTED_PROXIES"] == web_address
    assert "--forwarded-allow-ips" not in services["api"]["command"]
