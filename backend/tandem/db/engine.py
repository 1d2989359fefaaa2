"""Engine creation for SQLite (WAL, foreign keys, busy timeout, BEGIN IMMEDIATE for writes)
and PostgreSQL, and the unit-of-work helpers every service uses."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Connection
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)

from tandem.db.events import Event, pending_events

Publisher = Callable[[Event], Awaitable[None]]

WRITE_OPTION = "tandem_write"
SQLITE_BUSY_TIMEOUT_MS = 15_000


def _install_sqlite_hooks(engine: AsyncEngine) -> None:
    """Take over transaction control from pysqlite, so reads run inside the transaction and a
    writing unit of work starts with BEGIN IMMEDIATE (the write lock up front: read-check-write
    rules cannot race, and no SQLITE_BUSY_SNAPSHOT mid-transaction)."""

    @event.listens_for(engine.sync_engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine.sync_engine, "begin")
    def _on_begin(conn: Connection) -> None:
        if conn.get_execution_options().get(WRITE_OPTION):
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            conn.exec_driver_sql("BEGIN")


def create_engine(url: str, **kwargs: Any) -> AsyncEngine:
    if url.startswith("sqlite"):
        engine = create_async_engine(
            url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000}, **kwargs
        )
        _install_sqlite_hooks(engine)
        return engine
    # A lock wait longer than this is a bug: fail loudly rather than hang.
    connect_args = {"server_settings": {"lock_timeout": "20s"}}
    return create_async_engine(url, pool_pre_ping=True, connect_args=connect_args, **kwargs)


class Database:
    """The engine plus units of work: `read()` for queries, `write()` for changes."""

    def __init__(self, url: str, **engine_kwargs: Any) -> None:
        self.url = url
        self.engine = create_engine(url, **engine_kwargs)
        self.sessionmaker = async_sessionmaker(self.engine, expire_on_commit=False)
        self.publisher: Publisher | None = None

    @property
    def is_sqlite(self) -> bool:
        return self.url.startswith("sqlite")

    @asynccontextmanager
    async def read(self) -> AsyncIterator[AsyncSession]:
        """A read-only unit of work (one consistent snapshot); rolled back at the end."""
        async with self.sessionmaker() as session:
            yield session

    @asynccontextmanager
    async def write(self) -> AsyncIterator[AsyncSession]:
        """A writing unit of work: commits when the block ends, rolls back on an exception."""
        async with self.sessionmaker() as session:
            await session.connection(execution_options={WRITE_OPTION: True})
            try:
                yield session
            except BaseException:
                await session.rollback()
                raise
            events = pending_events(session)
            await session.commit()
            if self.publisher is not None:
                for event in events:
                    await self.publisher(event)

    async def dispose(self) -> None:
        await self.engine.dispose()


async def lock_key(session: AsyncSession, key: str) -> None:
    """Serialise units of work on `key` until commit: a PostgreSQL transaction-level advisory
    lock. On SQLite a writing unit of work already holds the database's write lock."""
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy import text

        await session.execute(text("SELECT pg_advisory_xact_lock(hashtext(:key))"), {"key": key})
