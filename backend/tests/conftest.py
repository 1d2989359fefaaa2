"""Fixtures: a real database (SQLite by default, PostgreSQL with TANDEM_TEST_DATABASE=postgresql)
migrated once per run and emptied before each test; the app; GraphQL and HTTP clients."""

from __future__ import annotations

import asyncio
import os
import uuid
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import asyncpg
import pytest
from sqlalchemy import text

from tandem.app import create_app
from tandem.db.engine import Database
from tandem.db.migrate import upgrade
from tandem.db.models import Base
from tandem.settings import Settings
from tests import fuzzing
from tests.factories import Factory
from tests.helpers import Api
from tests.live import Servers

POSTGRES_URL = os.environ.get("TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test")


def _asyncpg_url(url: str) -> str:
    return url.replace("postgresql+asyncpg://", "postgresql://")


def _sqlalchemy_pg_url(url: str) -> str:
    return _asyncpg_url(url).replace("postgresql://", "postgresql+asyncpg://")


@pytest.fixture(scope="session")
def database_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A fresh, migrated database for this test run."""
    if os.environ.get("TANDEM_TEST_DATABASE", "sqlite") == "postgresql":
        name = f"tandem_test_{uuid.uuid4().hex[:12]}"
        admin = _asyncpg_url(POSTGRES_URL)

        async def run(sql: str) -> None:
            conn = await asyncpg.connect(admin, timeout=10)
            try:
                await conn.execute(sql)
            finally:
                await conn.close()

        asyncio.run(run(f'CREATE DATABASE "{name}"'))
        base = _sqlalchemy_pg_url(POSTGRES_URL).rsplit("/", 1)[0]
        url = f"{base}/{name}"
        upgrade(url)
        yield url
        asyncio.run(run(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    else:
        path: Path = tmp_path_factory.mktemp("db") / "test.db"
        url = f"sqlite+aiosqlite:///{path}"
        upgrade(url)
        yield url


@pytest.fixture
async def db(database_url: str) -> AsyncIterator[Database]:
    """The test database, emptied first."""
    database = Database(database_url)
    async with database.engine.begin() as conn:
        tables = [t.name for t in reversed(Base.metadata.sorted_tables)]
        if database.is_sqlite:
            for table in tables:
                await conn.execute(text(f'DELETE FROM "{table}"'))
        else:
            await conn.execute(text("TRUNCATE " + ", ".join(f'"{t}"' for t in tables) + " CASCADE"))
    yield database
    await database.dispose()


# Tests run at a fixed instant (a Monday, before a daylight-saving change in Europe and the US)
NOW = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)


@pytest.fixture
def settings(database_url: str, tmp_path: Path) -> Settings:
    return Settings(
        database_url=database_url,
        broadcast_url="memory://",
        spa_dir=tmp_path / "spa",
        frozen_now=NOW,
        # The job runs at start-up; tests move time by restarting, not by waiting.
        job_interval_seconds=3600,
        _env_file=None,
    )


@pytest.fixture
async def app(settings: Settings, db: Database) -> AsyncIterator[object]:
    application = create_app(settings, db)
    async with application.router.lifespan_context(application):
        yield application


@pytest.fixture
def factory(db: Database) -> Factory:
    return Factory(db)


@pytest.fixture
async def api(app: object, factory: Factory) -> AsyncIterator[Api]:
    async with Api.connect(app, factory) as client:
        yield client


@pytest.fixture
async def servers(settings: Settings, db: Database) -> AsyncIterator[Servers]:
    running = Servers(settings)
    yield running
    await running.stop()


@pytest.fixture
async def server(servers: Servers) -> str:
    return await servers.start()


def pytest_terminal_summary(terminalreporter: Any) -> None:
    """The randomized tests' seed and case counts."""
    lines = fuzzing.summary()
    if lines:
        terminalreporter.section("randomized tests")
        for line in lines:
            terminalreporter.write_line(line)
