"""The declarative base every model derives from, with naming conventions for constraints."""

from __future__ import annotations

import os
import time
import uuid
from datetime import UTC, datetime

from sqlalchemy import DateTime, MetaData, TypeDecorator
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[datetime]):
    """A timezone-aware UTC timestamp on every database (SQLite stores naive values)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


class Base(DeclarativeBase):
    """Base of all ORM models."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def new_id() -> uuid.UUID:
    return uuid.uuid4()


_last_ordered = 0


def new_ordered_id() -> uuid.UUID:
    """A UUIDv7 (RFC 9562): millisecond time first, then randomness; strictly increasing within
    the process, so rows written in one instant still sort in the order they were made."""
    global _last_ordered
    # 48 bits of time and 74 of randomness, kept increasing, then laid out around the version
    # and variant bits (an order-preserving mapping).
    candidate = (time.time_ns() // 1_000_000) << 74 | int.from_bytes(os.urandom(10)) >> 6
    value = max(candidate, _last_ordered + 1)
    _last_ordered = value
    millis, rand_a, rand_b = value >> 74, (value >> 62) & 0xFFF, value & ((1 << 62) - 1)
    return uuid.UUID(int=millis << 80 | 0x7 << 76 | rand_a << 64 | 0x2 << 62 | rand_b)


def utcnow() -> datetime:
    return datetime.now(UTC)
