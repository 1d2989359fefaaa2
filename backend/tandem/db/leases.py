"""Database leases: a background job runs on one replica at a time."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import String, select
from sqlalchemy.orm import Mapped, mapped_column

from tandem.db.base import Base, UTCDateTime
from tandem.db.engine import Database, lock_key


class Lease(Base):
    """Who runs a background job now, until when."""

    __tablename__ = "leases"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    holder: Mapped[str] = mapped_column(String(64))
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)


async def acquire(db: Database, name: str, holder: str, now: datetime, ttl: timedelta) -> bool:
    """Take or renew the lease `name` for `holder` until now + ttl; False if another holder
    has it and it has not expired."""
    async with db.write() as session:
        await lock_key(session, "lease:" + name)
        lease = (
            await session.execute(select(Lease).where(Lease.name == name).with_for_update())
        ).scalar_one_or_none()
        if lease is None:
            session.add(Lease(name=name, holder=holder, expires_at=now + ttl))
            return True
        if lease.holder != holder and lease.expires_at > now:
            return False
        lease.holder = holder
        lease.expires_at = now + ttl
        return True
