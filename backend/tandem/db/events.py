"""Domain events: recorded on the unit of work, published by `Database.write()` after commit."""

from __future__ import annotations

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


def pending_events(session: AsyncSession) -> list[Event]:
    events: list[Event] = session.info.pop("events", [])
    return events
