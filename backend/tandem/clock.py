"""The time the app believes it is: the system clock, or a fixed instant the settings set
(`FROZEN_NOW`, for tests and demos), so time-driven behaviour is testable end to end."""

from __future__ import annotations

from datetime import UTC, datetime


class Clock:
    def __init__(self, frozen: datetime | None = None) -> None:
        if frozen is not None and frozen.tzinfo is None:
            raise ValueError("FROZEN_NOW needs a UTC offset, e.g. 2026-01-05T09:00:00Z")
        self.frozen = frozen

    def now(self) -> datetime:
        return self.frozen.astimezone(UTC) if self.frozen else datetime.now(UTC)
