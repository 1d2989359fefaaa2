"""Domain events: recorded on the unit of work, published by `Database.write()` after commit."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession


@dataclass(frozen=True)
class Event:
    """Something that happened, e.g. `Event("user.deactivated", {"user_id": "…"})`."""

    topic: str
    payload: dict[str, Any] = field(default_factory=dict)
    # Where to publish it; None: the app-wide events channel.
    channel: str | None = None


def emit(session: AsyncSession, event: Event) -> None:
    """Queue `event`; it is published only if the unit of work commits."""
    session.info.setdefault("events", []).append(event)


@asynccontextmanager
async def savepoint(session: AsyncSession) -> AsyncIterator[None]:
    """A savepoint: on an exception, its writes and the events it queued are undone (the
    exception goes on to the caller)."""
    events = session.info.setdefault("events", [])
    queued = len(events)
    try:
        async with session.begin_nested():
            yield
    except BaseException:
        del events[queued:]
        raise


def pending_events(session: AsyncSession) -> list[Event]:
    events: list[Event] = session.info.pop("events", [])
    return events
